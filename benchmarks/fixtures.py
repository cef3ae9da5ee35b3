"""The replay gateway's canned replies, built deterministically with the protobuf stubs.

Every reply looks like what a gateway sends for the workload: ReadBulk results carry a
value of a rotating type, quality, a source timestamp and an OK status; events are
data changes of mixed value types with all three timestamps; Galaxy pages hold objects
with attributes. Protobuf (upb) builds them quickly and encodes them once; the replay
gateway then answers with the bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from benchmarks.protoc import Stubs

SESSION_ID = "session-0123456789abcdef0123456789abcdef"
SERVER_HANDLE = 1
EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
CAPABILITIES = (
    "bulk-subscribe-commands",
    "bulk-read-commands",
    "bulk-write-commands",
    "event-replay",
)
#: Value kinds cycled through replies and events: (oneof field, MX_DATA_TYPE, VARIANT).
VALUE_KINDS = (
    ("int32_value", "MX_DATA_TYPE_INTEGER", "VT_I4"),
    ("double_value", "MX_DATA_TYPE_DOUBLE", "VT_R8"),
    ("float_value", "MX_DATA_TYPE_FLOAT", "VT_R4"),
    ("string_value", "MX_DATA_TYPE_STRING", "VT_BSTR"),
    ("bool_value", "MX_DATA_TYPE_BOOLEAN", "VT_BOOL"),
    ("timestamp_value", "MX_DATA_TYPE_TIME", "VT_DATE"),
)
ATTRIBUTE_NAMES = ("TestInt", "TestDouble", "TestFloat", "TestString", "TestBool", "TestDateTime")
OBJECTS_PER_AREA = 1000


def encode(message: Any) -> bytes:
    """A protobuf message's wire bytes."""
    data: bytes = message.SerializeToString()
    return data


def tag_address(index: int) -> str:
    """The tag of the ``index``-th ReadBulk entry or event item (stable, realistic names)."""
    attribute = ATTRIBUTE_NAMES[index % len(ATTRIBUTE_NAMES)]
    return f"TestMachine_{index // len(ATTRIBUTE_NAMES) + 1:03d}.{attribute}"


def _timestamp(stubs: Stubs, index: int) -> Any:
    stamp = stubs.mx.google_dot_protobuf_dot_timestamp__pb2.Timestamp()
    stamp.FromDatetime(EPOCH + dt.timedelta(seconds=index, microseconds=137 * index % 1_000_000))
    return stamp


def mx_value(stubs: Stubs, index: int) -> Any:
    """An ``MxValue`` of the kind ``index`` selects, with a value that varies with it."""
    field, data_type, variant = VALUE_KINDS[index % len(VALUE_KINDS)]
    value = stubs.mx.MxValue(data_type=data_type, variant_type=variant)
    if field == "int32_value":
        value.int32_value = index * 7 - 1000
    elif field == "double_value":
        value.double_value = index * 0.125 + 0.1
    elif field == "float_value":
        value.float_value = index * 0.5
    elif field == "string_value":
        value.string_value = f"value {index} of a string tag"
    elif field == "bool_value":
        value.bool_value = index % 2 == 0
    else:
        value.timestamp_value.CopyFrom(_timestamp(stubs, index))
    return value


def ok_status(stubs: Stubs) -> Any:
    """The MXSTATUS_PROXY of a successful MXAccess call."""
    return stubs.mx.MxStatusProxy(
        success=1,
        category="MX_STATUS_CATEGORY_OK",
        detected_by="MX_STATUS_SOURCE_RESPONDING_LMX",
        raw_category=0,
        raw_detected_by=1,
        diagnostic_text="OK",
    )


def _command_reply(stubs: Stubs, kind: str, **payload: Any) -> Any:
    return stubs.mx.MxCommandReply(
        session_id=SESSION_ID,
        correlation_id="gateway-correlation-1",
        kind=kind,
        protocol_status=stubs.mx.ProtocolStatus(code="PROTOCOL_STATUS_CODE_OK", message="OK"),
        hresult=0,
        statuses=[ok_status(stubs)],
        **payload,
    )


def open_session_reply(stubs: Stubs) -> bytes:
    """OpenSession: a READY session speaking the protocol versions mxgateway needs."""
    return encode(
        stubs.mx.OpenSessionReply(
            session_id=SESSION_ID,
            backend_name="mxaccess-worker",
            gateway_protocol_version=3,
            worker_protocol_version=1,
            protocol_status=stubs.mx.ProtocolStatus(code="PROTOCOL_STATUS_CODE_OK"),
            capabilities=CAPABILITIES,
        )
    )


def close_session_reply(stubs: Stubs) -> bytes:
    """CloseSession: the session is CLOSED."""
    return encode(
        stubs.mx.CloseSessionReply(
            session_id=SESSION_ID,
            final_state="SESSION_STATE_CLOSED",
            protocol_status=stubs.mx.ProtocolStatus(code="PROTOCOL_STATUS_CODE_OK"),
        )
    )


def command_reply(stubs: Stubs, kind: int) -> bytes:
    """An OK reply for a command without a bulk payload (Ping, Register, GetSessionState...)."""
    name = stubs.mx.MxCommandKind.Name(kind)
    payload: dict[str, Any] = {}
    if name == "MX_COMMAND_KIND_REGISTER":
        payload["register"] = stubs.mx.RegisterReply(server_handle=SERVER_HANDLE)
    elif name == "MX_COMMAND_KIND_GET_SESSION_STATE":
        payload["get_session_state"] = stubs.mx.GetSessionStateReply(state="SESSION_STATE_READY")
    return encode(_command_reply(stubs, name, **payload))


