"""The simulator as the realistic gateway, in its own process, with an event driver.

``python -m benchmarks.sim_server --objects N`` starts ``mxgateway.simulator.Simulator``
on an ephemeral loopback port (authentication on, real clock), prints ``{"port": ...,
"api_key": ...}`` and then takes one JSON command per line on stdin:
``{"op": "emit", "session_id": ..., "tags": [...], "count": N}`` changes those tags'
values ``count`` times once the session's event stream is attached, as a busy plant
would, and answers ``{"emitted": N}``. It paces itself on the session's event queue so
a slower client is measured, never faulted by a queue overflow.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from mxgateway.simulator import Simulator, SimulatorConfig

#: Queue depth above which the driver waits (the session faults at 10 000).
HIGH_WATER = 2000
_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def value_for(tag: str, round_: int) -> object:
    """A new value for ``tag`` (by its attribute's type) in change number ``round_``."""
    attribute = tag.rsplit(".", 1)[1]
    if attribute == "TestInt":
        return round_
    if attribute in ("TestFloat", "TestDouble"):
        return round_ * 0.5
    if attribute == "TestString":
        return f"value {round_}"
    if attribute == "TestBool":
        return round_ % 2 == 0
    if attribute == "TestDateTime":
        return _EPOCH + dt.timedelta(seconds=round_)
    raise ValueError(f"no value rule for {tag}")


async def _poll(condition: Callable[[], bool]) -> None:
    """Wait until ``condition`` holds; the simulator's introspection offers nothing to await."""
    while True:
        if condition():
            return
        await asyncio.sleep(0.0005)


async def emit(sim: Simulator, session_id: str, tags: list[str], count: int) -> int:
    """Change ``tags`` round-robin ``count`` times after the stream attached; returns count."""
    await _poll(lambda: sim.event_subscriber_count(session_id) > 0)
    for index in range(count):
        if index % 200 == 0:
            await _poll(lambda: sim.queued_events(session_id) <= HIGH_WATER)
            if sim.event_subscriber_count(session_id) == 0:
                return index
        tag = tags[index % len(tags)]
        sim.set_value(tag, value_for(tag, index // len(tags) + 1))
    return count


async def serve(objects: int) -> None:
    """Run the simulator and answer commands until stdin closes."""
    loop = asyncio.get_running_loop()
    async with Simulator(SimulatorConfig(objects=objects, seed=0)) as sim:
        print(json.dumps({"port": sim.port, "api_key": sim.api_key}), flush=True)
        pending: set[asyncio.Task[None]] = set()

        async def answer(command: dict[str, Any]) -> None:
            try:
                done: dict[str, Any] = {
                    "emitted": await emit(
                        sim, command["session_id"], command["tags"], command["count"]
                    )
                }
            except Exception as exc:
                done = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(done), flush=True)

        while line := await loop.run_in_executor(None, sys.stdin.readline):
            task = loop.create_task(answer(json.loads(line)))
            pending.add(task)
            task.add_done_callback(pending.discard)


def main() -> None:
    """Command-line entry point (the orchestrator starts it)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, default=2000)
    asyncio.run(serve(parser.parse_args().objects))


if __name__ == "__main__":
    main()
