"""A structural count of received protobuf bytes, for large messages, before decoding.

The generated decoder bounds nesting and checks every length and wire type, but a
hostile reply of a million tiny nested messages (4 MB of empty statuses) is still
well-formed protobuf that takes seconds to decode. For messages above
``CHECK_ABOVE`` bytes ``check_wire`` first walks the bytes once, iteratively and
without copying, following the expected message type's schema, and raises
``WireError`` for more than ``max_messages`` nested messages, nesting deeper than
``max_depth``, a length past the end of its enclosing message, a known field in
another wire type than its schema's, or an over-long varint. Smaller messages skip
it: they cannot hold enough messages to matter, and the hot paths stay fast.

Unknown fields are skipped, not refused: a newer gateway may send them.
"""

from __future__ import annotations

from typing import Any, Final, cast

import betterproto2

__all__ = ["CHECK_ABOVE", "MAX_DEPTH", "MAX_MESSAGES", "WireError", "check_wire"]

#: Deepest nesting accepted: the contract's deepest legal path (a reply, its payload,
#: a result, an MxValue, its array, an element, a timestamp) is far shallower.
MAX_DEPTH: Final = 32
#: Most nested messages in one received message (a 5000-object Galaxy page with its
#: attributes, or a 5000-entry ReadBulk reply, stays well below).
MAX_MESSAGES: Final = 500_000
#: Messages up to this size are left to the decoder alone.
CHECK_ABOVE: Final = 256 * 1024

_VARINT, _FIXED64, _LEN, _FIXED32 = 0, 1, 2, 5

#: Per message class: field number -> (bit mask of the wire types the field may arrive
#: in, the message class a length-delimited field holds or None).
_Table = dict[int, tuple[int, "type[betterproto2.Message] | None"]]
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
            table[number] = (allowed, child)
        _TABLES[message_type] = table
        if not any(child for _, child in table.values()):
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


#: What an unknown field (from a newer gateway) may be: any wire type but groups.
_UNKNOWN: Final = (1 << _VARINT | 1 << _FIXED64 | 1 << _LEN | 1 << _FIXED32, None)


def check_wire(
    data: bytes,
    message_type: type[betterproto2.Message],
    *,
    max_depth: int = MAX_DEPTH,
    max_messages: int = MAX_MESSAGES,
) -> None:
    """Raise ``WireError`` unless ``data`` is a well-formed ``message_type`` (see module doc)."""
    if len(data) <= CHECK_ABOVE:
        return
    table = _table(message_type)
    pos, end = 0, len(data)
    stack: list[tuple[_Table, int]] = []
    messages = 0
    while True:
        if pos == end:
            if not stack:
                return
            table, end = stack.pop()
            continue
        key = data[pos]
        if key < 0x80:  # the common one-byte key, without a call
            pos += 1
        else:
            key, pos = _varint(data, pos, end)
        number, wire_type = key >> 3, key & 7
        if number == 0:
            raise WireError("field number 0")
        allowed, child = table.get(number, _UNKNOWN)
        if not allowed >> wire_type & 1:
            raise WireError(f"field {number} arrived with wire type {wire_type}")
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
            if child in _LEAVES:
                pos += length  # a leaf cannot nest: the decoder checks its own fields
                continue
            child_table = _table(child)
            if len(stack) >= max_depth:
                raise WireError(f"messages nested deeper than {max_depth} levels")
            stack.append((table, end))
            table, end = child_table, pos + length
        elif wire_type in (_FIXED64, _FIXED32):
            pos += 8 if wire_type == _FIXED64 else 4
            if pos > end:
                raise WireError(f"fixed-size field {number} runs past the end of its message")
        else:  # groups (3, 4) and the reserved 6, 7 never appear in this contract
            raise WireError(f"field {number} has unsupported wire type {wire_type}")
