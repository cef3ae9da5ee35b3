"""Typed, immutable views of Galaxy Repository metadata.

The gateway describes deployed objects, their attributes and deploy events with
``galaxy_repository.v1`` messages; this module turns them into frozen dataclasses
holding plain Python values (tuples, datetimes, enums, ``None`` for "no such
object") so callers never touch the generated bindings.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mxgateway.native import data_type_from_native
from mxgateway.wire.codec import slots_builder

if TYPE_CHECKING:
    from mxgateway.wire.contract import gr, mx

__all__ = [
    "AREA_CATEGORY_ID",
    "DeployEvent",
    "GalaxyAttribute",
    "GalaxyObject",
    "SecurityClassification",
]

AREA_CATEGORY_ID = 13
"""The Galaxy ``category_id`` of areas."""

# GalaxyAttribute.mx_data_type carries the native MXAccess value; the contract's
# MxDataType enum is the native value shifted by +2 (native -1 is UNKNOWN).


class SecurityClassification(enum.IntEnum):
    """Who may write an attribute, as the Galaxy classifies it (0 to 6)."""

    FREE_ACCESS = 0
    OPERATE = 1
    SECURED_WRITE = 2
    VERIFIED_WRITE = 3
    TUNE = 4
    CONFIGURE = 5
    VIEW_ONLY = 6


#: Members by number, so classifying an attribute is a dictionary lookup, not an enum
#: call (per-attribute enum calls dominated the Galaxy walk's profile).
_CLASSIFICATION_BY_VALUE: dict[int, SecurityClassification] = {
    member.value: member for member in SecurityClassification
}


def _classification(raw: int) -> SecurityClassification | int:
    """The enum member for a known classification, else the raw number."""
    return _CLASSIFICATION_BY_VALUE.get(raw, raw)


@dataclass(frozen=True, slots=True)
class GalaxyAttribute:
    """One attribute of a deployed object, with the contract's field names and values.

    ``mx_data_type`` is the native MXAccess data type number, as the repository
    reports it; ``data_type`` is the contract's ``MxDataType`` member for it.
    ``security_classification`` is a ``SecurityClassification`` member (an int) when
    the number is known, else the raw number.
    """

    attribute_name: str
    full_tag_reference: str
    mx_data_type: int
    data_type_name: str
    is_array: bool
    array_dimension: int
    mx_attribute_category: int
    security_classification: SecurityClassification | int
    primitive_name: str
    is_historized: bool
    is_alarm: bool

    @classmethod
    def from_proto(cls, message: gr.GalaxyAttribute) -> GalaxyAttribute:
        """Build the typed attribute from its ``galaxy_repository.v1`` message."""
        return cls(
            attribute_name=message.attribute_name,
            full_tag_reference=message.full_tag_reference,
            mx_data_type=message.mx_data_type,
            data_type_name=message.data_type_name,
            is_array=message.is_array,
            array_dimension=message.array_dimension,
            mx_attribute_category=message.mx_attribute_category,
            security_classification=_classification(message.security_classification),
            primitive_name=message.primitive_name,
            is_historized=message.is_historized,
            is_alarm=message.is_alarm,
        )

    @classmethod
    def from_fields(
        cls, fields: dict[str, Any], data: bytes, start: int, end: int
    ) -> GalaxyAttribute:
        """Record-decoding factory (``wire.codec.Records``): the attribute from its fields.

        Built by ``slots_builder``: ``__init__`` costs more than decoding the attribute.
        """
        classification = fields["security_classification"]
        return _build_attribute(
            fields["attribute_name"],
            fields["full_tag_reference"],
            fields["mx_data_type"],
            fields["data_type_name"],
            fields["is_array"],
            fields["array_dimension"],
            fields["mx_attribute_category"],
            _CLASSIFICATION_BY_VALUE.get(classification, classification),
            fields["primitive_name"],
            fields["is_historized"],
            fields["is_alarm"],
        )

    @property
    def data_type(self) -> mx.MxDataType:
        """The contract's ``MxDataType`` for ``mx_data_type`` (``UNKNOWN`` when unmapped)."""
        return data_type_from_native(self.mx_data_type)


