"""The broker side of the bridge: one aiomqtt connection at a time, re-made until stopped.

Each connection announces ``online`` on the state topic (retained, QoS 1) with a last
will saying ``offline``, subscribes the ``set`` topics when writes are enabled, and runs
``WINDOW`` publishers that take messages from the ``Outbox`` and publish them with QoS 1,
so up to ``WINDOW`` messages are in flight and order is kept (each publisher hands its
message to the MQTT client before it waits for the acknowledgement). When the
connection breaks, the unacknowledged messages go back to the front of the outbox and
the link reconnects with a doubling delay. On stop it flushes what is queued (for at
most ``flush_timeout`` seconds), publishes ``offline`` and disconnects cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import math
import socket
import ssl
from typing import TYPE_CHECKING, Any, Final

import aiomqtt

if TYPE_CHECKING:
    from collections.abc import Callable

    from mxgateway.bridge.config import BridgeConfig
    from mxgateway.bridge.outbox import Outbox, Outgoing
    from mxgateway.bridge.stats import BridgeStats

__all__ = ["OFFLINE", "ONLINE", "WINDOW", "MqttLink"]

#: Messages in flight (published, not yet acknowledged) per connection.
WINDOW: Final = 64
#: Topics per SUBSCRIBE packet.
_SUBSCRIBE_CHUNK: Final = 500
ONLINE: Final = b"online"
OFFLINE: Final = b"offline"
_log = logging.getLogger(__name__)


class MqttLink:
    """Publishes the outbox to the broker and hands incoming set requests to ``on_message``."""

    def __init__(
        self,
        config: BridgeConfig,
        outbox: Outbox,
        stats: BridgeStats,
        *,
        state_topic: str,
        subscriptions: list[str],
        on_message: Callable[[str, bytes, bool], None],
        on_connected: Callable[[], None],
        flush_timeout: float = 5.0,
    ) -> None:
        self._config = config
        self._outbox = outbox
        self._stats = stats
        self._state_topic = state_topic
        self._subscriptions = subscriptions
        self._on_message = on_message
        self._on_connected = on_connected
        self._flush_timeout = flush_timeout
        self._sequence = itertools.count()
        #: True while a connection is up.
        self.connected = False

    def _client(self) -> aiomqtt.Client:
        settings = self._config.mqtt
        tls = None
        if settings.tls or settings.ca_file is not None:
            tls = ssl.create_default_context(
                cafile=str(settings.ca_file) if settings.ca_file else None
            )
        client = aiomqtt.Client(
            settings.host,
            settings.port,
            identifier=self._config.client_id,
            username=settings.username,
            password=settings.password(),
            will=aiomqtt.Will(self._state_topic, OFFLINE, qos=1, retain=True),
            keepalive=settings.keepalive,
            tls_context=tls,
            max_inflight_messages=WINDOW,
            timeout=10.0,
            # Small QoS 1 publishes and their PUBACKs must not wait for delayed ACKs.
            socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
        )
        client.pending_calls_threshold = 2 * WINDOW
        return client

    async def run(self, stop: asyncio.Event) -> None:
        """Stay connected (reconnecting after each failure) until ``stop`` is set."""
        delay = self._config.reconnect_delay
        while not stop.is_set():
            try:
                async with self._client() as client:
                    delay = self._config.reconnect_delay
                    await self._connected(client, stop)
                    return
            except aiomqtt.MqttError as exc:
                _log.warning("broker connection lost or refused: %s", exc)
            finally:
                self.connected = False
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, self._config.max_reconnect_delay)

    async def _connected(self, client: aiomqtt.Client, stop: asyncio.Event) -> None:
        await client.publish(self._state_topic, ONLINE, qos=1, retain=True)
        for start in range(0, len(self._subscriptions), _SUBSCRIBE_CHUNK):
            chunk = self._subscriptions[start : start + _SUBSCRIBE_CHUNK]
            await client.subscribe([(topic, 1) for topic in chunk])
        self.connected = True
        self._stats.broker_connects += 1
        _log.info("connected to the broker %s:%s", self._config.mqtt.host, self._config.mqtt.port)
        self._on_connected()
        inflight: dict[int, Outgoing] = {}
        tasks: list[asyncio.Task[Any]] = [
            asyncio.create_task(self._publish(client, inflight)) for _ in range(WINDOW)
        ]
        tasks.append(asyncio.create_task(self._receive(client)))
        stopping = asyncio.create_task(stop.wait())
        try:
            done, _ = await asyncio.wait([*tasks, stopping], return_when=asyncio.FIRST_COMPLETED)
            if stopping in done:
                await self._flush(inflight, tasks)
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                await client.publish(self._state_topic, OFFLINE, qos=1, retain=True)
                return
            for task in done:
                task.result()
            raise aiomqtt.MqttError("the broker connection ended")
        finally:
            stopping.cancel()
            for task in tasks:
                task.cancel()
            await asyncio.gather(stopping, *tasks, return_exceptions=True)
            self._outbox.requeue(inflight[key] for key in sorted(inflight))

    async def _flush(self, inflight: dict[int, Outgoing], tasks: list[asyncio.Task[Any]]) -> None:
        """Wait until the outbox is empty and acknowledged, the link fails, or time runs out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._flush_timeout
        while (len(self._outbox) or inflight) and loop.time() < deadline:
            if any(task.done() for task in tasks):
                return
            await asyncio.sleep(0.01)

    async def _publish(self, client: aiomqtt.Client, inflight: dict[int, Outgoing]) -> None:
        outbox, stats = self._outbox, self._stats
        while True:
            message = await outbox.get()
            key = next(self._sequence)
            inflight[key] = message
            await client.publish(
                message.topic, message.payload, qos=1, retain=message.retain, timeout=math.inf
            )
            del inflight[key]
            stats.acknowledged(message.queued_at)

    async def _receive(self, client: aiomqtt.Client) -> None:
        async for message in client.messages:
            payload = message.payload
            if not isinstance(payload, (bytes, bytearray)):
                payload = b"" if payload is None else str(payload).encode()
            self._on_message(message.topic.value, bytes(payload), message.retain)
