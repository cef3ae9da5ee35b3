"""The typed layer survives any renumbering: a scrambled contract, regenerated, still works.

Field numbers permuted in every message (oneof members too), non-zero enum values
permuted in every enum and every MxCommandReply payload arm renamed (tests/scramble.py).
The bindings are regenerated with ``gen.py --proto-path`` into a temporary copy of the
package; the smoke test and a slice of the client, simulator and CLI tests then run on
it in a subprocess that imports that copy, not this checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scramble import ARM_SUFFIX, scramble
from tests.test_gen import older_contract

ROOT = Path(__file__).resolve().parent.parent

SLICE = [
    "tests/client/test_session.py",
    "tests/client/test_bulk.py",
    "tests/client/test_alarms.py",
    "tests/client/test_malformed_replies.py",
    "tests/simulator/test_commands.py",
    "tests/simulator/test_bulk.py",
    "tests/simulator/test_writes.py",
    "tests/galaxy/test_galaxy_discover.py",
    "tests/cli/test_session_cmds.py",
    "tests/cli/test_bulk_cmds.py",
    "tests/cli/test_write_cmds.py",
]

# Imports the package copy under the working directory, even over an editable install
# of this checkout (whose finder would otherwise win over sys.path).
_BOOT = (
    "import sys; "
    "sys.meta_path[:] = [f for f in sys.meta_path if 'Editable' not in type(f).__name__]; "
    "sys.path.insert(0, '.'); "
    "import mxgateway; assert mxgateway.__file__.startswith(sys.argv[1]), mxgateway.__file__; "
)


def _package_with(root: Path, protos: Path) -> Path:
    """A copy of the package, tests and pyproject in ``root`` with bindings from ``protos``."""
    ignore = shutil.ignore_patterns("__pycache__", "_generated")
    shutil.copytree(ROOT / "mxgateway", root / "mxgateway", ignore=ignore)
    shutil.copytree(ROOT / "tests", root / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    output = root / "mxgateway" / "wire" / "_generated"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "gen.py"),
            *("--proto-path", str(protos)),
            *("--output", str(output)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return root


@pytest.fixture(scope="module")
def scrambled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scrambled")
    scramble(ROOT / "protos", root / "protos")
    return _package_with(root, root / "protos")


@pytest.fixture(scope="module")
def older(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("older")
    return _package_with(root, older_contract(root))


def _run(root: Path, code: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    # The terminal size the outer pytest exported would change how tables are laid out.
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    return subprocess.run(
        [sys.executable, "-c", _BOOT + code, str(root), *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
    )


def test_the_scrambled_bindings_really_differ(scrambled: Path) -> None:
    probe = (
        "from mxgateway.wire.contract import mx; "
        "print(mx.MxCommandKind.REGISTER.value, "
        "sorted(mx.MxCommandReply._betterproto.oneof_field_by_group['payload'], "
        "key=lambda f: f.name)[0].name)"
    )
    proc = _run(scrambled, probe, timeout=60)
    assert proc.returncode == 0, proc.stderr
    from mxgateway.wire.contract import mx

    value, arm = proc.stdout.split()
    assert int(value) != mx.MxCommandKind.REGISTER.value
    assert arm.endswith(ARM_SUFFIX)


def test_smoke_passes_on_the_scrambled_contract(scrambled: Path) -> None:
    code = "from mxgateway.cli import main; sys.argv[1:] = ['smoke', '--simulate']; main()"
    proc = _run(scrambled, code, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.timeout(600)
def test_client_simulator_and_cli_tests_pass_on_the_scrambled_contract(scrambled: Path) -> None:
    code = "import pytest; sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', *sys.argv[2:]]))"
    proc = _run(scrambled, code, *SLICE, timeout=540)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout


OLDER_PROBE = """
import asyncio
from mxgateway import GatewayClient, UnsupportedError
from mxgateway.simulator import Simulator
from mxgateway.wire.contract import missing_elements

async def main():
    print(missing_elements())
    async with Simulator() as sim, GatewayClient.connect(
        endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True
    ) as client, await client.open_session("older") as session:
        await session.ping()
        try:
            await session.acknowledge_alarm_by_name("TestMachine_001.TestAlarm001")
        except UnsupportedError as exc:
            print("unsupported:", exc)
        values = await session.read(["TestMachine_001.TestInt"])
        print("read:", values["TestMachine_001.TestInt"].quality)

asyncio.run(main())
"""


def test_an_older_contract_makes_only_its_missing_features_unavailable(older: Path) -> None:
    proc = _run(older, OLDER_PROBE, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert "mxaccess_gateway.v1.AcknowledgeAlarmByNameCommand" in lines[0]
    assert lines[1].startswith("unsupported: this gateway contract lacks")
    assert "AcknowledgeAlarmByNameCommand" in lines[1]
    assert lines[2] == "read: 192"
