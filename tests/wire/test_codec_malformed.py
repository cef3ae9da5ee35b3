"""Hostile input to the generated codec: typed errors only, bounded work.

Truncated, corrupt, wrong-wire-type and over-deep input raises
MalformedReplyError, never a raw exception; a declared length larger than the
bytes that remain is refused before anything is allocated.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway.errors import MalformedReplyError
from mxgateway.values import from_mx_value
from mxgateway.wire._generated.google.protobuf import Timestamp
from mxgateway.wire.codec import decode_message
from mxgateway.wire.codec_runtime import MAX_DEPTH
from mxgateway.wire.contract import mx
from tests.wire.messages import MESSAGE_TYPES, full_name, key, messages, upb_classes, varint

TYPES = pytest.mark.parametrize("cls", MESSAGE_TYPES, ids=full_name)
FUZZ = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _decode_or_none(wire: bytes, cls: type[betterproto2.Message]) -> betterproto2.Message | None:
    """The decoded message, or None when the codec refused it with MalformedReplyError."""
    try:
        return decode_message(wire, cls)
    except MalformedReplyError:
        return None


def _upb_or_none(wire: bytes, cls: type[betterproto2.Message]) -> object | None:
    from google.protobuf.message import DecodeError

    classes = upb_classes()
    assert classes is not None
    try:
        return classes[full_name(cls)].FromString(wire)
    except DecodeError:
        return None


def _same_message(ours: betterproto2.Message, theirs: object) -> bool:
    """upb's message, re-serialized and read by our decoder, equals ours.

    Compared on our side because betterproto2 keeps timestamps and durations as
    datetime values (microseconds), so upb's nanoseconds cannot survive our encoding.
    """
    return decode_message(theirs.SerializeToString(), type(ours)) == ours  # type: ignore[attr-defined]


@TYPES
@FUZZ
@given(data=st.data())
def test_truncated_input_is_refused_exactly_when_upb_refuses_it(
    cls: type[betterproto2.Message], data: st.DataObject
) -> None:
    wire = bytes(data.draw(messages(cls)))
    cuts = data.draw(st.lists(st.integers(0, max(len(wire) - 1, 0)), max_size=8, unique=True))
    for cut in cuts:
        ours = _decode_or_none(wire[:cut], cls)
        if upb_classes() is None:
            continue
        theirs = _upb_or_none(wire[:cut], cls)
        assert (ours is None) == (theirs is None), f"cut at {cut} of {wire.hex()}"
        if ours is not None:
            assert _same_message(ours, theirs)


@TYPES
@FUZZ
@given(data=st.data())
def test_corrupted_input_decodes_like_upb_or_raises_malformed_reply(
    cls: type[betterproto2.Message], data: st.DataObject
) -> None:
    wire = bytearray(data.draw(messages(cls)).__bytes__())
    for _ in range(data.draw(st.integers(1, 4))):
        if wire:
            wire[data.draw(st.integers(0, len(wire) - 1))] = data.draw(st.integers(0, 255))
    wire += data.draw(st.binary(max_size=6))
    ours = _decode_or_none(bytes(wire), cls)
    if ours is not None and upb_classes() is not None:
        theirs = _upb_or_none(bytes(wire), cls)
        assert theirs is not None, f"upb refuses what we accept: {bytes(wire).hex()}"
        assert _same_message(ours, theirs)


@TYPES
@FUZZ
@given(wire=st.binary(max_size=48))
def test_random_bytes_raise_only_malformed_reply(
    cls: type[betterproto2.Message], wire: bytes
) -> None:
    _decode_or_none(wire, cls)


_SECONDS_OUT_OF_RANGE = key(Timestamp, "seconds", 0) + varint(2**62)
#: Folding 2 s worth of nanos into the seconds would report another instant.
_NANOS_OUT_OF_RANGE = key(Timestamp, "nanos", 0) + varint(2_000_000_000)


@pytest.mark.parametrize(
    ("cls", "wire", "reason"),
    [
        (mx.MxStatusProxy, key(mx.MxStatusProxy, "success", 2) + b"\x01\x00", "wire type 2"),
        (mx.MxStatusProxy, key(mx.MxStatusProxy, "diagnostic_text", 0) + b"\x01", "wire type 0"),
        (mx.MxValue, key(mx.MxValue, "double_value", 5) + b"\x00" * 4, "wire type 5"),
        (mx.ProtocolStatus, varint((3000 << 3) | 6), "wire type 6"),
        (mx.ProtocolStatus, varint((3000 << 3) | 7), "wire type 7"),
        (mx.ProtocolStatus, varint((3000 << 3) | 4), "wire type 4"),
        (mx.ProtocolStatus, b"\x00\x01", "field number 0"),
        (mx.ProtocolStatus, varint((1 << 29) << 3) + b"\x01", "field number"),
        (mx.ProtocolStatus, key(mx.ProtocolStatus, "code", 0) + b"\xff" * 10 + b"\x01", "varint"),
        (mx.ProtocolStatus, key(mx.ProtocolStatus, "message", 2) + b"\x02\xc3\x28", "UTF-8"),
        (mx.ProtocolStatus, key(mx.ProtocolStatus, "message", 2) + b"\x05ab", "corrupt"),
        (mx.ProtocolStatus, key(mx.ProtocolStatus, "code", 0), "corrupt"),
        (mx.ProtocolStatus, key(mx.ProtocolStatus, "code", 0) + b"\x80", "corrupt"),
        (mx.MxValue, key(mx.MxValue, "double_value", 1) + b"\x00" * 7, "corrupt"),
        (mx.MxArray, key(mx.MxArray, "dimensions", 2) + b"\x02\x80\x80", "corrupt"),
        (
            mx.MxEvent,
            key(mx.MxEvent, "source_timestamp", 2)
            + varint(len(_SECONDS_OUT_OF_RANGE))
            + _SECONDS_OUT_OF_RANGE,
            "invalid Timestamp",
        ),
        (
            mx.MxEvent,
            key(mx.MxEvent, "source_timestamp", 2)
            + varint(len(_NANOS_OUT_OF_RANGE))
            + _NANOS_OUT_OF_RANGE,
            "invalid Timestamp",
        ),
    ],
)
def test_each_kind_of_corruption_raises_malformed_reply(
    cls: type[betterproto2.Message], wire: bytes, reason: str
) -> None:
    with pytest.raises(MalformedReplyError, match=reason):
        decode_message(wire, cls)


def _nested_arrays(depth: int) -> bytes:
    """An MxValue holding an array whose one element holds an array, depth times."""
    value = b""
    for _ in range(depth):
        element = key(mx.MxArray, "elements", 2) + varint(len(value)) + value
        value = key(mx.MxValue, "array_value", 2) + varint(len(element)) + element
    return value


def test_nesting_is_bounded() -> None:
    assert decode_message(_nested_arrays(MAX_DEPTH // 2 - 1), mx.MxValue).array_value is not None
    with pytest.raises(MalformedReplyError, match="deeper"):
        decode_message(_nested_arrays(MAX_DEPTH + 1), mx.MxValue)


def test_unknown_group_nesting_is_bounded() -> None:
    start, end = varint((3000 << 3) | 3), varint((3000 << 3) | 4)
    fine = start * 10 + end * 10
    assert decode_message(fine, mx.ProtocolStatus)._unknown_fields == fine
    with pytest.raises(MalformedReplyError):
        decode_message(start * (MAX_DEPTH + 5) + end * (MAX_DEPTH + 5), mx.ProtocolStatus)


@pytest.mark.parametrize(
    ("cls", "field", "tail"),
    [
        (mx.ProtocolStatus, "message", b"abc"),
        (mx.MxValue, "raw_value", b"abc"),
        (mx.MxCommandReply, "bulk_read", b"\x0a\x00"),
        (mx.MxArray, "dimensions", b"\x01\x02"),
        (mx.OpenSessionReply, "capabilities", b"x"),
    ],
)
def test_a_declared_length_beyond_the_input_is_refused_before_allocating(
    cls: type[betterproto2.Message], field: str, tail: bytes
) -> None:
    wire = key(cls, field, 2) + varint(2**62) + tail
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(MalformedReplyError):
            decode_message(wire, cls)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024
    assert time.perf_counter() - started < 1.0


def _bounded(work: Callable[[], object], *, max_bytes: int, max_seconds: float) -> object:
    """Run work, failing if it allocates or takes more than allowed; returns its result."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < max_bytes
    assert time.perf_counter() - started < max_seconds
    return result


