"""Typed helpers for the bulk commands: one Invoke, one result per entry, in input order.

Arguments are validated before anything is sent: lists must be non-empty and hold at
most ``MAX_BULK_ENTRIES`` entries, parallel lists must have equal lengths, handles
must be int32 and ``timeout_ms >= 0``. The gateway capability for the family
(``bulk-subscribe-commands``, ``bulk-write-commands``, ``bulk-read-commands``) is
checked first too. A failed entry comes back as a result with ``ok=False`` and an
``error``; it never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, cast

from mxgateway.errors import InvalidArgumentError, MalformedReplyError
from mxgateway.session.commands import as_mx_value, as_timestamp_value
from mxgateway.session.core import (
    CAP_BULK_READ,
    CAP_BULK_SUBSCRIBE,
    CAP_BULK_WRITE,
    SessionCore,
    check_handle,
)
from mxgateway.values import INT32_MAX, Vtq, from_mx_value
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import command_kind, reply_payload

if TYPE_CHECKING:
    import datetime as dt

    import betterproto2

__all__ = [
    "MAX_BULK_ENTRIES",
    "BulkCommands",
    "ItemResult",
    "ReadResult",
    "WriteResult",
    "check_read",
    "check_tags",
]

#: Most entries one bulk command may carry. Every entry runs sequentially in the worker
#: within the gateway's command timeout (30 s), and replies stay well under 16 MiB.
MAX_BULK_ENTRIES: Final = 5000

K = mx.MxCommandKind


@dataclass(frozen=True)
class ItemResult:
    """One entry of an add/advise/remove/unadvise/subscribe/unsubscribe bulk command."""

    tag_address: str
    item_handle: int
    ok: bool
    error: str = ""
    server_handle: int = 0


@dataclass(frozen=True)
class WriteResult:
    """One entry of a bulk write (accepted or refused; the outcome is a WriteComplete)."""

    item_handle: int
    ok: bool
    error: str = ""
    hresult: int = 0
    statuses: tuple[mx.MxStatusProxy, ...] = ()


@dataclass(frozen=True)
class ReadResult:
    """One entry of ReadBulk: the value (``vtq``), whether it came from an existing advise."""

    tag_address: str
    ok: bool
    vtq: Vtq
    cached: bool = False
    error: str = ""
    raw: mx.BulkReadResult | None = field(default=None, repr=False, compare=False)


def _check_entries(name: str, entries: object) -> list[object]:
    if isinstance(entries, (str, bytes)) or not isinstance(entries, Sequence):
        raise InvalidArgumentError(f"{name} must be a list, got {type(entries).__name__}")
    if not entries:
        raise InvalidArgumentError(f"{name} must not be empty")
    if len(entries) > MAX_BULK_ENTRIES:
        raise InvalidArgumentError(
            f"{name} has {len(entries)} entries; at most {MAX_BULK_ENTRIES} per bulk command"
        )
    return list(entries)


def check_tags(entries: Sequence[str]) -> list[str]:
    """Validate a bulk command's tag list: a non-empty list of non-empty strings, not too long."""
    tags = _check_entries("tag_addresses", entries)
    for index, tag in enumerate(tags):
        if not isinstance(tag, str) or not tag.strip():
            raise InvalidArgumentError(f"tag_addresses[{index}] must be a non-empty string")
    return cast(list[str], tags)


def check_read(tag_addresses: Sequence[str], timeout_ms: int) -> list[str]:
    """Validate ReadBulk's arguments; returns the tag list."""
    tags = check_tags(tag_addresses)
    if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, int):
        raise InvalidArgumentError("timeout_ms must be an int")
    if not 0 <= timeout_ms <= INT32_MAX:
        raise InvalidArgumentError(f"timeout_ms must be >= 0, got {timeout_ms}")
    return tags


def _check_count(kind: mx.MxCommandKind, sent: int, received: int) -> None:
    if received != sent:
        raise MalformedReplyError(
            f"{kind.name} sent {sent} entries but the reply has {received} results"
        )


def _handles(entries: Sequence[int]) -> list[int]:
    return [
        check_handle(f"item_handles[{i}]", h)
        for i, h in enumerate(_check_entries("item_handles", entries))
    ]


