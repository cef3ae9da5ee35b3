"""smoke (against the fixture simulator and --simulate) and the benchmarks' records."""

from __future__ import annotations

import pytest

from mxgateway.cli.stats import latency_summary, percentile
from mxgateway.wire.contract import mx

from .conftest import Cli, SimThread

RECORD_KEYS = {"closeStatus", "events", "itemHandle", "language", "operation", "serverHandle",
               "sessionId"}  # fmt: skip
LATENCY_KEYS = {"p50", "p95", "p99", "max", "mean"}


def test_smoke_against_a_gateway_with_a_write(cli: Cli, sim_thread: SimThread, golden) -> None:
    result = cli("smoke", "--write-value", "17", "--type", "int32", "--max-events", "3", "--json")
    assert result.code == 0, result.err
    golden("smoke_write", result.out)
    record = result.json
    assert set(record) == RECORD_KEYS | {"write"}
    assert [e["family"] for e in record["events"]] == [
        "MX_EVENT_FAMILY_ON_DATA_CHANGE",
        "MX_EVENT_FAMILY_ON_WRITE_COMPLETE",
        "MX_EVENT_FAMILY_ON_DATA_CHANGE",
    ]
    assert record["events"][-1]["value"]["int32Value"] == 17
    state = sim_thread.do(lambda: sim_thread.sim.session_state(record["sessionId"]))
    assert state is mx.SessionState.CLOSED


def test_smoke_closes_the_session_when_a_step_fails(cli: Cli, sim_thread: SimThread) -> None:
    result = cli("smoke", "--item", "NoSuch.Item", "--json")
    assert result.code == 5
    assert result.json["type"] == "MxAccessError"
    assert sim_thread.do(sim_thread.sim.session_ids) == []
    people = cli("smoke", "--item", "NoSuch.Item")
    assert people.code == 5
    assert people.out.startswith("FAILED: smoke test of 127.0.0.1:")
    assert "Object 'NoSuch' does not exist" in people.err


def test_smoke_too_few_events_exits_5(cli: Cli) -> None:
    result = cli("smoke", "--max-events", "2", "--timeout", "0.1", "--json")
    assert result.code == 5
    assert len(result.json["events"]) == 1
    assert result.json["closeStatus"] == "PROTOCOL_STATUS_CODE_OK"
    assert "received 1 of 2 events" in result.err
    people = cli("smoke", "--max-events", "2", "--timeout", "0.1")
    assert people.code == 5
    lines = people.out.splitlines()
    assert lines[0].startswith("FAILED (events): smoke test of 127.0.0.1:")
    assert "  events   1 of 2 within 0.1 s" in lines
    assert "  close    OK" in lines


def test_smoke_simulate_needs_nothing(cli: Cli) -> None:
    result = cli("smoke", "--simulate", "--json", connect=False, key=False)
    assert result.code == 0, result.err
    record = result.json
    assert set(record) == RECORD_KEYS
    assert record["language"] == "python"
    assert record["operation"] == "smoke"
    assert record["closeStatus"] == "PROTOCOL_STATUS_CODE_OK"
    assert len(record["events"]) == 1


def test_smoke_report_for_people(cli: Cli) -> None:
    result = cli("smoke", "--write-value", "21", "--type", "int32", "--max-events", "2")
    assert result.code == 0, result.err
    head, *details = result.out.splitlines()
    assert head.startswith("OK: smoke test of 127.0.0.1:")
    assert head.endswith(": session, tag, value and quality, events, close")
    assert [line.split()[0] for line in details] == [
        "session", "tag", "value", "write", "events", "close"
    ]  # fmt: skip
    assert "  value    250 (quality 192: good)" in details
    assert "  write    21 written (OnWriteComplete OK)" in details


def test_bench_read_bulk_record(cli: Cli) -> None:
    result = cli("bench-read-bulk", "--simulate", "--bulk-size", "3", "--warmup-seconds", "0",
                 "--duration-seconds", "0.2", connect=False)  # fmt: skip
    assert result.code == 0, result.err
    record = result.json
    assert set(record) == {"language", "durationMs", "totalCalls", "successfulCalls",
                           "failedCalls", "totalReadResults", "cachedReadResults",
                           "callsPerSecond", "latencyMs"}  # fmt: skip
    assert set(record["latencyMs"]) == LATENCY_KEYS
    assert record["successfulCalls"] > 0
    assert record["totalReadResults"] == 3 * record["successfulCalls"]
    assert record["cachedReadResults"] == record["totalReadResults"]


def test_bench_stream_events_record(cli: Cli) -> None:
    result = cli("bench-stream-events", "--simulate", "--bulk-size", "2", "--warmup-seconds",
                 "0", "--duration-seconds", "0.1", connect=False)  # fmt: skip
    assert result.code == 0, result.err
    record = result.json
    assert set(record) == {"language", "durationMs", "totalEvents", "eventsPerSecond",
                           "latencyMs"}  # fmt: skip
    assert set(record["latencyMs"]) == LATENCY_KEYS


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--duration-seconds", "0", "--duration-seconds must be a finite number > 0, got 0"),
        ("--duration-seconds", "nan", "--duration-seconds must be a finite number > 0, got nan"),
        ("--warmup-seconds", "nan", "--warmup-seconds must be a finite number >= 0, got nan"),
        ("--bulk-size", "5001", "--bulk-size must be between 1 and 5000, got 5001"),
    ],
)
def test_bench_rejects_impossible_settings(cli: Cli, option: str, value: str, message: str) -> None:
    result = cli("bench-read-bulk", "--simulate", option, value, connect=False)
    assert result.code == 2
    assert result.err == f"mxgw-py: error: {message}\n"


@pytest.mark.parametrize(
    ("fraction", "expected"), [(0.0, 1.0), (0.5, 2.5), (0.95, 3.85), (0.99, 3.97), (1.0, 4.0)]
)
def test_percentile_interpolates_linearly(fraction: float, expected: float) -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], fraction) == pytest.approx(expected)


def test_latency_summary() -> None:
    assert latency_summary([]) == dict.fromkeys(("p50", "p95", "p99", "max", "mean"), 0.0)
    summary = latency_summary([10.0, 1.0, 4.0])
    assert summary == {"p50": 4.0, "p95": 9.4, "p99": 9.88, "max": 10.0, "mean": 5.0}
