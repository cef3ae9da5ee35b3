"""The ``mxgw-py`` cyclopts application: its help, and every command by import path.

Commands are registered by import path so that ``mxgw-py version`` and ``--help``
never import grpclib or the generated bindings; each command module imports the client
only inside the command that runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cyclopts import App

from mxgateway._version import __version__
from mxgateway.cli.exit_codes import exit_code_help
from mxgateway.cli.registry import COMMANDS

__all__ = ["app"]

if TYPE_CHECKING:
    from cyclopts import CycloptsError
    from rich.console import RenderableType


def _report_usage_error(error: CycloptsError) -> RenderableType:
    """Usage errors (caught by cyclopts) as one line, like every error (see ``runner``)."""
    from mxgateway.cli.runner import report_usage_error

    return report_usage_error(error)


app = App(
    name="mxgw-py",
    help="Command line for the MXAccess Gateway (and its built-in simulator).\n\n"
    "Connection options come from --endpoint/MXGATEWAY_ENDPOINT; the API key is sent only "
    "with --api-key-env NAME (usually MXGATEWAY_API_KEY) or --api-key. TLS is the default "
    "(--plaintext or MXGATEWAY_PLAINTEXT=1 to turn it off). --json prints one JSON document "
    "per command (NDJSON for streams). Shell completion: mxgw-py completion --help.",
    help_epilogue=exit_code_help(),
    version=__version__,
    error_formatter=_report_usage_error,
)

for _group, _path, _help in COMMANDS:
    app.command(f"mxgateway.cli.{_path}", group=_group, help=_help)
