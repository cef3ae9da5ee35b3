"""``GatewayClient``: the connection to an MXAccess Gateway, its sessions and its alarms.

Connect with ``async with GatewayClient.connect(endpoint=..., api_key=...) as client:``
or ``client = await GatewayClient.connect(options)``. Sessions come from
``open_session``; alarms are session-less and live here. The ``*_raw`` methods return
generated messages and raise only for failures of the call itself (transport, gRPC
status, a non-OK ProtocolStatus other than MXACCESS_FAILURE).

Cancelling a task cancels the client-side wait; it cannot abort an MXAccess call the
worker is already running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from mxgateway._version import GATEWAY_PROTOCOL_VERSION, WORKER_PROTOCOL_VERSION
from mxgateway.checks import check_str, check_text
from mxgateway.errors import (
    InvalidArgumentError,
    MalformedReplyError,
    check_protocol_status,
)
from mxgateway.session import Session
from mxgateway.transport import USE_DEFAULT_TIMEOUT, ConnectedClient, ReplyT, ServerStream
from mxgateway.wire.codec import Decoded, Records, plain_reply_in_errors
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import request_kind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from mxgateway.alarms import AcknowledgeResult, ActiveAlarm, AlarmStream
    from mxgateway.transport import _DefaultTimeout

__all__ = ["PROTOCOL_3_CAPABILITIES", "GatewayClient"]

_SERVICE: Final = "/mxaccess_gateway.v1.MxAccessGateway/"

#: Capability tokens a protocol-3 gateway advertises (assumed by ``attach_session``).
PROTOCOL_3_CAPABILITIES: Final = (
    "bulk-subscribe-commands",
    "bulk-read-commands",
    "bulk-write-commands",
    "event-replay",
    "unary-acknowledge-alarm",
    "server-stream-active-alarms",
)


class GatewayClient(ConnectedClient):
    """A connection to one gateway. Use ``GatewayClient.connect(...)`` to create it."""

    # Sessions -----------------------------------------------------------------------

    async def open_session_raw(
        self,
        client_session_name: str = "",
        *,
        client_correlation_id: str = "",
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> mx.OpenSessionReply:
        """OpenSession; returns the reply, raises ``CommandError`` for a non-OK status."""
        request = mx.OpenSessionRequest(
            client_session_name=check_str("client_session_name", client_session_name),
            client_correlation_id=check_str("client_correlation_id", client_correlation_id),
        )
        reply = await self._transport.unary(
            _SERVICE + "OpenSession",
            request,
            mx.OpenSessionReply,
            operation="OpenSession",
            timeout=timeout,
        )
        check_protocol_status(reply.protocol_status, reply, "OpenSession", mxaccess=True)
        return reply

    async def open_session(
        self, client_session_name: str = "", *, client_correlation_id: str = ""
    ) -> Session:
        """Open a session (one MXAccess worker); use the result in ``async with``.

        An older gateway is not refused: its protocol versions and capability tokens are
        on the session, and a command it does not implement raises ``UnsupportedError``
        naming the capability when it is used.

        With ``reconnect`` (the default) a session the gateway loses (e.g. a gateway
        restart) is replaced by a new one with the same name: see ``Session``.
        """
        reply = await self.open_session_raw(
            client_session_name, client_correlation_id=client_correlation_id
        )
        if not reply.session_id.strip():
            raise MalformedReplyError("OpenSession reply has no session_id")
        return Session(self, reply, reopen_name=client_session_name)

    def attach_session(
        self, session_id: str, *, capabilities: Sequence[str] = PROTOCOL_3_CAPABILITIES
    ) -> Session:
        """A ``Session`` for a session opened earlier (e.g. by another process).

        Nothing is sent: the gateway's capabilities and versions of that session are not
        known here, so ``capabilities`` (by default the protocol-3 set) are assumed and
        the gateway rejects what it lacks. The session is closed only if you close it,
        and never replaced if the gateway loses it (it was not this client's to reopen).
        """
        if not isinstance(session_id, str) or not session_id.strip():
            raise InvalidArgumentError("session_id must be a non-empty string")
        reply = mx.OpenSessionReply(
            session_id=session_id,
            gateway_protocol_version=GATEWAY_PROTOCOL_VERSION,
            worker_protocol_version=WORKER_PROTOCOL_VERSION,
            protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
            capabilities=list(capabilities),
        )
        return Session(self, reply)

    async def close_session_raw(
        self,
        session_id: str,
        *,
        reason: str = "",
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> mx.CloseSessionReply:
        """CloseSession; returns the reply, raises ``CommandError`` for a non-OK status."""
        reply = await self._transport.unary(
            _SERVICE + "CloseSession",
            mx.CloseSessionRequest(session_id=session_id, reason=reason),
            mx.CloseSessionReply,
            operation="CloseSession",
            timeout=timeout,
        )
        check_protocol_status(reply.protocol_status, reply, "CloseSession", mxaccess=True)
        return reply

    async def invoke_raw(
        self,
        request: mx.MxCommandRequest,
        *,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> mx.MxCommandReply:
        """Invoke one command; MXACCESS_FAILURE replies are returned, not raised."""
        operation = f"Invoke {request_kind(request).name}"
        reply = await self._transport.unary(
            _SERVICE + "Invoke", request, mx.MxCommandReply, operation=operation, timeout=timeout
        )
        check_protocol_status(reply.protocol_status, reply, operation, mxaccess=False)
        return reply

    async def _invoke_records(
        self,
        request: mx.MxCommandRequest,
        records: Records[Decoded[mx.MxCommandReply]],
        *,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> Decoded[mx.MxCommandReply]:
        """``invoke_raw`` with record decoding (``wire.codec.Records``), for the typed API.

        The reply holds what the factories built; an error raised for it carries the
        reply decoded plainly, as ``invoke_raw`` would have returned it.
        """
        operation = f"Invoke {request_kind(request).name}"
        decoded = await self._transport.unary(
            _SERVICE + "Invoke", request, records, operation=operation, timeout=timeout
        )
        with plain_reply_in_errors(decoded):
            check_protocol_status(
                decoded.value.protocol_status, decoded.value, operation, mxaccess=False
            )
        return decoded

    def stream_events_raw(
        self, session_id: str, *, after_worker_sequence: int = 0, dedicated: bool = False
    ) -> ServerStream[mx.MxEvent]:
        """StreamEvents as generated ``MxEvent`` messages (use in ``async with``);
        ``dedicated`` gives the stream its own HTTP/2 connection (see ``server_stream``)."""
        return self._stream_events(session_id, after_worker_sequence, dedicated, mx.MxEvent)

    def _stream_events_records(
        self,
        session_id: str,
        records: Records[Decoded[object]],
        *,
        after_worker_sequence: int = 0,
        dedicated: bool = False,
    ) -> ServerStream[Decoded[object]]:
        """``stream_events_raw`` with record decoding (``wire.codec.Records``)."""
        return self._stream_events(session_id, after_worker_sequence, dedicated, records)

    def _stream_events(
        self,
        session_id: str,
        after_worker_sequence: int,
        dedicated: bool,
        reply_type: type[ReplyT] | Records[ReplyT],
    ) -> ServerStream[ReplyT]:
        if after_worker_sequence < 0:
            raise InvalidArgumentError("after_worker_sequence must be >= 0")
        return self._transport.server_stream(
            _SERVICE + "StreamEvents",
            mx.StreamEventsRequest(
                session_id=session_id, after_worker_sequence=after_worker_sequence
            ),
            reply_type,
            operation="StreamEvents",
            dedicated=dedicated,
        )

    # Alarms -------------------------------------------------------------------------

    async def query_active_alarms(
        self,
        alarm_filter_prefix: str = "",
        *,
        session_id: str = "",
        client_correlation_id: str = "",
    ) -> list[ActiveAlarm]:
        """The currently active alarms whose reference starts with ``alarm_filter_prefix``.

        Keywords are the request's field names; ``session_id`` is accepted and ignored by
        the gateway (alarms are session-less).
        """
        from mxgateway.alarms import active_alarm_from_proto

        request = mx.QueryActiveAlarmsRequest(
            session_id=check_str("session_id", session_id),
            client_correlation_id=check_str("client_correlation_id", client_correlation_id),
            alarm_filter_prefix=check_str("alarm_filter_prefix", alarm_filter_prefix),
        )
        stream = self._transport.server_stream(
            _SERVICE + "QueryActiveAlarms",
            request,
            mx.ActiveAlarmSnapshot,
            operation="QueryActiveAlarms",
            timeout=self.options.call_timeout,
        )
        async with stream:
            return [active_alarm_from_proto(message) async for message in stream]

    def stream_alarms(
        self,
        alarm_filter_prefix: str = "",
        *,
        session_id: str = "",
        client_correlation_id: str = "",
    ) -> AlarmStream:
        """The live alarm feed (snapshot, snapshot complete, transitions); use ``async with``.

        The feed has its own HTTP/2 connection, so not reading it never stalls other calls.
        """
        from mxgateway.alarms import AlarmStream

        request = mx.StreamAlarmsRequest(
            session_id=check_str("session_id", session_id),
            client_correlation_id=check_str("client_correlation_id", client_correlation_id),
            alarm_filter_prefix=check_str("alarm_filter_prefix", alarm_filter_prefix),
        )
        return AlarmStream(
            self._transport.server_stream(
                _SERVICE + "StreamAlarms",
                request,
                mx.AlarmFeedMessage,
                operation="StreamAlarms",
                dedicated=True,
            )
        )

    async def acknowledge_alarm(
        self,
        alarm_full_reference: str,
        comment: str = "",
        operator_user: str = "",
        operator_node: str = "",
        *,
        session_id: str = "",
        client_correlation_id: str = "",
    ) -> AcknowledgeResult:
        """Acknowledge an alarm by full reference (``Galaxy!Area!Object.Alarm``).

        Arguments are the request's field names. Raises ``InvalidArgumentError`` for an
        empty reference or a comment over ``MAX_ALARM_COMMENT`` characters,
        ``FailedPreconditionError`` when the alarm system refuses,
        ``CommandError``/``MxAccessError`` for a non-OK reply.
        """
        from mxgateway.alarms import MAX_ALARM_COMMENT, AcknowledgeResult

        check_text("alarm_full_reference", alarm_full_reference)
        for name, text in (
            ("comment", comment),
            ("operator_user", operator_user),
            ("operator_node", operator_node),
            ("session_id", session_id),
            ("client_correlation_id", client_correlation_id),
        ):
            check_str(name, text)
        if len(comment) > MAX_ALARM_COMMENT:
            raise InvalidArgumentError(
                f"alarm comment has {len(comment)} characters; at most {MAX_ALARM_COMMENT}"
            )
        reply = await self._transport.unary(
            _SERVICE + "AcknowledgeAlarm",
            mx.AcknowledgeAlarmRequest(
                session_id=session_id,
                client_correlation_id=client_correlation_id,
                alarm_full_reference=alarm_full_reference,
                comment=comment,
                operator_user=operator_user,
                operator_node=operator_node,
            ),
            mx.AcknowledgeAlarmReply,
            operation="AcknowledgeAlarm",
        )
        check_protocol_status(reply.protocol_status, reply, "AcknowledgeAlarm", mxaccess=True)
        return AcknowledgeResult(reply.status, reply.hresult, reply.diagnostic_message)
