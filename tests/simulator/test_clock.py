"""ManualClock: time moves only on advance, timers fire in deadline order."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from mxgateway.simulator import ManualClock

from .conftest import START


async def test_timers_fire_in_order_with_the_clock_at_their_deadline() -> None:
    clock = ManualClock(START)
    fired: list[tuple[str, dt.datetime]] = []
    clock.call_later(2.0, lambda: fired.append(("b", clock.now())))
    clock.call_later(1.0, lambda: fired.append(("a", clock.now())))
    cancelled = clock.call_later(1.5, lambda: fired.append(("x", clock.now())))
    cancelled.cancel()
    await clock.advance(1.0)
    assert fired == [("a", START + dt.timedelta(seconds=1))]
    await clock.advance(5.0)
    assert fired[-1] == ("b", START + dt.timedelta(seconds=2))
    assert clock.now() == START + dt.timedelta(seconds=6)
    assert clock.monotonic() == 6.0


async def test_sleepers_chain_within_one_advance() -> None:
    clock = ManualClock(START)
    ticks: list[float] = []

    async def ticker() -> None:
        while True:
            await clock.sleep(1.0)
            ticks.append(clock.monotonic())

    task = asyncio.create_task(ticker())
    await clock.advance(3.5)
    task.cancel()
    assert ticks == [1.0, 2.0, 3.0]
    assert clock.pending_timers() <= 1


def test_manual_clock_rejects_naive_start_and_going_back() -> None:
    with pytest.raises(ValueError, match="timezone"):
        ManualClock(dt.datetime(2024, 1, 1))
    clock = ManualClock()
    with pytest.raises(ValueError, match="backwards"):
        asyncio.run(clock.advance(-1))
