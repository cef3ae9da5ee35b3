"""The synthetic galaxy: a deterministic, lazily built object hierarchy.

Objects are numbered arithmetically and built on demand, so a galaxy of 100 000
machines costs almost nothing until it is browsed. Layout (A areas, N machines):
``TestArea`` (id 1) is the root; further areas ``TestArea_002`` .. are
contained in it; ``TestPlatform`` and ``TestAppEngine`` live in ``TestArea``;
``TestMachine_001`` .. ``TestMachine_NNN`` (template ``$TestMachine``) are
spread over the areas; ``TestChildObject`` (contained name ``Child``) sits
inside ``TestMachine_001``.
"""

from __future__ import annotations

import enum
import functools
import re
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mxgateway.simulator.attributes import CHILD_ATTRIBUTES, MACHINE_ATTRIBUTES, AttributeDef

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["AREA_CATEGORY", "GObject", "Galaxy", "ObjectKind"]

AREA_CATEGORY = 13
PLATFORM_CATEGORY = 1
ENGINE_CATEGORY = 3
USER_DEFINED_CATEGORY = 10
GALAXY_NAME = "Galaxy"

_MACHINE_TAG = re.compile(r"testmachine_(\d+)", re.IGNORECASE)


class ObjectKind(enum.Enum):
    """What an object is, which fixes its template and attributes."""

    AREA = "area"
    PLATFORM = "platform"
    ENGINE = "engine"
    MACHINE = "machine"
    CHILD = "child"


_TEMPLATES: dict[ObjectKind, tuple[str, ...]] = {
    ObjectKind.AREA: ("$Area",),
    ObjectKind.PLATFORM: ("$WinPlatform",),
    ObjectKind.ENGINE: ("$AppEngine",),
    ObjectKind.MACHINE: ("$TestMachine", "$gMachine", "$UserDefined"),
    ObjectKind.CHILD: ("$TestChildObject", "$UserDefined"),
}
_CATEGORIES = {
    ObjectKind.AREA: AREA_CATEGORY,
    ObjectKind.PLATFORM: PLATFORM_CATEGORY,
    ObjectKind.ENGINE: ENGINE_CATEGORY,
    ObjectKind.MACHINE: USER_DEFINED_CATEGORY,
    ObjectKind.CHILD: USER_DEFINED_CATEGORY,
}
_ATTRIBUTES: dict[ObjectKind, tuple[AttributeDef, ...]] = {
    ObjectKind.AREA: (),
    ObjectKind.PLATFORM: (),
    ObjectKind.ENGINE: (),
    ObjectKind.MACHINE: MACHINE_ATTRIBUTES,
    ObjectKind.CHILD: CHILD_ATTRIBUTES,
}
_ATTRIBUTE_INDEX: dict[ObjectKind, dict[str, AttributeDef]] = {
    kind: {a.name.lower(): a for a in attrs} for kind, attrs in _ATTRIBUTES.items()
}


@dataclass(frozen=True)
class GObject:
    """One deployed object of the galaxy."""

    gobject_id: int
    tag_name: str
    contained_name: str
    kind: ObjectKind
    parent_id: int
    area_id: int
    host_id: int
    hierarchical_name: str
    contained_path: str

    @property
    def category_id(self) -> int:
        return _CATEGORIES[self.kind]

    @property
    def is_area(self) -> bool:
        return self.kind is ObjectKind.AREA

    @property
    def template_chain(self) -> tuple[str, ...]:
        return _TEMPLATES[self.kind]

    @property
    def attributes(self) -> tuple[AttributeDef, ...]:
        return _ATTRIBUTES[self.kind]

    def attribute(self, name: str) -> AttributeDef | None:
        """The attribute called ``name`` (case-insensitive), if the object has one."""
        return _ATTRIBUTE_INDEX[self.kind].get(name.lower())