@dataclass(frozen=True, slots=True)
class GalaxyObject:
    """A deployed Galaxy object (an instance, never a template), with the contract's fields.

    Object ids keep the contract's convention: 0 means none (a root has
    ``parent_gobject_id == 0``; ``is_root`` says so). ``template_chain`` lists the
    nearest template first (e.g. ``("$TestMachine", "$gMachine", "$UserDefined")``).
    ``attributes`` is empty when they were not requested.
    """

    gobject_id: int
    tag_name: str
    contained_name: str
    hierarchical_name: str
    parent_gobject_id: int
    is_area: bool
    category_id: int
    template_chain: tuple[str, ...]
    attributes: tuple[GalaxyAttribute, ...]
    contained_path: str
    area_gobject_id: int
    hosted_by_gobject_id: int

    @classmethod
    def from_proto(cls, message: gr.GalaxyObject) -> GalaxyObject:
        """Build the typed object (and its attributes) from its ``galaxy_repository.v1`` message."""
        return cls(
            gobject_id=message.gobject_id,
            tag_name=message.tag_name,
            contained_name=message.contained_name,
            hierarchical_name=message.hierarchical_name,
            parent_gobject_id=message.parent_gobject_id,
            is_area=message.is_area,
            category_id=message.category_id,
            template_chain=tuple(message.template_chain),
            attributes=tuple(GalaxyAttribute.from_proto(a) for a in message.attributes),
            contained_path=message.contained_path,
            area_gobject_id=message.area_gobject_id,
            hosted_by_gobject_id=message.hosted_by_gobject_id,
        )

    @classmethod
    def from_fields(cls, fields: dict[str, Any], data: bytes, start: int, end: int) -> GalaxyObject:
        """Record-decoding factory (``wire.codec.Records``): the object from its decoded
        fields, whose ``attributes`` the ``GalaxyAttribute`` factory already built.

        Built by ``slots_builder``, as attributes are.
        """
        return _build_object(
            fields["gobject_id"],
            fields["tag_name"],
            fields["contained_name"],
            fields["hierarchical_name"],
            fields["parent_gobject_id"],
            fields["is_area"],
            fields["category_id"],
            tuple(fields["template_chain"]),
            tuple(fields["attributes"]),
            fields["contained_path"],
            fields["area_gobject_id"],
            fields["hosted_by_gobject_id"],
        )

    @property
    def is_root(self) -> bool:
        """True for an object at the top of the hierarchy (``parent_gobject_id == 0``)."""
        return self.parent_gobject_id == 0

    def attribute(self, attribute_name: str) -> GalaxyAttribute:
        """The attribute with this name (case-insensitive, as Galaxy names are).

        Raises ``KeyError`` when the object has no such attribute or its
        attributes were not requested.
        """
        wanted = attribute_name.casefold()
        for attribute in self.attributes:
            if attribute.attribute_name.casefold() == wanted:
                return attribute
        raise KeyError(f"{self.tag_name} has no attribute {attribute_name!r}")


_build_attribute = slots_builder(GalaxyAttribute)
_build_object = slots_builder(GalaxyObject)


@dataclass(frozen=True, slots=True)
class DeployEvent:
    """The Galaxy's deploy state: sent once at watch start, then once per deploy.

    ``time_of_last_deploy`` is ``None`` for a galaxy that was never deployed.
    ``sequence`` increases by one per event for a gateway run; a jump means the
    gateway dropped events for this subscriber (``missed`` counts them when the
    watcher knows the previous sequence).
    """

    sequence: int
    time_of_last_deploy: datetime.datetime | None
    object_count: int
    attribute_count: int
    missed: int = 0

    @classmethod
    def from_proto(cls, message: gr.DeployEvent, *, missed: int = 0) -> DeployEvent:
        """Build the typed event from its ``galaxy_repository.v1`` message."""
        return cls(
            sequence=message.sequence,
            time_of_last_deploy=deploy_time_from_proto(
                message.time_of_last_deploy, message.time_of_last_deploy_present
            ),
            object_count=message.object_count,
            attribute_count=message.attribute_count,
            missed=missed,
        )

    @property
    def time_of_last_deploy_present(self) -> bool:
        """The contract's flag: False for a galaxy that was never deployed."""
        return self.time_of_last_deploy is not None


def deploy_time_from_proto(
    time: datetime.datetime | None, present: bool
) -> datetime.datetime | None:
    """The deploy time as an aware UTC datetime, ``None`` when the galaxy was never deployed."""
    if not present or time is None:
        return None
    if time.tzinfo is None:
        return time.replace(tzinfo=datetime.UTC)
    return time
