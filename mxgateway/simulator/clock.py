"""Injectable clocks: the wall clock for real use, a manual clock for tests.

Everything time-based in the simulator (ticking values, write completion,
leases, grace periods, replay age, timeouts, polling, injected latency) goes
through one of these, so a test can move time forward without sleeping.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import itertools
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Clock", "ManualClock", "SystemClock", "TimerHandle"]

_UTC = dt.UTC
_SETTLE_ROUNDS = 25


class TimerHandle(Protocol):
    """A scheduled callback that can still be cancelled."""

    def cancel(self) -> None: ...


class Clock(Protocol):
    """Wall time, elapsed time and timers, all on one time base."""

    def now(self) -> dt.datetime:
        """The current UTC time (tz-aware)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a monotonic scale, for durations and ages."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` on this clock."""
        ...

    def call_later(self, seconds: float, callback: Callable[[], None]) -> TimerHandle:
        """Run ``callback`` once ``seconds`` have passed on this clock."""
        ...


class SystemClock:
    """The real clock: UTC wall time and the event loop's timers."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(_UTC)

    def monotonic(self) -> float:
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))

    def call_later(self, seconds: float, callback: Callable[[], None]) -> TimerHandle:
        return asyncio.get_running_loop().call_later(max(seconds, 0.0), callback)

    def __repr__(self) -> str:
        return "SystemClock()"


class _ManualTimer:
    """One pending callback of a ManualClock."""

    __slots__ = ("callback", "cancelled", "deadline")

    def __init__(self, deadline: float, callback: Callable[[], None]) -> None:
        self.deadline = deadline
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class ManualClock:
    """A clock that only moves when told to, so tests never sleep for real.

    ``await advance(seconds)`` fires every timer that falls due, in deadline
    order, with the clock set to each timer's deadline, and lets the event loop
    settle after each one so work triggered by a timer (including new timers
    inside the window) completes before ``advance`` returns.
    """

    def __init__(self, start: dt.datetime | None = None) -> None:
        start = start or dt.datetime(2024, 1, 1, tzinfo=_UTC)
        if start.tzinfo is None:
            raise ValueError("ManualClock start must be timezone-aware (e.g. UTC)")
        self._start = start.astimezone(_UTC)
        self._elapsed = 0.0
        self._timers: list[tuple[float, int, _ManualTimer]] = []
        self._order = itertools.count()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=self._elapsed)

    def monotonic(self) -> float:
        return self._elapsed

    def call_later(self, seconds: float, callback: Callable[[], None]) -> TimerHandle:
        timer = _ManualTimer(self._elapsed + max(seconds, 0.0), callback)
        heapq.heappush(self._timers, (timer.deadline, next(self._order), timer))
        return timer

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def wake() -> None:
            if not future.done():
                future.set_result(None)

        timer = self.call_later(seconds, wake)
        try:
            await future
        finally:
            timer.cancel()

    def pending_timers(self) -> int:
        """How many timers are waiting (cancelled ones excluded)."""
        return sum(1 for _, _, timer in self._timers if not timer.cancelled)

    async def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``, firing everything that falls due."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        target = self._elapsed + seconds
        await settle()
        while self._timers and self._timers[0][0] <= target:
            deadline, _, timer = heapq.heappop(self._timers)
            if timer.cancelled:
                continue
            self._elapsed = max(self._elapsed, deadline)
            timer.callback()
            await settle()
        self._elapsed = target
        await settle()

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now().isoformat()})"


async def settle(rounds: int = _SETTLE_ROUNDS) -> None:
    """Let the event loop run everything that is ready, several rounds deep."""
    for _ in range(rounds):
        await asyncio.sleep(0)
