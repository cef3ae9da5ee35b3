"""The bridge through faults: broker restart, overflow, frozen broker, gateway restart."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from benchmarks.mosquitto import Mosquitto
from mxgateway.bridge.bridge import Bridge
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

from .conftest import (
    MOSQUITTO,
    START,
    Listener,
    bridge_config,
    listening,
    options_for,
    running,
)

TAG = "TestMachine_001.TestInt"
TOPIC = "uns/TestArea/TestMachine_001/TestInt"


def values(listener: Listener) -> list[object]:
    return [m.json()["value"] for m in listener.on(TOPIC)]


async def until(condition: object, what: str) -> None:
    await Listener().wait(condition, what)  # type: ignore[arg-type]


async def set_values(sim: Simulator, numbers: range) -> None:
    for number in numbers:
        sim.set_value(TAG, number)
        await sim.settle()


@pytest.fixture
def persistent_broker(tmp_path: Path) -> Mosquitto:
    if MOSQUITTO is None:
        pytest.skip("mosquitto is not installed (apt-get install mosquitto)")
    server = Mosquitto(tmp_path, persistence=True)
    server.start()
    yield server  # type: ignore[misc]
    server.stop()


async def test_broker_restart_loses_nothing_within_the_queue_bound(
    persistent_broker: Mosquitto, sim: Simulator
) -> None:
    broker = persistent_broker
    async with listening(broker.port, client_id="watcher", clean=False):
        pass  # a persistent session: the broker keeps queuing for it while it is away
    bridge = Bridge(bridge_config(broker, queue_size=1000), options_for(sim))
    async with running(bridge):
        await until(lambda: bridge.stats.published >= 1, "the initial value")
        broker.stop()
        changes = bridge.stats.changes
        await set_values(sim, range(1, 101))
        await until(lambda: bridge.stats.changes == changes + 100, "100 changes queued")
        broker.start()
        await until(lambda: len(bridge.outbox) == 0 and bridge.stats.broker_connects == 2, "flush")
    async with listening(broker.port, client_id="watcher", clean=False) as watcher:
        await watcher.wait(lambda: 100 in values(watcher), "the last value")
    received = [v for v in values(watcher) if isinstance(v, int) and 1 <= v <= 100]
    assert sorted(set(received)) == list(range(1, 101))
    assert list(dict.fromkeys(received)) == list(range(1, 101)), "out of order"
    assert bridge.outbox.dropped == 0


async def test_overflow_drops_are_counted_and_values_resynchronised(
    broker: Mosquitto, sim: Simulator
) -> None:
    bridge = Bridge(bridge_config(broker, queue_size=5), options_for(sim))
    async with running(bridge):
        await until(lambda: bridge.stats.published >= 1, "the initial value")
        broker.stop()
        await set_values(sim, range(1, 31))
        await until(lambda: bridge.outbox.dropped >= 25, "drops")
        broker.start()
        await until(lambda: bridge.stats.resyncs == 1 and len(bridge.outbox) == 0, "a resync")
    async with listening(broker.port) as later:
        await later.wait(lambda: bool(later.on(TOPIC)) and bool(later.on("uns/$bridge/t1/stats")))
        assert later.last(TOPIC)["value"] == 30
        assert later.last("uns/$bridge/t1/stats")["drops"] == bridge.outbox.dropped


async def test_a_frozen_broker_delays_but_loses_nothing(broker: Mosquitto, sim: Simulator) -> None:
    bridge = Bridge(bridge_config(broker), options_for(sim))
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(TOPIC)), "the initial value")
        broker.pause()
        try:
            await set_values(sim, range(1, 51))
            await until(lambda: bridge.stats.changes >= 51, "changes queued while frozen")
            await asyncio.sleep(1.0)
            assert 50 not in values(seen)
        finally:
            broker.resume()
        await seen.wait(lambda: 50 in values(seen), "the values after the broker thawed")
        assert [v for v in values(seen) if isinstance(v, int) and v >= 1][-50:] == list(
            range(1, 51)
        )
    assert bridge.stats.broker_connects == 1
    assert bridge.outbox.dropped == 0


async def test_gateway_restart_on_the_same_port(broker: Mosquitto, sim: Simulator) -> None:
    bridge = Bridge(bridge_config(broker), options_for(sim))
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(TOPIC)), "the initial value")
        await sim.stop()
        config = SimulatorConfig(
            objects=3,
            areas=2,
            port=sim.port,
            api_keys=sim.api_keys,
            clock=ManualClock(start=START),
        )
        async with Simulator(config) as restarted:
            await until(lambda: bridge.stats.gateway_connects == 2, "the bridge to come back")
            restarted.set_value(TAG, 777)
            await restarted.settle()
            await seen.wait(lambda: 777 in values(seen), "a value from the new gateway")
