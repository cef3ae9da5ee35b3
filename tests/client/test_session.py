"""Session commands against the simulator: typed helpers, MXAccess failures, protocol errors."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt

import pytest

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.session import Session
from mxgateway.session.events import WriteComplete
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import command_request, reply_payload

TAG = "TestMachine_001.TestInt"


async def test_item_lifecycle_and_handle_memory(session: Session, sim: Simulator) -> None:
    server = await session.register("tests")
    assert session.server_handle == server
    item = await session.add_item(server, TAG)
    assert session.tag_of(item) == TAG
    assert session.handle_of(TAG) == item
    await session.advise(server, item)
    assert session.is_advised(item)
    assert item in sim.items(session.session_id)
    await session.suspend(server, item)
    await session.activate(server, item)
    await session.unadvise(server, item)
    await session.remove_item(server, item)
    assert session.tag_of(item) is None
    item2 = await session.add_item2(server, "TestMachine_001.TestFloat", "context")
    await session.advise_supervisory(server, item2)
    buffered = await session.add_buffered_item(server, "TestMachine_002.TestInt")
    await session.set_buffered_update_interval(server, 500)
    assert session.items == {
        item2: "TestMachine_001.TestFloat",
        buffered: "TestMachine_002.TestInt",
    }
    await session.unregister(server)
    assert session.server_handle is None


async def test_control_commands(session: Session) -> None:
    await session.ping()
    assert await session.get_session_state() is mx.SessionState.READY
    info = await session.get_worker_info()
    assert info.worker_protocol_version == session.worker_protocol_version
    assert isinstance(await session.drain_events(), list)


async def test_authenticate_user_password_never_shown(session: Session) -> None:
    server = await session.register("tests")
    user_id = await session.authenticate_user(server, "operator", "op-pass")
    assert user_id != 0
    with pytest.raises(errors.MxAccessError) as info:
        await session.authenticate_user(server, "operator", "wrong-pass-123")
    assert "wrong-pass-123" not in str(info.value)
    assert "wrong-pass-123" not in repr(info.value)


async def test_mxaccess_failure_is_mx_access_error_but_raw_invoke_returns_it(
    session: Session, client: GatewayClient
) -> None:
    server = await session.register("tests")
    with pytest.raises(errors.MxAccessError) as info:
        await session.advise(server, 987654)
    assert isinstance(info.value, errors.CommandError)
    assert info.value.reply is not None
    request = command_request(
        session.session_id, "", mx.AdviseCommand(server_handle=server, item_handle=987654)
    )
    reply = await client.invoke_raw(request)
    failed = reply.protocol_status.code is mx.ProtocolStatusCode.MXACCESS_FAILURE
    assert failed or reply.hresult < 0


async def test_protocol_failure_is_command_error_with_raw_reply(
    session: Session, sim: Simulator
) -> None:
    sim.fail_next_commands(1, code=mx.ProtocolStatusCode.WORKER_UNAVAILABLE)
    with pytest.raises(errors.CommandError) as info:
        await session.ping()
    assert not isinstance(info.value, errors.MxAccessError)
    assert info.value.protocol_status is mx.ProtocolStatusCode.WORKER_UNAVAILABLE
    assert isinstance(info.value.reply, mx.MxCommandReply)
    await session.ping()


async def test_a_command_is_sent_even_when_its_capability_is_not_advertised(
    client: GatewayClient,
) -> None:
    """Older gateways under-report capabilities: the gateway, not the token list, decides."""
    reply = await client.open_session_raw("no-caps")
    async with Session(client, dataclasses.replace(reply, capabilities=[])) as session:
        server = await session.register("tests")
        [added] = await session.subscribe_bulk(server, [TAG])
        assert added.was_successful
        [read] = await session.read_bulk(server, [TAG])
        assert read.was_successful


async def test_a_gateway_that_lacks_a_capability_refuses_with_unsupported_error() -> None:
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    config = SimulatorConfig(objects=3, clock=ManualClock(start=start), capabilities=[])
    async with (
        Simulator(config) as sim,
        GatewayClient.connect(endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True) as client,
        await client.open_session("old-gateway") as session,
    ):
        assert session.capabilities == frozenset()
        server = await session.register("tests")
        with pytest.raises(errors.UnsupportedError, match="bulk-subscribe-commands") as info:
            await session.subscribe_bulk(server, [TAG])
        assert isinstance(info.value.__cause__, errors.CommandError)
        with pytest.raises(errors.UnsupportedError, match="bulk-read-commands"):
            await session.read_bulk(server, [TAG])
        with pytest.raises(errors.UnsupportedError, match="bulk-write-commands"):
            await session.write_bulk(server, [(1, 1)])
        assert session.items == {}
        # The tag API falls back to single commands where bulk ones are not advertised.
        subscription = await session.subscribe([TAG])
        assert subscription.handles.keys() == {TAG}
        await subscription.unsubscribe()


async def test_closed_session_refuses_commands(client: GatewayClient, sim: Simulator) -> None:
    session = await client.open_session("closing")
    assert await session.close() is mx.SessionState.CLOSED
    assert await session.close() is mx.SessionState.CLOSED
    with pytest.raises(errors.SessionClosedError):
        await session.ping()


async def test_validation_happens_before_sending(session: Session) -> None:
    with pytest.raises(errors.InvalidArgumentError):
        await session.register("")
    with pytest.raises(errors.InvalidArgumentError, match="int32"):
        await session.advise(2**31, 1)
    with pytest.raises(errors.InvalidArgumentError):
        await session.set_buffered_update_interval(1, 0)
    with pytest.raises(errors.InvalidArgumentError):
        await session.drain_events(-1)
    with pytest.raises(errors.InvalidArgumentError, match="naive"):
        await session.write2(1, 1, 1, dt.datetime(2024, 1, 1))
    with pytest.raises(errors.InvalidArgumentError, match="password must be a str, not bytes"):
        await session.authenticate_user(1, "operator", b"op-pass")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgumentError, match="item_context must be a str, not None"):
        await session.add_item2(1, TAG, None)  # type: ignore[arg-type]
    assert session.items == {}


async def test_attach_session_reuses_an_open_session(client: GatewayClient, sim: Simulator) -> None:
    opened = await client.open_session("first")
    attached = client.attach_session(opened.session_id)
    server = await attached.register("attached")
    results = await attached.subscribe_bulk(server, [TAG])
    assert results[0].was_successful
    assert results[0].item_handle in sim.items(opened.session_id)
    await attached.close()
    with pytest.raises(errors.InvalidArgumentError):
        client.attach_session(" ")


async def test_concurrent_first_writes_to_a_tag_add_it_once(
    session: Session, sim: Simulator
) -> None:
    await asyncio.gather(*(session.write_tag(TAG, value) for value in range(5)))
    assert [view.address for view in sim.items(session.session_id).values()] == [TAG]
    assert list(session.items.values()) == [TAG]


async def test_seed_write_returns_on_accept_and_the_outcome_is_an_event(
    session: Session, sim: Simulator
) -> None:
    """``write(server_handle, item_handle, value)``: MXAccess order, no event stream needed."""
    server = await session.register("seed")
    item = await session.add_item(server, TAG)
    await session.advise(server, item)
    assert await session.write(server, item, 42) is None
    assert sim.event_subscriber_count(session.session_id) == 0
    await sim.settle()
    assert sim.read_value(TAG) == 42
    async with session.events() as events, asyncio.timeout(5):
        async for event in events:
            if isinstance(event, WriteComplete) and not event.pending:
                assert event.item_handle == item
                assert not event.failed
                break
    completion = await session.write(server, item, 43, wait=True)
    assert isinstance(completion, WriteComplete)
    assert not completion.failed
    stamp = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    assert await session.write2(server, item, 44, stamp) is None
    with pytest.raises(errors.InvalidArgumentError, match="wait must be True or False"):
        await session.write(server, item, 45, wait="no")  # type: ignore[arg-type]


async def test_session_invoke_raw_takes_a_command_or_a_whole_request(session: Session) -> None:
    reply = await session.invoke_raw(mx.PingCommand())
    assert reply.kind is mx.MxCommandKind.PING
    assert reply.protocol_status.code is mx.ProtocolStatusCode.OK
    request = command_request(session.session_id, "seed-raw-1", mx.RegisterCommand(client_name="r"))
    reply = await session.invoke_raw(request)
    assert reply.correlation_id == "seed-raw-1"
    assert reply_payload(reply, mx.RegisterReply).server_handle > 0
    failed = await session.invoke_raw(mx.AdviseCommand(server_handle=1, item_handle=987654))
    assert failed.protocol_status.code is mx.ProtocolStatusCode.MXACCESS_FAILURE
