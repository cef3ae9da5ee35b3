"""Fault injection for recovery: reconnect supervisor, session replacement, liveness,
slow-consumer isolation and cleanup that keeps the original error (issue 11, 1-3)."""

from __future__ import annotations

import asyncio
import random
from typing import TYPE_CHECKING, Any

import pytest

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.options import ClientOptions
from mxgateway.session.events import DataChange, SessionReplaced
from mxgateway.transport import ConnectionState, _configuration
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from mxgateway.session import Session
    from mxgateway.simulator import Simulator
    from mxgateway.simulator.relay import Relay

    from .conftest import Restartable

TAGS = ["TestMachine_001.TestInt", "TestMachine_002.TestInt"]
#: Hang guard for steps that must finish (not a speed target).
GUARD = 10.0


def _connect(endpoint: str, api_key: str, **options: Any) -> Any:
    settings: dict[str, Any] = {"call_timeout": 5, "reconnect_delay": 0.05} | options
    return GatewayClient.connect(endpoint=endpoint, api_key=api_key, plaintext=True, **settings)


async def _states(client: GatewayClient, into: list[ConnectionState]) -> None:
    async for state in client.state_changes():
        into.append(state)


async def _enters(client: GatewayClient, wanted: ConnectionState) -> None:
    changes = client.state_changes()
    if client.state is wanted:
        return
    async with asyncio.timeout(GUARD):
        async for state in changes:
            if state is wanted:
                return


async def _drain(stream: AsyncIterator[Any]) -> None:
    async with asyncio.timeout(GUARD):
        async for _ in stream:
            pass


# Options ----------------------------------------------------------------------------


