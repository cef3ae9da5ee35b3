"""Streams: NDJSON as messages arrive, clean ends at the message or time limit."""

from __future__ import annotations

from .conftest import Cli, Opened, SimThread

ALARM = "TestMachine_001.TestAlarm001"


def test_stream_events_ends_at_max_events(cli: Cli, opened: Opened, golden) -> None:
    result = cli("stream-events", "--session-id", opened.session_id, "--max-events", "1", "--json")
    assert result.code == 0, result.err
    golden("stream_events", result.out)
    (event,) = result.lines
    assert event["family"] == "MX_EVENT_FAMILY_ON_DATA_CHANGE"
    assert event["itemHandle"] == opened.item_handle


def test_stream_events_ends_at_the_timeout(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    sid = ("--session-id", opened.session_id)
    assert cli("stream-events", *sid, "--max-events", "1").code == 0
    quiet = cli("stream-events", *sid, "--timeout", "0.1", "--json")
    assert quiet.code == 0
    assert quiet.out == ""
    assert quiet.err == ""
    short = cli("stream-events", *sid, "--max-events", "10", "--timeout", "0.1", "--json")
    assert short.code == 0
    assert short.err == "mxgw-py: 0 of 10 events in 0.1 s\n"
    assert sim_thread.wait_until(
        lambda: sim_thread.sim.event_subscriber_count(opened.session_id) == 0
    )


def test_stream_events_for_people(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    sim_thread.do(lambda: sim_thread.sim.set_value("TestMachine_001.TestInt", 5))
    result = cli("stream-events", "--session-id", opened.session_id, "--max-events", "2")
    assert result.code == 0
    first, second = result.out.splitlines()
    assert first.startswith(f"#1 data-change item {opened.item_handle} = ")
    assert second.startswith(f"#2 data-change item {opened.item_handle} = 5 quality=192 at ")


def test_stream_events_of_an_unknown_session_fails(cli: Cli) -> None:
    result = cli("stream-events", "--session-id", "session-" + "f" * 32, "--timeout", "5")
    assert result.code == 5
    assert result.err.count("\n") == 1


def test_alarm_commands(cli: Cli, sim_thread: SimThread, golden) -> None:
    sim_thread.do(lambda: sim_thread.sim.raise_alarm(ALARM))
    reference = sim_thread.do(lambda: sim_thread.sim.alarm_reference(ALARM))
    prefix = reference.rsplit(".", 1)[0]

    queried = cli("query-alarms", "--filter-prefix", prefix, "--json")
    golden("query_alarms", queried.out)
    assert [a["alarmFullReference"] for a in queried.json["alarms"]] == [reference]

    streamed = cli("stream-alarms", "--filter-prefix", prefix, "--max-messages", "2", "--json")
    assert streamed.code == 0
    first, second = streamed.lines
    assert first["activeAlarm"]["alarmFullReference"] == reference
    assert second["snapshotComplete"] == {"snapshotCount": 1}

    acked = cli("acknowledge-alarm", "--reference", reference, "--comment", "seen",
                "--operator", "op", "--json")  # fmt: skip
    assert acked.code == 0, acked.err
    assert acked.json["reference"] == reference
    assert acked.json["diagnosticMessage"] == f"Alarm '{reference}' acknowledged."
    assert set(acked.json) <= {"reference", "hresult", "status", "diagnosticMessage"}
    after = cli("query-alarms", "--filter-prefix", prefix, "--json").json["alarms"]
    assert after[0]["operatorComment"] == "seen"

    people = cli("stream-alarms", "--filter-prefix", prefix, "--timeout", "0.1")
    assert people.code == 0
    assert people.out.splitlines()[-1] == "snapshot complete: 1 active alarm(s)"


def test_acknowledge_unknown_alarm_fails(cli: Cli) -> None:
    result = cli("acknowledge-alarm", "--reference", "Galaxy!Nowhere.Nothing", "--json")
    assert result.code == 5
    assert set(result.json) == {"error", "type"}
    empty = cli("acknowledge-alarm", "--reference", " ")
    assert empty.code == 2


def test_seed_alarm_invocations(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    """The seed README's stream-alarms and acknowledge-alarm lines, --session-id included."""
    sim_thread.do(lambda: sim_thread.sim.raise_alarm(ALARM))
    reference = sim_thread.do(lambda: sim_thread.sim.alarm_reference(ALARM))
    sid = ("--session-id", opened.session_id)
    streamed = cli("stream-alarms", *sid, "--max-messages", "1", "--json")
    assert streamed.code == 0, streamed.err
    assert streamed.lines[0]["activeAlarm"]["alarmFullReference"] == reference
    acked = cli("acknowledge-alarm", *sid, "--alarm-reference", reference, "--json")
    assert acked.code == 0, acked.err
    assert acked.json["reference"] == reference
    people = cli("stream-alarms", "--max-messages", "1")
    assert people.out.startswith(f"snapshot {reference} ")
    assert "rawSeverity=" in people.out
