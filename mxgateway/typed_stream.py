"""A server stream seen through a converter: typed items out, the call reset on exit.

``TypedStream`` is an async context manager and async iterator. Leaving the
``async with`` block, ``aclose()``, ``break`` (the dropped iterator is finalized)
or cancelling the consuming task ends the call on the server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

import betterproto2

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Callable
    from types import TracebackType

    from mxgateway.transport import ServerStream

__all__ = ["TypedStream"]

ReplyT = TypeVar("ReplyT", bound=betterproto2.Message)
ItemT = TypeVar("ItemT")
StreamT = TypeVar("StreamT", bound="TypedStream")  # type: ignore[type-arg]


class TypedStream(Generic[ReplyT, ItemT]):
    """The messages of ``stream``, turned into items by the async generator ``convert``."""

    def __init__(
        self,
        stream: ServerStream[ReplyT],
        convert: Callable[[AsyncIterator[ReplyT]], AsyncIterator[ItemT]],
    ) -> None:
        self._stream = stream
        self._items = self._run(stream, convert)

    @staticmethod
    async def _run(
        stream: ServerStream[ReplyT],
        convert: Callable[[AsyncIterator[ReplyT]], AsyncIterator[ItemT]],
    ) -> AsyncGenerator[ItemT, None]:
        # An async generator is finalized (closing the stream) when a ``break`` drops it.
        try:
            async for item in convert(stream):
                yield item
        finally:
            await stream.aclose()

    async def __aenter__(self: StreamT) -> StreamT:
        await self._stream.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> TypedStream[ReplyT, ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        return await self._items.__anext__()

    async def aclose(self) -> None:
        """End the call now; the gateway sees it cancelled."""
        await self._items.aclose()
        await self._stream.aclose()
