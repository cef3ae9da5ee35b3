"""Watching Galaxy deploys: a WatchDeployEvents call as an async iterator of typed events.

A deploy watch runs until the caller stops it; whichever way it stops (``aclose``,
leaving ``async with``, ``break``, task cancellation) the HTTP/2 stream is reset so
the gateway drops the subscriber.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mxgateway.galaxy_model import DeployEvent

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator
    from types import TracebackType

    from mxgateway.contract import gr
    from mxgateway.transport import ServerStream

__all__ = ["DeployEventWatch"]


class DeployEventWatch:
    """An open WatchDeployEvents call: async context manager and async iterator of events.

    ``DeployEvent.missed`` reports how many events the gateway dropped for this
    watcher before each one (from gaps in ``sequence``). The call ends on
    ``aclose()``, on leaving ``async with``, and on ``break`` or cancellation of the
    iterating task.
    """

    def __init__(self, stream: ServerStream[gr.DeployEvent]) -> None:
        self._stream = stream
        self._events = self._convert(stream)

    @staticmethod
    async def _convert(stream: ServerStream[gr.DeployEvent]) -> AsyncGenerator[DeployEvent, None]:
        # An async generator is finalized (closing the stream) when a ``break`` drops it.
        previous: int | None = None
        try:
            async for message in stream:
                missed = 0 if previous is None else max(0, message.sequence - previous - 1)
                previous = message.sequence
                yield DeployEvent.from_proto(message, missed=missed)
        finally:
            await stream.aclose()

    async def __aenter__(self) -> DeployEventWatch:
        await self._stream.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> DeployEventWatch:
        return self

    async def __anext__(self) -> DeployEvent:
        return await self._events.__anext__()

    async def aclose(self) -> None:
        """End the watch now; the gateway sees the call cancelled."""
        await self._events.aclose()
        await self._stream.aclose()
