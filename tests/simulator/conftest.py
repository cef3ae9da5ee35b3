"""Shared fixtures: a simulator on a ManualClock, a loopback channel and typed helpers.

Every test talks to a real grpclib server over loopback through the generated
stubs. ``gw`` wraps the MxAccessGateway stub with small helpers (open a session,
invoke a command by its message type, read events with a guard timeout) so
tests state what they check rather than how to build envelopes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import grpclib.const
import pytest
from grpclib import GRPCError
from grpclib.client import Channel, Stream

from mxgateway.simulator import ManualClock, Simulator
from mxgateway.wire.contract import gr, mx
from mxgateway.wire.envelope import command_request, reply_payload

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
#: Guard for waits on the loopback (never reached when the simulator behaves).
GUARD = 5.0

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


class ServerStream:
    """One open server-streaming call; leaving ``stream()`` cancels it if still open."""

    def __init__(self, stream: Stream[Any, Any]) -> None:
        self._stream = stream
        self.finished = False

    async def next(self, timeout: float = GUARD) -> Any:
        try:
            message = await asyncio.wait_for(self._stream.recv_message(), timeout)
        except GRPCError:
            self.finished = True
            raise
        if message is None:
            self.finished = True
            await self._stream.recv_trailing_metadata()
            raise AssertionError("the stream ended")
        return message

    async def take(self, count: int) -> list[Any]:
        return [await self.next() for _ in range(count)]

    async def end(self) -> None:
        """Wait for the end of the stream (raises the GRPCError it ended with)."""
        try:
            message = await asyncio.wait_for(self._stream.recv_message(), GUARD)
            assert message is None, f"expected the end of the stream, got {message}"
            await self._stream.recv_trailing_metadata()
        finally:
            self.finished = True


@contextlib.asynccontextmanager
async def server_stream(
    channel: Channel, metadata: dict[str, str], route: str, request: Any, reply_type: type
) -> AsyncIterator[ServerStream]:
    """Open a server-streaming call on ``route`` and cancel it on exit unless it ended."""
    async with channel.request(
        route,
        grpclib.const.Cardinality.UNARY_STREAM,
        type(request),
        reply_type,
        metadata=metadata,
    ) as stream:
        await stream.send_message(request, end=True)
        opened = ServerStream(stream)
        try:
            yield opened
        finally:
            if not opened.finished:
                with contextlib.suppress(Exception):
                    await stream.cancel()


class GatewayClient:
    """The MxAccessGateway stub plus helpers for tests."""

    def __init__(self, channel: Channel, token: str | None) -> None:
        self.channel = channel
        self.metadata = {"authorization": f"Bearer {token}"} if token else {}
        self.stub = mx.MxAccessGatewayStub(channel, metadata=self.metadata)

    def with_token(self, token: str | None) -> GatewayClient:
        return GatewayClient(self.channel, token)

    async def open(self, name: str = "test") -> str:
        reply = await self.stub.open_session(mx.OpenSessionRequest(client_session_name=name))
        return reply.session_id

    async def invoke(
        self,
        session_id: str,
        command: Any = None,
        *,
        kind: mx.MxCommandKind | None = None,
        correlation: str = "",
    ) -> mx.MxCommandReply:
        if command is None:
            request = mx.MxCommandRequest(
                session_id=session_id,
                client_correlation_id=correlation,
                command=mx.MxCommand(kind=kind),
            )
        else:
            request = command_request(session_id, correlation, command)
            if kind is not None:
                request.command.kind = kind
        return await self.stub.invoke(request)

    async def ok(self, session_id: str, command: Any, **kwargs: Any) -> mx.MxCommandReply:
        reply = await self.invoke(session_id, command, **kwargs)
        assert reply.protocol_status.code is mx.ProtocolStatusCode.OK, reply.to_dict()
        return reply

    async def register(self, session_id: str, name: str = "client") -> int:
        reply = await self.ok(session_id, mx.RegisterCommand(client_name=name))
        return reply_payload(reply, mx.RegisterReply).server_handle

    async def add(self, session_id: str, server: int, reference: str) -> int:
        reply = await self.ok(
            session_id, mx.AddItemCommand(server_handle=server, item_definition=reference)
        )
        return reply_payload(reply, mx.AddItemReply).item_handle

    async def subscribe(self, session_id: str, server: int, reference: str) -> int:
        item = await self.add(session_id, server, reference)
        await self.ok(session_id, mx.AdviseCommand(server_handle=server, item_handle=item))
        return item

    async def setup(self, reference: str | None = None) -> tuple[str, int, int]:
        """A session with one registration and (optionally) one advised item."""
        session = await self.open()
        server = await self.register(session)
        item = await self.subscribe(session, server, reference) if reference else 0
        return session, server, item

    def events(self, session_id: str, after: int = 0) -> Any:
        request = mx.StreamEventsRequest(session_id=session_id, after_worker_sequence=after)
        route = "/mxaccess_gateway.v1.MxAccessGateway/StreamEvents"
        return server_stream(self.channel, self.metadata, route, request, mx.MxEvent)

    def alarm_feed(self, prefix: str = "") -> Any:
        request = mx.StreamAlarmsRequest(alarm_filter_prefix=prefix)
        route = "/mxaccess_gateway.v1.MxAccessGateway/StreamAlarms"
        return server_stream(self.channel, self.metadata, route, request, mx.AlarmFeedMessage)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def sim_options() -> dict[str, Any]:
    """Override in a test module to configure the shared ``sim`` fixture."""
    return {}


@pytest.fixture
async def sim(clock: ManualClock, sim_options: dict[str, Any]) -> AsyncIterator[Simulator]:
    options = {"objects": 5, **sim_options}
    async with Simulator(clock=clock, **options) as simulator:
        yield simulator


@pytest.fixture
async def channel(sim: Simulator) -> AsyncIterator[Channel]:
    channel = Channel(sim.host, sim.port)
    yield channel
    channel.close()


@pytest.fixture
def gw(channel: Channel, sim: Simulator) -> GatewayClient:
    return GatewayClient(channel, sim.api_key)


@pytest.fixture
def repo(channel: Channel, sim: Simulator) -> gr.GalaxyRepositoryStub:
    return gr.GalaxyRepositoryStub(channel, metadata={"authorization": f"Bearer {sim.api_key}"})
