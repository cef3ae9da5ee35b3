"""The one StreamEvents call per session, fanned out to the session's event consumers.

The gateway allows one event subscriber per session, so a ``Session`` owns one
``EventPump``. It runs while anything needs events (an ``events()`` iterator, a
subscription, a ``write(wait=True)``) and stops, resetting the HTTP/2 stream, when the
last one leaves. The stream has its own HTTP/2 connection, so a consumer that stops
reading fills only that connection's flow-control window: the client's calls and the
other sessions' streams keep flowing.

Resume: the pump remembers the last ``worker_sequence`` it saw. When the stream breaks
(or is restarted later) it re-attaches with ``after_worker_sequence`` = that number, so
the gateway replays what was missed: nothing is lost or duplicated. If the gateway no
longer retains the missed events it sends a replay-gap sentinel, delivered to every
consumer as a ``ReplayGap`` event. While the connection is down the pump waits for the
client's reconnect supervisor; once the gateway answers it asks for the session's
state: READY resumes, FAULTED ends every consumer with ``SessionFaultedError``, and a
session the gateway no longer knows (a gateway restart) is replaced (see
``Session``) and every consumer gets a ``SessionReplaced`` marker, or, if it cannot be
replaced, ``SessionClosedError``.

Sequence contract: within one attach, events must arrive contiguously (each
``worker_sequence`` one more than the last; the first one after a resume exactly one
more than the resume point, or after a leading replay-gap sentinel exactly its
``oldest_available_sequence``). An event that jumps, goes backwards, carries the
reserved 2**64-1, an out-of-place or inconsistent replay-gap sentinel, or a message
that cannot be turned into an event ends every consumer (and ``write(wait=True)``
waiters) with ``MalformedReplyError`` saying what was wrong: never silence.

Buffer policy: each consumer has a bounded queue (``buffer_size`` events). When a
queue is full the pump waits for that consumer instead of dropping events, so memory
stays bounded; a consumer that stays behind eventually makes the gateway's own queue
overflow, and the gateway faults the session (consumers then get
``SessionFaultedError``). Events are never silently dropped. A consumer that stops
reading also holds up the session's other consumers, including ``write(wait=True)``
waiting for its OnWriteComplete: do not await a write inside a loop over an iterator
whose buffer may be full, or give that iterator a ``buffer_size`` large enough for the
burst.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from typing import TYPE_CHECKING, Final, cast

from mxgateway.errors import (
    AlreadyExistsError,
    CommandError,
    ConnectionLostError,
    InvalidArgumentError,
    MalformedReplyError,
    MxGatewayError,
    NotFoundError,
    SessionClosedError,
    SessionFaultedError,
    TransportError,
    UnsupportedError,
)
from mxgateway.session.core import CAP_EVENT_REPLAY, DEFAULT_BUFFER_SIZE
from mxgateway.session.events import (
    DataChange,
    Event,
    ReplayGap,
    SessionReplaced,
    WriteComplete,
    event_from_proto,
    event_records,
)
from mxgateway.transport import ConnectionState
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Callable

    from mxgateway.session.session import Session

__all__ = ["DEFAULT_BUFFER_SIZE", "EventPump", "EventSink"]

#: Consecutive re-attach attempts that fail without the gateway confirming the session
#: is READY (or that it refuses as ALREADY_EXISTS) before the pump gives up. A
#: confirmation (or any event) resets the count, so a healthy, quiet session survives
#: any number of drops; with ``reconnect`` on, attempts made while the client is
#: reconnecting are not counted: the pump waits for the connection instead.
RESUME_ATTEMPTS: Final = 8
#: A stream open this long (or that delivered an event) was working when it broke: the
#: pump re-attaches at once instead of first asking for the session's state.
STABLE_STREAM_SECONDS: Final = 1.0
#: Longest pause between re-attach attempts while connected (except ALREADY_EXISTS).
RESUME_BACKOFF_MAX: Final = 2.0
#: The largest ``worker_sequence`` a gateway may send: 2**64-1 is reserved (no event
#: could follow it).
MAX_SEQUENCE: Final = 2**64 - 2


class EventSink:
    """One consumer's bounded queue; ``accept`` filters which events it receives.

    Waiting is by futures woken on change, not a lock: putting into a queue with room
    and getting from a non-empty one never suspend, which keeps the per-event cost
    of a busy stream low.
    """

    def __init__(self, capacity: int, accept: Callable[[Event], bool] | None = None) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise InvalidArgumentError(f"buffer_size must be an int >= 1, got {capacity!r}")
        self.capacity = capacity
        self.accept = accept
        self._items: deque[Event] = deque()
        self._waiters: list[asyncio.Future[None]] = []
        self._error: BaseException | None = None
        self._ended = False

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _changed(self) -> None:
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    async def put(self, event: Event) -> None:
        """Queue ``event``, waiting while the queue is full (the documented policy)."""
        while len(self._items) >= self.capacity and not self._ended:
            await self._changed()
        if not self._ended:
            self._items.append(event)
            if self._waiters:
                self._wake()

    async def end(self, error: BaseException | None = None) -> None:
        """No more events: consumers get what is queued, then ``error`` or the end."""
        if not self._ended:
            self._ended, self._error = True, error
        self._wake()

    async def get(self) -> Event | None:
        """The next event; None at the end; raises the error the stream ended with."""
        while not self._items and not self._ended:
            await self._changed()
        if self._items:
            event = self._items.popleft()
            if self._waiters:
                self._wake()
            return event
        if self._error is not None:
            raise self._error
        return None


class EventPump:
    """Runs the session's StreamEvents call and dispatches typed events to the sinks."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.last_sequence = 0
        self._sinks: dict[EventSink, None] = {}
        self._waiters: dict[str, asyncio.Future[WriteComplete]] = {}
        self._task: asyncio.Task[None] | None = None
        self._attached = asyncio.Event()
        self._failure: BaseException | None = None
        #: The sequence the next event must carry (None: a fresh stream, any start).
        self._expected: int | None = None
        self._first_of_attach = True
        self._probe: asyncio.Future[bool] | None = None

    @property
    def running(self) -> bool:
        """True while the StreamEvents call is open or being re-attached."""
        return self._task is not None and not self._task.done()

    def add_sink(self, sink: EventSink) -> None:
        """Start delivering events to ``sink`` (starting the stream if needed)."""
        self._sinks[sink] = None
        self._ensure_running()

    async def remove_sink(self, sink: EventSink) -> None:
        """Stop delivering to ``sink``; stops the stream if nothing else needs it."""
        self._sinks.pop(sink, None)
        await sink.end()
        await self._stop_if_idle()

    def expect_write(self, correlation_id: str) -> asyncio.Future[WriteComplete]:
        """A future resolved by the final WriteComplete carrying ``correlation_id``."""
        future: asyncio.Future[WriteComplete] = asyncio.get_running_loop().create_future()
        self._waiters[correlation_id] = future
        self._ensure_running()
        return future

    async def forget_write(self, correlation_id: str) -> None:
        """Drop a write waiter (after it resolved, failed or timed out)."""
        self._waiters.pop(correlation_id, None)
        await self._stop_if_idle()

    async def wait_attached(self) -> None:
        """Wait until the StreamEvents request has been sent.

        Raises the pump's error if it gave up before attaching (e.g. the client is
        closed or the gateway stayed unreachable), so nothing waits for a stream that
        will never come.
        """
        while not self._attached.is_set():
            task = self._task
            if task is None or task.done():
                raise self._failure or ConnectionLostError("the event stream is not running")
            attached = asyncio.ensure_future(self._attached.wait())
            try:
                await asyncio.wait({attached, task}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                attached.cancel()

    def _ensure_running(self) -> None:
        if not self.running:
            self._attached.clear()
            self._failure = None
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name=f"mxgateway-events-{self._session.session_id}"
            )

    async def _stop_if_idle(self) -> None:
        if not self._sinks and not self._waiters:
            await self._cancel_task()

    async def _cancel_task(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def stop(self, error: BaseException | None = None) -> None:
        """End the stream now; sinks end with ``error`` (None: a plain end)."""
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.cancel()
        await self._cancel_task()
        await self._fail(error)

    async def _run(self) -> None:
        """Attach, dispatch, and after a break resume, replace or fail (never silently)."""
        try:
            await self._supervise()
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # a bug must still reach the consumers
            await self._fail(
                exc
                if isinstance(exc, MxGatewayError)
                else MalformedReplyError(f"the event stream failed: {type(exc).__name__}: {exc}")
            )
            if not isinstance(exc, Exception):
                raise

    async def _supervise(self) -> None:
        failures = 0  # attempts in a row that did not reach a confirmed healthy session
        retries = 0  # attempts in a row without an event or a READY confirmation
        session = self._session
        transport = session.client.transport
        clock = asyncio.get_running_loop()
        records = event_records(session.tag_of)
        while True:
            if session.closed or transport.closed:
                await self._fail(session._closed_error() if session.closed else None)
                return
            if transport.options.reconnect:
                try:
                    await transport.wait_connected()
                except MxGatewayError as exc:
                    await self._fail(exc)
                    return
            if session._restoring is not None and not await self._replace(None, session.generation):
                return
            generation = session.generation
            delivered = False
            opened_at: float | None = None
            try:
                stream = session.client._stream_events_records(
                    session.session_id,
                    records,
                    after_worker_sequence=self.last_sequence,
                    dedicated=True,
                )
                async with stream:
                    opened_at = clock.time()
                    self._begin_attach()
                    self._attached.set()
                    async for decoded in stream:
                        delivered = True
                        await self._dispatch(decoded.value)
                error: MxGatewayError = ConnectionLostError("the event stream ended")
            except MalformedReplyError as exc:
                await self._fail(exc)
                return
            except (TransportError, CommandError, AlreadyExistsError, NotFoundError) as exc:
                # ALREADY_EXISTS: the gateway may not have detached our previous stream yet.
                error = exc
            except MxGatewayError as exc:
                await self._fail(exc)
                return
            if session.closed or transport.closed:
                await self._fail(session._closed_error() if session.closed else error)
                return
            if session.generation != generation:
                continue  # a call replaced the session meanwhile: attach to the new one
            if self.last_sequence and not session.has_capability(CAP_EVENT_REPLAY):
                unsupported = UnsupportedError(
                    f"the event stream of session {session.session_id} dropped ({error}); "
                    f"resuming it without loss needs the gateway capability {CAP_EVENT_REPLAY!r}"
                )
                unsupported.__cause__ = error
                await self._fail(unsupported)
                return
            stable = opened_at is not None and clock.time() - opened_at >= STABLE_STREAM_SECONDS
            if isinstance(error, ConnectionLostError) and (delivered or stable):
                # The network took a working stream: re-attach at once (on a new
                # connection); the attach itself tells whether the session survived,
                # without a state query over a connection that may be dead as well.
                # That one is checked meanwhile, so calls do not wait on a dead link.
                self._probe = asyncio.ensure_future(transport.probe())
                failures = retries = 0
                continue
            explained, state = await self._explain(error)
            if isinstance(explained, SessionClosedError):
                if not await self._replace(explained, generation):
                    return
                failures = retries = 0
                continue
            if isinstance(explained, SessionFaultedError):
                session._mark_gone(mx.SessionState.FAULTED)
                await self._fail(explained)
                return
            # A stream that opened on a session the gateway confirms READY was a good
            # attach: a quiet session survives any number of drops.
            healthy = delivered or (
                opened_at is not None
                and state is mx.SessionState.READY
                and not isinstance(error, AlreadyExistsError)
            )
            if healthy:
                failures = retries = 0
            elif not (transport.options.reconnect and state is None):
                failures += 1  # while reconnecting the pump waits instead of counting
            if failures > RESUME_ATTEMPTS:
                await self._fail(explained)
                return
            retries += 1
            await asyncio.sleep(self._backoff(retries, error))

    def _backoff(self, retries: int, error: MxGatewayError) -> float:
        """Seconds before re-attach attempt ``retries``: the first is immediate (a blip
        resumes at once); while the client reconnects the loop waits for the connection
        instead, so data flows as soon as the gateway answers. ALREADY_EXISTS (the
        gateway still holds a dead stream of ours) backs off fully; anything else at
        most ``RESUME_BACKOFF_MAX`` seconds."""
        transport = self._session.client.transport
        if retries <= 1 or transport.state is not ConnectionState.CONNECTED:
            return 0.0
        delay = transport.options.reconnect_backoff(retries - 1)
        return delay if isinstance(error, AlreadyExistsError) else min(delay, RESUME_BACKOFF_MAX)

    async def _replace(self, gone: SessionClosedError | None, generation: int) -> bool:
        """The gateway lost the session: have the session replace it, or fail.

        ``gone`` is None when finishing a replacement a transport failure interrupted.
        Returns True when the pump should go on (attach to the new session, or retry
        after a transport failure: the gateway went away again).
        """
        session = self._session
        reason = gone or SessionClosedError(f"session {session.session_id} was lost")
        try:
            replaced = await session._replace_lost_session(reason, generation)
        except TransportError:
            await asyncio.sleep(session.client.options.reconnect_backoff(1))
            return True
        except MxGatewayError as exc:
            await self._fail(exc)
            return False
        if not replaced:
            await self._fail(reason)
        return replaced

    async def session_replaced(self, marker: SessionReplaced) -> None:
        """The session was replaced: restart sequences, fail write waiters (their outcome
        is unknown), and give every consumer ``marker``."""
        self.last_sequence = 0
        for waiter in self._waiters.values():
            if not waiter.done():
                waiter.set_exception(
                    ConnectionLostError(
                        f"session {marker.old_session_id} was lost before its OnWriteComplete "
                        "arrived; the outcome of the write is unknown"
                    )
                )
        await self._broadcast(marker)

    async def _explain(
        self, error: MxGatewayError
    ) -> tuple[MxGatewayError, mx.SessionState | None]:
        """Ask the gateway for the session's state after a break.

        Returns the error to report (SessionFaulted/SessionClosed when the state says so)
        and the state (None when it could not be learned).
        """
        session = self._session
        if isinstance(error, NotFoundError):
            return SessionClosedError(
                f"session {session.session_id} no longer exists: {error}",
                session_id=session.session_id,
                grpc_status=error.grpc_status,
            ), mx.SessionState.CLOSED
        try:
            state = await session.get_session_state()
        except NotFoundError as exc:
            return SessionClosedError(
                str(exc), session_id=session.session_id
            ), mx.SessionState.CLOSED
        except MxGatewayError:
            return error, None
        if state is mx.SessionState.FAULTED:
            return SessionFaultedError(
                f"session {session.session_id} is FAULTED ({error})", session_id=session.session_id
            ), state
        if state is mx.SessionState.CLOSED:
            return SessionClosedError(
                f"session {session.session_id} is CLOSED", session_id=session.session_id
            ), state
        return error, state

    def _begin_attach(self) -> None:
        self._expected = self.last_sequence + 1 if self.last_sequence else None
        self._first_of_attach = True

    def _check_sequence(self, sequence: int, gap: mx.ReplayGap | None) -> None:
        """Enforce the sequence contract (module docstring); raise MalformedReplyError."""
        first, self._first_of_attach = self._first_of_attach, False
        if gap is not None:
            if not first or not self.last_sequence:
                raise MalformedReplyError(
                    "event stream: a replay-gap sentinel arrived "
                    + ("in the middle of the stream" if not first else "on a fresh stream")
                )
            oldest = gap.oldest_available_sequence
            if gap.requested_after_sequence != self.last_sequence or not (
                self.last_sequence + 1 < oldest <= MAX_SEQUENCE
            ):
                raise MalformedReplyError(
                    f"event stream: inconsistent replay gap (asked to resume after "
                    f"{self.last_sequence}; sentinel says requested "
                    f"{gap.requested_after_sequence}, oldest available {oldest})"
                )
            self._expected = oldest
            return
        if not 1 <= sequence <= MAX_SEQUENCE:
            raise MalformedReplyError(f"event stream: invalid worker_sequence {sequence}")
        expected = self._expected
        if expected is not None and sequence != expected:
            what = "went backwards" if sequence < expected else "skipped events"
            raise MalformedReplyError(
                f"event stream {what}: worker_sequence {sequence} where {expected} was due"
            )
        self._expected = sequence + 1

    async def _dispatch(self, item: object) -> None:
        """Check and deliver one decoded event: a ``DataChange`` (record-decoded) or an
        ``MxEvent`` of any other kind."""
        if type(item) is DataChange:
            self._check_sequence(item.sequence, None)
            self.last_sequence = item.sequence
            await self._broadcast(item)
            return
        message = cast("mx.MxEvent", item)
        self._check_sequence(message.worker_sequence, message.replay_gap)
        try:
            event = event_from_proto(message, self._session.tag_of)
        except MxGatewayError:
            raise
        except Exception as exc:
            raise MalformedReplyError(
                f"event {message.worker_sequence} cannot be read: {type(exc).__name__}: {exc}"
            ) from exc
        if isinstance(event, ReplayGap):
            self.last_sequence = event.oldest_available_sequence - 1
        else:
            self.last_sequence = message.worker_sequence
        if isinstance(event, WriteComplete) and not event.pending:
            waiter = self._waiters.get(event.correlation_id)
            if waiter is not None and not waiter.done():
                waiter.set_result(event)
        await self._broadcast(event)

    async def _broadcast(self, event: Event) -> None:
        for sink in list(self._sinks):
            if sink.accept is None or sink.accept(event):
                await sink.put(event)

    async def _fail(self, error: BaseException | None) -> None:
        self._failure = error
        for waiter in self._waiters.values():
            if not waiter.done():
                waiter.set_exception(error or ConnectionLostError("the event stream was stopped"))
        for sink in list(self._sinks):
            await sink.end(error)
