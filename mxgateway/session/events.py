"""Typed session events built from ``MxEvent`` messages.

``event_from_proto`` turns one generated ``MxEvent`` into ``DataChange``,
``WriteComplete``, ``OperationComplete``, ``BufferedDataChange``,
``AlarmTransitionEvent``, ``ReplayGap`` (the resume sentinel: events were lost and the
caller must re-read its state) or ``UnknownEvent``. ``SessionReplaced`` is the client's
own marker for a session the gateway lost and the client replaced. Each keeps the message in ``raw``
and carries the tag address the session remembered for its item handle.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import betterproto2

from mxgateway.alarms import AlarmTransition, alarm_transition_from_proto
from mxgateway.values import (
    RECORD_DIAGNOSTIC,
    Vtq,
    from_mx_value,
    received,
    status_is_failure,
    value_from_fields,
    vtq_of_record,
)
from mxgateway.wire.codec import WIRE_SPAN, Decoded, Records, WireBacked, decode_message, record
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

__all__ = [
    "AlarmTransitionEvent",
    "BufferedDataChange",
    "DataChange",
    "Event",
    "OperationComplete",
    "ReplayGap",
    "SessionReplaced",
    "UnknownEvent",
    "WriteComplete",
    "event_from_proto",
    "event_records",
    "with_tag",
]


@dataclass(frozen=True)
class DataChange:
    """An OnDataChange: the item's new value, quality, timestamps and statuses."""

    sequence: int
    tag_address: str | None
    server_handle: int
    item_handle: int
    value: object
    quality: int
    source_timestamp: dt.datetime | None
    statuses: tuple[mx.MxStatusProxy, ...]
    worker_timestamp: dt.datetime | None
    gateway_timestamp: dt.datetime | None
    raw: mx.MxEvent = field(repr=False, compare=False)

    @property
    def vtq(self) -> Vtq:
        """Value, quality, timestamp and statuses as a ``Vtq``."""
        attributes = self.__dict__
        if "raw" not in attributes:  # record-decoded, raw still undecoded: keep it so
            return vtq_of_record(attributes)
        value = self.raw.value
        return Vtq(
            self.value,
            self.quality,
            self.source_timestamp,
            self.statuses,
            value.raw_diagnostic if value else "",
            value,
        )


@dataclass(frozen=True)
class WriteComplete:
    """An OnWriteComplete: the outcome of a write (PENDING first for a write in flight)."""

    sequence: int
    tag_address: str | None
    server_handle: int
    item_handle: int
    correlation_id: str
    hresult: int | None
    statuses: tuple[mx.MxStatusProxy, ...]
    raw: mx.MxEvent = field(repr=False, compare=False)

    @property
    def pending(self) -> bool:
        """True while the write is still in flight (a PENDING status, no failure)."""
        return not self.failed and any(
            s.category is mx.MxStatusCategory.PENDING for s in self.statuses
        )

    @property
    def failed(self) -> bool:
        """True when the HRESULT is negative or a status reports a failure."""
        return (self.hresult is not None and self.hresult < 0) or any(
            map(status_is_failure, self.statuses)
        )


@dataclass(frozen=True)
class OperationComplete:
    """An OperationComplete event (e.g. after Suspend or Activate)."""

    sequence: int
    tag_address: str | None
    server_handle: int
    item_handle: int
    operation: str
    hresult: int | None
    statuses: tuple[mx.MxStatusProxy, ...]
    raw: mx.MxEvent = field(repr=False, compare=False)


@dataclass(frozen=True)
class BufferedDataChange:
    """An OnBufferedDataChange: several samples of a buffered item at once."""

    sequence: int
    tag_address: str | None
    server_handle: int
    item_handle: int
    samples: tuple[Vtq, ...]
    raw: mx.MxEvent = field(repr=False, compare=False)


@dataclass(frozen=True)
class AlarmTransitionEvent:
    """An OnAlarmTransition delivered on the session's event stream."""

    sequence: int
    transition: AlarmTransition
    raw: mx.MxEvent = field(repr=False, compare=False)


@dataclass(frozen=True)
class ReplayGap:
    """Resume could not replay everything: events after ``requested_after_sequence`` and
    before ``oldest_available_sequence`` are lost, so state must be re-read."""

    requested_after_sequence: int
    oldest_available_sequence: int
    sequence: int = 0


@dataclass(frozen=True)
class SessionReplaced:
    """The gateway lost the session (e.g. it restarted), so the client opened a new one,
    registered and re-subscribed the same tags: state was re-snapshotted.

    Events of the old session after the last one delivered are lost; the first
    OnDataChange of each re-advised tag follows this marker. Item and server handles
    obtained before it are gone (``HandlesLostError``).
    """

    old_session_id: str
    new_session_id: str
    reason: str
    sequence: int = 0