class Galaxy:
    """One deployed state of the synthetic galaxy (immutable; redeploy makes a new one).

    ``deployed`` False is a galaxy never deployed: it has no deployed objects
    until its first deploy, which brings all ``machines``.
    """

    def __init__(
        self, *, machines: int, areas: int = 1, generation: int = 1, deployed: bool = True
    ) -> None:
        if machines < 0:
            raise ValueError("objects must be >= 0")
        if areas < 1:
            raise ValueError("areas must be >= 1")
        self.machines = machines
        self.areas = areas
        self.generation = generation
        self.deployed = deployed
        self.platform_id = areas + 1
        self.engine_id = areas + 2
        self.child_id = areas + 3
        self._first_machine_id = areas + 4
        self.object_count = areas + 3 + machines if deployed else 0
        self.attribute_count = (
            machines * len(MACHINE_ATTRIBUTES) + len(CHILD_ATTRIBUTES) if deployed else 0
        )
        self._orders: dict[tuple[int, ...], array[int]] = {}
        self._children = functools.lru_cache(maxsize=64)(self._compute_children)
        self._object = functools.lru_cache(maxsize=8192)(self._build)

    def redeployed(self) -> Galaxy:
        """The galaxy after a deploy: the first brings every object, later ones add a machine."""
        machines = self.machines + 1 if self.deployed else self.machines
        return Galaxy(machines=machines, areas=self.areas, generation=self.generation + 1)

    # -- naming -------------------------------------------------------------

    @staticmethod
    def machine_tag(index: int) -> str:
        return f"TestMachine_{index:03d}"

    @staticmethod
    def area_tag(index: int) -> str:
        return "TestArea" if index == 1 else f"TestArea_{index:03d}"

    def machine_id(self, index: int) -> int:
        return self._first_machine_id + index - 1

    def machine_index(self, gobject_id: int) -> int | None:
        index = gobject_id - self._first_machine_id + 1
        return index if 1 <= index <= self.machines else None

    def _machine_area(self, index: int) -> int:
        return 1 + (index - 1) % self.areas

    # -- objects ------------------------------------------------------------

    def get(self, gobject_id: int) -> GObject | None:
        """The object with ``gobject_id``, or None."""
        if not 1 <= gobject_id <= self.object_count:
            return None
        return self._object(gobject_id)

    def _build(self, gid: int) -> GObject:
        if gid <= self.areas:
            tag = self.area_tag(gid)
            path = tag if gid == 1 else f"{self.area_tag(1)}/{tag}"
            parent = 0 if gid == 1 else 1
            return GObject(
                gid, tag, tag, ObjectKind.AREA, parent, parent, self.engine_id, tag, path
            )
        root = self.area_tag(1)
        if gid == self.platform_id:
            tag = "TestPlatform"
            return GObject(gid, tag, tag, ObjectKind.PLATFORM, 1, 1, 0, tag, f"{root}/{tag}")
        if gid == self.engine_id:
            tag = "TestAppEngine"
            kind = ObjectKind.ENGINE
            return GObject(gid, tag, tag, kind, 1, 1, self.platform_id, tag, f"{root}/{tag}")
        if gid == self.child_id:
            tag = "TestChildObject"
            if self.machines == 0:
                return GObject(gid, tag, "Child", ObjectKind.CHILD, 1, 1, 1, tag, f"{root}/Child")
            owner = self._object(self.machine_id(1))
            return GObject(
                gid,
                tag,
                "Child",
                ObjectKind.CHILD,
                owner.gobject_id,
                owner.area_id,
                owner.area_id,
                f"{owner.tag_name}.Child",
                f"{owner.contained_path}/Child",
            )
        index = gid - self._first_machine_id + 1
        tag = self.machine_tag(index)
        area = self._machine_area(index)
        area_obj = self._object(area)
        return GObject(
            gid,
            tag,
            tag,
            ObjectKind.MACHINE,
            area,
            area,
            area,
            tag,
            f"{area_obj.contained_path}/{tag}",
        )

    def find_tag(self, tag_name: str) -> GObject | None:
        """The object whose tag name is ``tag_name`` (case-insensitive), or None."""
        match = _MACHINE_TAG.fullmatch(tag_name)
        if match:
            index = int(match.group(1))
            if 1 <= index <= self.machines and self.machine_tag(index).lower() == tag_name.lower():
                return self.get(self.machine_id(index))
            return None
        lowered = tag_name.lower()
        for gid in (self.platform_id, self.engine_id, self.child_id, *range(1, self.areas + 1)):
            obj = self.get(gid)
            if obj is not None and obj.tag_name.lower() == lowered:
                return obj
        return None

    def find_path(self, contained_path: str) -> GObject | None:
        """The object at ``contained_path`` ("TestArea/TestMachine_001/Child"), or None."""
        parent = 0
        found: GObject | None = None
        for segment in contained_path.strip("/").split("/"):
            found = self._find_contained(parent, segment)
            if found is None:
                return None
            parent = found.gobject_id
        return found

    def _find_contained(self, parent: int, name: str) -> GObject | None:
        candidate = self.find_tag(name)
        if candidate is not None and candidate.parent_id == parent:
            return candidate
        lowered = name.lower()
        children = self.children(parent)
        if len(children) > 1000:
            return None
        for gid in children:
            obj = self.get(gid)
            if obj is not None and obj.contained_name.lower() == lowered:
                return obj
        return None

    # -- hierarchy ----------------------------------------------------------

    def children(self, parent_id: int) -> Sequence[int]:
        """Ids of ``parent_id``'s children (0: the roots), areas first, then by name."""
        result: Sequence[int] = self._children(parent_id)
        return result

    def has_children(self, gobject_id: int) -> bool:
        if self.get(gobject_id) is None:
            return False
        if gobject_id == 1:
            return True
        if gobject_id <= self.areas:
            return self.machines >= gobject_id
        return gobject_id == self.machine_id(1) and self.machines >= 1

    def _compute_children(self, parent_id: int) -> Sequence[int]:
        if not self.deployed:
            return array("i")
        if parent_id == 0:
            return array("i", [1])
        if parent_id <= self.areas:
            ids: list[int] = []
            if parent_id == 1:
                ids.extend(range(2, self.areas + 1))
                ids.extend((self.platform_id, self.engine_id))
                if self.machines == 0:
                    ids.append(self.child_id)
            ids.extend(self.machine_id(i) for i in range(parent_id, self.machines + 1, self.areas))
            return array("i", sorted(ids, key=self._sort_key))
        if self.machines >= 1 and parent_id == self.machine_id(1):
            return array("i", [self.child_id])
        return array("i")

    def _sort_key(self, gobject_id: int) -> tuple[bool, str]:
        obj = self._build(gobject_id)
        return (not obj.is_area, obj.tag_name.lower())

    def walk(self, root_id: int | None, max_depth: int) -> array[int]:
        """Ids in hierarchy order (parents first) from ``root_id`` (None: all roots).

        ``max_depth`` 0 is unlimited; 1 is the root level only.
        """
        key = (root_id or 0, max_depth)
        order = self._orders.get(key)
        if order is None:
            order = array("i", self._walk(root_id, max_depth))
            if len(self._orders) > 16:
                self._orders.clear()
            self._orders[key] = order
        return order

    def _walk(self, root_id: int | None, max_depth: int) -> Iterator[int]:
        stack: list[tuple[int, int]] = (
            [(gid, 1) for gid in reversed(self.children(0))] if root_id is None else [(root_id, 1)]
        )
        while stack:
            gid, depth = stack.pop()
            yield gid
            if max_depth == 0 or depth < max_depth:
                stack.extend((child, depth + 1) for child in reversed(self.children(gid)))
