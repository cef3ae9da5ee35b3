"""Typed helpers for every single MXAccess command (one COM call each).

Each helper validates its arguments, sends one Invoke through ``SessionCore.invoke``
(so MXAccess failures raise ``MxAccessError``) and returns the useful part of the
reply. The write family lives on ``Session`` because it can wait for the write's outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mxgateway.checks import check_str, check_text
from mxgateway.errors import InvalidArgumentError
from mxgateway.session.core import SessionCore, check_handle
from mxgateway.values import to_mx_value
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import reply_payload

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["SessionCommands", "WorkerInfo", "as_mx_value", "as_timestamp_value"]

K = mx.MxCommandKind


def as_mx_value(value: object, type: str | None = None) -> mx.MxValue:
    """``value`` itself if it already is an ``MxValue``, else ``to_mx_value(value, type)``."""
    if isinstance(value, mx.MxValue):
        return value
    return to_mx_value(value, type)


def as_timestamp_value(timestamp: dt.datetime | mx.MxValue) -> mx.MxValue:
    """The VT_DATE value Write2 and WriteSecured2 take as their timestamp."""
    return as_mx_value(timestamp, "datetime")


class WorkerInfo:
    """GetWorkerInfo's answer: worker process id, version and protocol version."""

    __slots__ = ("process_id", "worker_protocol_version", "worker_version")

    def __init__(self, reply: mx.GetWorkerInfoReply) -> None:
        self.process_id = reply.process_id
        self.worker_version = reply.worker_version
        self.worker_protocol_version = reply.worker_protocol_version

    def __repr__(self) -> str:
        return (
            f"WorkerInfo(process_id={self.process_id}, worker_version={self.worker_version!r}, "
            f"worker_protocol_version={self.worker_protocol_version})"
        )


