"""What a one-shot command's process imports, and its cycle collector, checked in a real process.

``read-bulk`` runs as the console script runs it (``main()``), against the simulator;
at exit the process writes what it imported and whether its collector is on. Start-up
time is the sum of what a command imports, so a module that creeps onto the read path
(the simulator, the Galaxy client, the event machinery, rich) shows here, not as a
timing that a noisy machine would hide.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from mxgateway.cli import startup

if TYPE_CHECKING:
    from pathlib import Path

    from .conftest import Opened, SimThread

#: Runs ``mxgw-py`` (``main()``, as the console script does) with the arguments after
#: the report path; at exit writes its modules and collector state to that path.
_RUN_MAIN = """
import atexit, gc, json, sys
report = sys.argv.pop(1)
def write_report():
    with open(report, "w", encoding="utf-8") as out:
        json.dump({"modules": sorted(sys.modules), "gc_enabled": gc.isenabled()}, out)
atexit.register(write_report)
from mxgateway.cli import main
main()
"""

TAGS = ("TestMachine_001.TestInt", "TestMachine_002.TestInt")

#: Modules a one-shot command on an existing session has no use for.
NOT_ON_THE_READ_PATH = (
    "mxgateway.simulator",
    "mxgateway.galaxy",
    "mxgateway.bridge",
    "mxgateway.sync",
    "mxgateway.alarms",
    "mxgateway.typed_stream",
    "mxgateway.session.events",
    "mxgateway.session.event_pump",
    "mxgateway.session.subscription",
    "rich",
    "hypothesis",
    "grpc",
    "google.protobuf",
    "dateutil",  # only Timestamp.from_dict of a string needs it (gen.py defers it)
)


def _read_bulk_process(opened: Opened, sim_thread: SimThread, tmp_path: Path) -> dict[str, Any]:
    sim = sim_thread.sim
    report = tmp_path / "report.json"
    env = {**os.environ, "MXGATEWAY_API_KEY": sim.api_key}
    proc = subprocess.run(
        [sys.executable, "-c", _RUN_MAIN, str(report), "read-bulk", "--session-id",
         opened.session_id, "--server-handle", str(opened.server_handle), "--items", *TAGS,
         "--endpoint", sim.endpoint, "--plaintext", "--api-key-env", "MXGATEWAY_API_KEY",
         "--json"],
        capture_output=True, text=True, timeout=60, check=False, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)["results"]
    assert [r["tagAddress"] for r in results] == list(TAGS)
    document: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return document


def test_read_bulk_imports_only_its_path(
    opened: Opened, sim_thread: SimThread, tmp_path: Path
) -> None:
    modules = set(_read_bulk_process(opened, sim_thread, tmp_path)["modules"])
    assert {"mxgateway.client", "mxgateway.session.bulk", "mxgateway.wire.codec"} <= modules
    loaded = sorted(
        name
        for name in modules
        for unwanted in NOT_ON_THE_READ_PATH
        if name == unwanted or name.startswith(unwanted + ".")
    )
    assert loaded == []


def test_read_bulk_resumes_the_collector_it_paused(
    opened: Opened, sim_thread: SimThread, tmp_path: Path
) -> None:
    """The console script pauses the collector for start-up only: a command that waits
    (as every long-running one does) runs with it on."""
    assert _read_bulk_process(opened, sim_thread, tmp_path)["gc_enabled"] is True


def test_resume_freezes_start_up_only_after_a_pause() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    startup.resume_collector()
    assert gc.get_freeze_count() == frozen
    startup.pause_collector()
    try:
        assert not gc.isenabled()
    finally:
        startup.resume_collector()
        moved = gc.get_freeze_count() - frozen
        gc.unfreeze()
    assert gc.isenabled()
    assert moved > 0
