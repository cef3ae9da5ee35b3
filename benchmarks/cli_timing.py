"""CLI start-up: wall time from process start to exit, against a bare ``import asyncio``.

``read-bulk`` runs against the replay gateway with its canned session id and server
handle, so the figure is the CLI's own cost (start-up, connect, one call, JSON).

Every command runs once unmeasured first, with bytecode cached in a temporary
``PYTHONPYCACHEPREFIX``: an installed package runs from bytecode compiled at install
time, while a checkout run with ``PYTHONDONTWRITEBYTECODE`` would recompile every
module (the generated codec alone takes 60-200 ms to compile) on every start.

Each command runs ``cli_runs`` times per repetition, the commands alternating. CPU time
comes from ``RUSAGE_CHILDREN`` (the child's own accounting). A command that fails (for
example one the CLI does not have yet) is reported as unavailable with its error.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.fixtures import SERVER_HANDLE, SESSION_ID, tag_address
from benchmarks.processes import ROOT, child_env

if TYPE_CHECKING:
    from benchmarks.runner import Settings

READ_BULK_TAGS = [tag_address(i) for i in range(10)]


def _mxgw_py() -> str:
    beside = Path(sys.executable).with_name("mxgw-py")
    return str(beside) if beside.exists() else (shutil.which("mxgw-py") or "mxgw-py")


def commands(target: str) -> dict[str, list[str]]:
    """The timed command lines by name (the first one is the baseline).

    The grpcio line imports what a grpcio-based CLI would need before doing anything
    (grpc.aio and the generated stubs): the start-up such a CLI could not go below.
    """
    mxgw = _mxgw_py()
    return {
        "python -c 'import asyncio'": [sys.executable, "-c", "import asyncio"],
        "python -c 'import grpc.aio + generated stubs'": [
            sys.executable,
            "-c",
            "import grpc.aio, mxaccess_gateway_pb2_grpc, galaxy_repository_pb2_grpc",
        ],
        "mxgw-py version --json": [mxgw, "version", "--json"],
        "mxgw-py read-bulk (10 tags) --json": [
            mxgw,
            "read-bulk",
            "--endpoint",
            target,
            "--plaintext",
            "--json",
            "--session-id",
            SESSION_ID,
            "--server-handle",
            str(SERVER_HANDLE),
            "--items",
            *READ_BULK_TAGS,
        ],
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _once(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    error = ""
    if done.returncode != 0:
        text = (line.strip(" │╭╮╰╯─") for line in (done.stderr or done.stdout).splitlines())
        error = f"exit {done.returncode}: {' '.join(filter(None, text))}"
    return wall, _children_cpu() - cpu, error


def time_cli(
    target: str, api_key: str, stubs: Path, settings: Settings, progress: Any
) -> list[dict[str, Any]]:
    """Time each CLI command; one record per command with every run's wall and CPU."""
    env = child_env()
    env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(stubs)])
    env["MXGATEWAY_API_KEY"] = api_key
    env.pop("MXGATEWAY_ENDPOINT", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    lines = commands(target)
    records: dict[str, dict[str, Any]] = {
        name: {"command": name, "wall": [], "cpu": [], "error": ""} for name in lines
    }
    with tempfile.TemporaryDirectory(prefix="mxgw-pycache-") as pycache:
        env["PYTHONPYCACHEPREFIX"] = pycache
        for argv in lines.values():
            _once(argv, env)
        for _ in range(settings.repetitions):
            for _ in range(settings.cli_runs):
                for name, argv in lines.items():
                    record = records[name]
                    if record["error"]:
                        continue
                    wall, cpu, error = _once(argv, env)
                    if error:
                        record["error"] = error
                        continue
                    record["wall"].append(wall)
                    record["cpu"].append(cpu)
    for record in records.values():
        progress({"cli": record["command"], "runs": len(record["wall"]), "error": record["error"]})
    return list(records.values())
