"""Typed alarm messages: active-alarm snapshots, transitions and the StreamAlarms feed.

Alarms are session-less: ``GatewayClient.query_active_alarms``, ``stream_alarms`` and
``acknowledge_alarm`` produce and take these types. Every type keeps the generated
message it came from in ``raw``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import betterproto2

from mxgateway.errors import MalformedReplyError
from mxgateway.typed_stream import TypedStream
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import AsyncIterator

    from mxgateway.transport import ServerStream

__all__ = [
    "MAX_ALARM_COMMENT",
    "AcknowledgeResult",
    "ActiveAlarm",
    "AlarmFeedMessage",
    "AlarmSnapshotComplete",
    "AlarmStream",
    "AlarmTransition",
    "active_alarm_from_proto",
    "alarm_transition_from_proto",
]

#: Longest acknowledgement comment the gateway accepts.
MAX_ALARM_COMMENT: Final = 256


@dataclass(frozen=True)
class ActiveAlarm:
    """One currently active (or unacknowledged) alarm."""

    reference: str
    source_object: str
    alarm_type: str
    state: mx.AlarmConditionState
    priority: int
    raised_at: dt.datetime | None
    last_transition_at: dt.datetime | None
    operator: str
    comment: str
    category: str
    description: str
    current_value: object
    limit_value: object
    raw: mx.ActiveAlarmSnapshot = field(repr=False, compare=False)

    @property
    def acknowledged(self) -> bool:
        """True in ACK_ALM and ACK_RTN."""
        return self.state in (
            mx.AlarmConditionState.ACTIVE_ACKED,
            mx.AlarmConditionState.INACTIVE_ACKED,
        )


@dataclass(frozen=True)
class AlarmTransition:
    """One alarm state change: raise, acknowledge, clear or retrigger."""

    reference: str
    source_object: str
    alarm_type: str
    kind: mx.AlarmTransitionKind
    state: mx.AlarmConditionState
    priority: int
    raised_at: dt.datetime | None
    transition_at: dt.datetime | None
    operator: str
    comment: str
    category: str
    description: str
    current_value: object
    limit_value: object
    #: StreamAlarms feed sequence (0 when the transition came on a session event stream).
    sequence: int = 0
    raw: mx.OnAlarmTransitionEvent | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class AlarmSnapshotComplete:
    """Marks the end of the initial snapshot of a StreamAlarms feed."""

    snapshot_count: int
    sequence: int = 0


@dataclass(frozen=True)
class AcknowledgeResult:
    """Outcome of an accepted alarm acknowledgement (the native status and HRESULT)."""

    status: int
    hresult: int
    diagnostic: str


#: One message of a StreamAlarms feed.
AlarmFeedMessage = ActiveAlarm | AlarmSnapshotComplete | AlarmTransition


def active_alarm_from_proto(message: mx.ActiveAlarmSnapshot) -> ActiveAlarm:
    """Build an ``ActiveAlarm`` from its generated message."""
    return ActiveAlarm(
        reference=message.alarm_full_reference,
        source_object=message.source_object_reference,
        alarm_type=message.alarm_type_name,
        state=message.condition_state,
        priority=message.raw_severity,
        raised_at=message.original_raise_timestamp,
        last_transition_at=message.last_transition_timestamp,
        operator=message.operator_user,
        comment=message.operator_comment,
        category=message.category,
        description=message.description,
        current_value=from_mx_value(message.current_value),
        limit_value=from_mx_value(message.limit_value),
        raw=message,
    )


def alarm_transition_from_proto(
    message: mx.OnAlarmTransitionEvent, sequence: int = 0
) -> AlarmTransition:
    """Build an ``AlarmTransition`` from its generated message."""
    return AlarmTransition(
        reference=message.alarm_full_reference,
        source_object=message.source_object_reference,
        alarm_type=message.alarm_type_name,
        kind=message.transition_kind,
        state=message.condition_state,
        priority=message.raw_severity,
        raised_at=message.original_raise_timestamp,
        transition_at=message.transition_timestamp,
        operator=message.operator_user,
        comment=message.operator_comment,
        category=message.category,
        description=message.description,
        current_value=from_mx_value(message.current_value),
        limit_value=from_mx_value(message.limit_value),
        sequence=sequence,
        raw=message,
    )


def _feed_message(message: mx.AlarmFeedMessage) -> AlarmFeedMessage:
    name, payload = betterproto2.which_one_of(message, "payload")
    if isinstance(payload, mx.ActiveAlarmSnapshot):
        return active_alarm_from_proto(payload)
    if isinstance(payload, mx.AlarmSnapshotComplete):
        return AlarmSnapshotComplete(payload.snapshot_count, message.sequence)
    if isinstance(payload, mx.OnAlarmTransitionEvent):
        return alarm_transition_from_proto(payload, message.sequence)
    raise MalformedReplyError(f"alarm feed message without a known payload ({name or 'none'})")


class AlarmStream(TypedStream[mx.AlarmFeedMessage, AlarmFeedMessage]):
    """Typed StreamAlarms feed: async context manager and async iterator.

    Yields one ``ActiveAlarm`` per current alarm, one ``AlarmSnapshotComplete``, then an
    ``AlarmTransition`` per change. Leaving the block, ``aclose()``, ``break`` or
    cancelling the consuming task ends the call on the server.
    """

    def __init__(self, stream: ServerStream[mx.AlarmFeedMessage]) -> None:
        super().__init__(stream, _feed_messages)


async def _feed_messages(
    messages: AsyncIterator[mx.AlarmFeedMessage],
) -> AsyncIterator[AlarmFeedMessage]:
    async for message in messages:
        yield _feed_message(message)
