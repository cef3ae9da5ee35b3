"""Output for people: documents as aligned fields and tables, stream messages as lines.

Only used without ``--json``. Documents are the same JSON-ready data scripts get, laid
out with rich: scalars as ``name: value`` lines, lists of records as tables.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import struct
import sys
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from rich.console import Console

    from mxgateway.alarms import AlarmFeedMessage
    from mxgateway.galaxy.model import DeployEvent
    from mxgateway.session.events import DataChange, Event

__all__ = [
    "alarm_line",
    "cell",
    "deploy_line",
    "event_line",
    "float32_text",
    "show_document",
    "show_line",
]


#: Width for output that is not a terminal (a file, a pipe to grep): wide enough that no
#: table row is folded over several lines.
UNBOUNDED_WIDTH = 10_000


def _console() -> Console:
    """A console on stdout: the terminal's width, else (without COLUMNS) unbounded."""
    from rich.console import Console

    terminal = sys.stdout.isatty() or "COLUMNS" in os.environ
    return Console(
        file=sys.stdout,
        width=None if terminal else UNBOUNDED_WIDTH,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
    )


#: Space between two table columns (rich's " │ ").
_GAP: Final = 3
#: Narrowest a column is cut to, so every column keeps a recognisable start or end.
_MIN_WIDTH: Final = 6
#: Cutting the other columns leaves the first (naming) column at least 1/_FIRST_SHARE of the room.
_FIRST_SHARE: Final = 3
_TIMESTAMP: Final = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?Z$")


def float32_text(value: float) -> str:
    """A float32 value at float32 precision: the shortest decimal that reads back as the same
    float32 (79.39, not 79.38999938964844, the float64 it was widened to)."""
    if not math.isfinite(value):
        return str(value)
    exact = struct.pack("<f", value)
    for digits in range(1, 10):
        text = f"{value:.{digits}g}"
        if struct.pack("<f", float(text)) == exact:
            return text
    return repr(value)


@functools.cache
def _enum_short_names() -> dict[str, str]:
    """Every gateway enum value's protobuf name mapped to its short name
    (ALARM_CONDITION_STATE_ACTIVE_UNACKED -> ACTIVE_UNACKED)."""
    from mxgateway.wire import requirements
    from mxgateway.wire.contract import gr, mx

    names: dict[str, str] = {}
    for contract, enums in ((mx, requirements.MX_ENUMS), (gr, requirements.GR_ENUMS)):
        for enum_name in enums:
            for member in getattr(contract, enum_name):
                proto = getattr(member, "proto_name", None)
                if proto and proto != member.name:
                    names[proto] = member.name
    return names


def cell(value: Any) -> str:
    """A value for people: an MxValue as its value (float32 at its precision), statuses as
    their categories, else compact JSON or the text."""
    if isinstance(value, dict):
        kinds = [k for k in value if k.endswith("Value") and k != "rawValue"]
        if "dataType" in value and len(kinds) == 1:
            if kinds[0] == "floatValue" and isinstance(value["floatValue"], float):
                return float32_text(value["floatValue"])
            return cell(value[kinds[0]])
    if (
        isinstance(value, list)
        and value
        and all(isinstance(v, dict) and "category" in v for v in value)
    ):
        categories = (str(v["category"]).removeprefix("MX_STATUS_CATEGORY_") for v in value)
        return ",".join(categories)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if value is None:
        return "-"
    return str(value)


def _abbreviate(texts: list[str]) -> list[str]:
    """A column made shorter without losing what tells rows apart: enum names without their
    type prefix, timestamps to the second (the time only when every row has the same date)."""
    stamps = [_TIMESTAMP.match(text) for text in texts]
    if all(stamps):
        same_day = len({stamp[1] for stamp in stamps if stamp}) == 1
        return [
            f"{stamp[2]}" if same_day else f"{stamp[1]} {stamp[2]}" for stamp in stamps if stamp
        ]
    short = _enum_short_names()
    return [short.get(text, text) if text.isupper() else text for text in texts]