@dataclass(frozen=True)
class UnknownEvent:
    """An event of a family this client does not know (kept raw)."""

    sequence: int
    family: mx.MxEventFamily
    raw: mx.MxEvent = field(repr=False, compare=False)


#: Any typed session event.
Event = (
    DataChange
    | WriteComplete
    | OperationComplete
    | BufferedDataChange
    | AlarmTransitionEvent
    | ReplayGap
    | SessionReplaced
    | UnknownEvent
)


setattr(DataChange, "raw", WireBacked("raw"))  # noqa: B010 (after @dataclass)


def event_records(tag_of: Callable[[int], str | None]) -> Records[Decoded[object]]:
    """Record decoding for the event stream: an ``MxEvent`` of a data change becomes its
    ``DataChange`` directly; any other event, its plainly decoded ``MxEvent``."""

    def event(fields: dict[str, Any], data: bytes, start: int, end: int) -> object:
        body = fields["body"]
        if fields["replay_gap"] is None and (
            body == "on_data_change"
            or (not body and fields["family"] is mx.MxEventFamily.ON_DATA_CHANGE)
        ):
            value, diagnostic = received(fields["value"])
            return record(
                DataChange,
                {
                    "sequence": fields["worker_sequence"],
                    "tag_address": tag_of(fields["item_handle"]),
                    "server_handle": fields["server_handle"],
                    "item_handle": fields["item_handle"],
                    "value": value,
                    "quality": fields["quality"],
                    "source_timestamp": fields["source_timestamp"],
                    "statuses": tuple(fields["statuses"]),
                    "worker_timestamp": fields["worker_timestamp"],
                    "gateway_timestamp": fields["gateway_receive_timestamp"],
                    RECORD_DIAGNOSTIC: diagnostic,
                    WIRE_SPAN: (data, start, end, mx.MxEvent, ""),
                },
            )
        return decode_message(data[start:end], mx.MxEvent)

    return Records(mx.MxEvent, {mx.MxEvent: event, mx.MxValue: value_from_fields})


def event_from_proto(message: mx.MxEvent, tag_of: Callable[[int], str | None]) -> Event:
    """Build the typed event for ``message``; ``tag_of`` maps an item handle to its tag."""
    if message.replay_gap is not None:
        gap = message.replay_gap
        return ReplayGap(
            gap.requested_after_sequence, gap.oldest_available_sequence, message.worker_sequence
        )
    _, body = betterproto2.which_one_of(message, "body")
    sequence = message.worker_sequence
    statuses = tuple(message.statuses)
    tag = tag_of(message.item_handle)
    if isinstance(body, mx.OnDataChangeEvent) or (
        body is None and message.family is mx.MxEventFamily.ON_DATA_CHANGE
    ):
        return DataChange(
            sequence,
            tag,
            message.server_handle,
            message.item_handle,
            from_mx_value(message.value),
            message.quality,
            message.source_timestamp,
            statuses,
            message.worker_timestamp,
            message.gateway_receive_timestamp,
            message,
        )
    if isinstance(body, mx.OnWriteCompleteEvent):
        return WriteComplete(
            sequence,
            tag,
            message.server_handle,
            message.item_handle,
            body.client_correlation_id,
            message.hresult,
            statuses,
            message,
        )
    if isinstance(body, mx.OperationCompleteEvent):
        return OperationComplete(
            sequence,
            tag,
            message.server_handle,
            message.item_handle,
            body.operation,
            message.hresult,
            statuses,
            message,
        )
    if isinstance(body, mx.OnBufferedDataChangeEvent):
        samples = tuple(
            Vtq(from_mx_value(s.value), s.quality, s.source_timestamp, raw=s.value)
            for s in body.samples
        )
        return BufferedDataChange(
            sequence, tag, message.server_handle, message.item_handle, samples, message
        )
    if isinstance(body, mx.OnAlarmTransitionEvent):
        return AlarmTransitionEvent(sequence, alarm_transition_from_proto(body, sequence), message)
    return UnknownEvent(sequence, message.family, message)


def with_tag(event: Event, tag_of: Callable[[int], str | None]) -> Event:
    """``event`` with its tag address filled in if it was unknown when the event arrived.

    The first OnDataChange after an Advise can overtake the reply that names the handle.
    """
    if (
        isinstance(event, (DataChange, WriteComplete, OperationComplete, BufferedDataChange))
        and event.tag_address is None
    ):
        tag = tag_of(event.item_handle)
        if tag is not None:
            return replace(event, tag_address=tag)
    return event
