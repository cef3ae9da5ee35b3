"""The bridge benchmark still runs end to end: replay gateway -> bridge process -> mosquitto."""

from __future__ import annotations

import pytest

pytest.importorskip("grpc", reason="the bench extra (grpcio) is not installed")
pytest.importorskip("grpc_tools", reason="the bench extra (grpcio-tools) is not installed")

from benchmarks import bridge
from benchmarks.mosquitto import MOSQUITTO


@pytest.mark.slow
@pytest.mark.skipif(MOSQUITTO is None, reason="mosquitto is not installed")
def test_bridge_benchmark_measures_a_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "bridge.json"
    document = bridge.main(["--events=300", "--repetitions=1", f"--output={output}"])
    assert document is not None
    (run,) = document["runs"]
    assert run["events"] == 300
    assert run["drops"] == 0
    assert run["changes_per_s"] > 0
    assert run["bridge_cpu_us_per_change"] > 0
    assert output.read_text().startswith("{")
