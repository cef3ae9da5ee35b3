"""Event stream: typed events, cancellation resets the stream, resume without loss, writes."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.session import Session
from mxgateway.session.events import (
    AlarmTransitionEvent,
    BufferedDataChange,
    DataChange,
    ReplayGap,
    WriteComplete,
)
from mxgateway.simulator import Simulator
from mxgateway.wire.contract import mx

TAG = "TestMachine_001.TestInt"


async def _next_change(events: object) -> DataChange:
    async for event in events:  # type: ignore[attr-defined]
        if isinstance(event, DataChange):
            return event
    raise AssertionError("stream ended")


async def test_data_change_events_carry_tag_and_value(session: Session, sim: Simulator) -> None:
    sim.set_value(TAG, 3)
    async with session.events() as events:
        server = await session.register("events")
        item = await session.add_item(server, TAG)
        await session.advise(server, item)
        first = await _next_change(events)
        assert (first.tag_address, first.item_handle, first.value) == (TAG, item, 3)
        assert first.quality == 192
        assert first.vtq.good
        sim.set_value(TAG, 4)
        second = await _next_change(events)
        assert second.value == 4
        assert second.sequence > first.sequence


async def test_closing_the_stream_resets_it_on_the_server(
    session: Session, sim: Simulator, until: Any
) -> None:
    sid = session.session_id
    async with session.events():
        await until(lambda: sim.event_subscriber_count(sid) == 1)
    await until(lambda: sim.event_subscriber_count(sid) == 0)
    events = session.events()
    async with events:
        await until(lambda: sim.event_subscriber_count(sid) == 1)
        await events.aclose()
        await until(lambda: sim.event_subscriber_count(sid) == 0)


async def test_break_and_cancel_reset_the_stream(
    session: Session, sim: Simulator, until: Any
) -> None:
    sid = session.session_id
    server = await session.register("events")
    item = await session.add_item(server, TAG)
    await session.advise(server, item)
    async for event in session.events():
        assert isinstance(event, DataChange)
        break
    await until(lambda: sim.event_subscriber_count(sid) == 0)

    async def consume() -> None:
        async for _ in session.events():
            pass

    task = asyncio.create_task(consume())
    await until(lambda: sim.event_subscriber_count(sid) == 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await until(lambda: sim.event_subscriber_count(sid) == 0)


async def test_resume_after_dropped_stream_loses_and_duplicates_nothing(
    session: Session, sim: Simulator
) -> None:
    server = await session.register("events")
    item = await session.add_item(server, TAG)
    seen: list[int] = []
    values: list[object] = []
    async with session.events() as events:
        await session.advise(server, item)
        iterator = aiter(events)
        for round_ in range(3):
            for value in range(round_ * 10, round_ * 10 + 5):
                sim.set_value(TAG, value)
            sim.drop_event_stream(session.session_id)
            for value in range(round_ * 10 + 5, round_ * 10 + 10):
                sim.set_value(TAG, value)
            while len(values) < (round_ + 1) * 10 + 1:
                event = await anext(iterator)
                assert isinstance(event, DataChange)
                seen.append(event.sequence)
                values.append(event.value)
    assert seen == list(range(seen[0], seen[0] + len(seen)))
    assert values[1:] == list(range(30))
    assert session.last_event_sequence == seen[-1]


async def test_small_buffer_applies_backpressure_without_losing_events(
    session: Session, sim: Simulator
) -> None:
    server = await session.register("events")
    item = await session.add_item(server, TAG)
    async with session.events(buffer_size=2) as events:
        await session.advise(server, item)
        await _next_change(events)
        for value in range(50):
            sim.set_value(TAG, value)
        received = [(await _next_change(events)).value for _ in range(50)]
    assert received == list(range(50))


async def test_cancelling_a_call_cancels_the_wait(session: Session, sim: Simulator) -> None:
    sim.inject_latency(60.0)
    task = asyncio.create_task(session.ping())
    for _ in range(20):
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    sim.inject_latency(0.0)
    await session.ping()


async def test_replay_gap_is_surfaced(session: Session, sim: Simulator) -> None:
    server = await session.register("events")
    item = await session.add_item(server, TAG)
    async with session.events() as events:
        await session.advise(server, item)
        await _next_change(events)
    # While detached, more changes than the replay window (1024) happen and are drained.
    for value in range(2000):
        sim.set_value(TAG, value)
    await session.drain_events()
    async with session.events() as events:
        first = await anext(aiter(events))
        assert isinstance(first, ReplayGap)
        assert first.oldest_available_sequence > first.requested_after_sequence + 1


async def test_write_waits_for_completion(session: Session, sim: Simulator, until: Any) -> None:
    completion = await session.write_tag(TAG, 55)
    assert isinstance(completion, WriteComplete)
    assert not completion.failed
    assert completion.tag_address == TAG
    values = await session.read([TAG])
    assert values[TAG].value == 55
    assert await session.write_tag(TAG, 56, wait=False) is None
    await until(lambda: sim.event_subscriber_count(session.session_id) == 0)


@pytest.mark.parametrize(
    ("tag", "value", "needle"),
    [("TestMachine_001.TestViewOnly", 1, "not writable"), (TAG, "abc", "Wrong data type")],
)
async def test_failed_write_completion_raises_mx_access_error(
    session: Session, tag: str, value: object, needle: str
) -> None:
    with pytest.raises(errors.MxAccessError, match=needle) as info:
        await session.write_tag(tag, value)
    # The command was accepted: the failure is the OnWriteComplete it waited for.
    assert isinstance(info.value.reply, mx.MxEvent)
    assert info.value.reply.on_write_complete is not None
    assert info.value.hresult < 0
    assert info.value.statuses
    await session.ping()


async def test_subscription_yields_changes_by_tag(
    session: Session, sim: Simulator, until: Any
) -> None:
    sim.set_value(TAG, 10)
    async with await session.subscribe([TAG, "TestMachine_002.TestInt", "Bad.Tag[0]"]) as sub:
        assert set(sub.handles) == {TAG, "TestMachine_002.TestInt"}
        assert [r.tag_address for r in sub.failed] == ["Bad.Tag[0]"]
        got: dict[str, object] = {}
        async for change in sub:
            assert isinstance(change, DataChange)
            got[change.tag_address or ""] = change.value
            if len(got) == 2:
                break
        assert got[TAG] == 10
        assert sub.latest[TAG].value == 10
    assert session.items == {}
    assert sim.items(session.session_id) == {}
    await until(lambda: sim.event_subscriber_count(session.session_id) == 0)


async def test_faulted_session_ends_events_with_session_faulted(
    session: Session, sim: Simulator
) -> None:
    async with session.events() as events:
        sim.fault_session(session.session_id)
        with pytest.raises(errors.SessionFaultedError):
            async for _ in events:
                pass


async def test_buffer_size_is_validated(session: Session) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="buffer_size"):
        session.events(buffer_size=0)


async def test_events_on_a_closed_client_fail_instead_of_hanging(sim: Simulator) -> None:
    client = await GatewayClient.connect(endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True)
    session = await client.open_session("closed-client")
    await client.close()
    async with asyncio.timeout(5):
        with pytest.raises(errors.ConnectionLostError):
            async with session.events():
                pass
        with pytest.raises(errors.ConnectionLostError):
            async for _ in session.events():
                pass


async def test_a_consumer_joining_while_another_leaves_keeps_its_stream(
    session: Session, sim: Simulator
) -> None:
    server = await session.register("events")
    item = await session.add_item(server, TAG)
    leaving, joining = session.events(), session.events()
    await leaving.__aenter__()
    await session.advise(server, item)
    # The leaving consumer resets the stream while the other one attaches.
    await asyncio.gather(leaving.aclose(), joining.__aenter__())
    try:
        sim.set_value(TAG, 77)
        async with asyncio.timeout(5):
            change = await _next_change(joining)
        assert change.value == 77
    finally:
        await joining.aclose()


async def test_a_consumer_leaving_with_a_full_buffer_does_not_stall_the_others(
    session: Session, sim: Simulator
) -> None:
    server = await session.register("events")
    item = await session.add_item(server, TAG)
    async with session.events() as fast:
        slow = session.events(buffer_size=1)
        await slow.__aenter__()
        await session.advise(server, item)
        await _next_change(fast)
        for value in range(20):
            sim.set_value(TAG, value)
        for _ in range(50):
            await asyncio.sleep(0)
        # The slow consumer's one slot is full, so the pump waits for it; leaving frees it.
        await slow.aclose()
        async with asyncio.timeout(5):
            received = [(await _next_change(fast)).value for _ in range(20)]
    assert received == list(range(20))


async def test_write_waiting_across_a_dropped_stream_still_completes(
    session: Session, sim: Simulator
) -> None:
    sim.set_write_complete_delay(1.0)
    async with session.events() as events, asyncio.timeout(5):
        task = asyncio.create_task(session.write_tag(TAG, 42))
        seen = [e async for e in _until_pending_write(events)]
        sim.drop_event_stream(session.session_id)
        await sim.advance(1.0)
        completion = await task
        assert completion is not None
        assert not completion.failed
        assert not completion.pending
        assert completion.tag_address == TAG
        seen += [e async for e in _until_final_write(events)]
    writes = [e for e in seen if isinstance(e, WriteComplete)]
    assert [w.pending for w in writes] == [True, False]
    assert writes[1].sequence == completion.sequence
    assert sim.read_value(TAG) == 42


async def _until_pending_write(events: Any) -> Any:
    async for event in events:
        yield event
        if isinstance(event, WriteComplete) and event.pending:
            return


async def _until_final_write(events: Any) -> Any:
    async for event in events:
        yield event
        if isinstance(event, WriteComplete) and not event.pending:
            return


async def test_write_without_completion_times_out(session: Session, sim: Simulator) -> None:
    sim.set_write_complete_delay(60.0)
    with pytest.raises(errors.GatewayTimeoutError, match="no OnWriteComplete") as info:
        await session.write_tag(TAG, 5, timeout=0.01)
    assert isinstance(info.value, TimeoutError)
    for bad in (0, -1.0, float("nan"), float("inf"), True):
        with pytest.raises(errors.InvalidArgumentError, match="timeout"):
            await session.write_tag("TestMachine_002.TestInt", 5, timeout=bad)
    # Refused before anything was sent for the new tag.
    assert session.handle_of("TestMachine_002.TestInt") is None


async def test_cancelling_a_write_wait_leaves_the_session_usable(
    session: Session, sim: Simulator, until: Any
) -> None:
    sim.set_write_complete_delay(60.0)
    task = asyncio.create_task(session.write_tag(TAG, 5))
    await until(lambda: sim.event_subscriber_count(session.session_id) == 1)
    for _ in range(20):
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await until(lambda: sim.event_subscriber_count(session.session_id) == 0)
    sim.set_write_complete_delay(0.0)
    completion = await session.write_tag(TAG, 6)
    assert completion is not None
    assert completion.tag_address == TAG
    assert (await session.read([TAG]))[TAG].value == 6


async def test_alarm_transitions_arrive_as_typed_session_events(
    session: Session, client: GatewayClient, sim: Simulator
) -> None:
    reference = "Galaxy!TestArea.TestMachine_001.TestAlarm001"
    async with session.events() as events, asyncio.timeout(5):
        await session.subscribe_alarms("Galaxy!TestArea")
        sim.raise_alarm(reference)
        raised = await anext(aiter(events))
        await client.acknowledge_alarm(reference, comment="seen", operator_user="op")
        acked = await anext(aiter(events))
    for event in (raised, acked):
        assert isinstance(event, AlarmTransitionEvent)
        assert event.transition.alarm_full_reference == reference
        assert event.transition.sequence == event.sequence
    assert isinstance(raised, AlarmTransitionEvent)
    assert isinstance(acked, AlarmTransitionEvent)
    assert raised.transition.transition_kind is mx.AlarmTransitionKind.RAISE
    assert raised.transition.raw is not None
    assert acked.transition.transition_kind is mx.AlarmTransitionKind.ACKNOWLEDGE
    assert (acked.transition.operator_user, acked.transition.operator_comment) == ("op", "seen")
    assert acked.sequence == raised.sequence + 1


async def test_buffered_data_changes_arrive_as_typed_session_events(
    session: Session, sim: Simulator
) -> None:
    sim.set_value(TAG, 0)
    server = await session.register("buffered")
    async with session.events() as events, asyncio.timeout(5):
        item = await session.add_buffered_item(server, TAG)
        await session.set_buffered_update_interval(server, 500)
        await session.advise(server, item)
        for value in (1, 2, 3):
            await sim.advance(0.1)
            sim.set_value(TAG, value)
        await sim.advance(0.5)
        event = await anext(aiter(events))
    assert isinstance(event, BufferedDataChange)
    assert (event.tag_address, event.server_handle, event.item_handle) == (TAG, server, item)
    assert [s.value for s in event.samples] == [0, 1, 2, 3]
    assert all(s.quality == 192 for s in event.samples)
    stamps = [s.timestamp for s in event.samples]
    assert stamps[1:] == sorted(stamps[1:])


async def test_events_without_the_events_scope_are_permission_denied(sim: Simulator) -> None:
    scopes = {"session:open", "session:close", "invoke:read", "invoke:write", "metadata:read"}
    token = sim.add_api_key(scopes=scopes)
    async with (
        GatewayClient.connect(endpoint=sim.endpoint, api_key=token, plaintext=True) as client,
        await client.open_session("no-events") as session,
        asyncio.timeout(5),
    ):
        with pytest.raises(errors.PermissionDeniedError, match="StreamEvents"):
            await _next_change(session.events())
        with pytest.raises(errors.PermissionDeniedError, match="StreamEvents"):
            await session.write_tag(TAG, 1)
        assert await session.write_tag(TAG, 2, wait=False) is None
        assert sim.event_subscriber_count(session.session_id) == 0


async def test_write_waiting_on_a_session_that_faults_raises_session_faulted(
    session: Session, sim: Simulator
) -> None:
    sim.set_write_complete_delay(60.0)
    async with session.events() as events, asyncio.timeout(5):
        task = asyncio.create_task(session.write_tag(TAG, 5))
        [e async for e in _until_pending_write(events)]
        sim.fault_session(session.session_id)
        with pytest.raises(errors.SessionFaultedError):
            await task


async def test_tag_helpers_register_once_per_session(session: Session, sim: Simulator) -> None:
    other = "TestMachine_002.TestInt"
    results = await asyncio.gather(
        session.read([TAG]), session.subscribe([other]), session.write_tag(TAG, 3)
    )
    subscription = results[1]
    assert len(sim.registrations(session.session_id)) == 1
    assert subscription.server_handle == session.server_handle
    await subscription.unsubscribe()
    # The write's item stays (added and advised on first use); the subscription's is gone.
    assert [view.address for view in sim.items(session.session_id).values()] == [TAG]


async def test_cancelling_a_consumer_before_it_attaches_leaves_no_trace(
    session: Session, sim: Simulator, until: Any
) -> None:
    sid = session.session_id

    async def consume() -> None:
        async with session.events():
            pass

    task = asyncio.create_task(consume())
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with session.events():
        await until(lambda: sim.event_subscriber_count(sid) == 1)
    # Had the cancelled consumer stayed registered, the stream would stay open.
    await until(lambda: sim.event_subscriber_count(sid) == 0)


async def test_without_event_replay_a_dropped_stream_is_an_error_not_a_silent_resume(
    client: GatewayClient, sim: Simulator
) -> None:
    reply = await client.open_session_raw("no-replay")
    capabilities = [c for c in reply.capabilities if c != "event-replay"]
    async with Session(client, dataclasses.replace(reply, capabilities=capabilities)) as session:
        server = await session.register("no-replay")
        item = await session.add_item(server, TAG)
        async with session.events() as events, asyncio.timeout(5):
            await session.advise(server, item)
            await _next_change(events)
            sim.drop_event_stream(session.session_id)
            with pytest.raises(errors.UnsupportedError, match="event-replay") as info:
                await _next_change(events)
            assert isinstance(info.value.__cause__, errors.TransportError)


async def test_initial_values_of_a_subscription_never_hold_up_a_write(session: Session) -> None:
    tags = [f"TestMachine_00{n}.TestFloat" for n in (1, 2, 3)]
    async with await session.subscribe(tags, buffer_size=1) as sub, asyncio.timeout(5):
        # Nothing iterates the subscription yet: its buffer must still take every initial value.
        completion = await session.write_tag(TAG, 9)
        assert completion is not None
        changes = [await anext(aiter(sub)) for _ in tags]
    assert {c.tag_address for c in changes} == set(tags)
