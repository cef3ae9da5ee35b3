"""The GalaxyRepository gRPC service over the repository cache.

Paging tokens are opaque: they name the snapshot, the query and an offset, so
a token from before a redeploy, or from a different query, is INVALID_ARGUMENT.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
from typing import TYPE_CHECKING, Any

import betterproto2
import grpclib.server
from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.simulator.auth import require_scope
from mxgateway.simulator.globs import glob_matcher
from mxgateway.wire.contract import gr

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Sequence

    from mxgateway.simulator.galaxy import Galaxy, GObject
    from mxgateway.simulator.repository import RepositoryCache, Snapshot

__all__ = ["GalaxyService", "object_message"]

DEFAULT_PAGE_SIZE = 500
MAX_PAGE_SIZE = 5000
_SCOPE = "metadata:read"


def object_message(galaxy: Galaxy, obj: GObject, include_attributes: bool) -> gr.GalaxyObject:
    """The GalaxyObject message for ``obj``."""
    attributes = []
    if include_attributes:
        attributes = [
            gr.GalaxyAttribute(
                attribute_name=attr.name,
                full_tag_reference=f"{obj.tag_name}.{attr.name}",
                mx_data_type=attr.native_type,
                data_type_name=attr.data_type_name,
                is_array=attr.is_array,
                array_dimension=attr.array_length,
                mx_attribute_category=attr.mx_category,
                security_classification=int(attr.classification),
                primitive_name=attr.primitive,
                is_historized=attr.historized,
                is_alarm=attr.alarm,
            )
            for attr in obj.attributes
        ]
    return gr.GalaxyObject(
        gobject_id=obj.gobject_id,
        tag_name=obj.tag_name,
        contained_name=obj.contained_name,
        hierarchical_name=obj.hierarchical_name,
        parent_gobject_id=obj.parent_id,
        is_area=obj.is_area,
        category_id=obj.category_id,
        template_chain=list(obj.template_chain),
        attributes=attributes,
        contained_path=obj.contained_path,
        area_gobject_id=obj.area_id,
        hosted_by_gobject_id=obj.host_id,
    )


def _filter(request: Any) -> Callable[[GObject], bool] | None:
    """A predicate for the request's filters, or None when it has none."""
    categories = set(request.category_ids)
    templates = {t.lower() for t in request.template_chain_contains}
    glob = glob_matcher(request.tag_name_glob) if request.tag_name_glob else None
    alarm_only = request.alarm_bearing_only
    historized_only = request.historized_only
    if not (categories or templates or glob or alarm_only or historized_only):
        return None

    def keep(obj: GObject) -> bool:
        if categories and obj.category_id not in categories:
            return False
        if templates and not templates.intersection(t.lower() for t in obj.template_chain):
            return False
        if glob is not None and not glob.fullmatch(obj.tag_name):
            return False
        if alarm_only and not any(a.alarm for a in obj.attributes):
            return False
        return not historized_only or any(a.historized for a in obj.attributes)

    return keep


def _page_size(requested: int) -> int:
    if requested < 0:
        raise GRPCError(Status.INVALID_ARGUMENT, f"page_size must be >= 0, got {requested}")
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


def _query_digest(request: Any, exclude: tuple[str, ...]) -> str:
    fields = request.to_dict()
    for name in exclude:
        fields.pop(name, None)
    return hashlib.sha256(repr(sorted(fields.items())).encode()).hexdigest()[:16]


def _encode_token(snapshot: Snapshot, digest: str, offset: int) -> str:
    raw = f"{snapshot.token}:{digest}:{offset}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str, snapshot: Snapshot, digest: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        snapshot_token, token_digest, offset_text = raw.split(":")
        offset = int(offset_text)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise GRPCError(Status.INVALID_ARGUMENT, "page_token is not a valid page token") from None
    if snapshot_token != snapshot.token:
        raise GRPCError(
            Status.INVALID_ARGUMENT,
            "page_token is stale: the galaxy was redeployed since; start from the first page",
        )
    if token_digest != digest or offset < 0:
        raise GRPCError(Status.INVALID_ARGUMENT, "page_token belongs to a different query")
    return offset


class _Filtered:
    """Per-snapshot cache of filtered id lists, so paging a big galaxy stays fast."""

    def __init__(self) -> None:
        self._token = ""
        self._lists: dict[str, Sequence[int]] = {}

    def get(
        self, snapshot: Snapshot, digest: str, ids: Sequence[int], keep: Callable[[GObject], bool]
    ) -> Sequence[int]:
        if self._token != snapshot.token:
            self._token = snapshot.token
            self._lists.clear()
        found = self._lists.get(digest)
        if found is None:
            galaxy = snapshot.galaxy
            found = [gid for gid in ids if keep(galaxy.get(gid))]  # type: ignore[arg-type]
            if len(self._lists) >= 16:
                self._lists.clear()
            self._lists[digest] = found
        return found


