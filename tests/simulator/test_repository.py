"""GalaxyRepository: connection, deploy time, paging, filters, roots, browse and deploy events."""

from __future__ import annotations

from typing import Any

import pytest
from grpclib import GRPCError
from grpclib.client import Channel
from grpclib.const import Status

from mxgateway.simulator import ManualClock, Simulator
from mxgateway.wire.contract import gr, mx

from .conftest import START, GatewayClient, server_stream

_ALL = 5 + 4  # machines + TestArea, platform, engine, child


async def _walk(repo: gr.GalaxyRepositoryStub, **request: Any) -> list[gr.GalaxyObject]:
    objects: list[gr.GalaxyObject] = []
    token = ""
    while True:
        reply = await repo.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_token=token, **request)
        )
        objects.extend(reply.objects)
        token = reply.next_page_token
        if not token:
            return objects


def _watch(channel: Channel, sim: Simulator, request: gr.WatchDeployEventsRequest) -> Any:
    metadata = {"authorization": f"Bearer {sim.api_key}"}
    route = "/galaxy_repository.v1.GalaxyRepository/WatchDeployEvents"
    return server_stream(channel, metadata, route, request, gr.DeployEvent)


async def test_test_connection_and_deploy_time(
    repo: gr.GalaxyRepositoryStub, sim: Simulator
) -> None:
    assert (await repo.test_connection(gr.TestConnectionRequest())).ok
    reply = await repo.get_last_deploy_time(gr.GetLastDeployTimeRequest())
    assert reply.time_of_last_deploy_present
    assert reply.time_of_last_deploy < START
    sim.set_database_available(False)
    assert not (await repo.test_connection(gr.TestConnectionRequest())).ok


async def test_database_down_on_first_call_is_unavailable(
    repo: gr.GalaxyRepositoryStub, sim: Simulator
) -> None:
    sim.set_database_available(False)
    with pytest.raises(GRPCError) as error:
        await repo.discover_hierarchy(gr.DiscoverHierarchyRequest())
    assert error.value.status is Status.UNAVAILABLE
    sim.set_database_available(True)
    assert (await repo.discover_hierarchy(gr.DiscoverHierarchyRequest())).objects
    sim.set_database_available(False)
    cached = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest())
    assert cached.total_object_count == _ALL


async def test_hierarchy_shape(repo: gr.GalaxyRepositoryStub) -> None:
    objects = await _walk(repo, page_size=4)
    assert len(objects) == _ALL
    by_tag = {o.tag_name: o for o in objects}
    positions = {o.gobject_id: i for i, o in enumerate(objects)}
    for obj in objects:
        if obj.parent_gobject_id:
            assert positions[obj.parent_gobject_id] < positions[obj.gobject_id]
    area = by_tag["TestArea"]
    assert area.is_area
    assert area.category_id == 13
    assert area.parent_gobject_id == 0
    machine = by_tag["TestMachine_001"]
    assert machine.template_chain == ["$TestMachine", "$gMachine", "$UserDefined"]
    assert machine.area_gobject_id == area.gobject_id
    assert machine.contained_path == "TestArea/TestMachine_001"
    child = by_tag["TestChildObject"]
    assert child.parent_gobject_id == machine.gobject_id
    assert child.contained_name != child.tag_name
    assert child.hierarchical_name == "TestMachine_001.Child"
    engine = by_tag["TestAppEngine"]
    assert engine.hosted_by_gobject_id == by_tag["TestPlatform"].gobject_id
    attributes = {a.attribute_name: a for a in machine.attributes}
    assert attributes["TestInt"].full_tag_reference == "TestMachine_001.TestInt"
    assert attributes["TestInt"].mx_data_type == 2
    assert attributes["TestIntArray"].is_array
    assert attributes["TestIntArray"].array_dimension == 10
    assert attributes["TestSecuredWrite"].security_classification == 2
    assert attributes["TestVerifiedWrite"].security_classification == 3
    assert attributes["TestViewOnly"].security_classification == 6
    assert attributes["TestChangingInt"].is_historized
    assert attributes["TestAlarm001"].is_alarm
    kinds = {a.mx_data_type for a in machine.attributes}
    assert kinds == {1, 2, 3, 4, 5, 6, 7}
    assert [a.attribute_name for a in child.attributes] == ["TestInt", "TestString"]


