"""Fault injection state shared by the services: latency and failed commands."""

from __future__ import annotations

from dataclasses import dataclass

from mxgateway.wire.contract import mx

__all__ = ["FaultState"]


@dataclass
class FaultState:
    """What the next calls should suffer."""

    latency: float = 0.0
    failures_left: int = 0
    failure_code: mx.ProtocolStatusCode = mx.ProtocolStatusCode.WORKER_UNAVAILABLE

    def fail_next(self, count: int, code: mx.ProtocolStatusCode) -> None:
        if count < 0:
            raise ValueError("count must be >= 0")
        if code is mx.ProtocolStatusCode.OK:
            raise ValueError("an injected failure cannot be OK")
        self.failures_left = count
        self.failure_code = code

    def take_command_failure(self) -> mx.ProtocolStatusCode | None:
        """The code the next Invoke must fail with, if one is due."""
        if self.failures_left <= 0:
            return None
        self.failures_left -= 1
        return self.failure_code
