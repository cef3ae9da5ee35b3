"""Galaxy Repository commands: connection test, last deploy, discover, browse, watch."""

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Group, Parameter

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.connect import on_galaxy
from mxgateway.cli.runner import Outcome, run
from mxgateway.cli.stream_cmds import MaxMessages

if TYPE_CHECKING:
    from mxgateway.galaxy import GalaxyRepositoryClient
    from mxgateway.galaxy.filters import FilterArgs
    from mxgateway.galaxy.model import GalaxyObject

__all__ = [
    "GalaxyFilters",
    "galaxy_browse",
    "galaxy_discover",
    "galaxy_last_deploy",
    "galaxy_test_connection",
    "galaxy_watch",
]

FILTERS = Group("Filters", sort_key=80)


@Parameter(name="*", group=FILTERS)
@dataclass(frozen=True)
class GalaxyFilters:
    """Which objects galaxy-discover and galaxy-browse return."""

    category: Annotated[
        list[int] | None, Parameter(consume_multiple=True, negative="", show_default=False)
    ] = None
    """Only objects of these Galaxy category ids (13 = area)."""

    template: Annotated[
        list[str] | None, Parameter(consume_multiple=True, negative="", show_default=False)
    ] = None
    """Only objects whose template chain contains one of these (e.g. $TestMachine)."""

    tag_glob: Annotated[str | None, Parameter(show_default=False)] = None
    """Only tag names matching this glob (* and ?, whole name, case-insensitive)."""

    attributes: bool = True
    """Include each object's attributes (--no-attributes for much smaller replies)."""

    alarm_bearing_only: Annotated[bool, Parameter(negative="")] = False
    """Only objects with at least one alarm attribute."""

    historized_only: Annotated[bool, Parameter(negative="")] = False
    """Only objects with at least one historized attribute."""

    page_size: Annotated[int | None, Parameter(show_default=False)] = None
    """Objects per request (1-5000; default: the gateway's). Paging is handled for you."""

    def filter_args(self) -> "FilterArgs":
        """These filters as the library's filter keywords."""
        from mxgateway.galaxy.filters import FilterArgs

        return FilterArgs(
            category_ids=self.category or (),
            template_chain_contains=self.template or (),
            tag_name_glob=self.tag_glob,
            include_attributes=self.attributes,
            alarm_bearing_only=self.alarm_bearing_only,
            historized_only=self.historized_only,
            page_size=self.page_size,
        )


DEFAULT_FILTERS = GalaxyFilters()


def galaxy_test_connection(*, common: Common = DEFAULT_COMMON) -> int:
    """Check that the gateway reaches the Galaxy Repository database (exit 5 when it does not)."""

    async def action(client: "GalaxyRepositoryClient") -> Outcome:
        from mxgateway.cli.exit_codes import COMMAND_FAILED, OK

        ok = await client.test_connection()
        if not ok:
            print(
                "mxgw-py: galaxy-test-connection: the gateway cannot reach the Galaxy "
                "Repository database",
                file=sys.stderr,
            )
        return Outcome({"ok": ok}, OK if ok else COMMAND_FAILED)

    return run(common, lambda: on_galaxy(common, action))


def galaxy_last_deploy(*, common: Common = DEFAULT_COMMON) -> int:
    """Print when the galaxy was last deployed (null if never)."""

    async def action(client: "GalaxyRepositoryClient") -> dict[str, Any]:
        from mxgateway.cli.jsonify import to_json

        return {"timeOfLastDeploy": to_json(await client.get_last_deploy_time())}

    return run(common, lambda: on_galaxy(common, action))


def _object_row(obj: "GalaxyObject", **extra: Any) -> dict[str, Any]:
    return {
        "gobjectId": obj.gobject_id,
        "tagName": obj.tag_name,
        "containedPath": obj.contained_path,
        "template": obj.template_chain[0] if obj.template_chain else "",
        "attributes": len(obj.attributes),
        **extra,
    }


def _show_objects(document: dict[str, Any], key: str, rows: list[dict[str, Any]]) -> None:
    from mxgateway.cli.render import show_document

    show_document({k: v for k, v in document.items() if k != key} | {key: rows})


