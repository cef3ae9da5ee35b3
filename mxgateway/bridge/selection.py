"""Which tags a bridge carries and where each sits in the Galaxy's area hierarchy.

A Galaxy selection walks DiscoverHierarchy once with the selection's filters and takes
each attribute that passes the attribute filters. A tag list walks the hierarchy once
without attributes, only to find each object's area; an object the Galaxy does not know
(or a Galaxy Repository that cannot be read) puts its tags directly under the prefix.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final

from mxgateway.bridge.topics import BridgedTag, split_tag
from mxgateway.bridge.writes import glob_matches
from mxgateway.errors import MxGatewayError

if TYPE_CHECKING:
    from mxgateway.bridge.config import TagSelection
    from mxgateway.galaxy import GalaxyRepositoryClient
    from mxgateway.galaxy.model import GalaxyAttribute, GalaxyObject

__all__ = ["AREA_CATEGORY", "select_tags"]

#: The Galaxy category id of areas.
AREA_CATEGORY: Final = 13
_log = logging.getLogger(__name__)


async def select_tags(galaxy: GalaxyRepositoryClient, selection: TagSelection) -> list[BridgedTag]:
    """The tags ``selection`` names, each with its area path, in a stable order."""
    selection.check_chosen()
    if selection.from_galaxy:
        return await _galaxy_tags(galaxy, selection)
    return await _listed_tags(galaxy, selection.listed_tags())


async def _area_paths(galaxy: GalaxyRepositoryClient) -> dict[int, str]:
    """Area gobject id -> its contained path (``Plant/Line3``)."""
    return {
        area.gobject_id: area.contained_path or area.tag_name
        async for area in galaxy.iter_hierarchy(
            category_ids=[AREA_CATEGORY], include_attributes=False
        )
    }


def _area_of(obj: GalaxyObject, areas: dict[int, str]) -> str:
    """The object's area path; ``""`` outside any area (area id 0, as the contract says)."""
    return areas.get(obj.area_gobject_id, "")


def _keep(attribute: GalaxyAttribute, selection: TagSelection) -> bool:
    """The per-attribute filters: historized, alarm-bearing and the attribute glob."""
    if selection.historized_only and not attribute.is_historized:
        return False
    if selection.alarm_only and not attribute.is_alarm:
        return False
    pattern = selection.attribute_glob
    return pattern is None or glob_matches(attribute.attribute_name, (pattern,))


async def _galaxy_tags(galaxy: GalaxyRepositoryClient, selection: TagSelection) -> list[BridgedTag]:
    areas = await _area_paths(galaxy)
    tags: list[BridgedTag] = []
    async for obj in galaxy.iter_hierarchy(
        root_contained_path=selection.area,
        template_chain_contains=selection.templates,
        tag_name_glob=selection.object_glob,
        historized_only=selection.historized_only,
        alarm_bearing_only=selection.alarm_only,
        include_attributes=True,
    ):
        area = _area_of(obj, areas)
        # An array attribute is subscribed whole: MXAccess names it ``Attribute[]``.
        tags += [
            BridgedTag(
                a.full_tag_reference + ("[]" if a.is_array else ""),
                area,
                obj.tag_name,
                a.attribute_name,
            )
            for a in obj.attributes
            if _keep(a, selection) and a.full_tag_reference
        ]
    return tags


async def _listed_tags(galaxy: GalaxyRepositoryClient, listed: list[str]) -> list[BridgedTag]:
    parts = [split_tag(tag) for tag in listed]
    wanted = {obj.casefold() for obj, _ in parts}
    object_areas: dict[str, str] = {}
    try:
        areas = await _area_paths(galaxy)
        async for obj in galaxy.iter_hierarchy(include_attributes=False):
            if obj.tag_name.casefold() in wanted:
                object_areas[obj.tag_name.casefold()] = _area_of(obj, areas)
    except MxGatewayError as exc:
        _log.warning("no area paths for the listed tags (Galaxy Repository: %s)", exc)
    return [
        BridgedTag(tag, object_areas.get(obj.casefold(), ""), obj, attribute)
        for tag, (obj, attribute) in zip(listed, parts, strict=True)
    ]
