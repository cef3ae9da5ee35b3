"""The bridge's parts on their own: tag selection, topics, payloads, the outbox, set requests."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from mxgateway.bridge.config import TagSelection
from mxgateway.bridge.outbox import Outbox, Outgoing
from mxgateway.bridge.payload import value_document
from mxgateway.bridge.selection import select_tags
from mxgateway.bridge.topics import BridgedTag, TopicMap, topic_level
from mxgateway.bridge.writes import WriteRefusedError, glob_matches, parse_request
from mxgateway.errors import InvalidArgumentError
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.simulator import Simulator
from mxgateway.values import UnconvertedValue, to_mx_value
from mxgateway.wire.contract import mx

from .conftest import options_for


async def test_galaxy_selection_follows_the_filters(sim: Simulator) -> None:
    selection = TagSelection(area="TestArea/TestArea_002", historized_only=True)
    async with GalaxyRepositoryClient.connect(options_for(sim)) as galaxy:
        tags = await select_tags(galaxy, selection)
        arrays = await select_tags(
            galaxy, TagSelection(object_glob="TestMachine_001", attribute_glob="*Array")
        )
    assert {t.tag for t in tags} == {
        "TestMachine_002.TestChangingInt",
        "TestMachine_002.TestChangingFloat",
        "TestMachine_002.TestInt",
        "TestMachine_002.TestDouble",
        "TestMachine_002.TestSetpoint",
    }
    assert {t.area_path for t in tags} == {"TestArea/TestArea_002"}
    assert all(t.tag.endswith("[]") for t in arrays)
    assert TopicMap("uns", arrays).topic("TestMachine_001.TestIntArray[]") == (
        "uns/TestArea/TestMachine_001/TestIntArray"
    )


async def test_listed_tags_find_their_area(sim: Simulator) -> None:
    listed = TagSelection(tags=("TestChildObject.TestInt", "Unknown_1.Value"))
    async with GalaxyRepositoryClient.connect(options_for(sim)) as galaxy:
        tags = await select_tags(galaxy, listed)
    topics = TopicMap("uns", tags)
    assert topics.topic("TestChildObject.TestInt") == "uns/TestArea/TestChildObject/TestInt"
    assert topics.topic("Unknown_1.Value") == "uns/Unknown_1/Value"
    assert topics.tag_for_set_topic("uns/Unknown_1/Value/set") == "Unknown_1.Value"
    assert topics.tag_for_set_topic("uns/Unknown_1/Value") is None


def test_topic_levels_are_made_safe() -> None:
    assert topic_level("a/b+c#d") == "a_b_c_d"
    assert topic_level("$sys") == "_sys"
    with pytest.raises(InvalidArgumentError, match="share the topic"):
        TopicMap("p", [BridgedTag("A.B/C", "", "A", "B/C"), BridgedTag("A.B_C", "", "A", "B_C")])


def test_value_documents() -> None:
    stamp = dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)
    raw = to_mx_value(1.5, "double")
    assert value_document(1.5, 192, stamp, (), raw) == {
        "value": 1.5,
        "type": "double",
        "quality": 192,
        "good": True,
        "timestamp": "2024-01-01T12:00:00Z",
    }
    failed = mx.MxStatusProxy(category=mx.MxStatusCategory.COMMUNICATION_ERROR, success=0)
    assert value_document(1.5, 192, None, (failed,), raw)["good"] is False
    unconverted = UnconvertedValue("no conversion", "VT_UNKNOWN", mx.MxDataType.UNKNOWN, -1)
    document = value_document(unconverted, 0, None, (), None)
    assert document["value"] is None
    assert document["diagnostic"] == "no conversion"


async def test_outbox_drops_the_oldest_and_requeues_in_order() -> None:
    outbox = Outbox(3)
    for index in range(5):
        outbox.put(Outgoing(f"t/{index}", b"", True))
    assert outbox.dropped == 2
    assert outbox.overflowed
    taken = [await outbox.get(), await outbox.get()]
    assert [m.topic for m in taken] == ["t/2", "t/3"]
    outbox.put(Outgoing("t/5", b"", True))
    outbox.requeue(taken)
    assert [(await outbox.get()).topic for _ in range(3)] == ["t/3", "t/4", "t/5"]
    assert outbox.dropped == 3
    waiting = asyncio.create_task(outbox.get())
    await asyncio.sleep(0)
    outbox.put(Outgoing("t/6", b"", True))
    assert (await waiting).topic == "t/6"
    assert len(outbox) == 0


def test_set_requests() -> None:
    assert parse_request(b'{"value": [1, 2], "type": "int32[]", "id": 7}').value == [1, 2]
    for bad in (b"\xff", b"[1]", b'{"value": null}', b'{"value": []}', b'{"value": 1, "id": 1.5}'):
        with pytest.raises(WriteRefusedError):
            parse_request(bad)
    assert glob_matches("Line3_Pump.Speed[]", ("line3_*.speed[]",))
    assert not glob_matches("Line3_Pump.Speed", ("Line3_*.Speed[]", "Other*"))


async def test_an_empty_selection_is_refused(sim: Simulator) -> None:
    async with GalaxyRepositoryClient.connect(options_for(sim)) as galaxy:
        with pytest.raises(InvalidArgumentError, match="choose the tags"):
            await select_tags(galaxy, TagSelection())
