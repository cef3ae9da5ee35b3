"""Gateway sessions: one simulated MXAccess worker each, with its handles and events.

A session owns its registrations (server handles), items (item handles, never
reused), authenticated users and event channel, and enforces its lease (any
call extends it; an attached stream keeps it alive) and the grace period after
its event subscriber leaves.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grpclib.const import Status

from mxgateway.simulator.events import EventChannel, Subscription
from mxgateway.simulator.plant import Plant, Sample
from mxgateway.simulator.statuses import ok_status
from mxgateway.values import to_mx_value
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Callable

    from mxgateway.simulator.clock import Clock, TimerHandle
    from mxgateway.simulator.references import TagRef

__all__ = ["Item", "Registration", "Session", "SessionLimits", "SessionManager"]

_READY = mx.SessionState.READY
DEFAULT_BUFFER_INTERVAL_MS = 1000


class _AfterReply:
    """A callback held until the current command's reply is sent; cancellable until then."""

    __slots__ = ("callback", "cancelled")

    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def __call__(self) -> None:
        if not self.cancelled:
            self.callback()


@dataclass(frozen=True)
class SessionLimits:
    """Per-session settings taken from the simulator configuration."""

    event_queue_capacity: int
    replay_capacity: int
    replay_max_age: float
    subscriber_grace: float
    session_lease: float
    first_value_delay: float
    #: Events larger than this become ReplayGap sentinels (None: no limit).
    max_event_size: int | None = None


@dataclass
class Registration:
    """One ``Register`` of the session (a server handle)."""

    client_name: str
    buffer_interval_ms: int = DEFAULT_BUFFER_INTERVAL_MS
    flush_timer: TimerHandle | None = None


@dataclass(eq=False)
class Item:
    """One added item: its reference and its advise state."""

    session: Session
    handle: int
    server_handle: int
    ref: TagRef
    buffered: bool = False
    advised: bool = False
    supervisory: bool = False
    suspended: bool = False
    last_sample: Sample | None = None
    initial_timer: TimerHandle | None = None
    buffer: list[Sample] = field(default_factory=list)

    def on_change(self, sample: Sample) -> None:
        self.session.item_changed(self, sample)

    def project(self, sample: Sample) -> Sample:
        """The part of the attribute's sample this item reads (an element for ``[N]``)."""
        if self.ref.element is None:
            return sample
        return Sample(self.ref.read_from(sample.value), sample.quality, sample.timestamp)


def data_change_event(item: Item, sample: Sample) -> mx.MxEvent:
    """An OnDataChange event for ``item`` carrying ``sample``."""
    return mx.MxEvent(
        family=mx.MxEventFamily.ON_DATA_CHANGE,
        server_handle=item.server_handle,
        item_handle=item.handle,
        value=to_mx_value(sample.value, item.ref.value_type),
        quality=sample.quality,
        source_timestamp=sample.timestamp,
        statuses=[ok_status()],
        on_data_change=mx.OnDataChangeEvent(data_type=item.ref.data_type),
    )