def test_a_tiny_sparse_array_declaring_huge_length_is_refused_before_expanding() -> None:
    sparse = key(mx.MxSparseArray, "total_length", 0) + varint(100_000_000)
    wire = key(mx.MxValue, "sparse_array_value", 2) + varint(len(sparse)) + sparse
    assert len(wire) <= 12
    value = decode_message(wire, mx.MxValue)

    def convert() -> None:
        with pytest.raises(MalformedReplyError, match="sparse array"):
            from_mx_value(value)

    _bounded(convert, max_bytes=1024 * 1024, max_seconds=1.0)


@pytest.mark.parametrize(
    "dimensions",
    [[4_294_967_295, 0], [0, 4_294_967_295, 4_294_967_295], [1] * 1000, [2**31, 2**31, 0, 7]],
)
def test_array_dimensions_cannot_make_conversion_explode(dimensions: list[int]) -> None:
    packed = b"".join(varint(d) for d in dimensions)
    array = key(mx.MxArray, "dimensions", 2) + varint(len(packed)) + packed
    wire = key(mx.MxValue, "array_value", 2) + varint(len(array)) + array
    value = decode_message(wire, mx.MxValue)

    def convert() -> None:
        # Dimensions that do not describe the (zero) elements break the contract.
        with pytest.raises(MalformedReplyError, match="dimension"):
            from_mx_value(value)

    _bounded(convert, max_bytes=1024 * 1024, max_seconds=1.0)


def test_consistent_dimensions_still_reshape() -> None:
    value = mx.MxValue(
        array_value=mx.MxArray(
            dimensions=[2, 3], elements=[mx.MxValue(int32_value=i) for i in range(6)]
        )
    )
    assert from_mx_value(decode_message(bytes(value), mx.MxValue)) == [[0, 1, 2], [3, 4, 5]]
