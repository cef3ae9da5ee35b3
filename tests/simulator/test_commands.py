"""Invoke: the reply envelope, handles, item references and the MXAccess quirks."""

from __future__ import annotations

import pytest
from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.simulator import Simulator
from mxgateway.simulator.statuses import E_INVALIDARG, MX_E_FAILURE
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import command_request, reply_payload

from .conftest import GatewayClient

_FAIL = mx.ProtocolStatusCode.MXACCESS_FAILURE


async def test_register_reply_matches_behavior_example(gw: GatewayClient) -> None:
    session = await gw.open()
    reply = await gw.ok(session, mx.RegisterCommand(client_name="x"), correlation="corr-1")
    assert reply.session_id == session
    assert reply.correlation_id == "corr-1"
    assert reply.kind is mx.MxCommandKind.REGISTER
    assert reply.protocol_status.message == "Register completed."
    assert reply.hresult == 0
    assert reply.return_value.data_type is mx.MxDataType.INTEGER
    assert reply.return_value.variant_type == "VT_I4"
    assert reply.return_value.int32_value == reply_payload(reply, mx.RegisterReply).server_handle
    (status,) = reply.statuses
    assert status.success == 1
    assert status.category is mx.MxStatusCategory.OK
    assert status.detected_by is mx.MxStatusSource.RESPONDING_LMX
    assert (status.raw_category, status.raw_detected_by) == (0, 1)
    assert "server handle" in reply.diagnostic_message


async def test_gateway_makes_up_a_correlation_id(gw: GatewayClient) -> None:
    session = await gw.open()
    reply = await gw.ok(session, mx.RegisterCommand(client_name="x"))
    assert reply.correlation_id.startswith("gateway-correlation-register-")


async def test_payload_must_match_kind(gw: GatewayClient) -> None:
    session = await gw.open()
    request = command_request(session, "", mx.RegisterCommand())
    request.command.kind = mx.MxCommandKind.ADVISE
    with pytest.raises(GRPCError) as error:
        await gw.stub.invoke(request)
    assert error.value.status is Status.INVALID_ARGUMENT
    with pytest.raises(GRPCError) as error:
        await gw.stub.invoke(mx.MxCommandRequest(session_id=session))
    assert error.value.status is Status.INVALID_ARGUMENT
    assert (await gw.invoke(session, kind=mx.MxCommandKind.PING)).protocol_status.code is (
        mx.ProtocolStatusCode.OK
    )


async def test_handles_are_never_reused(gw: GatewayClient) -> None:
    session, server, first = await gw.setup("TestMachine_001.TestInt")
    await gw.ok(session, mx.UnAdviseCommand(server_handle=server, item_handle=first))
    await gw.ok(session, mx.RemoveItemCommand(server_handle=server, item_handle=first))
    second = await gw.add(session, server, "TestMachine_001.TestInt")
    assert second > first
    await gw.ok(session, mx.UnregisterCommand(server_handle=server))
    assert await gw.register(session) > server


async def test_invalid_handles_fail_in_mxaccess(gw: GatewayClient) -> None:
    session, server, _ = await gw.setup()
    bad_server = await gw.invoke(
        session, mx.AddItemCommand(server_handle=99, item_definition="TestMachine_001.TestInt")
    )
    assert bad_server.protocol_status.code is _FAIL
    assert bad_server.hresult == E_INVALIDARG
    bad_item = await gw.invoke(session, mx.AdviseCommand(server_handle=server, item_handle=77))
    assert bad_item.protocol_status.code is _FAIL
    assert bad_item.return_value is None  # Advise returns nothing (VT_EMPTY)
    assert bad_item.statuses[0].category is not mx.MxStatusCategory.OK
    assert "77" in bad_item.diagnostic_message


async def test_unknown_tag_fails_at_add_item_with_status(gw: GatewayClient) -> None:
    session, server, _ = await gw.setup()
    for reference in ("NoSuchObject.TestInt", "TestMachine_001.NoSuchAttribute", "NoDot"):
        reply = await gw.invoke(
            session, mx.AddItemCommand(server_handle=server, item_definition=reference)
        )
        assert reply.protocol_status.code is _FAIL
        assert reply.hresult == MX_E_FAILURE
        assert reply.statuses[0].category is mx.MxStatusCategory.CONFIGURATION_ERROR
        assert reply.diagnostic_message
        assert reply.return_value.variant_type == "VT_I4"  # AddItem's handle, 0 on failure
        assert reply.return_value.int32_value == 0


