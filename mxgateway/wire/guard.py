"""A structural check of received protobuf bytes, run before any decoder builds objects.

Decoders (betterproto2's, or a generated one) recurse into nested messages and copy
each nested payload, so a hostile reply of a million nested ``MxValue`` arrays costs
gigabytes before the recursion limit stops it, and a million tiny repeated messages
block the event loop for seconds. ``check_wire`` walks the bytes once, iteratively
and without copying, following the schema of the expected message type, and raises
``WireError`` for:

* a varint longer than 10 bytes, a field number 0, a group or reserved wire type;
* a known field arriving in another wire type than its schema's (a message field as
  a varint, a singular int as bytes), which decoders would store with the wrong type;
* two different members of one oneof in the same message (protobuf would keep the
  last, betterproto2 keeps both and then fails; no gateway sends that);
* a length (or fixed-size field) that runs past the end of its enclosing message,
  refused before anything of that size is allocated;
* nesting deeper than ``max_depth`` messages;
* more than ``max_messages`` nested messages in total;
* a ``google.protobuf.Timestamp`` or ``Duration`` outside the ranges the protobuf
  specification allows (nanos within a second, years 1 to 9999), which decoders
  would otherwise fold silently into another instant or fail on with an overflow.

Unknown fields are skipped, not refused: a newer gateway may send them.
"""

from __future__ import annotations

from typing import Any, Final, cast

import betterproto2

from mxgateway.wire._generated.google.protobuf import Timestamp

__all__ = ["MAX_DEPTH", "MAX_MESSAGES", "WireError", "check_wire"]

#: Deepest nesting accepted: the contract's deepest legal path (a reply, its payload,
#: a result, an MxValue, its array, an element, a timestamp) is far shallower.
MAX_DEPTH: Final = 32
#: Most nested messages in one received message (a 5000-object Galaxy page with its
#: attributes, or a 5000-entry ReadBulk reply, stays well below).
MAX_MESSAGES: Final = 500_000

_VARINT, _FIXED64, _LEN, _FIXED32 = 0, 1, 2, 5

#: Per message class: field number -> (bit mask of the wire types the field may arrive
#: in, the message class a length-delimited field holds or None, its oneof or None).
_Table = dict[int, tuple[int, "type[betterproto2.Message] | None", str | None]]
_TABLES: dict[type, _Table] = {}
#: Message classes without message fields: they cannot nest.
_LEAVES: set[type] = set()


class WireError(ValueError):
    """The bytes are not a well-formed message of the expected type."""


def _wire_type(proto_type: str) -> int:
    if proto_type in betterproto2.WIRE_VARINT_TYPES:
        return _VARINT
    if proto_type in betterproto2.WIRE_FIXED_32_TYPES:
        return _FIXED32
    if proto_type in betterproto2.WIRE_FIXED_64_TYPES:
        return _FIXED64
    return _LEN


def _table(message_type: type[betterproto2.Message]) -> _Table:
    table = _TABLES.get(message_type)
    if table is None:
        meta = cast(Any, message_type)._betterproto
        table = {}
        for number, name in meta.field_name_by_number.items():
            field = meta.meta_by_field_name[name]
            allowed = 1 << _wire_type(field.proto_type)
            if field.repeated and field.proto_type in betterproto2.PACKED_TYPES:
                allowed |= 1 << _LEN
            child: type[betterproto2.Message] | None = None
            if field.proto_type in (betterproto2.TYPE_MESSAGE, betterproto2.TYPE_MAP):
                child = field.unwrap() if field.unwrap else meta.cls_by_field[name]
            table[number] = (allowed, child, field.group)
        _TABLES[message_type] = table
        if not any(child for _, child, _ in table.values()):
            _LEAVES.add(message_type)
    return table


def _varint(data: bytes, pos: int, end: int) -> tuple[int, int]:
    result = 0
    shift = 0
    while True:
        if pos >= end:
            raise WireError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise WireError("varint longer than 10 bytes")


#: Seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, and the Duration bound.
_TIMESTAMP_SECONDS: Final = (-62_135_596_800, 253_402_300_799)
_DURATION_SECONDS: Final = 315_576_000_000
_NANOS: Final = 999_999_999
_PROTOBUF_MODULE: Final = Timestamp.__module__


