"""Resilience figures (issue 11): seconds to data after a gateway restart, seconds to
data after the link silently dies, and another session's pings while one consumer
stalls, for whatever ``mxgateway`` is on the path.

Run ``python -m benchmarks.resilience`` (about a minute; prints one JSON document).
The same script measured the client before the resilience work by putting that
checkout first on ``PYTHONPATH`` (with this ``mxgateway/simulator/relay.py`` copied in:
the fault injection, not the client under test). It only uses API both versions have,
and every client option is left at its default except ``call_timeout``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import sys
import time
from typing import Any

from mxgateway.client import GatewayClient
from mxgateway.session.events import DataChange
from mxgateway.simulator import Simulator, SimulatorConfig
from mxgateway.simulator.relay import Relay

TAG = "TestMachine_001.TestInt"
BIG_TAG = "TestMachine_001.TestString"
#: How long a scenario waits for data before it reports none.
GIVE_UP = 60.0


def _connect(endpoint: str, api_key: str) -> Any:
    return GatewayClient.connect(endpoint=endpoint, api_key=api_key, plaintext=True, call_timeout=5)


async def _first_change(iterator: Any, since: float, *, value: object = None) -> dict[str, Any]:
    """Seconds from ``since`` to the next DataChange (with ``value``, if given)."""
    try:
        async with asyncio.timeout(GIVE_UP):
            while True:
                event = await anext(iterator)
                if isinstance(event, DataChange) and value in (None, event.value):
                    return {"seconds": round(time.perf_counter() - since, 3)}
    except TimeoutError:
        return {"seconds": None, "outcome": f"no data within {GIVE_UP:g} s"}
    except Exception as exc:  # the figure is what the user saw, whatever it was
        return {
            "seconds": None,
            "outcome": f"{type(exc).__name__} after {time.perf_counter() - since:.1f} s: {exc}",
        }


async def restart(down: float) -> dict[str, Any]:
    """Kill the gateway (its connections die), restart it on the same port after
    ``down`` seconds; seconds from the restart to the subscription's next value."""
    sim = Simulator(SimulatorConfig(objects=3))
    await sim.start()
    relay = Relay(sim.port)
    await relay.start()
    try:
        async with (
            _connect(relay.endpoint, sim.api_key) as client,
            await client.open_session("restart") as session,
        ):
            subscription = await session.subscribe([TAG])
            iterator = aiter(subscription)
            await _first_change(iterator, time.perf_counter())
            relay.stop_listening()  # the process dies: its connections first, then its port
            relay.cut()
            await sim.stop()
            await asyncio.sleep(down)
            sim = Simulator(dataclasses.replace(sim.config, port=sim.port, api_keys=sim.api_keys))
            await sim.start()
            await relay.listen()  # the restarted process listens on its port again
            result = await _first_change(iterator, time.perf_counter())
            with contextlib.suppress(Exception):
                await subscription.aclose()
            return {"down_seconds": down} | result
    except Exception as exc:
        return {"down_seconds": down, "seconds": None, "outcome": f"{type(exc).__name__}: {exc}"}
    finally:
        await relay.close()
        await sim.stop()


async def dead_link() -> dict[str, Any]:
    """Black-hole every open connection (TCP stays up, nothing gets through; new
    connections work); seconds until a value set after that reaches the subscription."""
    async with Simulator(SimulatorConfig(objects=3)) as sim:
        relay = Relay(sim.port)
        await relay.start()
        client = await _connect(relay.endpoint, sim.api_key)
        try:
            session = await client.open_session("dead-link")
            iterator = aiter(await session.subscribe([TAG]))
            await _first_change(iterator, time.perf_counter())
            relay.blackhole()
            relay.restore()
            since = time.perf_counter()
            sim.set_value(TAG, 123456)
            return await _first_change(iterator, since, value=123456)
        finally:
            await client.close()  # no unsubscribe: the old client's calls hang on the dead link
            await relay.close()


async def slow_consumer(seconds: float = 10.0) -> dict[str, Any]:
    """Session A subscribes and never reads while its tag gets 9 MB of changes; session
    B, on the same client, pings (1 s timeout each) and counts its own changes."""
    async with Simulator(SimulatorConfig(objects=3)) as sim:
        client = await _connect(sim.endpoint, sim.api_key)
        try:
            laggard = await client.open_session("laggard")
            healthy = await client.open_session("healthy")
            await laggard.subscribe([BIG_TAG], buffer_size=1)
            subscription = await healthy.subscribe([TAG])
            big = "x" * 60_000
            for n in range(150):
                sim.set_value(BIG_TAG, f"{n}{big}")
            await asyncio.sleep(1.0)
            received: list[object] = []

            async def count() -> None:
                async for event in subscription:
                    if isinstance(event, DataChange):
                        received.append(event.value)

            counter = asyncio.create_task(count())
            pings_ok = pings_failed = sent = 0
            deadline = time.perf_counter() + seconds
            while time.perf_counter() < deadline:
                sent += 1
                sim.set_value(TAG, 1000 + sent)
                try:
                    await asyncio.wait_for(healthy.ping(), 1.0)
                    pings_ok += 1
                except (TimeoutError, Exception):
                    pings_failed += 1
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.0)
            counter.cancel()
            with contextlib.suppress(BaseException):
                await counter
            got = len({v for v in received if isinstance(v, int) and v > 1000})
            return {
                "pings_ok": pings_ok,
                "pings_failed": pings_failed,
                "changes_sent": sent,
                "changes_received": got,
            }
        finally:
            await client.close()  # sessions are left to the simulator's shutdown


async def main() -> None:
    import mxgateway

    results = {
        "mxgateway": str(mxgateway.__file__),
        "restart": [await restart(1.0), await restart(5.0), await restart(30.0)],
        "dead_link": await dead_link(),
        "slow_consumer": await slow_consumer(),
    }
    json.dump(results, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    asyncio.run(main())
