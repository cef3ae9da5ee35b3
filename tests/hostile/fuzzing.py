"""Fuzzing material shared by the fuzz tests and the audit: seed replies, mutations,
and the decode-and-convert step whose only allowed failure is an ``MxGatewayError``.

The bytes go through the client's codec (``decode`` is the one boundary every reply
crosses, whichever decoder runs behind it) and then through the typed conversions.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import betterproto2
from hypothesis import strategies as st

from mxgateway import errors
from mxgateway.galaxy.model import GalaxyObject
from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE
from mxgateway.session.events import event_from_proto
from mxgateway.transport import _ClientCodec
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import gr, mx

from .gateway import OK, SESSION_ID

__all__ = ["SEEDS", "decode_and_convert", "mutate", "random_reply", "replies"]

K = mx.MxCommandKind
UTC = dt.UTC
CODEC = _ClientCodec(DEFAULT_MAX_MESSAGE_SIZE)


def _value(**fields: Any) -> mx.MxValue:
    return mx.MxValue(**{"data_type": mx.MxDataType.DOUBLE, "variant_type": "VT_R8", **fields})


_READ = mx.MxCommandReply(
    session_id=SESSION_ID,
    kind=K.READ_BULK,
    protocol_status=OK,
    bulk_read=mx.BulkReadReply(
        results=[
            mx.BulkReadResult(
                tag_address="Tank.Level",
                was_successful=True,
                value=_value(double_value=1.5),
                quality=192,
                source_timestamp=dt.datetime(2024, 1, 1, tzinfo=UTC),
                statuses=[mx.MxStatusProxy(success=1, category=mx.MxStatusCategory.OK)],
            ),
            mx.BulkReadResult(
                tag_address="Tank.Profile",
                was_successful=True,
                value=_value(
                    array_value=mx.MxArray(
                        dimensions=[2, 2],
                        elements=[_value(double_value=float(i)) for i in range(4)],
                    )
                ),
            ),
            mx.BulkReadResult(
                tag_address="Tank.Name",
                value=mx.MxValue(
                    sparse_array_value=mx.MxSparseArray(
                        total_length=3,
                        elements=[mx.MxSparseElement(index=1, value=_value(double_value=2.0))],
                    )
                ),
                error_message="partly unconverted",
            ),
        ]
    ),
)
_EVENT = mx.MxEvent(
    session_id=SESSION_ID,
    worker_sequence=7,
    family=mx.MxEventFamily.ON_DATA_CHANGE,
    item_handle=3,
    value=_value(duration_value=dt.timedelta(seconds=5)),
    quality=192,
    source_timestamp=dt.datetime(2024, 1, 1, tzinfo=UTC),
)
_PAGE = gr.DiscoverHierarchyReply(
    objects=[gr.GalaxyObject(gobject_id=1, tag_name="TestArea", is_area=True)],
    next_page_token="p2",
    total_object_count=10,
)
SEEDS: dict[type[betterproto2.Message], bytes] = {
    mx.MxCommandReply: bytes(_READ),
    mx.MxEvent: bytes(_EVENT),
    gr.DiscoverHierarchyReply: bytes(_PAGE),
}


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (operation, position, bytes) edits: overwrite, insert, delete or truncate."""
    buffer = bytearray(data)
    for operation, position, chunk in edits:
        at = position % (len(buffer) + 1)
        if operation == 0:
            buffer[at : at + len(chunk)] = chunk
        elif operation == 1:
            buffer[at:at] = chunk
        elif operation == 2:
            del buffer[at : at + len(chunk) + 1]
        else:
            del buffer[at:]
    return bytes(buffer)


_EDITS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 2**16), st.binary(min_size=1, max_size=6)),
    min_size=1,
    max_size=4,
)


def replies(message_type: type[betterproto2.Message]) -> st.SearchStrategy[bytes]:
    """Random bytes, and valid replies of ``message_type`` with a few bytes mutated."""
    return st.one_of(
        st.binary(max_size=256),
        st.builds(mutate, st.just(SEEDS[message_type]), _EDITS),
    )


def _convert(message: Any) -> None:
    """Run every typed conversion the client applies to such a reply."""
    if isinstance(message, mx.MxCommandReply) and message.bulk_read is not None:
        for result in message.bulk_read.results:
            from_mx_value(result.value)
    elif isinstance(message, mx.MxEvent):
        event_from_proto(message, lambda handle: None)
    elif isinstance(message, gr.DiscoverHierarchyReply):
        for galaxy_object in message.objects:
            GalaxyObject.from_proto(galaxy_object)


def decode_and_convert(data: bytes, message_type: type[betterproto2.Message]) -> str:
    try:
        _convert(CODEC.decode(data, message_type))
    except errors.MxGatewayError:
        return "refused"
    return "accepted"


def random_reply(rng: random.Random, message_type: type[betterproto2.Message]) -> bytes:
    """What ``replies`` draws, from a plain ``random.Random`` (for the audit's counts)."""
    if rng.random() < 0.2:
        return rng.randbytes(rng.randrange(257))
    edits = [
        (rng.randrange(4), rng.randrange(2**16), rng.randbytes(rng.randrange(1, 7)))
        for _ in range(rng.randrange(1, 5))
    ]
    return mutate(SEEDS[message_type], edits)