def _is_table(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _cut(text: str, width: int) -> str:
    """``text`` in ``width`` characters: references keep their end (the attribute or alarm
    name tells rows apart), other text its start."""
    if len(text) <= width:
        return text
    if "." in text or "!" in text:
        return "…" + text[-(width - 1) :]
    return text[: width - 1] + "…"


def _widths(cells: list[list[str]], columns: int) -> list[int]:
    """Each column's widest cell (at least ``_MIN_WIDTH``: headers are cut to fit)."""
    return [max([_MIN_WIDTH, *(len(row[index]) for row in cells)]) for index in range(columns)]


def _fit(widths: list[int], total: int) -> list[int]:
    """Column widths that fit in ``total`` characters: the other columns give way first (down
    to ``_FIRST_SHARE`` of the room), then the first one, which names the rows."""
    room = total - _GAP * (len(widths) - 1)
    if sum(widths) <= room:
        return widths
    first, others = widths[0], widths[1:]
    keep = min(first, max(_MIN_WIDTH, room // _FIRST_SHARE))
    limit = max(others, default=_MIN_WIDTH)
    while limit > _MIN_WIDTH and sum(min(w, limit) for w in others) > room - keep:
        limit -= 1
    others = [min(w, limit) for w in others]
    return [max(_MIN_WIDTH, min(first, room - sum(others))), *others]


def _table(
    console: Console,
    rows: list[dict[str, Any]],
    title: str | None,
    only: Sequence[str] | None = None,
) -> None:
    """Rows as a table no wider than the console: the widest cells are cut, never folded."""
    from rich.table import Table

    columns: list[str] = list(only or ())
    if not columns:
        for row in rows:
            columns += [key for key in row if key not in columns]
    cells = [[cell(record.get(column)) for column in columns] for record in rows]
    full = [
        max(len(header), width)
        for header, width in zip(columns, _widths(cells, len(columns)), strict=True)
    ]
    widths = full
    if sum(full) + _GAP * (len(columns) - 1) > console.width:
        abbreviated = [_abbreviate([texts[i] for texts in cells]) for i in range(len(columns))]
        cells = [list(texts) for texts in zip(*abbreviated, strict=True)]
        widths = _fit(_widths(cells, len(columns)), console.width)
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for header, width in zip(columns, widths, strict=True):
        table.add_column(_cut(header, width), no_wrap=True, overflow="ellipsis", max_width=width)
    for texts in cells:
        table.add_row(*(_cut(text, width) for text, width in zip(texts, widths, strict=True)))
    console.print(table)


def _fields(
    console: Console,
    document: dict[str, Any],
    indent: str,
    columns: Mapping[str, Sequence[str]],
) -> None:
    tables = []
    for key, value in document.items():
        if _is_table(value):
            tables.append((key, value))
        elif isinstance(value, dict) and value:
            console.print(f"{indent}{key}:")
            _fields(console, value, indent + "  ", columns)
        elif isinstance(value, list):
            console.print(f"{indent}{key}: {', '.join(map(cell, value)) or '-'}")
        else:
            console.print(f"{indent}{key}: {cell(value)}")
    for key, rows in tables:
        _table(console, rows, f"{indent}{key} ({len(rows)})", columns.get(key))


def show_document(document: Any, columns: Mapping[str, Sequence[str]] | None = None) -> None:
    """Print a JSON-ready document for people; ``columns`` picks a table's columns by key."""
    console = _console()
    if isinstance(document, dict):
        _fields(console, document, "", columns or {})
    elif _is_table(document):
        _table(console, document, None)
    else:
        console.print(cell(document))


def show_line(text: str) -> None:
    """Print one line of a stream for people and flush it (streams print as they arrive)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _statuses(statuses: Any) -> str:
    names = [s.category.name for s in statuses]
    return f" status={','.join(names)}" if names else ""


def event_line(event: Event) -> str:
    """One session event as a line: sequence, kind, item, value or outcome."""
    from mxgateway.cli.jsonify import to_json
    from mxgateway.session.events import (
        AlarmTransitionEvent,
        BufferedDataChange,
        DataChange,
        OperationComplete,
        ReplayGap,
        SessionReplaced,
        WriteComplete,
    )

    if isinstance(event, SessionReplaced):
        return (
            f"session replaced: {event.old_session_id} was lost ({event.reason}); "
            f"{event.new_session_id} re-subscribed the tags, values follow"
        )
    if isinstance(event, ReplayGap):
        return (
            f"replay gap: events after #{event.requested_after_sequence} before "
            f"#{event.oldest_available_sequence} are lost; re-read the state"
        )
    if isinstance(event, AlarmTransitionEvent):
        return f"#{event.sequence} alarm {alarm_line(event.transition)}"
    if isinstance(event, (DataChange, WriteComplete, OperationComplete, BufferedDataChange)):
        item = event.tag_address or f"item {event.item_handle}"
        head = f"#{event.sequence} "
        if isinstance(event, DataChange):
            stamp = to_json(event.source_timestamp) or "-"
            value = _event_value(event)
            return (
                f"{head}data-change {item} = {value} quality={event.quality} at {stamp}"
                f"{_statuses(event.statuses)}"
            )
        if isinstance(event, WriteComplete):
            outcome = "failed" if event.failed else "pending" if event.pending else "ok"
            return (
                f"{head}write-complete {item} {outcome} hresult={event.hresult}"
                f"{_statuses(event.statuses)}"
            )
        if isinstance(event, OperationComplete):
            return f"{head}operation-complete {item} {event.operation} hresult={event.hresult}"
        values = ", ".join(json.dumps(to_json(s.value)) for s in event.samples)
        return f"{head}buffered-data-change {item} [{values}]"
    return f"#{event.sequence} {event.family.name.lower()} (unknown event family)"


def _event_value(event: DataChange) -> str:
    """A data change's value as JSON text, a float32 at float32 precision."""
    from mxgateway.cli.jsonify import to_json

    raw = event.raw.value
    if raw is not None and raw.float_value is not None:
        return float32_text(raw.float_value)
    return json.dumps(to_json(event.value), ensure_ascii=False)


def alarm_line(message: AlarmFeedMessage) -> str:
    """One alarm feed message (snapshot entry, snapshot end, transition) as a line."""
    from mxgateway.alarms import ActiveAlarm, AlarmSnapshotComplete

    if isinstance(message, AlarmSnapshotComplete):
        return f"snapshot complete: {message.snapshot_count} active alarm(s)"
    what = "snapshot" if isinstance(message, ActiveAlarm) else message.transition_kind.name.lower()
    return (
        f"{what} {message.alarm_full_reference} {message.alarm_type_name} "
        f"{message.condition_state.name} rawSeverity={message.raw_severity}"
    )


def deploy_line(event: DeployEvent) -> str:
    """One deploy event as a line."""
    from mxgateway.cli.jsonify import to_json

    when = to_json(event.time_of_last_deploy) or "never deployed"
    missed = f" ({event.missed} missed before this)" if event.missed else ""
    return (
        f"#{event.sequence} deployed {when}: {event.object_count} objects, "
        f"{event.attribute_count} attributes{missed}"
    )
