"""The installed ``mxgw-py`` console script, run as a real process."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import trustme

from .conftest import Opened, SimThread

SCRIPT = Path(sys.executable).with_name("mxgw-py")


def test_smoke_simulate_as_a_process() -> None:
    proc = subprocess.run(
        [SCRIPT, "smoke", "--simulate"], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    head, *details = proc.stdout.splitlines()
    assert head.startswith("OK: smoke test of the built-in simulator at 127.0.0.1:")
    assert [line.split()[0] for line in details] == ["session", "tag", "value", "events", "close"]


def test_unreachable_gateway_as_a_process() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "MXGATEWAY_API_KEY": "mxgw_ops_NeverPrintThisSecret"}
    proc = subprocess.run(
        [SCRIPT, "ping", "--session-id", "s", "--endpoint", f"127.0.0.1:{port}", "--plaintext",
         "--json"],
        capture_output=True, text=True, timeout=60, check=False, env=env,
    )  # fmt: skip
    assert proc.returncode == 4
    assert json.loads(proc.stdout)["type"] == "GatewayUnavailableError"
    assert proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert "NeverPrintThisSecret" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_end_stream_events_with_130(
    opened: Opened, sim_thread: SimThread, signum: signal.Signals
) -> None:
    sim = sim_thread.sim
    env = {**os.environ, "MXGATEWAY_API_KEY": sim.api_key}
    proc = subprocess.Popen(
        [SCRIPT, "stream-events", "--session-id", opened.session_id, "--endpoint", sim.endpoint,
         "--plaintext", "--api-key-env", "MXGATEWAY_API_KEY", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        attached = any(
            sim_thread.wait_until(lambda: sim.event_subscriber_count(opened.session_id) == 1)
            for _ in range(15)
        )
        assert attached, "stream-events never attached"
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err == "mxgw-py: interrupted\n"
    *events, last = [json.loads(line) for line in out.splitlines()]
    assert last == {"error": "interrupted", "type": "KeyboardInterrupt"}
    assert all(event["sessionId"] == opened.session_id for event in events)
    assert sim_thread.wait_until(lambda: sim.event_subscriber_count(opened.session_id) == 0)


def test_usage_error_as_a_process() -> None:
    proc = subprocess.run(
        [SCRIPT, "authenticate-user", "--session-id", "s", "--server-handle", "1", "--user", "op",
         "hunter2", "--json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["type"] == "UnusedCliTokensError"
    assert proc.stderr.startswith("mxgw-py: error: 1 unexpected argument")
    assert proc.stderr.count("\n") == 1
    assert "hunter2" not in proc.stdout + proc.stderr


def _mxgw(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCRIPT, *args], capture_output=True, text=True, timeout=60, check=False, env=env
    )


def test_first_run_with_the_simulator_banner() -> None:
    """The README's first run: the banner's export line works as pasted; the usual mistakes
    (TLS against the plaintext simulator, no key, a bad boolean) say what to do; errors from
    MXAccess carry the diagnostic; tables fit 80 columns; the simulator stops at once."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MXGATEWAY_")}
    server = subprocess.Popen(
        [SCRIPT, "simulate", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=clean,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(7)]
        export = next(line.split()[1:] for line in banner if line.strip().startswith("export "))
        env = {**clean, **dict(item.split("=", 1) for item in export)}
        assert env["MXGATEWAY_PLAINTEXT"] == "1"
        key = ("--api-key-env", "MXGATEWAY_API_KEY")

        opened = _mxgw("open-session", *key, "--json", env=env)
        assert opened.returncode == 0, opened.stderr
        session = json.loads(opened.stdout)["sessionId"]

        tls = _mxgw("open-session", *key, env={**env, "MXGATEWAY_PLAINTEXT": "0"})
        assert tls.returncode == 4
        assert "does not speak TLS" in tls.stderr
        assert "add --plaintext or set MXGATEWAY_PLAINTEXT=1" in tls.stderr

        unsure = _mxgw("open-session", *key, env={**env, "MXGATEWAY_PLAINTEXT": "maybe"})
        assert unsure.returncode == 2
        assert unsure.stderr.startswith("mxgw-py: error: MXGATEWAY_PLAINTEXT must be 1, true")

        keyless = _mxgw("open-session", env=env)
        assert keyless.returncode == 3
        assert "set MXGATEWAY_API_KEY and use --api-key-env MXGATEWAY_API_KEY" in keyless.stderr

        assert _mxgw("register", "--session-id", session, *key, env=env).returncode == 0
        unknown = _mxgw("add-item", "--session-id", session, "--server-handle", "1", "--item",
                        "NoSuch.Tag", *key, env=env)  # fmt: skip
        assert unknown.returncode == 5
        assert "Object 'NoSuch' does not exist" in unknown.stderr
        assert "CONFIGURATION_ERROR/1001" in unknown.stderr
        assert "HRESULT 0x80040200 (-2147220992)" in unknown.stderr
        as_json = _mxgw("add-item", "--session-id", session, "--server-handle", "1", "--item",
                        "NoSuch.Tag", *key, "--json", env=env)  # fmt: skip
        error = json.loads(as_json.stdout)
        assert error["statuses"][0]["category"] == "MX_STATUS_CATEGORY_CONFIGURATION_ERROR"
        assert (error["hresult"], error["diagnostic"]) == (
            -2147220992,
            "Object 'NoSuch' does not exist",
        )

        short = _mxgw("stream-events", "--session-id", session, "--max-events", "5",
                      "--timeout", "0.5", *key, env=env)  # fmt: skip
        assert short.returncode == 0
        assert short.stderr == "mxgw-py: 0 of 5 events in 0.5 s\n"

        alarms = _mxgw("query-alarms", *key, env={**env, "COLUMNS": "80"})
        assert alarms.returncode == 0, alarms.stderr
        lines = alarms.stdout.splitlines()
        assert len(lines) > 3
        assert max(map(len, lines)) <= 80
        assert all("…" in line or "!" in line for line in lines[3:])
        assert not re.search(r"\d\.\d{7,}", alarms.stdout), "float32 printed at float64 precision"

        port = env["MXGATEWAY_ENDPOINT"].rpartition(":")[2]
        taken = _mxgw("simulate", "--port", port, env=clean)
        assert taken.returncode == 2
        assert taken.stderr.startswith(f"mxgw-py: error: cannot listen on 127.0.0.1:{port}")
    finally:
        server.send_signal(signal.SIGINT)
        started = time.monotonic()
        out, _ = server.communicate(timeout=30)
        server.kill()
    assert time.monotonic() - started < 2.0  # issue 13: it took 2.2 s
    assert server.returncode == 0
    assert out.endswith("Simulator stopped.\n")


def test_a_silent_peer_fails_within_the_timeout_naming_the_endpoint() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        endpoint = f"127.0.0.1:{listener.getsockname()[1]}"
        started = time.monotonic()
        proc = subprocess.run(
            [SCRIPT, "ping", "--session-id", "s", "--endpoint", endpoint, "--plaintext",
             "--timeout", "1"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert time.monotonic() - started < 10
    assert proc.returncode == 4
    assert endpoint in proc.stderr
    assert "connect timeout 1 s, call timeout 1 s" in proc.stderr


def test_progress_on_a_terminals_stderr_only() -> None:
    args = [SCRIPT, "bench-read-bulk", "--simulate", "--bulk-size", "2", "--warmup-seconds",
            "0.2", "--duration-seconds", "0.3"]  # fmt: skip
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            args, stdout=subprocess.PIPE, stderr=follower, timeout=60, check=False, text=True
        )
        os.close(follower)
        shown = b""
        with contextlib.suppress(OSError):
            while chunk := os.read(leader, 4096):
                shown += chunk
    finally:
        os.close(leader)
    assert proc.returncode == 0
    assert b"warming up for 0.2 s" in shown
    assert json.loads(proc.stdout)["successfulCalls"] > 0
    piped = subprocess.run(args, capture_output=True, timeout=60, check=False, text=True)
    assert piped.returncode == 0
    assert piped.stderr == ""


def test_plaintext_client_against_a_tls_simulator(tmp_path: Path) -> None:
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1")
    cert, key, ca_file = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    ca.cert_pem.write_to_path(str(ca_file))
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MXGATEWAY_")}
    server = subprocess.Popen(
        [SCRIPT, "simulate", "--port", "0", "--tls-cert", cert, "--tls-key", key],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(7)]
        export = next(line.split()[1:] for line in banner if line.strip().startswith("export "))
        env = {**clean, **dict(item.split("=", 1) for item in export)}
        assert "MXGATEWAY_PLAINTEXT" not in env
        key_env = ("--api-key-env", "MXGATEWAY_API_KEY")
        plain = _mxgw("open-session", *key_env, "--plaintext", env=env)
        assert plain.returncode == 4
        assert "uses TLS, connect without --plaintext" in plain.stderr
        untrusted = _mxgw("open-session", *key_env, env=env)
        assert untrusted.returncode == 4
        assert "give its CA with --ca-file" in untrusted.stderr
        trusted = _mxgw("open-session", *key_env, "--ca-file", str(ca_file), env=env)
        assert trusted.returncode == 0, trusted.stderr
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=30)
        server.kill()
