"""Watching Galaxy deploys: a WatchDeployEvents call as an async iterator of typed events.

A deploy watch runs until the caller stops it; whichever way it stops (``aclose``,
leaving ``async with``, ``break``, task cancellation) the HTTP/2 stream is reset so
the gateway drops the subscriber.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mxgateway.galaxy.model import DeployEvent
from mxgateway.typed_stream import TypedStream
from mxgateway.wire.contract import gr

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from mxgateway.transport import ServerStream

__all__ = ["DeployEventWatch"]


class DeployEventWatch(TypedStream[gr.DeployEvent, DeployEvent]):
    """An open WatchDeployEvents call: async context manager and async iterator of events.

    ``DeployEvent.missed`` reports how many events the gateway dropped for this
    watcher before each one (from gaps in ``sequence``). The call ends on
    ``aclose()``, on leaving ``async with``, and on ``break`` or cancellation of the
    iterating task.
    """

    def __init__(self, stream: ServerStream[gr.DeployEvent]) -> None:
        super().__init__(stream, _deploy_events)


async def _deploy_events(messages: AsyncIterator[gr.DeployEvent]) -> AsyncIterator[DeployEvent]:
    previous: int | None = None
    async for message in messages:
        missed = 0 if previous is None else max(0, message.sequence - previous - 1)
        previous = message.sequence
        yield DeployEvent.from_proto(message, missed=missed)
