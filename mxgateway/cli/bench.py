"""Benchmarks: ReadBulk call rate and latency, event rate and latency (JSON records).

Both open their own session, subscribe ``--bulk-size`` tags
``TestMachine_NNN.TestChangingInt``, warm up, measure for ``--duration-seconds`` and
print one JSON record. ``--simulate`` runs them against an in-process simulator.
Progress goes to stderr on a terminal.
"""

import contextlib
import math
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Parameter

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.output import emit_json
from mxgateway.cli.runner import run

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence

    from mxgateway.options import ClientOptions
    from mxgateway.session import Session
    from mxgateway.session.bulk import ItemResult
    from mxgateway.session.events import DataChange, ReplayGap, SessionReplaced

__all__ = ["BenchSettings", "bench_read_bulk", "bench_stream_events"]


@Parameter(name="*")
@dataclass(frozen=True)
class BenchSettings:
    """What both benchmarks take: where to run, how many tags, how long."""

    simulate: Annotated[bool, Parameter(negative="")] = False
    """Run against an in-process simulator instead of --endpoint."""

    bulk_size: int = 10
    """Tags to subscribe: TestMachine_001 ... _NNN .TestChangingInt."""

    warmup_seconds: float = 2.0
    """Seconds of warm-up before measuring."""

    duration_seconds: float = 10.0
    """Seconds to measure."""

    def tags(self) -> list[str]:
        """``TestMachine_001.TestChangingInt`` ... for ``bulk_size`` machines."""
        return [
            f"TestMachine_{index:03d}.TestChangingInt" for index in range(1, self.bulk_size + 1)
        ]

    def check(self) -> None:
        """Reject settings that cannot be measured (a usage error)."""
        from mxgateway.errors import InvalidArgumentError
        from mxgateway.session.bulk import MAX_BULK_ENTRIES

        if not 1 <= self.bulk_size <= MAX_BULK_ENTRIES:
            raise InvalidArgumentError(
                f"--bulk-size must be between 1 and {MAX_BULK_ENTRIES}, got {self.bulk_size}"
            )
        if not 0 <= self.warmup_seconds < math.inf:
            raise InvalidArgumentError(
                f"--warmup-seconds must be a finite number >= 0, got {self.warmup_seconds:g}"
            )
        if not 0 < self.duration_seconds < math.inf:
            raise InvalidArgumentError(
                f"--duration-seconds must be a finite number > 0, got {self.duration_seconds:g}"
            )


DEFAULT_SETTINGS = BenchSettings()


def _run_bench(
    common: Common,
    settings: BenchSettings,
    measure: "Callable[[ClientOptions], Awaitable[dict[str, Any]]]",
) -> int:
    """Check the settings, pick the gateway (or a simulator), measure, print the record."""

    async def work() -> dict[str, Any]:
        from mxgateway.cli.simulated import gateway_options

        settings.check()
        objects = max(settings.bulk_size, 20)
        async with gateway_options(common, simulate=settings.simulate, objects=objects) as options:
            return await measure(options)

    return run(common, work, show=emit_json)


@contextlib.asynccontextmanager
async def _session(options: "ClientOptions", name: str) -> AsyncIterator["Session"]:
    """A new session on a new connection, both closed when the block ends."""
    from mxgateway.client import GatewayClient

    async with GatewayClient.connect(options) as client, await client.open_session(name) as session:
        yield session


def _check_subscribed(results: "Sequence[ItemResult]") -> None:
    """Fail (exit 5) when any benchmark tag could not be subscribed."""
    from mxgateway.errors import CommandError

    failed = [r for r in results if not r.was_successful]
    if failed:
        raise CommandError(
            f"{len(failed)} of {len(results)} tags could not be subscribed "
            f"(first: {failed[0].tag_address}: {failed[0].error_message})"
        )


