"""Writes and AuthenticateUser through the CLI; passwords never reach any output."""

from __future__ import annotations

import io

import pytest

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


def test_write_waits_for_the_completion(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    result = cli("write", *_target(opened), "--value", "-42", "--type", "int32", "--json")
    assert result.code == 0, result.err
    document = result.json
    assert document["accepted"] is True
    assert document["writeComplete"]["family"] == "MX_EVENT_FAMILY_ON_WRITE_COMPLETE"
    assert document["writeComplete"]["statuses"][0]["category"] == "MX_STATUS_CATEGORY_OK"
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestInt")) == -42


def test_write_no_wait_and_write2(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    plain = cli("write", *_target(opened), "--value", "7", "--no-wait", "--json")
    assert plain.json == {
        "accepted": True,
        "itemHandle": opened.item_handle,
        "serverHandle": opened.server_handle,
        "sessionId": opened.session_id,
    }
    stamped = cli(
        "write2", *_target(opened), "--value", "9", "--timestamp", "2024-01-01T00:00:05Z", "--json"
    )
    assert stamped.code == 0, stamped.err
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_001.TestInt")) == 9


def test_write_failure_exits_5(cli: Cli, opened: Opened) -> None:
    target = _item(cli, opened, "TestMachine_001.TestViewOnly")
    result = cli("write", *target, "--value", "1", "--type", "int32")
    assert result.code == 5
    assert result.err.count("\n") == 1


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