def _seconds_and_nanos(data: bytes, pos: int, end: int) -> tuple[int, int]:
    """The (signed) seconds and nanos fields of a Timestamp or Duration at ``pos``."""
    seconds = nanos = 0
    while pos < end:
        key, pos = _varint(data, pos, end)
        if key & 7 != _VARINT:
            raise WireError(f"Timestamp/Duration field {key >> 3} is not a varint")
        value, pos = _varint(data, pos, end)
        if key >> 3 == 1:
            seconds = value - (1 << 64) if value >= 1 << 63 else value
        elif key >> 3 == 2:
            value &= 0xFFFFFFFF
            nanos = value - (1 << 32) if value >= 1 << 31 else value
    return seconds, nanos


def _check_timestamp(data: bytes, pos: int, end: int) -> None:
    seconds, nanos = _seconds_and_nanos(data, pos, end)
    low, high = _TIMESTAMP_SECONDS
    if not low <= seconds <= high or not 0 <= nanos <= _NANOS:
        raise WireError(f"invalid Timestamp (seconds={seconds}, nanos={nanos})")


def _check_duration(data: bytes, pos: int, end: int) -> None:
    seconds, nanos = _seconds_and_nanos(data, pos, end)
    if (
        abs(seconds) > _DURATION_SECONDS
        or abs(nanos) > _NANOS
        or (seconds > 0 > nanos)
        or (seconds < 0 < nanos)
    ):
        raise WireError(f"invalid Duration (seconds={seconds}, nanos={nanos})")


#: What an unknown field (from a newer gateway) may be: any wire type but groups.
_UNKNOWN: Final = (1 << _VARINT | 1 << _FIXED64 | 1 << _LEN | 1 << _FIXED32, None, None)

_WELL_KNOWN: Final = {"Timestamp": _check_timestamp, "Duration": _check_duration}


def check_wire(
    data: bytes,
    message_type: type[betterproto2.Message],
    *,
    max_depth: int = MAX_DEPTH,
    max_messages: int = MAX_MESSAGES,
) -> None:
    """Raise ``WireError`` unless ``data`` is a well-formed ``message_type`` (see module doc)."""
    table = _table(message_type)
    pos, end = 0, len(data)
    stack: list[tuple[_Table, int, dict[str, int]]] = []
    oneofs: dict[str, int] = {}  # this message's oneof -> the member number seen
    messages = 0
    while True:
        if pos == end:
            if not stack:
                return
            table, end, oneofs = stack.pop()
            continue
        key = data[pos]
        if key < 0x80:  # the common one-byte key, without a call
            pos += 1
        else:
            key, pos = _varint(data, pos, end)
        number, wire_type = key >> 3, key & 7
        if number == 0:
            raise WireError("field number 0")
        allowed, child, group = table.get(number, _UNKNOWN)
        if not allowed >> wire_type & 1:
            raise WireError(f"field {number} arrived with wire type {wire_type}")
        if group is not None and oneofs.setdefault(group, number) != number:
            raise WireError(f"fields {oneofs[group]} and {number} of one oneof are both set")
        if wire_type == _VARINT:
            if pos < end and data[pos] < 0x80:
                pos += 1
            else:
                _, pos = _varint(data, pos, end)
        elif wire_type == _LEN:
            length = data[pos] if pos < end else 0x80
            if length < 0x80:
                pos += 1
            else:
                length, pos = _varint(data, pos, end)
            if length > end - pos:
                raise WireError(f"field {number} declares {length} bytes, {end - pos} remain")
            if child is None:
                pos += length
                continue
            messages += 1
            if messages > max_messages:
                raise WireError(f"more than {max_messages} nested messages")
            well_known = _WELL_KNOWN.get(child.__name__)
            if well_known is not None and child.__module__ == _PROTOBUF_MODULE:
                well_known(data, pos, pos + length)  # checks its fields' wire types too
                pos += length
                continue
            if child in _LEAVES:
                pos += length  # a leaf cannot nest: the decoder checks its own fields
                continue
            child_table = _table(child)
            if len(stack) >= max_depth:
                raise WireError(f"messages nested deeper than {max_depth} levels")
            stack.append((table, end, oneofs))
            table, end, oneofs = child_table, pos + length, {}
        elif wire_type in (_FIXED64, _FIXED32):
            pos += 8 if wire_type == _FIXED64 else 4
            if pos > end:
                raise WireError(f"fixed-size field {number} runs past the end of its message")
        else:  # groups (3, 4) and the reserved 6, 7 never appear in this contract
            raise WireError(f"field {number} has unsupported wire type {wire_type}")
