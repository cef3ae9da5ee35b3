"""Typed helpers for the bulk commands: one Invoke, one result per entry, in input order.

Arguments are validated before anything is sent: lists must be non-empty and hold at
most ``MAX_BULK_ENTRIES`` entries, handles must be int32 and ``timeout_ms >= 0``.
The family's capability token is not checked locally: a gateway that does not implement
the command refuses it and ``UnsupportedError`` names the capability. Results keep the
contract's field names; a failed entry comes back with ``was_successful=False`` and an
``error_message``, it never raises. Bulk writes take the contract's entry messages or
``(item_handle, value[, timestamp])`` tuples.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

from mxgateway.checks import check_text
from mxgateway.errors import InvalidArgumentError, MalformedReplyError
from mxgateway.session.commands import as_mx_value, as_timestamp_value
from mxgateway.session.core import (
    CAP_BULK_READ,
    CAP_BULK_SUBSCRIBE,
    CAP_BULK_WRITE,
    SessionCore,
    check_handle,
)
from mxgateway.values import (
    INT32_MAX,
    RECORD_DIAGNOSTIC,
    Vtq,
    from_mx_value,
    received,
    value_from_fields,
    vtq_of_record,
)
from mxgateway.wire.codec import WIRE_SPAN, Decoded, Records, WireBacked, record
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import command_kind, reply_payload

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

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
    was_successful: bool
    error_message: str = ""
    server_handle: int = 0


@dataclass(frozen=True)
class WriteResult:
    """One entry of a bulk write (accepted or refused; the outcome is a WriteComplete)."""

    item_handle: int
    was_successful: bool
    error_message: str = ""
    hresult: int = 0
    statuses: tuple[mx.MxStatusProxy, ...] = ()


@dataclass(frozen=True)
class ReadResult:
    """One entry of ReadBulk with the contract's field names; ``value`` is a Python value.

    ``was_cached`` says the value came from an advise this session already had.
    """

    tag_address: str
    was_successful: bool
    value: object
    quality: int
    source_timestamp: dt.datetime | None
    statuses: tuple[mx.MxStatusProxy, ...] = ()
    was_cached: bool = False
    error_message: str = ""
    raw: mx.BulkReadResult | None = field(default=None, repr=False, compare=False)

    @property
    def vtq(self) -> Vtq:
        """The value with its quality, timestamp and statuses, as ``Session.read`` returns it."""
        attributes = self.__dict__
        if "raw" not in attributes:  # record-decoded, raw still undecoded: keep it so
            return vtq_of_record(attributes, self.error_message)
        raw_value = self.raw.value if self.raw is not None else None
        diagnostic = self.error_message or (raw_value.raw_diagnostic if raw_value else "")
        return Vtq(
            self.value, self.quality, self.source_timestamp, self.statuses, diagnostic, raw_value
        )


setattr(ReadResult, "raw", WireBacked("raw"))  # noqa: B010 (after @dataclass)


def _read_result(fields: dict[str, Any], data: bytes, start: int, end: int) -> ReadResult:
    """Record-decoding factory: a ``ReadResult`` straight from a ``BulkReadResult``'s fields."""
    value, diagnostic = received(fields["value"])
    return record(
        ReadResult,
        {
            "tag_address": fields["tag_address"],
            "was_successful": fields["was_successful"],
            "value": value,
            "quality": fields["quality"],
            "source_timestamp": fields["source_timestamp"],
            "statuses": tuple(fields["statuses"]),
            "was_cached": fields["was_cached"],
            "error_message": fields["error_message"],
            RECORD_DIAGNOSTIC: diagnostic,
            WIRE_SPAN: (data, start, end, mx.BulkReadResult, ""),
        },
    )


def _read_result_of(r: mx.BulkReadResult) -> ReadResult:
    """The ``ReadResult`` of a plainly decoded ``BulkReadResult``."""
    return ReadResult(
        tag_address=r.tag_address,
        was_successful=r.was_successful,
        value=from_mx_value(r.value),
        quality=r.quality,
        source_timestamp=r.source_timestamp,
        statuses=tuple(r.statuses),
        was_cached=r.was_cached,
        error_message=r.error_message,
        raw=r,
    )


#: ReadBulk replies decode straight into ``ReadResult`` s holding Python values.
_READ_RECORDS: Final = Records[Decoded[mx.MxCommandReply]](
    mx.MxCommandReply, {mx.BulkReadResult: _read_result, mx.MxValue: value_from_fields}
)


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
        # Plain ASCII names with something in them pass check_text; only the others
        # (and the error's name) cost a full check.
        if type(tag) is not str or not tag.isascii() or not tag.strip():
            check_text(f"tag_addresses[{index}]", tag)
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


