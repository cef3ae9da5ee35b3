"""The blocking API against the simulator: results, streams, errors and a clean close."""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest

from mxgateway import (
    ActiveAlarm,
    AlarmSnapshotComplete,
    AlarmTransition,
    ConnectionLostError,
    DataChange,
    GalaxyObject,
    InvalidArgumentError,
    MxAccessError,
    WriteComplete,
)
from mxgateway.sync import (
    AlarmStream,
    GalaxyRepositoryClient,
    GalaxyTreeNode,
    GatewayClient,
    Session,
    Subscription,
)
from mxgateway.wire.contract import mx

from .conftest import SimThread

ALARM = "Galaxy!TestArea.TestMachine_001.TestAlarm001"


def test_session_commands_block_and_return_the_async_results(
    client: GatewayClient, session: Session
) -> None:
    assert isinstance(session, Session)
    assert session.client is client
    assert session.session_id.startswith("session-")
    values = session.read(["TestChildObject.TestInt", "TestMachine_001.TestString"])
    assert values["TestChildObject.TestInt"].value == 250
    server = session.ensure_registered()
    handle = session.add_item(server, "TestMachine_001.TestInt")
    assert session.tag_of(handle) == "TestMachine_001.TestInt"
    assert session.items == {handle: "TestMachine_001.TestInt"}
    assert session.get_session_state() is mx.SessionState.READY
    results = session.read_bulk(server, ["TestMachine_001.TestInt"])
    assert [r.was_successful for r in results] == [True]


def test_write_waits_for_the_completion(session: Session) -> None:
    done = session.write_tag("TestMachine_001.TestInt", 42)
    assert isinstance(done, WriteComplete)
    assert done.tag_address == "TestMachine_001.TestInt"
    assert session.read(["TestMachine_001.TestInt"])["TestMachine_001.TestInt"].value == 42


def test_errors_are_the_async_api_typed_errors(session: Session) -> None:
    with pytest.raises(InvalidArgumentError, match="must not be empty"):
        session.read([])
    with pytest.raises(MxAccessError):
        session.add_item(session.ensure_registered(), "NoSuchObject.NoSuchAttribute")


def test_subscription_is_an_iterator_and_a_context_manager(
    session: Session, sim_thread: SimThread
) -> None:
    with session.subscribe(["TestMachine_001.TestInt"]) as subscription:
        assert isinstance(subscription, Subscription)
        assert subscription.handles.keys() == {"TestMachine_001.TestInt"}
        change = next(iter(subscription))
        assert isinstance(change, DataChange)
        assert change.tag_address == "TestMachine_001.TestInt"
        assert subscription.latest["TestMachine_001.TestInt"].value == change.value
    assert sim_thread.do(lambda: sim_thread.sim.watched_attribute_count()) == 0


def test_event_stream_iterates_and_break_detaches(session: Session, sim_thread: SimThread) -> None:
    session.write_tag("TestMachine_001.TestInt", 7, wait=False)
    events = session.events()
    for event in events:
        if isinstance(event, WriteComplete):
            break
    assert sim_thread.wait_until(
        lambda: sim_thread.sim.event_subscriber_count(session.session_id) == 0
    )


def test_alarm_stream_queries_and_acknowledgement(
    client: GatewayClient, sim_thread: SimThread
) -> None:
    sim_thread.do(lambda: sim_thread.sim.raise_alarm(ALARM))
    active = client.query_active_alarms()
    assert [alarm.alarm_full_reference for alarm in active] == [ALARM]
    assert isinstance(active[0], ActiveAlarm)
    with client.stream_alarms() as feed:
        assert isinstance(feed, AlarmStream)
        assert isinstance(next(feed), ActiveAlarm)
        assert isinstance(next(feed), AlarmSnapshotComplete)
        assert client.acknowledge_alarm(ALARM, comment="seen", operator_user="op").hresult == 0
        transition = next(iter(feed))
        assert isinstance(transition, AlarmTransition)
        assert transition.transition_kind is mx.AlarmTransitionKind.ACKNOWLEDGE
    assert sim_thread.wait_until(lambda: sim_thread.sim.alarm_feed_count() == 0)


def test_raw_event_stream_is_a_plain_iterator(client: GatewayClient, session: Session) -> None:
    session.write_tag("TestMachine_001.TestInt", 5, wait=False)
    with client.stream_events_raw(session.session_id) as stream:
        message = next(stream)
    assert isinstance(message, mx.MxEvent)


