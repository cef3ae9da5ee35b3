"""Fixtures for client tests: a simulator on an ephemeral loopback port with a manual clock."""

from __future__ import annotations

import asyncio
import dataclasses
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


class Relay:
    """A loopback TCP relay in front of the simulator whose connections a test can cut.

    ``cut()`` drops every connection at once, as a crashed gateway or a broken network
    would; new connections are relayed again unless ``stop_listening()`` was called
    (``listen()`` again on the same port undoes that). ``blackhole()`` silently stops
    forwarding on every open connection and on new ones while keeping TCP open, as a
    dead route or a frozen peer would; ``restore()`` relays new connections again (the
    black-holed ones stay dead).
    """

    def __init__(self, target_port: int) -> None:
        self._target_port = target_port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._dead: set[asyncio.StreamWriter] = set()
        self._blackholed = False
        self.port = 0

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def start(self) -> None:
        await self.listen()

    async def listen(self) -> None:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    def retarget(self, port: int) -> None:
        """Relay new connections to ``port`` (a gateway restarted elsewhere)."""
        self._target_port = port

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._target_port)
        except OSError:
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        if self._blackholed:
            self._dead |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    if dst in self._dead:
                        continue  # swallowed: the peer never hears of it
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def cut(self) -> None:
        for writer in self._writers:
            writer.transport.abort()
        self._writers.clear()
        self._dead.clear()

    def blackhole(self) -> None:
        self._blackholed = True
        self._dead |= self._writers

    def restore(self) -> None:
        self._blackholed = False

    def stop_listening(self) -> None:
        if self._server is not None:
            self._server.close()

    async def close(self) -> None:
        self.stop_listening()
        self.cut()


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
        await self.sim.stop()
        self.relay.cut()

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
async def relay(sim: Simulator) -> AsyncIterator[Relay]:
    relayed = Relay(sim.port)
    await relayed.start()
    yield relayed
    await relayed.close()