async def test_paging_token_is_stale_after_redeploy(
    repo: gr.GalaxyRepositoryStub, sim: Simulator
) -> None:
    first = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(page_size=2))
    assert first.next_page_token
    assert first.total_object_count == _ALL
    sim.redeploy()
    with pytest.raises(GRPCError) as error:
        await repo.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_size=2, page_token=first.next_page_token)
        )
    assert error.value.status is Status.INVALID_ARGUMENT
    again = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(page_size=2))
    assert again.total_object_count == _ALL + 1


async def test_foreign_or_garbage_token_is_invalid(repo: gr.GalaxyRepositoryStub) -> None:
    first = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(page_size=2))
    for request in (
        gr.DiscoverHierarchyRequest(page_token="garbage!"),
        gr.DiscoverHierarchyRequest(page_token=first.next_page_token, tag_name_glob="Test*"),
    ):
        with pytest.raises(GRPCError) as error:
            await repo.discover_hierarchy(request)
        assert error.value.status is Status.INVALID_ARGUMENT


@pytest.mark.parametrize(
    ("request_fields", "expected"),
    [
        ({"root_tag_name": "TestMachine_001"}, ["TestMachine_001", "TestChildObject"]),
        ({"root_contained_path": "TestArea/TestMachine_001/Child"}, ["TestChildObject"]),
        ({"root_tag_name": "TestArea", "max_depth": 1}, ["TestArea"]),
        ({"category_ids": [13]}, ["TestArea"]),
        (
            {"tag_name_glob": "testmachine_00?", "max_depth": 2},
            [f"TestMachine_00{i}" for i in range(1, 6)],
        ),
        ({"template_chain_contains": ["$TestChildObject"]}, ["TestChildObject"]),
        ({"alarm_bearing_only": True, "tag_name_glob": "*_001"}, ["TestMachine_001"]),
        (
            {"historized_only": True, "category_ids": [10], "max_depth": 2},
            [f"TestMachine_00{i}" for i in range(1, 6)],
        ),
    ],
)
async def test_roots_depth_and_filters(
    repo: gr.GalaxyRepositoryStub, request_fields: dict[str, Any], expected: list[str]
) -> None:
    objects = await _walk(repo, page_size=2, **request_fields)
    assert [o.tag_name for o in objects] == expected
    reply = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(**request_fields))
    assert reply.total_object_count == len(expected)


async def test_root_by_id_and_attributes_off(repo: gr.GalaxyRepositoryStub) -> None:
    everything = await _walk(repo)
    machine = next(o for o in everything if o.tag_name == "TestMachine_002")
    reply = await repo.discover_hierarchy(
        gr.DiscoverHierarchyRequest(root_gobject_id=machine.gobject_id, include_attributes=False)
    )
    assert [o.tag_name for o in reply.objects] == ["TestMachine_002"]
    assert reply.objects[0].attributes == []


@pytest.mark.parametrize(
    "root",
    [{"root_tag_name": "Nope"}, {"root_gobject_id": 99999}, {"root_contained_path": "TestArea/No"}],
)
async def test_unknown_root_is_not_found(
    repo: gr.GalaxyRepositoryStub, root: dict[str, Any]
) -> None:
    with pytest.raises(GRPCError) as error:
        await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(**root))
    assert error.value.status is Status.NOT_FOUND


async def test_bad_paging_arguments(repo: gr.GalaxyRepositoryStub) -> None:
    for request in (
        gr.DiscoverHierarchyRequest(page_size=-1),
        gr.DiscoverHierarchyRequest(max_depth=-2),
    ):
        with pytest.raises(GRPCError) as error:
            await repo.discover_hierarchy(request)
        assert error.value.status is Status.INVALID_ARGUMENT


