"""Fixtures for client tests: a simulator on an ephemeral loopback port with a manual clock."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import pytest

from mxgateway.client import GatewayClient
from mxgateway.session import Session
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig
from mxgateway.simulator.relay import Relay

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


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


class Restartable:
    """A gateway that a test can kill and restart on the same port with the same API keys.

    Clients connect through a ``Relay`` whose connections die with the gateway, as a
    killed process's would; the new simulator knows none of the old sessions.
    """

    def __init__(self, sim: Simulator, relay: Relay) -> None:
        self.sim = sim
        self.relay = relay

    @property
    def endpoint(self) -> str:
        return self.relay.endpoint

    @property
    def api_key(self) -> str:
        return self.sim.api_key

    async def stop(self) -> None:
        # Connections die first, as with a killed process (and no client can get back
        # in meanwhile): a simulator stopping with live connections waits for them.
        self.relay.stop_listening()
        self.relay.cut()
        await self.sim.stop()
        await self.relay.listen()

    async def start(self) -> None:
        old = self.sim
        self.sim = Simulator(dataclasses.replace(old.config, port=old.port, api_keys=old.api_keys))
        await self.sim.start()

    async def restart(self) -> None:
        await self.stop()
        await self.start()


@pytest.fixture
async def gateway() -> AsyncIterator[Restartable]:
    sim = Simulator(SimulatorConfig(objects=3, clock=ManualClock(start=START)))
    await sim.start()
    relay = Relay(sim.port)
    await relay.start()
    restartable = Restartable(sim, relay)
    yield restartable
    await relay.close()
    await restartable.sim.stop()


@pytest.fixture
def silent_endpoint() -> Iterator[str]:
    """A listener that accepts TCP connections and never says a word."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        yield f"127.0.0.1:{silent.getsockname()[1]}"


@pytest.fixture
async def relay(sim: Simulator) -> AsyncIterator[Relay]:
    relayed = Relay(sim.port)
    await relayed.start()
    yield relayed
    await relayed.close()
