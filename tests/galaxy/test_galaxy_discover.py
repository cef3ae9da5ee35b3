"""DiscoverHierarchy through the client: whole walks, roots, depth, filters and errors."""

from __future__ import annotations

import pytest
from grpclib.const import Status

from mxgateway.errors import InvalidArgumentError, NotFoundError
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.galaxy.model import AREA_CATEGORY_ID, GalaxyObject
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig
from mxgateway.simulator.galaxy_service import DEFAULT_PAGE_SIZE


def _all_objects(sim: Simulator) -> int:
    """TestArea, TestPlatform, TestAppEngine, TestChildObject and the machines."""
    return sim.config.objects + 4


def _tags(objects: list[GalaxyObject]) -> list[str]:
    return [obj.tag_name for obj in objects]


async def test_whole_galaxy_parents_before_children(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    all_objects = _all_objects(sim)
    objects = await galaxy.discover_hierarchy(page_size=5)
    assert len(objects) == all_objects
    assert len({obj.gobject_id for obj in objects}) == all_objects
    seen: set[int] = set()
    for obj in objects:
        assert obj.is_root or obj.parent_gobject_id in seen, obj.tag_name
        seen.add(obj.gobject_id)
    assert objects[0].tag_name == "TestArea"
    assert objects[0].is_root
    assert objects[0].is_area
    assert objects[0].category_id == AREA_CATEGORY_ID


async def test_objects_are_typed_with_attributes(galaxy: GalaxyRepositoryClient) -> None:
    (machine,) = await galaxy.discover_hierarchy(root_tag_name="TestMachine_002", max_depth=1)
    assert machine.template_chain == ("$TestMachine", "$gMachine", "$UserDefined")
    assert machine.contained_path.endswith("/TestMachine_002")
    area = await galaxy.discover_hierarchy(root_tag_name="TestArea", max_depth=1)
    assert machine.area_gobject_id == area[0].gobject_id
    attribute = machine.attribute("TestInt")
    assert attribute.full_tag_reference == "TestMachine_002.TestInt"
    assert isinstance(attribute.is_historized, bool)
    assert any(a.is_array for a in machine.attributes)
    assert any(a.is_alarm for a in machine.attributes)


async def test_roots_by_tag_name_gobject_id_and_contained_path(
    galaxy: GalaxyRepositoryClient,
) -> None:
    by_tag = await galaxy.discover_hierarchy(root_tag_name="TestMachine_001")
    assert _tags(by_tag) == ["TestMachine_001", "TestChildObject"]
    by_id = await galaxy.discover_hierarchy(root_gobject_id=by_tag[0].gobject_id)
    assert by_id == by_tag
    by_path = await galaxy.discover_hierarchy(root_contained_path=by_tag[1].contained_path)
    assert _tags(by_path) == ["TestChildObject"]
    assert by_path[0].contained_name == "Child"
    assert by_path[0].parent_gobject_id == by_tag[0].gobject_id


async def test_max_depth_counts_levels_from_the_root(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    assert _tags(await galaxy.discover_hierarchy(max_depth=1)) == ["TestArea"]
    two = await galaxy.discover_hierarchy(max_depth=2)
    assert len(two) == _all_objects(sim) - 1
    assert "TestChildObject" not in _tags(two)


async def test_unknown_root_is_not_found(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await galaxy.discover_hierarchy(root_tag_name="NoSuchObject")
    assert caught.value.grpc_status is Status.NOT_FOUND
    with pytest.raises(NotFoundError):
        await galaxy.discover_hierarchy(root_contained_path="TestArea/Nowhere")


async def test_two_roots_are_refused_before_sending(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(InvalidArgumentError, match="root_gobject_id, root_tag_name"):
        galaxy.iter_hierarchy(root_gobject_id=1, root_tag_name="TestArea")
    with pytest.raises(InvalidArgumentError, match="unknown filter tag_glob"):
        await galaxy.discover_hierarchy(tag_glob="Test*")  # type: ignore[call-arg]


async def test_category_and_template_filters(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    machines = sim.config.objects
    areas = await galaxy.discover_hierarchy(category_ids=[AREA_CATEGORY_ID])
    assert _tags(areas) == ["TestArea"]
    found = await galaxy.discover_hierarchy(template_chain_contains=["$TestMachine"])
    assert len(found) == machines
    assert all(obj.template_chain[0] == "$TestMachine" for obj in found)
    user_defined = await galaxy.discover_hierarchy(template_chain_contains=["$UserDefined"])
    assert "TestChildObject" in _tags(user_defined)
    assert len(user_defined) == machines + 1


async def test_tag_name_glob_is_anchored_and_case_insensitive(
    galaxy: GalaxyRepositoryClient,
) -> None:
    nine = await galaxy.discover_hierarchy(tag_name_glob="testmachine_00?")
    assert sorted(_tags(nine)) == [f"TestMachine_00{i}" for i in range(1, 10)]
    assert await galaxy.discover_hierarchy(tag_name_glob="Machine*") == []


async def test_attribute_flag_filters(galaxy: GalaxyRepositoryClient, sim: Simulator) -> None:
    bare = await galaxy.discover_hierarchy(include_attributes=False)
    assert len(bare) == _all_objects(sim)
    assert all(obj.attributes == () for obj in bare)
    alarmed = await galaxy.discover_hierarchy(alarm_bearing_only=True)
    assert alarmed
    assert all(any(a.is_alarm for a in obj.attributes) for obj in alarmed)
    historized = await galaxy.discover_hierarchy(historized_only=True)
    assert historized
    assert all(any(a.is_historized for a in obj.attributes) for obj in historized)


async def test_pages_report_the_filtered_total(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    machines = sim.config.objects
    pages = [
        page
        async for page in galaxy.iter_hierarchy_pages(
            template_chain_contains=["$TestMachine"], page_size=5
        )
    ]
    assert [len(page.objects) for page in pages] == [5, 5, machines - 10]
    assert [page.is_last for page in pages] == [False, False, True]
    assert {page.total_object_count for page in pages} == {machines}


async def test_redeploy_mid_walk_makes_the_page_token_stale(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    walk = galaxy.iter_hierarchy(page_size=4)
    first_page = [await anext(walk) for _ in range(4)]
    assert len(first_page) == 4
    sim.redeploy()
    await sim.advance(0)
    with pytest.raises(InvalidArgumentError) as caught:
        await anext(walk)
    assert caught.value.grpc_status is Status.INVALID_ARGUMENT


async def test_next_page_is_fetched_only_after_the_current_one_is_consumed(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    # The redeploy invalidates every outstanding page token: had the client fetched
    # page two early, the walk would survive it.
    walk = galaxy.iter_hierarchy(page_size=4)
    first = await anext(walk)
    sim.redeploy()
    await sim.advance(0)
    rest_of_first_page = [await anext(walk) for _ in range(3)]
    assert [first, *rest_of_first_page][0].tag_name == "TestArea"
    with pytest.raises(InvalidArgumentError):
        await anext(walk)


async def test_default_page_size_walk_is_lazy_page_by_page(clock: ManualClock) -> None:
    async with (
        Simulator(SimulatorConfig(objects=600, seed=0, clock=clock)) as big,
        GalaxyRepositoryClient.connect(
            endpoint=big.endpoint, api_key=big.api_key, plaintext=True
        ) as galaxy,
    ):
        pages = [p async for p in galaxy.iter_hierarchy_pages(include_attributes=False)]
        sizes = [len(p.objects) for p in pages]
        total = pages[0].total_object_count
        assert sizes[0] == DEFAULT_PAGE_SIZE
        assert sum(sizes) == total > DEFAULT_PAGE_SIZE
        assert [p.is_last for p in pages] == [False] * (len(pages) - 1) + [True]
        # The default-sized first page is consumed whole before the next is asked for.
        walk = galaxy.iter_hierarchy(include_attributes=False)
        first = [await anext(walk)]
        big.redeploy()
        await big.advance(0)
        first += [await anext(walk) for _ in range(DEFAULT_PAGE_SIZE - 1)]
        assert [o.tag_name for o in first] == [o.tag_name for o in pages[0].objects]
        with pytest.raises(InvalidArgumentError):
            await anext(walk)
