"""Conversion of galaxy_repository.v1 messages into the typed, immutable model."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from mxgateway.galaxy.model import DeployEvent, GalaxyObject, SecurityClassification
from mxgateway.wire.contract import gr, mx

UTC = datetime.UTC


def _object_message() -> gr.GalaxyObject:
    return gr.GalaxyObject(
        gobject_id=42,
        tag_name="TestMachine_001",
        contained_name="TestMachine_001",
        hierarchical_name="TestArea.TestMachine_001",
        parent_gobject_id=0,
        is_area=False,
        category_id=10,
        template_chain=["$TestMachine", "$gMachine", "$UserDefined"],
        contained_path="TestArea/TestMachine_001",
        area_gobject_id=3,
        hosted_by_gobject_id=0,
        attributes=[
            gr.GalaxyAttribute(
                attribute_name="TestIntArray",
                full_tag_reference="TestMachine_001.TestIntArray",
                mx_data_type=2,
                data_type_name="Integer",
                is_array=True,
                array_dimension=5,
                mx_attribute_category=3,
                security_classification=2,
                primitive_name="",
                is_historized=True,
                is_alarm=False,
            ),
            gr.GalaxyAttribute(attribute_name="Odd", mx_data_type=999, security_classification=42),
        ],
    )


def test_object_fields_keep_the_contracts_names_and_values() -> None:
    obj = GalaxyObject.from_proto(_object_message())
    assert obj.gobject_id == 42
    assert obj.parent_gobject_id == 0  # a root, as the contract (and seed code) says
    assert obj.is_root
    assert obj.area_gobject_id == 3
    assert obj.hosted_by_gobject_id == 0
    assert obj.template_chain == ("$TestMachine", "$gMachine", "$UserDefined")
    assert obj.contained_path == "TestArea/TestMachine_001"
    array = obj.attribute("testintarray")
    assert array.data_type is mx.MxDataType.INTEGER
    assert array.mx_data_type == 2
    assert array.is_array
    assert array.array_dimension == 5
    assert array.mx_attribute_category == 3
    assert array.security_classification is SecurityClassification.SECURED_WRITE
    assert array.is_historized
    assert not array.is_alarm


def test_unknown_native_numbers_are_kept_raw() -> None:
    odd = GalaxyObject.from_proto(_object_message()).attribute("Odd")
    assert odd.data_type is mx.MxDataType.UNKNOWN
    assert odd.mx_data_type == 999
    assert odd.security_classification == 42


def test_missing_attribute_is_a_key_error_naming_the_object() -> None:
    obj = GalaxyObject.from_proto(_object_message())
    with pytest.raises(KeyError, match="TestMachine_001 has no attribute 'Nope'"):
        obj.attribute("Nope")


def test_model_is_frozen_and_slotted() -> None:
    obj = GalaxyObject.from_proto(_object_message())
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.tag_name = "x"  # type: ignore[misc]
    assert not hasattr(obj, "__dict__")
    assert not hasattr(obj.attributes[0], "__dict__")
    assert hash(obj.attributes[0]) == hash(GalaxyObject.from_proto(_object_message()).attributes[0])


def test_deploy_event_time_is_none_when_never_deployed() -> None:
    when = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    event = DeployEvent.from_proto(
        gr.DeployEvent(
            sequence=3,
            time_of_last_deploy=when,
            time_of_last_deploy_present=True,
            object_count=20,
            attribute_count=400,
        )
    )
    assert event == DeployEvent(
        sequence=3, time_of_last_deploy=when, object_count=20, attribute_count=400
    )
    never = DeployEvent.from_proto(gr.DeployEvent(sequence=1, time_of_last_deploy=when))
    assert never.time_of_last_deploy is None
