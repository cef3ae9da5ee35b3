"""``Subscription``: a set of tags added and advised together, iterated as data changes.

``session.subscribe(tags)`` registers once per session, subscribes the tags in bulk
(or one by one when the gateway lacks the bulk capability) and returns a
``Subscription``. Iterating it yields the ``DataChange`` events of its tags (plus any
``ReplayGap``, after which values must be re-read, and ``SessionReplaced`` when the
gateway lost the session and the same tags were re-subscribed on a new one, each
followed by its first value); ``latest`` holds each tag's last value.
``unsubscribe()`` (or leaving ``async with``) unadvises and removes the items.
Always end a subscription that way or with ``aclose()``: an abandoned one keeps its
buffer registered with the session's event pump and, once that buffer is full, holds
up every other event consumer of the session (see ``event_pump``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mxgateway.errors import MxAccessError, cleanup_keeping_cause
from mxgateway.session.bulk import ItemResult
from mxgateway.session.core import CAP_BULK_SUBSCRIBE
from mxgateway.session.event_pump import EventSink
from mxgateway.session.events import DataChange, ReplayGap, SessionReplaced, with_tag

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Sequence
    from types import TracebackType

    from mxgateway.session import Session
    from mxgateway.session.event_pump import EventPump
    from mxgateway.session.events import Event
    from mxgateway.values import Vtq

__all__ = ["Subscription"]


class Subscription:
    """Data changes of a set of tags; an async iterator and async context manager."""

    def __init__(self, session: Session, pump: EventPump, server_handle: int, buffer: int) -> None:
        self._session = session
        self._pump = pump
        self.server_handle = server_handle
        #: Tag address -> item handle of every tag subscribed successfully.
        self.handles: dict[str, int] = {}
        #: Per-tag results of the subscribe command, in input order.
        self.results: list[ItemResult] = []
        #: Tag address -> last value seen by this subscription.
        self.latest: dict[str, Vtq] = {}
        self._handle_set: set[int] | None = None
        self._tags: list[str] = []
        self._bulk = True
        #: The session generation the handles belong to.
        self.generation: int = session.generation
        self._sink = EventSink(buffer, self._accept)
        self._active = False

    def __repr__(self) -> str:
        return f"Subscription({len(self.handles)} tags, active={self._active})"

    @property
    def failed(self) -> list[ItemResult]:
        """The entries that could not be subscribed."""
        return [r for r in self.results if not r.was_successful]

    def _accept(self, event: Event) -> bool:
        if isinstance(event, (ReplayGap, SessionReplaced)):
            return True
        if not isinstance(event, DataChange):
            return False
        return self._handle_set is None or event.item_handle in self._handle_set

    async def start(self, tags: Sequence[str], *, bulk: bool) -> None:
        """Subscribe ``tags`` (validated by the caller); the sink listens first so no
        initial value is missed, and holds at least two events per tag so the initial
        values alone never hold up the session's other event consumers."""
        self._tags, self._bulk = list(tags), bulk
        self._sink.capacity = max(self._sink.capacity, 2 * len(tags))
        self._pump.add_sink(self._sink)
        self._active = True
        try:
            await self._pump.wait_attached()
            if bulk:
                self.results = await self._session.subscribe_bulk(self.server_handle, tags)
            else:
                self.results = [await self._subscribe_one(tag) for tag in tags]
        except BaseException:
            await self.aclose()
            raise
        self._take(self.results)

    def _take(self, results: list[ItemResult]) -> None:
        self.results = results
        self.handles = {r.tag_address: r.item_handle for r in results if r.was_successful}
        self._handle_set = set(self.handles.values())

    async def _resubscribe(self) -> None:
        """Subscribe the same tags again on the session that replaced a lost one."""
        self.server_handle = await self._session.ensure_registered()
        self._handle_set = set()  # nothing of the old session may slip through
        self.generation = self._session.generation
        if self._bulk:
            self._take(await self._session.subscribe_bulk(self.server_handle, self._tags))
        else:
            self._take([await self._subscribe_one(tag) for tag in self._tags])

    async def _subscribe_one(self, tag: str) -> ItemResult:
        try:
            handle = await self._session.add_item(self.server_handle, tag)
        except MxAccessError as exc:
            return ItemResult(tag, 0, False, str(exc), self.server_handle)
        try:
            await self._session.advise(self.server_handle, handle)
        except MxAccessError as exc:
            await self._session.remove_item(self.server_handle, handle)
            return ItemResult(tag, handle, False, str(exc), self.server_handle)
        return ItemResult(tag, handle, True, "", self.server_handle)

    def __aiter__(self) -> AsyncIterator[DataChange | ReplayGap | SessionReplaced]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[DataChange | ReplayGap | SessionReplaced]:
        while (event := await self._sink.get()) is not None:
            event = with_tag(event, self._session.tag_of)
            if isinstance(event, DataChange):
                if self._handle_set is not None and event.item_handle not in self._handle_set:
                    continue
                if event.tag_address is not None:
                    self.latest[event.tag_address] = event.vtq
                yield event
            elif isinstance(event, (ReplayGap, SessionReplaced)):
                yield event

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Keep the error that ended the block; a failing unsubscribe only adds a note.
        await cleanup_keeping_cause(self.unsubscribe, exc, "unsubscribing")

    async def aclose(self) -> None:
        """Stop receiving events without touching the items on the gateway."""
        self._session._forget_subscription(self)
        if self._active:
            self._active = False
            await self._pump.remove_sink(self._sink)

    async def unsubscribe(self) -> list[ItemResult]:
        """Unadvise and remove every subscribed item, then stop receiving events."""
        await self.aclose()
        handles = list(self.handles.values())
        self.handles = {}
        if not handles or self._session.closed:
            return []
        if self._session.has_capability(CAP_BULK_SUBSCRIBE):
            return await self._session.unsubscribe_bulk(self.server_handle, handles)
        results = []
        for handle in handles:
            tag = self._session.tag_of(handle) or ""
            try:
                await self._session.unadvise(self.server_handle, handle)
                await self._session.remove_item(self.server_handle, handle)
            except MxAccessError as exc:
                results.append(ItemResult(tag, handle, False, str(exc), self.server_handle))
            else:
                results.append(ItemResult(tag, handle, True, "", self.server_handle))
        return results