class SessionCommands(SessionCore):
    """One typed method per single MXAccess command."""

    async def register(self, client_name: str) -> int:
        """Register with LMXProxyServer; returns the server handle.

        The first handle registered becomes ``server_handle``, the one the tag-based
        helpers (``read``, ``write``, ``subscribe``) use.
        """
        check_text("client_name", client_name)
        reply = await self.invoke(mx.RegisterCommand(client_name=client_name))
        handle = reply_payload(reply, mx.RegisterReply).server_handle
        if self.server_handle is None:
            self.server_handle = handle
        return handle

    async def unregister(self, server_handle: int) -> None:
        """Unregister a server handle (after removing its items)."""
        command = mx.UnregisterCommand(server_handle=check_handle("server_handle", server_handle))
        await self.invoke(command)
        if self.server_handle == server_handle:
            self.server_handle = None

    async def add_item(self, server_handle: int, item_definition: str) -> int:
        """AddItem; returns the item handle and remembers its tag address."""
        command = mx.AddItemCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_definition=check_text("item_definition", item_definition),
        )
        reply = await self.invoke(command)
        handle = reply_payload(reply, mx.AddItemReply).item_handle
        self._remember(handle, item_definition)
        return handle

    async def add_item2(self, server_handle: int, item_definition: str, item_context: str) -> int:
        """AddItem2 (with an item context); returns the item handle."""
        command = mx.AddItem2Command(
            server_handle=check_handle("server_handle", server_handle),
            item_definition=check_text("item_definition", item_definition),
            item_context=check_str("item_context", item_context),
        )
        reply = await self.invoke(command)
        handle = reply_payload(reply, mx.AddItemReply).item_handle
        self._remember(handle, item_definition)
        return handle

    async def remove_item(self, server_handle: int, item_handle: int) -> None:
        """RemoveItem (after UnAdvise); forgets the handle."""
        command = mx.RemoveItemCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
        )
        await self.invoke(command)
        self._forget(item_handle)

    async def advise(self, server_handle: int, item_handle: int) -> None:
        """Advise: start data-change events for the item."""
        command = mx.AdviseCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
        )
        await self.invoke(command)
        self._set_advised(item_handle, True)

    async def advise_supervisory(self, server_handle: int, item_handle: int) -> None:
        """AdviseSupervisory: Advise for a supervisory (non-operator) client."""
        command = mx.AdviseSupervisoryCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
        )
        await self.invoke(command)
        self._set_advised(item_handle, True)

    async def unadvise(self, server_handle: int, item_handle: int) -> None:
        """UnAdvise: stop data-change events for the item."""
        command = mx.UnAdviseCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
        )
        await self.invoke(command)
        self._set_advised(item_handle, False)

    async def authenticate_user(self, server_handle: int, user_name: str, password: str) -> int:
        """AuthenticateUser; returns the user id. The password is never logged or shown."""
        command = mx.AuthenticateUserCommand(
            server_handle=check_handle("server_handle", server_handle),
            user_name=check_text("user_name", user_name),
            password=check_str("password", password),
        )
        reply = await self.invoke(command)
        return reply_payload(reply, mx.AuthenticateUserReply).user_id

    async def suspend(self, server_handle: int, item_handle: int) -> None:
        """Suspend an item's updates."""
        command = mx.SuspendCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
        )
        await self.invoke(command)

    async def activate(self, server_handle: int, item_handle: int) -> None:
        """Activate a suspended item."""
        command = mx.ActivateCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
        )
        await self.invoke(command)

    async def add_buffered_item(self, server_handle: int, item_definition: str) -> int:
        """AddBufferedItem; returns the item handle (events come as BufferedDataChange)."""
        command = mx.AddBufferedItemCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_definition=check_text("item_definition", item_definition),
        )
        reply = await self.invoke(command)
        handle = reply_payload(reply, mx.AddItemReply).item_handle
        self._remember(handle, item_definition)
        return handle

    async def set_buffered_update_interval(self, server_handle: int, interval_ms: int) -> None:
        """SetBufferedUpdateInterval in milliseconds (> 0)."""
        if check_handle("interval_ms", interval_ms) <= 0:
            raise InvalidArgumentError("interval_ms must be > 0")
        command = mx.SetBufferedUpdateIntervalCommand(
            server_handle=check_handle("server_handle", server_handle),
            update_interval_ms=interval_ms,
        )
        await self.invoke(command)

    async def subscribe_alarms(self, subscription_expression: str) -> None:
        """SubscribeAlarms: this session's event stream also carries matching alarm transitions."""
        expression = check_text("subscription_expression", subscription_expression)
        await self.invoke(mx.SubscribeAlarmsCommand(subscription_expression=expression))

    async def unsubscribe_alarms(self) -> None:
        """UnsubscribeAlarms: stop alarm transitions on this session's event stream."""
        await self.invoke(mx.UnsubscribeAlarmsCommand())

    async def acknowledge_alarm_by_name(
        self,
        alarm_name: str,
        *,
        provider_name: str = "",
        group_name: str = "",
        comment: str = "",
        operator_user: str = "",
        operator_node: str = "",
        operator_domain: str = "",
        operator_full_name: str = "",
    ) -> int:
        """AcknowledgeAlarmByName: acknowledge by alarm name within a provider and group.

        Returns the alarm system's native status (0 is success).
        """
        command = mx.AcknowledgeAlarmByNameCommand(
            alarm_name=check_text("alarm_name", alarm_name),
            provider_name=check_str("provider_name", provider_name),
            group_name=check_str("group_name", group_name),
            comment=check_str("comment", comment),
            operator_user=check_str("operator_user", operator_user),
            operator_node=check_str("operator_node", operator_node),
            operator_domain=check_str("operator_domain", operator_domain),
            operator_full_name=check_str("operator_full_name", operator_full_name),
        )
        reply = await self.invoke(command)
        return reply_payload(reply, mx.AcknowledgeAlarmReplyPayload).native_status

    async def ping(self) -> None:
        """Ping the worker (also extends the session lease)."""
        await self.invoke(mx.PingCommand())

    async def get_session_state(self) -> mx.SessionState:
        """The gateway's state for this session (READY, FAULTED, ...)."""
        reply = await self.invoke(mx.GetSessionStateCommand())
        return reply_payload(reply, mx.GetSessionStateReply).state

    async def get_worker_info(self) -> WorkerInfo:
        """Process id and versions of the session's worker."""
        reply = await self.invoke(mx.GetWorkerInfoCommand())
        return WorkerInfo(reply_payload(reply, mx.GetWorkerInfoReply))

    async def drain_events(self, max_events: int = 0) -> list[mx.MxEvent]:
        """Take up to ``max_events`` queued events (0: all) without a stream, as raw messages."""
        if isinstance(max_events, bool) or not isinstance(max_events, int) or max_events < 0:
            raise InvalidArgumentError("max_events must be an int >= 0")
        reply = await self.invoke(mx.DrainEventsCommand(max_events=max_events))
        return list(reply_payload(reply, mx.DrainEventsReply).events)
