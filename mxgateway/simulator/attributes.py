"""Attribute definitions of the synthetic galaxy's templates.

Each template (``$TestMachine``, ``$TestChildObject``) declares its attributes
once; every instance shares the definitions and only its values differ. The
``behavior`` says where a value comes from: a static seeded value, a value that
changes every second, or the alarm monitor.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mxgateway.galaxy.model import SecurityClassification as Classification

__all__ = [
    "CHILD_ATTRIBUTES",
    "MACHINE_ATTRIBUTES",
    "NATIVE_TYPES",
    "AttributeDef",
    "Behavior",
]

#: Native MXAccess data type numbers (see mxgateway.native) by value type name.
NATIVE_TYPES = {
    "bool": 1,
    "int32": 2,
    "float": 3,
    "double": 4,
    "string": 5,
    "datetime": 6,
    "duration": 7,
}

_TYPE_NAMES = {
    "bool": "MxBoolean",
    "int32": "MxInteger",
    "float": "MxFloat",
    "double": "MxDouble",
    "string": "MxString",
    "datetime": "MxTime",
    "duration": "MxElapsedTime",
}


class Behavior(enum.Enum):
    """Where an attribute's value comes from."""

    STATIC = "static"
    CHANGING = "changing"
    ALARM_CONDITION = "alarm-condition"
    ALARM_IN_ALARM = "alarm-in-alarm"
    ALARM_ACKED = "alarm-acked"
    ALARM_ACK_MSG = "alarm-ack-msg"
    ALARM_PRIORITY = "alarm-priority"


@dataclass(frozen=True)
class AttributeDef:
    """One attribute of a template."""

    name: str
    type_name: str
    behavior: Behavior = Behavior.STATIC
    array_length: int = 0
    classification: Classification = Classification.FREE_ACCESS
    historized: bool = False
    alarm: bool = False
    primitive: str = ""
    #: Category of the attribute in the ZB database (2 writeable, 3 calculated, ...).
    mx_category: int = 2

    @property
    def is_array(self) -> bool:
        return self.array_length > 0

    @property
    def native_type(self) -> int:
        return NATIVE_TYPES[self.type_name]

    @property
    def data_type_name(self) -> str:
        return _TYPE_NAMES[self.type_name]

    @property
    def value_type(self) -> str:
        """The values.py type name of the whole attribute (``int32[]`` for arrays)."""
        return f"{self.type_name}[]" if self.is_array else self.type_name

    @property
    def writable_by_clients(self) -> bool:
        return self.classification is not Classification.VIEW_ONLY and self.behavior not in (
            Behavior.ALARM_IN_ALARM,
            Behavior.ALARM_ACKED,
            Behavior.ALARM_PRIORITY,
        )


_A = AttributeDef
_C = Classification
_B = Behavior

MACHINE_ATTRIBUTES: tuple[AttributeDef, ...] = (
    _A("TestChangingInt", "int32", _B.CHANGING, historized=True, mx_category=3),
    _A("TestChangingFloat", "float", _B.CHANGING, historized=True, alarm=True, mx_category=3),
    _A("TestChangingString", "string", _B.CHANGING, mx_category=3),
    _A("TestChangingBool", "bool", _B.CHANGING, mx_category=3),
    _A("TestChangingDateTime", "datetime", _B.CHANGING, mx_category=3),
    _A("TestInt", "int32", historized=True),
    _A("TestFloat", "float"),
    _A("TestDouble", "double", historized=True),
    _A("TestString", "string"),
    _A("TestBool", "bool"),
    _A("TestDateTime", "datetime"),
    _A("TestDuration", "duration"),
    _A("TestIntArray", "int32", array_length=10),
    _A("TestFloatArray", "float", array_length=5),
    _A("TestDoubleArray", "double", array_length=5),
    _A("TestStringArray", "string", array_length=5),
    _A("TestBoolArray", "bool", array_length=8),
    _A("TestSetpoint", "double", classification=_C.OPERATE, historized=True),
    _A("TestTuning", "double", classification=_C.TUNE),
    _A("TestSecuredWrite", "double", classification=_C.SECURED_WRITE),
    _A("TestVerifiedWrite", "double", classification=_C.VERIFIED_WRITE),
    _A("TestViewOnly", "int32", classification=_C.VIEW_ONLY, mx_category=3),
    _A("TestAlarm001", "bool", _B.ALARM_CONDITION, alarm=True),
    _A("TestAlarm001.InAlarm", "bool", _B.ALARM_IN_ALARM, primitive="TestAlarm001"),
    _A("TestAlarm001.Acked", "bool", _B.ALARM_ACKED, primitive="TestAlarm001"),
    _A("TestAlarm001.AckMsg", "string", _B.ALARM_ACK_MSG, primitive="TestAlarm001"),
    _A("TestAlarm001.Priority", "int32", _B.ALARM_PRIORITY, primitive="TestAlarm001"),
)

CHILD_ATTRIBUTES: tuple[AttributeDef, ...] = (
    _A("TestInt", "int32", historized=True),
    _A("TestString", "string"),
)
