"""Where a profiled run spent its time, grouped by layer: ``python -m benchmarks.profile_summary
FILE.pstats ...`` (files from ``python -m benchmarks --profile-dir DIR``).

Layers: protobuf coding (betterproto2, the generated bindings and codec), the HTTP/2 and gRPC
transport (grpclib, h2, hpack), mxgateway's own code (checks and typed conversion),
dataclass constructors, asyncio, time spent waiting in epoll (cProfile measures wall
time) and the rest. Each function's own time (``tottime``) counts once, so the
shares add up to 100 %; the top functions follow.
"""

from __future__ import annotations

import argparse
import pstats
from collections import defaultdict

LAYERS = (
    (
        "protobuf coding (generated codec, betterproto2)",
        ("/betterproto2/", "/mxgateway/wire/_generated/", "/mxgateway/wire/codec"),
    ),
    ("transport (grpclib, h2, hpack)", ("/grpclib/", "/h2/", "/hpack/", "/hyperframe/")),
    ("grpcio / protobuf (C stubs)", ("/grpc/", "/google/protobuf/")),
    ("mxgateway (checks, typed conversion)", ("/mxgateway/",)),
    ("asyncio", ("/asyncio/",)),
)


def layer_of(filename: str, function: str) -> str:
    """The layer a function belongs to, by its file (and for built-ins, its name)."""
    if "epoll" in function or "select" in function:
        return "waiting for the network (epoll; wall time, not CPU)"
    if filename == "<string>":
        return "dataclass __init__ (messages and result objects)"
    for name, markers in LAYERS:
        if any(marker in filename for marker in markers):
            return name
    return "other (builtins, enum, benchmark loop)"


def summarize(path: str, top: int) -> str:
    """The per-layer shares and the ``top`` functions by own time of one profile."""
    stats = pstats.Stats(path)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    layers: dict[str, float] = defaultdict(float)
    for (filename, _, function), entry in raw.items():
        layers[layer_of(filename, function)] += entry[2]
    lines = [f"{path}: {total:.3f} s of own time"]
    lines += [
        f"  {share / total:6.1%}  {name}"
        for name, share in sorted(layers.items(), key=lambda item: -item[1])
    ]
    lines.append(f"  top {top} functions by own time:")
    ranked = sorted(raw.items(), key=lambda item: -item[1][2])[:top]
    for (filename, line, function), entry in ranked:
        short = filename.split("site-packages/")[-1].split("/work/main/")[-1]
        lines.append(f"  {entry[2] / total:6.1%}  {entry[1]:>8} calls  {function} ({short}:{line})")
    return "\n".join(lines)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("profiles", nargs="+")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    for path in args.profiles:
        print(summarize(path, args.top))


if __name__ == "__main__":
    main()
