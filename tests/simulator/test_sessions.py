"""Sessions: open/close, ids, versions, capabilities, states, limits, lease and grace."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import trustme
from grpclib import GRPCError
from grpclib.client import Channel
from grpclib.const import Status
from grpclib.exceptions import StreamTerminatedError

from mxgateway.simulator import CAPABILITIES, ManualClock, Simulator, SimulatorConfig
from mxgateway.wire.contract import gr, mx
from mxgateway.wire.envelope import command_request, reply_payload

from .conftest import GUARD, GatewayClient, server_stream


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
    assert reply_payload(reply, mx.GetSessionStateReply).state is mx.SessionState.READY
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
    assert reply_payload(state, mx.GetSessionStateReply).state is mx.SessionState.FAULTED
    closed = await gw.stub.close_session(mx.CloseSessionRequest(session_id=session))
    assert closed.final_state is mx.SessionState.CLOSED


async def test_shutdown_worker_closes_the_session(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    await gw.ok(session, mx.ShutdownWorkerCommand())
    await sim.settle()
    assert sim.session_state(session) is mx.SessionState.CLOSED


async def test_stop_ends_every_stream_and_refuses_later_calls(clock: ManualClock) -> None:
    async with Simulator(objects=1, clock=clock) as simulator:
        channel = Channel(simulator.host, simulator.port)
        client = GatewayClient(channel, simulator.api_key)
        session = await client.open()
        watch_route = "/galaxy_repository.v1.GalaxyRepository/WatchDeployEvents"
        async with (
            client.events(session) as events,
            client.alarm_feed() as feed,
            server_stream(
                channel, client.metadata, watch_route, gr.WatchDeployEventsRequest(), gr.DeployEvent
            ) as watch,
        ):
            await feed.next()
            await watch.next()
            # The client is reading every stream when the gateway goes down.
            ended = asyncio.ensure_future(events.end())
            reads = [asyncio.ensure_future(stream.next()) for stream in (feed, watch)]
            await simulator.settle()
            await simulator.stop()
            await ended  # the session was closed: a clean end
            for read in reads:
                with pytest.raises(GRPCError) as error:
                    await read
                assert error.value.status is Status.UNAVAILABLE
        assert simulator.session_state(session) is mx.SessionState.CLOSED
        await simulator.settle()
        with pytest.raises(ConnectionRefusedError):
            await client.open()  # the connection was closed and nothing listens any more
        channel.close()


async def test_stop_is_prompt_with_clients_still_connected(clock: ManualClock) -> None:
    """Connected clients do not hold stop(), though asyncio waits for them since Python 3.12.1."""
    async with Simulator(objects=1, clock=clock) as simulator:
        channel = Channel(simulator.host, simulator.port)
        client = GatewayClient(channel, simulator.api_key)
        session = await client.open()
        silent_reader, silent_writer = await asyncio.open_connection(simulator.host, simulator.port)
        async with client.events(session) as events:
            await _until(lambda: simulator.event_subscriber_count(session) == 1, simulator)
            await asyncio.wait_for(simulator.stop(), GUARD)
            # A peer that never spoke HTTP/2 sees the server close its connection.
            await asyncio.wait_for(silent_reader.read(), GUARD)
            assert silent_reader.at_eof()
            # The unread stream ends one way or the other (a clean end or the lost connection).
            with contextlib.suppress(StreamTerminatedError):
                await events.end()
        silent_writer.close()
        await silent_writer.wait_closed()
        channel.close()


async def test_stop_is_bounded_with_a_peer_stuck_in_the_tls_handshake(
    clock: ManualClock, tmp_path: Path
) -> None:
    """A TLS peer that never completes its handshake has no call to end: stop() stops waiting."""
    cert = trustme.CA().issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    simulator = Simulator(objects=1, clock=clock, tls_cert=cert_file, tls_key=key_file)
    await simulator.start()
    _, writer = await asyncio.open_connection(simulator.host, simulator.port)
    try:
        await asyncio.wait_for(simulator.stop(), GUARD)
    finally:
        writer.close()
        await writer.wait_closed()


async def _until(condition: Callable[[], bool], sim: Simulator) -> None:
    """Let the loopback run until ``condition`` holds (no clock movement, no real sleep)."""
    for _ in range(400):
        if condition():
            return
        await sim.settle()
    raise AssertionError("condition never held")


@pytest.mark.parametrize("sim_options", [{"first_value_delay": 1.0}])
async def test_pending_command_limit_is_resource_exhausted(
    gw: GatewayClient, sim: Simulator
) -> None:
    assert SimulatorConfig().max_pending_commands == 128
    session, server, _ = await gw.setup()
    read = mx.ReadBulkCommand(
        server_handle=server, tag_addresses=["TestMachine_001.TestInt"], timeout_ms=5000
    )
    # HTTP/2 allows 100 concurrent streams per connection: spread the calls over two.
    second = Channel(sim.host, sim.port)
    clients = (gw, GatewayClient(second, sim.api_key))
    running = asyncio.ensure_future(gw.invoke(session, read))
    waiting = [
        asyncio.ensure_future(clients[i % 2].invoke(session, mx.PingCommand())) for i in range(127)
    ]
    await _until(lambda: sim.pending_commands(session) == 128, sim)
    with pytest.raises(GRPCError) as error:
        await gw.invoke(session, mx.PingCommand())
    assert error.value.status is Status.RESOURCE_EXHAUSTED
    assert "128" in (error.value.message or "")
    await sim.advance(1.0)
    replies = await asyncio.wait_for(asyncio.gather(running, *waiting), GUARD)
    second.close()
    assert all(r.protocol_status.code is mx.ProtocolStatusCode.OK for r in replies)
    assert sim.pending_commands(session) == 0
    await gw.ok(session, mx.PingCommand())


async def test_hung_worker_times_out_and_faults_the_session(
    gw: GatewayClient, sim: Simulator
) -> None:
    session = await gw.open()
    async with gw.events(session) as events:
        await sim.settle()
        sim.hang_worker(session)
        first = asyncio.ensure_future(gw.invoke(session, mx.PingCommand()))
        queued = asyncio.ensure_future(gw.invoke(session, mx.PingCommand()))
        await _until(lambda: sim.pending_commands(session) == 2, sim)
        await sim.advance(29.0)
        assert not first.done()
        await sim.advance(1.0)
        timed_out, behind = await asyncio.wait_for(asyncio.gather(first, queued), GUARD)
        with pytest.raises(GRPCError) as error:
            await events.next()
    assert timed_out.protocol_status.code is mx.ProtocolStatusCode.TIMEOUT
    assert behind.protocol_status.code is mx.ProtocolStatusCode.SESSION_NOT_READY
    assert error.value.status is Status.UNAVAILABLE
    assert sim.session_state(session) is mx.SessionState.FAULTED


@pytest.mark.parametrize("sim_options", [{"first_value_delay": 10.0}])
async def test_a_call_past_its_deadline_leaves_the_session_usable(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, _ = await gw.setup()
    read = mx.ReadBulkCommand(
        server_handle=server, tag_addresses=["TestMachine_001.TestInt"], timeout_ms=60_000
    )
    request = command_request(session, "", read)
    # The read waits for the simulator clock, which never moves here: only the deadline ends it.
    with pytest.raises((asyncio.TimeoutError, GRPCError)) as error:
        await gw.stub.invoke(request, timeout=0.05)
    if isinstance(error.value, GRPCError):  # the server's deadline fired first
        assert error.value.status is Status.DEADLINE_EXCEEDED
    await _until(lambda: sim.pending_commands(session) == 0, sim)
    await gw.ok(session, mx.PingCommand())
    assert sim.session_state(session) is mx.SessionState.READY


async def test_hooks_refuse_bad_arguments(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    with pytest.raises(LookupError, match="no event subscriber"):
        sim.drop_event_stream(session)
    for hook in (sim.fault_session, sim.hang_worker, sim.drop_event_stream, sim.pending_commands):
        with pytest.raises(KeyError):
            hook("session-nope")
    with pytest.raises(ValueError, match="latency"):
        sim.inject_latency(-1)
    with pytest.raises(ValueError, match="OK"):
        sim.fail_next_commands(1, mx.ProtocolStatusCode.OK)
    with pytest.raises(ValueError, match="delay"):
        sim.set_write_complete_delay(-0.5)
    with pytest.raises(KeyError):
        sim.set_value("NoSuchObject.TestInt", 1)


async def test_advance_needs_a_manual_clock() -> None:
    async with Simulator(objects=1) as simulator:
        with pytest.raises(TypeError, match="ManualClock"):
            await simulator.advance(1)
