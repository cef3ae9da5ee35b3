"""The generated codec agrees with betterproto2 and upb on every contract message.

Hypothesis builds instances of every message type; the generated decoder must
give what betterproto2's parser gives, the generated encoder must give
betterproto2's exact bytes, and upb (where the bench extra is installed) must
read the same message from our bytes as from betterproto2's.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway.errors import MalformedReplyError
from mxgateway.wire._generated import codec as codec_module
from mxgateway.wire._generated.message_pool import default_message_pool
from mxgateway.wire.codec import decode_message, encode_message
from mxgateway.wire.contract import gr, mx
from tests.wire.messages import MESSAGE_TYPES, full_name, messages, upb_classes

EXAMPLES = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import gen_codec  # noqa: E402

TYPES = pytest.mark.parametrize("cls", MESSAGE_TYPES, ids=full_name)


def test_every_generated_message_class_has_a_codec() -> None:
    assert set(default_message_pool.url_to_type.values()) == set(MESSAGE_TYPES)


@TYPES
@EXAMPLES
@given(data=st.data())
def test_decode_equals_betterproto2_and_encode_is_byte_identical(
    cls: type[betterproto2.Message], data: st.DataObject
) -> None:
    message = data.draw(messages(cls))
    wire = bytes(message)
    decoded = decode_message(wire, cls)
    assert decoded == cls.parse(wire)
    assert type(decoded) is cls
    assert decoded._unknown_fields == b""
    assert encode_message(message) == wire
    assert encode_message(decoded) == wire
    assert bytes(decoded) == wire
    for group in cls._betterproto.oneof_field_by_group:
        assert betterproto2.which_one_of(decoded, group) == betterproto2.which_one_of(
            message, group
        )


@TYPES
@EXAMPLES
@given(data=st.data())
def test_upb_reads_our_bytes_as_it_reads_betterproto2s(
    cls: type[betterproto2.Message], data: st.DataObject
) -> None:
    classes = upb_classes()
    if classes is None:
        pytest.skip("protobuf (upb) is not installed: pip install -e '.[bench]'")
    reference = classes[full_name(cls)]
    message = data.draw(messages(cls))
    wire = bytes(message)
    expected = reference.FromString(wire)
    decoded = decode_message(wire, cls)
    assert reference.FromString(encode_message(decoded)) == expected
    # upb writes fields in number order, betterproto2 in declaration order: same message.
    assert decode_message(expected.SerializeToString(), cls) == decoded


def _unknown_suffix(number: int) -> bytes:
    """One unknown field of each wire type (varint, fixed64, bytes, group, fixed32)."""

    def key(wire_type: int) -> bytes:
        return bytes(_key(number, wire_type))

    return (
        key(0) + b"\x96\x01"
        + key(1) + bytes(range(8))
        + key(2) + b"\x03abc"
        + key(3) + bytes(_key(1, 0)) + b"\x07" + key(4)
        + key(5) + b"\xff\xff\xff\xff"
    )  # fmt: skip


def _key(number: int, wire_type: int) -> bytearray:
    key = (number << 3) | wire_type
    out = bytearray()
    while key > 0x7F:
        out.append((key & 0x7F) | 0x80)
        key >>= 7
    out.append(key)
    return out


def _undeclared_number(cls: type[betterproto2.Message]) -> int:
    declared = {meta.number for meta in cls._betterproto.meta_by_field_name.values()}
    return next(n for n in range(1000, 2000) if n not in declared)


@TYPES
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_unknown_fields_of_every_wire_type_are_kept_and_reemitted(
    cls: type[betterproto2.Message], data: st.DataObject
) -> None:
    message = data.draw(messages(cls))
    suffix = _unknown_suffix(_undeclared_number(cls))
    wire = bytes(message) + suffix
    decoded = decode_message(wire, cls)
    assert decoded._unknown_fields == suffix
    assert encode_message(decoded) == wire
    classes = upb_classes()
    if classes is not None:
        reference = classes[full_name(cls)]
        assert reference.FromString(encode_message(decoded)) == reference.FromString(wire)


def test_unknown_fields_inside_nested_messages_survive_a_round_trip() -> None:
    inner = bytes(mx.BulkReadResult(tag_address="A.B")) + _unknown_suffix(1500)
    assert len(inner) < 128
    results = bytes(_key(1, 2)) + bytes([len(inner)]) + inner
    decoded = decode_message(results, mx.BulkReadReply)
    assert decoded.results[0].tag_address == "A.B"
    assert decoded.results[0]._unknown_fields == _unknown_suffix(1500)
    assert encode_message(decoded) == results


def test_two_members_of_one_oneof_resolve_last_wins() -> None:
    first = bytes(mx.MxValue(int32_value=7))
    second = bytes(mx.MxValue(string_value="seven"))
    decoded = decode_message(first + second, mx.MxValue)
    assert betterproto2.which_one_of(decoded, "kind") == ("string_value", "seven")
    assert decoded.int32_value is None
    assert decoded == mx.MxValue(string_value="seven")
    back = decode_message(second + first, mx.MxValue)
    assert betterproto2.which_one_of(back, "kind") == ("int32_value", 7)
    classes = upb_classes()
    if classes is not None:
        upb = classes["mxaccess_gateway.v1.MxValue"].FromString(first + second)
        assert upb.WhichOneof("kind") == "string_value"


def test_a_message_field_sent_twice_merges_as_protobuf_does() -> None:
    one = mx.MxCommandReply(
        bulk_read=mx.BulkReadReply(results=[mx.BulkReadResult(tag_address="a")])
    )
    two = mx.MxCommandReply(
        hresult=-5, bulk_read=mx.BulkReadReply(results=[mx.BulkReadResult(tag_address="b")])
    )
    decoded = decode_message(bytes(one) + bytes(two), mx.MxCommandReply)
    assert [r.tag_address for r in decoded.bulk_read.results] == ["a", "b"]
    assert decoded.hresult == -5
    classes = upb_classes()
    if classes is not None:
        reference = classes["mxaccess_gateway.v1.MxCommandReply"]
        assert reference.FromString(encode_message(decoded)) == reference.FromString(
            bytes(one) + bytes(two)
        )


@pytest.mark.parametrize(
    ("message", "wire"),
    [
        # Repeated scalars arrive packed (proto3) or one per key (older writers): both decode.
        (gr.DiscoverHierarchyRequest(category_ids=[1, 300, -2]), None),
        (mx.MxArray(dimensions=[2, 3]), b"\x10\x02\x10\x03"),
        (mx.MxArray(dimensions=[2, 3, 4]), b"\x10\x02\x12\x02\x03\x04"),
        (gr.BrowseChildrenReply(child_has_children=[True, False, True]), None),
    ],
)
def test_repeated_scalars_decode_packed_and_unpacked(message: Any, wire: bytes | None) -> None:
    data = bytes(message) if wire is None else wire
    assert decode_message(data, type(message)) == message


def test_unknown_enum_values_are_kept_as_betterproto2_keeps_them() -> None:
    wire = bytes(mx.MxValue(data_type=mx.MxDataType(4242)))
    decoded = decode_message(wire, mx.MxValue)
    assert decoded.data_type == 4242
    assert isinstance(decoded.data_type, mx.MxDataType)
    assert decoded.data_type == mx.MxValue.parse(wire).data_type
    assert encode_message(decoded) == wire


_KIND_MEMBERS = [
    ("bool_value", False),
    ("int32_value", 0),
    ("int64_value", -(2**40)),
    ("float_value", 0.0),
    ("double_value", 1.5),
    ("string_value", ""),
    ("timestamp_value", datetime.datetime(2026, 12, 3, 6, 0, tzinfo=datetime.UTC)),
    ("duration_value", datetime.timedelta(seconds=90)),
    ("array_value", mx.MxArray(dimensions=[2])),
    ("raw_value", b"\x00\x01"),
]


@pytest.mark.parametrize(("member", "value"), _KIND_MEMBERS, ids=[m for m, _ in _KIND_MEMBERS])
def test_each_oneof_member_decodes_alone_and_after_the_fields_before_it(
    member: str, value: object
) -> None:
    # The oneof's members share one read of the key byte; each must still be told apart,
    # set to its default value too, with and without the message's earlier fields.
    alone = mx.MxValue(**{member: value})  # type: ignore[arg-type]
    full = mx.MxValue(
        data_type=mx.MxDataType(3), variant_type="VT", is_null=False, **{member: value}
    )  # type: ignore[arg-type]
    for message in (alone, full):
        decoded = decode_message(bytes(message), mx.MxValue)
        assert betterproto2.which_one_of(decoded, "kind") == (member, value)
        assert decoded == message


def _status_wire(**fields: Any) -> bytes:
    return bytes(mx.MxStatusProxy(**fields))


def test_a_repeated_status_decodes_to_equal_but_separate_messages() -> None:
    # Identical statuses are decoded once and copied: a caller changing one must not
    # change what the same bytes decode to later, here or in another reply.
    status = mx.MxStatusProxy(success=1, category=mx.MxStatusCategory(1), detail=7)
    results = [mx.BulkReadResult(tag_address=f"T{i}", statuses=[status]) for i in range(3)]
    wire = bytes(mx.BulkReadReply(results=results))
    first = decode_message(wire, mx.BulkReadReply)
    a, b, c = (r.statuses[0] for r in first.results)
    assert a == b == c == status
    assert a is not b
    assert b is not c
    for changed in (a, b):
        changed.detail = 99
        changed.diagnostic_text = "changed"
    assert c == status
    again = decode_message(wire, mx.BulkReadReply)
    assert [r.statuses for r in again.results] == [[status]] * 3
    assert decode_message(bytes(status), mx.MxStatusProxy) == status


def test_a_repeated_status_keeps_its_unknown_fields() -> None:
    wire = _status_wire(success=1, detail=3) + _unknown_suffix(_undeclared_number(mx.MxStatusProxy))
    first = decode_message(wire, mx.MxStatusProxy)
    second = decode_message(wire, mx.MxStatusProxy)
    assert first == second
    assert first._unknown_fields == second._unknown_fields != b""
    assert encode_message(second) == wire


def test_malformed_statuses_are_refused_every_time_and_not_remembered() -> None:
    bad = b"\x3a\x02\xff\xfe"  # diagnostic_text (7) holding bytes that are not UTF-8
    for _ in range(2):
        with pytest.raises(MalformedReplyError):
            decode_message(bad, mx.MxStatusProxy)
    assert bad not in codec_module._M_mxaccess_gateway_v1_MxStatusProxy


def test_the_memory_of_decoded_statuses_is_bounded() -> None:
    memo = codec_module._M_mxaccess_gateway_v1_MxStatusProxy
    for detail in range(3 * gen_codec.MEMO_ENTRIES):
        status = mx.MxStatusProxy(detail=detail, diagnostic_text=f"status {detail}")
        assert decode_message(bytes(status), mx.MxStatusProxy) == status
        assert len(memo) <= gen_codec.MEMO_ENTRIES
    long = mx.MxStatusProxy(diagnostic_text="x" * gen_codec.MEMO_BYTES)
    assert decode_message(bytes(long), mx.MxStatusProxy) == long
    assert bytes(long) not in memo


@pytest.mark.parametrize(
    "number", [2**28 - 1, 2**28, 2**31 - 1, 2**31, 2**32 + 5, 2**35 - 1, 2**35, -1, -(2**31)]
)
def test_varints_of_four_to_six_bytes_keep_their_value_and_sign(number: int) -> None:
    # Five-byte varints are read inline: 35 bits, folded for 32-bit fields and not for
    # 64-bit ones (a negative int64 always takes ten bytes).
    int64 = mx.MxValue(int64_value=number)
    assert decode_message(bytes(int64), mx.MxValue) == int64
    stamp = mx.BulkReadResult(
        source_timestamp=datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
        + datetime.timedelta(seconds=min(number, 2**35 - 1) % 253402300799)
    )
    assert decode_message(bytes(stamp), mx.BulkReadResult) == stamp
    if -(2**31) <= number < 2**31:
        int32 = mx.MxValue(int32_value=number)
        assert decode_message(bytes(int32), mx.MxValue) == int32
    wrapped = bytes(mx.MxStatusProxy(detail=0)) + bytes(_key(4, 0)) + _varint(number)
    assert decode_message(wrapped, mx.MxStatusProxy).detail == _fold32(number)


def _varint(number: int) -> bytes:
    number &= (1 << 64) - 1
    out = bytearray()
    while number >= 128:
        out.append(number & 127 | 128)
        number >>= 7
    out.append(number)
    return bytes(out)


def _fold32(number: int) -> int:
    return ((number & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000
