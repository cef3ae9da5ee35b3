"""Writes through ``<topic>/set``: allowed ones reach the tag, every other one is refused."""

from __future__ import annotations

import json

from benchmarks.mosquitto import Mosquitto
from mxgateway.bridge.bridge import Bridge
from mxgateway.bridge.config import TagSelection
from mxgateway.simulator import Simulator

from .conftest import bridge_config, listening, options_for, publish, running

SETPOINT = "uns/TestArea/TestMachine_001/TestSetpoint"
INT = "uns/TestArea/TestMachine_001/TestInt"
TAGS = ("TestMachine_001.TestSetpoint", "TestMachine_001.TestInt", "TestMachine_001.TestViewOnly")


def writable_bridge(broker: Mosquitto, sim: Simulator) -> Bridge:
    config = bridge_config(
        broker, selection=TagSelection(tags=TAGS), allow_writes=("*.TestSetpoint", "*.TestViewOnly")
    )
    return Bridge(config, options_for(sim))


async def test_an_allowed_write_waits_for_completion(broker: Mosquitto, sim: Simulator) -> None:
    bridge = writable_bridge(broker, sim)
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(SETPOINT)))
        await publish(broker.port, SETPOINT + "/set", b'{"value": 55.5, "id": "r1"}')
        await seen.wait(lambda: bool(seen.on(SETPOINT + "/set/result")), "the write result")
        result = seen.last(SETPOINT + "/set/result")
        assert result == {
            "ok": True,
            "tag": "TestMachine_001.TestSetpoint",
            "value": 55.5,
            "id": "r1",
        }
        assert not seen.on(SETPOINT + "/set/result")[-1].retain
        assert sim.read_value("TestMachine_001.TestSetpoint") == 55.5
        await seen.wait(lambda: seen.last(SETPOINT)["value"] == 55.5, "the written value")
    assert bridge.stats.writes_ok == 1


async def test_refused_writes_change_nothing(broker: Mosquitto, sim: Simulator) -> None:
    bridge = writable_bridge(broker, sim)
    before = sim.read_value("TestMachine_001.TestInt")
    setpoint = sim.read_value("TestMachine_001.TestSetpoint")
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(INT)) and bool(seen.on(SETPOINT)))
        await publish(broker.port, INT + "/set", b'{"value": 7}')  # not in the allowlist
        for bad in (
            b"7",
            b"not json",
            b'{"val": 1}',
            b'{"value": {"a": 1}}',
            b'{"value": 1, "x": 2}',
        ):
            await publish(broker.port, SETPOINT + "/set", bad)
        results = lambda: seen.on(INT + "/set/result") + seen.on(SETPOINT + "/set/result")  # noqa: E731
        await seen.wait(lambda: len(results()) == 6, "six refusals")
        documents = [r.json() for r in results()]
        assert all(d["ok"] is False and d["error_type"] == "WriteRefusedError" for d in documents)
        assert "not allowed" in seen.last(INT + "/set/result")["error"]
    assert sim.read_value("TestMachine_001.TestInt") == before
    assert sim.read_value("TestMachine_001.TestSetpoint") == setpoint
    assert bridge.stats.writes_refused == 6
    assert bridge.stats.writes_ok == 0


async def test_a_failed_write_reports_the_gateway_error(broker: Mosquitto, sim: Simulator) -> None:
    bridge = writable_bridge(broker, sim)
    view_only = "uns/TestArea/TestMachine_001/TestViewOnly"
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(view_only)))
        await publish(broker.port, view_only + "/set", json.dumps({"value": 3}).encode())
        await seen.wait(lambda: bool(seen.on(view_only + "/set/result")))
        result = seen.last(view_only + "/set/result")
        assert result["ok"] is False
        assert result["error_type"] == "MxAccessError"
    assert bridge.stats.writes_failed == 1


async def test_a_retained_set_request_is_not_replayed(broker: Mosquitto, sim: Simulator) -> None:
    await publish(broker.port, SETPOINT + "/set", b'{"value": 99.0}', retain=True)
    setpoint = sim.read_value("TestMachine_001.TestSetpoint")
    bridge = writable_bridge(broker, sim)
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(SETPOINT + "/set/result")))
        assert "retained" in seen.last(SETPOINT + "/set/result")["error"]
    assert sim.read_value("TestMachine_001.TestSetpoint") == setpoint


async def test_without_allow_writes_set_topics_are_not_subscribed(
    broker: Mosquitto, sim: Simulator
) -> None:
    bridge = Bridge(bridge_config(broker, selection=TagSelection(tags=TAGS)), options_for(sim))
    setpoint = sim.read_value("TestMachine_001.TestSetpoint")
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(SETPOINT)))
        await publish(broker.port, SETPOINT + "/set", b'{"value": 12.0}')
        await publish(broker.port, INT, b"marker")  # ordered after the set request
        await seen.wait(lambda: any(m.payload == b"marker" for m in seen.on(INT)))
    assert not seen.on(SETPOINT + "/set/result")
    assert sim.read_value("TestMachine_001.TestSetpoint") == setpoint


async def test_a_write_while_the_gateway_is_down_fails_cleanly(
    broker: Mosquitto, sim: Simulator
) -> None:
    bridge = writable_bridge(broker, sim)
    async with listening(broker.port) as seen, running(bridge):
        await seen.wait(lambda: bool(seen.on(SETPOINT)))
        await sim.stop()
        await publish(broker.port, SETPOINT + "/set", b'{"value": 1.0}')
        await seen.wait(lambda: bool(seen.on(SETPOINT + "/set/result")), "the write result")
        result = seen.last(SETPOINT + "/set/result")
        assert result["ok"] is False
        assert result["error_type"] in {"ConnectionLostError", "GatewayUnavailableError"}
    assert bridge.stats.writes_failed == 1