def _check_echoed(tags: Sequence[str], results: Sequence[ReadResult | mx.BulkReadResult]) -> None:
    """Each ReadBulk result must name the tag asked for in its place (MXAccess names are
    case-insensitive, so the gateway may spell it differently)."""
    for index, (tag, result) in enumerate(zip(tags, results, strict=True)):
        echoed = result.tag_address
        if echoed != tag and echoed.casefold() != tag.casefold():
            raise MalformedReplyError(
                f"READ_BULK result {index} is for {result.tag_address!r}, not {tag!r}"
            )


def _handles(entries: Sequence[int]) -> list[int]:
    return [
        check_handle(f"item_handles[{i}]", h)
        for i, h in enumerate(_check_entries("item_handles", entries))
    ]


_E = TypeVar("_E", bound="betterproto2.Message")


def _entries(
    entries: Sequence[object],
    entry_type: type[_E],
    fields: tuple[str, ...],
    build: Callable[..., _E],
) -> list[_E]:
    """Bulk-write entries: ``entry_type`` messages as given, tuples of ``fields`` built."""
    checked = []
    for index, entry in enumerate(_check_entries("entries", entries)):
        if isinstance(entry, entry_type):
            checked.append(entry)
            continue
        if not isinstance(entry, tuple) or len(entry) != len(fields):
            raise InvalidArgumentError(
                f"entries[{index}] must be a {entry_type.__name__} or a "
                f"({', '.join(fields)}) tuple, got {type(entry).__name__}"
            )
        try:
            checked.append(build(*entry))
        except InvalidArgumentError as exc:
            raise InvalidArgumentError(f"entries[{index}]: {exc}") from None
    return checked


def _user_ids(current_user_id: int | None, verifier_user_id: int) -> tuple[int, int]:
    if current_user_id is None:
        raise InvalidArgumentError("tuple entries of a secured write need current_user_id")
    return (
        check_handle("current_user_id", current_user_id),
        check_handle("verifier_user_id", verifier_user_id),
    )


