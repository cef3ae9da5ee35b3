"""Fixtures for client tests: a simulator on an ephemeral loopback port with a manual clock."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from mxgateway.client import GatewayClient
from mxgateway.session import Session
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    async with Simulator(SimulatorConfig(objects=3, clock=ManualClock(start=START))) as simulator:
        yield simulator


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[GatewayClient]:
    async with GatewayClient.connect(
        endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True, call_timeout=10
    ) as gateway:
        yield gateway


@pytest.fixture
async def session(client: GatewayClient) -> AsyncIterator[Session]:
    async with await client.open_session("client-tests") as opened:
        yield opened


Until = Callable[[Callable[[], bool]], Awaitable[None]]


@pytest.fixture
def until() -> Until:
    """Let the loop run until a condition holds (no real sleeping; fails after 500 turns)."""

    async def wait(condition: Callable[[], bool]) -> None:
        for _ in range(500):
            if condition():
                return
            await asyncio.sleep(0)
        raise AssertionError("condition not reached")

    return wait
