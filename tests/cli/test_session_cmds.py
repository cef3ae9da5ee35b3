"""Session commands in-process against the simulator, each run in its own event loop."""

from __future__ import annotations

from mxgateway.wire.contract import mx

from .conftest import Cli, Opened, SimThread


def test_open_register_add_close_golden(cli: Cli, golden, sim_thread: SimThread) -> None:
    opened = cli("open-session", "--name", "cli-tests", "--json")
    assert opened.code == 0
    assert opened.err == ""
    golden("open_session", opened.out)
    session_id = opened.json["sessionId"]
    assert session_id in sim_thread.sim.session_ids()

    registered = cli("register", "--session-id", session_id, "--client-name", "t", "--json")
    golden("register", registered.out)
    added = cli(
        "add-item",
        "--session-id",
        session_id,
        "--server-handle",
        "1",
        "--item",
        "TestMachine_002.TestFloat",
        "--json",
    )
    golden("add_item", added.out)
    items = sim_thread.do(lambda: sim_thread.sim.items(session_id))
    assert items[added.json["itemHandle"]].address == "TestMachine_002.TestFloat"

    closed = cli("close-session", "--session-id", session_id, "--reason", "done", "--json")
    golden("close_session", closed.out)
    assert closed.json["finalState"] == "SESSION_STATE_CLOSED"
    assert sim_thread.sim.session_state(session_id) is mx.SessionState.CLOSED


def test_item_commands_change_the_simulated_session(
    cli: Cli, opened: Opened, sim_thread: SimThread
) -> None:
    sid, server, item = opened.session_id, str(opened.server_handle), str(opened.item_handle)
    view = sim_thread.do(lambda: sim_thread.sim.items(sid))[opened.item_handle]
    assert view.advised
    assert not view.supervisory

    handles = ("--session-id", sid, "--server-handle", server, "--item-handle", item)
    assert cli("unadvise", *handles, "--json").json == {
        "itemHandle": opened.item_handle,
        "ok": True,
        "serverHandle": opened.server_handle,
        "sessionId": sid,
    }
    assert not sim_thread.do(lambda: sim_thread.sim.items(sid))[opened.item_handle].advised
    assert cli("advise-supervisory", *handles).code == 0
    assert sim_thread.do(lambda: sim_thread.sim.items(sid))[opened.item_handle].supervisory
    assert cli("unadvise", *handles).code == 0
    assert cli("remove-item", *handles).code == 0
    assert opened.item_handle not in sim_thread.do(lambda: sim_thread.sim.items(sid))
    assert cli("unregister", "--session-id", sid, "--server-handle", server).code == 0
    assert list(sim_thread.do(lambda: sim_thread.sim.registrations(sid))) == []


def test_ping_state_and_worker_info(cli: Cli, opened: Opened, golden) -> None:
    sid = ("--session-id", opened.session_id)
    assert cli("ping", *sid, "--json").json == {"ok": True, "sessionId": opened.session_id}
    golden("session_state", cli("session-state", *sid, "--json").out)
    info = cli("worker-info", *sid, "--json").json
    assert set(info) == {"processId", "sessionId", "workerProtocolVersion", "workerVersion"}
    assert info["workerProtocolVersion"] == 1


def test_human_output_is_readable(cli: Cli, opened: Opened) -> None:
    state = cli("session-state", "--session-id", opened.session_id)
    assert state.code == 0
    assert state.out == f"sessionId: {opened.session_id}\nstate: SESSION_STATE_READY\n"


def test_unknown_session_is_a_command_failure(cli: Cli) -> None:
    result = cli("ping", "--session-id", "session-" + "0" * 32, "--json")
    assert result.code == 5
    assert result.json["type"] == "NotFoundError"
    assert result.err.startswith("mxgw-py: error: ")
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_mxaccess_failure_exits_5_with_one_line(cli: Cli, opened: Opened) -> None:
    result = cli(
        "add-item",
        "--session-id",
        opened.session_id,
        "--server-handle",
        str(opened.server_handle),
        "--item",
        "NoSuchObject.NoSuchAttribute",
    )
    assert result.code == 5
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "ADD_ITEM" in result.err


def test_a_session_ended_by_the_grace_period_is_explained(
    cli: Cli, opened: Opened, sim_thread: SimThread
) -> None:
    sim = sim_thread.sim
    streamed = cli("stream-events", "--session-id", opened.session_id, "--max-events", "1")
    assert streamed.code == 0, streamed.err
    assert sim_thread.wait_until(lambda: sim.event_subscriber_count(opened.session_id) == 0)
    sim_thread.call(sim.advance(31))
    gone = cli("ping", "--session-id", opened.session_id, "--json")
    assert gone.code == 5
    assert gone.json["type"] == "NotFoundError"
    assert gone.json["error"].endswith(" (a session ends when closed, after 30 min without calls, "
        "or 30 s after its last event stream ended, e.g. of stream-events or a waiting write, "
        "unless another one attached)")  # fmt: skip
    for command in ("stream-events", "close-session"):
        again = cli(command, "--session-id", opened.session_id)
        assert again.code == 5
        assert "30 s after its last event stream ended" in again.err, command
