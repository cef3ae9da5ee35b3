"""Latency statistics for the benchmarks: linear-interpolation percentiles."""

import math
from collections.abc import Sequence

__all__ = ["latency_summary", "percentile"]


def percentile(ordered: Sequence[float], fraction: float) -> float:
    """The ``fraction`` (0..1) percentile of ascending ``ordered`` by linear interpolation.

    Rank ``fraction * (n - 1)`` between the two nearest samples (numpy's default
    "linear" method); 0.0 for no samples.
    """
    if not ordered:
        return 0.0
    rank = fraction * (len(ordered) - 1)
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def latency_summary(samples_ms: Sequence[float]) -> dict[str, float]:
    """p50, p95, p99, max and mean of latencies in milliseconds (all 0.0 without samples)."""
    ordered = sorted(samples_ms)
    mean = sum(ordered) / len(ordered) if ordered else 0.0
    summary = {
        "p50": percentile(ordered, 0.50),
        "p95": percentile(ordered, 0.95),
        "p99": percentile(ordered, 0.99),
        "max": ordered[-1] if ordered else 0.0,
        "mean": mean,
    }
    return {key: round(value, 3) for key, value in summary.items()}
