"""The one StreamEvents call per session, fanned out to the session's event consumers.

The gateway allows one event subscriber per session, so a ``Session`` owns one
``EventPump``. It runs while anything needs events (an ``events()`` iterator, a
subscription, a ``write(wait=True)``) and stops, resetting the HTTP/2 stream, when the
last one leaves.

Resume: the pump remembers the last ``worker_sequence`` it saw. When the stream breaks
(or is restarted later) it re-attaches with ``after_worker_sequence`` = that number, so
the gateway replays what was missed; sequences already seen are skipped, so nothing is
lost or duplicated. If the gateway no longer retains the missed events it sends a
replay-gap sentinel, delivered to every consumer as a ``ReplayGap`` event.

Buffer policy: each consumer has a bounded queue (``buffer_size`` events). When a
queue is full the pump waits for that consumer instead of dropping events, so memory
stays bounded; a consumer that stays behind eventually makes the gateway's own queue
overflow, and the gateway faults the session (consumers then get
``SessionFaultedError``). Events are never silently dropped. A consumer that stops
reading also holds up the others, including ``write(wait=True)`` waiting for its
OnWriteComplete: do not await a write inside a loop over an iterator whose buffer may
be full, or give that iterator a ``buffer_size`` large enough for the burst.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from typing import TYPE_CHECKING, Final

from mxgateway.errors import (
    AlreadyExistsError,
    CommandError,
    ConnectionLostError,
    InvalidArgumentError,
    MxGatewayError,
    NotFoundError,
    SessionClosedError,
    SessionFaultedError,
    TransportError,
    UnsupportedError,
)
from mxgateway.session.core import CAP_EVENT_REPLAY
from mxgateway.session.events import Event, ReplayGap, WriteComplete, event_from_proto
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Callable

    from mxgateway.session.commands import SessionCommands

__all__ = ["DEFAULT_BUFFER_SIZE", "EventPump", "EventSink"]

#: Default capacity of each consumer's queue.
DEFAULT_BUFFER_SIZE: Final = 1000
#: Consecutive failed re-attach attempts before the pump gives up (about 5 s in all).
RESUME_ATTEMPTS: Final = 8
#: A stream that stayed open this many seconds before it broke counts as a success, so
#: a quiet session on a flaky network is not given up after a few drops days apart.
STABLE_STREAM_SECONDS: Final = 10.0


class EventSink:
    """One consumer's bounded queue; ``accept`` filters which events it receives."""

    def __init__(self, capacity: int, accept: Callable[[Event], bool] | None = None) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise InvalidArgumentError(f"buffer_size must be an int >= 1, got {capacity!r}")
        self.capacity = capacity
        self.accept = accept
        self._items: deque[Event] = deque()
        self._changed = asyncio.Condition()
        self._error: BaseException | None = None
        self._ended = False

    async def put(self, event: Event) -> None:
        """Queue ``event``, waiting while the queue is full (the documented policy)."""
        async with self._changed:
            await self._changed.wait_for(lambda: len(self._items) < self.capacity or self._ended)
            if not self._ended:
                self._items.append(event)
                self._changed.notify_all()

    async def end(self, error: BaseException | None = None) -> None:
        """No more events: consumers get what is queued, then ``error`` or the end."""
        async with self._changed:
            if not self._ended:
                self._ended, self._error = True, error
            self._changed.notify_all()

    async def get(self) -> Event | None:
        """The next event; None at the end; raises the error the stream ended with."""
        async with self._changed:
            await self._changed.wait_for(lambda: bool(self._items) or self._ended)
            if self._items:
                event = self._items.popleft()
                self._changed.notify_all()
                return event
            if self._error is not None:
                raise self._error
            return None


class EventPump:
    """Runs the session's StreamEvents call and dispatches typed events to the sinks."""

    def __init__(self, session: SessionCommands) -> None:
        self._session = session
        self.last_sequence = 0
        self._sinks: dict[EventSink, None] = {}
        self._waiters: dict[str, asyncio.Future[WriteComplete]] = {}
        self._task: asyncio.Task[None] | None = None
        self._attached = asyncio.Event()
        self._failure: BaseException | None = None

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
        await self._cancel_task()
        await self._fail(error)

    async def _run(self) -> None:
        failures = 0
        session = self._session
        clock = asyncio.get_running_loop()
        while True:
            opened_at: float | None = None
            try:
                stream = session.client.stream_events_raw(
                    session.session_id, after_worker_sequence=self.last_sequence
                )
                async with stream:
                    self._attached.set()
                    opened_at = clock.time()
                    async for message in stream:
                        failures = 0
                        await self._dispatch(message)
                error: MxGatewayError = ConnectionLostError("the event stream ended")
            except (TransportError, CommandError, AlreadyExistsError) as exc:
                # ALREADY_EXISTS: the gateway may not have detached our previous stream yet.
                error = exc
            except MxGatewayError as exc:
                await self._fail(await self._explain(exc))
                return
            if opened_at is not None and clock.time() - opened_at >= STABLE_STREAM_SECONDS:
                failures = 0
            failures += 1
            if session.closed or session.client.transport.closed or failures > RESUME_ATTEMPTS:
                await self._fail(await self._explain(error))
                return
            if self.last_sequence and not session.has_capability(CAP_EVENT_REPLAY):
                unsupported = UnsupportedError(
                    f"the event stream of session {session.session_id} dropped ({error}); "
                    f"resuming it without loss needs the gateway capability {CAP_EVENT_REPLAY!r}"
                )
                unsupported.__cause__ = error
                await self._fail(unsupported)
                return
            explained = await self._explain(error)
            if isinstance(explained, (SessionFaultedError, SessionClosedError)):
                await self._fail(explained)
                return
            await asyncio.sleep(0 if failures == 1 else min(0.025 * 2**failures, 2.0))

    async def _explain(self, error: MxGatewayError) -> MxGatewayError:
        """Turn a stream failure into SessionFaulted/SessionClosed when the state says so."""
        session = self._session
        if isinstance(error, NotFoundError):
            return SessionClosedError(
                f"session {session.session_id} no longer exists: {error}",
                session_id=session.session_id,
                grpc_status=error.grpc_status,
            )
        try:
            state = await session.get_session_state()
        except NotFoundError as exc:
            return SessionClosedError(str(exc), session_id=session.session_id)
        except MxGatewayError:
            return error
        if state is mx.SessionState.FAULTED:
            return SessionFaultedError(
                f"session {session.session_id} is FAULTED ({error})", session_id=session.session_id
            )
        if state is mx.SessionState.CLOSED:
            return SessionClosedError(
                f"session {session.session_id} is CLOSED", session_id=session.session_id
            )
        return error

    async def _dispatch(self, message: mx.MxEvent) -> None:
        if message.replay_gap is None:
            if message.worker_sequence <= self.last_sequence:
                return
            self.last_sequence = message.worker_sequence
        event = event_from_proto(message, self._session.tag_of)
        if isinstance(event, ReplayGap) and event.oldest_available_sequence > 0:
            self.last_sequence = max(self.last_sequence, event.oldest_available_sequence - 1)
        if isinstance(event, WriteComplete) and not event.pending:
            waiter = self._waiters.get(event.correlation_id)
            if waiter is not None and not waiter.done():
                waiter.set_result(event)
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
