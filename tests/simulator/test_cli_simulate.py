"""`mxgw-py simulate`: argument checks in process, serving in a subprocess.

The command function is called directly, so these tests do not depend on how the
CLI registers its commands.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from grpclib.client import Channel
from grpclib.exceptions import StreamTerminatedError

from mxgateway.cli.simulate import simulate
from mxgateway.wire.contract import mx

from .conftest import GatewayClient


@pytest.mark.parametrize(
    "args",
    [
        {"api_key": ["not-a-key"]},
        {"tls_cert": Path("only-cert.pem")},
        {"objects": -1},
    ],
)
def test_bad_arguments_exit_with_a_clear_error(
    args: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert simulate(**args) == 2
    err = capsys.readouterr().err
    assert err.startswith("mxgw-py: error: ")
    assert err.count("\n") == 1
    assert not {"api_key", "tls_cert", "tls_key"} & set(err.replace(",", " ").split())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stop_signal", "background"),
    [
        (signal.SIGINT, False),
        (signal.SIGINT, True),  # a shell starts background jobs with SIGINT ignored
        (signal.SIGTERM, False),
    ],
    ids=["ctrl-c", "sigint-to-background-job", "sigterm"],
)
async def test_serves_until_interrupted(stop_signal: signal.Signals, background: bool) -> None:
    ignore = "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); " if background else ""
    code = (
        f"{ignore}from mxgateway.cli.simulate import simulate; "
        "simulate(port=0, objects=2, api_key=['mxgw_ops_s3cretvalue'])"
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    try:
        first = (await asyncio.wait_for(process.stdout.readline(), 20)).decode()
        assert "listening on 127.0.0.1:" in first
        lines = [(await asyncio.wait_for(process.stdout.readline(), 5)).decode() for _ in range(3)]
        assert "s3cretvalue" not in "".join(lines)
        assert "ops" in "".join(lines)
        port = int(first.split("127.0.0.1:")[1].split()[0])
        channel = Channel("127.0.0.1", port)
        client = GatewayClient(channel, "mxgw_ops_s3cretvalue")
        session = await client.open()
        assert (await client.ok(session, mx.PingCommand())).protocol_status.message
        channel.close()
    finally:
        process.send_signal(stop_signal)
        stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 0
    assert "Simulator stopped." in stdout.decode()
    assert stderr.decode() == ""


@pytest.mark.slow
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
async def test_stops_promptly_with_a_client_still_connected(stop_signal: signal.Signals) -> None:
    """Ctrl-C or SIGTERM ends the simulator while a client holds an event stream open."""
    code = "from mxgateway.cli.simulate import simulate; simulate(port=0, objects=2, no_auth=True)"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    channel: Channel | None = None
    try:
        first = (await asyncio.wait_for(process.stdout.readline(), 20)).decode()
        port = int(first.split("127.0.0.1:")[1].split()[0])
        channel = Channel("127.0.0.1", port)
        client = GatewayClient(channel, None)
        session = await client.open()
        async with client.events(session) as events:
            assert (await client.ok(session, mx.PingCommand())).protocol_status.message
            process.send_signal(stop_signal)
            stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
            with contextlib.suppress(StreamTerminatedError):
                await events.end()  # the session was closed, or the connection with it
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        if channel is not None:
            channel.close()
    assert process.returncode == 0
    assert "Simulator stopped." in stdout.decode()
    assert stderr.decode() == ""