def test_backoff_doubles_up_to_the_cap_with_injectable_jitter() -> None:
    top = ClientOptions(
        "h:1", reconnect_delay=0.5, reconnect_delay_max=3, reconnect_random=lambda: 1.0
    )
    assert [top.reconnect_backoff(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    low = ClientOptions("h:1", reconnect_random=lambda: 0.0)
    assert low.reconnect_backoff(1) == 0.25
    seeded = random.Random(7)
    jittered = ClientOptions("h:1", reconnect_random=seeded.random)
    delays = [jittered.reconnect_backoff(3) for _ in range(50)]
    assert min(delays) >= 1.0
    assert max(delays) <= 2.0
    assert len(set(delays)) > 1
    assert ClientOptions("h:1").reconnect_backoff(10**6) <= 30.0


@pytest.mark.parametrize(
    ("settings", "match"),
    [
        ({"reconnect": "no"}, "reconnect must be True or False"),
        ({"reconnect_delay": 0}, "reconnect_delay"),
        ({"reconnect_delay": 5, "reconnect_delay_max": 1}, "reconnect_delay_max"),
        ({"reconnect_random": 3}, "reconnect_random"),
    ],
)
def test_bad_reconnect_options_are_refused(settings: dict[str, Any], match: str) -> None:
    with pytest.raises(errors.InvalidArgumentError, match=match):
        ClientOptions("h:1", **settings)


def test_keepalive_is_on_by_default_within_what_gateways_accept() -> None:
    options = ClientOptions("h:1")
    assert options.keepalive_time is not None
    assert options.keepalive_time >= 10
    assert options.keepalive_time + options.keepalive_timeout <= 15
    config = _configuration(options)
    assert config._keepalive_time == options.keepalive_time
    assert config._keepalive_timeout == options.keepalive_timeout
    # Pings only while a call is open, and not capped for a stream that sends no data.
    assert config._keepalive_permit_without_calls is False
    assert config._http2_max_pings_without_data == 0
    assert config._http2_min_sent_ping_interval_without_data == options.keepalive_time


# Reconnect supervisor ------------------------------------------------------------------


async def test_state_follows_a_lost_connection_and_its_recovery(
    relay: Relay, sim: Simulator
) -> None:
    async with _connect(relay.endpoint, sim.api_key) as client:
        assert client.state is ConnectionState.CONNECTED
        seen: list[ConnectionState] = []
        follower = asyncio.create_task(_states(client, seen))
        await asyncio.sleep(0)
        relay.stop_listening()
        relay.cut()
        await _enters(client, ConnectionState.RECONNECTING)
        with pytest.raises(errors.GatewayTimeoutError, match="not connected"):
            await client.wait_connected(timeout=0.1)
        await relay.listen()
        await client.wait_connected(timeout=GUARD)
        await client.open_session_raw("after")
        assert client.transport.reconnects == 1
    await asyncio.wait_for(follower, GUARD)
    assert seen == [
        ConnectionState.RECONNECTING,
        ConnectionState.CONNECTED,
        ConnectionState.CLOSED,
    ]


async def test_a_call_made_during_an_outage_completes_when_the_gateway_is_back(
    relay: Relay, sim: Simulator
) -> None:
    async with _connect(relay.endpoint, sim.api_key, call_timeout=GUARD) as client:
        relay.stop_listening()
        relay.cut()
        await _enters(client, ConnectionState.RECONNECTING)
        call = asyncio.create_task(client.open_session_raw("waiting"))
        await asyncio.sleep(0.2)
        assert not call.done()
        await relay.listen()
        reply = await asyncio.wait_for(call, GUARD)
        assert reply.session_id


async def test_a_gateway_back_during_a_long_backoff_is_noticed_before_it_ends(
    relay: Relay, sim: Simulator
) -> None:
    """Refused connects are watched for the gateway's return, whatever the backoff."""
    options: dict[str, Any] = {"reconnect_delay": 4, "reconnect_random": lambda: 1.0}
    async with _connect(relay.endpoint, sim.api_key, **options) as client:
        relay.stop_listening()
        relay.cut()
        await _enters(client, ConnectionState.RECONNECTING)
        await asyncio.sleep(0.3)  # the immediate retry was refused: a 4 s backoff runs
        assert client.state is ConnectionState.RECONNECTING
        await relay.listen()
        # Connected well before the backoff would have let the next attempt run.
        await client.wait_connected(timeout=3.0)
        await client.open_session_raw("back")


async def test_close_during_a_reconnect_returns_at_once(relay: Relay, sim: Simulator) -> None:
    client = await _connect(relay.endpoint, sim.api_key, reconnect_delay=5)
    relay.stop_listening()
    relay.cut()
    await _enters(client, ConnectionState.RECONNECTING)
    waiting = asyncio.create_task(client.open_session_raw("never"))
    await asyncio.sleep(0.05)
    async with asyncio.timeout(1.0):  # the supervisor sleeps 2.5-5 s: close must not wait
        await client.close()
    assert client.state is ConnectionState.CLOSED
    with pytest.raises(errors.ConnectionLostError, match="closed"):
        await waiting


async def test_without_reconnect_a_lost_connection_is_reported_disconnected(
    relay: Relay, sim: Simulator
) -> None:
    async with _connect(relay.endpoint, sim.api_key, reconnect=False) as client:
        relay.cut()
        await _enters(client, ConnectionState.DISCONNECTED)
        await client.open_session_raw("next call reconnects")
        assert client.state is ConnectionState.CONNECTED


# Sessions recover ----------------------------------------------------------------------


async def _next_changes(
    iterator: AsyncIterator[Any], count: int
) -> tuple[list[SessionReplaced], list[DataChange]]:
    markers: list[SessionReplaced] = []
    changes: list[DataChange] = []
    while len(changes) < count:
        event = await anext(iterator)
        if isinstance(event, SessionReplaced):
            markers.append(event)
        elif isinstance(event, DataChange):
            changes.append(event)
    return markers, changes


async def test_a_connection_blip_resumes_a_subscription_without_loss(
    relay: Relay, sim: Simulator
) -> None:
    async with (
        _connect(relay.endpoint, sim.api_key) as client,
        await client.open_session("blip") as session,
        await session.subscribe(TAGS[:1]) as subscription,
    ):
        sid = session.session_id
        iterator = aiter(subscription)
        async with asyncio.timeout(GUARD):
            await _next_changes(iterator, 1)  # the initial value
            for value in range(20):
                sim.set_value(TAGS[0], value)
                if value in (5, 12):
                    relay.cut()
            markers, changes = await _next_changes(iterator, 20)
        assert markers == []
        assert [c.value for c in changes] == list(range(20))
        assert session.session_id == sid
        assert session.generation == 0


async def test_after_a_gateway_restart_subscriptions_come_back_with_a_marker(
    gateway: Restartable,
) -> None:
    async with (
        _connect(gateway.endpoint, gateway.api_key) as client,
        await client.open_session("restart") as session,
        await session.subscribe(TAGS) as subscription,
        session.events() as events,
    ):
        old_id = session.session_id
        iterator, everything = aiter(subscription), aiter(events)
        async with asyncio.timeout(GUARD):
            await _next_changes(iterator, 2)
            await gateway.restart()
            markers, changes = await _next_changes(iterator, 2)
            assert len(markers) == 1
            assert (markers[0].old_session_id, markers[0].new_session_id) == (
                old_id,
                session.session_id,
            )
            assert {c.tag_address for c in changes} == set(TAGS)
            # The plain event stream sees the marker too, then the re-advised values.
            while not isinstance(event := await anext(everything), SessionReplaced):
                pass
            assert event == markers[0]
            gateway.sim.set_value(TAGS[0], 4242)
            _, (change,) = await _next_changes(iterator, 1)
        assert change.value == 4242
        assert change.tag_address == TAGS[0]
        assert session.session_id != old_id
        assert session.session_id in gateway.sim.session_ids()
        assert session.generation == 1
        assert session.state is mx.SessionState.READY
        assert set(subscription.handles) == set(TAGS)
        assert subscription.latest[TAGS[0]].value == 4242


async def test_tag_calls_recover_and_old_handles_say_they_are_gone(
    gateway: Restartable,
) -> None:
    async with (
        _connect(gateway.endpoint, gateway.api_key) as client,
        await client.open_session("tag-api") as session,
    ):
        server = await session.ensure_registered()
        await session.write_tag(TAGS[0], 7)
        handle = await session.add_item(server, "TestMachine_003.TestInt")
        await gateway.restart()
        async with asyncio.timeout(GUARD):
            # The tag's handle is cached, so the write is what meets the lost session.
            assert (await session.write_tag(TAGS[0], 8)) is not None
            assert (await session.read(TAGS[:1]))[TAGS[0]].value == 8
        assert gateway.sim.read_value(TAGS[0]) == 8
        with pytest.raises(errors.HandlesLostError, match="handles from before are gone"):
            await session.advise(server, handle)
        new_server = await session.ensure_registered()
        with pytest.raises(errors.HandlesLostError, match=f"item handle {handle}"):
            await session.write_bulk(new_server, [(handle, 1)])


async def test_a_session_that_cannot_be_replaced_reports_it_is_closed(
    gateway: Restartable,
) -> None:
    async with _connect(gateway.endpoint, gateway.api_key) as client:
        opened = await client.open_session("not ours")
        session = client.attach_session(opened.session_id)
        async with session.events() as events:
            await gateway.restart()
            with pytest.raises(errors.SessionClosedError):
                await _drain(events)
        assert session.closed
        assert session.state is mx.SessionState.CLOSED
        await opened.close()


async def test_a_faulted_session_reports_it(session: Session, sim: Simulator) -> None:
    async with session.events() as events:
        sim.fault_session(session.session_id)
        with pytest.raises(errors.SessionFaultedError):
            await _drain(events)
    assert session.state is mx.SessionState.FAULTED
    assert not session.closed


async def test_cleanup_never_replaces_the_error_that_ended_the_block(
    gateway: Restartable,
) -> None:
    class Boom(Exception):
        pass

    async def fail_while_the_gateway_is_down() -> None:
        async with (
            _connect(gateway.endpoint, gateway.api_key, call_timeout=0.5) as client,
            await client.open_session("masked") as session,
            await session.subscribe(TAGS[:1]),
        ):
            await gateway.stop()
            raise Boom("the real problem")

    with pytest.raises(Boom) as info:
        await fail_while_the_gateway_is_down()
    notes = getattr(info.value, "__notes__", [])
    assert any("unsubscribing" in note for note in notes)
    assert any("closing session" in note for note in notes)
    await gateway.start()


# Liveness ----------------------------------------------------------------------------


async def test_connect_to_a_peer_that_never_speaks_http2_fails_naming_it(
    silent_endpoint: str,
) -> None:
    with pytest.raises(errors.GatewayTimeoutError, match="no HTTP/2 handshake") as info:
        await GatewayClient.connect(endpoint=silent_endpoint, plaintext=True, connect_timeout=0.2)
    assert silent_endpoint in str(info.value)


async def test_connect_to_an_http1_server_is_unavailable() -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(100)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    endpoint = f"127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server:
        with pytest.raises(errors.TransportError, match="is it a gRPC gateway"):
            await GatewayClient.connect(endpoint=endpoint, plaintext=True, connect_timeout=2)


async def test_a_black_holed_link_is_detected_and_the_stream_recovers(
    relay: Relay, sim: Simulator
) -> None:
    async with (
        _connect(relay.endpoint, sim.api_key, keepalive_time=0.2, keepalive_timeout=0.2) as client,
        await client.open_session("blackhole") as session,
        await session.subscribe(TAGS[:1]) as subscription,
    ):
        iterator = aiter(subscription)
        async with asyncio.timeout(GUARD):
            await _next_changes(iterator, 1)
            relay.blackhole()  # the open connections die silently ...
            relay.restore()  # ... while new ones get through
            sim.set_value(TAGS[0], 1)  # sent into the void, replayed after the resume
            sim.set_value(TAGS[0], 2)
            markers, changes = await _next_changes(iterator, 2)
            # The idle call connection, as dead, was probed and replaced meanwhile.
            while client.transport.reconnects == 0:  # noqa: ASYNC110 (a count, no event)
                await asyncio.sleep(0.01)
        assert markers == []
        assert [c.value for c in changes] == [1, 2]


# Slow consumers ----------------------------------------------------------------------


async def test_a_consumer_that_stops_reading_does_not_stall_another_session(
    sim: Simulator,
) -> None:
    big = "x" * 60_000
    tag = "TestMachine_001.TestString"
    async with (
        _connect(sim.endpoint, sim.api_key) as client,
        await client.open_session("laggard") as laggard,
        await client.open_session("healthy") as healthy,
        await laggard.subscribe([tag], buffer_size=1),  # never read
        await healthy.subscribe(TAGS[:1]) as subscription,
    ):
        for n in range(150):  # 9 MB: more than any HTTP/2 window
            sim.set_value(tag, f"{n}{big}")
        await sim.settle()
        iterator = aiter(subscription)
        async with asyncio.timeout(GUARD):
            await _next_changes(iterator, 1)
            for value in range(20):
                await healthy.ping()
                sim.set_value(TAGS[0], value)
            _, changes = await _next_changes(iterator, 20)
        assert [c.value for c in changes] == list(range(20))
