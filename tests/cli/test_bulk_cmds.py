"""Bulk commands: one result per entry, failed entries in place, list options."""

from __future__ import annotations

from typing import Any

from .conftest import Cli, Opened, SimThread

TAGS = ("TestMachine_001.TestFloat", "TestMachine_002.TestString", "NoSuch.Thing")


def _succeeded(results: list[dict[str, Any]]) -> list[bool]:
    """Each entry's wasSuccessful (protobuf JSON leaves a false one out)."""
    return [r.get("wasSuccessful", False) for r in results]


def _base(opened: Opened) -> tuple[str, ...]:
    return ("--session-id", opened.session_id, "--server-handle", str(opened.server_handle))


def test_subscribe_read_unsubscribe(
    cli: Cli, opened: Opened, sim_thread: SimThread, golden
) -> None:
    subscribed = cli("subscribe-bulk", *_base(opened), "--items", *TAGS, "--json")
    golden("subscribe_bulk", subscribed.out)
    results = subscribed.json["results"]
    assert _succeeded(results) == [True, True, False]

    read = cli("read-bulk", *_base(opened), "--items", *TAGS[:2], "--timeout-ms", "0", "--json")
    golden("read_bulk", read.out)
    assert [r["wasCached"] for r in read.json["results"]] == [True, True]

    handles = [str(r["itemHandle"]) for r in results if r.get("wasSuccessful")]
    gone = cli("unsubscribe-bulk", *_base(opened), "--item-handles", *handles, "--json")
    assert _succeeded(gone.json["results"]) == [True, True]
    remaining = sim_thread.do(lambda: sim_thread.sim.items(opened.session_id))
    assert set(remaining) == {opened.item_handle}


def test_add_advise_unadvise_remove_bulk(cli: Cli, opened: Opened, sim_thread: SimThread) -> None:
    added = cli("add-item-bulk", *_base(opened), "--items", TAGS[0], "--items", TAGS[1], "--json")
    handles = [str(r["itemHandle"]) for r in added.json["results"]]
    for command in ("advise-item-bulk", "unadvise-item-bulk", "remove-item-bulk"):
        result = cli(command, *_base(opened), "--item-handles", *handles, "--json")
        assert _succeeded(result.json["results"]) == [True, True], command
    assert set(sim_thread.do(lambda: sim_thread.sim.items(opened.session_id))) == {
        opened.item_handle
    }


def test_bulk_writes(cli: Cli, opened: Opened, sim_thread: SimThread, monkeypatch) -> None:
    subscribed = cli("subscribe-bulk", *_base(opened), "--items", "TestMachine_001.TestFloat",
                     "TestMachine_002.TestFloat", "--json")  # fmt: skip
    handles = [str(r["itemHandle"]) for r in subscribed.json["results"]]
    written = cli("write-bulk", *_base(opened), "--item-handles", *handles,
                  "--values", "1.5", "-2.5", "--type", "float", "--json")  # fmt: skip
    assert _succeeded(written.json["results"]) == [True, True]
    assert sim_thread.do(lambda: sim_thread.sim.read_value("TestMachine_002.TestFloat")) == -2.5

    stamped = cli("write2-bulk", *_base(opened), "--item-handles", *handles,
                  "--values", "3", "4", "--type", "float",
                  "--timestamps", "2024-01-01T00:00:01Z", "2024-01-01T00:00:02Z")  # fmt: skip
    assert stamped.code == 0, stamped.err

    monkeypatch.setenv("MX_PASSWORD", "super-pass")
    user = cli("authenticate-user", *_base(opened), "--user", "supervisor",
               "--password-env", "MX_PASSWORD", "--json").json["userId"]  # fmt: skip
    for command in ("write-secured-bulk", "write-secured2-bulk"):
        result = cli(command, *_base(opened), "--item-handles", *handles, "--values", "5", "6",
                     "--type", "float", "--current-user-id", str(user), "--json")  # fmt: skip
        assert _succeeded(result.json["results"]) == [True, True], command


def test_counts_must_match(cli: Cli, opened: Opened) -> None:
    result = cli("write-bulk", *_base(opened), "--item-handles", "1", "2", "--values", "1",
                 "--json")  # fmt: skip
    assert result.code == 2
    assert "--item-handles has 2 entries but --values" in result.json["error"]
    bad = cli("write-bulk", *_base(opened), "--item-handles", "1", "--values", "x",
              "--type", "int32")  # fmt: skip
    assert bad.code == 2
    assert "--values entry 1 ('x')" in bad.err


def test_human_output_is_a_table(cli: Cli, opened: Opened) -> None:
    result = cli("add-item-bulk", *_base(opened), "--items", *TAGS)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == f"sessionId: {opened.session_id}"
    assert lines[1] == f"serverHandle: {opened.server_handle}"
    assert "results (3)" in lines[2]
    failed = next(line for line in lines if "NoSuch.Thing" in line)
    assert [cell.strip() for cell in failed.split("│")] == [
        "NoSuch.Thing", "-", "False", "Object 'NoSuch' does not exist"
    ]  # fmt: skip
    read = cli("read-bulk", *_base(opened), "--items", TAGS[2])
    failed = next(line for line in read.out.splitlines() if "NoSuch.Thing" in line)
    assert [cell.strip() for cell in failed.split("│")][:2] == ["NoSuch.Thing", "False"]


def test_bulk_results_use_the_protobuf_json_names(cli: Cli, opened: Opened) -> None:
    added = cli("add-item-bulk", *_base(opened), "--items", TAGS[0], TAGS[2], "--json")
    ok, failed = added.json["results"]
    assert set(ok) == {"serverHandle", "tagAddress", "itemHandle", "wasSuccessful"}
    assert failed == {"serverHandle": opened.server_handle, "tagAddress": TAGS[2],
                      "errorMessage": "Object 'NoSuch' does not exist"}  # fmt: skip

    written = cli("write-bulk", *_base(opened), "--item-handles", str(opened.item_handle), "999",
                  "--values", "1", "2", "--type", "int32", "--json")  # fmt: skip
    accepted, refused = written.json["results"]
    assert accepted["wasSuccessful"] is True
    assert accepted["statuses"][0]["category"] == "MX_STATUS_CATEGORY_OK"
    assert refused["itemHandle"] == 999
    assert "wasSuccessful" not in refused
    assert refused["errorMessage"]

    people = cli("write-bulk", *_base(opened), "--item-handles", str(opened.item_handle),
                 "--values", "3", "--type", "int32")  # fmt: skip
    header = people.out.splitlines()[3]
    assert header.split() == ["itemHandle", "┃", "wasSuccessful", "┃", "hresult", "┃", "statuses",
                              "┃", "errorMessage"]  # fmt: skip
