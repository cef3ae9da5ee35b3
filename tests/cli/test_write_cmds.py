"""Writes and AuthenticateUser through the CLI; passwords never reach any output."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable

import pytest

from mxgateway import GatewayClient

from .conftest import Cli, Opened, SimThread


def _item(cli: Cli, opened: Opened, tag: str) -> tuple[str, ...]:
    """Add and advise ``tag`` in the opened session; its handle options."""
    base = ("--session-id", opened.session_id, "--server-handle", str(opened.server_handle))
    handle = cli("add-item", *base, "--item", tag, "--json").json["itemHandle"]
    target = (*base, "--item-handle", str(handle))
    assert cli("advise", *target).code == 0
    return target


def _target(opened: Opened) -> tuple[str, ...]:
    return (
        "--session-id",
        opened.session_id,
        "--server-handle",
        str(opened.server_handle),
        "--item-handle",
        str(opened.item_handle),
    )


def test_write_returns_on_accept_in_one_line(
    cli: Cli, opened: Opened, sim_thread: SimThread
) -> None:
    result = cli("write", *_target(opened), "--value", "123", "--type", "int32")
    assert result.code == 0, result.err
    assert result.out == (
        f"accepted: item {opened.item_handle} = 123 (the outcome arrives as an OnWriteComplete "
        "event; --wait waits for it)\n"
    )
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestInt")) == 123
    assert sim_thread.sim.event_subscriber_count(opened.session_id) == 0
    events = cli("stream-events", "--session-id", opened.session_id, "--max-events", "2",
                 "--timeout", "5", "--json")  # fmt: skip
    families = [event["family"] for event in events.lines]
    assert "MX_EVENT_FAMILY_ON_WRITE_COMPLETE" in families


def test_write_wait_reports_the_completion(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    result = cli("write", *_target(opened), "--value", "-42", "--type", "int32", "--wait",
                 "--json")  # fmt: skip
    assert result.code == 0, result.err
    document = result.json
    assert document["accepted"] is True
    assert document["value"] == -42
    assert document["writeComplete"]["family"] == "MX_EVENT_FAMILY_ON_WRITE_COMPLETE"
    assert document["writeComplete"]["statuses"][0]["category"] == "MX_STATUS_CATEGORY_OK"
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestInt")) == -42
    assert sim_thread.wait_until(
        lambda: sim_thread.sim.event_subscriber_count(opened.session_id) == 0
    )
    line = cli("write", *_target(opened), "--value", "5", "--wait")
    assert line.out == f"written: item {opened.item_handle} = 5 (OnWriteComplete OK)\n"
    verbose = cli("write", *_target(opened), "--value", "6", "--wait", "--verbose")
    assert "writeComplete:" in verbose.out
    assert "workerSequence:" in verbose.out


def test_write_wait_skips_an_earlier_writes_completion(cli: Cli, opened: Opened) -> None:
    rejected = cli("write", *_target(opened), "--value", "not a number", "--type", "string")
    assert rejected.code == 0, rejected.err
    result = cli("write", *_target(opened), "--value", "2", "--type", "int32", "--wait", "--json")
    assert result.code == 0, result.err
    assert result.json["writeComplete"]["statuses"][0]["category"] == "MX_STATUS_CATEGORY_OK"
    failed = cli("write", *_target(opened), "--value", "x", "--type", "string", "--wait")
    assert failed.code == 5, failed.err


def test_write_no_wait_and_write2(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    plain = cli("write", *_target(opened), "--value", "7", "--no-wait", "--json")
    assert plain.json == {
        "accepted": True,
        "itemHandle": opened.item_handle,
        "serverHandle": opened.server_handle,
        "sessionId": opened.session_id,
        "value": 7,
    }
    stamped = cli(
        "write2", *_target(opened), "--value", "9", "--timestamp", "2024-01-01T00:00:05Z", "--json"
    )
    assert stamped.code == 0, stamped.err
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestInt")) == 9


def test_write_wait_failure_exits_5_with_the_diagnostic(cli: Cli, opened: Opened) -> None:
    target = _item(cli, opened, "TestMachine_001.TestViewOnly")
    result = cli("write", *target, "--value", "1", "--type", "int32", "--wait", "--json")
    assert result.code == 5
    assert result.err.count("\n") == 1
    document = result.json
    assert document["type"] == "MxAccessError"
    assert document["statuses"]
    assert document["diagnostic"] in document["error"]


def test_write_wait_beside_stream_events_reports_an_unknown_outcome(
    cli: Cli, opened: Opened, sim_thread: SimThread
) -> None:
    release = _hold_event_stream(sim_thread, opened.session_id)
    try:
        result = cli("write", *_target(opened), "--value", "77", "--type", "int32", "--wait",
                     "--timeout", "20", "--json")  # fmt: skip
    finally:
        release()
    assert result.code == 6, result.err
    assert result.json["type"] == "WriteOutcomeUnknownError"
    assert result.json["accepted"] is True
    assert result.json["outcome"] == "unknown"
    assert "accepted the write, but its outcome is unknown" in result.err
    assert "holds the session's event stream" in result.err
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestInt")) == 77


def _hold_event_stream(sim_thread: SimThread, session_id: str) -> Callable[[], None]:
    """Attach another client's event stream to ``session_id`` (as a running stream-events
    would) until the returned function is called."""
    sim = sim_thread.sim
    release = asyncio.Event()

    async def hold() -> None:
        async with GatewayClient.connect(
            endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True
        ) as client:
            session = client.attach_session(session_id)
            async with session.events():
                await release.wait()

    holder = asyncio.run_coroutine_threadsafe(hold(), sim_thread.loop)
    assert sim_thread.wait_until(lambda: sim.event_subscriber_count(session_id) == 1)

    def stop() -> None:
        sim_thread.loop.call_soon_threadsafe(release.set)
        holder.result(timeout=10)

    return stop


def test_authenticate_and_secured_writes(
    cli: Cli, opened: Opened, sim_thread: SimThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ("--session-id", opened.session_id, "--server-handle", str(opened.server_handle))
    monkeypatch.setenv("MX_PASSWORD", "super-pass")
    supervisor = cli(
        "authenticate-user",
        *base,
        "--user",
        "supervisor",
        "--password-env",
        "MX_PASSWORD",
        "--json",
    )
    assert supervisor.code == 0, supervisor.err
    assert "super-pass" not in supervisor.out + supervisor.err
    user_id = str(supervisor.json["userId"])

    monkeypatch.setattr("sys.stdin", io.StringIO("op-pass\n"))
    operator = cli("authenticate-user", *base, "--user", "operator", "--json")
    assert operator.code == 0, operator.err
    verifier_id = str(operator.json["userId"])
    assert verifier_id != user_id

    secured = _item(cli, opened, "TestMachine_001.TestSecuredWrite")
    result = cli(
        "write-secured", *secured, "--value", "1.5", "--type", "double",
        "--current-user-id", user_id, "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    verified = _item(cli, opened, "TestMachine_001.TestVerifiedWrite")
    result = cli(
        "write-secured2", *verified, "--value", "2.5", "--type", "double",
        "--current-user-id", user_id, "--verifier-user-id", verifier_id, "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    read = sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestVerifiedWrite"))
    assert read == 2.5


def test_wrong_password_never_appears(
    cli: Cli, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ("--session-id", opened.session_id, "--server-handle", str(opened.server_handle))
    monkeypatch.setenv("MX_PASSWORD", "Wr0ngPassw0rd")
    result = cli(
        "authenticate-user", *base, "--user", "operator", "--password-env", "MX_PASSWORD", "--json"
    )
    assert result.code == 5
    assert "Wr0ngPassw0rd" not in result.out + result.err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    empty = cli("authenticate-user", *base, "--user", "operator")
    assert empty.code == 2
    assert "no password" in empty.err
