"""The bridge's counters and the statistics document it publishes periodically.

Totals count since start; rates and publish lag cover the last interval. Publish lag is
the time from queuing a message to the broker's acknowledgement (PUBACK), so it grows
when the broker is slow or away and the queue backs up.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BridgeStats"]


@dataclass
class BridgeStats:
    """Counters the bridge updates as it runs; ``interval_document`` reads and resets the window."""

    changes: int = 0
    published: int = 0
    writes_ok: int = 0
    writes_failed: int = 0
    writes_refused: int = 0
    gateway_connects: int = 0
    broker_connects: int = 0
    replay_gaps: int = 0
    resyncs: int = 0
    failed_tags: int = 0
    _window_start: float = field(default_factory=time.monotonic)
    _window_changes: int = 0
    _window_published: int = 0
    _lag_sum: float = 0.0
    _lag_max: float = 0.0

    def acknowledged(self, queued_at: float) -> None:
        """Count one message the broker acknowledged, and its publish lag."""
        lag = time.monotonic() - queued_at
        self.published += 1
        self._lag_sum += lag
        if lag > self._lag_max:
            self._lag_max = lag

    def interval_document(self, *, queue_depth: int, capacity: int, drops: int) -> dict[str, Any]:
        """The statistics since the last call (rates, lag) plus the totals; starts a new window."""
        now = time.monotonic()
        seconds = max(now - self._window_start, 1e-9)
        changes = self.changes - self._window_changes
        published = self.published - self._window_published
        document = {
            "changes_per_s": round(changes / seconds, 1),
            "published_per_s": round(published / seconds, 1),
            "publish_lag_ms": {
                "mean": round(1000 * self._lag_sum / published, 3) if published else None,
                "max": round(1000 * self._lag_max, 3) if published else None,
            },
            "queue_depth": queue_depth,
            "queue_capacity": capacity,
            "drops": drops,
            "changes": self.changes,
            "published": self.published,
            "writes": {
                "ok": self.writes_ok,
                "failed": self.writes_failed,
                "refused": self.writes_refused,
            },
            "gateway_connects": self.gateway_connects,
            "broker_connects": self.broker_connects,
            "replay_gaps": self.replay_gaps,
            "resyncs": self.resyncs,
            "failed_tags": self.failed_tags,
        }
        self._window_start = now
        self._window_changes, self._window_published = self.changes, self.published
        self._lag_sum = self._lag_max = 0.0
        return document
