"""The installed ``mxgw-py`` console script, run as a real process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from .conftest import Opened, SimThread

SCRIPT = Path(sys.executable).with_name("mxgw-py")


def test_smoke_simulate_as_a_process() -> None:
    proc = subprocess.run(
        [SCRIPT, "smoke", "--simulate"], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    record = json.loads(proc.stdout)
    assert record["closeStatus"] == "PROTOCOL_STATUS_CODE_OK"
    assert len(proc.stdout.splitlines()) == 1


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


def test_ctrl_c_ends_stream_events_with_130(opened: Opened, sim_thread: SimThread) -> None:
    sim = sim_thread.sim
    env = {**os.environ, "MXGATEWAY_API_KEY": sim.api_key}
    proc = subprocess.Popen(
        [SCRIPT, "stream-events", "--session-id", opened.session_id, "--endpoint", sim.endpoint,
         "--plaintext", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        attached = any(
            sim_thread.wait_until(lambda: sim.event_subscriber_count(opened.session_id) == 1)
            for _ in range(15)
        )
        assert attached, "stream-events never attached"
        proc.send_signal(signal.SIGINT)
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
