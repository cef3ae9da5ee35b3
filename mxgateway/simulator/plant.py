"""The simulated plant: current attribute values, their changes and who watches them.

Values are computed, not stored, until something writes them: static values
come from a stable hash of (seed, tag, attribute), changing values are a
function of the tick count (one tick per simulated second). Watchers (advised
items of sessions) are notified of every change of the attribute they watch.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from mxgateway.simulator.alarms import MACHINE_ALARMS, AlarmMonitor, AlarmState
from mxgateway.simulator.attributes import AttributeDef, Behavior
from mxgateway.simulator.galaxy import Galaxy, GObject, ObjectKind
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["GOOD_QUALITY", "Plant", "Sample", "Watcher", "type_default"]

GOOD_QUALITY = 192
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_BASE_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_SINE_PERIOD = 120
_DEFAULTS: dict[str, object] = {
    "bool": False,
    "int32": 0,
    "float": 0.0,
    "double": 0.0,
    "string": "",
    "datetime": _EPOCH,
    "duration": dt.timedelta(0),
}


def type_default(type_name: str) -> object:
    """The value MXAccess fills unset array slots with (false, 0, "", Unix epoch)."""
    return _DEFAULTS[type_name]


@dataclass(frozen=True)
class Sample:
    """A value with its OPC DA quality and source timestamp."""

    value: object
    quality: int
    timestamp: dt.datetime


class Watcher(Protocol):
    """Something told about every change of an attribute (an advised item)."""

    def on_change(self, sample: Sample) -> None: ...


@dataclass
class _Override:
    sample: Sample
    tick: int


def _key(obj: GObject, attr: AttributeDef) -> str:
    return f"{obj.tag_name.lower()}.{attr.name.lower()}"


class Plant:
    """Every attribute value of the galaxy, computed lazily and changed by ticks and writes."""

    def __init__(
        self,
        *,
        seed: int,
        galaxy: Callable[[], Galaxy],
        alarms: AlarmMonitor,
        start: dt.datetime,
        alarm_objects: int,
    ) -> None:
        self._seed = seed
        self._galaxy = galaxy
        self._alarms = alarms
        self._start = start
        self._alarm_objects = alarm_objects
        self.tick_count = 0
        self._overrides: dict[str, _Override] = {}
        self._watchers: dict[str, tuple[GObject, AttributeDef, set[Watcher]]] = {}
        alarms.add_listener(self._on_alarm)

    # -- reading ------------------------------------------------------------

    def _hash(self, obj: GObject, name: str) -> int:
        return zlib.crc32(f"{self._seed}:{obj.tag_name}:{name}".encode())

    def _tick_time(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=self.tick_count)

    def read(self, obj: GObject, attr: AttributeDef) -> Sample:
        """The attribute's current value, quality and timestamp."""
        override = self._overrides.get(_key(obj, attr))
        behavior = attr.behavior
        if behavior is Behavior.CHANGING:
            if override is not None and override.tick == self.tick_count:
                return override.sample
            if override is not None and attr.type_name == "int32":
                base = override.sample.value
                assert isinstance(base, int)
                return Sample(
                    _wrap32(base + self.tick_count - override.tick),
                    override.sample.quality,
                    self._tick_time(),
                )
            return Sample(self._changing(obj, attr), GOOD_QUALITY, self._tick_time())
        if behavior in (Behavior.STATIC, Behavior.ALARM_CONDITION, Behavior.ALARM_ACK_MSG):
            if override is not None:
                return override.sample
            return Sample(self._static(obj, attr), GOOD_QUALITY, self._start)
        return self._alarm_primitive(obj, attr)

    def _changing(self, obj: GObject, attr: AttributeDef) -> object:
        seed = self._hash(obj, attr.name)
        tick = self.tick_count
        if attr.type_name == "int32":
            return _wrap32(seed % 1000 + tick)
        if attr.type_name == "float":
            return self._sine(obj, tick)
        if attr.type_name == "string":
            return f"{obj.tag_name} tick {tick}"
        if attr.type_name == "bool":
            return (seed + tick) % 2 == 1
        return self._tick_time()

    def _sine(self, obj: GObject, tick: int) -> float:
        phase = self._hash(obj, "TestChangingFloat") % _SINE_PERIOD
        return round(50.0 + 50.0 * math.sin(2 * math.pi * (tick + phase) / _SINE_PERIOD), 2)

    def _static(self, obj: GObject, attr: AttributeDef) -> object:
        seed = self._hash(obj, attr.name)
        name = attr.name
        fixed: dict[str, object] = {
            "TestSetpoint": 50.0,
            "TestTuning": 1.5,
            "TestSecuredWrite": 10.0,
            "TestVerifiedWrite": 20.0,
            "TestViewOnly": 42,
            "TestAlarm001": False,
            "TestAlarm001.AckMsg": "",
        }
        if name in fixed:
            return fixed[name]
        if attr.is_array:
            return [
                self._element(attr.type_name, seed + i, obj, i) for i in range(attr.array_length)
            ]
        return self._element(attr.type_name, seed, obj, 0)

    @staticmethod
    def _element(type_name: str, seed: int, obj: GObject, index: int) -> object:
        if type_name == "int32":
            return seed % 1000
        if type_name == "float":
            return (seed % 4000) / 4.0
        if type_name == "double":
            return (seed % 100000) / 100.0
        if type_name == "string":
            return f"{obj.tag_name} text {index + 1}" if index else f"{obj.tag_name} text"
        if type_name == "bool":
            return seed % 2 == 1
        if type_name == "datetime":
            return _BASE_TIME + dt.timedelta(seconds=seed % 1_000_000)
        return dt.timedelta(seconds=seed % 3600)

    def _alarm_primitive(self, obj: GObject, attr: AttributeDef) -> Sample:
        alarm = next(a for a in MACHINE_ALARMS if a.name == attr.primitive)
        state = self._alarms.state(obj, alarm)
        timestamp = state.last_transition if state is not None else self._start
        if attr.behavior is Behavior.ALARM_IN_ALARM:
            active = state is not None and state.condition in (
                mx.AlarmConditionState.ACTIVE_UNACKED,
                mx.AlarmConditionState.ACTIVE_ACKED,
            )
            return Sample(active, GOOD_QUALITY, timestamp)
        if attr.behavior is Behavior.ALARM_ACKED:
            acked = state is None or state.condition in (
                mx.AlarmConditionState.ACTIVE_ACKED,
                mx.AlarmConditionState.INACTIVE_ACKED,
            )
            return Sample(acked, GOOD_QUALITY, timestamp)
        return Sample(alarm.priority, GOOD_QUALITY, self._start)

    # -- writing ------------------------------------------------------------

    def store(
        self,
        obj: GObject,
        attr: AttributeDef,
        value: object,
        *,
        timestamp: dt.datetime,
        quality: int = GOOD_QUALITY,
    ) -> None:
        """Set an attribute as the plant (or a completed write) would, telling its watchers."""
        sample = Sample(value, quality, timestamp)
        self._overrides[_key(obj, attr)] = _Override(sample, self.tick_count)
        self._notify(obj, attr, sample)
        self._after_store(obj, attr, value)

    def _after_store(self, obj: GObject, attr: AttributeDef, value: object) -> None:
        if attr.behavior is Behavior.ALARM_CONDITION:
            alarm = next(a for a in MACHINE_ALARMS if a.source_attribute == attr.name)
            self._alarms.set_condition(obj, alarm, bool(value), bool(value))
        elif attr.name == "TestChangingFloat" and isinstance(value, float):
            self._evaluate_limits(obj, value)

    # -- watching -----------------------------------------------------------

    def watch(self, obj: GObject, attr: AttributeDef, watcher: Watcher) -> None:
        key = _key(obj, attr)
        entry = self._watchers.get(key)
        if entry is None:
            entry = (obj, attr, set())
            self._watchers[key] = entry
        entry[2].add(watcher)

    def unwatch(self, obj: GObject, attr: AttributeDef, watcher: Watcher) -> None:
        key = _key(obj, attr)
        entry = self._watchers.get(key)
        if entry is not None:
            entry[2].discard(watcher)
            if not entry[2]:
                del self._watchers[key]

    def watched_count(self) -> int:
        return len(self._watchers)

    def _notify(self, obj: GObject, attr: AttributeDef, sample: Sample) -> None:
        entry = self._watchers.get(_key(obj, attr))
        if entry is not None:
            for watcher in list(entry[2]):
                watcher.on_change(sample)

    def _on_alarm(self, state: AlarmState, _event: mx.OnAlarmTransitionEvent) -> None:
        for attr in state.source.attributes:
            if attr.primitive == state.definition.name:
                self._notify(state.source, attr, self.read(state.source, attr))

    # -- time ---------------------------------------------------------------

    def tick(self) -> None:
        """One simulated second: changing values move, limit alarms are evaluated."""
        self.tick_count += 1
        for obj, attr, watchers in list(self._watchers.values()):
            if attr.behavior is Behavior.CHANGING and watchers:
                self._notify(obj, attr, self.read(obj, attr))
        self.evaluate_alarms()

    def evaluate_alarms(self) -> None:
        """Evaluate the limit alarms of the first ``alarm_objects`` machines."""
        galaxy = self._galaxy()
        for index in range(1, min(self._alarm_objects, galaxy.machines) + 1):
            obj = galaxy.get(galaxy.machine_id(index))
            if obj is None or obj.kind is not ObjectKind.MACHINE:
                continue
            attr = obj.attribute("TestChangingFloat")
            assert attr is not None
            value = self.read(obj, attr).value
            if isinstance(value, float):
                self._evaluate_limits(obj, value)

    def _evaluate_limits(self, obj: GObject, value: float) -> None:
        for alarm in MACHINE_ALARMS:
            if alarm.limit is not None:
                self._alarms.set_condition(obj, alarm, value >= alarm.limit, value)


def _wrap32(value: int) -> int:
    return (value + 2**31) % 2**32 - 2**31
