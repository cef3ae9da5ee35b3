"""``python -m benchmarks``: options, the run, the printed table and the JSON results file."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks import protoc, report
from benchmarks.processes import ROOT
from benchmarks.runner import SERVERS, Settings, run
from benchmarks.worker import CLIENTS
from benchmarks.workloads import ALL_NAMES, WORKLOADS

RESULTS = Path(__file__).resolve().parent / "results"
_PACKAGES = ("mxgateway", "betterproto2", "grpclib", "grpcio", "protobuf")


def _names(text: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in allowed]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown) or '(none)'}; choose from {', '.join(allowed)}"
        )
    return names


def parser() -> argparse.ArgumentParser:
    """The command-line options (defaults: the full run, under ten minutes on 2 cores)."""
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="mxgateway (typed, raw) against grpc.aio + protobuf (reference) and the "
        "raw-bytes grpcio floor, on a replay gateway and on the simulator.",
    )
    p.add_argument("--duration", type=float, default=1.0, help="seconds per timed run (1.0)")
    p.add_argument("--repetitions", type=int, default=3, help="runs per client (3)")
    p.add_argument(
        "--workloads",
        type=lambda t: _names(t, ALL_NAMES, "workload"),
        default=ALL_NAMES,
        help="comma-separated: " + ",".join(ALL_NAMES),
    )
    p.add_argument(
        "--clients",
        type=lambda t: _names(t, CLIENTS, "client"),
        default=CLIENTS,
        help="comma-separated: " + ",".join(CLIENTS),
    )
    p.add_argument(
        "--servers",
        type=lambda t: _names(t, SERVERS, "server"),
        default=SERVERS,
        help="comma-separated: " + ",".join(SERVERS),
    )
    p.add_argument("--events", type=int, default=100_000, help="events per replay run")
    p.add_argument("--objects", type=int, default=100_000, help="Galaxy objects (replay)")
    p.add_argument("--attributes", type=int, default=4, help="attributes per object (replay)")
    p.add_argument("--sim-events", type=int, default=20_000, help="events per simulator run")
    p.add_argument("--sim-objects", type=int, default=2_000, help="simulator galaxy objects")
    p.add_argument(
        "--sim-repetitions", type=int, default=1, help="runs per client on the simulator (1)"
    )
    p.add_argument("--cli-runs", type=int, default=5, help="CLI runs per repetition (5)")
    p.add_argument(
        "--profile-dir",
        type=Path,
        help="profile every measured run with cProfile into this directory (slows the clients)",
    )
    p.add_argument("--output", type=Path, help="JSON results file (default: benchmarks/results/)")
    return p


def _versions() -> dict[str, str]:
    found = {}
    for name in _PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "mxgateway", "benchmarks"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _progress(record: dict[str, Any]) -> None:
    if "cli" in record:
        status = record["error"] or f"{record['runs']} runs"
        print(f"  cli {record['cli']}: {status}", file=sys.stderr, flush=True)
        return
    unit = WORKLOADS[record["workload"]].unit
    print(
        f"  {record['server']:9} {record['workload']:15} {record['client']:9} "
        f"rep {record['repetition']}: {record['ops'] / record['wall']:>11,.0f} {unit:9} "
        f"{record['cpu'] / record['ops'] * 1e6:>9.1f} us CPU/op  load {record['load']:.2f}",
        file=sys.stderr,
        flush=True,
    )


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the benchmarks, print the table, write the JSON results; returns the document."""
    args = parser().parse_args(argv)
    settings = Settings(**{f.name: getattr(args, f.name) for f in dataclasses.fields(Settings)})
    if settings.profile_dir is not None:
        settings.profile_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="mxgw-bench-") as tmp:
        stubs = protoc.generate(Path(tmp) / "stubs")
        results = run(settings, stubs, _progress)
    rows = report.summarize(results["runs"])
    cli_rows = report.summarize_cli(results["cli"])
    document = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "load_before": load_before,
            "load_after": os.getloadavg(),
        },
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "versions": _versions(),
        # Paths (--profile-dir) as text: json.dumps refuses Path objects.
        "settings": {
            k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(settings).items()
        },
        "elapsed_s": time.perf_counter() - started,
        "summary": rows,
        "cli": cli_rows,
        "runs": results["runs"],
        "cli_runs": results["cli"],
    }
    output = args.output or RESULTS / f"bench-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    machine = document["machine"]
    print(
        f"{machine['cpus']} CPUs, Python {machine['python']}, load "
        f"{load_before[0]:.2f} -> {machine['load_after'][0]:.2f}, "
        f"{document['elapsed_s']:.0f} s, commit {document['commit']}\n"
    )
    print(report.table(rows, cli_rows))
    print(f"\nresults: {output}")
    if settings.profile_dir is not None:
        print(f"profiles: {settings.profile_dir} (python -m pstats FILE; sort tottime; stats 20)")
    return document
