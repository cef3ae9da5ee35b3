"""Sync API fixtures: the simulator on a loop thread of its own, blocking clients against it.

The blocking API runs its own event loop thread, so the simulator cannot share the
test's loop: it runs on a ``LoopThread`` too. The clock is manual, so nothing moves
unless a test advances it.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig
from mxgateway.sync import GalaxyRepositoryClient, GatewayClient, Session
from mxgateway.sync.loop import LoopThread

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
T = TypeVar("T")


class SimThread:
    """A simulator served on a background loop thread; ``do`` runs code on that loop."""

    def __init__(self) -> None:
        self.loop = LoopThread("simulator")
        self.sim = Simulator(SimulatorConfig(objects=3, seed=0, clock=ManualClock(start=START)))
        self.loop.call("start", self.sim.start)

    @property
    def connection(self) -> dict[str, Any]:
        """Keyword arguments of ``connect`` for this simulator."""
        return {
            "endpoint": self.sim.endpoint,
            "api_key": self.sim.api_key,
            "plaintext": True,
            "call_timeout": 10,
        }

    def do(self, action: Callable[[], T]) -> T:
        """Run a plain call (a hook or a query) on the simulator's loop."""
        return self.loop.call("simulator hook", action)  # type: ignore[no-any-return]

    def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Poll ``condition`` on the simulator's loop until it holds or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while not self.do(condition):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self) -> None:
        self.loop.call("stop", self.sim.stop)
        self.loop.close()


@pytest.fixture
def sim_thread() -> Iterator[SimThread]:
    simulator = SimThread()
    try:
        yield simulator
    finally:
        simulator.close()


@pytest.fixture
def no_thread_leak() -> Iterator[None]:
    """Fail a test that leaves a thread running (every sync client must stop its own)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not leaked, f"threads left running: {leaked}"


@pytest.fixture
def client(sim_thread: SimThread, no_thread_leak: None) -> Iterator[GatewayClient]:
    with GatewayClient.connect(**sim_thread.connection) as gateway:
        yield gateway


@pytest.fixture
def session(client: GatewayClient) -> Iterator[Session]:
    with client.open_session("sync-tests") as opened:
        yield opened


@pytest.fixture
def galaxy(sim_thread: SimThread, no_thread_leak: None) -> Iterator[GalaxyRepositoryClient]:
    with GalaxyRepositoryClient.connect(**sim_thread.connection) as repository:
        yield repository
