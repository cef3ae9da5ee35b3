"""The alarm monitor: raise, acknowledge, clear, retrigger; StreamAlarms and QueryActiveAlarms."""

from __future__ import annotations

from typing import Any

import grpclib.const
import pytest
from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.simulator import Simulator
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import mx

from .conftest import GatewayClient

ALARM = "TestMachine_001.TestAlarm001"
FULL = "Galaxy!TestArea.TestMachine_001.TestAlarm001"
_CS = mx.AlarmConditionState
_TK = mx.AlarmTransitionKind


@pytest.fixture
def sim_options() -> dict[str, Any]:
    return {"alarm_objects": 0}


async def _query(gw: GatewayClient, prefix: str = "") -> list[mx.ActiveAlarmSnapshot]:
    async with gw.channel.request(
        "/mxaccess_gateway.v1.MxAccessGateway/QueryActiveAlarms",
        grpclib.const.Cardinality.UNARY_STREAM,
        mx.QueryActiveAlarmsRequest,
        mx.ActiveAlarmSnapshot,
        metadata=gw.metadata,
    ) as stream:
        await stream.send_message(mx.QueryActiveAlarmsRequest(alarm_filter_prefix=prefix), end=True)
        return [message async for message in stream]


async def _ack(gw: GatewayClient, reference: str, comment: str = "", user: str = "") -> Any:
    return await gw.stub.acknowledge_alarm(
        mx.AcknowledgeAlarmRequest(
            alarm_full_reference=reference, comment=comment, operator_user=user
        )
    )


async def test_life_cycle_on_the_feed(gw: GatewayClient, sim: Simulator) -> None:
    assert sim.alarm_reference(ALARM) == FULL
    async with gw.alarm_feed() as feed:
        complete = await feed.next()
        assert complete.snapshot_complete.snapshot_count == 0
        sim.raise_alarm(ALARM)
        raised = (await feed.next()).transition
        assert raised.transition_kind is _TK.RAISE
        assert raised.condition_state is _CS.ACTIVE_UNACKED
        assert raised.alarm_full_reference == FULL
        assert raised.source_object_reference == "TestMachine_001"
        assert raised.alarm_type_name == "DSC"
        assert 1 <= raised.raw_severity <= 999
        reply = await _ack(gw, FULL, "checked", "alice")
        assert reply.protocol_status.code is mx.ProtocolStatusCode.OK
        acked = (await feed.next()).transition
        assert acked.transition_kind is _TK.ACKNOWLEDGE
        assert acked.condition_state is _CS.ACTIVE_ACKED
        assert (acked.operator_user, acked.operator_comment) == ("alice", "checked")
        sim.clear_alarm(ALARM)
        cleared = await feed.next()
        assert cleared.transition.transition_kind is _TK.CLEAR
        assert cleared.transition.condition_state is _CS.INACTIVE_ACKED
        assert cleared.sequence == 4
    assert await _query(gw) == []


async def test_unacked_return_stays_listed_and_retriggers(
    gw: GatewayClient, sim: Simulator
) -> None:
    sim.raise_alarm(ALARM)
    sim.clear_alarm(ALARM)
    (listed,) = await _query(gw)
    assert listed.condition_state is _CS.INACTIVE_UNACKED
    async with gw.alarm_feed() as feed:
        snapshot = await feed.next()
        assert snapshot.active_alarm.alarm_full_reference == FULL
        assert (await feed.next()).snapshot_complete.snapshot_count == 1
        sim.raise_alarm(ALARM)
        retrigger = (await feed.next()).transition
    assert retrigger.transition_kind is _TK.RETRIGGER
    assert retrigger.condition_state is _CS.ACTIVE_UNACKED
    sim.clear_alarm(ALARM)
    await _ack(gw, ALARM)
    assert await _query(gw) == []


async def test_acknowledge_refusals(gw: GatewayClient, sim: Simulator) -> None:
    with pytest.raises(GRPCError) as error:
        await _ack(gw, FULL)
    assert error.value.status is Status.FAILED_PRECONDITION
    sim.raise_alarm(ALARM)
    await _ack(gw, FULL)
    with pytest.raises(GRPCError) as error:
        await _ack(gw, FULL)
    assert error.value.status is Status.FAILED_PRECONDITION
    for reference, comment in (("", ""), ("  ", ""), (FULL, "x" * 257)):
        with pytest.raises(GRPCError) as error:
            await _ack(gw, reference, comment)
        assert error.value.status is Status.INVALID_ARGUMENT


