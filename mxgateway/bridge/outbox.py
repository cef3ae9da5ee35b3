"""What the bridge holds for the broker: a bounded queue with a counted drop policy.

Every message (tag values, write results, state, statistics) waits here until a
publisher takes it; the gateway side never waits for the broker. While the broker is
away the queue fills up to ``capacity`` messages. When it is full, **the oldest waiting
message is dropped** to make room for the new one, and each drop is counted
(``Outbox.dropped``, published as ``drops`` in the statistics). Newest-wins suits a
Unified Namespace, where a retained topic carries the last value: an old value of a
tag is the least useful thing to keep. After an overflow the bridge re-reads every tag
once the broker is back (see ``Bridge``), so every retained value is current again.
Messages a publisher took but the broker did not acknowledge go back to the front, in
order, when the connection breaks: QoS 1 end to end, so a value may arrive twice but
none is lost while the queue has room.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Outbox", "Outgoing"]


@dataclass(slots=True)
class Outgoing:
    """One MQTT message to publish (QoS 1), stamped when it was queued."""

    topic: str
    payload: bytes
    retain: bool
    queued_at: float = field(default_factory=time.monotonic)


class Outbox:
    """A bounded FIFO of ``Outgoing`` messages that drops (and counts) the oldest when full."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.dropped = 0
        #: Set when a message was dropped; the bridge clears it once it resynchronised.
        self.overflowed = False
        self._items: deque[Outgoing] = deque()
        self._waiters: deque[asyncio.Future[Outgoing]] = deque()

    def __len__(self) -> int:
        return len(self._items)

    def _trim(self) -> None:
        while len(self._items) > self.capacity:
            self._items.popleft()
            self.dropped += 1
            self.overflowed = True

    def put(self, message: Outgoing) -> None:
        """Hand ``message`` to a waiting publisher, else queue it (dropping the oldest if full)."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(message)
                return
        self._items.append(message)
        if len(self._items) > self.capacity:
            self._trim()

    def requeue(self, messages: Iterable[Outgoing]) -> None:
        """Put messages taken but not acknowledged back at the front, keeping their order."""
        self._items.extendleft(reversed(list(messages)))
        self._trim()

    async def get(self) -> Outgoing:
        """The oldest waiting message, waiting for one if the queue is empty."""
        if self._items:
            return self._items.popleft()
        waiter: asyncio.Future[Outgoing] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._items.appendleft(waiter.result())
            raise
