"""JSON-ready documents from the library's typed results.

Gateway messages become protobuf JSON (lowerCamel names, enum names, int64 as strings,
timestamps as RFC 3339 with ``Z``) through their own ``to_dict``; the library's typed
dataclasses get the same conventions: lowerCamel keys, enum names (the proto name for
gateway enums), UTC timestamps with ``Z``. The ``raw`` message a typed object keeps is
left out (its content is already there).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import functools
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mxgateway.alarms import AcknowledgeResult, AlarmFeedMessage
    from mxgateway.galaxy.model import DeployEvent, GalaxyObject
    from mxgateway.session.bulk import ItemResult, WriteResult
    from mxgateway.session.events import Event

__all__ = [
    "acknowledge_document",
    "alarm_document",
    "bulk_result_document",
    "camel",
    "deploy_event_document",
    "event_document",
    "galaxy_object_document",
    "timestamp_text",
    "to_json",
]


def camel(name: str) -> str:
    """``snake_case`` -> ``lowerCamel`` (the protobuf JSON field name)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def timestamp_text(value: dt.datetime) -> str:
    """An aware datetime as UTC RFC 3339 text ending in ``Z`` (naive ones are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, camel(f.name)) for f in dataclasses.fields(cls) if f.name != "raw")


def to_json(value: object) -> Any:
    """``value`` as plain JSON data (dicts, lists, str, int, float, bool, None)."""
    import betterproto2

    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, betterproto2.Message):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return getattr(value, "proto_name", value.name)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dt.datetime):
        return timestamp_text(value)
    if isinstance(value, dt.timedelta):
        return f"{value.total_seconds():g}s"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {key: to_json(getattr(value, name)) for name, key in _fields(type(value))}
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(item) for item in value]
    return str(value)


def event_document(event: Event) -> dict[str, Any]:
    """A session event as the protobuf JSON of its ``MxEvent``."""
    from mxgateway.session.events import ReplayGap, SessionReplaced
    from mxgateway.wire.contract import mx

    if isinstance(event, SessionReplaced):
        return {
            "sessionReplaced": {
                "oldSessionId": event.old_session_id,
                "newSessionId": event.new_session_id,
                "reason": event.reason,
            }
        }
    if isinstance(event, ReplayGap):
        message = mx.MxEvent(
            worker_sequence=event.sequence,
            replay_gap=mx.ReplayGap(
                requested_after_sequence=event.requested_after_sequence,
                oldest_available_sequence=event.oldest_available_sequence,
            ),
        )
    else:
        message = event.raw
    document: dict[str, Any] = message.to_dict()
    return document


def alarm_document(message: AlarmFeedMessage) -> dict[str, Any]:
    """A StreamAlarms feed message as the protobuf JSON of its ``AlarmFeedMessage``."""
    from mxgateway.alarms import ActiveAlarm, AlarmSnapshotComplete
    from mxgateway.wire.contract import mx

    if isinstance(message, ActiveAlarm):
        feed = mx.AlarmFeedMessage(active_alarm=message.raw)
    elif isinstance(message, AlarmSnapshotComplete):
        feed = mx.AlarmFeedMessage(
            sequence=message.sequence,
            snapshot_complete=mx.AlarmSnapshotComplete(snapshot_count=message.snapshot_count),
        )
    else:
        feed = mx.AlarmFeedMessage(sequence=message.sequence, transition=message.raw)
    document: dict[str, Any] = feed.to_dict()
    return document


def bulk_result_document(result: ItemResult | WriteResult) -> dict[str, Any]:
    """A bulk entry's result as the protobuf JSON of its reply message (``SubscribeResult``
    for add/advise/remove/subscribe bulks, ``BulkWriteResult`` for writes), as read-bulk
    prints its ``BulkReadResult``."""
    from mxgateway.session.bulk import ItemResult
    from mxgateway.wire.contract import mx

    message: mx.SubscribeResult | mx.BulkWriteResult
    if isinstance(result, ItemResult):
        message = mx.SubscribeResult(
            server_handle=result.server_handle,
            tag_address=result.tag_address,
            item_handle=result.item_handle,
            was_successful=result.was_successful,
            error_message=result.error_message,
        )
    else:
        message = mx.BulkWriteResult(
            item_handle=result.item_handle,
            was_successful=result.was_successful,
            error_message=result.error_message,
            hresult=result.hresult,
            statuses=list(result.statuses),
        )
    document: dict[str, Any] = message.to_dict()
    return document


def acknowledge_document(result: AcknowledgeResult) -> dict[str, Any]:
    """An accepted alarm acknowledgement as the protobuf JSON of its ``AcknowledgeAlarmReply``
    (without the protocol status: the library accepted only an OK one)."""
    from mxgateway.wire.contract import mx

    reply = mx.AcknowledgeAlarmReply(
        hresult=result.hresult,
        status=result.status,
        diagnostic_message=result.diagnostic_message,
    )
    document: dict[str, Any] = reply.to_dict()
    return document


def galaxy_object_document(obj: GalaxyObject) -> dict[str, Any]:
    """A deployed object as the protobuf JSON of its ``GalaxyObject`` (native numbers, 0 for
    "no parent/area/host", as the gateway sends them): the inverse of
    ``GalaxyObject.from_proto``, since the typed object keeps no ``raw`` message."""
    from mxgateway.wire.contract import gr

    message = gr.GalaxyObject(
        gobject_id=obj.gobject_id,
        tag_name=obj.tag_name,
        contained_name=obj.contained_name,
        hierarchical_name=obj.hierarchical_name,
        parent_gobject_id=obj.parent_gobject_id,
        is_area=obj.is_area,
        category_id=obj.category_id,
        template_chain=list(obj.template_chain),
        attributes=[
            gr.GalaxyAttribute(
                attribute_name=a.attribute_name,
                full_tag_reference=a.full_tag_reference,
                mx_data_type=a.mx_data_type,
                data_type_name=a.data_type_name,
                is_array=a.is_array,
                array_dimension=a.array_dimension,
                mx_attribute_category=a.mx_attribute_category,
                security_classification=int(a.security_classification),
                primitive_name=a.primitive_name,
                is_historized=a.is_historized,
                is_alarm=a.is_alarm,
            )
            for a in obj.attributes
        ],
        contained_path=obj.contained_path,
        area_gobject_id=obj.area_gobject_id,
        hosted_by_gobject_id=obj.hosted_by_gobject_id,
    )
    document: dict[str, Any] = message.to_dict()
    return document


def deploy_event_document(event: DeployEvent) -> dict[str, Any]:
    """A deploy event as the protobuf JSON of its ``DeployEvent``, plus ``missed`` (events
    the gateway dropped for this watcher before it)."""
    from mxgateway.wire.contract import gr

    message = gr.DeployEvent(
        sequence=event.sequence,
        time_of_last_deploy=event.time_of_last_deploy,
        time_of_last_deploy_present=event.time_of_last_deploy is not None,
        object_count=event.object_count,
        attribute_count=event.attribute_count,
    )
    document: dict[str, Any] = {**message.to_dict(), "missed": event.missed}
    return document
