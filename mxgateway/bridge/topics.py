"""The bridge's topic tree: ``<prefix>/<area path>/<object>/<attribute>`` and its companions.

A tag ``Object.Attribute`` of an object in area ``Plant/Line3`` is published on
``<prefix>/Plant/Line3/Object/Attribute``; attribute names keep their dots
(``TestAlarm001.InAlarm`` stays one level). A write request for it arrives on
``<topic>/set`` and its outcome leaves on ``<topic>/set/result``. The bridge's own
state and statistics live under ``<prefix>/$bridge/<id>/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from mxgateway.errors import InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "RESULT_SUFFIX",
    "SET_SUFFIX",
    "BridgedTag",
    "TopicMap",
    "bridge_topic",
    "split_tag",
    "topic_level",
]

#: Appended to a tag's topic for write requests.
SET_SUFFIX: Final = "/set"
#: Appended to a tag's set topic for write outcomes.
RESULT_SUFFIX: Final = "/result"
_UNSAFE: Final = str.maketrans({"/": "_", "+": "_", "#": "_", "\0": "_"})


def topic_level(name: str) -> str:
    """``name`` as one topic level: ``/``, ``+``, ``#`` and NUL become ``_``, no leading ``$``."""
    level = name.translate(_UNSAFE)
    return "_" + level[1:] if level.startswith("$") else level


def split_tag(tag: str) -> tuple[str, str]:
    """``"Object.Attribute.Field"`` -> ``("Object", "Attribute.Field")``."""
    obj, dot, attribute = tag.partition(".")
    if not obj or not dot or not attribute:
        raise InvalidArgumentError(f"tag {tag!r} is not of the form Object.Attribute")
    return obj, attribute


def bridge_topic(prefix: str, bridge_id: str, leaf: str) -> str:
    """A topic of the bridge itself: ``<prefix>/$bridge/<id>/<leaf>``."""
    return f"{prefix}/$bridge/{bridge_id}/{leaf}"


@dataclass(frozen=True)
class BridgedTag:
    """One tag and where it goes: ``area_path`` is ``""`` for an object outside any area."""

    tag: str
    area_path: str
    object_name: str
    attribute: str

    def topic(self, prefix: str) -> str:
        """The tag's value topic under ``prefix``."""
        levels = [prefix]
        levels += [topic_level(area) for area in self.area_path.split("/") if area]
        levels += [topic_level(self.object_name), topic_level(self.attribute)]
        return "/".join(levels)


class TopicMap:
    """Both directions between tags and topics, for one prefix."""

    def __init__(self, prefix: str, tags: Iterable[BridgedTag]) -> None:
        self.prefix = prefix
        self.topics: dict[str, str] = {}
        self._tags_by_set_topic: dict[str, str] = {}
        for bridged in tags:
            topic = bridged.topic(prefix)
            other = self._tags_by_set_topic.get(topic + SET_SUFFIX)
            if other is not None:
                raise InvalidArgumentError(
                    f"tags {other!r} and {bridged.tag!r} share the topic {topic}"
                )
            self.topics[bridged.tag] = topic
            self._tags_by_set_topic[topic + SET_SUFFIX] = bridged.tag

    def __len__(self) -> int:
        return len(self.topics)

    @property
    def tags(self) -> list[str]:
        """Every bridged tag, in selection order."""
        return list(self.topics)

    def topic(self, tag: str) -> str | None:
        """The value topic of ``tag`` (None when it is not bridged)."""
        return self.topics.get(tag)

    def tag_for_set_topic(self, topic: str) -> str | None:
        """The tag whose ``set`` topic ``topic`` is (None for any other topic)."""
        return self._tags_by_set_topic.get(topic)

    def set_topics(self) -> list[str]:
        """Every ``set`` topic, to subscribe to when writes are enabled."""
        return list(self._tags_by_set_topic)
