"""Record decoding builds the same typed results as decoding plainly and converting.

The typed API's hot paths (ReadBulk results, data-change events, Galaxy objects)
decode straight into typed objects through factories (``wire.codec.Records``). Every
such object must equal what the plain path gives for the same bytes, ``raw`` (parsed
lazily from the retained bytes) must equal the plainly decoded message, and input the
records cannot represent (a singular message field sent twice, which protobuf merges)
must fall back to the plain path.
"""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings

from mxgateway.errors import MalformedReplyError, MxAccessError
from mxgateway.galaxy import client as galaxy_client
from mxgateway.galaxy.model import GalaxyAttribute, GalaxyObject
from mxgateway.session import bulk
from mxgateway.session.events import DataChange, event_from_proto, event_records
from mxgateway.wire.codec import (
    Decoded,
    decode_message,
    decode_records,
    plain_reply_in_errors,
    slots_builder,
)
from mxgateway.wire.codec_runtime import encode_varint
from mxgateway.wire.contract import gr, mx
from tests.wire.messages import messages

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _tag_of(handle: int) -> str | None:
    return None if handle % 3 == 0 else f"Tag{handle}"


def _outcome(convert: Any) -> Any:
    try:
        return convert()
    except MalformedReplyError:
        return MalformedReplyError


@EXAMPLES
@given(reply=messages(mx.BulkReadReply))
def test_read_results_from_records_equal_the_plain_conversion(reply: mx.BulkReadReply) -> None:
    wire = bytes(reply)
    plain = _outcome(
        lambda: [bulk._read_result_of(r) for r in decode_message(wire, mx.BulkReadReply).results]
    )
    records = _outcome(
        lambda: decode_records(wire, mx.BulkReadReply, bulk._READ_RECORDS.factories).results
    )
    assert records == plain
    if plain is MalformedReplyError:
        return
    for ours, theirs in zip(records, plain, strict=True):
        assert type(ours) is bulk.ReadResult
        assert ours.raw == theirs.raw
        assert ours.vtq == theirs.vtq
        assert ours.vtq.diagnostic == theirs.vtq.diagnostic


@EXAMPLES
@given(event=messages(mx.MxEvent))
def test_events_from_records_equal_event_from_proto(event: mx.MxEvent) -> None:
    wire = bytes(event)
    factories = event_records(_tag_of).factories
    records = _outcome(lambda: decode_records(wire, mx.MxEvent, factories))
    plain = decode_message(wire, mx.MxEvent)
    expected = _outcome(lambda: event_from_proto(plain, _tag_of))
    if records is MalformedReplyError:
        assert expected is MalformedReplyError
    elif isinstance(records, DataChange):
        assert records == expected
        assert records.raw == plain
        assert records.vtq == expected.vtq
    else:
        assert not isinstance(expected, DataChange)
        assert records == plain


@EXAMPLES
@given(reply=messages(gr.DiscoverHierarchyReply))
def test_galaxy_objects_from_records_equal_from_proto(reply: gr.DiscoverHierarchyReply) -> None:
    wire = bytes(reply)
    records = decode_records(
        wire, gr.DiscoverHierarchyReply, galaxy_client._DISCOVER_RECORDS.factories
    )
    plain = decode_message(wire, gr.DiscoverHierarchyReply)
    assert list(records.objects) == [GalaxyObject.from_proto(o) for o in plain.objects]
    assert records.next_page_token == plain.next_page_token
    assert records.total_object_count == plain.total_object_count


def _field_key(cls: type[betterproto2.Message], name: str) -> bytes:
    number = cls._betterproto.meta_by_field_name[name].number  # type: ignore[attr-defined]
    return encode_varint(number << 3 | 2)


def test_a_value_sent_twice_is_merged_through_the_plain_path() -> None:
    first = mx.BulkReadResult(tag_address="A.B", value=mx.MxValue(int32_value=7), quality=192)
    second = mx.BulkReadResult(value=mx.MxValue(data_type=mx.MxDataType.INTEGER))
    entry = bytes(first) + bytes(second)  # protobuf merges the two `value` fields
    wire = _field_key(mx.BulkReadReply, "results") + encode_varint(len(entry)) + entry
    results = decode_records(wire, mx.BulkReadReply, bulk._READ_RECORDS.factories).results
    assert [type(r) for r in results] == [mx.BulkReadResult]
    assert results[0].value == mx.MxValue(int32_value=7, data_type=mx.MxDataType.INTEGER)
    assert bulk._read_result_of(results[0]).value == 7