async def test_prefix_filters(gw: GatewayClient, sim: Simulator) -> None:
    sim.raise_alarm("TestMachine_001.TestAlarm001")
    sim.raise_alarm("TestMachine_002.TestAlarm001")
    assert len(await _query(gw)) == 2
    only = await _query(gw, "Galaxy!TestArea.TestMachine_002")
    assert [a.source_object_reference for a in only] == ["TestMachine_002"]
    async with gw.alarm_feed("Galaxy!TestArea.TestMachine_003") as feed:
        assert (await feed.next()).snapshot_complete.snapshot_count == 0
        sim.clear_alarm("TestMachine_001.TestAlarm001")
        sim.clear_alarm("TestMachine_002.TestAlarm001")
        sim.raise_alarm("TestMachine_003.TestAlarm001")
        event = (await feed.next()).transition
    assert event.source_object_reference == "TestMachine_003"


@pytest.mark.parametrize("sim_options", [{"alarm_objects": 1}])
async def test_limit_alarms_follow_the_changing_value(gw: GatewayClient, sim: Simulator) -> None:
    sim.set_value("TestMachine_001.TestChangingFloat", 10.0)
    assert await _query(gw, "TestMachine_001.TestChangingFloat") == []
    sim.set_value("TestMachine_001.TestChangingFloat", 96.0)
    alarms = {a.alarm_type_name: a for a in await _query(gw, "TestMachine_001.TestChangingFloat")}
    assert set(alarms) == {"HI", "HIHI"}
    assert alarms["HIHI"].raw_severity < alarms["HI"].raw_severity
    assert from_mx_value(alarms["HIHI"].limit_value) == 95.0
    assert from_mx_value(alarms["HIHI"].current_value) == 96.0
    for _ in range(120):
        await sim.advance(1)
        if {a.alarm_type_name for a in await _query(gw, "TestMachine_001.TestChangingFloat")} != {
            "HI",
            "HIHI",
        }:
            break
    states = {a.condition_state for a in await _query(gw, "TestMachine_001.TestChangingFloat")}
    assert _CS.INACTIVE_UNACKED in states


async def test_alarm_primitives_follow_the_alarm(gw: GatewayClient, sim: Simulator) -> None:
    session, server, in_alarm = await gw.setup(f"{ALARM}.InAlarm")
    acked = await gw.subscribe(session, server, f"{ALARM}.Acked")
    async with gw.events(session) as events:
        initial = {e.item_handle: from_mx_value(e.value) for e in await events.take(2)}
        assert initial == {in_alarm: False, acked: True}
        sim.raise_alarm(ALARM)
        raised = {e.item_handle: from_mx_value(e.value) for e in await events.take(2)}
    assert raised == {in_alarm: True, acked: False}


async def test_feeds_close_with_their_streams(gw: GatewayClient, sim: Simulator) -> None:
    async with gw.alarm_feed() as feed:
        await feed.next()
        assert sim.alarm_feed_count() == 1
    await sim.settle()
    assert sim.alarm_feed_count() == 0


async def test_unknown_alarm_hook_reference(sim: Simulator) -> None:
    with pytest.raises(KeyError):
        sim.raise_alarm("TestMachine_001.NoSuchAlarm")


@pytest.mark.parametrize("sim_options", [{"alarm_objects": 0, "alarm_feed_capacity": 2}])
async def test_a_feed_that_falls_behind_ends_with_an_error(
    gw: GatewayClient, sim: Simulator
) -> None:
    async with gw.alarm_feed() as feed:
        await feed.next()
        for index in range(1, 4):  # the feed reads none of them: one more than it can hold
            sim.raise_alarm(f"TestMachine_00{index}.TestAlarm001")
        with pytest.raises(GRPCError) as error:
            await feed.next()
    assert error.value.status is Status.RESOURCE_EXHAUSTED
    await sim.settle()
    assert sim.alarm_feed_count() == 0


async def test_ack_comment_of_256_characters_is_accepted(gw: GatewayClient, sim: Simulator) -> None:
    sim.raise_alarm(ALARM)
    reply = await _ack(gw, FULL, "c" * 256, "alice")
    assert reply.protocol_status.code is mx.ProtocolStatusCode.OK
    (alarm,) = await _query(gw, FULL)
    assert alarm.operator_comment == "c" * 256
