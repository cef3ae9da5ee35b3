"""Transport failures are typed: a connection cut mid-call or mid-stream, a gateway gone."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from grpclib.exceptions import GRPCError, ProtocolError, StreamTerminatedError

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.session import event_pump
from mxgateway.session.events import DataChange
from mxgateway.simulator import Simulator

TAG = "TestMachine_001.TestInt"
_LEAKS = (GRPCError, StreamTerminatedError, ProtocolError)


def _connect(relay: Any, sim: Simulator, **options: Any) -> Any:
    return GatewayClient.connect(
        endpoint=relay.endpoint, api_key=sim.api_key, plaintext=True, call_timeout=10, **options
    )


async def test_connection_cut_during_a_call_is_connection_lost(relay: Any, sim: Simulator) -> None:
    async with _connect(relay, sim) as client, await client.open_session("cut") as session:
        sim.inject_latency(60.0)
        call = asyncio.create_task(session.ping())
        for _ in range(20):
            await asyncio.sleep(0)
        relay.cut()
        with pytest.raises(errors.ConnectionLostError) as info:
            await call
        assert not isinstance(info.value, _LEAKS)
        sim.inject_latency(0.0)
        await session.ping()  # the channel reconnects for the next call


async def test_connection_cut_during_a_stream_is_connection_lost(
    relay: Any, sim: Simulator
) -> None:
    async with _connect(relay, sim) as client, client.stream_alarms() as feed:
        await anext(aiter(feed))
        relay.cut()
        async with asyncio.timeout(5):
            with pytest.raises(errors.ConnectionLostError):
                await _drain(feed)


async def _drain(stream: Any) -> None:
    async for _ in stream:
        pass


async def test_gateway_gone_without_reconnect_is_unavailable(relay: Any, sim: Simulator) -> None:
    async with _connect(relay, sim, reconnect=False) as client:
        session = await client.open_session("gone")
        await relay.close()
        # A call racing the reset may see the old connection die; the next one cannot connect.
        with pytest.raises((errors.ConnectionLostError, errors.GatewayUnavailableError)):
            await session.ping()
        with pytest.raises(errors.GatewayUnavailableError) as info:
            await session.ping()
        assert isinstance(info.value.__cause__, OSError)


async def test_calls_during_an_outage_wait_their_timeout_then_say_why(
    relay: Any, sim: Simulator
) -> None:
    async with _connect(relay, sim, reconnect_delay=0.05) as client:
        session = await client.open_session("gone")
        await relay.close()
        with pytest.raises((errors.ConnectionLostError, errors.GatewayUnavailableError)):
            await session.ping()
        with pytest.raises(errors.GatewayUnavailableError, match="reconnecting") as info:
            await client.open_session_raw("during-outage", timeout=0.3)
        assert isinstance(info.value.__cause__, errors.GatewayUnavailableError)
        assert isinstance(info.value.__cause__.__cause__, OSError)


async def test_events_resume_over_a_new_connection_without_loss_or_duplicates(
    relay: Any, sim: Simulator
) -> None:
    async with _connect(relay, sim) as client, await client.open_session("resume") as session:
        server = await session.register("resume")
        item = await session.add_item(server, TAG)
        changes: list[DataChange] = []
        async with session.events() as events, asyncio.timeout(5):
            await session.advise(server, item)
            iterator = aiter(events)
            for round_ in range(3):
                for value in range(round_ * 10, round_ * 10 + 10):
                    sim.set_value(TAG, value)
                    if value % 10 == 4:
                        relay.cut()
                while len(changes) < (round_ + 1) * 10 + 1:
                    event = await anext(iterator)
                    assert isinstance(event, DataChange)
                    changes.append(event)
        sequences = [c.sequence for c in changes]
        assert sequences == list(range(sequences[0], sequences[0] + len(sequences)))
        assert [c.value for c in changes[1:]] == list(range(30))


async def test_connect_timeout_is_gateway_timeout(silent_endpoint: str) -> None:
    # A listener that never answers the TLS handshake.
    with pytest.raises(errors.GatewayTimeoutError, match="timed out") as info:
        await GatewayClient.connect(endpoint=silent_endpoint, connect_timeout=0.05)
    assert type(info.value) is errors.GatewayTimeoutError


async def test_a_quiet_stream_that_drops_again_and_again_keeps_resuming(
    relay: Any, sim: Simulator, until: Any
) -> None:
    # Drops in quick succession: each re-attach to a READY session resets the count.
    async with _connect(relay, sim) as client, await client.open_session("flaky") as session:
        sid = session.session_id
        async with session.events() as events, asyncio.timeout(10):
            for _ in range(event_pump.RESUME_ATTEMPTS + 3):
                await until(lambda: sim.event_subscriber_count(sid) == 1)
                relay.cut()
                await until(lambda: sim.event_subscriber_count(sid) == 0)
            server = await session.register("flaky")
            item = await session.add_item(server, TAG)
            await session.advise(server, item)
            event = await anext(aiter(events))
        assert isinstance(event, DataChange)