def test_galaxy_walks_browses_and_watches(
    galaxy: GalaxyRepositoryClient, sim_thread: SimThread
) -> None:
    assert galaxy.test_connection() is True
    names = [obj.tag_name for obj in galaxy.iter_hierarchy(tag_name_glob="TestMachine_00?")]
    assert names == ["TestMachine_001", "TestMachine_002", "TestMachine_003"]
    assert [o.tag_name for o in galaxy.discover_hierarchy(tag_name_glob="TestMachine_001")] == [
        "TestMachine_001"
    ]
    top = galaxy.tree()
    assert isinstance(top, GalaxyTreeNode)
    assert not top.is_expanded
    roots = top.expand()
    assert top.children == roots
    assert isinstance(roots, tuple)
    assert all(isinstance(node, GalaxyTreeNode) for node in roots)
    assert isinstance(roots[0].object, GalaxyObject)
    children = galaxy.browse_children(roots[0].object)
    assert [c.object.tag_name for c in children if c.object] == [
        c.object.tag_name for c in roots[0].expand() if c.object
    ]
    with galaxy.watch_deploy_events() as watch:
        first = next(watch)
        assert first.sequence >= 0
        assert sim_thread.do(lambda: sim_thread.sim.deploy_watcher_count()) == 1
    assert sim_thread.wait_until(lambda: sim_thread.sim.deploy_watcher_count() == 0)


def test_break_from_a_lazy_walk_ends_it(galaxy: GalaxyRepositoryClient) -> None:
    for _ in galaxy.iter_hierarchy():
        break
    assert galaxy.test_connection() is True


def test_close_stops_the_thread_and_later_calls_fail_like_a_closed_client(
    sim_thread: SimThread,
) -> None:
    before = threading.active_count()
    client = GatewayClient.connect(**sim_thread.connection)
    assert threading.active_count() == before + 1
    session = client.open_session("closing")
    client.close()
    client.close()
    assert threading.active_count() == before
    with pytest.raises(ConnectionLostError, match="the client is closed"):
        session.ping()
    assert session.closed is False


def test_a_failed_connect_leaves_no_thread(no_thread_leak: None) -> None:
    with pytest.raises(InvalidArgumentError):
        GatewayClient.connect(endpoint="no port here")


def test_works_where_an_event_loop_already_runs(
    sim_thread: SimThread, no_thread_leak: None
) -> None:
    """A notebook cell runs inside the kernel's event loop: blocking calls must still work."""

    async def cell() -> object:
        asyncio.get_running_loop()
        with GatewayClient.connect(**sim_thread.connection) as client, client.open_session() as s:
            return s.read(["TestChildObject.TestInt"])["TestChildObject.TestInt"].value

    assert asyncio.run(cell()) == 250


def test_a_session_keeps_its_unnamed_client_and_a_dropped_client_is_closed(
    sim_thread: SimThread, no_thread_leak: None
) -> None:
    before = set(threading.enumerate())
    session = GatewayClient.connect(**sim_thread.connection).open_session("orphan")
    gc.collect()
    session.ping()  # the client has no name, but its session keeps it (and its thread)
    (loop_thread,) = set(threading.enumerate()) - before
    with pytest.warns(ResourceWarning, match="unclosed sync client"):
        del session  # the last reference: the client goes with it
    loop_thread.join(timeout=10)
    assert not loop_thread.is_alive()


def test_closing_through_the_session_client_stops_the_thread(
    sim_thread: SimThread, no_thread_leak: None
) -> None:
    session = GatewayClient.connect(**sim_thread.connection).open_session("through")
    session.client.close()
    with pytest.raises(ConnectionLostError):
        session.ping()


def test_one_thread_iterates_while_another_writes(session: Session) -> None:
    seen: list[object] = []
    with session.subscribe(["TestMachine_001.TestInt"]) as subscription:

        def consume() -> None:
            for change in subscription:
                seen.append(change.value)
                if change.value == 3:
                    return

        consumer = threading.Thread(target=consume)
        consumer.start()
        for value in (1, 2, 3):
            session.write_tag("TestMachine_001.TestInt", value)
        consumer.join(timeout=10)
        assert not consumer.is_alive()
    assert seen[-3:] == [1, 2, 3]