def read_bulk_reply(stubs: Stubs, tags: list[str]) -> bytes:
    """ReadBulk: one successful result per tag, in order, values of rotating types."""
    results = [
        stubs.mx.BulkReadResult(
            tag_address=tag,
            was_successful=True,
            value=mx_value(stubs, index),
            quality=192,
            source_timestamp=_timestamp(stubs, index),
            statuses=[ok_status(stubs)],
            was_cached=False,
        )
        for index, tag in enumerate(tags)
    ]
    reply = _command_reply(
        stubs, "MX_COMMAND_KIND_READ_BULK", bulk_read=stubs.mx.BulkReadReply(results=results)
    )
    return encode(reply)


def subscribe_bulk_reply(stubs: Stubs, tags: list[str]) -> bytes:
    """SubscribeBulk: every tag added and advised, item handles 1..len(tags) in order."""
    results = [
        stubs.mx.SubscribeResult(
            server_handle=SERVER_HANDLE, tag_address=tag, item_handle=index + 1, was_successful=True
        )
        for index, tag in enumerate(tags)
    ]
    reply = _command_reply(
        stubs,
        "MX_COMMAND_KIND_SUBSCRIBE_BULK",
        bulk_subscribe=stubs.mx.BulkSubscribeReply(results=results),
    )
    return encode(reply)


def data_change_events(stubs: Stubs, count: int, items: int = 100) -> Iterator[bytes]:
    """``count`` encoded OnDataChange events (sequences 1..count) over ``items`` items."""
    status = ok_status(stubs)
    for index in range(count):
        value = mx_value(stubs, index % items)
        if value.WhichOneof("kind") == "int32_value":
            value.int32_value = index
        stamp = _timestamp(stubs, index)
        event = stubs.mx.MxEvent(
            session_id=SESSION_ID,
            worker_sequence=index + 1,
            family="MX_EVENT_FAMILY_ON_DATA_CHANGE",
            server_handle=SERVER_HANDLE,
            item_handle=index % items + 1,
            value=value,
            quality=192,
            source_timestamp=stamp,
            statuses=[status],
            worker_timestamp=stamp,
            gateway_receive_timestamp=stamp,
            on_data_change=stubs.mx.OnDataChangeEvent(data_type=value.data_type),
        )
        yield encode(event)


def galaxy_object(stubs: Stubs, index: int, attributes: int) -> Any:
    """The ``index``-th deployed object: areas every ``OBJECTS_PER_AREA``, else machines."""
    area = index // OBJECTS_PER_AREA
    area_id = area * OBJECTS_PER_AREA + 1
    gobject_id = index + 1
    if gobject_id == area_id:
        return stubs.gr.GalaxyObject(
            gobject_id=gobject_id,
            tag_name=f"Area_{area:03d}",
            contained_name=f"Area_{area:03d}",
            hierarchical_name=f"Area_{area:03d}",
            is_area=True,
            category_id=13,
            template_chain=["$Area"],
            contained_path=f"Area_{area:03d}",
        )
    tag = f"TestMachine_{index:06d}"
    return stubs.gr.GalaxyObject(
        gobject_id=gobject_id,
        tag_name=tag,
        contained_name=f"Machine{index % OBJECTS_PER_AREA:03d}",
        hierarchical_name=f"Area_{area:03d}.{tag}",
        parent_gobject_id=area_id,
        is_area=False,
        category_id=10,
        template_chain=["$TestMachine", "$gMachine", "$UserDefined"],
        contained_path=f"Area_{area:03d}/Machine{index % OBJECTS_PER_AREA:03d}",
        area_gobject_id=area_id,
        hosted_by_gobject_id=2,
        attributes=[
            stubs.gr.GalaxyAttribute(
                attribute_name=ATTRIBUTE_NAMES[a % len(ATTRIBUTE_NAMES)] + str(a),
                full_tag_reference=f"{tag}.{ATTRIBUTE_NAMES[a % len(ATTRIBUTE_NAMES)]}{a}",
                mx_data_type=a % 6 + 1,
                data_type_name=VALUE_KINDS[a % 6][1].removeprefix("MX_DATA_TYPE_").title(),
                is_array=a % 5 == 4,
                array_dimension=10 if a % 5 == 4 else 0,
                mx_attribute_category=2,
                security_classification=a % 4,
                primitive_name="",
                is_historized=a % 3 == 0,
                is_alarm=a % 7 == 0,
            )
            for a in range(attributes)
        ],
    )


def hierarchy_pages(stubs: Stubs, objects: int, attributes: int, page_size: int) -> list[bytes]:
    """DiscoverHierarchy pages over ``objects`` objects; page N's token is ``"page-N"``."""
    pages: list[bytes] = []
    for start in range(0, objects, page_size):
        stop = min(start + page_size, objects)
        reply = stubs.gr.DiscoverHierarchyReply(
            objects=[galaxy_object(stubs, i, attributes) for i in range(start, stop)],
            next_page_token=f"page-{len(pages) + 1}" if stop < objects else "",
            total_object_count=objects,
        )
        pages.append(encode(reply))
    return pages
