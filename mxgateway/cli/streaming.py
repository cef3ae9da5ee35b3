"""Streams on the command line: print each message, stop cleanly after N messages or S seconds."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable

    from mxgateway.cli.common import Common

__all__ = ["consume_bounded", "print_stream"]

T = TypeVar("T")


def _printer(
    json: bool, document: Callable[[T], Any], line: Callable[[T], str]
) -> Callable[[T], None]:
    """Print each message as an NDJSON ``document`` (``json``) or as a ``line`` for people."""
    from mxgateway.cli.output import emit_json
    from mxgateway.cli.render import show_line

    def show(message: T) -> None:
        if json:
            emit_json(document(message))
        else:
            show_line(line(message))

    return show


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


async def print_stream(
    source: AsyncIterable[T],
    common: Common,
    document: Callable[[T], Any],
    line: Callable[[T], str],
    *,
    max_items: int | None,
    noun: str = "messages",
) -> int:
    """Print ``source``'s messages (NDJSON with ``--json``) until ``max_items`` or ``--timeout``.

    When ``--timeout`` ends the stream before ``max_items`` arrived, stderr says how many of
    ``noun`` did (a script waiting for N events learns why it got fewer).
    """
    count = await consume_bounded(
        source, _printer(common.json, document, line), max_items=max_items, timeout=common.timeout
    )
    if max_items is not None and count < max_items and common.timeout is not None:
        print(f"mxgw-py: {count} of {max_items} {noun} in {common.timeout:g} s", file=sys.stderr)
    return count
