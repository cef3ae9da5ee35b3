"""Every ``mxgw-py`` command: its help panel, where it lives and its help text.

Commands are registered lazily by import path, and cyclopts does not import a lazy
command to list it, so each command's help text (a one-line summary, then details) is
kept here rather than in the function's docstring. Parameter help stays with the
parameters.
"""

from typing import Final

from cyclopts import Group

__all__ = ["COMMANDS"]

_SESSION = Group("Sessions", sort_key=1)
_ITEMS = Group("Items and writes", sort_key=2)
_BULK = Group("Bulk (one result per entry; a failed entry does not fail the command)", sort_key=3)
_EVENTS = Group("Events and alarms", sort_key=4)
_GALAXY = Group("Galaxy Repository", sort_key=5)
_TOOLS = Group("Tools", sort_key=6)

_GRACE = "the gateway closes the session 30 s later unless another event stream attaches"
_WRITE_OUTCOME = (
    "\n\nReturns when the gateway accepts the write, as MXAccess does; the outcome arrives "
    "later as an OnWriteComplete event (see stream-events). --wait also waits for it: exit 5 "
    "when it reports failure, exit 6 when the write was accepted but its outcome could not "
    "be learned (e.g. another process holds the session's event stream): do not retry "
    "blindly then. Waiting attaches the event stream, so "
    + _GRACE
    + ". One line of output; --verbose or --json for every field."
)
_STREAM_END = (
    " Ends cleanly (exit 0) after the message limit or --timeout seconds, whichever comes "
    "first, or on Ctrl-C (exit 130)."
)
_BENCH = (
    " Opens its own session, subscribes --bulk-size tags TestMachine_NNN.TestChangingInt, "
    "warms up, measures for --duration-seconds and prints one JSON record; percentiles by "
    "linear interpolation. Progress goes to stderr on a terminal."
)

