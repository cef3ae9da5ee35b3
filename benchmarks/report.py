"""Summaries and the printed table: medians over repetitions and ratios to the reference.

For each (server, workload, client): throughput as the median of the repetitions with
their min and max, CPU time per operation (median), peak RSS growth during the run
(median), the server's CPU time per operation (a check that the server is not the
limit), and throughput and client CPU as a ratio to the reference client (grpc.aio + protobuf)
on the same server and workload.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from benchmarks.workloads import WORKLOADS

REFERENCE = "reference"


def summarize(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (server, workload, client), in run order, with ratios to the reference."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for run in runs:
        groups[(run["server"], run["workload"], run["client"])].append(run)
    rows = []
    for (server, workload, client), group in groups.items():
        rates = [r["ops"] / r["wall"] for r in group]
        cpu_per_op = [r["cpu"] / r["ops"] for r in group]
        rows.append(
            {
                "server": server,
                "workload": workload,
                "client": client,
                "unit": WORKLOADS[workload].unit,
                "repetitions": len(group),
                "throughput": statistics.median(rates),
                "throughput_min": min(rates),
                "throughput_max": max(rates),
                "items_per_s": statistics.median(r["items"] / r["wall"] for r in group),
                "cpu_us_per_op": statistics.median(cpu_per_op) * 1e6,
                "peak_rss_mib": statistics.median(r["peak_rss"] for r in group) / 2**20,
                "server_cpu_us_per_op": statistics.median(
                    r.get("server_cpu", 0.0) / r["ops"] for r in group
                )
                * 1e6,
            }
        )
    reference = {(r["server"], r["workload"]): r for r in rows if r["client"] == REFERENCE}
    for row in rows:
        ref = reference.get((row["server"], row["workload"]))
        row["throughput_vs_reference"] = row["throughput"] / ref["throughput"] if ref else None
        row["cpu_vs_reference"] = row["cpu_us_per_op"] / ref["cpu_us_per_op"] if ref else None
    return rows


def summarize_cli(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Median wall and CPU per CLI command, and the ratio to the first (baseline) command."""
    rows = []
    for record in records:
        walls, cpus = record["wall"], record["cpu"]
        rows.append(
            {
                "command": record["command"],
                "runs": len(walls),
                "error": record["error"],
                "wall_ms": statistics.median(walls) * 1e3 if walls else None,
                "wall_ms_min": min(walls) * 1e3 if walls else None,
                "wall_ms_max": max(walls) * 1e3 if walls else None,
                "cpu_ms": statistics.median(cpus) * 1e3 if cpus else None,
            }
        )
    baseline = rows[0]["wall_ms"] if rows else None
    for row in rows:
        row["wall_vs_baseline"] = (
            row["wall_ms"] / baseline if baseline and row["wall_ms"] is not None else None
        )
    return rows


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _markdown(header: list[str], body: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return lines


def table(rows: list[dict[str, Any]], cli_rows: list[dict[str, Any]]) -> str:
    """The results as Markdown tables: one per server, then the CLI start-up table."""
    out: list[str] = []
    for server in dict.fromkeys(r["server"] for r in rows):
        out += ["", f"### {server}", ""]
        body = []
        for row in (r for r in rows if r["server"] == server):
            body.append(
                [
                    row["workload"],
                    row["client"],
                    f"{_number(row['throughput'])} {row['unit']}",
                    f"{_number(row['throughput_min'])}-{_number(row['throughput_max'])}",
                    _number(row["cpu_us_per_op"]),
                    _ratio(row["throughput_vs_reference"]),
                    _ratio(row["cpu_vs_reference"]),
                    _number(row["server_cpu_us_per_op"]),
                    _number(row["peak_rss_mib"]) if row["workload"].startswith("galaxy") else "",
                ]
            )
        header = [
            "workload",
            "client",
            "throughput (median)",
            "min-max",
            "CPU us/op",
            "speed vs ref",
            "CPU vs ref",
            "server CPU us/op",
            "peak RSS MiB",
        ]
        out += _markdown(header, body)
    if cli_rows:
        out += ["", "### CLI start-up (wall time from process start to exit)", ""]
        body = [
            [
                row["command"],
                "unavailable: " + row["error"]
                if row["wall_ms"] is None
                else f"{row['wall_ms']:.0f} ms ({row['wall_ms_min']:.0f}-{row['wall_ms_max']:.0f})",
                "" if row["cpu_ms"] is None else f"{row['cpu_ms']:.0f} ms",
                _ratio(row["wall_vs_baseline"]),
            ]
            for row in cli_rows
        ]
        out += _markdown(["command", "wall (median, min-max)", "CPU", "vs baseline"], body)
    return "\n".join(out).lstrip("\n")
