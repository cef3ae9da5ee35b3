"""Bulk commands: one Invoke for many items, one result per entry in input order.

A failed entry is a result with ``ok`` false and its error; it does not fail the
command (exit 0), as it does not fail the gateway call. Lists are space-separated
(``--items A B C``) or repeated (``--items A --items B``).
"""

from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Parameter

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.connect import run_on_session
from mxgateway.cli.params import (
    INT32,
    ItemHandles,
    Items,
    ServerTarget,
    TypeName,
    UserId,
    ValueTexts,
    VerifierUserId,
)
from mxgateway.cli.parsing import parse_timestamps, parse_values

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence

    from mxgateway.session import Session
    from mxgateway.session.bulk import ItemResult, WriteResult

__all__ = [
    "add_item_bulk",
    "advise_item_bulk",
    "read_bulk",
    "remove_item_bulk",
    "subscribe_bulk",
    "unadvise_item_bulk",
    "unsubscribe_bulk",
    "write2_bulk",
    "write_bulk",
    "write_secured2_bulk",
    "write_secured_bulk",
]

TimestampTexts = Annotated[
    list[str] | None,
    Parameter(
        consume_multiple=True,
        negative="",
        show_default=False,
        help="Source timestamps (ISO 8601 with an offset or Z), one per value "
        "(default: now for every entry).",
    ),
]
PlainUserId = Annotated[
    int, Parameter(validator=INT32, help="User id recorded with the writes (0: none).")
]


#: The columns people see for each kind of bulk result (all of them are in the JSON).
ITEM_COLUMNS = ("tagAddress", "itemHandle", "wasSuccessful", "errorMessage")
WRITE_COLUMNS = ("itemHandle", "wasSuccessful", "hresult", "statuses", "errorMessage")
READ_COLUMNS = ("tagAddress", "wasSuccessful", "value", "quality", "sourceTimestamp",
                "wasCached", "errorMessage")  # fmt: skip


def _bulk(
    common: Common,
    target: ServerTarget,
    call: "Callable[[Session, int], Awaitable[Sequence[ItemResult | WriteResult]]]",
    columns: "Sequence[str]" = ITEM_COLUMNS,
) -> int:
    """Run one bulk command (``call(session, server_handle)``) and print its results."""

    async def action(session: "Session") -> dict[str, Any]:
        from mxgateway.cli.jsonify import bulk_result_document

        results = await call(session, target.server_handle)
        return {
            "serverHandle": target.server_handle,
            "results": [bulk_result_document(r) for r in results],
        }

    return run_on_session(
        common, target.session_id, action, show=lambda document: show_results(document, columns)
    )


def show_results(document: dict[str, Any], columns: "Sequence[str]") -> None:
    """Print a bulk command's results for people: a failed entry says False, not nothing.

    Protobuf JSON leaves out false and empty fields; a table cell would show "-" for them.
    """
    from mxgateway.cli.render import show_document

    rows = [{"wasSuccessful": False, **row} for row in document["results"]]
    show_document({**document, "results": rows}, {"results": columns})


def add_item_bulk(
    *,
    target: ServerTarget,
    items: Items,
    common: Common = DEFAULT_COMMON,
) -> int:
    """AddItem for each item reference."""
    return _bulk(common, target, lambda s, h: s.add_item_bulk(h, items))


def subscribe_bulk(
    *,
    target: ServerTarget,
    items: Items,
    common: Common = DEFAULT_COMMON,
) -> int:
    """AddItem and Advise for each item reference (SubscribeBulk)."""
    return _bulk(common, target, lambda s, h: s.subscribe_bulk(h, items))


