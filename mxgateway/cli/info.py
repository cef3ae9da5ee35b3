"""Commands that describe this installation without talking to a gateway."""

from __future__ import annotations

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