def test_an_event_with_a_merged_value_falls_back_to_the_plain_message() -> None:
    first = mx.MxEvent(
        worker_sequence=4, value=mx.MxValue(double_value=1.5), on_data_change=mx.OnDataChangeEvent()
    )
    second = mx.MxEvent(value=mx.MxValue(data_type=mx.MxDataType.DOUBLE))
    wire = bytes(first) + bytes(second)
    decoded = decode_records(wire, mx.MxEvent, event_records(_tag_of).factories)
    assert decoded == decode_message(wire, mx.MxEvent)
    assert isinstance(event_from_proto(decoded, _tag_of), DataChange)


def test_lazy_raw_is_parsed_once_and_replace_keeps_it() -> None:
    reply = mx.BulkReadReply(
        results=[mx.BulkReadResult(tag_address="T.1", value=mx.MxValue(string_value="x"))]
    )
    (result,) = decode_records(bytes(reply), mx.BulkReadReply, bulk._READ_RECORDS.factories).results
    vtq = result.vtq
    assert "raw" not in vars(result)  # a Vtq needs no decode either
    assert vtq.raw == reply.results[0].value
    assert (vtq.value, vtq.diagnostic) == ("x", "")
    raw = result.raw
    assert raw == reply.results[0]
    assert result.raw is raw
    assert dataclasses.replace(result, quality=0).raw is raw
    assert repr(result).startswith("ReadResult(tag_address='T.1'")


def test_a_worker_note_reaches_the_vtq_without_decoding_raw() -> None:
    value = mx.MxValue(int32_value=3, raw_diagnostic="clamped")
    event = mx.MxEvent(
        worker_sequence=9, item_handle=3, value=value, on_data_change=mx.OnDataChangeEvent()
    )
    change = decode_records(bytes(event), mx.MxEvent, event_records(_tag_of).factories)
    assert (change.value, change.vtq.diagnostic) == (3, "clamped")
    assert "raw" not in vars(change)
    assert change.vtq.raw == value


def test_errors_carry_the_plainly_decoded_reply() -> None:
    reply = mx.MxCommandReply(
        kind=mx.MxCommandKind.READ_BULK,
        hresult=-1,
        bulk_read=mx.BulkReadReply(results=[mx.BulkReadResult(tag_address="T.1")]),
    )
    data = bytes(reply)
    decoded = Decoded(decode_records(data, mx.MxCommandReply, bulk._READ_RECORDS.factories), data)
    assert type(decoded.value.bulk_read.results[0]) is bulk.ReadResult
    with pytest.raises(MxAccessError) as caught, plain_reply_in_errors(decoded):
        raise MxAccessError("failed", reply=decoded.value)
    assert caught.value.reply == reply
    assert type(caught.value.reply.bulk_read.results[0]) is mx.BulkReadResult


def test_slots_builder_builds_what_init_builds_and_keeps_it_frozen() -> None:
    values = ("PV", "Tank_001.PV", 3, "Float", False, 0, 2, 1, "", True, False)
    built = slots_builder(GalaxyAttribute)(*values)
    plain = GalaxyAttribute(*values)
    assert type(built) is GalaxyAttribute
    assert built == plain
    assert hash(built) == hash(plain)
    assert repr(built) == repr(plain)
    assert pickle.loads(pickle.dumps(built)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.attribute_name = "other"  # type: ignore[misc]


def test_slots_builder_refuses_what_it_cannot_build() -> None:
    with pytest.raises(TypeError, match="not a dataclass with slots"):
        slots_builder(bulk.ReadResult)
    with pytest.raises(TypeError, match="not a dataclass with slots"):
        slots_builder(dict)
    with pytest.raises(TypeError):
        slots_builder(GalaxyAttribute)("too", "few")
