"""Fuzzing replies: random and mutated bytes give a result or an ``MxGatewayError``, never
a raw exception, and cost time and memory in proportion to the bytes received.

The bytes go through the client's codec (``decode`` is the one boundary every reply
crosses, whichever decoder runs behind it) and then through the typed conversions; a
second test sends them over loopback from the hostile gateway as ReadBulk replies.
Examples are derandomized, so every run (and CI) tries the same ones; raise
``max_examples`` and drop ``derandomize`` locally for a longer exploratory run.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import tracemalloc
from typing import Any

import betterproto2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.session import Session
from mxgateway.wire.contract import mx

from .fuzzing import SEEDS, decode_and_convert, mutate, replies
from .gateway import OK, SESSION_ID, HostileGateway
from .scenarios import command_kind

K = mx.MxCommandKind


@settings(
    max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data(), message_type=st.sampled_from(sorted(SEEDS, key=lambda t: t.__name__)))
def test_fuzzed_replies_decode_or_raise_mxgateway_errors(
    data: st.DataObject, message_type: type[betterproto2.Message]
) -> None:
    decode_and_convert(data.draw(replies(message_type)), message_type)


def test_the_seeds_decode_and_an_edit_can_break_them() -> None:
    for message_type, seed in SEEDS.items():
        assert decode_and_convert(seed, message_type) == "accepted"
    assert decode_and_convert(mutate(SEEDS[mx.MxEvent], [(3, 9, b"x")]), mx.MxEvent) == ("refused")


def test_a_declared_length_beyond_the_bytes_is_refused_before_allocating() -> None:
    declared = b"\x0a\xff\xff\xff\xff\x07" + b"\x00" * 64  # field 1: 2 GiB declared
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert decode_and_convert(declared, mx.MxCommandReply) == "refused"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
    assert time.perf_counter() - started < 5


async def _open(endpoint: str) -> tuple[GatewayClient, Session]:
    client = await GatewayClient.connect(endpoint=endpoint, plaintext=True, call_timeout=5)
    return client, await client.open_session("fuzz")


def test_fuzzed_read_bulk_replies_over_the_wire() -> None:
    with asyncio.Runner() as runner:
        gateway = HostileGateway()
        runner.run(gateway.__aenter__())
        current = [SEEDS[mx.MxCommandReply]]

        async def answer(stream: Any, request: Any) -> None:
            if command_kind(request) is K.REGISTER:
                await stream.send_message(
                    mx.MxCommandReply(
                        session_id=SESSION_ID,
                        kind=K.REGISTER,
                        protocol_status=OK,
                        register=mx.RegisterReply(server_handle=1),
                    )
                )
                return
            await stream.send_message(current[0])

        gateway.on("Invoke", answer)
        client, session = runner.run(_open(gateway.endpoint))
        tags = ["Tank.Level", "Tank.Profile", "Tank.Name"]
        try:
            assert len(runner.run(session.read(tags))) == 3

            @settings(max_examples=120, deadline=None, derandomize=True)
            @given(body=replies(mx.MxCommandReply))
            def read(body: bytes) -> None:
                current[0] = body
                with contextlib.suppress(errors.MxGatewayError):
                    runner.run(session.read(tags))

            read()
        finally:
            runner.run(client.close())
            runner.run(gateway.__aexit__(None, None, None))
