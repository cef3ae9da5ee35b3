"""BrowseChildren and the lazily expanded tree."""

from __future__ import annotations

import pytest
from grpclib.const import Status

from mxgateway.errors import AuthenticationError, InvalidArgumentError, NotFoundError
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.galaxy.tree import GalaxyTreeNode
from mxgateway.simulator import Simulator


def _named(nodes: tuple[GalaxyTreeNode, ...], tag_name: str) -> GalaxyTreeNode:
    return next(n for n in nodes if n.object is not None and n.object.tag_name == tag_name)


async def test_roots_and_one_level_below(galaxy: GalaxyRepositoryClient, sim: Simulator) -> None:
    (root,) = await galaxy.browse_children()
    assert root.object is not None
    assert root.object.tag_name == "TestArea"
    assert root.has_children
    children = await galaxy.browse_children(root.object, page_size=3)
    tags = [node.object.tag_name for node in children if node.object is not None]
    assert len(tags) == sim.config.objects + 2
    assert tags == sorted(tags, key=str.casefold)
    by_name = await galaxy.browse_children(parent_tag_name="TestArea")
    by_path = await galaxy.browse_children(parent_contained_path="TestArea")
    by_id = await galaxy.browse_children(root.object.gobject_id)
    assert [n.object for n in by_name] == [n.object for n in children]
    assert [n.object for n in by_path] == [n.object for n in children]
    assert [n.object for n in by_id] == [n.object for n in children]


async def test_children_keep_the_filters(galaxy: GalaxyRepositoryClient, sim: Simulator) -> None:
    machines = await galaxy.browse_children(
        parent_tag_name="TestArea",
        template_chain_contains=["$TestMachine"],
        include_attributes=False,
    )
    assert len(machines) == sim.config.objects
    assert all(node.object is not None and node.object.attributes == () for node in machines)


async def test_tree_expands_lazily_and_remembers(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    top = galaxy.tree(include_attributes=False)
    assert top.object is None
    assert top.children is None
    (area,) = await top.expand()
    assert top.is_expanded
    assert not area.is_expanded
    level = await area.expand()
    machine = _named(level, "TestMachine_001")
    other = _named(level, "TestMachine_002")
    assert machine.has_children
    assert not other.has_children
    (child,) = await machine.expand()
    assert child.object is not None
    assert child.object.tag_name == "TestChildObject"
    assert child.object.attributes == ()
    assert not child.has_children
    sim.redeploy()
    await sim.advance(0)
    refreshed = await area.expand(refresh=True)
    assert len(refreshed) == len(level) + 1
    # Remembered children and childless nodes need no call: they work with the key revoked.
    sim.revoke_api_key(sim.api_key)
    assert await machine.expand() == (child,)
    assert await other.expand() == ()
    assert await child.expand() == ()
    with pytest.raises(AuthenticationError):
        await machine.expand(refresh=True)


async def test_browse_argument_errors(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(InvalidArgumentError, match="parent_tag_name="):
        await galaxy.browse_children("TestArea")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="parent_gobject_id, parent_tag_name"):
        await galaxy.browse_children(1, parent_tag_name="TestArea")
    with pytest.raises(NotFoundError) as caught:
        await galaxy.browse_children(parent_tag_name="NoSuchObject")
    assert caught.value.grpc_status is Status.NOT_FOUND
