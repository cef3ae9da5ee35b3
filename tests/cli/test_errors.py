"""Error paths: one line on stderr, an error document with --json, the documented exit codes,
and no secret in any output."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from mxgateway.cli.common import Common
from mxgateway.cli.connect import explain_stream_taken
from mxgateway.cli.exit_codes import exit_code_for
from mxgateway.cli.runner import fail, run
from mxgateway.errors import (
    AlreadyExistsError,
    AuthenticationError,
    GatewayTimeoutError,
    InvalidArgumentError,
    MxAccessError,
    PermissionDeniedError,
)
from mxgateway.simulator import Simulator

from .conftest import Cli, Opened, SimThread

PLAINTEXT = Common(plaintext=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_plaintext_and_tls_together_is_a_usage_error(cli: Cli) -> None:
    result = cli("ping", "--session-id", "s", "--tls")
    assert result.code == 2
    assert "--plaintext and --tls" in result.err


def test_missing_required_option_is_a_usage_error(cli: Cli) -> None:
    assert cli("register").code == 2


def test_invalid_endpoint_is_a_usage_error(cli: Cli) -> None:
    result = cli("ping", "--session-id", "s", "--endpoint", "no-port", "--plaintext", connect=False)
    assert result.code == 2
    assert (
        result.err
        == "mxgw-py: error: --endpoint must be host:port (or [ipv6]:port), got 'no-port'\n"
    )


def test_bad_value_for_its_type_is_a_usage_error(cli: Cli, opened: Opened) -> None:
    result = cli(
        "write",
        "--session-id",
        opened.session_id,
        "--server-handle",
        str(opened.server_handle),
        "--item-handle",
        str(opened.item_handle),
        "--value",
        "12x",
        "--type",
        "int32",
        "--json",
    )
    assert result.code == 2
    assert result.json == {"error": "not an integer: '12x'", "type": "InvalidArgumentError"}


def test_unknown_api_key_exits_3_without_its_secret(cli: Cli) -> None:
    key = "mxgw_intruder_s3cr3tValueNeverShown"
    result = cli("open-session", "--api-key", key, "--json")
    assert result.code == 3
    assert result.json["type"] == "AuthenticationError"
    assert "s3cr3tValueNeverShown" not in result.out + result.err
    assert "mxgw_intruder_<redacted>" in result.err


def test_api_key_env_names_the_variable(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTHER_KEY", "mxgw_other_abcdefSECRET")
    result = cli("open-session", "--api-key-env", "OTHER_KEY", key=False)
    assert result.code == 3
    assert "abcdefSECRET" not in result.out + result.err
    assert "check the key in OTHER_KEY" in result.err
    missing = cli("open-session", "--api-key-env", "NOT_SET_ANYWHERE", key=False)
    assert missing.code == 2
    assert "NOT_SET_ANYWHERE" in missing.err


def test_key_without_the_scope_exits_3(cli: Cli, sim_thread: SimThread, opened: Opened) -> None:
    token = sim_thread.do(lambda: sim_thread.sim.add_api_key(scopes={"session:open"}))
    result = cli("register", "--session-id", opened.session_id, "--api-key", token)
    assert result.code == 3
    assert "permission denied" in result.err
    assert token.split("_", 2)[2] not in result.out + result.err


def test_unreachable_gateway_exits_4(cli: Cli) -> None:
    endpoint = f"127.0.0.1:{_free_port()}"
    result = cli("ping", "--session-id", "s", "--endpoint", endpoint, "--plaintext", connect=False)
    assert result.code == 4
    assert result.err.startswith("mxgw-py: error: gateway unavailable")
    assert result.err.count("\n") == 1


def test_call_timeout_exits_4(cli: Cli, sim_thread: SimThread, opened: Opened) -> None:
    sim_thread.do(lambda: sim_thread.sim.inject_latency(3600))
    result = cli("ping", "--session-id", opened.session_id, "--timeout", "0.2", "--json")
    assert result.code == 4
    assert result.json["type"] == "GatewayTimeoutError"


def test_tls_is_the_default_even_for_localhost(cli: Cli, sim: Simulator) -> None:
    result = cli("open-session", "--endpoint", sim.endpoint, connect=False)
    assert result.code == 4
    assert "does not speak TLS" in result.err
    assert sim.session_ids() == []


def test_every_write_argument_is_checked_before_connecting(cli: Cli) -> None:
    dead = ("--endpoint", f"127.0.0.1:{_free_port()}", "--plaintext")
    target = ("--session-id", "s", "--server-handle", "1", "--item-handle", "1")
    for extra in (("--value", "abc", "--type", "int32"), ("--value", "3000000000", "--type",
                  "int32"), ("--value", "1", "--timestamp", "yesterday")):  # fmt: skip
        command = "write2" if "--timestamp" in extra else "write"
        result = cli(command, *target, *extra, *dead, connect=False)
        assert result.code == 2, (extra, result.err)


def test_library_argument_names_become_option_names(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "none.pem"
    result = cli("ping", "--session-id", "s", "--ca-file", str(missing), connect=False)
    assert result.code == 2
    assert result.err.startswith("mxgw-py: error: --ca-file ")
    both = cli("ping", "--session-id", "s", "--ca-file", str(missing), "--plaintext",
               connect=False)  # fmt: skip
    assert "ca_file" not in both.err


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidArgumentError("bad"), 2),
        (AuthenticationError("who"), 3),
        (PermissionDeniedError("no"), 3),
        (GatewayTimeoutError("slow"), 4),
        (MxAccessError("failed"), 5),
        (RuntimeError("bug"), 1),
    ],
)
def test_exit_code_for(error: BaseException, code: int) -> None:
    assert exit_code_for(error) == code


def test_unexpected_error_is_one_line_with_its_type(capsys: pytest.CaptureFixture[str]) -> None:
    async def broken() -> None:
        raise RuntimeError("mxgw_k_leakedsecret in a message")

    assert run(PLAINTEXT, broken) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err == "mxgw-py: error: unexpected RuntimeError: mxgw_k_<redacted> in a message\n"
    )


def test_interrupt_exits_130(capsys: pytest.CaptureFixture[str]) -> None:
    async def interrupted() -> None:
        raise KeyboardInterrupt

    assert run(Common(plaintext=True, json=True), interrupted) == 130
    captured = capsys.readouterr()
    assert captured.out == '{"error": "interrupted", "type": "KeyboardInterrupt"}\n'
    assert captured.err == "mxgw-py: interrupted\n"


def test_fail_scrubs_literal_secrets(capsys: pytest.CaptureFixture[str]) -> None:
    code = fail(MxAccessError("user op rejected password hunter2"), json=True, secrets=["hunter2"])
    assert code == 5
    captured = capsys.readouterr()
    assert "hunter2" not in captured.out + captured.err
    assert "<redacted>" in captured.err


@pytest.mark.parametrize(
    ("args", "error_type"),
    [
        (("ping",), "MissingArgumentError"),
        (("ping", "--session-id", "s", "--timeout", "soon"), "CoercionError"),
        (("ping", "--session-id", "s", "--bogus"), "UnknownOptionError"),
        (("ping", "--session-id", "s", "--tls"), "ValidationError"),
        (("no-such-command",), "UnknownCommandError"),
    ],
)
def test_usage_errors_are_one_line_with_an_error_document(
    cli: Cli, args: tuple[str, ...], error_type: str
) -> None:
    result = cli(*args, "--json")
    assert result.code == 2
    assert result.json["type"] == error_type
    assert result.err == f"mxgw-py: error: {result.json['error']}\n"


def test_stray_arguments_are_counted_not_echoed(cli: Cli, opened: Opened) -> None:
    result = cli("authenticate-user", "--session-id", opened.session_id, "--server-handle",
                 str(opened.server_handle), "--user", "operator", "op-pass", "--json")  # fmt: skip
    assert result.code == 2
    assert "op-pass" not in result.out + result.err
    assert result.json["error"].startswith("1 unexpected argument (not shown")


def test_usage_errors_redact_api_keys(cli: Cli) -> None:
    result = cli("mxgw_ops_TypedByMistake", connect=False)
    assert result.code == 2
    assert "TypedByMistake" not in result.out + result.err
    assert "mxgw_ops_<redacted>" in result.err


@pytest.mark.parametrize("timeout", ["0", "-1", "nan", "inf"])
@pytest.mark.parametrize("command", ["ping", "stream-events"])
def test_timeout_must_be_positive_and_finite(cli: Cli, command: str, timeout: str) -> None:
    result = cli(command, "--session-id", "s", "--timeout", timeout, "--json")
    assert result.code == 2
    assert result.json["error"].startswith("--timeout must be a positive number of seconds")


@pytest.mark.parametrize(
    "args",
    [
        ("stream-events", "--session-id", "s", "--max-events", "0"),
        ("stream-events", "--session-id", "s", "--max-events", "-1"),
        ("stream-alarms", "--max-messages", "0"),
        ("galaxy-watch", "--max-events", "-5"),
        ("smoke", "--max-events", "-1"),
    ],
)
def test_message_limits_cannot_be_negative_or_empty(cli: Cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err.startswith("mxgw-py: error: Invalid value")


def test_streaming_commands_connect_within_their_listening_time() -> None:
    options = Common(timeout=2.0).client_options(streaming=True)
    assert options.connect_timeout == 2.0
    assert options.call_timeout == 60.0
    assert Common(timeout=600.0).client_options(streaming=True).connect_timeout == 10.0


def test_a_multi_line_message_is_reported_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert fail(MxAccessError("Write failed:\r\n  detail 1003\n"), json=True) == 5
    captured = capsys.readouterr()
    assert captured.err == "mxgw-py: error: Write failed: detail 1003\n"
    assert json.loads(captured.out) == {
        "diagnostic": "",
        "error": "Write failed: detail 1003",
        "hresult": 0,
        "protocolStatus": None,
        "statuses": [],
        "type": "MxAccessError",
    }


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (("write-bulk", "--item-handles", "1", "--values", "1", "--type", "int99"),
         'Invalid value "int99" for --type. Use one of bool, int32,'),
        (("write", "--item-handle", "1", "--value", "1", "--type", "integer"),
         'Invalid value "integer" for --type.'),
        (("write2-bulk", "--item-handles", "1", "--values", "1", "--timestamps", "yesterday"),
         "--timestamps entry 1: not an ISO 8601 datetime: 'yesterday'"),
        (("write2", "--item-handle", "1", "--value", "1", "--timestamp", "2024-01-01T00:00:00"),
         "--timestamp: naive datetime 2024-01-01T00:00:00 rejected"),
    ],
)  # fmt: skip
def test_value_errors_name_their_option(
    cli: Cli, opened: Opened, args: tuple[str, ...], start: str
) -> None:
    command, *rest = args
    result = cli(command, "--session-id", opened.session_id, "--server-handle",
                 str(opened.server_handle), *rest, "--json")  # fmt: skip
    assert result.code == 2
    assert result.json["error"].startswith(start)


def test_galaxy_watch_last_seen_errors_name_the_option(cli: Cli) -> None:
    result = cli("galaxy-watch", "--last-seen", "recently", "--json")
    assert result.code == 2
    assert result.json["error"] == "--last-seen: not an ISO 8601 datetime: 'recently'"


def test_a_taken_event_stream_is_explained() -> None:
    refusal = AlreadyExistsError("StreamEvents failed with ALREADY_EXISTS: taken.")
    with pytest.raises(AlreadyExistsError) as raised, explain_stream_taken("use --no-wait"):
        raise refusal
    assert raised.value is refusal
    assert str(refusal) == (
        "StreamEvents failed with ALREADY_EXISTS: taken. (another process, such as "
        "stream-events, holds this session's event stream: use --no-wait)"
    )


def test_library_checks_name_the_options(
    cli: Cli, opened: Opened, capsys: pytest.CaptureFixture[str]
) -> None:
    code = fail(
        InvalidArgumentError("user_name must not be empty; server_handle 0 is unknown"),
        json=False,
        common=PLAINTEXT,
    )
    assert code == 2
    assert capsys.readouterr().err == (
        "mxgw-py: error: --user must not be empty; --server-handle 0 is unknown\n"
    )
    handle = cli("add-item", "--session-id", opened.session_id, "--server-handle", "1",
                 "--item", "   ")  # fmt: skip
    assert handle.code == 2
    assert "for --item. An item reference must not be empty." in handle.err


def test_plaintext_from_the_environment_yields_to_tls_options(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MXGATEWAY_PLAINTEXT", "TRUE")
    assert Common().use_plaintext() is True
    assert Common(tls=True).use_plaintext() is False
    assert Common(server_name_override="gw").use_plaintext() is False
    monkeypatch.setenv("MXGATEWAY_PLAINTEXT", "off")
    assert Common().use_plaintext() is False
    assert Common(plaintext=True).use_plaintext() is True
    for bad in ("", "2", "ture"):
        monkeypatch.setenv("MXGATEWAY_PLAINTEXT", bad)
        with pytest.raises(InvalidArgumentError, match="MXGATEWAY_PLAINTEXT must be"):
            Common().use_plaintext()


def test_renaming_leaves_quoted_values_alone() -> None:
    from mxgateway.cli.hints import CONNECTION_OPTIONS, rename

    text = "endpoint must be host:port, got 'endpoint'; ca_file 'x' is not readable"
    assert rename(text, CONNECTION_OPTIONS) == (
        "--endpoint must be host:port, got 'endpoint'; --ca-file 'x' is not readable"
    )
