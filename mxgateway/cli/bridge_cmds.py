"""``mxgw-py bridge mqtt``: gateway tag changes into an MQTT Unified Namespace, until SIGTERM.

Options override the ``--config`` TOML file key by key (sections ``[mqtt]``, ``[tags]``,
``[bridge]``, with the option names below minus their ``mqtt-`` prefix, ``-`` as ``_``).
The broker password comes only from the environment (``MXGW_MQTT_PASSWORD`` or the
variable named by ``--mqtt-password-env``). Without aiomqtt the command says how to
install it and exits 2.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path  # noqa: TC003 (cyclopts converts arguments by annotation)
from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import App, Group, Parameter

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.exit_codes import INTERRUPTED, USAGE
from mxgateway.cli.runner import Outcome, report, run

if TYPE_CHECKING:
    from mxgateway.bridge.config import BridgeConfig
    from mxgateway.options import ClientOptions

__all__ = ["INSTALL_HINT", "bridge"]

#: What to run when the ``mqtt`` extra is missing.
INSTALL_HINT = "pip install 'mxgateway[mqtt]'"

bridge = App(
    name="bridge",
    help="Bridge the gateway to other systems.\n\n`bridge mqtt` publishes tag changes into an "
    "MQTT Unified Namespace (needs the mqtt extra: " + INSTALL_HINT + ").",
)

_MQTT = Group("MQTT broker", sort_key=10)
_TAGS = Group("Tags (a list, or a Galaxy selection)", sort_key=20)
_BRIDGE = Group("Bridge", sort_key=30)
_Strings = Annotated[
    list[str] | None, Parameter(show_default=False, negative_iterable="", consume_multiple=False)
]


class _RedactingFormatter(logging.Formatter):
    """Log lines with API keys and the broker password removed."""

    def format(self, record: logging.LogRecord) -> str:
        from mxgateway.redaction import redact_secrets

        return redact_secrets(super().format(record))


def _broker(value: str) -> tuple[str, int | None]:
    """``host[:port]`` -> (host, port or None)."""
    host, colon, port = value.rpartition(":")
    if not colon or "]" in port:
        return value, None
    if not port.isdigit():
        from mxgateway.errors import InvalidArgumentError

        raise InvalidArgumentError(f"--broker {value!r} is not host or host:port")
    return host.strip("[]"), int(port)


@bridge.command(name="mqtt")
def mqtt(
    *,
    config: Annotated[Path | None, Parameter(show_default=False)] = None,
    broker: Annotated[str | None, Parameter(group=_MQTT, show_default=False)] = None,
    mqtt_username: Annotated[str | None, Parameter(group=_MQTT, show_default=False)] = None,
    mqtt_password_env: Annotated[str | None, Parameter(group=_MQTT, show_default=False)] = None,
    mqtt_tls: Annotated[bool | None, Parameter(group=_MQTT, show_default=False)] = None,
    mqtt_ca_file: Annotated[Path | None, Parameter(group=_MQTT, show_default=False)] = None,
    client_id: Annotated[str | None, Parameter(group=_MQTT, show_default=False)] = None,
    tag: Annotated[_Strings, Parameter(group=_TAGS)] = None,
    tags_file: Annotated[Path | None, Parameter(group=_TAGS, show_default=False)] = None,
    area: Annotated[str | None, Parameter(group=_TAGS, show_default=False)] = None,
    template: Annotated[_Strings, Parameter(group=_TAGS)] = None,
    object_glob: Annotated[str | None, Parameter(group=_TAGS, show_default=False)] = None,
    attribute_glob: Annotated[str | None, Parameter(group=_TAGS, show_default=False)] = None,
    historized_only: Annotated[bool | None, Parameter(group=_TAGS, show_default=False)] = None,
    alarm_only: Annotated[bool | None, Parameter(group=_TAGS, show_default=False)] = None,
    chunk_size: Annotated[int | None, Parameter(group=_TAGS, show_default=False)] = None,
    prefix: Annotated[str | None, Parameter(group=_BRIDGE, show_default=False)] = None,
    bridge_id: Annotated[str | None, Parameter(group=_BRIDGE, show_default=False)] = None,
    allow_writes: Annotated[_Strings, Parameter(group=_BRIDGE)] = None,
    queue_size: Annotated[int | None, Parameter(group=_BRIDGE, show_default=False)] = None,
    stats_interval: Annotated[float | None, Parameter(group=_BRIDGE, show_default=False)] = None,
    write_timeout: Annotated[float | None, Parameter(group=_BRIDGE, show_default=False)] = None,
    simulate: Annotated[bool, Parameter(negative="")] = False,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Publish tag changes to an MQTT broker until SIGTERM or Ctrl-C.

    Parameters
    ----------
    config
        TOML file with [mqtt], [tags] and [bridge] sections; options override its keys.
    broker
        Broker as host or host:port (default localhost:1883).
    mqtt_username
        Broker user name.
    mqtt_password_env
        Environment variable holding the broker password (default MXGW_MQTT_PASSWORD).
    mqtt_tls
        Connect to the broker with TLS (system roots, or --mqtt-ca-file).
    mqtt_ca_file
        PEM CA file to verify the broker with (implies TLS).
    client_id
        MQTT client id (default mxgw-bridge-BRIDGE_ID).
    tag
        Tag to bridge (Object.Attribute); repeat for several.
    tags_file
        File of tags, one per line (# starts a comment).
    area
        Galaxy selection: the area (contained path, e.g. Plant/Line3) to bridge.
    template
        Galaxy selection: objects whose template chain contains this template; repeatable.
    object_glob
        Galaxy selection: object tag names matching this glob (* and ?).
    attribute_glob
        Galaxy selection: attribute names matching this glob (default all).
    historized_only
        Galaxy selection: historized attributes only.
    alarm_only
        Galaxy selection: alarm attributes only.
    chunk_size
        Tags per SubscribeBulk call (default 1000).
    prefix
        Root of the topic tree (default mxgateway).
    bridge_id
        This bridge's name under PREFIX/$bridge/ (default bridge).
    allow_writes
        Tag glob whose PREFIX/.../set topic is turned into writes; repeatable. Default: none.
    queue_size
        Messages held while the broker is slow or away; when full the oldest is dropped and
        counted (default 100000).
    stats_interval
        Seconds between statistics on PREFIX/$bridge/ID/stats (default 10).
    write_timeout
        Seconds a write waits for its OnWriteComplete (default 30).
    simulate
        Bridge a simulator run in this process instead of a gateway (for trying it out).
    """
    if importlib.util.find_spec("aiomqtt") is None:
        report(
            f"the MQTT bridge needs aiomqtt: {INSTALL_HINT}",
            "ModuleNotFoundError",
            json=common.json,
        )
        return USAGE
    host, port = _broker(broker) if broker else (None, None)
    given: dict[str, dict[str, Any]] = {
        "mqtt": {
            "host": host,
            "port": port,
            "username": mqtt_username,
            "password_env": mqtt_password_env,
            "tls": mqtt_tls,
            "ca_file": mqtt_ca_file,
            "client_id": client_id,
        },
        "tags": {
            "tags": tag,
            "tags_file": tags_file,
            "area": area,
            "templates": template,
            "object_glob": object_glob,
            "attribute_glob": attribute_glob,
            "historized_only": historized_only,
            "alarm_only": alarm_only,
            "chunk_size": chunk_size,
        },
        "bridge": {
            "prefix": prefix,
            "bridge_id": bridge_id,
            "allow_writes": allow_writes,
            "queue_size": queue_size,
            "stats_interval": stats_interval,
            "write_timeout": write_timeout,
        },
    }

    async def work() -> Outcome:
        from mxgateway.bridge.config import BridgeConfig, load_config_file, merge_sections
        from mxgateway.cli.simulated import gateway_options

        sections = merge_sections(load_config_file(config) if config else {}, given)
        bridge_config = BridgeConfig.from_sections(sections)
        async with gateway_options(common, simulate=simulate, streaming=True) as options:
            return await _serve(bridge_config, options)

    return run(common, work)


async def _serve(config: BridgeConfig, options: ClientOptions) -> Outcome:
    """Run the bridge until SIGTERM (exit 0) or SIGINT (exit 130), stopping it cleanly."""
    import asyncio
    import signal

    from mxgateway.bridge.bridge import Bridge
    from mxgateway.redaction import remember_secret

    secret = config.mqtt.password()
    if secret:
        remember_secret(secret)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_RedactingFormatter("mxgw-py bridge: %(message)s"))
    logger = logging.getLogger("mxgateway.bridge")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    stop = asyncio.Event()
    received: list[signal.Signals] = []
    loop = asyncio.get_running_loop()

    def on_signal(signum: signal.Signals) -> None:
        received.append(signum)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        await Bridge(config, options).run(stop)
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        logger.removeHandler(handler)
    return Outcome(None, INTERRUPTED if signal.SIGINT in received else 0)
