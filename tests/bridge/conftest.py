"""Bridge test fixtures: a real mosquitto on an ephemeral loopback port, a simulator, a bridge.

The broker is Debian's ``mosquitto`` binary started with a generated configuration
(listener on 127.0.0.1, anonymous, no persistence unless a test asks for it); tests
skip, saying why, only where the binary cannot be found. The simulator runs on a manual
clock, so tag values change only when a test sets them.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

aiomqtt = pytest.importorskip("aiomqtt", reason="the mqtt extra is not installed")

from benchmarks.mosquitto import MOSQUITTO, Mosquitto  # noqa: E402
from mxgateway.bridge.bridge import Bridge  # noqa: E402
from mxgateway.bridge.config import BridgeConfig, MqttSettings, TagSelection  # noqa: E402
from mxgateway.options import ClientOptions  # noqa: E402
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig  # noqa: E402

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
#: Longest a test waits for something over the network before failing.
PATIENCE = 15.0


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Mosquitto]:
    if MOSQUITTO is None:
        pytest.skip("mosquitto is not installed (apt-get install mosquitto)")
    server = Mosquitto(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    config = SimulatorConfig(objects=3, areas=2, clock=ManualClock(start=START))
    async with Simulator(config) as simulator:
        yield simulator


def options_for(sim: Simulator, port: int | None = None) -> ClientOptions:
    endpoint = sim.endpoint if port is None else f"127.0.0.1:{port}"
    return ClientOptions(endpoint=endpoint, api_key=sim.api_key, plaintext=True, call_timeout=10)


def bridge_config(broker: Mosquitto, **settings: Any) -> BridgeConfig:
    """A bridge on ``broker`` with fast reconnects; ``settings`` override BridgeConfig fields."""
    selection = settings.pop("selection", TagSelection(tags=("TestMachine_001.TestInt",)))
    config = BridgeConfig(
        mqtt=MqttSettings(host="127.0.0.1", port=broker.port, keepalive=5),
        selection=selection,
        prefix="uns",
        bridge_id="t1",
        reconnect_delay=0.1,
        max_reconnect_delay=0.5,
    )
    return replace(config, **settings)


@dataclass
class Received:
    topic: str
    payload: bytes
    retain: bool

    def json(self) -> Any:
        return json.loads(self.payload)


@dataclass
class Listener:
    """Messages an MQTT subscriber received, in order."""

    messages: list[Received] = field(default_factory=list)

    def on(self, topic: str) -> list[Received]:
        return [m for m in self.messages if m.topic == topic]

    def last(self, topic: str) -> Any:
        return self.on(topic)[-1].json()

    async def wait(self, condition: Callable[[], bool], what: str = "condition") -> None:
        deadline = time.monotonic() + PATIENCE
        while not condition():
            if time.monotonic() > deadline:
                topics = sorted({m.topic for m in self.messages})
                raise AssertionError(f"timed out waiting for {what}; topics seen: {topics}")
            await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def listening(
    port: int, topic: str = "uns/#", *, client_id: str | None = None, clean: bool = True
) -> AsyncIterator[Listener]:
    """A subscriber on ``topic`` for the duration of the block."""
    listener = Listener()
    async with aiomqtt.Client(
        "127.0.0.1", port, identifier=client_id, clean_session=clean
    ) as client:
        await client.subscribe(topic, qos=1)

        async def collect() -> None:
            async for message in client.messages:
                payload = message.payload
                assert isinstance(payload, (bytes, bytearray))
                listener.messages.append(
                    Received(message.topic.value, bytes(payload), message.retain)
                )

        task = asyncio.create_task(collect())
        try:
            yield listener
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


@contextlib.asynccontextmanager
async def running(bridge: Bridge) -> AsyncIterator[Bridge]:
    """Run ``bridge`` for the duration of the block; stopping it must end cleanly."""
    stop = asyncio.Event()
    task = asyncio.create_task(bridge.run(stop))
    try:
        yield bridge
    finally:
        stop.set()
        await asyncio.wait_for(task, PATIENCE)


async def publish(port: int, topic: str, payload: bytes, *, retain: bool = False) -> None:
    async with aiomqtt.Client("127.0.0.1", port) as client:
        await client.publish(topic, payload, qos=1, retain=retain)
