"""A lazily expanded tree over the Galaxy hierarchy, one BrowseChildren level at a time.

Browsing a large galaxy level by level keeps replies small: a node only asks the
gateway for its children when ``expand()`` is awaited, and remembers them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from mxgateway.galaxy.filters import HierarchyFilter, ObjectRef

if TYPE_CHECKING:
    from mxgateway.galaxy.model import GalaxyObject

__all__ = ["GalaxyTreeNode"]


class ChildBrowser(Protocol):
    """What a tree node needs from the client: every child of one parent, all pages."""

    async def _browse_nodes(
        self, parent: ObjectRef | None, filter: HierarchyFilter
    ) -> list[GalaxyTreeNode]:
        """Every child of ``parent`` (the roots for ``None``) that passes ``filter``, as nodes."""
        ...


class GalaxyTreeNode:
    """One node of the browse tree: a Galaxy object whose children are fetched on demand.

    The top node from ``GalaxyRepositoryClient.tree()`` has ``object`` ``None``
    and expands to the galaxy's roots. Children inherit the node's filter.
    Nodes are not safe to expand from several tasks at once.
    """

    __slots__ = ("_browser", "_children", "_filter", "has_children", "object")

    def __init__(
        self,
        browser: ChildBrowser,
        filter: HierarchyFilter,
        object: GalaxyObject | None,
        has_children: bool,
    ) -> None:
        self._browser = browser
        self._filter = filter
        self._children: tuple[GalaxyTreeNode, ...] | None = None
        self.object = object
        """The Galaxy object at this node; ``None`` for the top node above the roots."""
        self.has_children = has_children
        """Whether the gateway reported children under this node when it was browsed."""

    @property
    def children(self) -> tuple[GalaxyTreeNode, ...] | None:
        """The children fetched by the last ``expand()``, ``None`` before the first one."""
        return self._children

    @property
    def is_expanded(self) -> bool:
        """Whether ``expand()`` has fetched this node's children."""
        return self._children is not None

    async def expand(self, *, refresh: bool = False) -> tuple[GalaxyTreeNode, ...]:
        """Fetch (once, or again with ``refresh``) and return this node's children.

        A node the gateway reported without children expands to an empty tuple
        without a call (``refresh`` asks anyway).
        """
        if self._children is not None and not refresh:
            return self._children
        if self.object is not None and not self.has_children and not refresh:
            self._children = ()
            return self._children
        parent = None if self.object is None else ObjectRef(gobject_id=self.object.gobject_id)
        self._children = tuple(await self._browser._browse_nodes(parent, self._filter))
        return self._children

    def __repr__(self) -> str:
        name = "<roots>" if self.object is None else self.object.tag_name
        state = "expanded" if self._children is not None else "collapsed"
        return f"GalaxyTreeNode({name}, has_children={self.has_children}, {state})"
