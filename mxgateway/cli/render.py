"""Output for people: documents as aligned fields and tables, stream messages as lines.

Only used without ``--json``. Documents are the same JSON-ready data scripts get, laid
out with rich: scalars as ``name: value`` lines, lists of records as tables.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from rich.console import Console

    from mxgateway.alarms import AlarmFeedMessage
    from mxgateway.galaxy.model import DeployEvent
    from mxgateway.session.events import Event

__all__ = ["alarm_line", "deploy_line", "event_line", "show_document", "show_line"]


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


def _cell(value: Any) -> str:
    """A table cell: an MxValue as its value, statuses as their categories, else compact."""
    if isinstance(value, dict):
        kinds = [k for k in value if k.endswith("Value") and k != "rawValue"]
        if "dataType" in value and len(kinds) == 1:
            return _cell(value[kinds[0]])
    if (
        isinstance(value, list)
        and value
        and all(isinstance(v, dict) and "category" in v for v in value)
    ):
        return ",".join(str(v["category"]).removeprefix("MX_STATUS_CATEGORY_") for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if value is None:
        return "-"
    return str(value)


def _is_table(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _table(
    console: Console,
    rows: list[dict[str, Any]],
    title: str | None,
    only: Sequence[str] | None = None,
) -> None:
    from rich.table import Table

    columns: list[str] = list(only or ())
    if not columns:
        for row in rows:
            columns += [key for key in row if key not in columns]
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
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
            console.print(f"{indent}{key}: {', '.join(map(_cell, value)) or '-'}")
        else:
            console.print(f"{indent}{key}: {_cell(value)}")
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
        console.print(_cell(document))


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
            value = json.dumps(to_json(event.value), ensure_ascii=False)
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
