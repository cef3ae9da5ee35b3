"""Filter and root validation happens before anything is sent, with errors naming the argument."""

from __future__ import annotations

import pytest

from mxgateway.errors import InvalidArgumentError
from mxgateway.galaxy.filters import MAX_PAGE_SIZE, HierarchyFilter, ObjectRef
from mxgateway.wire.contract import gr


def test_defaults_build_an_unfiltered_request_that_asks_for_attributes() -> None:
    request = HierarchyFilter().discover_request(None, None)
    assert request == gr.DiscoverHierarchyRequest(include_attributes=True)


def test_every_filter_reaches_the_discover_request() -> None:
    filter = HierarchyFilter.from_args(
        {
            "category_ids": [13, 10],
            "template_chain_contains": ("$TestMachine",),
            "tag_name_glob": "Test*",
            "include_attributes": False,
            "alarm_bearing_only": True,
            "historized_only": True,
            "page_size": 7,
        }
    )
    request = filter.discover_request(ObjectRef(contained_path="TestArea/Line1"), 3, "tok")
    assert request == gr.DiscoverHierarchyRequest(
        page_size=7,
        page_token="tok",
        root_contained_path="TestArea/Line1",
        max_depth=3,
        category_ids=[13, 10],
        template_chain_contains=["$TestMachine"],
        tag_name_glob="Test*",
        include_attributes=False,
        alarm_bearing_only=True,
        historized_only=True,
    )


@pytest.mark.parametrize(
    ("ref", "field", "value"),
    [
        (ObjectRef(gobject_id=5), "parent_gobject_id", 5),
        (ObjectRef(tag_name="TestArea"), "parent_tag_name", "TestArea"),
        (ObjectRef(contained_path="TestArea"), "parent_contained_path", "TestArea"),
    ],
)
def test_browse_request_sets_exactly_one_parent(ref: ObjectRef, field: str, value: object) -> None:
    request = HierarchyFilter().browse_request(ref)
    set_fields = [
        name
        for name in ("parent_gobject_id", "parent_tag_name", "parent_contained_path")
        if getattr(request, name) is not None
    ]
    assert set_fields == [field]
    assert getattr(request, field) == value


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"tag_glob": "x"}, "unknown filter tag_glob"),
        ({"category_ids": "13"}, "category_ids must be a list"),
        ({"category_ids": [True]}, "category_ids entry must be an int"),
        ({"category_ids": [-1]}, "category_ids entry must be between 0"),
        ({"template_chain_contains": "$TestMachine"}, "template_chain_contains must be a list"),
        ({"template_chain_contains": [""]}, "template_chain_contains entry must not be empty"),
        ({"tag_name_glob": " "}, "tag_name_glob must not be empty"),
        ({"include_attributes": 1}, "include_attributes must be a bool"),
        ({"alarm_bearing_only": "yes"}, "alarm_bearing_only must be a bool"),
        ({"historized_only": None}, "historized_only must be a bool"),
        ({"page_size": 0}, "page_size must be between 1"),
        ({"page_size": MAX_PAGE_SIZE + 1}, f"and {MAX_PAGE_SIZE}"),
        ({"page_size": 2.0}, "page_size must be an int"),
    ],
)
def test_bad_filters_are_rejected_by_name(args: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        HierarchyFilter.from_args(args)  # type: ignore[arg-type]


def test_max_depth_must_be_positive() -> None:
    with pytest.raises(InvalidArgumentError, match="max_depth must be between 1"):
        HierarchyFilter().discover_request(None, 0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, r"exactly one .* \(got none\)"),
        ({"gobject_id": 1, "tag_name": "A"}, r"exactly one .* \(got gobject_id, tag_name\)"),
        ({"gobject_id": 0}, "gobject_id must be between 1"),
        ({"gobject_id": "7"}, "gobject_id must be an int"),
        ({"tag_name": ""}, "tag_name must not be empty"),
        ({"contained_path": "Area1//Line3"}, "has an empty level"),
        ({"contained_path": "Area1/"}, "has an empty level"),
    ],
)
def test_bad_object_references_are_rejected(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        ObjectRef(**kwargs)  # type: ignore[arg-type]


def test_optional_reference_names_the_conflicting_keywords() -> None:
    assert ObjectRef.optional("root", None, None, None) is None
    assert ObjectRef.optional("root", None, "A", None) == ObjectRef(tag_name="A")
    with pytest.raises(InvalidArgumentError, match="root_tag_name, root_contained_path"):
        ObjectRef.optional("root", None, "A", "A/B")
