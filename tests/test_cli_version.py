"""`mxgw-py version`: package and protocol versions, deterministic JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mxgateway import GATEWAY_PROTOCOL_VERSION, __version__
from mxgateway.cli import app

EXPECTED = {
    "contractPackages": ["mxaccess_gateway.v1", "galaxy_repository.v1"],
    "gatewayProtocolVersion": GATEWAY_PROTOCOL_VERSION,
    "language": "python",
    "package": "mxgateway",
    "version": __version__,
    "workerProtocolVersion": 1,
}


def test_version_json_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    app(["version", "--json"], result_action="return_value")
    out = capsys.readouterr().out
    assert json.loads(out) == EXPECTED
    assert out == json.dumps(EXPECTED, sort_keys=True) + "\n"


def test_version_text_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    app(["version"], result_action="return_value")
    assert capsys.readouterr().out == f"mxgateway {__version__} (gateway protocol 3)\n"


def test_installed_console_script_prints_version_json() -> None:
    script = Path(sys.executable).with_name("mxgw-py")
    proc = subprocess.run([script, "version", "--json"], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout) == EXPECTED
    assert proc.stderr == ""


def test_version_does_not_import_the_transport() -> None:
    """The CLI must start fast: `version` never loads grpclib or the generated bindings."""
    probe = (
        "import sys\n"
        "from mxgateway.cli import app\n"
        "app(['version', '--json'], result_action='return_value')\n"
        "heavy = ('grpclib', 'mxgateway.wire._generated')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"