class Session:
    """One gateway session and its simulated MXAccess worker."""

    def __init__(
        self,
        session_id: str,
        client_name: str,
        *,
        clock: Clock,
        plant: Plant,
        limits: SessionLimits,
        process_id: int,
        on_expire: Callable[[Session, str], None],
        on_overflow: Callable[[Session], None],
    ) -> None:
        self.session_id = session_id
        self.client_name = client_name
        self.state = _READY
        self.process_id = process_id
        self.clock = clock
        self.plant = plant
        self.limits = limits
        self.events = EventChannel(
            session_id,
            clock,
            capacity=limits.event_queue_capacity,
            replay_capacity=limits.replay_capacity,
            replay_max_age=limits.replay_max_age,
            on_overflow=lambda: on_overflow(self),
            max_event_size=limits.max_event_size,
        )
        self.registrations: dict[int, Registration] = {}
        self.items: dict[int, Item] = {}
        self.users: dict[int, str] = {}
        self.alarm_prefix: str | None = None
        self.lock = asyncio.Lock()
        self.pending_commands = 0
        #: A hung worker answers no command: each one runs into the command timeout.
        self.hung = False
        self._after_reply: list[_AfterReply] = []
        self._next_server_handle = 1
        self._next_item_handle = 1
        self._next_user_id = 1
        self._on_expire = on_expire
        self._last_activity = clock.monotonic()
        self._lease_timer: TimerHandle | None = clock.call_later(
            limits.session_lease, self._check_lease
        )
        self._grace_timer: TimerHandle | None = None

    # -- handles ------------------------------------------------------------

    def new_server_handle(self) -> int:
        handle = self._next_server_handle
        self._next_server_handle += 1
        return handle

    def new_item_handle(self) -> int:
        handle = self._next_item_handle
        self._next_item_handle += 1
        return handle

    def new_user_id(self) -> int:
        user_id = self._next_user_id
        self._next_user_id += 1
        return user_id

    # -- what MXAccess does "at once" -----------------------------------------

    def after_reply(self, callback: Callable[[], None]) -> TimerHandle:
        """Run ``callback`` right after the running command's reply is sent.

        MXAccess fires the initial OnDataChange, OnWriteComplete and
        OperationComplete after the call that caused them has returned, so
        their events follow the reply.
        """
        handle = _AfterReply(callback)
        self._after_reply.append(handle)
        return handle

    def take_after_reply(self) -> list[Callable[[], None]]:
        """The callbacks the running command left for after its reply (and forget them)."""
        callbacks: list[Callable[[], None]] = list(self._after_reply)
        self._after_reply = []
        return callbacks

    # -- lease and grace ----------------------------------------------------

    def touch(self) -> None:
        """Record activity: extends the lease."""
        self._last_activity = self.clock.monotonic()

    def _check_lease(self) -> None:
        self._lease_timer = None
        if self.state is mx.SessionState.CLOSED:
            return
        idle = self.clock.monotonic() - self._last_activity
        if self.events.subscriber is not None:
            self._last_activity = self.clock.monotonic()
            idle = 0.0
        if idle >= self.limits.session_lease:
            self._on_expire(self, "lease expired")
            return
        self._lease_timer = self.clock.call_later(
            self.limits.session_lease - idle, self._check_lease
        )

    def attach(self, after_sequence: int) -> Subscription:
        """Attach the event subscriber (the caller checked there is none)."""
        if self._grace_timer is not None:
            self._grace_timer.cancel()
            self._grace_timer = None
        self.touch()
        return self.events.attach(after_sequence)

    def detach(self, subscription: Subscription) -> None:
        """The subscriber left: start the grace period for a reattach."""
        if not self.events.detach(subscription):
            return
        self.touch()
        if self.state is _READY:
            self._grace_timer = self.clock.call_later(
                self.limits.subscriber_grace, self._grace_over
            )

    def _grace_over(self) -> None:
        self._grace_timer = None
        if self.events.subscriber is None and self.state is _READY:
            self._on_expire(self, "event subscriber did not reattach within the grace period")

    # -- events -------------------------------------------------------------

    def emit(self, event: mx.MxEvent) -> None:
        if self.state is _READY:
            self.events.emit(event)

    def item_changed(self, item: Item, sample: Sample) -> None:
        """An advised item's attribute changed: deliver it (unless suspended or pending)."""
        if not item.advised or item.suspended or item.initial_timer is not None:
            return
        self.deliver(item, item.project(sample))

    def deliver(self, item: Item, sample: Sample) -> None:
        item.last_sample = sample
        if not item.buffered:
            self.emit(data_change_event(item, sample))
            return
        item.buffer.append(sample)
        registration = self.registrations.get(item.server_handle)
        if registration is not None and registration.flush_timer is None:
            registration.flush_timer = self.clock.call_later(
                registration.buffer_interval_ms / 1000.0,
                lambda: self._flush(item.server_handle),
            )

    def _flush(self, server_handle: int) -> None:
        registration = self.registrations.get(server_handle)
        if registration is None:
            return
        registration.flush_timer = None
        for item in self.items.values():
            if item.server_handle != server_handle or not item.buffer:
                continue
            samples, item.buffer = item.buffer, []
            self.emit(
                mx.MxEvent(
                    family=mx.MxEventFamily.ON_BUFFERED_DATA_CHANGE,
                    server_handle=item.server_handle,
                    item_handle=item.handle,
                    value=to_mx_value(samples[-1].value, item.ref.value_type),
                    quality=samples[-1].quality,
                    source_timestamp=samples[-1].timestamp,
                    statuses=[ok_status()],
                    on_buffered_data_change=mx.OnBufferedDataChangeEvent(
                        data_type=item.ref.data_type,
                        samples=[
                            mx.BufferedSample(
                                value=to_mx_value(s.value, item.ref.value_type),
                                quality=s.quality,
                                source_timestamp=s.timestamp,
                            )
                            for s in samples
                        ],
                    ),
                )
            )

    def start_advise(self, item: Item, *, supervisory: bool) -> None:
        """Advise ``item``: watch its attribute and send the initial OnDataChange."""
        if item.advised:
            item.supervisory = item.supervisory or supervisory
            return
        item.advised = True
        item.supervisory = supervisory
        self.plant.watch(item.ref.obj, item.ref.attr, item)
        delay = self.limits.first_value_delay

        def initial() -> None:
            item.initial_timer = None
            if item.advised and self.state is _READY:
                self.deliver(item, item.project(self.plant.read(item.ref.obj, item.ref.attr)))

        if delay > 0:
            item.initial_timer = self.clock.call_later(delay, initial)
        else:
            item.initial_timer = self.after_reply(initial)

    def stop_advise(self, item: Item) -> None:
        if item.initial_timer is not None:
            item.initial_timer.cancel()
            item.initial_timer = None
        if item.advised:
            item.advised = False
            self.plant.unwatch(item.ref.obj, item.ref.attr, item)

    def remove_item(self, item: Item) -> None:
        self.stop_advise(item)
        self.items.pop(item.handle, None)

    # -- teardown -----------------------------------------------------------

    def end(self, state: mx.SessionState, status: Status | None, message: str) -> None:
        """Leave READY for ``state``: stop every advise and end the event stream."""
        self.state = state
        for item in list(self.items.values()):
            self.stop_advise(item)
        for registration in self.registrations.values():
            if registration.flush_timer is not None:
                registration.flush_timer.cancel()
        for timer in (self._lease_timer, self._grace_timer):
            if timer is not None:
                timer.cancel()
        self._grace_timer = None
        if state is mx.SessionState.CLOSED:
            self._lease_timer = None
        else:
            self._last_activity = self.clock.monotonic()
            self._lease_timer = self.clock.call_later(self.limits.session_lease, self._check_lease)
        if self.events.subscriber is not None:
            self.events.subscriber.end(status, message)


