"""The README's runnable tours, async (tour.py) and blocking (tour_sync.py), keep working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("script", ["tour.py", "tour_sync.py"])
def test_tour_runs_against_the_simulator(script: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-W", "error", str(ROOT / "examples" / script)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "read  TestChildObject.TestInt = 250 (quality 192)" in lines
    assert any(line.startswith("event TestMachine_001.TestChangingInt = ") for line in lines)
    assert "wrote TestMachine_001.TestInt: ok" in lines
    assert any(line.startswith("alarm Galaxy!TestArea.") for line in lines)
    assert "object TestMachine_001 (27 attributes)" in lines
    assert proc.stderr == ""
