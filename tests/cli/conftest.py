"""CLI test fixtures: a simulator on its own thread and event loop, and an in-process runner.

cyclopts runs each command with its own ``asyncio.run``, so the simulator cannot share the
test's loop: it runs on a background thread, and tests drive it through ``sim_call``.
The clock is manual and the seed fixed, so outputs are the same on every run.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from mxgateway.cli import app
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
GOLDEN = Path(__file__).parent / "golden"
#: The variable the fixtures put the simulator's API key in.
KEY_ENV = "MXGATEWAY_API_KEY"
T = TypeVar("T")


class SimThread:
    """A simulator served by an event loop on a background thread."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.sim = Simulator(config)
        self.call(self.sim.start())

    def call(self, coroutine: Awaitable[T]) -> T:
        """Run a coroutine on the simulator's loop and return its result."""

        async def wrapped() -> T:
            return await coroutine

        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop).result(timeout=10)

    def do(self, action: Callable[[], T]) -> T:
        """Run a plain call on the simulator's loop (its hooks are not thread-safe)."""

        async def wrapped() -> T:
            result = action()
            await self.sim.settle()
            return result

        return self.call(wrapped())

    def wait_until(self, condition: Callable[[], bool]) -> bool:
        """Poll ``condition`` on the simulator's loop until true (at most about 2 s).

        For what reaches the simulator over the socket after a command returned, such as
        the reset of a stream the CLI closed.
        """

        async def poll() -> bool:
            for _ in range(200):
                if condition():
                    return True
                await asyncio.sleep(0.01)
            return condition()

        return self.call(poll())

    def close(self) -> None:
        self.call(self.sim.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


@pytest.fixture
def sim_thread() -> Iterator[SimThread]:
    thread = SimThread(SimulatorConfig(objects=3, seed=0, clock=ManualClock(start=START)))
    try:
        yield thread
    finally:
        thread.close()


@pytest.fixture
def sim(sim_thread: SimThread) -> Simulator:
    return sim_thread.sim


@dataclass
class Result:
    """One in-process command run."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        """stdout as one JSON document."""
        return json.loads(self.out)

    @property
    def lines(self) -> list[Any]:
        """stdout as NDJSON."""
        return [json.loads(line) for line in self.out.splitlines()]


Cli = Callable[..., Result]


@pytest.fixture
def cli(sim: Simulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Run ``mxgw-py`` in-process against the simulator (plaintext, key from the environment
    with ``--api-key-env MXGATEWAY_API_KEY``, as the seed client documents).

    Every run is checked for the API key's secret in its output.
    """
    monkeypatch.setenv("MXGATEWAY_API_KEY", sim.api_key)
    for name in ("MXGATEWAY_ENDPOINT", "MXGATEWAY_PLAINTEXT", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    secret = sim.api_key.split("_", 2)[2]

    def run(*args: str, connect: bool = True, key: bool = True) -> Result:
        tokens = list(args)
        if connect:
            tokens += ["--endpoint", sim.endpoint, "--plaintext"]
        if key:
            tokens += ["--api-key-env", KEY_ENV]
        capsys.readouterr()
        try:
            code = app(tokens, result_action="return_value")
        except SystemExit as exc:
            code = exc.code
        captured = capsys.readouterr()
        assert secret not in captured.out + captured.err
        return Result(int(code or 0), captured.out, captured.err)

    return run


@dataclass
class Opened:
    """A session opened through the CLI, registered, with one item added and advised."""

    session_id: str
    server_handle: int
    item_handle: int


@pytest.fixture
def opened(cli: Cli) -> Opened:
    """open-session, register, add-item TestMachine_001.TestInt, advise: all through the CLI."""
    session_id = cli("open-session", "--json").json["sessionId"]
    server = cli("register", "--session-id", session_id, "--json").json["serverHandle"]
    item = cli(
        "add-item",
        "--session-id",
        session_id,
        "--server-handle",
        str(server),
        "--item",
        "TestMachine_001.TestInt",
        "--json",
    ).json["itemHandle"]
    advised = cli(
        "advise",
        "--session-id",
        session_id,
        "--server-handle",
        str(server),
        "--item-handle",
        str(item),
        "--json",
    )
    assert advised.code == 0, advised.err
    return Opened(session_id, server, item)


_VARIABLE = (
    (re.compile(r"session-[0-9a-f]{32}"), "<session>"),
    (re.compile(r"py-[0-9a-f]{12}-\d+"), "<correlation>"),
)


def mask(text: str) -> str:
    """Replace what genuinely differs between runs (session and correlation ids)."""
    for pattern, replacement in _VARIABLE:
        text = pattern.sub(replacement, text)
    return text


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare masked output with ``golden/<name>.json``; MXGW_UPDATE_GOLDEN=1 rewrites it."""

    def check(name: str, output: str) -> None:
        path = GOLDEN / f"{name}.json"
        actual = mask(output)
        if os.environ.get("MXGW_UPDATE_GOLDEN") == "1":
            path.write_text(actual)
        assert path.exists(), f"no golden file {path.name}; run with MXGW_UPDATE_GOLDEN=1"
        assert actual == path.read_text()

    return check