async def test_browse_children(repo: gr.GalaxyRepositoryStub) -> None:
    roots = await repo.browse_children(gr.BrowseChildrenRequest())
    assert [c.tag_name for c in roots.children] == ["TestArea"]
    assert roots.child_has_children == [True]
    children = await repo.browse_children(
        gr.BrowseChildrenRequest(parent_tag_name="TestArea", include_attributes=False)
    )
    names = [c.tag_name for c in children.children]
    assert names == ["TestAppEngine", *[f"TestMachine_00{i}" for i in range(1, 6)], "TestPlatform"]
    assert children.child_has_children == [False, True, False, False, False, False, False]
    page = await repo.browse_children(
        gr.BrowseChildrenRequest(parent_tag_name="TestArea", page_size=3)
    )
    assert len(page.children) == 3
    rest = await repo.browse_children(
        gr.BrowseChildrenRequest(
            parent_tag_name="TestArea", page_size=3, page_token=page.next_page_token
        )
    )
    assert [c.tag_name for c in rest.children] == names[3:6]
    with pytest.raises(GRPCError) as error:
        await repo.browse_children(gr.BrowseChildrenRequest(parent_contained_path="Nope"))
    assert error.value.status is Status.NOT_FOUND


async def test_areas_come_first(clock: ManualClock) -> None:
    async with Simulator(objects=4, areas=3, clock=clock) as simulator:
        channel = Channel(simulator.host, simulator.port)
        repo = gr.GalaxyRepositoryStub(
            channel, metadata={"authorization": f"Bearer {simulator.api_key}"}
        )
        reply = await repo.browse_children(gr.BrowseChildrenRequest(parent_tag_name="TestArea"))
        names = [c.tag_name for c in reply.children]
        assert names[:2] == ["TestArea_002", "TestArea_003"]
        sub = await repo.discover_hierarchy(
            gr.DiscoverHierarchyRequest(root_contained_path="TestArea/TestArea_002")
        )
        assert [o.tag_name for o in sub.objects] == ["TestArea_002", "TestMachine_002"]
        channel.close()


async def test_watch_deploy_events(channel: Channel, sim: Simulator) -> None:
    async with _watch(channel, sim, gr.WatchDeployEventsRequest()) as watch:
        bootstrap = await watch.next()
        assert bootstrap.time_of_last_deploy_present
        assert bootstrap.object_count == _ALL
        sim.redeploy()
        deployed = await watch.next()
    assert deployed.sequence == bootstrap.sequence + 1
    assert deployed.object_count == _ALL + 1
    assert deployed.time_of_last_deploy > bootstrap.time_of_last_deploy
    request = gr.WatchDeployEventsRequest(last_seen_deploy_time=deployed.time_of_last_deploy)
    async with _watch(channel, sim, request) as watch:
        await sim.settle()
        sim.redeploy(poll=False)
        await sim.advance(30)
        event = await watch.next()
    assert event.sequence == deployed.sequence + 1
    await sim.settle()
    assert sim.deploy_watcher_count() == 0


async def test_galaxy_is_deterministic_per_seed(clock: ManualClock) -> None:
    async def values(seed: int) -> list[object]:
        async with Simulator(objects=3, seed=seed, clock=ManualClock(START)) as simulator:
            return [simulator.read_value(f"TestMachine_00{i}.TestInt") for i in range(1, 4)]

    assert await values(1) == await values(1)
    assert await values(1) != await values(2)


async def test_large_galaxy_is_lazy_and_pages(clock: ManualClock) -> None:
    async with Simulator(objects=100_000, clock=clock) as simulator:
        channel = Channel(simulator.host, simulator.port)
        repo = gr.GalaxyRepositoryStub(
            channel, metadata={"authorization": f"Bearer {simulator.api_key}"}
        )
        first = await repo.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_size=1000, include_attributes=False)
        )
        assert first.total_object_count == 100_004
        assert len(first.objects) == 1000
        second = await repo.discover_hierarchy(
            gr.DiscoverHierarchyRequest(
                page_size=1000, include_attributes=False, page_token=first.next_page_token
            )
        )
        assert len(second.objects) == 1000
        last = await repo.discover_hierarchy(
            gr.DiscoverHierarchyRequest(root_tag_name="TestMachine_100000")
        )
        assert last.objects[0].attributes
        assert simulator.read_value("TestMachine_100000.TestString") == "TestMachine_100000 text"
        channel.close()


