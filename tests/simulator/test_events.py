"""The event stream: sequencing, one subscriber, backpressure, replay and stream faults."""

from __future__ import annotations

import pytest
from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.simulator import Simulator
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import mx

from .conftest import GatewayClient, ServerStream

TAG = "TestMachine_001.TestInt"


async def _produce(sim: Simulator, count: int, start: int = 0) -> None:
    for value in range(start, start + count):
        sim.set_value(TAG, value)


async def _read_until_error(events: ServerStream) -> None:
    while True:
        await events.next()


async def test_sequence_is_contiguous_from_one(gw: GatewayClient, sim: Simulator) -> None:
    session, _, item = await gw.setup(TAG)
    await sim.settle()
    await _produce(sim, 5)
    async with gw.events(session) as events:
        received = await events.take(6)
        await _produce(sim, 3, 100)
        received += await events.take(3)
    assert [e.worker_sequence for e in received] == list(range(1, 10))
    assert all(e.session_id == session for e in received)
    assert all(e.item_handle == item for e in received)
    assert [from_mx_value(e.value) for e in received[-3:]] == [100, 101, 102]
    assert all(e.worker_timestamp is not None for e in received)


async def test_second_subscriber_is_already_exists(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    async with gw.events(session):
        await sim.settle()
        with pytest.raises(GRPCError) as error:
            async with gw.events(session) as second:
                await second.next()
        assert error.value.status is Status.ALREADY_EXISTS
    await sim.settle()
    assert sim.event_subscriber_count(session) == 0


@pytest.mark.parametrize("sim_options", [{"event_queue_capacity": 5}])
async def test_queue_overflow_faults_the_session(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        await events.next()
        await _produce(sim, 10)
        with pytest.raises(GRPCError) as error:
            await _read_until_error(events)
    assert error.value.status is Status.RESOURCE_EXHAUSTED
    assert sim.session_state(session) is mx.SessionState.FAULTED


async def test_healthy_stream_never_drops(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        await events.next()
        for value in range(200):
            sim.set_value(TAG, value)
            if value % 20 == 0:
                await sim.settle()
        values = [from_mx_value(e.value) for e in await events.take(200)]
    assert values == list(range(200))


async def test_resume_replays_without_gaps_or_duplicates(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        first = await events.take(1)
        await _produce(sim, 4)
        seen = first + await events.take(4)
    await _produce(sim, 2, 50)
    async with gw.events(session, after=3) as events:
        resumed = await events.take(4)
        await _produce(sim, 1, 99)
        resumed += await events.take(1)
    assert [e.worker_sequence for e in seen] == [1, 2, 3, 4, 5]
    assert [e.worker_sequence for e in resumed] == [4, 5, 6, 7, 8]
    assert from_mx_value(resumed[-1].value) == 99


@pytest.mark.parametrize("sim_options", [{"replay_capacity": 3}])
async def test_resume_too_old_sends_replay_gap_sentinel(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        await events.next()
        await _produce(sim, 9)
        await events.take(9)
    async with gw.events(session, after=2) as events:
        sentinel = await events.next()
        replayed = await events.take(3)
    assert sentinel.replay_gap is not None
    assert sentinel.replay_gap.requested_after_sequence == 2
    assert sentinel.replay_gap.oldest_available_sequence == 8
    assert sentinel.family is mx.MxEventFamily.UNSPECIFIED
    assert sentinel.on_data_change is None
    assert [e.worker_sequence for e in replayed] == [8, 9, 10]


@pytest.mark.parametrize("sim_options", [{"replay_max_age": 60.0, "subscriber_grace": 600.0}])
async def test_replay_ages_out(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        await events.next()
        await _produce(sim, 2)
        await events.take(2)
    await sim.advance(61)
    async with gw.events(session, after=1) as events:
        sentinel = await events.next()
        await _produce(sim, 1, 7)
        live = await events.next()
    assert sentinel.replay_gap is not None
    assert sentinel.replay_gap.requested_after_sequence == 1
    assert sentinel.replay_gap.oldest_available_sequence == 4
    assert live.worker_sequence == 4


async def test_drop_event_stream_keeps_session_ready(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        await events.next()
        sim.drop_event_stream(session)
        with pytest.raises(GRPCError) as error:
            await events.next()
    assert error.value.status is Status.UNAVAILABLE
    await sim.settle()
    assert sim.session_state(session) is mx.SessionState.READY
    assert sim.event_subscriber_count(session) == 0
    sim.set_value(TAG, 5)
    async with gw.events(session, after=1) as events:
        event = await events.next()
    assert event.worker_sequence == 2


async def test_fault_session_ends_stream_with_error(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup(TAG)
    async with gw.events(session) as events:
        await events.next()
        sim.fault_session(session)
        with pytest.raises(GRPCError) as error:
            await events.next()
    assert error.value.status is Status.UNAVAILABLE
    with pytest.raises(GRPCError) as error:
        async with gw.events(session) as events:
            await events.next()
    assert error.value.status is Status.FAILED_PRECONDITION


async def test_close_session_ends_stream_cleanly(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    async with gw.events(session) as events:
        await sim.settle()
        await gw.stub.close_session(mx.CloseSessionRequest(session_id=session))
        await events.end()


async def test_cancelled_stream_detaches(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    async with gw.events(session):
        await sim.settle()
        assert sim.event_subscriber_count(session) == 1
    await sim.settle()
    assert sim.event_subscriber_count(session) == 0