def _same_length(**lists: Sequence[object]) -> None:
    lengths = {name: len(values) for name, values in lists.items()}
    if len(set(lengths.values())) > 1:
        detail = ", ".join(f"{name}={n}" for name, n in lengths.items())
        raise InvalidArgumentError(f"parallel lists differ in length ({detail})")


def _values(values: Sequence[object], type: str | None) -> list[mx.MxValue]:
    converted = []
    for index, value in enumerate(values):
        try:
            converted.append(as_mx_value(value, type))
        except InvalidArgumentError as exc:
            raise InvalidArgumentError(f"values[{index}]: {exc}") from None
    return converted


class BulkCommands(SessionCore):
    """One typed method per bulk command."""

    async def _bulk_items(self, command: betterproto2.Message, sent: int) -> list[ItemResult]:
        reply = await self.invoke(command, capability=CAP_BULK_SUBSCRIBE)
        payload = reply_payload(reply, mx.BulkSubscribeReply)
        _check_count(command_kind(command), sent, len(payload.results))
        return [
            ItemResult(
                r.tag_address, r.item_handle, r.was_successful, r.error_message, r.server_handle
            )
            for r in payload.results
        ]

    def _remember_added(self, results: list[ItemResult], *, advised: bool) -> None:
        for result in results:
            if result.ok:
                self._remember(result.item_handle, result.tag_address, advised=advised)

    def _mark_advised(self, results: list[ItemResult], advised: bool) -> None:
        for result in results:
            if result.ok:
                self._set_advised(result.item_handle, advised)

    def _forget_removed(self, results: list[ItemResult]) -> None:
        for result in results:
            if result.ok:
                self._forget(result.item_handle)

    async def add_item_bulk(
        self, server_handle: int, tag_addresses: Sequence[str]
    ) -> list[ItemResult]:
        """AddItem per tag."""
        command = mx.AddItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            tag_addresses=check_tags(tag_addresses),
        )
        results = await self._bulk_items(command, len(command.tag_addresses))
        self._remember_added(results, advised=False)
        return results

    async def advise_item_bulk(
        self, server_handle: int, item_handles: Sequence[int]
    ) -> list[ItemResult]:
        """Advise per item handle."""
        command = mx.AdviseItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles))
        self._mark_advised(results, True)
        return results

    async def remove_item_bulk(
        self, server_handle: int, item_handles: Sequence[int]
    ) -> list[ItemResult]:
        """RemoveItem per item handle."""
        command = mx.RemoveItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles))
        self._forget_removed(results)
        return results

    async def unadvise_item_bulk(
        self, server_handle: int, item_handles: Sequence[int]
    ) -> list[ItemResult]:
        """UnAdvise per item handle."""
        command = mx.UnAdviseItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles))
        self._mark_advised(results, False)
        return results

    async def subscribe_bulk(
        self, server_handle: int, tag_addresses: Sequence[str]
    ) -> list[ItemResult]:
        """AddItem + Advise per tag."""
        command = mx.SubscribeBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            tag_addresses=check_tags(tag_addresses),
        )
        results = await self._bulk_items(command, len(command.tag_addresses))
        self._remember_added(results, advised=True)
        return results

    async def unsubscribe_bulk(
        self, server_handle: int, item_handles: Sequence[int]
    ) -> list[ItemResult]:
        """UnAdvise + RemoveItem per item handle."""
        command = mx.UnsubscribeBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles))
        self._forget_removed(results)
        return results

    async def _bulk_write(self, command: betterproto2.Message, sent: int) -> list[WriteResult]:
        reply = await self.invoke(command, capability=CAP_BULK_WRITE)
        payload = reply_payload(reply, mx.BulkWriteReply)
        _check_count(command_kind(command), sent, len(payload.results))
        return [
            WriteResult(
                r.item_handle, r.was_successful, r.error_message, r.hresult, tuple(r.statuses)
            )
            for r in payload.results
        ]

    async def write_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        values: Sequence[object],
        *,
        type: str | None = None,
        user_id: int = 0,
    ) -> list[WriteResult]:
        """Write per item handle; ``values`` are Python values (typed by ``type``) or MxValues."""
        handles = _handles(item_handles)
        _same_length(item_handles=handles, values=values)
        user = check_handle("user_id", user_id)
        entries = [
            mx.WriteBulkEntry(item_handle=h, value=v, user_id=user)
            for h, v in zip(handles, _values(values, type), strict=True)
        ]
        command = mx.WriteBulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=entries
        )
        return await self._bulk_write(command, len(entries))

    async def write2_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        values: Sequence[object],
        timestamps: Sequence[dt.datetime | mx.MxValue],
        *,
        type: str | None = None,
        user_id: int = 0,
    ) -> list[WriteResult]:
        """Write2 per item handle, each with its source timestamp."""
        handles = _handles(item_handles)
        _same_length(item_handles=handles, values=values, timestamps=timestamps)
        user = check_handle("user_id", user_id)
        entries = [
            mx.Write2BulkEntry(
                item_handle=h, value=v, timestamp_value=as_timestamp_value(t), user_id=user
            )
            for h, v, t in zip(handles, _values(values, type), timestamps, strict=True)
        ]
        command = mx.Write2BulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=entries
        )
        return await self._bulk_write(command, len(entries))

    async def write_secured_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        values: Sequence[object],
        *,
        current_user_id: int,
        verifier_user_id: int = 0,
        type: str | None = None,
    ) -> list[WriteResult]:
        """WriteSecured per item handle with the same user ids."""
        handles = _handles(item_handles)
        _same_length(item_handles=handles, values=values)
        current = check_handle("current_user_id", current_user_id)
        verifier = check_handle("verifier_user_id", verifier_user_id)
        entries = [
            mx.WriteSecuredBulkEntry(
                item_handle=h, value=v, current_user_id=current, verifier_user_id=verifier
            )
            for h, v in zip(handles, _values(values, type), strict=True)
        ]
        command = mx.WriteSecuredBulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=entries
        )
        return await self._bulk_write(command, len(entries))

    async def write_secured2_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        values: Sequence[object],
        timestamps: Sequence[dt.datetime | mx.MxValue],
        *,
        current_user_id: int,
        verifier_user_id: int = 0,
        type: str | None = None,
    ) -> list[WriteResult]:
        """WriteSecured2 per item handle, each with its source timestamp."""
        handles = _handles(item_handles)
        _same_length(item_handles=handles, values=values, timestamps=timestamps)
        current = check_handle("current_user_id", current_user_id)
        verifier = check_handle("verifier_user_id", verifier_user_id)
        entries = [
            mx.WriteSecured2BulkEntry(
                item_handle=h,
                value=v,
                timestamp_value=as_timestamp_value(t),
                current_user_id=current,
                verifier_user_id=verifier,
            )
            for h, v, t in zip(handles, _values(values, type), timestamps, strict=True)
        ]
        command = mx.WriteSecured2BulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=entries
        )
        return await self._bulk_write(command, len(entries))

    async def read_bulk(
        self, server_handle: int, tag_addresses: Sequence[str], *, timeout_ms: int = 0
    ) -> list[ReadResult]:
        """ReadBulk: cached values for advised tags, else a one-shot read (0: worker default)."""
        tags = check_read(tag_addresses, timeout_ms)
        command = mx.ReadBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            tag_addresses=tags,
            timeout_ms=timeout_ms,
        )
        timeout = self._client.options.call_timeout
        if timeout is not None:
            timeout += timeout_ms / 1000
        reply = await self.invoke(command, timeout=timeout, capability=CAP_BULK_READ)
        payload = reply_payload(reply, mx.BulkReadReply)
        _check_count(K.READ_BULK, len(tags), len(payload.results))
        return [
            ReadResult(
                r.tag_address,
                r.was_successful,
                Vtq(
                    from_mx_value(r.value),
                    r.quality,
                    r.source_timestamp,
                    tuple(r.statuses),
                    r.error_message or (r.value.raw_diagnostic if r.value else ""),
                    r.value,
                ),
                r.was_cached,
                r.error_message,
                r,
            )
            for r in payload.results
        ]
