"""Writes: reply at once, complete through OnWriteComplete, MXAccess security and coercion."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mxgateway.simulator import Simulator
from mxgateway.simulator.statuses import E_INVALIDARG
from mxgateway.values import from_mx_value, to_mx_value
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import reply_payload

from .conftest import GatewayClient, ServerStream


async def _write_and_complete(
    gw: GatewayClient, events: ServerStream, session: str, command: Any
) -> mx.MxEvent:
    """Send a write (must reply OK at once) and return its OnWriteComplete."""
    reply = await gw.ok(session, command, correlation="w-1")
    assert reply.hresult == 0
    while True:
        event = await events.next()
        if event.family is mx.MxEventFamily.ON_WRITE_COMPLETE:
            assert event.on_write_complete.client_correlation_id == "w-1"
            return event


async def _setup(gw: GatewayClient, reference: str) -> tuple[str, int, int]:
    return await gw.setup(reference)


async def test_write_replies_ok_then_completes_and_changes_value(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, item = await _setup(gw, "TestMachine_001.TestInt")
    async with gw.events(session) as events:
        await events.next()
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(77))
        done = await _write_and_complete(gw, events, session, command)
        assert done.statuses[0].category is mx.MxStatusCategory.OK
        assert done.item_handle == item
        change = await events.next()
    assert from_mx_value(change.value) == 77
    assert sim.read_value("TestMachine_001.TestInt") == 77


async def test_write_to_added_but_not_advised_item_fails(gw: GatewayClient) -> None:
    session, server, _ = await gw.setup()
    item = await gw.add(session, server, "TestMachine_001.TestInt")
    reply = await gw.invoke(
        session, mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(1))
    )
    assert reply.protocol_status.code is mx.ProtocolStatusCode.MXACCESS_FAILURE
    assert reply.hresult == E_INVALIDARG


async def test_write_completes_later_with_pending_first(gw: GatewayClient, sim: Simulator) -> None:
    sim.set_write_complete_delay(2.0)
    session, server, item = await _setup(gw, "TestMachine_001.TestDouble")
    async with gw.events(session) as events:
        await events.next()
        await gw.ok(
            session,
            mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(1.5)),
        )
        pending = await events.next()
        assert pending.family is mx.MxEventFamily.ON_WRITE_COMPLETE
        assert pending.statuses[0].category is mx.MxStatusCategory.PENDING
        assert sim.read_value("TestMachine_001.TestDouble") != 1.5
        await sim.advance(2.0)
        kinds = [(e.family, e.statuses[0].category) for e in await events.take(2)]
    assert (mx.MxEventFamily.ON_WRITE_COMPLETE, mx.MxStatusCategory.OK) in kinds
    assert sim.read_value("TestMachine_001.TestDouble") == 1.5


@pytest.mark.parametrize(
    ("reference", "value", "expected"),
    [
        ("TestMachine_001.TestInt", to_mx_value("12"), 12),
        ("TestMachine_001.TestInt", to_mx_value(2.6), 3),
        ("TestMachine_001.TestDouble", to_mx_value(4), 4.0),
        ("TestMachine_001.TestBool", to_mx_value(1), True),
        ("TestMachine_001.TestString", to_mx_value(42), "42"),
        ("TestMachine_001.TestFloat", to_mx_value("0.5"), 0.5),
    ],
)
async def test_write_coerces_where_mxaccess_does(
    gw: GatewayClient, sim: Simulator, reference: str, value: mx.MxValue, expected: object
) -> None:
    session, server, item = await _setup(gw, reference)
    async with gw.events(session) as events:
        await events.next()
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=value)
        done = await _write_and_complete(gw, events, session, command)
    assert done.statuses[0].category is mx.MxStatusCategory.OK
    assert sim.read_value(reference) == expected


@pytest.mark.parametrize(
    ("reference", "value"),
    [
        ("TestMachine_001.TestInt", to_mx_value("not a number")),
        ("TestMachine_001.TestInt", to_mx_value(2**40)),
        ("TestMachine_001.TestIntArray[]", to_mx_value(5)),
        ("TestMachine_001.TestDateTime", to_mx_value(True)),
        ("TestMachine_001.TestInt", mx.MxValue()),
    ],
)
async def test_write_that_cannot_coerce_completes_failed(
    gw: GatewayClient, sim: Simulator, reference: str, value: mx.MxValue
) -> None:
    before = sim.read_value(reference)
    session, server, item = await _setup(gw, reference)
    async with gw.events(session) as events:
        await events.next()
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=value)
        done = await _write_and_complete(gw, events, session, command)
    (status,) = done.statuses
    assert status.category is mx.MxStatusCategory.OPERATIONAL_ERROR
    assert status.success == 0
    assert status.diagnostic_text
    assert sim.read_value(reference) == before


async def _authenticate(gw: GatewayClient, session: str, server: int, user: str, pw: str) -> int:
    reply = await gw.ok(
        session, mx.AuthenticateUserCommand(server_handle=server, user_name=user, password=pw)
    )
    return reply_payload(reply, mx.AuthenticateUserReply).user_id


async def test_secured_attribute_needs_write_secured(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await _setup(gw, "TestMachine_001.TestSecuredWrite")
    user = await _authenticate(gw, session, server, "operator", "op-pass")
    async with gw.events(session) as events:
        await events.next()
        plain = mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(3.0))
        refused = await _write_and_complete(gw, events, session, plain)
        assert refused.statuses[0].category is mx.MxStatusCategory.SECURITY_ERROR
        bad_user = mx.WriteSecuredCommand(
            server_handle=server, item_handle=item, value=to_mx_value(3.0), current_user_id=99
        )
        refused = await _write_and_complete(gw, events, session, bad_user)
        assert refused.statuses[0].category is mx.MxStatusCategory.SECURITY_ERROR
        secured = mx.WriteSecuredCommand(
            server_handle=server, item_handle=item, value=to_mx_value(3.0), current_user_id=user
        )
        done = await _write_and_complete(gw, events, session, secured)
    assert done.statuses[0].category is mx.MxStatusCategory.OK
    assert sim.read_value("TestMachine_001.TestSecuredWrite") == 3.0


async def test_verified_attribute_needs_a_different_verifier(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, item = await _setup(gw, "TestMachine_001.TestVerifiedWrite")
    operator = await _authenticate(gw, session, server, "operator", "op-pass")
    supervisor = await _authenticate(gw, session, server, "supervisor", "super-pass")
    async with gw.events(session) as events:
        await events.next()
        alone = mx.WriteSecured2Command(
            server_handle=server,
            item_handle=item,
            value=to_mx_value(9.0),
            timestamp_value=to_mx_value(dt.datetime(2024, 2, 1, tzinfo=dt.UTC)),
            current_user_id=operator,
            verifier_user_id=operator,
        )
        refused = await _write_and_complete(gw, events, session, alone)
        assert refused.statuses[0].category is mx.MxStatusCategory.SECURITY_ERROR
        alone.verifier_user_id = supervisor
        done = await _write_and_complete(gw, events, session, alone)
        assert done.statuses[0].category is mx.MxStatusCategory.OK
        change = await events.next()
    assert change.source_timestamp == dt.datetime(2024, 2, 1, tzinfo=dt.UTC)
    assert sim.read_value("TestMachine_001.TestVerifiedWrite") == 9.0


async def test_view_only_is_never_writable(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await _setup(gw, "TestMachine_001.TestViewOnly")
    user = await _authenticate(gw, session, server, "engineer", "eng-pass")
    async with gw.events(session) as events:
        await events.next()
        for command in (
            mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(1)),
            mx.WriteSecuredCommand(
                server_handle=server, item_handle=item, value=to_mx_value(1), current_user_id=user
            ),
        ):
            refused = await _write_and_complete(gw, events, session, command)
            assert refused.statuses[0].category is mx.MxStatusCategory.SECURITY_ERROR
    assert sim.read_value("TestMachine_001.TestViewOnly") == 42


async def test_write2_sets_the_source_timestamp(gw: GatewayClient) -> None:
    stamp = dt.datetime(2023, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
    session, server, item = await _setup(gw, "TestMachine_001.TestString")
    async with gw.events(session) as events:
        await events.next()
        command = mx.Write2Command(
            server_handle=server,
            item_handle=item,
            value=to_mx_value("hello"),
            timestamp_value=to_mx_value(stamp),
        )
        await _write_and_complete(gw, events, session, command)
        change = await events.next()
    assert from_mx_value(change.value) == "hello"
    assert change.source_timestamp == stamp


async def test_array_write_replaces_whole_array_and_sparse_is_expanded(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, item = await _setup(gw, "TestMachine_001.TestIntArray[]")
    sparse = mx.MxValue(
        data_type=mx.MxDataType.INTEGER,
        sparse_array_value=mx.MxSparseArray(
            element_data_type=mx.MxDataType.INTEGER,
            total_length=4,
            elements=[mx.MxSparseElement(index=2, value=to_mx_value(7))],
        ),
    )
    async with gw.events(session) as events:
        await events.next()
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=sparse)
        await _write_and_complete(gw, events, session, command)
        change = await events.next()
    assert from_mx_value(change.value) == [0, 0, 7, 0]
    assert sim.read_value("TestMachine_001.TestIntArray[]") == [0, 0, 7, 0]


async def _write_sparse(
    gw: GatewayClient,
    reference: str,
    element_type: mx.MxDataType,
    length: int,
    index: int,
    value: object,
) -> mx.MxEvent:
    """Write a one-element sparse array to ``reference``; its OnWriteComplete."""
    session, server, item = await _setup(gw, reference)
    sparse = mx.MxValue(
        sparse_array_value=mx.MxSparseArray(
            element_data_type=element_type,
            total_length=length,
            elements=[mx.MxSparseElement(index=index, value=to_mx_value(value))],
        ),
    )
    async with gw.events(session) as events:
        await events.next()
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=sparse)
        return await _write_and_complete(gw, events, session, command)


@pytest.mark.parametrize(
    ("reference", "element_type", "value", "expected"),
    [
        ("TestStringArray[]", mx.MxDataType.STRING, "a", ["a", "", ""]),
        ("TestBoolArray[]", mx.MxDataType.BOOLEAN, True, [True, False, False]),
        ("TestFloatArray[]", mx.MxDataType.FLOAT, 1.5, [1.5, 0.0, 0.0]),
        ("TestDoubleArray[]", mx.MxDataType.DOUBLE, 2.5, [2.5, 0.0, 0.0]),
    ],
)
async def test_sparse_defaults_per_type(
    gw: GatewayClient,
    sim: Simulator,
    reference: str,
    element_type: mx.MxDataType,
    value: object,
    expected: list[object],
) -> None:
    reference = f"TestMachine_001.{reference}"
    await _write_sparse(gw, reference, element_type, 3, 0, value)
    assert sim.read_value(reference) == expected


async def test_sparse_index_beyond_total_length_completes_failed(
    gw: GatewayClient, sim: Simulator
) -> None:
    reference = "TestMachine_001.TestIntArray[]"
    before = sim.read_value(reference)
    done = await _write_sparse(gw, reference, mx.MxDataType.INTEGER, 2, 2, 7)
    assert done.statuses[0].category is mx.MxStatusCategory.OPERATIONAL_ERROR
    assert "total_length" in done.statuses[0].diagnostic_text
    assert sim.read_value(reference) == before


async def test_element_write(gw: GatewayClient, sim: Simulator) -> None:
    before = sim.read_value("TestMachine_001.TestBoolArray[]")
    assert isinstance(before, list)
    session, server, item = await _setup(gw, "TestMachine_001.TestBoolArray[2]")
    async with gw.events(session) as events:
        await events.next()
        value = to_mx_value(not before[1])
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=value)
        await _write_and_complete(gw, events, session, command)
    after = sim.read_value("TestMachine_001.TestBoolArray[]")
    assert after == [before[0], not before[1], *before[2:]]


async def test_bulk_writes_report_per_entry_in_order(gw: GatewayClient, sim: Simulator) -> None:
    session, server, advised = await _setup(gw, "TestMachine_001.TestInt")
    not_advised = await gw.add(session, server, "TestMachine_001.TestDouble")
    entries = [
        mx.Write2BulkEntry(item_handle=not_advised, value=to_mx_value(1.0)),
        mx.Write2BulkEntry(item_handle=404, value=to_mx_value(1)),
        mx.Write2BulkEntry(
            item_handle=advised,
            value=to_mx_value(8),
            timestamp_value=to_mx_value(dt.datetime(2024, 3, 1, tzinfo=dt.UTC)),
        ),
    ]
    reply = await gw.ok(session, mx.Write2BulkCommand(server_handle=server, entries=entries))
    results = reply_payload(reply, mx.BulkWriteReply).results
    assert [r.item_handle for r in results] == [not_advised, 404, advised]
    assert [r.was_successful for r in results] == [False, False, True]
    assert results[0].hresult == E_INVALIDARG
    assert results[1].error_message
    await sim.settle()
    assert sim.read_value("TestMachine_001.TestInt") == 8


async def test_secured_bulk_writes(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await _setup(gw, "TestMachine_001.TestSecuredWrite")
    user = await _authenticate(gw, session, server, "operator", "op-pass")
    reply = await gw.ok(
        session,
        mx.WriteSecuredBulkCommand(
            server_handle=server,
            entries=[
                mx.WriteSecuredBulkEntry(
                    item_handle=item, value=to_mx_value(5.5), current_user_id=user
                )
            ],
        ),
    )
    assert reply_payload(reply, mx.BulkWriteReply).results[0].was_successful
    reply2 = await gw.ok(
        session,
        mx.WriteSecured2BulkCommand(
            server_handle=server,
            entries=[
                mx.WriteSecured2BulkEntry(
                    item_handle=item, value=to_mx_value(6.5), current_user_id=user
                )
            ],
        ),
    )
    assert reply_payload(reply2, mx.BulkWriteReply).results[0].was_successful
    plain = await gw.ok(
        session,
        mx.WriteBulkCommand(
            server_handle=server,
            entries=[mx.WriteBulkEntry(item_handle=item, value=to_mx_value(1.0))],
        ),
    )
    assert (
        reply_payload(plain, mx.BulkWriteReply).results[0].was_successful
    )  # accepted; completion reports security
    await sim.settle()
    assert sim.read_value("TestMachine_001.TestSecuredWrite") == 6.5


async def test_quality_is_independent_of_status(gw: GatewayClient, sim: Simulator) -> None:
    session, _, _ = await gw.setup("TestMachine_001.TestInt")
    async with gw.events(session) as events:
        await events.next()
        sim.set_quality("TestMachine_001.TestInt", 216)
        change = await events.next()
        sim.set_value("TestMachine_001.TestInt", 3, quality=0)
        bad = await events.next()
    assert change.quality == 216
    assert change.statuses[0].category is mx.MxStatusCategory.OK
    assert bad.quality == 0
    assert bad.statuses[0].category is mx.MxStatusCategory.OK


async def test_writing_ack_msg_acknowledges_the_alarm(gw: GatewayClient, sim: Simulator) -> None:
    sim.raise_alarm("TestMachine_001.TestAlarm001")
    session, server, item = await _setup(gw, "TestMachine_001.TestAlarm001.AckMsg")
    acked = await gw.subscribe(session, server, "TestMachine_001.TestAlarm001.Acked")
    async with gw.events(session) as events:
        await events.take(2)
        command = mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value("ok"))
        await _write_and_complete(gw, events, session, command)
        seen = {e.item_handle: from_mx_value(e.value) for e in await events.take(2)}
    assert seen[acked] is True
    (alarm,) = sim.active_alarms("TestMachine_001.TestAlarm001")
    assert alarm.condition_state is mx.AlarmConditionState.ACTIVE_ACKED
    assert alarm.operator_comment == "ok"


@pytest.mark.parametrize(
    ("advise", "secured", "recorded"),
    [
        (mx.AdviseSupervisoryCommand, False, "operator"),
        (mx.AdviseCommand, False, ""),
        (mx.AdviseCommand, True, "operator"),
    ],
)
async def test_write_records_its_user_only_when_supervisory_or_secured(
    gw: GatewayClient, sim: Simulator, advise: Any, secured: bool, recorded: str
) -> None:
    """The alarm system shows who acknowledged by writing AckMsg: the write's recorded user."""
    sim.raise_alarm("TestMachine_001.TestAlarm001")
    session, server, _ = await gw.setup()
    item = await gw.add(session, server, "TestMachine_001.TestAlarm001.AckMsg")
    await gw.ok(session, advise(server_handle=server, item_handle=item))
    user = await _authenticate(gw, session, server, "operator", "op-pass")
    value = to_mx_value("seen")
    command: Any = (
        mx.WriteSecuredCommand(
            server_handle=server, item_handle=item, value=value, current_user_id=user
        )
        if secured
        else mx.WriteCommand(server_handle=server, item_handle=item, value=value, user_id=user)
    )
    async with gw.events(session) as events:
        await events.next()
        done = await _write_and_complete(gw, events, session, command)
    assert done.statuses[0].category is mx.MxStatusCategory.OK
    (alarm,) = sim.active_alarms("TestMachine_001.TestAlarm001")
    assert alarm.condition_state is mx.AlarmConditionState.ACTIVE_ACKED
    assert alarm.operator_user == recorded


async def test_element_write_after_a_shorter_array_fills_type_defaults(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, whole = await _setup(gw, "TestMachine_001.TestIntArray[]")
    fifth = await gw.subscribe(session, server, "TestMachine_001.TestIntArray[5]")
    async with gw.events(session) as events:
        await events.take(2)
        short = mx.WriteCommand(server_handle=server, item_handle=whole, value=to_mx_value([1, 2]))
        await _write_and_complete(gw, events, session, short)
        element = mx.WriteCommand(server_handle=server, item_handle=fifth, value=to_mx_value(9))
        await _write_and_complete(gw, events, session, element)
    assert sim.read_value("TestMachine_001.TestIntArray[]") == [1, 2, 0, 0, 9]
    assert sim.read_value("TestMachine_001.TestIntArray[7]") == 0
    sim.set_value("TestMachine_001.TestIntArray[7]", 4)
    assert sim.read_value("TestMachine_001.TestIntArray[]") == [1, 2, 0, 0, 9, 0, 4]
