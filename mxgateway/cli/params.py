"""Argument types shared by several commands, each with its help text written once.

Handles, ids and item references are checked while the command line is parsed, with the
library's own rules, so a bad one is a usage error (exit 2) before anything is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Final

from cyclopts import Parameter, validators

from mxgateway.cli.parsing import check_type_name

__all__ = [
    "ItemHandles",
    "ItemReference",
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

#: An MXAccess handle or user id: a non-negative int32.
INT32: Final = validators.Number(gte=0, lte=2**31 - 1)


def check_references(type_: object, value: str | list[str]) -> None:
    """cyclopts validator: item references hold more than white space (as AddItem requires)."""
    for text in [value] if isinstance(value, str) else value:
        if not text.strip():
            raise ValueError("An item reference must not be empty.")


SessionId = Annotated[str, Parameter(help="Gateway session id (from open-session).")]
ServerHandle = Annotated[int, Parameter(validator=INT32, help="Server handle (from register).")]
ItemHandle = Annotated[int, Parameter(validator=INT32, help="Item handle (from add-item).")]
ItemHandles = Annotated[
    list[int],
    Parameter(
        consume_multiple=True,
        negative="",
        validator=INT32,
        help="Item handles (space-separated).",
    ),
]
ItemReference = Annotated[
    str,
    Parameter(
        validator=check_references,
        help="Item reference: TagName.Attribute, e.g. TestMachine_001.TestInt; arrays as "
        "Obj.Arr[] (whole) or Obj.Arr[3] (1-based).",
    ),
]
Items = Annotated[
    list[str],
    Parameter(
        consume_multiple=True,
        negative="",
        validator=check_references,
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
UserId = Annotated[int, Parameter(validator=INT32, help="User id (from authenticate-user).")]
VerifierUserId = Annotated[
    int,
    Parameter(validator=INT32, help="Verifier's user id for VerifiedWrite attributes (0: none)."),
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