async def test_bare_array_reference_fails_with_detail_1003(gw: GatewayClient) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.invoke(
        session,
        mx.AddItemCommand(server_handle=server, item_definition="TestMachine_001.TestIntArray"),
    )
    assert reply.protocol_status.code is _FAIL
    (status,) = reply.statuses
    assert status.category is mx.MxStatusCategory.COMMUNICATION_ERROR
    assert status.detail == 1003
    assert await gw.add(session, server, "TestMachine_001.TestIntArray[]")


async def test_array_index_is_one_based(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    zero = await gw.invoke(
        session,
        mx.AddItemCommand(server_handle=server, item_definition="TestMachine_001.TestIntArray[0]"),
    )
    assert zero.protocol_status.code is _FAIL
    whole = sim.read_value("TestMachine_001.TestIntArray[]")
    assert isinstance(whole, list)
    item = await gw.subscribe(session, server, "TestMachine_001.TestIntArray[1]")
    async with gw.events(session) as events:
        event = await events.next()
    assert event.item_handle == item
    assert from_mx_value(event.value) == whole[0]


async def test_initial_data_change_after_every_advise(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await gw.setup("TestMachine_001.TestInt")
    async with gw.events(session) as events:
        first = await events.next()
        assert first.family is mx.MxEventFamily.ON_DATA_CHANGE
        assert first.item_handle == item
        assert first.quality == 192
        assert first.on_data_change.data_type is mx.MxDataType.INTEGER
        assert from_mx_value(first.value) == sim.read_value("TestMachine_001.TestInt")
        await gw.ok(session, mx.UnAdviseCommand(server_handle=server, item_handle=item))
        await gw.ok(session, mx.AdviseSupervisoryCommand(server_handle=server, item_handle=item))
        again = await events.next()
        assert again.item_handle == item
        assert again.worker_sequence == first.worker_sequence + 1
    assert sim.items(session)[item].supervisory


async def test_unadvise_stops_data_changes(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await gw.setup("TestMachine_001.TestInt")
    other = await gw.subscribe(session, server, "TestMachine_001.TestDouble")
    async with gw.events(session) as events:
        await events.take(2)
        await gw.ok(session, mx.UnAdviseCommand(server_handle=server, item_handle=item))
        sim.set_value("TestMachine_001.TestInt", 1)
        sim.set_value("TestMachine_001.TestDouble", 2.5)
        event = await events.next()
        assert event.item_handle == other
        assert from_mx_value(event.value) == 2.5
    assert not sim.items(session)[item].advised


async def test_changing_int_ticks_every_second(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup("TestMachine_001.TestChangingInt")
    async with gw.events(session) as events:
        initial = from_mx_value((await events.next()).value)
        await sim.advance(3)
        values = [from_mx_value(e.value) for e in await events.take(3)]
    assert isinstance(initial, int)
    assert values == [initial + 1, initial + 2, initial + 3]


async def test_suspend_and_activate(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await gw.setup("TestMachine_001.TestInt")
    async with gw.events(session) as events:
        await events.next()
        reply = await gw.ok(session, mx.SuspendCommand(server_handle=server, item_handle=item))
        assert reply_payload(reply, mx.SuspendReply) is not None
        suspended = await events.next()
        assert suspended.family is mx.MxEventFamily.OPERATION_COMPLETE
        assert suspended.operation_complete.operation == "Suspend"
        sim.set_value("TestMachine_001.TestInt", 11)
        await sim.settle()
        assert sim.queued_events(session) == 0
        await gw.ok(session, mx.ActivateCommand(server_handle=server, item_handle=item))
        activated, event = await events.take(2)
    assert activated.operation_complete.operation == "Activate"
    assert event.family is mx.MxEventFamily.ON_DATA_CHANGE
    assert from_mx_value(event.value) == 11


async def test_add_item2_and_unregister_cleanup(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.ok(
        session,
        mx.AddItem2Command(
            server_handle=server, item_definition="TestChildObject.TestInt", item_context="ctx"
        ),
    )
    item = reply_payload(reply, mx.AddItemReply).item_handle
    assert reply.return_value.int32_value == item
    await gw.ok(session, mx.AdviseCommand(server_handle=server, item_handle=item))
    removed = await gw.subscribe(session, server, "TestMachine_002.TestString")
    await gw.ok(session, mx.RemoveItemCommand(server_handle=server, item_handle=removed))
    assert list(sim.items(session)) == [item]
    await gw.ok(session, mx.UnregisterCommand(server_handle=server))
    assert sim.items(session) == {}
    assert sim.registrations(session) == []
    assert sim.watched_attribute_count() == 0
    again = await gw.invoke(session, mx.UnregisterCommand(server_handle=server))
    assert again.protocol_status.code is _FAIL


async def test_buffered_items_deliver_samples_per_interval(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.ok(
        session,
        mx.AddBufferedItemCommand(server_handle=server, item_definition="TestMachine_001.TestInt"),
    )
    item = reply_payload(reply, mx.AddItemReply).item_handle
    await gw.ok(
        session,
        mx.SetBufferedUpdateIntervalCommand(server_handle=server, update_interval_ms=500),
    )
    await gw.ok(session, mx.AdviseCommand(server_handle=server, item_handle=item))
    await sim.settle()
    sim.set_value("TestMachine_001.TestInt", 1)
    sim.set_value("TestMachine_001.TestInt", 2)
    await sim.advance(0.5)
    async with gw.events(session) as events:
        event = await events.next()
    assert event.family is mx.MxEventFamily.ON_BUFFERED_DATA_CHANGE
    samples = [from_mx_value(s.value) for s in event.on_buffered_data_change.samples]
    assert samples[-2:] == [1, 2]
    assert len(samples) == 3
    bad = await gw.invoke(
        session, mx.SetBufferedUpdateIntervalCommand(server_handle=server, update_interval_ms=0)
    )
    assert bad.protocol_status.code is _FAIL


async def test_authenticate_user(gw: GatewayClient) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.ok(
        session,
        mx.AuthenticateUserCommand(server_handle=server, user_name="operator", password="op-pass"),
    )
    assert reply_payload(reply, mx.AuthenticateUserReply).user_id > 0
    wrong = await gw.invoke(
        session,
        mx.AuthenticateUserCommand(server_handle=server, user_name="operator", password="guess-1"),
    )
    assert wrong.protocol_status.code is _FAIL
    assert wrong.statuses[0].category is mx.MxStatusCategory.SECURITY_ERROR
    assert "guess-1" not in wrong.to_json()


async def test_drain_events(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup("TestMachine_001.TestInt")
    await sim.settle()
    sim.set_value("TestMachine_001.TestInt", 5)
    one = await gw.ok(session, mx.DrainEventsCommand(max_events=1))
    assert [e.worker_sequence for e in reply_payload(one, mx.DrainEventsReply).events] == [1]
    rest = await gw.ok(session, mx.DrainEventsCommand())
    assert [e.worker_sequence for e in reply_payload(rest, mx.DrainEventsReply).events] == [2]
    empty = await gw.ok(session, mx.DrainEventsCommand())
    assert reply_payload(empty, mx.DrainEventsReply).events == []


async def test_fail_next_commands(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    sim.fail_next_commands(2, mx.ProtocolStatusCode.TIMEOUT)
    for _ in range(2):
        reply = await gw.invoke(session, mx.PingCommand())
        assert reply.protocol_status.code is mx.ProtocolStatusCode.TIMEOUT
    await gw.ok(session, mx.PingCommand())
    sim.fail_next_commands(1)
    reply = await gw.invoke(session, mx.PingCommand())
    assert reply.protocol_status.code is mx.ProtocolStatusCode.WORKER_UNAVAILABLE


async def test_injected_latency_runs_on_the_clock(gw: GatewayClient, sim: Simulator) -> None:
    import asyncio

    session = await gw.open()
    sim.inject_latency(2.0)
    call = asyncio.ensure_future(gw.invoke(session, mx.PingCommand()))
    await sim.advance(1.0)
    assert not call.done()
    await sim.advance(1.5)
    reply = await asyncio.wait_for(call, 5)
    assert reply.protocol_status.code is mx.ProtocolStatusCode.OK


@pytest.mark.parametrize("sim_options", [{"first_value_delay": 100.0, "command_timeout": 30.0}])
async def test_command_timeout(gw: GatewayClient, sim: Simulator) -> None:
    import asyncio

    session, server, _ = await gw.setup()
    command = mx.ReadBulkCommand(
        server_handle=server, tag_addresses=["TestMachine_001.TestInt"], timeout_ms=60_000
    )
    call = asyncio.ensure_future(gw.invoke(session, command))
    await sim.advance(31)
    reply = await asyncio.wait_for(call, 5)
    assert reply.protocol_status.code is mx.ProtocolStatusCode.TIMEOUT
    assert sim.session_state(session) is mx.SessionState.FAULTED  # a hung worker


async def test_worker_side_alarm_commands(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup()
    await gw.ok(session, mx.SubscribeAlarmsCommand(subscription_expression="TestMachine_002"))
    sim.raise_alarm("TestMachine_002.TestAlarm001")
    sim.raise_alarm("TestMachine_003.TestAlarm001")
    query = await gw.ok(session, mx.QueryActiveAlarmsCommand(alarm_filter_prefix="TestMachine_00"))
    references = [
        s.alarm_full_reference
        for s in reply_payload(query, mx.QueryActiveAlarmsReplyPayload).snapshots
    ]
    assert "Galaxy!TestArea.TestMachine_002.TestAlarm001" in references
    ack = await gw.ok(
        session,
        mx.AcknowledgeAlarmCommand(alarm_guid="TestMachine_002.TestAlarm001", comment="seen"),
    )
    assert reply_payload(ack, mx.AcknowledgeAlarmReplyPayload).native_status == 0
    again = await gw.invoke(
        session, mx.AcknowledgeAlarmCommand(alarm_guid="TestMachine_002.TestAlarm001")
    )
    assert again.protocol_status.code is _FAIL
    async with gw.events(session) as events:
        raised, acked = await events.take(2)
    assert raised.family is mx.MxEventFamily.ON_ALARM_TRANSITION
    assert raised.on_alarm_transition.transition_kind is mx.AlarmTransitionKind.RAISE
    assert acked.on_alarm_transition.transition_kind is mx.AlarmTransitionKind.ACKNOWLEDGE
    await gw.ok(session, mx.UnsubscribeAlarmsCommand())


@pytest.mark.parametrize("sim_options", [{"first_value_delay": 3.0}])
async def test_first_data_change_can_take_seconds_and_always_comes(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, _, item = await gw.setup("TestMachine_001.TestInt")
    sim.set_value("TestMachine_001.TestInt", 41)  # changes before the first value send nothing
    await sim.advance(2.9)
    assert sim.queued_events(session) == 0
    await sim.advance(0.1)
    async with gw.events(session) as events:
        first = await events.next()
    assert first.item_handle == item
    assert from_mx_value(first.value) == 41
    assert first.worker_sequence == 1


async def test_changing_attributes_move_every_second(gw: GatewayClient, sim: Simulator) -> None:
    names = ["TestChangingFloat", "TestChangingString", "TestChangingBool", "TestChangingDateTime"]
    session, server, _ = await gw.setup()
    reply = await gw.ok(
        session,
        mx.SubscribeBulkCommand(
            server_handle=server, tag_addresses=[f"TestMachine_001.{n}" for n in names]
        ),
    )
    handles = {
        r.item_handle: r.tag_address for r in reply_payload(reply, mx.BulkSubscribeReply).results
    }
    async with gw.events(session) as events:
        before = {e.item_handle: from_mx_value(e.value) for e in await events.take(4)}
        await sim.advance(1)
        after = {e.item_handle: from_mx_value(e.value) for e in await events.take(4)}
    assert set(after) == set(handles)
    for handle, reference in handles.items():
        assert after[handle] != before[handle], reference
    stamp = next(v for h, v in after.items() if handles[h].endswith("DateTime"))
    assert stamp == sim.clock.now()


@pytest.mark.parametrize(
    "reference",
    [
        "Child.TestInt",  # a contained name is not a tag name
        "TestMachine_001.Child.TestInt",  # nor is a hierarchical name
        "TestMachine_001.TestIntArray[11]",  # beyond the array's 10 elements
        "TestMachine_001.TestInt[1]",  # not an array
    ],
)
async def test_references_mxaccess_refuses(gw: GatewayClient, reference: str) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.invoke(
        session, mx.AddItemCommand(server_handle=server, item_definition=reference)
    )
    assert reply.protocol_status.code is _FAIL
    assert reply.statuses[0].category is mx.MxStatusCategory.CONFIGURATION_ERROR
    assert reply.statuses[0].success == 0