#: (help panel, "module:function" under mxgateway.cli, help text) per command.
COMMANDS: Final[tuple[tuple[Group, str, str], ...]] = (
    (
        _SESSION,
        "session_cmds:open_session",
        "Open a session (one MXAccess worker) and print its id.\n\nThe session stays open "
        "for the other commands (--session-id); close it with close-session (an idle "
        "session ends after its 30 min lease).",
    ),
    (_SESSION, "session_cmds:close_session", "Close a session and print its final state."),
    (_SESSION, "session_cmds:register", "Register with MXAccess and print the server handle."),
    (_SESSION, "session_cmds:unregister", "Unregister a server handle (remove its items first)."),
    (_SESSION, "session_cmds:ping", "Ping a session's worker (also extends the session lease)."),
    (_SESSION, "session_cmds:session_state", "Print a session's state (READY, FAULTED, ...)."),
    (_SESSION, "session_cmds:worker_info", "Print a session worker's process id and versions."),
    (
        _SESSION,
        "write_cmds:authenticate_user",
        "Authenticate a Galaxy user and print the user id for secured writes.\n\nThe "
        "password is never an argument: it comes from the variable named by --password-env, "
        "else a prompt that does not echo (on a terminal), else the first line of stdin. It "
        "is never printed.",
    ),
    (_ITEMS, "session_cmds:add_item", "Add an item and print its item handle."),
    (_ITEMS, "session_cmds:remove_item", "Remove an item (unadvise it first)."),
    (
        _ITEMS,
        "session_cmds:advise",
        "Start an item's data-change events (read them with stream-events).",
    ),
    (_ITEMS, "session_cmds:advise_supervisory", "Advise an item as a supervisory client."),
    (_ITEMS, "session_cmds:unadvise", "Stop an item's data-change events."),
    (_ITEMS, "write_cmds:write", "Write a value to an advised item." + _WRITE_OUTCOME),
    (_ITEMS, "write_cmds:write2", "Write a value with a source timestamp." + _WRITE_OUTCOME),
    (
        _ITEMS,
        "write_cmds:write_secured",
        "Write a secured attribute as an authenticated user." + _WRITE_OUTCOME,
    ),
    (
        _ITEMS,
        "write_cmds:write_secured2",
        "Secured write with a source timestamp." + _WRITE_OUTCOME,
    ),
    (_BULK, "bulk_cmds:add_item_bulk", "AddItem for each item reference."),
    (_BULK, "bulk_cmds:advise_item_bulk", "Advise each item handle."),
    (_BULK, "bulk_cmds:remove_item_bulk", "RemoveItem for each item handle."),
    (_BULK, "bulk_cmds:unadvise_item_bulk", "UnAdvise each item handle."),
    (_BULK, "bulk_cmds:subscribe_bulk", "AddItem and Advise for each item reference."),
    (_BULK, "bulk_cmds:unsubscribe_bulk", "UnAdvise and RemoveItem for each item handle."),
    (
        _BULK,
        "bulk_cmds:read_bulk",
        "Read items: cached values of advised items, else a one-shot read.",
    ),
    (
        _BULK,
        "bulk_cmds:write_bulk",
        "Write one value per item handle (outcomes arrive as OnWriteComplete events).",
    ),
    (_BULK, "bulk_cmds:write2_bulk", "Write2 (value and source timestamp) per item handle."),
    (_BULK, "bulk_cmds:write_secured_bulk", "WriteSecured one value per item handle."),
    (_BULK, "bulk_cmds:write_secured2_bulk", "WriteSecured2 one value per item handle."),
    (
        _EVENTS,
        "stream_cmds:stream_events",
        "Print a session's events as they arrive.\n\nData changes, write completions and "
        "the rest, in sequence order; with --json each is one line of protobuf JSON (an "
        "MxEvent). The stream resumes by itself after a dropped connection, without gaps or "
        "duplicates." + _STREAM_END + " When it ends, " + _GRACE + ".",
    ),
    (
        _EVENTS,
        "alarm_cmds:stream_alarms",
        "Print the live alarm feed.\n\nEvery active alarm, one snapshot-complete marker, "
        "then each transition; with --json each is one line of protobuf JSON (an "
        "AlarmFeedMessage)." + _STREAM_END,
    ),
    (_EVENTS, "alarm_cmds:query_alarms", "Print the active alarms (a snapshot)."),
    (_EVENTS, "alarm_cmds:acknowledge_alarm", "Acknowledge an alarm by its full reference."),
    (
        _GALAXY,
        "galaxy_cmds:galaxy_test_connection",
        "Check that the gateway reaches the Galaxy Repository database (exit 5 if not).",
    ),
    (_GALAXY, "galaxy_cmds:galaxy_last_deploy", "Print when the galaxy was last deployed."),
    (
        _GALAXY,
        "galaxy_cmds:galaxy_discover",
        "List the deployed objects, parents before children.\n\nAll pages are fetched for "
        "you; progress goes to stderr on a terminal. Filter, or start at a root (at most one "
        "of --root, --root-id, --root-path), for a large galaxy.",
    ),
    (
        _GALAXY,
        "galaxy_cmds:galaxy_browse",
        "List one level of the hierarchy: a parent's children (the roots by default).",
    ),
    (
        _GALAXY,
        "galaxy_cmds:galaxy_watch",
        "Print deploy events as they happen.\n\nThe current deploy state first (unless it "
        "equals --last-seen), then one event per deploy; with --json each is one JSON line."
        + _STREAM_END,
    ),
    (
        _TOOLS,
        "bridge_cmds:bridge",
        "Bridge the gateway to other systems: bridge mqtt publishes tag changes into an MQTT "
        "Unified Namespace.",
    ),
    (_TOOLS, "info:version", "Print the package version and the gateway protocol version."),
    (
        _TOOLS,
        "info:completion",
        "Print a shell completion script (bash, zsh or fish).\n\nbash: add "
        '`eval "$(mxgw-py completion --shell bash)"` to ~/.bashrc; zsh: the same with '
        "--shell zsh in ~/.zshrc; fish: `mxgw-py completion --shell fish > "
        "~/.config/fish/completions/mxgw-py.fish`.",
    ),
    (
        _TOOLS,
        "simulate:simulate",
        "Run a simulated MXAccess Gateway (both services) until Ctrl-C.",
    ),
    (
        _TOOLS,
        "smoke:smoke",
        "Check a gateway end to end (--simulate: no gateway needed).\n\nOpens a session, "
        "registers, adds and advises --item, writes --write-value if given (waiting for its "
        "OnWriteComplete), collects --max-events events and closes the session whatever "
        "happened. Prints a short report whose first line says OK or FAILED; with --json "
        "one record instead, with "
        "language, operation, sessionId, serverHandle, itemHandle, events (each an MxEvent "
        "as protobuf JSON), closeStatus and, after a write, write. Exit 5 when fewer events "
        "arrived within --timeout (default 10 s) or the close failed.",
    ),
    (
        _TOOLS,
        "bench:bench_read_bulk",
        "Benchmark ReadBulk of subscribed (cached) tags: calls per second and latency.\n\n"
        "Keys: language, durationMs, totalCalls, successfulCalls, failedCalls, "
        "totalReadResults, cachedReadResults, callsPerSecond, latencyMs {p50, p95, p99, max, "
        "mean}." + _BENCH,
    ),
    (
        _TOOLS,
        "bench:bench_stream_events",
        "Benchmark the event stream: data changes per second and latency.\n\nLatency is "
        "receipt time minus the event's source timestamp (gateway and client clocks must "
        "agree). Keys: language, durationMs, totalEvents, eventsPerSecond, latencyMs {p50, "
        "p95, p99, max, mean}." + _BENCH,
    ),
)