@pytest.mark.parametrize("sim_options", [{"deploy_event_buffer": 2}])
async def test_dropped_deploy_events_show_as_a_sequence_gap(
    channel: Channel, sim: Simulator
) -> None:
    async with _watch(channel, sim, gr.WatchDeployEventsRequest()) as watch:
        bootstrap = await watch.next()
        for _ in range(5):  # the watcher reads none of them: its buffer keeps the last 2
            sim.redeploy()
        kept = await watch.take(2)
        sim.redeploy()
        after = await watch.next()
    assert [e.sequence for e in kept] == [bootstrap.sequence + 4, bootstrap.sequence + 5]
    assert kept[-1].object_count == _ALL + 5
    assert after.sequence == bootstrap.sequence + 6


@pytest.mark.parametrize("sim_options", [{"deployed": False}])
async def test_never_deployed_galaxy(
    channel: Channel, sim: Simulator, repo: gr.GalaxyRepositoryStub, clock: ManualClock
) -> None:
    never = await repo.get_last_deploy_time(gr.GetLastDeployTimeRequest())
    assert not never.time_of_last_deploy_present
    assert (await repo.test_connection(gr.TestConnectionRequest())).ok
    empty = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest())
    assert (empty.objects, empty.total_object_count) == ([], 0)
    assert (await repo.browse_children(gr.BrowseChildrenRequest())).children == []
    with pytest.raises(GRPCError) as error:
        await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(root_tag_name="TestArea"))
    assert error.value.status is Status.NOT_FOUND
    seen = gr.WatchDeployEventsRequest(last_seen_deploy_time=START)
    async with _watch(channel, sim, seen) as watch:
        state = await watch.next()
    assert not state.time_of_last_deploy_present
    assert state.object_count == 0
    async with _watch(channel, sim, gr.WatchDeployEventsRequest()) as watch:
        await sim.settle()  # no bootstrap: "never deployed" is what the watcher last saw
        sim.redeploy()
        first = await watch.next()
    assert first.time_of_last_deploy_present
    assert first.time_of_last_deploy == clock.now()
    assert first.object_count == _ALL
    deployed = await repo.get_last_deploy_time(gr.GetLastDeployTimeRequest())
    assert deployed.time_of_last_deploy_present
    assert deployed.time_of_last_deploy == clock.now()
    assert (await repo.discover_hierarchy(gr.DiscoverHierarchyRequest())).total_object_count == (
        _ALL
    )


@pytest.mark.parametrize("sim_options", [{"deployed": False}])
async def test_nothing_to_advise_before_the_first_deploy(gw: GatewayClient, sim: Simulator) -> None:
    session, server, _ = await gw.setup()
    reply = await gw.invoke(
        session, mx.AddItemCommand(server_handle=server, item_definition="TestChildObject.TestInt")
    )
    assert reply.protocol_status.code is mx.ProtocolStatusCode.MXACCESS_FAILURE
    sim.redeploy()
    assert await gw.add(session, server, "TestChildObject.TestInt")


@pytest.mark.parametrize("sim_options", [{"objects": 5_100}])
async def test_page_size_default_and_cap(repo: gr.GalaxyRepositoryStub) -> None:
    default = await repo.browse_children(
        gr.BrowseChildrenRequest(parent_tag_name="TestArea", include_attributes=False)
    )
    assert len(default.children) == 500
    capped = await repo.discover_hierarchy(
        gr.DiscoverHierarchyRequest(page_size=9_999, include_attributes=False)
    )
    assert len(capped.objects) == 5_000
    assert capped.total_object_count == 5_104
