"""The simulator's settings, with the real gateway's defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from mxgateway.simulator.auth import ApiKeySpec
    from mxgateway.simulator.clock import Clock

__all__ = ["DEFAULT_USERS", "SimulatorConfig"]

#: AuthenticateUser accounts of the simulated galaxy (user name -> password).
DEFAULT_USERS: Mapping[str, str] = {
    "operator": "op-pass",
    "supervisor": "super-pass",
    "engineer": "eng-pass",
}


@dataclass
class SimulatorConfig:
    """Everything a Simulator can be told; defaults match a stock gateway.

    Times are seconds on the simulator clock. ``api_keys`` None means one
    generated full-scope key. ``first_value_delay`` is how long the first
    OnDataChange after an Advise takes (0: at once), ``read_timeout`` the
    worker's ReadBulk default when ``timeout_ms`` is 0, ``alarm_objects`` how
    many machines the alarm monitor evaluates limit alarms for every second,
    ``max_message_size`` the largest request or reply in bytes (16 MiB).
    ``deployed`` False starts with a galaxy never deployed (no deploy time, no
    objects) until ``Simulator.redeploy()`` deploys it.
    """

    host: str = "127.0.0.1"
    port: int = 0
    api_keys: Sequence[ApiKeySpec] | None = None
    require_auth: bool = True
    tls_cert: str | Path | None = None
    tls_key: str | Path | None = None
    objects: int = 20
    areas: int = 1
    deployed: bool = True
    seed: int = 0
    clock: Clock | None = None
    users: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_USERS), repr=False)
    max_sessions: int = 64
    max_pending_commands: int = 128
    event_queue_capacity: int = 10_000
    replay_capacity: int = 1024
    replay_max_age: float = 300.0
    subscriber_grace: float = 30.0
    session_lease: float = 1800.0
    command_timeout: float = 30.0
    write_complete_delay: float = 0.0
    first_value_delay: float = 0.0
    read_timeout: float = 5.0
    deploy_poll_interval: float = 30.0
    deploy_event_buffer: int = 64
    alarm_objects: int = 100
    alarm_feed_capacity: int = 10_000
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE
    #: Capability tokens to advertise and implement (None: all). An older gateway lacks
    #: some and refuses their commands with PROTOCOL_VIOLATION.
    capabilities: Sequence[str] | None = None

    def __post_init__(self) -> None:
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("TLS needs both tls_cert and tls_key")
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port must be between 0 and 65535, got {self.port}")
        for name in ("objects", "seed", "alarm_objects"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0")
        for name in (
            "areas",
            "max_sessions",
            "max_pending_commands",
            "event_queue_capacity",
            "deploy_event_buffer",
            "alarm_feed_capacity",
            "max_message_size",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        for name in (
            "replay_max_age",
            "subscriber_grace",
            "session_lease",
            "write_complete_delay",
            "first_value_delay",
            "read_timeout",
            "deploy_poll_interval",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0 seconds")
        if self.command_timeout <= 0:
            raise ValueError("command_timeout must be > 0 seconds")
        if self.replay_capacity < 0:
            raise ValueError("replay_capacity must be >= 0")
        if self.api_keys is not None and not self.api_keys and self.require_auth:
            raise ValueError(
                "api_keys is empty: give at least one key, None, or require_auth=False"
            )