def advise_item_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Advise each item handle."""
    return _bulk(common, target, lambda s, h: s.advise_item_bulk(h, item_handles))


def unadvise_item_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    common: Common = DEFAULT_COMMON,
) -> int:
    """UnAdvise each item handle."""
    return _bulk(
        common,
        target,
        lambda s, h: s.unadvise_item_bulk(h, item_handles),
    )


def remove_item_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    common: Common = DEFAULT_COMMON,
) -> int:
    """RemoveItem for each item handle."""
    return _bulk(common, target, lambda s, h: s.remove_item_bulk(h, item_handles))


def unsubscribe_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    common: Common = DEFAULT_COMMON,
) -> int:
    """UnAdvise and RemoveItem for each item handle (UnsubscribeBulk)."""
    return _bulk(common, target, lambda s, h: s.unsubscribe_bulk(h, item_handles))


def read_bulk(
    *,
    target: ServerTarget,
    items: Items,
    timeout_ms: Annotated[int, Parameter(validator=INT32)] = 0,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Read items (ReadBulk): cached values of advised items, else a one-shot read.

    Parameters
    ----------
    timeout_ms
        How long the worker waits for each item's first value (0: the worker default).
    """

    async def action(session: "Session") -> dict[str, Any]:
        from mxgateway.cli.jsonify import to_json

        results = await session.read_bulk(target.server_handle, items, timeout_ms=timeout_ms)
        return {
            "serverHandle": target.server_handle,
            "results": [r.raw.to_dict() if r.raw is not None else to_json(r) for r in results],
        }

    return run_on_session(
        common,
        target.session_id,
        action,
        show=lambda document: show_results(document, READ_COLUMNS),
    )


def _entries(item_handles: list[int], *columns: list[Any]) -> list[Any]:
    """Bulk-write entry tuples from parallel option lists, which must have one value per handle."""
    from mxgateway.errors import InvalidArgumentError

    for column in columns:
        if len(column) != len(item_handles):
            raise InvalidArgumentError(
                f"--item-handles has {len(item_handles)} entries but --values or "
                f"--timestamps has {len(column)}"
            )
    return list(zip(item_handles, *columns, strict=True))


def write_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    values: ValueTexts,
    type: TypeName = None,
    user_id: PlainUserId = 0,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write one value per item handle (WriteBulk); outcomes arrive as OnWriteComplete events."""
    return _bulk(
        common,
        target,
        lambda s, h: s.write_bulk(
            h, _entries(item_handles, parse_values(values, type)), type=type, user_id=user_id
        ),
        WRITE_COLUMNS,
    )


def write2_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    values: ValueTexts,
    type: TypeName = None,
    timestamps: TimestampTexts = None,
    user_id: PlainUserId = 0,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write one value with a source timestamp per item handle (Write2Bulk)."""
    return _bulk(
        common,
        target,
        lambda s, h: s.write2_bulk(
            h,
            _entries(
                item_handles,
                parse_values(values, type),
                parse_timestamps(timestamps, len(values)),
            ),
            type=type,
            user_id=user_id,
        ),
        WRITE_COLUMNS,
    )


def write_secured_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    values: ValueTexts,
    current_user_id: UserId,
    verifier_user_id: VerifierUserId = 0,
    type: TypeName = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """WriteSecured one value per item handle as an authenticated user (WriteSecuredBulk)."""
    return _bulk(
        common,
        target,
        lambda s, h: s.write_secured_bulk(
            h,
            _entries(item_handles, parse_values(values, type)),
            current_user_id=current_user_id,
            verifier_user_id=verifier_user_id,
            type=type,
        ),
        WRITE_COLUMNS,
    )


def write_secured2_bulk(
    *,
    target: ServerTarget,
    item_handles: ItemHandles,
    values: ValueTexts,
    current_user_id: UserId,
    verifier_user_id: VerifierUserId = 0,
    type: TypeName = None,
    timestamps: TimestampTexts = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """WriteSecured2 one value with a source timestamp per item handle (WriteSecured2Bulk)."""
    return _bulk(
        common,
        target,
        lambda s, h: s.write_secured2_bulk(
            h,
            _entries(
                item_handles,
                parse_values(values, type),
                parse_timestamps(timestamps, len(values)),
            ),
            current_user_id=current_user_id,
            verifier_user_id=verifier_user_id,
            type=type,
        ),
        WRITE_COLUMNS,
    )
