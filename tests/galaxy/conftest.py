"""Fixtures for the Galaxy Repository client: a simulator on loopback with a manual clock."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import pytest

from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

START = datetime.datetime(2024, 3, 1, 8, 0, tzinfo=datetime.UTC)


@pytest.fixture
def clock() -> ManualClock:
    """The simulator's clock: nothing time-based happens until the test advances it."""
    return ManualClock(start=START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[Simulator]:
    """A simulator with a small deterministic galaxy, on an ephemeral loopback port."""
    async with Simulator(SimulatorConfig(objects=12, seed=0, clock=clock)) as simulator:
        yield simulator


@pytest.fixture
async def galaxy(sim: Simulator) -> AsyncIterator[GalaxyRepositoryClient]:
    """A Galaxy Repository client connected to ``sim`` with its full-scope key."""
    async with GalaxyRepositoryClient.connect(
        endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True
    ) as client:
        yield client
