"""Galaxy Repository commands against the simulated galaxy."""

from __future__ import annotations

import io

from mxgateway.cli.progress import Progress

from .conftest import Cli, SimThread


def test_test_connection_and_last_deploy(cli: Cli, sim_thread: SimThread, golden) -> None:
    assert cli("galaxy-test-connection", "--json").json == {"ok": True}
    golden("galaxy_last_deploy", cli("galaxy-last-deploy", "--json").out)
    sim_thread.do(lambda: sim_thread.sim.set_database_available(False))
    down = cli("galaxy-test-connection", "--json")
    assert down.code == 5
    assert down.json == {"ok": False}
    assert down.err == (
        "mxgw-py: galaxy-test-connection: the gateway cannot reach the Galaxy Repository database\n"
    )


def test_discover_with_root_and_filters(cli: Cli, golden) -> None:
    result = cli("galaxy-discover", "--root", "TestMachine_002", "--json")
    assert result.code == 0, result.err
    golden("galaxy_discover_root", result.out)
    (machine,) = result.json["objects"]
    assert machine["tagName"] == "TestMachine_002"
    assert any(a["fullTagReference"] == "TestMachine_002.TestInt" for a in machine["attributes"])
    secured = next(a for a in machine["attributes"] if a["attributeName"] == "TestSecuredWrite")
    assert secured == {"attributeName": "TestSecuredWrite", "dataTypeName": "MxDouble",
                       "fullTagReference": "TestMachine_002.TestSecuredWrite",
                       "mxAttributeCategory": 2, "mxDataType": 4,
                       "securityClassification": 2}  # fmt: skip

    machines = cli("galaxy-discover", "--template", "$TestMachine", "--no-attributes", "--json")
    names = [o["tagName"] for o in machines.json["objects"]]
    assert names == ["TestMachine_001", "TestMachine_002", "TestMachine_003"]
    assert all("attributes" not in o for o in machines.json["objects"])


def test_discover_pages_for_the_user(cli: Cli) -> None:
    whole = cli("galaxy-discover", "--no-attributes", "--json").json
    paged = cli("galaxy-discover", "--no-attributes", "--page-size", "2", "--json").json
    assert paged == whole
    assert whole["totalObjectCount"] == len(whole["objects"]) > 2


def test_discover_for_people_is_a_table(cli: Cli) -> None:
    result = cli("galaxy-discover", "--tag-glob", "TestMachine_00?")
    assert result.code == 0
    assert result.out.startswith("totalObjectCount: 3\n")
    assert "TestMachine_003" in result.out
    assert "$TestMachine" in result.out


def test_discover_rejects_bad_filters(cli: Cli) -> None:
    assert cli("galaxy-discover", "--page-size", "0").code == 2
    assert cli("galaxy-discover", "--root", "A", "--root-id", "3").code == 2
    missing = cli("galaxy-discover", "--root", "NoSuchObject", "--json")
    assert missing.code == 5
    assert missing.json["type"] == "NotFoundError"


def test_browse_one_level(cli: Cli) -> None:
    roots = cli("galaxy-browse", "--no-attributes", "--json").json["children"]
    assert roots
    area = next(r for r in roots if r.get("isArea"))
    assert area["hasChildren"] is True
    children = cli("galaxy-browse", "--parent", area["tagName"], "--no-attributes", "--json")
    assert children.code == 0
    assert {c["parentGobjectId"] for c in children.json["children"]} == {area["gobjectId"]}
    people = cli("galaxy-browse", "--parent-id", str(area["gobjectId"]), "--no-attributes")
    assert "hasChildren" in people.out


def test_watch_sends_the_current_state(cli: Cli, golden) -> None:
    result = cli("galaxy-watch", "--max-events", "1", "--json")
    assert result.code == 0
    golden("galaxy_watch", result.out)
    deployed = result.json["timeOfLastDeploy"]
    skipped = cli("galaxy-watch", "--last-seen", deployed, "--timeout", "0.1", "--json")
    assert skipped.code == 0
    assert skipped.out == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    terminal = _Terminal()
    progress = Progress(terminal)
    progress.update("discovered 10 of 20 objects")
    progress.update("discovered 20 of 20")
    progress.done()
    assert terminal.getvalue() == ("\rdiscovered 10 of 20 objects\rdiscovered 20 of 20        \n")
    piped = io.StringIO()
    silent = Progress(piped)
    silent.update("x")
    silent.done()
    assert piped.getvalue() == ""