class BulkCommands(SessionCore):
    """One typed method per bulk command."""

    async def _bulk_items(
        self, command: betterproto2.Message, sent: int, correlation_id: str
    ) -> list[ItemResult]:
        reply = await self.invoke(
            command, correlation_id=correlation_id or None, capability=CAP_BULK_SUBSCRIBE
        )
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
            if result.was_successful:
                self._remember(result.item_handle, result.tag_address, advised=advised)

    def _mark_advised(self, results: list[ItemResult], advised: bool) -> None:
        for result in results:
            if result.was_successful:
                self._set_advised(result.item_handle, advised)

    def _forget_removed(self, results: list[ItemResult]) -> None:
        for result in results:
            if result.was_successful:
                self._forget(result.item_handle)

    async def add_item_bulk(
        self, server_handle: int, tag_addresses: Sequence[str], *, correlation_id: str = ""
    ) -> list[ItemResult]:
        """AddItem per tag."""
        command = mx.AddItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            tag_addresses=check_tags(tag_addresses),
        )
        results = await self._bulk_items(command, len(command.tag_addresses), correlation_id)
        self._remember_added(results, advised=False)
        return results

    async def advise_item_bulk(
        self, server_handle: int, item_handles: Sequence[int], *, correlation_id: str = ""
    ) -> list[ItemResult]:
        """Advise per item handle."""
        command = mx.AdviseItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles), correlation_id)
        self._mark_advised(results, True)
        return results

    async def remove_item_bulk(
        self, server_handle: int, item_handles: Sequence[int], *, correlation_id: str = ""
    ) -> list[ItemResult]:
        """RemoveItem per item handle."""
        command = mx.RemoveItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles), correlation_id)
        self._forget_removed(results)
        return results

    async def unadvise_item_bulk(
        self, server_handle: int, item_handles: Sequence[int], *, correlation_id: str = ""
    ) -> list[ItemResult]:
        """UnAdvise per item handle."""
        command = mx.UnAdviseItemBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles), correlation_id)
        self._mark_advised(results, False)
        return results

    async def subscribe_bulk(
        self, server_handle: int, tag_addresses: Sequence[str], *, correlation_id: str = ""
    ) -> list[ItemResult]:
        """AddItem + Advise per tag."""
        command = mx.SubscribeBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            tag_addresses=check_tags(tag_addresses),
        )
        results = await self._bulk_items(command, len(command.tag_addresses), correlation_id)
        self._remember_added(results, advised=True)
        return results

    async def unsubscribe_bulk(
        self, server_handle: int, item_handles: Sequence[int], *, correlation_id: str = ""
    ) -> list[ItemResult]:
        """UnAdvise + RemoveItem per item handle."""
        command = mx.UnsubscribeBulkCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handles=_handles(item_handles),
        )
        results = await self._bulk_items(command, len(command.item_handles), correlation_id)
        self._forget_removed(results)
        return results

    async def _bulk_write(
        self, command: betterproto2.Message, sent: int, correlation_id: str
    ) -> list[WriteResult]:
        reply = await self.invoke(
            command, correlation_id=correlation_id or None, capability=CAP_BULK_WRITE
        )
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
        entries: Sequence[mx.WriteBulkEntry | tuple[int, object]],
        *,
        correlation_id: str = "",
        type: str | None = None,
        user_id: int = 0,
    ) -> list[WriteResult]:
        """WriteBulk: Write per entry; tuples are ``(item_handle, value)`` typed by ``type``."""
        user = check_handle("user_id", user_id)

        def build(item_handle: int, value: object) -> mx.WriteBulkEntry:
            return mx.WriteBulkEntry(
                item_handle=check_handle("item_handle", item_handle),
                value=as_mx_value(value, type),
                user_id=user,
            )

        checked = _entries(entries, mx.WriteBulkEntry, ("item_handle", "value"), build)
        command = mx.WriteBulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=checked
        )
        return await self._bulk_write(command, len(checked), correlation_id)

    async def write2_bulk(
        self,
        server_handle: int,
        entries: Sequence[mx.Write2BulkEntry | tuple[int, object, dt.datetime | mx.MxValue]],
        *,
        correlation_id: str = "",
        type: str | None = None,
        user_id: int = 0,
    ) -> list[WriteResult]:
        """Write2Bulk: Write2 per entry; tuples are ``(item_handle, value, timestamp)``."""
        user = check_handle("user_id", user_id)

        def build(
            item_handle: int, value: object, timestamp: dt.datetime | mx.MxValue
        ) -> mx.Write2BulkEntry:
            return mx.Write2BulkEntry(
                item_handle=check_handle("item_handle", item_handle),
                value=as_mx_value(value, type),
                timestamp_value=as_timestamp_value(timestamp),
                user_id=user,
            )

        fields = ("item_handle", "value", "timestamp")
        checked = _entries(entries, mx.Write2BulkEntry, fields, build)
        command = mx.Write2BulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=checked
        )
        return await self._bulk_write(command, len(checked), correlation_id)

    async def write_secured_bulk(
        self,
        server_handle: int,
        entries: Sequence[mx.WriteSecuredBulkEntry | tuple[int, object]],
        *,
        correlation_id: str = "",
        type: str | None = None,
        current_user_id: int | None = None,
        verifier_user_id: int = 0,
    ) -> list[WriteResult]:
        """WriteSecuredBulk: tuples ``(item_handle, value)`` use the given user ids."""

        def build(item_handle: int, value: object) -> mx.WriteSecuredBulkEntry:
            current, verifier = _user_ids(current_user_id, verifier_user_id)
            return mx.WriteSecuredBulkEntry(
                item_handle=check_handle("item_handle", item_handle),
                value=as_mx_value(value, type),
                current_user_id=current,
                verifier_user_id=verifier,
            )

        checked = _entries(entries, mx.WriteSecuredBulkEntry, ("item_handle", "value"), build)
        command = mx.WriteSecuredBulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=checked
        )
        return await self._bulk_write(command, len(checked), correlation_id)

    async def write_secured2_bulk(
        self,
        server_handle: int,
        entries: Sequence[mx.WriteSecured2BulkEntry | tuple[int, object, dt.datetime | mx.MxValue]],
        *,
        correlation_id: str = "",
        type: str | None = None,
        current_user_id: int | None = None,
        verifier_user_id: int = 0,
    ) -> list[WriteResult]:
        """WriteSecured2Bulk: tuples ``(item_handle, value, timestamp)`` use the given user ids."""

        def build(
            item_handle: int, value: object, timestamp: dt.datetime | mx.MxValue
        ) -> mx.WriteSecured2BulkEntry:
            current, verifier = _user_ids(current_user_id, verifier_user_id)
            return mx.WriteSecured2BulkEntry(
                item_handle=check_handle("item_handle", item_handle),
                value=as_mx_value(value, type),
                timestamp_value=as_timestamp_value(timestamp),
                current_user_id=current,
                verifier_user_id=verifier,
            )

        fields = ("item_handle", "value", "timestamp")
        checked = _entries(entries, mx.WriteSecured2BulkEntry, fields, build)
        command = mx.WriteSecured2BulkCommand(
            server_handle=check_handle("server_handle", server_handle), entries=checked
        )
        return await self._bulk_write(command, len(checked), correlation_id)

    async def read_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        timeout_ms: int = 0,
        correlation_id: str = "",
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
        reply = await self._invoke_records(
            command,
            _READ_RECORDS,
            correlation_id=correlation_id or None,
            timeout=timeout,
            capability=CAP_BULK_READ,
        )
        results: list[ReadResult | mx.BulkReadResult] = reply_payload(
            reply, mx.BulkReadReply
        ).results  # type: ignore[assignment]  # records (or, rarely, plain messages)
        _check_count(K.READ_BULK, len(tags), len(results))
        _check_echoed(tags, results)
        return [r if type(r) is ReadResult else _read_result_of(r) for r in results]  # type: ignore[arg-type]
