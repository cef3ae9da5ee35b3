"""Fuzzing replies: random and mutated bytes give a result or an ``MxGatewayError``, never
a raw exception, and cost time and memory in proportion to the bytes received.

The bytes go through the client's codec (``decode`` is the one boundary every reply
crosses, whichever decoder runs behind it) and then through the typed conversions; a
second test sends them over loopback from the hostile gateway as ReadBulk replies.
Examples are derandomized, so every run (and CI) tries the same ones; raise
``max_examples`` and drop ``derandomize`` locally for a longer exploratory run.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
import tracemalloc
from typing import Any

import betterproto2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.galaxy.model import GalaxyObject
from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE
from mxgateway.session import Session
from mxgateway.session.events import event_from_proto
from mxgateway.transport import _ClientCodec
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import gr, mx

from .gateway import OK, SESSION_ID, HostileGateway
from .scenarios import command_kind

K = mx.MxCommandKind
UTC = dt.timezone.utc
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


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
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
        st.builds(_mutate, st.just(SEEDS[message_type]), _EDITS),
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


def _decode_and_convert(data: bytes, message_type: type[betterproto2.Message]) -> str:
    try:
        _convert(CODEC.decode(data, message_type))
    except errors.MxGatewayError:
        return "refused"
    return "accepted"


@settings(
    max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data(), message_type=st.sampled_from(sorted(SEEDS, key=lambda t: t.__name__)))
def test_fuzzed_replies_decode_or_raise_mxgateway_errors(
    data: st.DataObject, message_type: type[betterproto2.Message]
) -> None:
    _decode_and_convert(data.draw(replies(message_type)), message_type)


def test_the_seeds_decode_and_an_edit_can_break_them() -> None:
    for message_type, seed in SEEDS.items():
        assert _decode_and_convert(seed, message_type) == "accepted"
    assert _decode_and_convert(_mutate(SEEDS[mx.MxEvent], [(3, 9, b"x")]), mx.MxEvent) == (
        "refused"
    )


def test_a_declared_length_beyond_the_bytes_is_refused_before_allocating() -> None:
    declared = b"\x0a\xff\xff\xff\xff\x07" + b"\x00" * 64  # field 1: 2 GiB declared
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert _decode_and_convert(declared, mx.MxCommandReply) == "refused"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
    assert time.perf_counter() - started < 5


async def _open(endpoint: str) -> tuple[GatewayClient, Session]:
    client = await GatewayClient.connect(endpoint=endpoint, plaintext=True, call_timeout=5)
    return client, await client.open_session("fuzz")


def test_fuzzed_read_bulk_replies_over_the_wire() -> None:
    with asyncio.Runner() as runner:
        gateway = HostileGateway()
        runner.run(gateway.__aenter__())
        current = [SEEDS[mx.MxCommandReply]]

        async def answer(stream: Any, request: Any) -> None:
            if command_kind(request) is K.REGISTER:
                await stream.send_message(
                    mx.MxCommandReply(
                        session_id=SESSION_ID,
                        kind=K.REGISTER,
                        protocol_status=OK,
                        register=mx.RegisterReply(server_handle=1),
                    )
                )
                return
            await stream.send_message(current[0])

        gateway.on("Invoke", answer)
        client, session = runner.run(_open(gateway.endpoint))
        tags = ["Tank.Level", "Tank.Profile", "Tank.Name"]
        try:
            assert len(runner.run(session.read(tags))) == 3

            @settings(max_examples=120, deadline=None, derandomize=True)
            @given(body=replies(mx.MxCommandReply))
            def read(body: bytes) -> None:
                current[0] = body
                with contextlib.suppress(errors.MxGatewayError):
                    runner.run(session.read(tags))

            read()
        finally:
            runner.run(client.close())
            runner.run(gateway.__aexit__(None, None, None))
