"""Parsing and resolving MXAccess item references against the galaxy.

A reference is ``TagName.Attribute`` with primitives chained by dots
(``TestMachine_001.TestAlarm001.Acked``); arrays are ``Obj.Arr[]`` (whole) or
``Obj.Arr[3]`` (1-based element). A bare array name fails with
COMMUNICATION_ERROR detail 1003, as MXAccess does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mxgateway.native import data_type_from_native
from mxgateway.simulator.plant import type_default
from mxgateway.simulator.statuses import (
    DETAIL_ATTRIBUTE_NOT_FOUND,
    DETAIL_BARE_ARRAY,
    DETAIL_INVALID_INDEX,
    DETAIL_OBJECT_NOT_FOUND,
    MxFailure,
    failure_status,
)
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from mxgateway.simulator.attributes import AttributeDef
    from mxgateway.simulator.galaxy import Galaxy, GObject

__all__ = ["TagRef", "resolve_reference"]

_INDEX = re.compile(r"^(.*)\[(\d*)\]$")


@dataclass(frozen=True)
class TagRef:
    """A resolved reference: object, attribute and (for ``[N]``) the 1-based element."""

    address: str
    obj: GObject
    attr: AttributeDef
    element: int | None = None

    @property
    def key(self) -> str:
        """Identity of the underlying attribute (elements share their array's key)."""
        return f"{self.obj.tag_name.lower()}.{self.attr.name.lower()}"

    @property
    def canonical(self) -> str:
        """``Tag.Attribute`` with the galaxy's spelling, plus any index suffix."""
        base = f"{self.obj.tag_name}.{self.attr.name}"
        if self.element is not None:
            return f"{base}[{self.element}]"
        return f"{base}[]" if self.attr.is_array else base

    @property
    def value_type(self) -> str:
        """The values.py type name of what this reference reads and writes."""
        return self.attr.type_name if self.element is not None else self.attr.value_type

    @property
    def data_type(self) -> mx.MxDataType:
        return data_type_from_native(self.attr.native_type)

    def read_from(self, whole: object) -> object:
        """What this reference reads of the attribute's value: the element for ``[N]``.

        An element past the end of a shortened array reads as the type's default.
        """
        if self.element is None:
            return whole
        assert isinstance(whole, list)
        index = self.element - 1
        return whole[index] if index < len(whole) else type_default(self.attr.type_name)

    def write_into(self, whole: object, value: object) -> object:
        """The attribute's value after writing ``value`` through this reference.

        An element write past the end of the array fills the gap with the type's default.
        """
        if self.element is None:
            return value
        assert isinstance(whole, list)
        array = list(whole)
        array.extend([type_default(self.attr.type_name)] * (self.element - len(array)))
        array[self.element - 1] = value
        return array


def _config_error(detail: int, text: str) -> MxFailure:
    status = failure_status(mx.MxStatusCategory.CONFIGURATION_ERROR, detail, text)
    return MxFailure(text, status=status)


def resolve_reference(galaxy: Galaxy, address: str) -> TagRef:
    """The attribute ``address`` names, or MxFailure with the status MXAccess reports."""
    text = address.strip()
    tag, dot, rest = text.partition(".")
    if not tag or not dot or not rest:
        raise _config_error(
            DETAIL_OBJECT_NOT_FOUND, f"'{address}' is not a Tag.Attribute reference"
        )
    obj = galaxy.find_tag(tag)
    if obj is None:
        raise _config_error(DETAIL_OBJECT_NOT_FOUND, f"Object '{tag}' does not exist")
    match = _INDEX.match(rest)
    name = match.group(1) if match else rest
    attr = obj.attribute(name)
    if attr is None:
        raise _config_error(
            DETAIL_ATTRIBUTE_NOT_FOUND, f"Attribute '{name}' does not exist on '{obj.tag_name}'"
        )
    if match is None:
        if attr.is_array:
            text = f"'{address}' names an array: use '{address}[]' or an element '[N]'"
            status = failure_status(
                mx.MxStatusCategory.COMMUNICATION_ERROR, DETAIL_BARE_ARRAY, text
            )
            raise MxFailure(text, status=status)
        return TagRef(address, obj, attr)
    if not attr.is_array:
        raise _config_error(DETAIL_INVALID_INDEX, f"'{obj.tag_name}.{attr.name}' is not an array")
    if match.group(2) == "":
        return TagRef(address, obj, attr)
    index = int(match.group(2))
    if not 1 <= index <= attr.array_length:
        raise _config_error(
            DETAIL_INVALID_INDEX,
            f"Index {index} is out of range for '{obj.tag_name}.{attr.name}'"
            f" (1..{attr.array_length}; MXAccess indexes are 1-based)",
        )
    return TagRef(address, obj, attr, index)
