"""Client for the gateway's Galaxy Repository service: read-only deployed-object metadata.

``GalaxyRepositoryClient`` checks the ZB database connection, reads the last
deploy time, walks the deployed hierarchy page by page, browses it one level at
a time (``tree()`` gives a lazily expanded tree) and watches deploys. Every
call needs an API key with the ``metadata:read`` scope.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from mxgateway.errors import InvalidArgumentError, MalformedReplyError
from mxgateway.galaxy.filters import HierarchyFilter, ObjectRef
from mxgateway.galaxy.model import GalaxyAttribute, GalaxyObject, deploy_time_from_proto
from mxgateway.galaxy.tree import GalaxyTreeNode
from mxgateway.galaxy.watch import DeployEventWatch
from mxgateway.transport import ConnectedClient
from mxgateway.wire.codec import Decoded, Factory, Records
from mxgateway.wire.contract import gr

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator
    from typing import Unpack

    import betterproto2

    from mxgateway.galaxy.filters import FilterArgs

__all__ = ["GalaxyRepositoryClient", "HierarchyPage"]

_SERVICE: Final = "/galaxy_repository.v1.GalaxyRepository/"


@dataclass(frozen=True, slots=True)
class HierarchyPage:
    """One DiscoverHierarchy page: its objects, and the size of the whole filtered walk."""

    objects: tuple[GalaxyObject, ...]
    total_object_count: int
    is_last: bool


#: Galaxy objects and their attributes decode straight into the typed model.
_GALAXY_FACTORIES: Final[dict[type[betterproto2.Message], Factory]] = {
    gr.GalaxyObject: GalaxyObject.from_fields,
    gr.GalaxyAttribute: GalaxyAttribute.from_fields,
}
_DISCOVER_RECORDS: Final = Records[Decoded[gr.DiscoverHierarchyReply]](
    gr.DiscoverHierarchyReply, _GALAXY_FACTORIES
)
_BROWSE_RECORDS: Final = Records[Decoded[gr.BrowseChildrenReply]](
    gr.BrowseChildrenReply, _GALAXY_FACTORIES
)


def _typed(message: GalaxyObject | gr.GalaxyObject) -> GalaxyObject:
    """A record-decoded object as it is; a plainly decoded one (the rare fallback of
    ``decode_records``) converted."""
    if isinstance(message, GalaxyObject):
        return message
    return GalaxyObject.from_proto(message)


def _check_token(operation: str, token: str, seen: set[str]) -> None:
    """Refuse a page token the walk has already followed: the pages would cycle forever."""
    if token in seen:
        raise MalformedReplyError(f"{operation} returned page token {token!r} again: pages cycle")
    if token:
        seen.add(token)


class GalaxyRepositoryClient(ConnectedClient):
    """A connection to a gateway's Galaxy Repository service.

    Create it with ``GalaxyRepositoryClient.connect(...)``, which takes the same
    options and has the same two forms as ``GatewayClient.connect``. Methods that
    accept ``**filters`` take the ``FilterArgs`` keywords (see ``HierarchyFilter``);
    bad arguments raise ``InvalidArgumentError`` before anything is sent.
    """

    async def test_connection(self) -> bool:
        """Whether the gateway can reach the Galaxy Repository database.

        An unreachable database is ``False``, not an error; transport and
        authentication failures still raise.
        """
        reply = await self._transport.unary(
            _SERVICE + "TestConnection",
            gr.TestConnectionRequest(),
            gr.TestConnectionReply,
            operation="TestConnection",
        )
        return reply.ok

    async def get_last_deploy_time(self) -> datetime.datetime | None:
        """When the galaxy was last deployed (aware UTC), ``None`` if it never was."""
        reply = await self._transport.unary(
            _SERVICE + "GetLastDeployTime",
            gr.GetLastDeployTimeRequest(),
            gr.GetLastDeployTimeReply,
            operation="GetLastDeployTime",
        )
        return deploy_time_from_proto(reply.time_of_last_deploy, reply.time_of_last_deploy_present)

    async def discover_hierarchy(
        self,
        *,
        root_gobject_id: int | None = None,
        root_tag_name: str | None = None,
        root_contained_path: str | None = None,
        max_depth: int | None = None,
        **filters: Unpack[FilterArgs],
    ) -> list[GalaxyObject]:
        """Every deployed object that passes the filters, parents before children, all pages.

        The walk starts at the whole galaxy, or at one root named by at most one of
        ``root_gobject_id``, ``root_tag_name`` or ``root_contained_path``
        (``NotFoundError`` if the gateway does not know it). ``max_depth`` counts
        levels from the start (1: the root level only; ``None``: all). For a large
        galaxy prefer ``iter_hierarchy``, which holds one page at a time.
        """
        return [
            obj
            async for obj in self.iter_hierarchy(
                root_gobject_id=root_gobject_id,
                root_tag_name=root_tag_name,
                root_contained_path=root_contained_path,
                max_depth=max_depth,
                **filters,
            )
        ]

    def iter_hierarchy(
        self,
        *,
        root_gobject_id: int | None = None,
        root_tag_name: str | None = None,
        root_contained_path: str | None = None,
        max_depth: int | None = None,
        **filters: Unpack[FilterArgs],
    ) -> AsyncIterator[GalaxyObject]:
        """Iterate ``discover_hierarchy``'s objects, fetching each page only when needed.

        The next page is requested after the last object of the current one has
        been consumed, so memory holds one page. A redeploy during the walk makes
        the gateway refuse the next page (``InvalidArgumentError``): start again.
        Arguments are checked here, before the first request.
        """
        request = self._discover_request(
            root_gobject_id, root_tag_name, root_contained_path, max_depth, filters
        )
        return self._objects(request)

    def iter_hierarchy_pages(
        self,
        *,
        root_gobject_id: int | None = None,
        root_tag_name: str | None = None,
        root_contained_path: str | None = None,
        max_depth: int | None = None,
        **filters: Unpack[FilterArgs],
    ) -> AsyncIterator[HierarchyPage]:
        """Iterate ``discover_hierarchy``'s result page by page (e.g. to report progress).

        Takes the same arguments as ``iter_hierarchy`` and is just as lazy.
        """
        request = self._discover_request(
            root_gobject_id, root_tag_name, root_contained_path, max_depth, filters
        )
        return self._pages(request)

    @staticmethod
    def _discover_request(
        root_gobject_id: int | None,
        root_tag_name: str | None,
        root_contained_path: str | None,
        max_depth: int | None,
        filters: FilterArgs,
    ) -> gr.DiscoverHierarchyRequest:
        """The validated first-page request for a hierarchy walk."""
        root = ObjectRef.optional("root", root_gobject_id, root_tag_name, root_contained_path)
        return HierarchyFilter.from_args(filters).discover_request(root, max_depth)

    async def _objects(
        self, request: gr.DiscoverHierarchyRequest
    ) -> AsyncGenerator[GalaxyObject, None]:
        """Each object of the walk, converted as it is consumed."""
        async for reply in self._replies(request):
            objects = reply.objects
            del reply
            for message in objects:
                yield _typed(message)
            del objects

    async def _pages(
        self, request: gr.DiscoverHierarchyRequest
    ) -> AsyncGenerator[HierarchyPage, None]:
        """Each page of the walk as a typed ``HierarchyPage``."""
        async for reply in self._replies(request):
            page = HierarchyPage(
                objects=tuple(map(_typed, reply.objects)),
                total_object_count=reply.total_object_count,
                is_last=not reply.next_page_token,
            )
            del reply
            yield page

    async def _replies(
        self, request: gr.DiscoverHierarchyRequest
    ) -> AsyncGenerator[gr.DiscoverHierarchyReply, None]:
        """Run DiscoverHierarchy page after page, each only when the previous one is consumed."""
        seen: set[str] = set()
        while True:
            reply = (
                await self._transport.unary(
                    _SERVICE + "DiscoverHierarchy",
                    request,
                    _DISCOVER_RECORDS,
                    operation="DiscoverHierarchy",
                )
            ).value
            token = reply.next_page_token
            _check_token("DiscoverHierarchy", token, seen)
            yield reply
            del reply
            if not token:
                return
            request.page_token = token

    async def browse_children(
        self,
        parent: GalaxyObject | int | None = None,
        *,
        parent_tag_name: str | None = None,
        parent_contained_path: str | None = None,
        **filters: Unpack[FilterArgs],
    ) -> list[GalaxyTreeNode]:
        """One level of the hierarchy: the children of a parent (the roots by default).

        Name the parent by object or gobject id (``parent``), ``parent_tag_name`` or
        ``parent_contained_path``; at most one. Children come areas first, then by
        name, as expandable ``GalaxyTreeNode`` s that keep the filters. All pages are
        fetched.
        """
        if isinstance(parent, GalaxyObject):
            parent = parent.gobject_id
        elif parent is not None and (isinstance(parent, bool) or not isinstance(parent, int)):
            raise InvalidArgumentError(
                f"parent must be a GalaxyObject or a gobject id, not {type(parent).__name__};"
                " use parent_tag_name= or parent_contained_path= for names"
            )
        ref = ObjectRef.optional("parent", parent, parent_tag_name, parent_contained_path)
        return await self._browse_nodes(ref, HierarchyFilter.from_args(filters))

    def tree(self, **filters: Unpack[FilterArgs]) -> GalaxyTreeNode:
        """The top of a lazily browsed tree: ``await tree.expand()`` gives the roots.

        Every node below keeps these filters; nothing is fetched until a node is expanded.
        """
        return GalaxyTreeNode(self, HierarchyFilter.from_args(filters), None, True)

    async def _browse_nodes(
        self, parent: ObjectRef | None, filter: HierarchyFilter
    ) -> list[GalaxyTreeNode]:
        """Every child of ``parent`` (roots for ``None``) passing ``filter``, as tree nodes."""
        request = filter.browse_request(parent)
        nodes: list[GalaxyTreeNode] = []
        seen: set[str] = set()
        while True:
            reply = (
                await self._transport.unary(
                    _SERVICE + "BrowseChildren",
                    request,
                    _BROWSE_RECORDS,
                    operation="BrowseChildren",
                )
            ).value
            children, flags = reply.children, reply.child_has_children
            if len(flags) != len(children):
                raise MalformedReplyError(
                    f"BrowseChildren sent {len(children)} children"
                    f" but {len(flags)} child_has_children flags"
                )
            nodes.extend(
                GalaxyTreeNode(self, filter, _typed(child), has_children)
                for child, has_children in zip(children, flags, strict=True)
            )
            token = reply.next_page_token
            if not token:
                return nodes
            _check_token("BrowseChildren", token, seen)
            request.page_token = token

    def watch_deploy_events(
        self, last_seen_deploy_time: datetime.datetime | None = None
    ) -> DeployEventWatch:
        """Watch deploys: the current deploy state first, then one ``DeployEvent`` per deploy.

        The first event is skipped when the current deploy time equals
        ``last_seen_deploy_time`` (an aware datetime), so a watcher that remembers
        the last time it saw does not process the same deploy twice. Use the result
        in ``async with`` or iterate it; ``aclose()``, leaving the block, ``break``
        or cancelling the task ends the call on the gateway.
        """
        if last_seen_deploy_time is not None:
            if not isinstance(last_seen_deploy_time, datetime.datetime):
                raise InvalidArgumentError(
                    "last_seen_deploy_time must be a datetime,"
                    f" not {type(last_seen_deploy_time).__name__}"
                )
            if last_seen_deploy_time.utcoffset() is None:
                raise InvalidArgumentError(
                    "last_seen_deploy_time must be timezone-aware (e.g. UTC)"
                )
        stream = self._transport.server_stream(
            _SERVICE + "WatchDeployEvents",
            gr.WatchDeployEventsRequest(last_seen_deploy_time=last_seen_deploy_time),
            gr.DeployEvent,
            operation="WatchDeployEvents",
        )
        return DeployEventWatch(stream)
