"""Bounded consumption of a stream: stop cleanly after N messages or S seconds."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable

__all__ = ["consume_bounded"]

T = TypeVar("T")


async def consume_bounded(
    source: AsyncIterable[T],
    handle: Callable[[T], None],
    *,
    max_items: int | None,
    timeout: float | None,
) -> int:
    """Pass messages of ``source`` to ``handle`` until ``max_items`` or ``timeout`` seconds.

    Reaching either limit, or the end of the stream, is a normal end; the count of
    messages handled is returned. An error of the stream propagates.
    """
    count = 0

    async def consume() -> None:
        nonlocal count
        if max_items is not None and max_items <= 0:
            return
        async for item in source:
            handle(item)
            count += 1
            if max_items is not None and count >= max_items:
                return

    task = asyncio.ensure_future(consume())
    try:
        done, _ = await asyncio.wait({task}, timeout=timeout)
        if done:
            task.result()
    finally:
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    return count
