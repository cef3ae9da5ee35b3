"""The gateway's central alarm monitor: active alarms, transitions and feeds.

Alarm life cycle (MXAccess / InTouch alarm states):
raise -> UNACK_ALM; ack -> ACK_ALM; clear from UNACK_ALM -> UNACK_RTN (stays
listed until acked); clear from ACK_ALM or ack of UNACK_RTN -> ACK_RTN (gone);
a raise while UNACK_RTN is a retrigger. Every transition goes to the feeds
(StreamAlarms) and to listeners (sessions that subscribed to alarms, and the
alarm primitive attributes).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mxgateway.simulator.galaxy import GALAXY_NAME, Galaxy, GObject, ObjectKind
from mxgateway.values import to_mx_value
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    import datetime as dt

    from mxgateway.simulator.clock import Clock

__all__ = [
    "MACHINE_ALARMS",
    "AlarmDef",
    "AlarmFeed",
    "AlarmMonitor",
    "AlarmRefused",
    "AlarmState",
]

_CS = mx.AlarmConditionState
_TK = mx.AlarmTransitionKind
MAX_COMMENT = 256


@dataclass(frozen=True)
class AlarmDef:
    """An alarm every ``$TestMachine`` instance carries."""

    name: str
    type_name: str
    priority: int
    category: str
    description: str
    source_attribute: str
    limit: float | None = None


MACHINE_ALARMS: tuple[AlarmDef, ...] = (
    AlarmDef("TestAlarm001", "DSC", 500, "Discrete", "Test discrete alarm", "TestAlarm001"),
    AlarmDef("TestChangingFloat.Hi", "HI", 300, "Value", "Value high", "TestChangingFloat", 80.0),
    AlarmDef(
        "TestChangingFloat.HiHi", "HIHI", 100, "Value", "Value high high", "TestChangingFloat", 95.0
    ),
)
_ALARMS_BY_NAME = {alarm.name.lower(): alarm for alarm in MACHINE_ALARMS}


class AlarmRefused(Exception):
    """The alarm system refused an acknowledgement."""


@dataclass
class AlarmState:
    """One alarm in the active list."""

    reference: str
    source: GObject
    definition: AlarmDef
    condition: mx.AlarmConditionState
    original_raise: dt.datetime
    last_transition: dt.datetime
    current_value: object = None
    operator_user: str = ""
    operator_comment: str = ""

    @property
    def short_reference(self) -> str:
        return f"{self.source.tag_name}.{self.definition.name}"

    def matches(self, prefix: str) -> bool:
        """True for an empty prefix or one either form of the reference starts with."""
        lowered = prefix.lower()
        return self.reference.lower().startswith(
            lowered
        ) or self.short_reference.lower().startswith(lowered)

    def _values(self) -> tuple[mx.MxValue | None, mx.MxValue | None]:
        limit = self.definition.limit
        if self.definition.type_name == "DSC":
            return to_mx_value(bool(self.current_value), "bool"), None
        current = None if self.current_value is None else to_mx_value(self.current_value, "float")
        return current, None if limit is None else to_mx_value(limit, "float")

    def _common(self) -> dict[str, object]:
        current, limit = self._values()
        return {
            "alarm_full_reference": self.reference,
            "source_object_reference": self.source.tag_name,
            "alarm_type_name": self.definition.type_name,
            "condition_state": self.condition,
            "raw_severity": self.definition.priority,
            "original_raise_timestamp": self.original_raise,
            "operator_user": self.operator_user,
            "operator_comment": self.operator_comment,
            "category": self.definition.category,
            "description": self.definition.description,
            "current_value": current,
            "limit_value": limit,
        }

    def snapshot(self) -> mx.ActiveAlarmSnapshot:
        return mx.ActiveAlarmSnapshot(
            last_transition_timestamp=self.last_transition,
            **self._common(),  # type: ignore[arg-type]
        )

    def transition(self, kind: mx.AlarmTransitionKind) -> mx.OnAlarmTransitionEvent:
        return mx.OnAlarmTransitionEvent(
            transition_kind=kind,
            transition_timestamp=self.last_transition,
            **self._common(),  # type: ignore[arg-type]
        )


@dataclass(eq=False)
class AlarmFeed:
    """One StreamAlarms subscriber: its filter and a bounded queue of transitions."""

    prefix: str
    capacity: int
    queue: asyncio.Queue[mx.OnAlarmTransitionEvent] = field(default_factory=asyncio.Queue)
    overflowed: bool = False

    def offer(self, event: mx.OnAlarmTransitionEvent) -> None:
        if self.queue.qsize() >= self.capacity:
            self.overflowed = True
            return
        self.queue.put_nowait(event)


Listener = Callable[[AlarmState, mx.OnAlarmTransitionEvent], None]


class AlarmMonitor:
    """Active alarms of the galaxy and everyone watching them."""

    def __init__(self, clock: Clock, galaxy: Callable[[], Galaxy], feed_capacity: int) -> None:
        self._clock = clock
        self._galaxy = galaxy
        self._feed_capacity = feed_capacity
        self._active: dict[str, AlarmState] = {}
        self._feeds: set[AlarmFeed] = set()
        self._listeners: list[Listener] = []

    # -- naming -------------------------------------------------------------

    def reference(self, source: GObject, alarm: AlarmDef) -> str:
        """``Galaxy!Area.Object.Alarm``."""
        area = self._galaxy().get(source.area_id)
        area_name = area.tag_name if area is not None else ""
        return f"{GALAXY_NAME}!{area_name}.{source.tag_name}.{alarm.name}"

    def resolve(self, reference: str) -> tuple[GObject, AlarmDef] | None:
        """The alarm a full (``Galaxy!Area.Obj.Alarm``) or short (``Obj.Alarm``) reference names."""
        text = reference.strip()
        if "!" in text:
            _, _, text = text.partition("!")
            galaxy = self._galaxy()
            area, _, text = text.partition(".")
            candidate = self._split(galaxy, text)
            if candidate is None:
                return None
            obj_area = galaxy.get(candidate[0].area_id)
            if obj_area is None or obj_area.tag_name.lower() != area.lower():
                return None
            return candidate
        return self._split(self._galaxy(), text)

    @staticmethod
    def _split(galaxy: Galaxy, text: str) -> tuple[GObject, AlarmDef] | None:
        tag, _, name = text.partition(".")
        obj = galaxy.find_tag(tag)
        alarm = _ALARMS_BY_NAME.get(name.lower())
        if obj is None or alarm is None or obj.kind is not ObjectKind.MACHINE:
            return None
        return obj, alarm

    # -- observers ----------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def open_feed(self, prefix: str) -> tuple[list[mx.ActiveAlarmSnapshot], AlarmFeed]:
        """The current snapshot and a feed of every later transition, atomically."""
        feed = AlarmFeed(prefix, self._feed_capacity)
        self._feeds.add(feed)
        return self.snapshot(prefix), feed

    def close_feed(self, feed: AlarmFeed) -> None:
        self._feeds.discard(feed)

    def feed_count(self) -> int:
        return len(self._feeds)

    # -- state --------------------------------------------------------------

    def snapshot(self, prefix: str = "") -> list[mx.ActiveAlarmSnapshot]:
        """Every active alarm (oldest raise first) whose reference starts with ``prefix``."""
        return [state.snapshot() for state in self._active.values() if state.matches(prefix)]

    def state(self, source: GObject, alarm: AlarmDef) -> AlarmState | None:
        return self._active.get(self.reference(source, alarm).lower())

    def set_condition(self, source: GObject, alarm: AlarmDef, active: bool, value: object) -> None:
        """The alarm condition of ``source`` is now ``active`` (value: what caused it)."""
        reference = self.reference(source, alarm)
        key = reference.lower()
        state = self._active.get(key)
        now = self._clock.now()
        if active:
            if state is None:
                state = AlarmState(reference, source, alarm, _CS.ACTIVE_UNACKED, now, now, value)
                self._active[key] = state
                self._publish(state, _TK.RAISE)
            elif state.condition is _CS.INACTIVE_UNACKED:
                state.condition = _CS.ACTIVE_UNACKED
                state.last_transition = now
                state.current_value = value
                state.operator_user = state.operator_comment = ""
                self._publish(state, _TK.RETRIGGER)
            else:
                state.current_value = value
            return
        if state is None or state.condition not in (_CS.ACTIVE_UNACKED, _CS.ACTIVE_ACKED):
            return
        state.current_value = value
        state.last_transition = now
        if state.condition is _CS.ACTIVE_ACKED:
            state.condition = _CS.INACTIVE_ACKED
            del self._active[key]
        else:
            state.condition = _CS.INACTIVE_UNACKED
        self._publish(state, _TK.CLEAR)

    def acknowledge(self, reference: str, comment: str, operator: str) -> AlarmState:
        """Acknowledge the most recent transition of ``reference``, or AlarmRefused."""
        resolved = self.resolve(reference)
        state = None if resolved is None else self.state(*resolved)
        if state is None:
            raise AlarmRefused(f"No active alarm '{reference}'")
        if state.condition is _CS.ACTIVE_ACKED:
            raise AlarmRefused(f"Alarm '{state.reference}' is already acknowledged")
        state.last_transition = self._clock.now()
        state.operator_user = operator
        state.operator_comment = comment
        if state.condition is _CS.ACTIVE_UNACKED:
            state.condition = _CS.ACTIVE_ACKED
        else:
            state.condition = _CS.INACTIVE_ACKED
            del self._active[state.reference.lower()]
        self._publish(state, _TK.ACKNOWLEDGE)
        return state

    def _publish(self, state: AlarmState, kind: mx.AlarmTransitionKind) -> None:
        event = state.transition(kind)
        for feed in list(self._feeds):
            if state.matches(feed.prefix):
                feed.offer(event)
        for listener in list(self._listeners):
            listener(state, event)
