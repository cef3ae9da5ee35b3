"""``Bridge``: gateway tag changes into an MQTT Unified Namespace, and opt-in writes back.

``await Bridge(config, options).run(stop)`` selects the tags (``selection``), maps them to
topics (``topics``), then runs the gateway feed (``feed``), the broker link (``mqtt``),
the write handler and the statistics until ``stop`` is set. Then it stops the feed,
flushes the outbox, publishes ``offline`` and returns. The tag selection needs the
gateway at start; after that, either side may come and go.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from mxgateway.bridge.mqtt import MqttLink
from mxgateway.bridge.outbox import Outbox, Outgoing
from mxgateway.bridge.payload import dumps
from mxgateway.bridge.selection import select_tags
from mxgateway.bridge.stats import BridgeStats
from mxgateway.bridge.topics import RESULT_SUFFIX, TopicMap, bridge_topic
from mxgateway.bridge.writes import (
    WriteRefusedError,
    WriteRequest,
    glob_matches,
    parse_request,
    result_document,
    write_tag,
)
from mxgateway.errors import ConnectionLostError, InvalidArgumentError, MxGatewayError
from mxgateway.galaxy import GalaxyRepositoryClient

if TYPE_CHECKING:
    from mxgateway.bridge.config import BridgeConfig
    from mxgateway.bridge.feed import GatewayFeed
    from mxgateway.options import ClientOptions

__all__ = ["MAX_CONCURRENT_WRITES", "Bridge"]

#: Set requests executed at the same time; more wait their turn.
MAX_CONCURRENT_WRITES = 16
_log = logging.getLogger(__name__)


class Bridge:
    """One bridge process's work: see the module docstring."""

    def __init__(self, config: BridgeConfig, options: ClientOptions) -> None:
        self.config = config
        self.options = options
        self.stats = BridgeStats()
        self.outbox = Outbox(config.queue_size)
        self.topics: TopicMap | None = None
        self.state_topic = bridge_topic(config.prefix, config.bridge_id, "state")
        self.stats_topic = bridge_topic(config.prefix, config.bridge_id, "stats")
        self._feed: GatewayFeed | None = None
        self._writes: set[asyncio.Task[None]] = set()
        self._write_slots = asyncio.Semaphore(MAX_CONCURRENT_WRITES)
        self._resync: asyncio.Task[None] | None = None

    async def select(self) -> TopicMap:
        """Select the tags through the Galaxy Repository and map them to topics."""
        async with GalaxyRepositoryClient.connect(self.options) as galaxy:
            tags = await select_tags(galaxy, self.config.selection)
        if not tags:
            raise InvalidArgumentError("the tag selection matched no tags")
        self.topics = TopicMap(self.config.prefix, tags)
        return self.topics

    async def run(self, stop: asyncio.Event) -> None:
        """Bridge until ``stop`` is set (or the feed fails for good, which is raised)."""
        from mxgateway.bridge.feed import GatewayFeed

        topics = self.topics or await self.select()
        self._feed = feed = GatewayFeed(self.options, self.config, topics, self.outbox, self.stats)
        link = MqttLink(
            self.config,
            self.outbox,
            self.stats,
            state_topic=self.state_topic,
            subscriptions=topics.set_topics() if self.config.allow_writes else [],
            on_message=self._on_message,
            on_connected=self._on_broker_connected,
        )
        link_stop = asyncio.Event()
        link_task = asyncio.create_task(link.run(link_stop), name="bridge-mqtt")
        feed_task = asyncio.create_task(feed.run(), name="bridge-gateway")
        stats_task = asyncio.create_task(self._publish_stats(), name="bridge-stats")
        stopping = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait(
                [feed_task, link_task, stopping], return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            feed.stop()
            for task in (stopping, feed_task, stats_task, self._resync, *self._writes):
                if task is not None:
                    task.cancel()
            pending = [stopping, feed_task, stats_task, *self._writes]
            if self._resync is not None:
                pending.append(self._resync)
            await asyncio.gather(*pending, return_exceptions=True)
            self._publish_stats_now()
            link_stop.set()
            await link_task
        error = None if feed_task.cancelled() else feed_task.exception()
        if error is not None:
            raise error

    # Statistics -----------------------------------------------------------------------

    def _publish_stats_now(self) -> None:
        document = self.stats.interval_document(
            queue_depth=len(self.outbox), capacity=self.outbox.capacity, drops=self.outbox.dropped
        )
        self.outbox.put(Outgoing(self.stats_topic, dumps(document), True))

    async def _publish_stats(self) -> None:
        while True:
            await asyncio.sleep(self.config.stats_interval)
            self._publish_stats_now()

    # Broker events ----------------------------------------------------------------------

    def _on_broker_connected(self) -> None:
        """After an overflow, re-read every tag so the retained values are current again."""
        feed = self._feed
        if not self.outbox.overflowed or feed is None or feed.session is None:
            return
        if self._resync is not None and not self._resync.done():
            return
        self.outbox.overflowed = False
        self._resync = asyncio.create_task(self._resync_all(feed))

    async def _resync_all(self, feed: GatewayFeed) -> None:
        session = feed.session
        if session is None:
            return
        try:
            await feed.resync(session)
        except MxGatewayError as exc:
            _log.warning("could not re-read the tags after an overflow: %s", exc)

    def _on_message(self, topic: str, payload: bytes, retained: bool) -> None:
        """A message on a set topic: refuse it at once or start its write."""
        tag = self.topics.tag_for_set_topic(topic) if self.topics else None
        if tag is None:
            return
        request: WriteRequest | None = None
        try:
            if retained:
                raise WriteRefusedError("a retained set request is ignored: publish without retain")
            if not glob_matches(tag, self.config.allow_writes):
                raise WriteRefusedError(f"writes to {tag} are not allowed (see --allow-writes)")
            request = parse_request(payload)
        except WriteRefusedError as exc:
            self.stats.writes_refused += 1
            self._result(topic, tag, request, exc)
            return
        task = asyncio.create_task(self._write(topic, tag, request))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _write(self, topic: str, tag: str, request: WriteRequest) -> None:
        async with self._write_slots:
            session = self._feed.session if self._feed else None
            error: MxGatewayError | None = None
            try:
                if session is None:
                    raise ConnectionLostError("the bridge is not connected to the gateway")
                await write_tag(session, tag, request, self.config.write_timeout)
            except MxGatewayError as exc:
                error = exc
            if error is None:
                self.stats.writes_ok += 1
            else:
                self.stats.writes_failed += 1
            self._result(topic, tag, request, error)

    def _result(
        self, topic: str, tag: str, request: WriteRequest | None, error: BaseException | None
    ) -> None:
        document = result_document(tag, request, error)
        self.outbox.put(Outgoing(topic + RESULT_SUFFIX, dumps(document), False))
        _log.info("write %s: %s", tag, "ok" if error is None else document["error"])
