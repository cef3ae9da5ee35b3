"""Ctrl-C during a blocking call cancels the coroutine behind it, and the client stays usable."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

import pytest

from mxgateway import AlarmSnapshotComplete
from mxgateway.simulator import ManualClock
from mxgateway.sync import GatewayClient, Session

from .conftest import SimThread


def interrupt_main_when(sim_thread: SimThread, condition: Callable[[], bool]) -> threading.Thread:
    """Send SIGINT to the main thread (blocked in a sync call) once ``condition`` holds."""

    def run() -> None:
        assert sim_thread.wait_until(condition)
        time.sleep(0.1)  # let the main thread reach its blocking wait
        main = threading.main_thread().ident
        assert main is not None
        signal.pthread_kill(main, signal.SIGINT)

    helper = threading.Thread(target=run, name="interrupter")
    helper.start()
    return helper


def test_interrupting_a_call_cancels_it_on_the_gateway_too(
    session: Session, sim_thread: SimThread
) -> None:
    clock = sim_thread.sim.clock
    assert isinstance(clock, ManualClock)
    idle_timers = sim_thread.do(clock.pending_timers)
    sim_thread.do(lambda: sim_thread.sim.inject_latency(600))
    helper = interrupt_main_when(sim_thread, lambda: clock.pending_timers() > idle_timers)
    with pytest.raises(KeyboardInterrupt):
        session.ping()
    helper.join()
    # The cancelled call reset its HTTP/2 stream, so the gateway stopped waiting for it.
    assert sim_thread.wait_until(lambda: clock.pending_timers() == idle_timers)
    sim_thread.do(lambda: sim_thread.sim.inject_latency(0))
    session.ping()


def test_interrupting_an_iteration_ends_the_stream(
    client: GatewayClient, sim_thread: SimThread
) -> None:
    with client.stream_alarms() as feed:
        assert isinstance(next(feed), AlarmSnapshotComplete)
        helper = interrupt_main_when(sim_thread, lambda: sim_thread.sim.alarm_feed_count() == 1)
        with pytest.raises(KeyboardInterrupt):
            next(feed)
        helper.join()
        assert sim_thread.wait_until(lambda: sim_thread.sim.alarm_feed_count() == 0)
    assert client.query_active_alarms() == []
