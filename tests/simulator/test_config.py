"""SimulatorConfig: the real gateway's defaults, and clear errors for impossible settings."""

from __future__ import annotations

from typing import Any

import pytest

from mxgateway.simulator import SimulatorConfig


def test_defaults_are_the_gateways() -> None:
    config = SimulatorConfig()
    assert (config.host, config.max_sessions, config.max_pending_commands) == ("127.0.0.1", 64, 128)
    assert (config.command_timeout, config.session_lease, config.subscriber_grace) == (
        30.0,
        1800.0,
        30.0,
    )
    assert (config.event_queue_capacity, config.replay_capacity, config.replay_max_age) == (
        10_000,
        1024,
        300.0,
    )
    assert config.max_message_size == 16 * 1024 * 1024
    assert config.deploy_poll_interval == 30.0


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"port": 70000}, "port"),
        ({"objects": -1}, "objects"),
        ({"max_sessions": 0}, "max_sessions"),
        ({"max_pending_commands": 0}, "max_pending_commands"),
        ({"max_message_size": 0}, "max_message_size"),
        ({"command_timeout": 0}, "command_timeout"),
        ({"session_lease": -1}, "session_lease"),
        ({"replay_capacity": -1}, "replay_capacity"),
        ({"tls_key": "key.pem"}, "both"),
        ({"api_keys": []}, "api_keys"),
    ],
)
def test_impossible_settings_are_refused(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SimulatorConfig(**settings)
