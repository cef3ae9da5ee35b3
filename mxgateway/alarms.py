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
    """One currently active (or unacknowledged) alarm, with ``ActiveAlarmSnapshot``'s names.

    ``raw_severity`` is the native priority (1 most urgent to 999); values are Python values.
    """

    alarm_full_reference: str
    source_object_reference: str
    alarm_type_name: str
    condition_state: mx.AlarmConditionState
    raw_severity: int
    original_raise_timestamp: dt.datetime | None
    last_transition_timestamp: dt.datetime | None
    operator_user: str
    operator_comment: str
    category: str
    description: str
    current_value: object
    limit_value: object
    raw: mx.ActiveAlarmSnapshot = field(repr=False, compare=False)

    @property
    def acknowledged(self) -> bool:
        """True in ACK_ALM and ACK_RTN."""
        return _acknowledged(self.condition_state)

    @property
    def active(self) -> bool:
        """True while the alarm condition is present (UNACK_ALM, ACK_ALM)."""
        return _active(self.condition_state)


@dataclass(frozen=True)
class AlarmTransition:
    """One alarm state change (raise, acknowledge, clear, retrigger): ``OnAlarmTransitionEvent``."""

    alarm_full_reference: str
    source_object_reference: str
    alarm_type_name: str
    transition_kind: mx.AlarmTransitionKind
    condition_state: mx.AlarmConditionState
    raw_severity: int
    original_raise_timestamp: dt.datetime | None
    transition_timestamp: dt.datetime | None
    operator_user: str
    operator_comment: str
    category: str
    description: str
    current_value: object
    limit_value: object
    #: StreamAlarms feed sequence (0 when the transition came on a session event stream).
    sequence: int = 0
    raw: mx.OnAlarmTransitionEvent | None = field(default=None, repr=False, compare=False)

    @property
    def acknowledged(self) -> bool:
        """True when the transition left the alarm acknowledged."""
        return _acknowledged(self.condition_state)

    @property
    def active(self) -> bool:
        """True when the transition left the alarm condition present."""
        return _active(self.condition_state)


def _acknowledged(state: mx.AlarmConditionState) -> bool:
    return state in (mx.AlarmConditionState.ACTIVE_ACKED, mx.AlarmConditionState.INACTIVE_ACKED)


def _active(state: mx.AlarmConditionState) -> bool:
    return state in (mx.AlarmConditionState.ACTIVE_UNACKED, mx.AlarmConditionState.ACTIVE_ACKED)


@dataclass(frozen=True)
class AlarmSnapshotComplete:
    """Marks the end of the initial snapshot of a StreamAlarms feed."""

    snapshot_count: int
    sequence: int = 0


@dataclass(frozen=True)
class AcknowledgeResult:
    """Outcome of an accepted alarm acknowledgement: ``AcknowledgeAlarmReply``'s fields."""

    status: int
    hresult: int
    diagnostic_message: str


#: One message of a StreamAlarms feed.
AlarmFeedMessage = ActiveAlarm | AlarmSnapshotComplete | AlarmTransition


def active_alarm_from_proto(message: mx.ActiveAlarmSnapshot) -> ActiveAlarm:
    """Build an ``ActiveAlarm`` from its generated message."""
    return ActiveAlarm(
        alarm_full_reference=message.alarm_full_reference,
        source_object_reference=message.source_object_reference,
        alarm_type_name=message.alarm_type_name,
        condition_state=message.condition_state,
        raw_severity=message.raw_severity,
        original_raise_timestamp=message.original_raise_timestamp,
        last_transition_timestamp=message.last_transition_timestamp,
        operator_user=message.operator_user,
        operator_comment=message.operator_comment,
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
        alarm_full_reference=message.alarm_full_reference,
        source_object_reference=message.source_object_reference,
        alarm_type_name=message.alarm_type_name,
        transition_kind=message.transition_kind,
        condition_state=message.condition_state,
        raw_severity=message.raw_severity,
        original_raise_timestamp=message.original_raise_timestamp,
        transition_timestamp=message.transition_timestamp,
        operator_user=message.operator_user,
        operator_comment=message.operator_comment,
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
