"""A session's event channel: sequencing, the bounded queue, replay and the subscriber.

Every event gets the next ``worker_sequence`` (contiguous from 1) and goes to
the queue (delivered to the one subscriber, or drained by DrainEvents) and to
the replay buffer (the last ``replay_capacity`` events, at most
``replay_max_age`` seconds old). A queue longer than its capacity means the
client cannot keep up: the owner is told and faults the session.

An event too large for one message (a huge array or string written) cannot be
delivered. It is not dropped silently: its sequence number is queued as a lost
mark (neither sent nor retained). When the subscriber reaches it, its stream ends
cleanly; the client resumes after the last event it got and, as on any resume past
what is kept, the first message is a ReplayGap sentinel (the contract allows one
only there), so it learns it missed a change and re-reads the state.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING

import betterproto2

from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Callable

    from grpclib.const import Status

    from mxgateway.simulator.clock import Clock

__all__ = ["EventChannel", "StreamEnd", "Subscription"]

#: An upper bound of the encoded size of an MxValue's fields besides its text.
_VALUE_OVERHEAD = 64


def _size_bound(value: mx.MxValue | None) -> int:
    """An upper bound of ``value``'s encoded size, without encoding it (cheap for scalars)."""
    if value is None:
        return 0
    _, kind = betterproto2.which_one_of(value, "kind")
    size = _VALUE_OVERHEAD + 4 * (len(value.variant_type) + len(value.raw_diagnostic))
    if isinstance(kind, str):
        return size + 4 * len(kind)
    if isinstance(kind, bytes):
        return size + len(kind)
    if isinstance(kind, mx.MxArray):
        return size + sum(_size_bound(element) + 8 for element in kind.elements)
    if isinstance(kind, mx.MxSparseArray):
        return size + sum(_size_bound(e.value) + 16 for e in kind.elements)
    return size


class StreamEnd(Exception):
    """The subscriber's stream is over; ``status`` None means a clean end."""

    def __init__(self, status: Status | None, message: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Subscription:
    """The one attached StreamEvents call of a session."""

    def __init__(self, channel: EventChannel, backlog: list[mx.MxEvent]) -> None:
        self._channel = channel
        self._backlog = deque(backlog)
        self._wake = asyncio.Event()
        self._end: StreamEnd | None = None

    def wake(self) -> None:
        self._wake.set()

    def end(self, status: Status | None, message: str = "") -> None:
        """Finish the stream (with an error status, or cleanly for None)."""
        if self._end is None:
            self._end = StreamEnd(status, message)
        self._wake.set()

    @property
    def ended(self) -> bool:
        return self._end is not None

    async def next(self) -> mx.MxEvent:
        """The next event to send; raises StreamEnd when the stream is over."""
        while True:
            if self._end is not None:
                raise self._end
            if self._backlog:
                return self._backlog.popleft()
            event = self._channel.pop()
            if event is not None and event.replay_gap is not None:
                self._channel.unpop(event)  # a lost mark: the resume reports the gap
                self._end = StreamEnd(None)
                continue
            if event is not None:
                return event
            self._wake.clear()
            await self._wake.wait()


class EventChannel:
    """Sequencing, queueing and replay of one session's events."""

    def __init__(
        self,
        session_id: str,
        clock: Clock,
        *,
        capacity: int,
        replay_capacity: int,
        replay_max_age: float,
        on_overflow: Callable[[], None],
        max_event_size: int | None = None,
    ) -> None:
        self._session_id = session_id
        self._clock = clock
        self._capacity = capacity
        self._replay_max_age = replay_max_age
        self._on_overflow = on_overflow
        self._max_event_size = max_event_size
        self._queue: deque[mx.MxEvent] = deque()
        self._replay: deque[tuple[float, mx.MxEvent]] = deque(maxlen=max(replay_capacity, 0))
        self.last_sequence = 0
        self.subscriber: Subscription | None = None

    def emit(self, event: mx.MxEvent) -> None:
        """Number, timestamp and queue ``event``; fault the session on overflow."""
        self.last_sequence += 1
        now = self._clock.now()
        event.session_id = self._session_id
        event.worker_sequence = self.last_sequence
        event.worker_timestamp = now
        event.gateway_receive_timestamp = now
        lost = self._too_large(event)
        if lost:
            event = self._gap(self.last_sequence - 1, self.last_sequence + 1)
            event.worker_sequence = self.last_sequence
        self._queue.append(event)
        if self._replay.maxlen and not lost:
            self._replay.append((self._clock.monotonic(), event))
        if self.subscriber is not None:
            self.subscriber.wake()
        if len(self._queue) > self._capacity:
            self._on_overflow()

    def _too_large(self, event: mx.MxEvent) -> bool:
        """True if ``event`` would exceed the message size limit (measured only when it may)."""
        limit = self._max_event_size
        if limit is None or _size_bound(event.value) + 1024 < limit:
            return False
        return len(bytes(event)) > limit

    def _gap(self, after_sequence: int, oldest: int) -> mx.MxEvent:
        """A ReplayGap sentinel: the events after ``after_sequence`` and before ``oldest``
        are lost."""
        return mx.MxEvent(
            session_id=self._session_id,
            replay_gap=mx.ReplayGap(
                requested_after_sequence=after_sequence, oldest_available_sequence=oldest
            ),
        )

    def pop(self) -> mx.MxEvent | None:
        return self._queue.popleft() if self._queue else None

    def unpop(self, event: mx.MxEvent) -> None:
        """Put ``event`` back at the front of the queue."""
        self._queue.appendleft(event)

    def queued(self) -> int:
        return len(self._queue)

    def drain(self, max_events: int) -> list[mx.MxEvent]:
        """Take up to ``max_events`` queued events (0: all)."""
        count = len(self._queue) if max_events <= 0 else min(max_events, len(self._queue))
        return [self._queue.popleft() for _ in range(count)]

    def _retained(self) -> list[mx.MxEvent]:
        horizon = self._clock.monotonic() - self._replay_max_age
        while self._replay and self._replay[0][0] < horizon:
            self._replay.popleft()
        return [event for _, event in self._replay]

    def attach(self, after_sequence: int) -> Subscription:
        """Attach the subscriber, resuming after ``after_sequence`` (0: a fresh stream).

        A resume replays retained events newer than ``after_sequence`` that are
        no longer queued; when some of them are no longer retained, a ReplayGap
        sentinel comes first and replay starts at the oldest retained event.
        """
        backlog: list[mx.MxEvent] = []
        if after_sequence > 0:
            while self._queue and self._queue[0].worker_sequence <= after_sequence:
                self._queue.popleft()
            if self._queue and self._queue[0].replay_gap is not None:
                lost = self._queue.popleft()  # resuming right before a lost event
                backlog.append(self._gap(after_sequence, lost.worker_sequence + 1))
                self.subscriber = Subscription(self, backlog)
                return self.subscriber
            first_queued = self._queue[0].worker_sequence if self._queue else self.last_sequence + 1
            if after_sequence + 1 < first_queued:
                retained = [e for e in self._retained() if e.worker_sequence < first_queued]
                oldest = retained[0].worker_sequence if retained else first_queued
                if oldest > after_sequence + 1:
                    backlog.append(self._gap(after_sequence, oldest))
                backlog.extend(e for e in retained if e.worker_sequence > after_sequence)
        self.subscriber = Subscription(self, backlog)
        return self.subscriber

    def detach(self, subscription: Subscription) -> bool:
        """Forget ``subscription`` if it is the current one; True when it was."""
        if self.subscriber is subscription:
            self.subscriber = None
            return True
        return False
