"""A client process: connects one client, then runs the workloads the orchestrator sends.

``python -m benchmarks.worker --client typed|raw|reference|floor --target HOST:PORT
--api-key KEY [--stubs DIR]`` reads one JSON command per line on stdin and answers each
with one JSON line on stdout. Timing and CPU accounting happen here, around the
workload only, with this process's own clocks (``time.perf_counter``,
``time.process_time``), so the server's work never counts.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol


class BenchClient(Protocol):
    """What every client under test implements (see mx_clients and grpc_clients)."""

    name: str

    async def setup(self, target: str, api_key: str) -> None: ...
    async def close(self) -> None: ...
    async def ping(self) -> None: ...
    async def read_bulk(self, tags: list[str]) -> int: ...
    def encode_read_bulk(self, tags: list[str]) -> int: ...
    async def prepare_events(self, tags: list[str]) -> str: ...
    async def events(self, count: int) -> int: ...
    async def galaxy(self, keep: bool) -> int: ...


CLIENTS = ("typed", "raw", "reference", "floor")


def make_client(name: str, stubs_dir: Path | None) -> BenchClient:
    """The client called ``name`` (grpcio ones need the generated stubs)."""
    if name == "typed":
        from benchmarks.mx_clients import TypedClient

        return TypedClient()
    if name == "raw":
        from benchmarks.mx_clients import RawClient

        return RawClient()
    from benchmarks import grpc_clients, protoc

    if stubs_dir is None:
        raise SystemExit(f"--stubs is required for the {name} client")
    stubs = protoc.load(stubs_dir)
    if name == "reference":
        return grpc_clients.ReferenceClient(stubs)
    if name == "floor":
        return grpc_clients.FloorClient(stubs)
    raise SystemExit(f"unknown client {name!r}; expected one of {', '.join(CLIENTS)}")


def _status_kib(field: str) -> int:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status in bytes (0 where unavailable)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _reset_peak_rss() -> None:
    """Reset this process's peak RSS (Linux ``clear_refs`` 5) so VmHWM measures one run."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


async def _for_duration(
    operation: Callable[[], Awaitable[Any]], duration: float, concurrency: int
) -> int:
    deadline = time.perf_counter() + duration

    async def caller() -> int:
        done = 0
        while time.perf_counter() < deadline:
            await operation()
            done += 1
        return done

    return sum(await asyncio.gather(*(caller() for _ in range(concurrency))))


def _workload(
    client: BenchClient, command: dict[str, Any]
) -> tuple[Callable[[], Awaitable[int]], Callable[[], Awaitable[Any]] | None, int]:
    """The measured body, a single warm-up operation (None: nothing to warm) and items/op."""
    workload = command["workload"]
    duration = float(command.get("duration", 1.0))
    if workload == "ping":
        concurrency = int(command.get("concurrency", 1))

        async def pings() -> int:
            return await _for_duration(client.ping, duration, concurrency)

        return pings, client.ping, 1
    if workload == "read_bulk":
        tags: list[str] = command["tags"]

        async def read() -> None:
            if await client.read_bulk(tags) != len(tags):
                raise RuntimeError("ReadBulk returned a different number of results")

        async def reads() -> int:
            return await _for_duration(read, duration, 1)

        return reads, read, len(tags)
    if workload == "encode_read_bulk":
        requested: list[str] = command["tags"]

        async def encode() -> None:
            client.encode_read_bulk(requested)

        async def encodes() -> int:
            return await _for_duration(encode, duration, 1)

        return encodes, encode, 1
    if workload == "events":
        count = int(command["count"])

        async def events() -> int:
            return await client.events(count)

        return events, None, 1
    if workload == "galaxy":
        keep = bool(command["keep"])

        async def galaxy() -> int:
            return await client.galaxy(keep)

        return galaxy, None, 1
    raise ValueError(f"unknown workload {workload!r}")


async def warm_up(client: BenchClient, command: dict[str, Any]) -> dict[str, Any]:
    """Run the workload's operation for ``seconds`` unmeasured (connections, caches, JIT-free
    but lazy imports and first-call paths)."""
    _, operation, _ = _workload(client, command)
    done = 0
    if operation is not None:
        done = await _for_duration(operation, float(command["seconds"]), 1)
    return {"warm": done}


async def run(client: BenchClient, command: dict[str, Any]) -> dict[str, Any]:
    """Run one workload command and measure it (under cProfile if ``profile`` names a file)."""
    body, _, items_per_op = _workload(client, command)
    profiler = cProfile.Profile() if command.get("profile") else None
    gc.collect()
    _reset_peak_rss()
    rss_before = _status_kib("VmRSS")
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    ops = await body()
    if profiler is not None:
        profiler.disable()
    wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    peak = max(0, _status_kib("VmHWM") - rss_before)
    if profiler is not None:
        profiler.dump_stats(command["profile"])
    return {"ops": ops, "items": ops * items_per_op, "wall": wall, "cpu": cpu, "peak_rss": peak}


async def serve(client: BenchClient, target: str, api_key: str) -> None:
    """Answer commands until ``exit`` or end of input."""
    loop = asyncio.get_running_loop()
    await client.setup(target, api_key)
    print(json.dumps({"ready": client.name}), flush=True)
    try:
        while line := await loop.run_in_executor(None, sys.stdin.readline):
            command = json.loads(line)
            op = command.get("op")
            if op == "exit":
                break
            try:
                if op == "prepare_events":
                    answer: dict[str, Any] = {
                        "session_id": await client.prepare_events(command["tags"])
                    }
                elif op == "warmup":
                    answer = await warm_up(client, command)
                else:
                    answer = await run(client, command)
            except Exception as exc:
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
    finally:
        await client.close()


def main() -> None:
    """Command-line entry point (the orchestrator starts it)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--client", choices=CLIENTS, required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--stubs", type=Path)
    args = parser.parse_args()
    asyncio.run(serve(make_client(args.client, args.stubs), args.target, args.api_key))


if __name__ == "__main__":
    main()
