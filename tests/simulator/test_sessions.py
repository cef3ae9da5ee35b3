"""Sessions: open/close, ids, versions, capabilities, states, limits, lease and grace."""

from __future__ import annotations

import re

import pytest
from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.contract import mx
from mxgateway.simulator import CAPABILITIES, Simulator

from .conftest import GatewayClient


async def test_open_session_reply(gw: GatewayClient) -> None:
    reply = await gw.stub.open_session(mx.OpenSessionRequest(client_session_name="t"))
    assert re.fullmatch(r"session-[0-9a-f]{32}", reply.session_id)
    assert reply.backend_name == "mxaccess-worker"
    assert reply.gateway_protocol_version == 3
    assert reply.worker_protocol_version == 1
    assert reply.protocol_status.code is mx.ProtocolStatusCode.OK
    assert set(CAPABILITIES) <= set(reply.capabilities)
    assert "event-replay" in reply.capabilities


async def test_close_session_is_final(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    assert sim.session_state(session) is mx.SessionState.READY
    reply = await gw.stub.close_session(mx.CloseSessionRequest(session_id=session, reason="done"))
    assert reply.final_state is mx.SessionState.CLOSED
    assert reply.protocol_status.code is mx.ProtocolStatusCode.OK
    assert sim.session_state(session) is mx.SessionState.CLOSED
    assert session not in sim.session_ids()
    with pytest.raises(GRPCError) as error:
        await gw.invoke(session, mx.PingCommand())
    assert error.value.status is Status.NOT_FOUND


async def test_unknown_session_is_not_found(gw: GatewayClient) -> None:
    for call in (
        gw.invoke("session-nope", mx.PingCommand()),
        gw.stub.close_session(mx.CloseSessionRequest(session_id="session-nope")),
    ):
        with pytest.raises(GRPCError) as error:
            await call
        assert error.value.status is Status.NOT_FOUND
    with pytest.raises(GRPCError) as error:
        async with gw.events("session-nope") as events:
            await events.next()
    assert error.value.status is Status.NOT_FOUND


@pytest.mark.parametrize("sim_options", [{"max_sessions": 2}])
async def test_session_limit_is_resource_exhausted(gw: GatewayClient) -> None:
    first = await gw.open()
    await gw.open()
    with pytest.raises(GRPCError) as error:
        await gw.open()
    assert error.value.status is Status.RESOURCE_EXHAUSTED
    await gw.stub.close_session(mx.CloseSessionRequest(session_id=first))
    assert await gw.open()


async def test_session_ids_are_unique(gw: GatewayClient) -> None:
    ids = {await gw.open() for _ in range(5)}
    assert len(ids) == 5


async def test_get_session_state_and_worker_info(gw: GatewayClient) -> None:
    session = await gw.open()
    reply = await gw.ok(session, mx.GetSessionStateCommand())
    assert reply.get_session_state.state is mx.SessionState.READY
    info = (await gw.ok(session, mx.GetWorkerInfoCommand())).get_worker_info
    assert info.worker_protocol_version == 1
    assert info.process_id > 0
    assert info.worker_version
    assert (await gw.ok(session, mx.PingCommand())).diagnostic_message


@pytest.mark.parametrize("sim_options", [{"session_lease": 60.0}])
async def test_idle_lease_expires(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    await sim.advance(50)
    await gw.ok(session, mx.PingCommand())  # any call extends the lease
    await sim.advance(50)
    assert sim.session_state(session) is mx.SessionState.READY
    await sim.advance(11)
    assert sim.session_state(session) is mx.SessionState.CLOSED
    with pytest.raises(GRPCError) as error:
        await gw.invoke(session, mx.PingCommand())
    assert error.value.status is Status.NOT_FOUND


@pytest.mark.parametrize("sim_options", [{"session_lease": 60.0}])
async def test_attached_stream_keeps_session_alive(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    async with gw.events(session):
        await sim.settle()
        await sim.advance(300)
        assert sim.session_state(session) is mx.SessionState.READY


@pytest.mark.parametrize("sim_options", [{"subscriber_grace": 30.0}])
async def test_subscriber_grace_allows_reattach(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    async with gw.events(session):
        await sim.settle()
        assert sim.event_subscriber_count(session) == 1
    await sim.settle()
    assert sim.event_subscriber_count(session) == 0
    await sim.advance(29)
    assert sim.session_state(session) is mx.SessionState.READY
    async with gw.events(session):
        await sim.settle()
        await sim.advance(60)
        assert sim.session_state(session) is mx.SessionState.READY


@pytest.mark.parametrize("sim_options", [{"subscriber_grace": 30.0}])
async def test_session_closes_when_grace_runs_out(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    async with gw.events(session):
        await sim.settle()
    await sim.advance(31)
    assert sim.session_state(session) is mx.SessionState.CLOSED


async def test_fault_session_only_allows_state_and_close(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    sim.fault_session(session)
    assert sim.session_state(session) is mx.SessionState.FAULTED
    reply = await gw.invoke(session, mx.PingCommand())
    assert reply.protocol_status.code is mx.ProtocolStatusCode.SESSION_NOT_READY
    state = await gw.ok(session, mx.GetSessionStateCommand())
    assert state.get_session_state.state is mx.SessionState.FAULTED
    closed = await gw.stub.close_session(mx.CloseSessionRequest(session_id=session))
    assert closed.final_state is mx.SessionState.CLOSED


async def test_shutdown_worker_closes_the_session(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    await gw.ok(session, mx.ShutdownWorkerCommand())
    await sim.settle()
    assert sim.session_state(session) is mx.SessionState.CLOSED


async def test_stop_cancels_streams_and_closes_sessions(clock: object) -> None:
    from grpclib.client import Channel

    async with Simulator(objects=1, clock=clock) as simulator:  # type: ignore[arg-type]
        channel = Channel(simulator.host, simulator.port)
        client = GatewayClient(channel, simulator.api_key)
        session = await client.open()
        async with client.events(session) as events:
            await simulator.settle()
            await simulator.stop()
            with pytest.raises((GRPCError, AssertionError, ConnectionError)):
                await events.next()
        assert simulator.session_state(session) is mx.SessionState.CLOSED
        channel.close()
