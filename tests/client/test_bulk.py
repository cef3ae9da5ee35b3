"""Bulk commands: validation before sending, per-entry failures as results, ReadBulk caching."""

from __future__ import annotations

import datetime as dt

import pytest

from mxgateway import errors
from mxgateway.session import Session
from mxgateway.session.bulk import MAX_BULK_ENTRIES
from mxgateway.simulator import Simulator
from mxgateway.values import to_mx_value
from mxgateway.wire.contract import mx

TAGS = ["TestMachine_001.TestInt", "TestMachine_001.TestFloat", "TestMachine_002.TestString"]
UTC = dt.UTC


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda s: s.add_item_bulk(1, []), "must not be empty"),
        (lambda s: s.subscribe_bulk(1, ["x"] * (MAX_BULK_ENTRIES + 1)), "at most"),
        (lambda s: s.subscribe_bulk(1, "TestMachine_001.TestInt"), "must be a list"),
        (lambda s: s.subscribe_bulk(1, ["ok", " "]), r"tag_addresses\[1\]"),
        (lambda s: s.advise_item_bulk(1, [1, True]), r"item_handles\[1\]"),
        (lambda s: s.remove_item_bulk(1, [2**31]), "int32"),
        (lambda s: s.read_bulk(1, ["a"], timeout_ms=-1), "timeout_ms"),
        (lambda s: s.write_bulk(1, [(1, 2, 3)]), r"entries\[0\] must be a WriteBulkEntry"),
        (lambda s: s.write2_bulk(1, [(1, 1)]), r"\(item_handle, value, timestamp\) tuple"),
        (lambda s: s.write_bulk(1, [(1, float("nan"))]), r"entries\[0\]"),
        (lambda s: s.write_bulk(1, "ab"), "must be a list"),
        (lambda s: s.write_secured_bulk(1, [(1, 1)], current_user_id=2**40), "int32"),
        (lambda s: s.write_secured_bulk(1, [(1, 1)]), "need current_user_id"),
    ],
)
async def test_bulk_validation_before_sending(
    session: Session, sim: Simulator, call: object, needle: str
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match=needle):
        await call(session)  # type: ignore[operator]
    assert sim.items(session.session_id) == {}


async def test_subscribe_and_unsubscribe_bulk_with_per_entry_failures(
    session: Session, sim: Simulator
) -> None:
    server = await session.register("bulk")
    results = await session.subscribe_bulk(server, [*TAGS, "TestMachine_001.TestIntArray"])
    assert [r.tag_address for r in results] == [*TAGS, "TestMachine_001.TestIntArray"]
    assert all(r.was_successful for r in results[:3])
    assert not results[3].was_successful
    assert results[3].error_message
    handles = [r.item_handle for r in results[:3]]
    assert {session.tag_of(h) for h in handles} == set(TAGS)
    assert all(session.is_advised(h) for h in handles)
    removed = await session.unsubscribe_bulk(server, [*handles, 424242])
    assert [r.was_successful for r in removed] == [True, True, True, False]
    assert session.items == {}


async def test_add_advise_unadvise_remove_bulk(session: Session) -> None:
    server = await session.register("bulk")
    added = await session.add_item_bulk(server, TAGS)
    handles = [r.item_handle for r in added]
    assert all(r.was_successful for r in added)
    assert all(r.was_successful for r in await session.advise_item_bulk(server, handles))
    assert all(r.was_successful for r in await session.unadvise_item_bulk(server, handles))
    assert all(r.was_successful for r in await session.remove_item_bulk(server, handles))
    assert session.items == {}


