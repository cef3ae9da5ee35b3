"""The Galaxy Repository side: the ZB "database" and the gateway's cache of it.

The database holds the deployed galaxy and its deploy time and can be made
unreachable. The gateway caches a snapshot on first use (UNAVAILABLE while the
database is down and nothing is cached), polls the deploy time, reloads on a
change and tells WatchDeployEvents subscribers, numbering deploys with a
monotonic sequence.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.wire.contract import gr

if TYPE_CHECKING:
    from mxgateway.simulator.clock import Clock
    from mxgateway.simulator.galaxy import Galaxy

__all__ = ["DeployWatch", "GalaxyDatabase", "RepositoryCache", "Snapshot"]


class GalaxyDatabase:
    """The deployed galaxy as the ZB database holds it (deploy time None: never deployed)."""

    def __init__(self, galaxy: Galaxy, deploy_time: dt.datetime | None) -> None:
        self.galaxy = galaxy
        self.deploy_time = deploy_time
        self.available = True

    def redeploy(self, now: dt.datetime) -> None:
        """A deploy: a changed galaxy and a new deploy time."""
        self.galaxy = self.galaxy.redeployed()
        previous = self.deploy_time
        if previous is None or now > previous:
            self.deploy_time = now
        else:
            self.deploy_time = previous + dt.timedelta(milliseconds=1)


@dataclass(frozen=True)
class Snapshot:
    """One cached load of the database; page tokens are bound to ``token``."""

    galaxy: Galaxy
    deploy_time: dt.datetime | None
    sequence: int
    token: str = field(default_factory=lambda: secrets.token_hex(8))

    def deploy_event(self) -> gr.DeployEvent:
        return gr.DeployEvent(
            sequence=self.sequence,
            time_of_last_deploy=self.deploy_time,
            time_of_last_deploy_present=self.deploy_time is not None,
            object_count=self.galaxy.object_count,
            attribute_count=self.galaxy.attribute_count,
        )


class DeployWatch:
    """One WatchDeployEvents subscriber's bounded buffer (oldest dropped when full)."""

    def __init__(self, capacity: int) -> None:
        self._events: deque[gr.DeployEvent] = deque(maxlen=capacity)
        self._wake = asyncio.Event()

    def offer(self, event: gr.DeployEvent) -> None:
        self._events.append(event)
        self._wake.set()

    async def next(self) -> gr.DeployEvent:
        while not self._events:
            self._wake.clear()
            await self._wake.wait()
        return self._events.popleft()


class RepositoryCache:
    """The gateway's cached view of the database, refreshed by polling the deploy time."""

    def __init__(self, database: GalaxyDatabase, clock: Clock, buffer: int) -> None:
        self._database = database
        self._clock = clock
        self._buffer = buffer
        self._snapshot: Snapshot | None = None
        self._sequence = 0
        self._watches: set[DeployWatch] = set()

    @property
    def database(self) -> GalaxyDatabase:
        return self._database

    def snapshot(self) -> Snapshot:
        """The cached snapshot, loading it first if needed (UNAVAILABLE if impossible)."""
        if self._snapshot is None:
            if not self._database.available:
                raise GRPCError(
                    Status.UNAVAILABLE, "The Galaxy Repository database is not reachable."
                )
            self._load()
        assert self._snapshot is not None
        return self._snapshot

    def _load(self) -> Snapshot:
        self._sequence += 1
        self._snapshot = Snapshot(self._database.galaxy, self._database.deploy_time, self._sequence)
        return self._snapshot

    def poll(self) -> None:
        """Check the deploy time; on a new deploy reload and tell every watcher."""
        if not self._database.available or self._snapshot is None:
            return
        if self._database.galaxy.generation == self._snapshot.galaxy.generation:
            return
        event = self._load().deploy_event()
        for watch in list(self._watches):
            watch.offer(event)

    def watch(self) -> DeployWatch:
        watch = DeployWatch(self._buffer)
        self._watches.add(watch)
        return watch

    def unwatch(self, watch: DeployWatch) -> None:
        self._watches.discard(watch)

    def watcher_count(self) -> int:
        return len(self._watches)