def galaxy_discover(
    *,
    root: Annotated[str | None, Parameter(show_default=False)] = None,
    root_id: Annotated[int | None, Parameter(show_default=False)] = None,
    root_path: Annotated[str | None, Parameter(show_default=False)] = None,
    max_depth: Annotated[int | None, Parameter(show_default=False)] = None,
    filters: GalaxyFilters = DEFAULT_FILTERS,
    common: Common = DEFAULT_COMMON,
) -> int:
    """List the deployed objects, all pages, with progress on a terminal's stderr.

    Parameters
    ----------
    root
        Start at the object with this tag name.
    root_id
        Start at the object with this gobject id.
    root_path
        Start at the object with this contained path (levels separated by /).
    max_depth
        Levels to walk from the start (1: the start level only; default: all).
    """
    rows: list[dict[str, Any]] = []

    async def action(client: "GalaxyRepositoryClient") -> dict[str, Any]:
        from mxgateway.cli.jsonify import galaxy_object_document
        from mxgateway.cli.progress import Progress

        progress = Progress()
        objects: list[Any] = []
        total = 0
        pages = client.iter_hierarchy_pages(
            root_tag_name=root,
            root_gobject_id=root_id,
            root_contained_path=root_path,
            max_depth=max_depth,
            **filters.filter_args(),
        )
        try:
            async for page in pages:
                total = page.total_object_count
                if common.json:
                    objects += [galaxy_object_document(obj) for obj in page.objects]
                else:
                    rows.extend(_object_row(obj) for obj in page.objects)
                progress.update(f"discovered {len(objects) + len(rows)} of {total} objects")
        finally:
            progress.done()
        return {"totalObjectCount": total, "objects": objects}

    return run(
        common,
        lambda: on_galaxy(common, action),
        show=lambda document: _show_objects(document, "objects", rows),
    )


def galaxy_browse(
    *,
    parent: Annotated[str | None, Parameter(show_default=False)] = None,
    parent_id: Annotated[int | None, Parameter(show_default=False)] = None,
    parent_path: Annotated[str | None, Parameter(show_default=False)] = None,
    filters: GalaxyFilters = DEFAULT_FILTERS,
    common: Common = DEFAULT_COMMON,
) -> int:
    """List one level of the hierarchy: the children of a parent (the roots by default).

    Parameters
    ----------
    parent
        Tag name of the parent.
    parent_id
        Gobject id of the parent.
    parent_path
        Contained path of the parent (levels separated by /).
    """
    rows: list[dict[str, Any]] = []

    async def action(client: "GalaxyRepositoryClient") -> dict[str, Any]:
        from mxgateway.cli.jsonify import galaxy_object_document

        nodes = await client.browse_children(
            parent_id,
            parent_tag_name=parent,
            parent_contained_path=parent_path,
            **filters.filter_args(),
        )
        children = []
        for node in nodes:
            assert node.object is not None
            rows.append(_object_row(node.object, hasChildren=node.has_children))
            children.append(
                {**galaxy_object_document(node.object), "hasChildren": node.has_children}
            )
        return {"children": children}

    return run(
        common,
        lambda: on_galaxy(common, action),
        show=lambda document: _show_objects(document, "children", rows),
    )


def galaxy_watch(
    *,
    max_events: MaxMessages = None,
    last_seen: Annotated[str | None, Parameter(show_default=False)] = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Print deploy events as they happen, until --max-events or --timeout.

    Parameters
    ----------
    last_seen
        Deploy time already seen (ISO 8601): the first event is skipped when it matches.
    """

    async def work() -> None:
        from mxgateway.cli.parsing import parse_timestamp

        since = parse_timestamp(last_seen, "--last-seen") if last_seen is not None else None

        async def action(client: "GalaxyRepositoryClient") -> None:
            from mxgateway.cli.jsonify import deploy_event_document
            from mxgateway.cli.render import deploy_line
            from mxgateway.cli.streaming import print_stream

            async with client.watch_deploy_events(since) as watch:
                await print_stream(
                    watch,
                    common,
                    deploy_event_document,
                    deploy_line,
                    max_items=max_events,
                    noun="deploy events",
                )

        await on_galaxy(common, action, streaming=True)

    return run(common, work)