async def test_write_bulk_family_reports_entries(session: Session) -> None:
    server = await session.register("bulk")
    added = await session.subscribe_bulk(server, ["TestMachine_001.TestInt"])
    handle = added[0].item_handle
    results = await session.write_bulk(server, [(handle, 5), (999_999, 6)], type="int32")
    assert [r.was_successful for r in results] == [True, False]
    assert results[1].error_message
    stamp = dt.datetime(2024, 1, 1, tzinfo=UTC)
    assert (await session.write2_bulk(server, [(handle, 7, stamp)]))[0].was_successful
    user = await session.authenticate_user(server, "operator", "op-pass")
    secured = await session.write_secured_bulk(server, [(handle, 8)], current_user_id=user)
    assert len(secured) == 1
    secured2 = await session.write_secured2_bulk(server, [(handle, 9, stamp)], current_user_id=user)
    assert len(secured2) == 1


async def test_bulk_writes_take_the_contracts_entry_messages_and_a_correlation_id(
    session: Session, sim: Simulator
) -> None:
    """The seed client's call shape: ``write_bulk(server_handle, entries, *, correlation_id)``."""
    server = await session.register("bulk")
    [added] = await session.subscribe_bulk(server, ["TestMachine_001.TestInt"])
    entries = [
        mx.WriteBulkEntry(item_handle=added.item_handle, value=to_mx_value(12, "int32")),
        mx.WriteBulkEntry(item_handle=999_999, value=to_mx_value(13, "int32")),
    ]
    results = await session.write_bulk(server, entries, correlation_id="seed-bulk-1")
    assert [r.was_successful for r in results] == [True, False]
    assert results[1].error_message
    assert results[0].item_handle == added.item_handle
    await sim.settle()
    assert sim.read_value("TestMachine_001.TestInt") == 12


async def test_read_bulk_cached_versus_one_shot(session: Session, sim: Simulator) -> None:
    sim.set_value("TestMachine_001.TestInt", 41)
    server = await session.register("bulk")
    one_shot = await session.read_bulk(server, ["TestMachine_001.TestInt"])
    assert one_shot[0].was_successful
    assert not one_shot[0].was_cached
    assert one_shot[0].vtq.value == 41
    assert sim.items(session.session_id) == {}
    await session.subscribe_bulk(server, ["TestMachine_001.TestInt"])
    await sim.advance(0)
    cached = await session.read_bulk(server, ["TestMachine_001.TestInt", "Nope_999.Missing"])
    assert cached[0].was_successful
    assert cached[0].was_cached
    assert cached[0].vtq.value == 41
    assert not cached[1].was_successful
    assert cached[1].error_message


class _Tag(str):
    """A str subclass, as some tag-list builders hand out."""


async def test_unusual_but_valid_tag_names_reach_the_gateway(session: Session) -> None:
    # Non-ASCII names, names padded with spaces and str subclasses are valid: the
    # gateway, not the client, says whether they exist.
    server = await session.register("bulk")
    tags = ["Kessel_Ä.Druck", " TestMachine_001.TestInt", _Tag("TestMachine_001.TestInt")]
    results = await session.read_bulk(server, tags)
    assert [r.tag_address for r in results] == tags
    assert not results[0].was_successful
    assert results[0].error_message
    assert results[2].was_successful


async def test_read_returns_vtq_by_tag(session: Session, sim: Simulator) -> None:
    sim.set_value("TestMachine_002.TestInt", 7)
    values = await session.read(["TestMachine_002.TestInt", "TestMachine_001.TestString"])
    assert values["TestMachine_002.TestInt"].value == 7
    assert values["TestMachine_002.TestInt"].good
    assert isinstance(values["TestMachine_001.TestString"].value, str)


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda s: s.read([]), "must not be empty"),
        (lambda s: s.read(["x"] * (MAX_BULK_ENTRIES + 1)), "at most"),
        (lambda s: s.read(["TestMachine_001.TestInt"], timeout_ms=-1), "timeout_ms"),
        (lambda s: s.subscribe("TestMachine_001.TestInt"), "must be a list"),
        (lambda s: s.subscribe([]), "must not be empty"),
    ],
)
async def test_tag_helpers_validate_before_registering(
    session: Session, sim: Simulator, call: object, needle: str
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match=needle):
        await call(session)  # type: ignore[operator]
    assert session.server_handle is None
    assert not sim.registrations(session.session_id)
