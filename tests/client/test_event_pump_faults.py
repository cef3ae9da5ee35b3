"""The event pump never dies silently (issue 11, section 4): a scripted gateway sends
sequence anomalies and undecodable events; every consumer and every write waiter must
get a typed error, and a consistent replay gap must still resume."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any

import grpclib.server
import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.session.events import DataChange, ReplayGap
from mxgateway.simulator.server import LimitedServerCodec
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import request_kind, with_payload

GUARD = 10.0
#: A script item: an event, raw bytes sent as an event, or an error ending the stream.
Item = mx.MxEvent | bytes | GRPCError


def change(sequence: int) -> mx.MxEvent:
    return mx.MxEvent(
        worker_sequence=sequence,
        family=mx.MxEventFamily.ON_DATA_CHANGE,
        server_handle=1,
        item_handle=1,
        value=mx.MxValue(data_type=mx.MxDataType.INTEGER, int32_value=sequence),
        quality=192,
    )


def gap(requested: int, oldest: int) -> mx.MxEvent:
    return mx.MxEvent(
        replay_gap=mx.ReplayGap(
            requested_after_sequence=requested, oldest_available_sequence=oldest
        )
    )


DROP = GRPCError(Status.UNAVAILABLE, "dropped")


class _RawCodec(LimitedServerCodec):
    """Sends ``bytes`` as they are, so a script can send what no encoder would."""

    def encode(self, message: Any, message_type: Any) -> bytes:
        if isinstance(message, bytes):
            return message
        return super().encode(message, message_type)


class ScriptedGateway(mx.MxAccessGatewayBase):
    """Answers every Invoke with OK (GetSessionState: READY) and plays one script per
    StreamEvents attach, once a write was sent (``write_sent`` starts set when the test
    makes none); after its script a stream stays open and quiet."""

    def __init__(self, attaches: Sequence[Sequence[Item]], *, with_write: bool = True) -> None:
        self._attaches = list(attaches)
        self.resumed_after: list[int] = []
        self.write_sent = asyncio.Event()
        if not with_write:
            self.write_sent.set()

    async def invoke(self, message: mx.MxCommandRequest) -> mx.MxCommandReply:
        kind = request_kind(message)
        reply = mx.MxCommandReply(
            session_id=message.session_id,
            kind=kind,
            protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
        )
        if kind is mx.MxCommandKind.WRITE:
            self.write_sent.set()
        if kind is mx.MxCommandKind.GET_SESSION_STATE:
            reply = with_payload(reply, mx.GetSessionStateReply(state=mx.SessionState.READY))
        return reply

    async def stream_events(self, message: mx.StreamEventsRequest) -> AsyncIterator[mx.MxEvent]:
        self.resumed_after.append(message.after_worker_sequence)
        script = self._attaches.pop(0) if self._attaches else []
        await self.write_sent.wait()  # a write is waiting for its completion
        for item in script:
            if isinstance(item, GRPCError):
                raise item
            yield item  # type: ignore[misc]  # raw bytes go through _RawCodec
        await asyncio.Event().wait()


async def _serve(script: ScriptedGateway) -> tuple[grpclib.server.Server, str]:
    server = grpclib.server.Server([script], codec=_RawCodec(16 * 1024 * 1024))
    await server.start("127.0.0.1", 0)
    sockets = server._server.sockets if server._server is not None else ()
    return server, f"127.0.0.1:{next(iter(sockets)).getsockname()[1]}"


async def _collect(stream: AsyncIterator[Any]) -> list[Any]:
    return [event async for event in stream]


async def _run(attaches: Sequence[Sequence[Item]]) -> tuple[list[BaseException | list[Any]], Any]:
    """Two event consumers and a write waiting for its completion, against ``attaches``."""
    script = ScriptedGateway(attaches)
    server, endpoint = await _serve(script)
    try:
        async with GatewayClient.connect(
            endpoint=endpoint, plaintext=True, call_timeout=2, reconnect_delay=0.01
        ) as client:
            session = client.attach_session("session-scripted")
            async with session.events() as first, session.events() as second:
                write = session.write(1, 1, 5, wait=True, timeout=GUARD)
                outcomes = await asyncio.wait_for(
                    asyncio.gather(
                        _collect(first), _collect(second), write, return_exceptions=True
                    ),
                    GUARD,
                )
    finally:
        server.close()
        await server.wait_closed()
    return list(outcomes), script


@pytest.mark.parametrize(
    ("attaches", "match"),
    [
        ([[change(1), change(2), change(3), change(5)]], "skipped events: worker_sequence 5"),
        ([[change(1), change(2), change(3), change(2)]], "went backwards"),
        ([[change(1), change(2), change(3), change(2**64 - 1)]], "invalid worker_sequence"),
        ([[change(2**64 - 1)]], "invalid worker_sequence"),
        ([[change(0)]], "invalid worker_sequence 0"),
        ([[gap(0, 5)]], "replay-gap sentinel arrived on a fresh stream"),
        ([[change(1), change(2), change(3), gap(3, 9)]], "in the middle of the stream"),
        ([[change(1), change(2), change(3), b"\x0a\xff\xff"]], "cannot decode MxEvent"),
        # After a drop, the resume must continue at 4 (or behind a consistent gap).
        ([[change(1), change(2), change(3), DROP], [change(7)]], "skipped events"),
        ([[change(1), change(2), change(3), DROP], [change(3)]], "went backwards"),
        ([[change(1), change(2), change(3), DROP], [gap(3, 2**64 - 1)]], "inconsistent"),
        ([[change(1), change(2), change(3), DROP], [gap(1, 9)]], "inconsistent"),
        ([[change(1), change(2), change(3), DROP], [gap(3, 4)]], "inconsistent"),
    ],
)
async def test_every_consumer_and_write_waiter_gets_a_typed_error(
    attaches: list[list[Item]], match: str
) -> None:
    outcomes, _ = await _run(attaches)
    for outcome in outcomes:
        assert isinstance(outcome, errors.MalformedReplyError), outcome
        assert match in str(outcome)


async def test_a_consistent_replay_gap_resumes_and_is_delivered() -> None:
    gone = GRPCError(Status.NOT_FOUND, "gone")
    script = ScriptedGateway(
        [[change(1), change(2), DROP], [gap(2, 6), change(6), change(7), gone]], with_write=False
    )
    server, endpoint = await _serve(script)
    seen: list[Any] = []
    try:
        async with GatewayClient.connect(endpoint=endpoint, plaintext=True) as client:
            session = client.attach_session("session-scripted")
            with pytest.raises(errors.SessionClosedError):
                await asyncio.wait_for(_collect_into(session, seen), GUARD)
    finally:
        server.close()
        await server.wait_closed()
    assert script.resumed_after == [0, 2]
    assert [type(e).__name__ for e in seen] == [
        "DataChange",
        "DataChange",
        "ReplayGap",
        "DataChange",
        "DataChange",
    ]
    assert [e.sequence for e in seen if isinstance(e, DataChange)] == [1, 2, 6, 7]
    assert seen[2] == ReplayGap(2, 6, 0)


async def _collect_into(session: Any, into: list[Any]) -> None:
    async with session.events() as events:
        async for event in events:
            into.append(event)
