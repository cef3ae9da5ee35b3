"""The orchestrator: servers up, clients alternating per repetition, results collected.

For each server (the replay gateway, then the simulator) every selected workload runs
``repetitions`` times; within a repetition each client runs once, in an order rotated
per repetition so no client always goes first or last. Clients live in their own
processes (one per client, or a fresh one per run for the memory-measuring Galaxy
workloads), so each CPU figure is that client's own.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.cli_timing import time_cli
from benchmarks.processes import JsonProcess
from benchmarks.worker import CLIENTS
from benchmarks.workloads import CLI_WORKLOAD, EVENT_TAGS, WORKLOADS, Workload

SERVERS = ("replay", "simulator")


@dataclass(frozen=True)
class Settings:
    """What to run and how big (see ``benchmarks.cli`` for the options)."""

    duration: float
    repetitions: int
    workloads: tuple[str, ...]
    clients: tuple[str, ...] = CLIENTS
    servers: tuple[str, ...] = SERVERS
    events: int = 100_000
    objects: int = 100_000
    attributes: int = 4
    sim_events: int = 20_000
    sim_objects: int = 2_000
    sim_repetitions: int = 1
    cli_runs: int = 5
    #: Profile every measured run with cProfile into this directory (None: no profiling).
    profile_dir: Path | None = None


@dataclass
class Server:
    """A running gateway process and how clients reach it."""

    name: str
    process: JsonProcess
    target: str
    api_key: str


@contextlib.contextmanager
def start_server(name: str, settings: Settings, stubs: Path) -> Iterator[Server]:
    """Start the replay gateway or the simulator in its own process."""
    if name == "replay":
        process = JsonProcess(
            "benchmarks.replay_server",
            "--stubs",
            str(stubs),
            "--events",
            str(settings.events),
            "--objects",
            str(settings.objects),
            "--attributes",
            str(settings.attributes),
        )
        api_key = "mxgw_bench_replaysecret"
    else:
        process = JsonProcess("benchmarks.sim_server", "--objects", str(settings.sim_objects))
        api_key = process.hello["api_key"]
    try:
        yield Server(name, process, f"127.0.0.1:{process.hello['port']}", api_key)
    finally:
        process.close()


def _worker(client: str, server: Server, stubs: Path) -> JsonProcess:
    return JsonProcess(
        "benchmarks.worker",
        "--client",
        client,
        "--target",
        server.target,
        "--api-key",
        server.api_key,
        "--stubs",
        str(stubs),
    )


def _measure(
    workload: Workload, worker: JsonProcess, worker_name: str, server: Server, settings: Settings
) -> dict[str, Any]:
    """Warm up (unmeasured), then one measured run; adds the server's CPU seconds meanwhile."""
    command: dict[str, Any] = {**workload.command, "op": "run", "duration": settings.duration}
    if settings.profile_dir is not None:
        command["profile"] = str(
            settings.profile_dir / f"{server.name}-{workload.name}-{worker_name}.pstats"
        )
    if not workload.events:
        worker.call({**command, "op": "warmup", "seconds": min(0.25, settings.duration / 4)})
        server_cpu = server.process.cpu_seconds()
        result = worker.call(command)
        return {**result, "server_cpu": server.process.cpu_seconds() - server_cpu}
    count = settings.events if server.name == "replay" else settings.sim_events
    command["count"] = count
    session_id = worker.call({"op": "prepare_events", "tags": EVENT_TAGS})["session_id"]
    server_cpu = server.process.cpu_seconds()
    if server.name == "simulator":
        server.process.send(
            {"op": "emit", "session_id": session_id, "tags": EVENT_TAGS, "count": count}
        )
    result = worker.call(command)
    if server.name == "simulator":
        server.process.read()
    result["server_cpu"] = server.process.cpu_seconds() - server_cpu
    if result["ops"] != count:
        raise RuntimeError(f"{workload.name}: received {result['ops']} of {count} events")
    return result


def _rotated(clients: tuple[str, ...], repetition: int) -> list[str]:
    shift = repetition % len(clients)
    return list(clients[shift:] + clients[:shift])


def run_server(
    server: Server, settings: Settings, stubs: Path, progress: Any
) -> list[dict[str, Any]]:
    """Every selected workload on ``server``, clients alternating; one record per run."""
    records: list[dict[str, Any]] = []
    gateway_workloads = [WORKLOADS[n] for n in settings.workloads if n != CLI_WORKLOAD]
    workers: dict[str, JsonProcess] = {}
    if any(not w.fresh for w in gateway_workloads):
        workers = {client: _worker(client, server, stubs) for client in settings.clients}
    repetitions = settings.repetitions if server.name == "replay" else settings.sim_repetitions
    try:
        for workload in gateway_workloads:
            for repetition in range(repetitions):
                for client in _rotated(settings.clients, repetition):
                    if workload.fresh:
                        with _worker(client, server, stubs) as fresh:
                            result = _measure(workload, fresh, client, server, settings)
                    else:
                        result = _measure(workload, workers[client], client, server, settings)
                    record = {
                        "server": server.name,
                        "workload": workload.name,
                        "client": client,
                        "repetition": repetition,
                        "load": os.getloadavg()[0],
                        **result,
                    }
                    records.append(record)
                    progress(record)
    finally:
        for worker in workers.values():
            worker.close()
    return records


def run(settings: Settings, stubs: Path, progress: Any) -> dict[str, Any]:
    """Run everything ``settings`` selects; returns the runs and the CLI timings."""
    runs: list[dict[str, Any]] = []
    cli: list[dict[str, Any]] = []
    gateway_workloads = [w for w in settings.workloads if w != CLI_WORKLOAD]
    for name in settings.servers:
        if not gateway_workloads and name != "replay":
            continue
        with start_server(name, settings, stubs) as server:
            runs.extend(run_server(server, settings, stubs, progress))
            if name == "replay" and CLI_WORKLOAD in settings.workloads:
                cli = time_cli(server.target, server.api_key, stubs, settings, progress)
    if CLI_WORKLOAD in settings.workloads and "replay" not in settings.servers:
        with start_server("replay", settings, stubs) as server:
            cli = time_cli(server.target, server.api_key, stubs, settings, progress)
    return {"runs": runs, "cli": cli}