class GalaxyService(gr.GalaxyRepositoryBase):
    """GalaxyRepository served from the simulator's repository cache."""

    def __init__(self, cache: RepositoryCache) -> None:
        self._cache = cache
        self._filtered = _Filtered()

    async def _call_rpc_handler_server_stream(
        self, handler: Callable[..., Any], stream: grpclib.server.Stream[Any, Any], request: Any
    ) -> None:
        async with contextlib.aclosing(handler(request)) as messages:
            async for message in messages:
                await stream.send_message(message)

    async def test_connection(self, message: gr.TestConnectionRequest) -> gr.TestConnectionReply:
        require_scope(_SCOPE)
        return gr.TestConnectionReply(ok=self._cache.database.available)

    async def get_last_deploy_time(
        self, message: gr.GetLastDeployTimeRequest
    ) -> gr.GetLastDeployTimeReply:
        require_scope(_SCOPE)
        snapshot = self._cache.snapshot()
        return gr.GetLastDeployTimeReply(
            time_of_last_deploy=snapshot.deploy_time,
            time_of_last_deploy_present=snapshot.deploy_time is not None,
        )

    def _resolve(self, galaxy: Galaxy, which: str, value: Any) -> GObject:
        if which.endswith("gobject_id"):
            obj = galaxy.get(value)
        elif which.endswith("tag_name"):
            obj = galaxy.find_tag(value)
        else:
            obj = galaxy.find_path(value)
        if obj is None:
            raise GRPCError(Status.NOT_FOUND, f"No object with {which} {value!r}")
        return obj

    def _page(
        self,
        request: Any,
        snapshot: Snapshot,
        ids: Sequence[int],
        digest_exclude: tuple[str, ...],
    ) -> tuple[Sequence[int], int, str]:
        """The requested page of ``ids`` after filters, the filtered total and the next token."""
        digest = _query_digest(request, digest_exclude)
        keep = _filter(request)
        selected = ids if keep is None else self._filtered.get(snapshot, digest, ids, keep)
        size = _page_size(request.page_size)
        offset = _decode_token(request.page_token, snapshot, digest) if request.page_token else 0
        page = selected[offset : offset + size]
        end = offset + len(page)
        token = _encode_token(snapshot, digest, end) if end < len(selected) else ""
        return page, len(selected), token

    async def discover_hierarchy(
        self, message: gr.DiscoverHierarchyRequest
    ) -> gr.DiscoverHierarchyReply:
        require_scope(_SCOPE)
        if message.max_depth < 0:
            raise GRPCError(Status.INVALID_ARGUMENT, "max_depth must be >= 0")
        snapshot = self._cache.snapshot()
        galaxy = snapshot.galaxy
        which, value = betterproto2.which_one_of(message, "root")
        root = self._resolve(galaxy, which, value).gobject_id if which else None
        order = galaxy.walk(root, message.max_depth)
        page, total, token = self._page(message, snapshot, order, ("pageSize", "pageToken"))
        include = message.include_attributes is None or message.include_attributes
        objects = [object_message(galaxy, galaxy.get(gid), include) for gid in page]  # type: ignore[arg-type]
        return gr.DiscoverHierarchyReply(
            objects=objects, next_page_token=token, total_object_count=total
        )

    async def browse_children(self, message: gr.BrowseChildrenRequest) -> gr.BrowseChildrenReply:
        require_scope(_SCOPE)
        snapshot = self._cache.snapshot()
        galaxy = snapshot.galaxy
        which, value = betterproto2.which_one_of(message, "parent")
        parent = self._resolve(galaxy, which, value).gobject_id if which else 0
        children = galaxy.children(parent)
        page, _, token = self._page(message, snapshot, children, ("pageSize", "pageToken"))
        include = message.include_attributes is None or message.include_attributes
        objects = [object_message(galaxy, galaxy.get(gid), include) for gid in page]  # type: ignore[arg-type]
        return gr.BrowseChildrenReply(
            children=objects,
            next_page_token=token,
            child_has_children=[galaxy.has_children(gid) for gid in page],
        )

    async def watch_deploy_events(
        self, message: gr.WatchDeployEventsRequest
    ) -> AsyncIterator[gr.DeployEvent]:
        require_scope(_SCOPE)
        snapshot = self._cache.snapshot()
        watch = self._cache.watch()
        try:
            if message.last_seen_deploy_time != snapshot.deploy_time:
                yield snapshot.deploy_event()
            while True:
                yield await watch.next()
        finally:
            self._cache.unwatch(watch)
