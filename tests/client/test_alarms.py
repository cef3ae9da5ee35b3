"""Alarms: query, live feed, acknowledge."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from mxgateway import errors
from mxgateway.alarms import ActiveAlarm, AlarmSnapshotComplete, AlarmTransition
from mxgateway.client import GatewayClient
from mxgateway.simulator import Simulator
from mxgateway.wire.contract import mx

REF = "Galaxy!TestArea.TestMachine_001.TestAlarm001"


async def test_query_stream_and_acknowledge(client: GatewayClient, sim: Simulator) -> None:
    sim.raise_alarm(REF)
    active = await client.query_active_alarms()
    assert any(a.alarm_full_reference == REF for a in active)
    alarm = next(a for a in active if a.alarm_full_reference == REF)
    assert isinstance(alarm, ActiveAlarm)
    assert not alarm.acknowledged
    async with client.stream_alarms(alarm_filter_prefix="Galaxy!TestArea") as feed:
        snapshot: list[ActiveAlarm] = []
        async for message in feed:
            if isinstance(message, AlarmSnapshotComplete):
                assert message.snapshot_count == len(snapshot)
                break
            assert isinstance(message, ActiveAlarm)
            snapshot.append(message)
        result = await client.acknowledge_alarm(REF, comment="seen", operator_user="op")
        assert result.hresult == 0
        transition = await anext(aiter(feed))
        assert isinstance(transition, AlarmTransition)
        assert transition.transition_kind is mx.AlarmTransitionKind.ACKNOWLEDGE
        assert transition.alarm_full_reference == REF


async def test_acknowledge_validation(client: GatewayClient) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="alarm_full_reference must not be"):
        await client.acknowledge_alarm(" ")
    with pytest.raises(errors.InvalidArgumentError, match="alarm_full_reference must be a str"):
        await client.acknowledge_alarm(None)  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgumentError, match="operator_user must be a str"):
        await client.acknowledge_alarm(REF, operator_user=7)  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgumentError, match="256"):
        await client.acknowledge_alarm(REF, comment="x" * 257)


async def test_acknowledge_unknown_alarm_is_refused(client: GatewayClient) -> None:
    with pytest.raises((errors.FailedPreconditionError, errors.NotFoundError, errors.CommandError)):
        await client.acknowledge_alarm("Galaxy!Nowhere.Nothing.NoAlarm")


async def test_every_way_of_leaving_the_feed_ends_it_on_the_server(
    client: GatewayClient, sim: Simulator, until: Any
) -> None:
    async for _ in client.stream_alarms():
        break
    await until(lambda: sim.alarm_feed_count() == 0)

    async def consume() -> None:
        async for _ in client.stream_alarms():
            pass

    task = asyncio.create_task(consume())
    await until(lambda: sim.alarm_feed_count() == 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await until(lambda: sim.alarm_feed_count() == 0)
    feed = client.stream_alarms()
    async with feed:
        await until(lambda: sim.alarm_feed_count() == 1)
        await feed.aclose()
        await until(lambda: sim.alarm_feed_count() == 0)
    async with client.stream_alarms():
        await until(lambda: sim.alarm_feed_count() == 1)
    await until(lambda: sim.alarm_feed_count() == 0)


async def test_alarm_calls_take_the_contracts_field_names(
    client: GatewayClient, sim: Simulator
) -> None:
    """Seed-style keywords: the request messages' own field names."""
    sim.raise_alarm(REF)
    active = await client.query_active_alarms(alarm_filter_prefix="Galaxy!TestArea")
    assert REF in {alarm.alarm_full_reference for alarm in active}
    assert await client.query_active_alarms(alarm_filter_prefix="Galaxy!Elsewhere") == []
    result = await client.acknowledge_alarm(
        alarm_full_reference=REF,
        comment="seen",
        operator_user="op",
        operator_node="node1",
        session_id="ignored-by-the-gateway",
    )
    assert result.status == 0
