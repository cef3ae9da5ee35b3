"""The seed client's documented library examples run as written against the simulator.

The seed README (the grpcio-based client users migrate from, ../shared/seeds/) is the
compatibility reference. Its snippets are kept here as written, re-indented (the stored
copy lost its indentation); only the endpoint and key change. Two things are not the
code's to keep: the placeholder item ``Object.Attribute`` becomes a tag the simulated
galaxy has, and the deploy-watch example's protobuf-only ``Timestamp.ToDatetime`` call
is the one documented difference (README, "Migrating from the grpcio client").
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from mxgateway.simulator import Simulator, SimulatorConfig

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

SESSION_EXAMPLE = """
from mxgateway import GatewayClient
async with await GatewayClient.connect(
    endpoint="localhost:5000",
    api_key="",
    plaintext=True,
) as client:
    session = await client.open_session(client_session_name="python-client")
    try:
        server_handle = await session.register("python-client")
        item_handle = await session.add_item(server_handle, "Object.Attribute")
        await session.advise(server_handle, item_handle)
    finally:
        await session.close()
"""

BROWSE_EXAMPLE = """
from mxgateway import GalaxyRepositoryClient
async with await GalaxyRepositoryClient.connect(
    endpoint="localhost:5000",
    api_key="",
    plaintext=True,
) as galaxy:
    if not await galaxy.test_connection():
        raise RuntimeError("gateway cannot reach the Galaxy Repository DB")
    last_deploy = await galaxy.get_last_deploy_time()
    print(f"last deploy: {last_deploy}")
    for obj in await galaxy.discover_hierarchy():
        print(obj.tag_name, obj.contained_name)
        for attr in obj.attributes:
            print(" ", attr.attribute_name, "->", attr.full_tag_reference)
"""

ITER_EXAMPLE = """
async with await GalaxyRepositoryClient.connect(
    endpoint="localhost:5000",
    api_key="",
    plaintext=True,
) as galaxy:
    async for obj in galaxy.iter_hierarchy():
        print(obj.tag_name, obj.contained_name)
"""

# The seed's loop, with ``event.time_of_last_deploy`` already a datetime (no ToDatetime).
WATCH_EXAMPLE = """
from datetime import datetime, timezone
from mxgateway import DeployEvent, GalaxyRepositoryClient
async with await GalaxyRepositoryClient.connect(
    endpoint="localhost:5000",
    api_key="",
    plaintext=True,
) as galaxy:
    last_seen: datetime | None = None
    async for event in galaxy.watch_deploy_events(last_seen_deploy_time=last_seen):
        assert isinstance(event, DeployEvent)
        print(
            f"#{event.sequence} deploy={event.time_of_last_deploy} "
            f"objects={event.object_count} attributes={event.attribute_count}"
        )
        if event.time_of_last_deploy_present:
            last_seen = event.time_of_last_deploy
"""


def _words(text: str) -> str:
    """The text without white space, and with any API key placeholder as the empty key."""
    return re.sub(r'api_key="[^"]*"', 'api_key=""', re.sub(r"\s+", "", text))


@pytest.mark.parametrize("example", [SESSION_EXAMPLE, BROWSE_EXAMPLE, ITER_EXAMPLE])
def test_the_examples_are_the_seed_readmes(example: str) -> None:
    docs = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not docs:
        pytest.skip(f"the seed documentation is not beside this checkout ({SEEDS})")
    text = "".join(_words(doc.read_text()) for doc in docs)
    assert _words(example) in text


@pytest.fixture
async def open_sim() -> AsyncIterator[Simulator]:
    """A gateway without authentication, as the seed examples' ``api_key=""`` expects."""
    async with Simulator(SimulatorConfig(objects=3, require_auth=False)) as simulator:
        yield simulator


async def _run(example: str, sim: Simulator, printed: list[str]) -> None:
    """Run a snippet as the body of a coroutine; what it prints goes to ``printed``."""
    code = example.replace("localhost:5000", sim.endpoint)
    code = code.replace("Object.Attribute", "TestChildObject.TestInt")
    source = "async def example():\n" + textwrap.indent(textwrap.dedent(code), "    ")
    namespace: dict[str, Any] = {"print": lambda *args: printed.append(" ".join(map(str, args)))}
    exec(compile(source, "<seed example>", "exec"), namespace)
    await namespace["example"]()


async def test_session_example(open_sim: Simulator) -> None:
    await _run(SESSION_EXAMPLE, open_sim, [])
    # The example's finally: closed the session it opened.
    assert open_sim.session_ids() == []


async def test_galaxy_browse_and_iter_examples(open_sim: Simulator) -> None:
    browsed: list[str] = []
    await _run(BROWSE_EXAMPLE, open_sim, browsed)
    assert browsed[0].startswith("last deploy: 20")
    assert "  TestInt -> TestMachine_001.TestInt" in browsed
    iterated: list[str] = []
    await _run("from mxgateway import GalaxyRepositoryClient\n" + ITER_EXAMPLE, open_sim, iterated)
    assert iterated[0] == "TestArea TestArea"
    assert len(iterated) == len([line for line in browsed if not line.startswith(" ")]) - 1


async def test_deploy_watch_example(open_sim: Simulator) -> None:
    printed: list[str] = []
    task = asyncio.create_task(_run(WATCH_EXAMPLE, open_sim, printed))
    for _ in range(200):
        if printed:
            break
        await asyncio.sleep(0.01)
    open_sim.redeploy()
    for _ in range(200):
        if len(printed) == 2:
            break
        await asyncio.sleep(0.01)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert [line.split()[0] for line in printed] == ["#1", "#2"]
    assert "deploy=20" in printed[1]
