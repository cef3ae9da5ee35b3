"""Commands that describe this installation without talking to a gateway: version, completion."""

from __future__ import annotations

from typing import Literal

from mxgateway._version import (
    CONTRACT_PACKAGES,
    GATEWAY_PROTOCOL_VERSION,
    WORKER_PROTOCOL_VERSION,
    __version__,
)
from mxgateway.cli.output import emit_json


def version_info() -> dict[str, object]:
    """Package and contract versions as a JSON-ready mapping."""
    return {
        "language": "python",
        "package": "mxgateway",
        "version": __version__,
        "gatewayProtocolVersion": GATEWAY_PROTOCOL_VERSION,
        "workerProtocolVersion": WORKER_PROTOCOL_VERSION,
        "contractPackages": list(CONTRACT_PACKAGES),
    }


def version(*, json: bool = False) -> None:
    """Print the package version and the gateway protocol version it speaks.

    Parameters
    ----------
    json
        Print one JSON document instead of text.
    """
    info = version_info()
    if json:
        emit_json(info)
        return
    print(f"mxgateway {info['version']} (gateway protocol {info['gatewayProtocolVersion']})")


def completion(*, shell: Literal["bash", "zsh", "fish"]) -> None:
    """Print the shell completion script of mxgw-py for ``shell``.

    Parameters
    ----------
    shell
        The shell to complete in: bash, zsh or fish.
    """
    import sys

    from mxgateway.cli import app

    sys.stdout.write(app.generate_completion(prog_name="mxgw-py", shell=shell))