class SessionManager:
    """All sessions of the simulator, with the gateway's session limit."""

    def __init__(
        self,
        *,
        clock: Clock,
        plant: Plant,
        limits: SessionLimits,
        max_sessions: int,
        seed: int,
    ) -> None:
        self._clock = clock
        self._plant = plant
        self._limits = limits
        self.max_sessions = max_sessions
        self._seed = seed
        self.sessions: dict[str, Session] = {}
        self.ended: dict[str, mx.SessionState] = {}
        self._opened = 0

    def open(self, client_name: str) -> Session:
        """A new READY session (the caller checked the limit)."""
        self._opened += 1
        session = Session(
            f"session-{secrets.token_hex(16)}",
            client_name,
            clock=self._clock,
            plant=self._plant,
            limits=self._limits,
            process_id=4000 + (self._seed % 1000) * 10 + self._opened,
            on_expire=lambda s, reason: self.close(s, reason),
            on_overflow=self._overflow,
        )
        self.sessions[session.session_id] = session
        return session

    def full(self) -> bool:
        return len(self.sessions) >= self.max_sessions

    def get(self, session_id: str) -> Session | None:
        return self.sessions.get(session_id)

    def state(self, session_id: str) -> mx.SessionState:
        session = self.sessions.get(session_id)
        if session is not None:
            return session.state
        if session_id in self.ended:
            return self.ended[session_id]
        raise KeyError(f"no session {session_id!r}")

    def close(self, session: Session, reason: str) -> None:
        """Close ``session`` for good (its stream ends cleanly)."""
        if self.sessions.pop(session.session_id, None) is None:
            return
        session.end(mx.SessionState.CLOSED, None, f"session closed: {reason}")
        self.ended[session.session_id] = mx.SessionState.CLOSED

    def fault(self, session: Session, status: Status, message: str) -> None:
        """The worker died (or the queue overflowed): FAULTED, the stream ends with an error."""
        if session.state is not _READY:
            return
        session.end(mx.SessionState.FAULTED, status, message)

    def _overflow(self, session: Session) -> None:
        self.fault(
            session,
            Status.RESOURCE_EXHAUSTED,
            f"event queue overflow ({self._limits.event_queue_capacity} events): session faulted",
        )

    def close_all(self) -> None:
        for session in list(self.sessions.values()):
            self.close(session, "simulator stopped")
