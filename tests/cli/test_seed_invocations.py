"""The seed client's documented mxgw-py invocations, run as written against the simulator:
only the endpoint, item, alarm and handles are swapped for the simulator's, and the key is
attached with ``--api-key-env MXGATEWAY_API_KEY`` as the seed documents. The lines without
--endpoint/--plaintext reach the simulator through MXGATEWAY_ENDPOINT and MXGATEWAY_PLAINTEXT."""

from __future__ import annotations

import shlex

import pytest

from .conftest import Cli, SimThread

#: The seed README's CLI block, in order; the <placeholders> are filled in as it goes.
SEED_LINES = """
version --json
open-session --endpoint <endpoint> --plaintext --json
register --session-id <id> --client-name python-client --json
add-item --session-id <id> --server-handle 1 --item <item> --json
advise --session-id <id> --server-handle 1 --item-handle <handle> --json
stream-events --session-id <id> --max-events 1 --json
stream-alarms --session-id <id> --max-messages 1 --json
acknowledge-alarm --session-id <id> --alarm-reference <alarm> --json
write --session-id <id> --server-handle 1 --item-handle <handle> --type int32 --value 123 --json
"""
ITEM = "TestMachine_002.TestInt"
ALARM = "TestMachine_001.TestAlarm001"


def test_seed_readme_invocations_work(
    cli: Cli, sim_thread: SimThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = sim_thread.sim
    monkeypatch.setenv("MXGATEWAY_ENDPOINT", sim.endpoint)
    monkeypatch.setenv("MXGATEWAY_PLAINTEXT", "1")
    sim_thread.do(lambda: sim.raise_alarm(ALARM))
    values = {
        "<endpoint>": sim.endpoint,
        "<item>": ITEM,
        "<alarm>": sim_thread.do(lambda: sim.alarm_reference(ALARM)),
    }
    for line in SEED_LINES.strip().splitlines():
        for placeholder, value in values.items():
            line = line.replace(placeholder, shlex.quote(value))
        args = shlex.split(line)
        result = cli(*args, connect=False, key=args[0] != "version")
        assert result.code == 0, (line, result.err)
        document = result.lines[0]
        if args[0] == "open-session":
            values["<id>"] = document["sessionId"]
        elif args[0] == "add-item":
            values["<handle>"] = str(document["itemHandle"])
        elif args[0] == "write":
            assert document["accepted"] is True
            assert "writeComplete" not in document
    assert sim_thread.do(lambda: sim.read_value(ITEM)) == 123