async def measure_read_bulk(
    options: "ClientOptions", settings: BenchSettings, timeout_ms: int
) -> dict[str, Any]:
    """Run ReadBulk in a loop (after a warm-up) and summarize calls and latencies."""
    from mxgateway.cli.progress import Progress
    from mxgateway.cli.stats import latency_summary
    from mxgateway.errors import CommandError

    tags = settings.tags()
    progress = Progress()
    latencies: list[float] = []
    failed = results = cached = 0
    async with _session(options, "mxgw-py bench-read-bulk") as session:
        server = await session.register("mxgw-py-bench")
        _check_subscribed(await session.subscribe_bulk(server, tags))
        progress.update(f"warming up for {settings.warmup_seconds:g} s")
        warm_until = time.perf_counter() + settings.warmup_seconds
        while time.perf_counter() < warm_until:
            await session.read_bulk(server, tags, timeout_ms=timeout_ms)
        start = time.perf_counter()
        end = start + settings.duration_seconds
        while (before := time.perf_counter()) < end:
            try:
                read = await session.read_bulk(server, tags, timeout_ms=timeout_ms)
            except CommandError:
                failed += 1
                continue
            latencies.append((time.perf_counter() - before) * 1000)
            results += len(read)
            cached += sum(1 for r in read if r.was_cached)
            if len(latencies) % 100 == 0:
                progress.update(f"measuring: {len(latencies)} calls")
        elapsed = time.perf_counter() - start
    progress.done()
    total = len(latencies) + failed
    return {
        "language": "python",
        "durationMs": round(elapsed * 1000, 3),
        "totalCalls": total,
        "successfulCalls": len(latencies),
        "failedCalls": failed,
        "totalReadResults": results,
        "cachedReadResults": cached,
        "callsPerSecond": round(total / elapsed, 3),
        "latencyMs": latency_summary(latencies),
    }


def bench_read_bulk(
    *,
    settings: BenchSettings = DEFAULT_SETTINGS,
    timeout_ms: int = 0,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Benchmark ReadBulk of subscribed tags and print one JSON record.

    Parameters
    ----------
    timeout_ms
        ReadBulk timeout_ms (0: the worker default).
    """
    return _run_bench(
        common, settings, lambda options: measure_read_bulk(options, settings, timeout_ms)
    )


async def measure_stream_events(
    options: "ClientOptions", settings: BenchSettings
) -> dict[str, Any]:
    """Count data changes of subscribed tags and their source-to-receipt latency."""
    import datetime as dt

    from mxgateway.cli.progress import Progress
    from mxgateway.cli.stats import latency_summary
    from mxgateway.cli.streaming import consume_bounded
    from mxgateway.session.events import DataChange

    progress = Progress()
    latencies: list[float] = []

    def receive(event: "DataChange | ReplayGap | SessionReplaced") -> None:
        if isinstance(event, DataChange) and event.source_timestamp is not None:
            received = dt.datetime.now(dt.UTC)
            latencies.append((received - event.source_timestamp).total_seconds() * 1000)
            if len(latencies) % 100 == 0:
                progress.update(f"measuring: {len(latencies)} events")

    async with (
        _session(options, "mxgw-py bench-stream-events") as session,
        await session.subscribe(settings.tags()) as subscription,
    ):
        _check_subscribed(subscription.results)
        progress.update(f"warming up for {settings.warmup_seconds:g} s")
        await consume_bounded(
            subscription, lambda _: None, max_items=None, timeout=settings.warmup_seconds
        )
        start = time.perf_counter()
        await consume_bounded(
            subscription, receive, max_items=None, timeout=settings.duration_seconds
        )
        elapsed = time.perf_counter() - start
    progress.done()
    return {
        "language": "python",
        "durationMs": round(elapsed * 1000, 3),
        "totalEvents": len(latencies),
        "eventsPerSecond": round(len(latencies) / elapsed, 3),
        "latencyMs": latency_summary(latencies),
    }


def bench_stream_events(
    *, settings: BenchSettings = DEFAULT_SETTINGS, common: Common = DEFAULT_COMMON
) -> int:
    """Benchmark the event stream (events per second, source-to-receipt latency)."""
    return _run_bench(common, settings, lambda options: measure_stream_events(options, settings))
