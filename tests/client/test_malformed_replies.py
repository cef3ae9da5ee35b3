"""Replies that break the contract raise ``MalformedReplyError`` (never a decoding error);
an older protocol version is not refused.

The simulator always answers correctly, so these tests run a small grpclib gateway on
loopback that answers wrongly on purpose.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from grpclib.encoding.proto import ProtoCodec
from grpclib.server import Server

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.session import Session
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import request_kind, with_payload

K = mx.MxCommandKind
OK = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)


class _WrongGateway(mx.MxAccessGatewayBase):
    """Opens sessions; REGISTER replies without a payload, READ_BULK with one result
    whatever was asked, every other command with another command's payload."""

    def __init__(self) -> None:
        self.closed: list[str] = []

    async def open_session(self, message: mx.OpenSessionRequest) -> mx.OpenSessionReply:
        if message.client_session_name == "no-status":
            return mx.OpenSessionReply(session_id="session-1")
        old = message.client_session_name == "old"
        return mx.OpenSessionReply(
            session_id="session-1",
            gateway_protocol_version=2 if old else 3,
            worker_protocol_version=1,
            protocol_status=OK,
            capabilities=["bulk-read-commands"],
        )

    async def close_session(self, message: mx.CloseSessionRequest) -> mx.CloseSessionReply:
        self.closed.append(message.session_id)
        return mx.CloseSessionReply(
            session_id=message.session_id, protocol_status=OK, final_state=mx.SessionState.CLOSED
        )

    async def invoke(self, message: mx.MxCommandRequest) -> mx.MxCommandReply:
        kind = request_kind(message)
        if kind is K.REGISTER:
            return mx.MxCommandReply(session_id="session-1", kind=K.REGISTER, protocol_status=OK)
        if kind is K.READ_BULK:
            one = mx.BulkReadResult(tag_address="A.B", was_successful=True)
            reply = mx.MxCommandReply(session_id="session-1", kind=K.READ_BULK, protocol_status=OK)
            return with_payload(reply, mx.BulkReadReply(results=[one]))
        reply = mx.MxCommandReply(session_id="session-1", kind=kind, protocol_status=OK)
        return with_payload(reply, mx.RegisterReply(server_handle=1))

    async def stream_events(self, message: mx.StreamEventsRequest) -> AsyncIterator[mx.MxEvent]:
        yield mx.MxEvent(worker_sequence=1, family=mx.MxEventFamily.ON_DATA_CHANGE)


class _GarbledCodec(ProtoCodec):
    """Sends bytes no protobuf decoder accepts in place of every MxCommandReply and MxEvent."""

    def encode(self, message: Any, message_type: Any) -> bytes:
        if message_type in (mx.MxCommandReply, mx.MxEvent):
            return b"\x0a\xff"
        data: bytes = super().encode(message, message_type)
        return data


async def _serve(
    codec: ProtoCodec | None = None, gateway: _WrongGateway | None = None
) -> tuple[Server, str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = Server([gateway or _WrongGateway()], codec=codec)
    await server.start(sock=listener)
    return server, f"127.0.0.1:{listener.getsockname()[1]}"


@pytest.fixture
async def wrong() -> AsyncIterator[GatewayClient]:
    server, endpoint = await _serve()
    try:
        async with GatewayClient.connect(endpoint=endpoint, plaintext=True) as client:
            yield client
    finally:
        server.close()
        await server.wait_closed()


async def test_reply_without_protocol_status(wrong: GatewayClient) -> None:
    with pytest.raises(errors.MalformedReplyError, match="protocol_status"):
        await wrong.open_session("no-status")


async def test_reply_without_the_expected_payload(wrong: GatewayClient) -> None:
    session = await wrong.open_session("payloads")
    with pytest.raises(errors.MalformedReplyError, match="expected RegisterReply"):
        await session.register("x")
    with pytest.raises(errors.MalformedReplyError, match="expected GetWorkerInfoReply"):
        await session.get_worker_info()
    assert len(await session.read_bulk(1, ["A.B"])) == 1
    with pytest.raises(errors.MalformedReplyError, match="sent 2 entries but the reply has 1"):
        await session.read_bulk(1, ["A.B", "C.D"])


async def test_undecodable_reply_and_event() -> None:
    server, endpoint = await _serve(_GarbledCodec())
    try:
        async with GatewayClient.connect(endpoint=endpoint, plaintext=True) as client:
            session = Session(client, await client.open_session_raw("garbled"))
            with pytest.raises(errors.MalformedReplyError, match="MxCommandReply"):
                await session.ping()
            async with client.stream_events_raw("session-1") as stream:
                with pytest.raises(errors.MalformedReplyError, match="MxEvent"):
                    await anext(aiter(stream))
    finally:
        server.close()
        await server.wait_closed()


async def test_an_older_protocol_is_not_refused_its_versions_are_on_the_session() -> None:
    gateway = _WrongGateway()
    server, endpoint = await _serve(gateway=gateway)
    try:
        async with (
            GatewayClient.connect(endpoint=endpoint, plaintext=True) as client,
            await client.open_session("old") as session,
        ):
            assert session.gateway_protocol_version == 2
        assert gateway.closed == ["session-1"]
    finally:
        server.close()
        await server.wait_closed()
