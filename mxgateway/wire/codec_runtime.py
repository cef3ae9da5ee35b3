"""Primitives the generated fast codec (``_generated/codec.py``) calls off its fast paths.

The generated decoders inline the common cases (one-byte keys, varints and
lengths); multi-byte varints, unknown fields, enum values and errors land here.
Every failure is a :class:`~mxgateway.errors.MalformedReplyError`, and every
length is checked against the bytes that remain before anything is sliced.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Generic, TypeVar

from mxgateway.errors import MalformedReplyError

__all__ = [
    "MAX_DEPTH",
    "MAX_MESSAGES",
    "MAX_NANOS",
    "TIMESTAMP_SECONDS",
    "EnumTable",
    "MessageBudget",
    "RecordsUnavailable",
    "budget",
    "duration",
    "encode_varint",
    "no_records",
    "read_varint",
    "skip_field",
    "timestamp",
    "too_deep",
    "too_many",
    "truncated",
]

#: Nesting bound for recursive messages and unknown groups (protobuf's default limit).
MAX_DEPTH = 100
#: Most elements of repeated message fields one decode builds: a 5000-object Galaxy page
#: with its attributes, or a 5000-entry ReadBulk reply, stays well below. Without a
#: bound, 4 MB of empty statuses (well-formed protobuf) would take seconds and
#: gigabytes to decode.
MAX_MESSAGES = 500_000


class MessageBudget(threading.local):
    """How many more repeated-field messages the decode running in this thread may build.

    Per thread, since decodes in different threads (the blocking API's loop and the
    caller's) may interleave; each top-level decode starts it at ``MAX_MESSAGES``.
    """

    left = MAX_MESSAGES


#: The budget the generated decoders count down.
budget = MessageBudget()

_MASK64 = (1 << 64) - 1
_MAX_FIELD_NUMBER = (1 << 29) - 1
_ONE_BYTE = [bytes((i,)) for i in range(128)]

E = TypeVar("E", bound=IntEnum)


class EnumTable(dict[int, E], Generic[E]):
    """Enum member by wire value; an unknown value becomes betterproto2's nameless member.

    betterproto2 keeps unknown enum values as members with an empty name (so they
    re-encode unchanged); those are made on demand and never cached, so hostile
    input cannot grow the table.
    """

    def __init__(self, enum_type: type[E]) -> None:
        super().__init__((int(member), member) for member in enum_type)
        self.enum_type = enum_type

    def __missing__(self, value: int) -> E:
        return self.enum_type(value)


#: The ranges the protobuf specification gives Timestamp (years 1 to 9999) and Duration.
TIMESTAMP_SECONDS = (-62_135_596_800, 253_402_300_799)
_DURATION_SECONDS = 315_576_000_000
MAX_NANOS = 999_999_999
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def timestamp(seconds: int, nanos: int) -> datetime:
    """A Timestamp's instant (microsecond precision); outside protobuf's ranges it is malformed.

    A decoder that folded out-of-range nanos into the seconds would report another
    instant than the gateway meant.
    """
    low, high = TIMESTAMP_SECONDS
    if not low <= seconds <= high or not 0 <= nanos <= MAX_NANOS:
        raise MalformedReplyError(f"invalid Timestamp (seconds={seconds}, nanos={nanos})")
    return _EPOCH + timedelta(0, seconds, nanos // 1000)


def duration(seconds: int, nanos: int) -> timedelta:
    """A Duration; outside protobuf's ranges, or with signs that differ, it is malformed."""
    if (
        abs(seconds) > _DURATION_SECONDS
        or abs(nanos) > MAX_NANOS
        or seconds > 0 > nanos
        or seconds < 0 < nanos
    ):
        raise MalformedReplyError(f"invalid Duration (seconds={seconds}, nanos={nanos})")
    return timedelta(0, seconds, nanos / 1e3)


class RecordsUnavailable(Exception):
    """A singular message field arrived twice, which protobuf merges; a record a factory
    built cannot be merged into, so the caller decodes the message normally instead."""


def no_records() -> RecordsUnavailable:
    """The signal that record decoding cannot represent this message."""
    return RecordsUnavailable()


def truncated() -> MalformedReplyError:
    """The error for a message that ends inside a field or overruns its enclosing length."""
    return MalformedReplyError("truncated or corrupt protobuf message")


def too_many() -> MalformedReplyError:
    """The error for a message holding more than MAX_MESSAGES repeated-field messages."""
    return MalformedReplyError(
        f"protobuf message holds more than {MAX_MESSAGES} repeated-field messages"
    )


def too_deep() -> MalformedReplyError:
    """The error for nesting beyond MAX_DEPTH."""
    return MalformedReplyError(f"protobuf message nested deeper than {MAX_DEPTH} levels")


def read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    """Varint starting at pos (at most 10 bytes, kept to 64 bits) and the position after it."""
    result = 0
    shift = 0
    while shift < 70:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & _MASK64, pos
        shift += 7
    raise MalformedReplyError("varint longer than 10 bytes")


def encode_varint(value: int) -> bytes:
    """Protobuf varint of value; negatives take ten bytes (two's complement), as in betterproto2."""
    if 0 <= value < 0x80:
        return _ONE_BYTE[value]
    if value < 0:
        if value < -(1 << 63):
            raise ValueError(f"{value} does not fit in 64 bits")
        value += 1 << 64
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def skip_field(
    buf: bytes, start: int, pos: int, end: int, key: int, depth: int, known: tuple[int, ...]
) -> int:
    """Position after the unknown field whose key ended at pos (the key began at start).

    A declared field number arriving with another wire type is corrupt, not unknown:
    it means the two ends disagree on the contract, and guessing would hide that.
    """
    number = key >> 3
    wire = key & 7
    if number == 0 or number > _MAX_FIELD_NUMBER:
        raise MalformedReplyError(f"protobuf field number {number} is out of range")
    if number in known:
        raise MalformedReplyError(f"field {number} arrived with wire type {wire}")
    if wire == 0:
        _, pos = read_varint(buf, pos)
    elif wire == 1:
        pos += 8
    elif wire == 2:
        length, pos = read_varint(buf, pos)
        pos += length
    elif wire == 5:
        pos += 4
    elif wire == 3:
        pos = _skip_group(buf, pos, end, number, depth + 1)
    else:
        raise MalformedReplyError(f"invalid protobuf wire type {wire}")
    if pos > end:
        raise truncated()
    return pos


def _skip_group(buf: bytes, pos: int, end: int, number: int, depth: int) -> int:
    """Position after the end-group key matching number (legacy groups kept as unknown bytes)."""
    if depth > MAX_DEPTH:
        raise too_deep()
    while pos < end:
        start = pos
        key, pos = read_varint(buf, pos)
        if key & 7 == 4:
            if key >> 3 != number:
                raise MalformedReplyError("mismatched protobuf end-group")
            return pos
        pos = skip_field(buf, start, pos, end, key, depth, ())
    raise truncated()
