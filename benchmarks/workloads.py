"""The workloads: what each client runs, on which servers, and the unit it is counted in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmarks.fixtures import tag_address

#: Tags whose values the event workload streams (mixed value types).
EVENT_TAGS = [tag_address(i) for i in range(96)]


@dataclass(frozen=True)
class Workload:
    """One measured workload; ``command`` is what the worker runs (see ``worker.run``)."""

    name: str
    description: str
    unit: str
    command: dict[str, Any]
    #: Run each measurement in a fresh client process (clean peak-memory figures).
    fresh: bool = False
    #: Prepare an event session (subscribe EVENT_TAGS) before the measured run.
    events: bool = False
    servers: tuple[str, ...] = ("replay", "simulator")
    extra: dict[str, Any] = field(default_factory=dict)


def read_bulk(entries: int) -> Workload:
    """ReadBulk of ``entries`` distinct tags per call."""
    return Workload(
        f"read_bulk_{entries}",
        f"ReadBulk of {entries} tags (value, quality, timestamp, status each)",
        "calls/s",
        {"workload": "read_bulk", "tags": [tag_address(i) for i in range(entries)]},
    )


def encode_read_bulk(entries: int) -> Workload:
    """Building and encoding a ReadBulk request of ``entries`` tags, with no call made."""
    return Workload(
        f"encode_read_bulk_{entries}",
        f"build and encode a {entries}-tag ReadBulk request (client CPU only, nothing sent)",
        "requests/s",
        {"workload": "encode_read_bulk", "tags": [tag_address(i) for i in range(entries)]},
        servers=("replay",),
    )


WORKLOADS: dict[str, Workload] = {
    w.name: w
    for w in (
        Workload("ping", "Ping round trips, one caller", "calls/s", {"workload": "ping"}),
        Workload(
            "ping_16",
            "Ping round trips, 16 concurrent callers",
            "calls/s",
            {"workload": "ping", "concurrency": 16},
        ),
        read_bulk(10),
        read_bulk(100),
        read_bulk(1000),
        encode_read_bulk(1000),
        Workload(
            "events",
            "event stream: data changes of mixed types, consumed as typed events",
            "events/s",
            {"workload": "events"},
            events=True,
        ),
        Workload(
            "galaxy_iter",
            "Galaxy iter_hierarchy: every object with attributes, one page held",
            "objects/s",
            {"workload": "galaxy", "keep": False},
            fresh=True,
        ),
        Workload(
            "galaxy_discover",
            "Galaxy discover_hierarchy: every object with attributes, all kept",
            "objects/s",
            {"workload": "galaxy", "keep": True},
            fresh=True,
        ),
    )
}
CLI_WORKLOAD = "cli"
ALL_NAMES = (*WORKLOADS, CLI_WORKLOAD)
