"""Bulk subscription commands and ReadBulk: input order, per-entry failures, session untouched."""

from __future__ import annotations

import asyncio

import pytest

from mxgateway.simulator import Simulator
from mxgateway.values import from_mx_value
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import reply_payload

from .conftest import GUARD, GatewayClient

TAGS = ["TestMachine_001.TestInt", "Missing.Tag", "TestMachine_002.TestDouble"]


async def test_subscribe_bulk_in_order_with_failures_in_place(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.ok(session, mx.SubscribeBulkCommand(server_handle=server, tag_addresses=TAGS))
    results = reply_payload(reply, mx.BulkSubscribeReply).results
    assert [r.tag_address for r in results] == TAGS
    assert [r.was_successful for r in results] == [True, False, True]
    assert results[1].error_message
    assert results[1].item_handle == 0
    assert all(r.server_handle == server for r in results)
    items = sim.items(session)
    assert all(items[r.item_handle].advised for r in results if r.was_successful)
    async with gw.events(session) as events:
        handles = {e.item_handle for e in await events.take(2)}
    assert handles == {results[0].item_handle, results[2].item_handle}


async def test_unsubscribe_bulk(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.ok(session, mx.SubscribeBulkCommand(server_handle=server, tag_addresses=TAGS))
    handles = [
        r.item_handle
        for r in reply_payload(reply, mx.BulkSubscribeReply).results
        if r.was_successful
    ]
    out = await gw.ok(
        session, mx.UnsubscribeBulkCommand(server_handle=server, item_handles=[*handles, 999])
    )
    assert [r.was_successful for r in reply_payload(out, mx.BulkSubscribeReply).results] == [
        True,
        True,
        False,
    ]
    assert reply_payload(out, mx.BulkSubscribeReply).results[0].tag_address == TAGS[0]
    assert sim.items(session) == {}
    assert sim.watched_attribute_count() == 0


async def test_add_advise_unadvise_remove_bulks(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    added = await gw.ok(session, mx.AddItemBulkCommand(server_handle=server, tag_addresses=TAGS))
    handles = [
        r.item_handle
        for r in reply_payload(added, mx.BulkSubscribeReply).results
        if r.was_successful
    ]
    assert not any(v.advised for v in sim.items(session).values())
    advised = await gw.ok(
        session, mx.AdviseItemBulkCommand(server_handle=server, item_handles=[handles[1], 55])
    )
    assert [r.was_successful for r in reply_payload(advised, mx.BulkSubscribeReply).results] == [
        True,
        False,
    ]
    assert sim.items(session)[handles[1]].advised
    unadvised = await gw.ok(
        session, mx.UnAdviseItemBulkCommand(server_handle=server, item_handles=handles)
    )
    assert all(r.was_successful for r in reply_payload(unadvised, mx.BulkSubscribeReply).results)
    removed = await gw.ok(
        session, mx.RemoveItemBulkCommand(server_handle=server, item_handles=handles)
    )
    assert all(r.was_successful for r in reply_payload(removed, mx.BulkSubscribeReply).results)
    assert sim.items(session) == {}


async def test_bulk_with_unknown_server_handle_fails(gw: GatewayClient) -> None:
    session = await gw.open()
    reply = await gw.invoke(session, mx.SubscribeBulkCommand(server_handle=7, tag_addresses=TAGS))
    assert reply.protocol_status.code is mx.ProtocolStatusCode.MXACCESS_FAILURE


async def test_read_bulk_cached_and_temporary(gw: GatewayClient, sim: Simulator) -> None:
    session, server, item = await gw.setup("TestMachine_001.TestInt")
    await sim.settle()
    sim.set_value("TestMachine_001.TestInt", 321)
    sim.set_value("TestMachine_002.TestDouble", 2.25)
    await sim.settle()
    before = dict(sim.items(session))
    reply = await gw.ok(session, mx.ReadBulkCommand(server_handle=server, tag_addresses=TAGS))
    cached, missing, temporary = reply_payload(reply, mx.BulkReadReply).results
    assert [r.tag_address for r in reply_payload(reply, mx.BulkReadReply).results] == TAGS
    assert cached.was_successful
    assert cached.was_cached
    assert from_mx_value(cached.value) == 321
    assert cached.quality == 192
    assert not missing.was_successful
    assert missing.error_message
    assert temporary.was_successful
    assert not temporary.was_cached
    assert from_mx_value(temporary.value) == 2.25
    assert temporary.source_timestamp is not None
    assert dict(sim.items(session)) == before
    assert sim.items(session)[item].advised
    assert sim.watched_attribute_count() == 1
    drained = await gw.ok(session, mx.DrainEventsCommand())
    assert {e.item_handle for e in reply_payload(drained, mx.DrainEventsReply).events} == {item}


@pytest.mark.parametrize("sim_options", [{"first_value_delay": 2.0}])
async def test_read_bulk_timeout_is_a_failed_entry(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    command = mx.ReadBulkCommand(
        server_handle=server,
        tag_addresses=["TestMachine_001.TestInt", "TestMachine_001.TestDouble"],
        timeout_ms=500,
    )
    call = asyncio.ensure_future(gw.invoke(session, command))
    await sim.advance(0.5)
    await sim.advance(0.5)
    reply = await asyncio.wait_for(call, GUARD)
    assert reply.protocol_status.code is mx.ProtocolStatusCode.OK
    assert [r.was_successful for r in reply_payload(reply, mx.BulkReadReply).results] == [
        False,
        False,
    ]
    assert "500 ms" in reply_payload(reply, mx.BulkReadReply).results[0].error_message
    slow = mx.ReadBulkCommand(
        server_handle=server, tag_addresses=["TestMachine_001.TestInt"], timeout_ms=3000
    )
    call = asyncio.ensure_future(gw.invoke(session, slow))
    await sim.advance(2.0)
    reply = await asyncio.wait_for(call, GUARD)
    assert reply_payload(reply, mx.BulkReadReply).results[0].was_successful
    assert sim.items(session) == {}


async def test_read_bulk_element_and_array(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    whole = sim.read_value("TestMachine_003.TestFloatArray[]")
    assert isinstance(whole, list)
    reply = await gw.ok(
        session,
        mx.ReadBulkCommand(
            server_handle=server,
            tag_addresses=["TestMachine_003.TestFloatArray[]", "TestMachine_003.TestFloatArray[5]"],
        ),
    )
    array, element = reply_payload(reply, mx.BulkReadReply).results
    assert from_mx_value(array.value) == whole
    assert from_mx_value(element.value) == whole[4]
