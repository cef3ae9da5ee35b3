"""The ``mxgw-py`` command line: every gateway operation as a subcommand.

Commands are registered by import path so that ``mxgw-py version`` and
``--help`` never import grpclib or the generated bindings.
"""

from __future__ import annotations

from cyclopts import App

from mxgateway._version import __version__

app = App(
    name="mxgw-py",
    help="Command line for the MXAccess Gateway (and its built-in simulator).",
    version=__version__,
)
app.command("mxgateway.cli.info:version")
app.command("mxgateway.cli.simulate:simulate")


def main() -> None:
    """Console-script entry point."""
    app()
