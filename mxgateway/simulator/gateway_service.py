"""The MxAccessGateway gRPC service: sessions, Invoke, events and alarms."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any, TypeVar

import grpclib.server
from grpclib import GRPCError
from grpclib.const import Status

from mxgateway._version import GATEWAY_PROTOCOL_VERSION, WORKER_PROTOCOL_VERSION
from mxgateway.simulator.alarms import MAX_COMMENT, AlarmMonitor, AlarmRefused
from mxgateway.simulator.auth import require_scope
from mxgateway.simulator.events import StreamEnd
from mxgateway.simulator.scopes import command_scope
from mxgateway.simulator.worker import Worker, kind_title
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import request_kind

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable

    from mxgateway.simulator.clock import Clock
    from mxgateway.simulator.config import SimulatorConfig
    from mxgateway.simulator.faults import FaultState
    from mxgateway.simulator.sessions import Session, SessionManager

__all__ = ["BACKEND_NAME", "CAPABILITIES", "GatewayService"]

BACKEND_NAME = "mxaccess-worker"
CAPABILITIES = (
    "bulk-subscribe-commands",
    "bulk-read-commands",
    "bulk-write-commands",
    "event-replay",
    "unary-acknowledge-alarm",
    "server-stream-active-alarms",
)
_T = TypeVar("_T")
#: Command kinds (by name) that only a gateway advertising the capability implements.
_NEEDS_CAPABILITY = {
    **dict.fromkeys(
        (
            "ADD_ITEM_BULK",
            "ADVISE_ITEM_BULK",
            "REMOVE_ITEM_BULK",
            "UN_ADVISE_ITEM_BULK",
            "SUBSCRIBE_BULK",
            "UNSUBSCRIBE_BULK",
        ),
        "bulk-subscribe-commands",
    ),
    "READ_BULK": "bulk-read-commands",
    **dict.fromkeys(
        ("WRITE_BULK", "WRITE2_BULK", "WRITE_SECURED_BULK", "WRITE_SECURED2_BULK"),
        "bulk-write-commands",
    ),
}


async def _within(clock: Clock, seconds: float, work: Awaitable[_T]) -> tuple[bool, _T | None]:
    """Run ``work`` for at most ``seconds`` on ``clock``: (finished, result)."""
    task = asyncio.ensure_future(work)
    expired = asyncio.get_running_loop().create_future()

    def expire() -> None:
        if not expired.done():
            expired.set_result(None)

    timer = clock.call_later(seconds, expire)
    try:
        await asyncio.wait({task, expired}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        timer.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    if task.cancelled():
        return False, None
    return True, task.result()


def _runnable(session: Session, kind: mx.MxCommandKind) -> bool:
    """Only a READY session runs commands; GetSessionState answers in any state."""
    return session.state is mx.SessionState.READY or kind is mx.MxCommandKind.GET_SESSION_STATE


class GatewayService(mx.MxAccessGatewayBase):
    """MxAccessGateway over the simulator's sessions, worker and alarm monitor."""

    def __init__(
        self,
        *,
        config: SimulatorConfig,
        clock: Clock,
        sessions: SessionManager,
        worker: Worker,
        alarms: AlarmMonitor,
        faults: FaultState,
    ) -> None:
        self._config = config
        self._clock = clock
        self._sessions = sessions
        self._worker = worker
        self._alarms = alarms
        self._faults = faults
        self._capabilities = tuple(
            CAPABILITIES if config.capabilities is None else config.capabilities
        )

    async def _call_rpc_handler_server_stream(
        self, handler: Callable[..., Any], stream: grpclib.server.Stream[Any, Any], request: Any
    ) -> None:
        async with contextlib.aclosing(handler(request)) as messages:
            async for message in messages:
                await stream.send_message(message)

    def _session(self, session_id: str) -> Session:
        session = self._sessions.get(session_id)
        if session is None:
            raise GRPCError(Status.NOT_FOUND, f"Session '{session_id}' not found.")
        return session

    # -- sessions -----------------------------------------------------------

    async def open_session(self, message: mx.OpenSessionRequest) -> mx.OpenSessionReply:
        require_scope("session:open")
        if self._sessions.full():
            raise GRPCError(
                Status.RESOURCE_EXHAUSTED,
                f"Session limit reached ({self._sessions.max_sessions} sessions).",
            )
        session = self._sessions.open(message.client_session_name)
        return mx.OpenSessionReply(
            session_id=session.session_id,
            backend_name=BACKEND_NAME,
            gateway_protocol_version=GATEWAY_PROTOCOL_VERSION,
            worker_protocol_version=WORKER_PROTOCOL_VERSION,
            protocol_status=mx.ProtocolStatus(
                code=mx.ProtocolStatusCode.OK, message="Session opened."
            ),
            capabilities=list(self._capabilities),
        )

    async def close_session(self, message: mx.CloseSessionRequest) -> mx.CloseSessionReply:
        require_scope("session:close")
        session = self._session(message.session_id)
        self._sessions.close(session, message.reason or "closed by the client")
        return mx.CloseSessionReply(
            session_id=session.session_id,
            final_state=mx.SessionState.CLOSED,
            protocol_status=mx.ProtocolStatus(
                code=mx.ProtocolStatusCode.OK, message="Session closed."
            ),
        )

    # -- Invoke -------------------------------------------------------------

    async def invoke(self, message: mx.MxCommandRequest) -> mx.MxCommandReply:
        caller = require_scope(command_scope(request_kind(message)))
        command = self._worker.payload(message)
        session = self._session(message.session_id)
        session.touch()
        injected = self._faults.take_command_failure()
        if injected is not None:
            return self._status_reply(message, injected, "Injected failure.")
        if not _runnable(session, request_kind(message)):
            return self._not_ready(message, session)
        needed = _NEEDS_CAPABILITY.get(request_kind(message).name)
        if needed is not None and needed not in self._capabilities:
            return self._status_reply(
                message,
                mx.ProtocolStatusCode.PROTOCOL_VIOLATION,
                f"Unknown command kind {request_kind(message).proto_name}.",
            )
        if session.pending_commands >= self._config.max_pending_commands:
            raise GRPCError(
                Status.RESOURCE_EXHAUSTED,
                f"Too many pending commands ({self._config.max_pending_commands}) for the session.",
            )
        session.pending_commands += 1
        try:
            async with session.lock:
                if not _runnable(session, request_kind(message)):
                    return self._not_ready(message, session)
                work: Awaitable[mx.MxCommandReply] = (
                    asyncio.get_running_loop().create_future()
                    if session.hung
                    else self._worker.execute(session, message, caller, command)
                )
                try:
                    finished, reply = await _within(self._clock, self._config.command_timeout, work)
                finally:
                    after_reply = session.take_after_reply()
        finally:
            session.pending_commands -= 1
        if not finished or reply is None:
            timeout = f"{self._config.command_timeout:g} s"
            self._sessions.fault(
                session,
                Status.UNAVAILABLE,
                f"The MXAccess worker did not answer within {timeout}: session faulted.",
            )
            return self._status_reply(
                message,
                mx.ProtocolStatusCode.TIMEOUT,
                f"{kind_title(request_kind(message))} did not finish within {timeout}; "
                "the worker is hung and the session is FAULTED.",
            )
        # Scheduled now, they run once this task has written the reply and yields.
        loop = asyncio.get_running_loop()
        for callback in after_reply:
            loop.call_soon(callback)
        return reply

    def _not_ready(self, message: mx.MxCommandRequest, session: Session) -> mx.MxCommandReply:
        return self._status_reply(
            message,
            mx.ProtocolStatusCode.SESSION_NOT_READY,
            f"Session is {session.state.name}, not READY.",
        )

    def _status_reply(
        self, message: mx.MxCommandRequest, code: mx.ProtocolStatusCode, text: str
    ) -> mx.MxCommandReply:
        return self._worker.reply(
            message, self._worker.correlation_id(message), code=code, message=text, diagnostic=text
        )

    # -- events -------------------------------------------------------------

    async def stream_events(self, message: mx.StreamEventsRequest) -> AsyncIterator[mx.MxEvent]:
        require_scope("events:read")
        session = self._session(message.session_id)
        if session.state is not mx.SessionState.READY:
            raise GRPCError(
                Status.FAILED_PRECONDITION, f"Session is {session.state.name}, not READY."
            )
        if session.events.subscriber is not None:
            raise GRPCError(Status.ALREADY_EXISTS, "The session already has an event subscriber.")
        subscription = session.attach(message.after_worker_sequence)
        try:
            while True:
                try:
                    event = await subscription.next()
                except StreamEnd as end:
                    if end.status is not None:
                        raise GRPCError(end.status, end.message) from None
                    return
                yield event
        finally:
            session.detach(subscription)

    # -- alarms -------------------------------------------------------------

    async def acknowledge_alarm(
        self, message: mx.AcknowledgeAlarmRequest
    ) -> mx.AcknowledgeAlarmReply:
        require_scope("invoke:write")
        reference = message.alarm_full_reference.strip()
        if not reference:
            raise GRPCError(Status.INVALID_ARGUMENT, "alarm_full_reference is required.")
        if len(message.comment) > MAX_COMMENT:
            raise GRPCError(
                Status.INVALID_ARGUMENT, f"comment is longer than {MAX_COMMENT} characters."
            )
        try:
            state = self._alarms.acknowledge(reference, message.comment, message.operator_user)
        except AlarmRefused as refused:
            raise GRPCError(Status.FAILED_PRECONDITION, str(refused)) from None
        return mx.AcknowledgeAlarmReply(
            protocol_status=mx.ProtocolStatus(
                code=mx.ProtocolStatusCode.OK, message="AcknowledgeAlarm completed."
            ),
            hresult=0,
            status=0,
            diagnostic_message=f"Alarm '{state.reference}' acknowledged.",
        )

    async def stream_alarms(
        self, message: mx.StreamAlarmsRequest
    ) -> AsyncIterator[mx.AlarmFeedMessage]:
        require_scope("events:read")
        snapshot, feed = self._alarms.open_feed(message.alarm_filter_prefix)
        sequence = 0
        try:
            for alarm in snapshot:
                sequence += 1
                yield mx.AlarmFeedMessage(sequence=sequence, active_alarm=alarm)
            sequence += 1
            yield mx.AlarmFeedMessage(
                sequence=sequence,
                snapshot_complete=mx.AlarmSnapshotComplete(snapshot_count=len(snapshot)),
            )
            while True:
                transition = await feed.queue.get()
                if feed.overflowed:
                    raise GRPCError(
                        Status.RESOURCE_EXHAUSTED, "Alarm feed overflow: the client fell behind."
                    )
                sequence += 1
                yield mx.AlarmFeedMessage(sequence=sequence, transition=transition)
        finally:
            self._alarms.close_feed(feed)

    async def query_active_alarms(
        self, message: mx.QueryActiveAlarmsRequest
    ) -> AsyncIterator[mx.ActiveAlarmSnapshot]:
        require_scope("events:read")
        for alarm in self._alarms.snapshot(message.alarm_filter_prefix):
            yield alarm
