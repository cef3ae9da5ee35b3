"""Argument types shared by several commands, each with its help text written once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from cyclopts import Parameter

from mxgateway.cli.parsing import check_type_name

__all__ = [
    "ItemHandles",
    "ItemTarget",
    "Items",
    "ServerTarget",
    "SessionId",
    "TimestampText",
    "TypeName",
    "UserId",
    "ValueText",
    "ValueTexts",
    "VerifierUserId",
]

TYPE_HELP = (
    "Value type: bool, int32, int64, float, double, string, datetime, duration, bytes, "
    "or an array such as int32[] (JSON list or comma-separated). Without it the type is "
    "inferred from the text (true/false, integer, decimal, JSON list, else string); give "
    "it for plant writes."
)

SessionId = Annotated[str, Parameter(help="Gateway session id (from open-session).")]
ServerHandle = Annotated[int, Parameter(help="Server handle (from register).")]
ItemHandle = Annotated[int, Parameter(help="Item handle (from add-item).")]
ItemHandles = Annotated[
    list[int],
    Parameter(consume_multiple=True, negative="", help="Item handles (space-separated)."),
]
Items = Annotated[
    list[str],
    Parameter(
        consume_multiple=True,
        negative="",
        help="Item references such as TestMachine_001.TestInt (space-separated).",
    ),
]
TypeName = Annotated[
    str | None, Parameter(help=TYPE_HELP, show_default=False, validator=check_type_name)
]
ValueText = Annotated[
    str,
    Parameter(help="Value to write, as text (see --type); text starting with - as --value=-text."),
]
ValueTexts = Annotated[
    list[str],
    Parameter(
        consume_multiple=True,
        negative="",
        help="Values to write, one per item handle, in the same order (see --type).",
    ),
]
TimestampText = Annotated[
    str | None,
    Parameter(
        show_default=False,
        help="Source timestamp, ISO 8601 with an offset or Z (default: now).",
    ),
]
UserId = Annotated[int, Parameter(help="User id (from authenticate-user).")]
VerifierUserId = Annotated[
    int, Parameter(help="Verifier's user id for VerifiedWrite attributes (0: none).")
]


@Parameter(name="*")
@dataclass(frozen=True)
class ServerTarget:
    """A server handle in a session: what registration-level and bulk commands address."""

    session_id: SessionId
    server_handle: ServerHandle


@Parameter(name="*")
@dataclass(frozen=True)
class ItemTarget:
    """An item of a session: what single-item commands and writes address."""

    session_id: SessionId
    server_handle: ServerHandle
    item_handle: ItemHandle

    def document(self) -> dict[str, int]:
        """The handles as the start of a command's output document."""
        return {"serverHandle": self.server_handle, "itemHandle": self.item_handle}
