"""A hostile gateway for tests: both gateway services, answering what each test scripts.

The simulator always answers correctly; this server answers wrongly on purpose, at
every layer a real peer can get wrong: protobuf bytes (garbage, truncated, deeply
nested, huge repeated fields, invalid timestamps), gRPC framing (a compressed flag
never negotiated, a length prefix that lies, two messages on a unary call, a
declared 200 MiB body) and behaviour (cycling page tokens, wrong tag names echoed,
an empty session id, no answer at all).

A script is an ``Action``: an async callable given the grpclib server stream and the
decoded request. ``HostileGateway.on(route, action)`` sets the answer of one RPC
(``"Invoke"``, ``"StreamEvents"``, ``"DiscoverHierarchy"``...); OpenSession answers
a valid protocol-3 session unless scripted. The server's codec passes ``bytes``
through untouched, so ``send_message(b"...")`` sends any body in a valid frame, and
``send_frames`` writes raw bytes on the HTTP/2 stream, prefix included.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable
from typing import Any, Final

import betterproto2
from grpclib.const import Cardinality, Handler, Status
from grpclib.encoding.proto import ProtoCodec
from grpclib.exceptions import GRPCError
from grpclib.server import Server, Stream

from mxgateway.wire.contract import gr, mx

__all__ = [
    "CAPABILITIES",
    "OK",
    "SESSION_ID",
    "Action",
    "HostileGateway",
    "end_ok",
    "frame",
    "hang",
    "messages",
    "send_frames",
]

OK: Final = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)
SESSION_ID: Final = "hostile-1"
#: Every capability a protocol-3 gateway advertises.
CAPABILITIES: Final = [
    "bulk-subscribe-commands",
    "bulk-read-commands",
    "bulk-write-commands",
    "event-replay",
    "unary-acknowledge-alarm",
    "server-stream-active-alarms",
]

Action = Callable[[Stream, Any], Awaitable[None]]

_GATEWAY: Final = "/mxaccess_gateway.v1.MxAccessGateway/"
_GALAXY: Final = "/galaxy_repository.v1.GalaxyRepository/"
_ROUTES: Final[dict[str, tuple[str, Cardinality, type, type]]] = {
    "OpenSession": (_GATEWAY, Cardinality.UNARY_UNARY, mx.OpenSessionRequest, mx.OpenSessionReply),
    "CloseSession": (
        _GATEWAY,
        Cardinality.UNARY_UNARY,
        mx.CloseSessionRequest,
        mx.CloseSessionReply,
    ),
    "Invoke": (_GATEWAY, Cardinality.UNARY_UNARY, mx.MxCommandRequest, mx.MxCommandReply),
    "StreamEvents": (_GATEWAY, Cardinality.UNARY_STREAM, mx.StreamEventsRequest, mx.MxEvent),
    "AcknowledgeAlarm": (
        _GATEWAY,
        Cardinality.UNARY_UNARY,
        mx.AcknowledgeAlarmRequest,
        mx.AcknowledgeAlarmReply,
    ),
    "StreamAlarms": (
        _GATEWAY,
        Cardinality.UNARY_STREAM,
        mx.StreamAlarmsRequest,
        mx.AlarmFeedMessage,
    ),
    "QueryActiveAlarms": (
        _GATEWAY,
        Cardinality.UNARY_STREAM,
        mx.QueryActiveAlarmsRequest,
        mx.ActiveAlarmSnapshot,
    ),
    "TestConnection": (
        _GALAXY,
        Cardinality.UNARY_UNARY,
        gr.TestConnectionRequest,
        gr.TestConnectionReply,
    ),
    "DiscoverHierarchy": (
        _GALAXY,
        Cardinality.UNARY_UNARY,
        gr.DiscoverHierarchyRequest,
        gr.DiscoverHierarchyReply,
    ),
    "BrowseChildren": (
        _GALAXY,
        Cardinality.UNARY_UNARY,
        gr.BrowseChildrenRequest,
        gr.BrowseChildrenReply,
    ),
}


class _PassThroughCodec(ProtoCodec):
    """Encodes messages as protobuf and sends ``bytes`` as they are."""

    def encode(self, message: Any, message_type: Any) -> bytes:
        if isinstance(message, (bytes, bytearray)):
            return bytes(message)
        data: bytes = super().encode(message, message_type)
        return data


def frame(body: bytes, *, compressed: bool = False, length: int | None = None) -> bytes:
    """A gRPC message frame: flag, big-endian length (``len(body)`` unless given), body."""
    return struct.pack(">?I", compressed, len(body) if length is None else length) + body


async def send_frames(stream: Stream, data: bytes, *, end: bool = True) -> None:
    """Send ``data`` as raw HTTP/2 DATA after the initial metadata (no framing added),
    then, if ``end``, OK trailers as if it were exactly one well-formed message."""
    await stream.send_initial_metadata()
    await stream._stream.send_data(data)
    if end:
        await end_ok(stream)


async def end_ok(stream: Stream) -> None:
    """End the call with OK trailers, whatever was (or was not) sent before.

    grpclib's server refuses to end a unary call with OK unless it sent exactly one
    message itself; a hostile gateway has no such scruples.
    """
    stream._send_message_done = True
    await stream.send_trailing_metadata()


def messages(*replies: betterproto2.Message | bytes) -> Action:
    """Answer with each of ``replies`` in turn (bytes are sent as the message body)."""

    async def action(stream: Stream, request: Any) -> None:
        for reply in replies:
            await stream.send_message(reply)

    return action


async def hang(stream: Stream, request: Any) -> None:
    """Never answer (until the client gives up and resets the stream)."""
    await asyncio.Event().wait()


async def _open_session(stream: Stream, request: Any) -> None:
    await stream.send_message(
        mx.OpenSessionReply(
            session_id=SESSION_ID,
            gateway_protocol_version=3,
            worker_protocol_version=1,
            protocol_status=OK,
            capabilities=CAPABILITIES,
        )
    )


async def _close_session(stream: Stream, request: Any) -> None:
    await stream.send_message(
        mx.CloseSessionReply(
            session_id=request.session_id,
            protocol_status=OK,
            final_state=mx.SessionState.CLOSED,
        )
    )


class HostileGateway:
    """Both gateway services on loopback, each RPC answering as scripted."""

    def __init__(self) -> None:
        self._actions: dict[str, Action] = {
            "OpenSession": _open_session,
            "CloseSession": _close_session,
        }
        self._server = Server([self], codec=_PassThroughCodec())
        self.endpoint = ""
        #: Requests received, per RPC name, in order.
        self.requests: dict[str, list[Any]] = {}

    def on(self, rpc: str, action: Action) -> None:
        """Script the answer of ``rpc`` (a name from the contract, e.g. ``"Invoke"``)."""
        if rpc not in _ROUTES:
            raise KeyError(rpc)
        self._actions[rpc] = action

    def __mapping__(self) -> dict[str, Handler]:
        return {
            prefix + rpc: Handler(self._handler(rpc), cardinality, request_type, reply_type)
            for rpc, (prefix, cardinality, request_type, reply_type) in _ROUTES.items()
        }

    def _handler(self, rpc: str) -> Callable[[Stream], Awaitable[None]]:
        async def handle(stream: Stream) -> None:
            request = await stream.recv_message()
            self.requests.setdefault(rpc, []).append(request)
            action = self._actions.get(rpc)
            if action is None:
                raise GRPCError(Status.UNIMPLEMENTED, f"{rpc} is not scripted")
            try:
                await action(stream, request)
            except GRPCError:
                raise
            except BaseException:
                # The client reset the stream (it refused the reply): grpclib would end
                # the call by waiting on a flow-control window the client never reopens,
                # which on Python 3.13 holds the server open. Cut the connection instead.
                stream._stream.connection._transport.abort()
                raise

        return handle

    async def __aenter__(self) -> HostileGateway:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        await self._server.start(sock=listener)
        self.endpoint = f"127.0.0.1:{listener.getsockname()[1]}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._server.close()
        await self._server.wait_closed()
