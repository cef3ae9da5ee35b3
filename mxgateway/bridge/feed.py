"""The gateway side of the bridge: one session subscribed to every bridged tag, re-made on loss.

The feed connects, opens a session and subscribes the tags in SubscribeBulk chunks
(``session.subscribe`` per chunk). Every data change becomes a value document in the
outbox, which never blocks, so the session's event stream is always drained. A
``ReplayGap`` (events the gateway no longer held) and a resynchronisation request re-read
the tags with ``session.read`` and publish the current values. A gateway restart is
recovered by the client itself: it reconnects, replaces the session, re-subscribes and
marks it with ``SessionReplaced``, and the initial values that follow refresh every
topic. Only when that recovery gives up does the feed start over, with a doubling delay.
Authentication and permission failures are not retried: they end the bridge.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from mxgateway.bridge.outbox import Outgoing
from mxgateway.bridge.payload import dumps, value_document
from mxgateway.client import GatewayClient
from mxgateway.errors import (
    AuthenticationError,
    ConnectionLostError,
    MxGatewayError,
    PermissionDeniedError,
)
from mxgateway.session.events import DataChange, SessionReplaced
from mxgateway.values import status_is_failure

if TYPE_CHECKING:
    from mxgateway.bridge.config import BridgeConfig
    from mxgateway.bridge.outbox import Outbox
    from mxgateway.bridge.stats import BridgeStats
    from mxgateway.bridge.topics import TopicMap
    from mxgateway.options import ClientOptions
    from mxgateway.session import Session
    from mxgateway.session.subscription import Subscription

__all__ = ["GatewayFeed"]

_log = logging.getLogger(__name__)
#: Failed tags named in the log; the rest are counted.
_FAILURES_LOGGED = 10


class GatewayFeed:
    """Keeps a gateway session subscribed to the bridged tags and feeds the outbox."""

    def __init__(
        self,
        options: ClientOptions,
        config: BridgeConfig,
        topics: TopicMap,
        outbox: Outbox,
        stats: BridgeStats,
    ) -> None:
        self._options = options
        self._config = config
        self._topics = topics
        self._outbox = outbox
        self._stats = stats
        #: The subscribed session while there is one (writes go through it).
        self.session: Session | None = None
        self._stopped = False

    def stop(self) -> None:
        """Make ``run`` return at its next step, even where a cancellation was absorbed
        (closing a subscription can swallow the cancel that interrupted it)."""
        self._stopped = True

    async def run(self) -> None:
        """Run until stopped; raises only for failures that retrying cannot fix."""
        delay = self._config.reconnect_delay
        while not self._stopped:
            try:
                # The client reconnects and replaces a lost session itself; this loop
                # starts over only when that recovery gives up.
                async with GatewayClient.connect(self._options) as client:
                    name = f"mxgw-bridge-{self._config.bridge_id}"
                    async with await client.open_session(client_session_name=name) as session:
                        await self._serve(session)
            except (AuthenticationError, PermissionDeniedError):
                raise
            except MxGatewayError as exc:
                _log.warning("gateway session lost: %s; reconnecting in %.1f s", exc, delay)
            finally:
                if self.session is not None:
                    self.session = None
                    delay = self._config.reconnect_delay
            if self._stopped:
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._config.max_reconnect_delay)

    async def _serve(self, session: Session) -> None:
        tags = self._topics.tags
        size = self._config.selection.chunk_size
        subscriptions: list[Subscription] = []
        try:
            for start in range(0, len(tags), size):
                chunk = tags[start : start + size]
                subscription = await session.subscribe(chunk, buffer_size=max(10_000, 4 * size))
                subscriptions.append(subscription)
            failed = [result for s in subscriptions for result in s.failed]
            self._stats.failed_tags = len(failed)
            for result in failed[:_FAILURES_LOGGED]:
                _log.warning("cannot subscribe %s: %s", result.tag_address, result.error_message)
            if len(failed) > _FAILURES_LOGGED:
                _log.warning("%d more tags could not be subscribed", len(failed) - _FAILURES_LOGGED)
            self._stats.gateway_connects += 1
            self.session = session
            _log.info("subscribed %d tags on %s", len(tags), self._options.endpoint)
            forwards = [asyncio.create_task(self._forward(s, session)) for s in subscriptions]
            try:
                done, _ = await asyncio.wait(forwards, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()
            finally:
                for task in forwards:
                    task.cancel()
                await asyncio.gather(*forwards, return_exceptions=True)
        finally:
            for subscription in subscriptions:
                await subscription.aclose()
        raise ConnectionLostError("the session's subscriptions ended")

    async def _forward(self, subscription: Subscription, session: Session) -> None:
        async for event in subscription:
            if isinstance(event, DataChange):
                self.publish_change(event)
            elif isinstance(event, SessionReplaced):
                # The gateway restarted: re-subscribed, and each tag's first value follows.
                self._stats.gateway_connects += 1
                _log.warning("gateway session replaced after a restart; tags re-subscribed")
            else:
                self._stats.replay_gaps += 1
                await self.resync(session, list(subscription.handles))

    def publish_change(self, change: DataChange) -> None:
        """Queue the value document of one data change (changes of unknown tags are ignored)."""
        topic = self._topics.topics.get(change.tag_address or "")
        if topic is None:
            return
        document = value_document(
            change.value, change.quality, change.source_timestamp, change.statuses, change.raw.value
        )
        self._outbox.put(Outgoing(topic, dumps(document), True))
        self._stats.changes += 1

    async def resync(self, session: Session, tags: list[str] | None = None) -> None:
        """Re-read ``tags`` (default: all) and queue their current values; failed reads are
        skipped so a retained good value is not replaced by a read error."""
        self._stats.resyncs += 1
        tags = self._topics.tags if tags is None else tags
        size = self._config.selection.chunk_size
        for start in range(0, len(tags), size):
            values = await session.read(tags[start : start + size])
            for tag, vtq in values.items():
                topic = self._topics.topics.get(tag)
                if topic is None or any(map(status_is_failure, vtq.statuses)):
                    continue
                document = value_document(
                    vtq.value, vtq.quality, vtq.timestamp, vtq.statuses, vtq.raw
                )
                self._outbox.put(Outgoing(topic, dumps(document), True))
