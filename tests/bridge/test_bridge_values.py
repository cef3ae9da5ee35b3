"""Values from the simulator arrive on their Galaxy topics, retained, with the bridge state."""

from __future__ import annotations

import pytest

from benchmarks.mosquitto import Mosquitto
from mxgateway.bridge.bridge import Bridge
from mxgateway.bridge.config import TagSelection
from mxgateway.simulator import Simulator

from .conftest import bridge_config, listening, options_for, running

TOPIC = "uns/TestArea/TestMachine_001/TestInt"
STATE = "uns/$bridge/t1/state"


async def test_values_arrive_on_galaxy_topics(broker: Mosquitto, sim: Simulator) -> None:
    tags = ("TestMachine_001.TestInt", "TestMachine_002.TestDouble", "TestMachine_001.TestString")
    bridge = Bridge(bridge_config(broker, selection=TagSelection(tags=tags)), options_for(sim))
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: len(seen.on(TOPIC)) >= 1, "the initial value")
        sim.set_value("TestMachine_001.TestInt", 4242)
        await sim.settle()
        await seen.wait(lambda: seen.last(TOPIC)["value"] == 4242, "the new value")
        document = seen.last(TOPIC)
        assert document["type"] == "integer"
        assert document["quality"] == 192
        assert document["good"] is True
        assert document["timestamp"].endswith("Z")
        await seen.wait(lambda: seen.on("uns/TestArea/TestArea_002/TestMachine_002/TestDouble"))
        await seen.wait(lambda: seen.on("uns/TestArea/TestMachine_001/TestString"))
        assert seen.on(STATE)[-1].payload == b"online"
    async with listening(broker.port) as later:
        await later.wait(lambda: bool(later.on(TOPIC)) and bool(later.on(STATE)))
        retained = later.on(TOPIC)[-1]
        assert retained.retain
        assert retained.json()["value"] == 4242
        assert later.on(STATE)[-1].payload == b"offline"
        await later.wait(lambda: bool(later.on("uns/$bridge/t1/stats")), "the final statistics")
        stats = later.last("uns/$bridge/t1/stats")
        assert stats["drops"] == 0
        assert stats["changes"] >= 4


async def test_bad_quality_is_published_as_not_good(broker: Mosquitto, sim: Simulator) -> None:
    bridge = Bridge(bridge_config(broker), options_for(sim))
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(TOPIC)))
        sim.set_quality("TestMachine_001.TestInt", 0)
        await sim.settle()
        await seen.wait(lambda: seen.last(TOPIC)["quality"] == 0)
        assert seen.last(TOPIC)["good"] is False


async def test_unknown_tags_are_counted_and_the_rest_bridged(
    broker: Mosquitto, sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    tags = ("TestMachine_001.TestInt", "TestMachine_001.NoSuchAttribute")
    bridge = Bridge(bridge_config(broker, selection=TagSelection(tags=tags)), options_for(sim))
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(TOPIC)), "the good tag's value")
    assert bridge.stats.failed_tags == 1
    assert "cannot subscribe TestMachine_001.NoSuchAttribute" in caplog.text
