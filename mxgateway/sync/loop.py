"""The event loop thread behind the blocking API: one per connected sync client.

Every call of a sync twin runs on this loop and blocks only the calling thread, never
an event loop running there, so the blocking API also works where a loop already runs
(Jupyter, or code called from a coroutine). An interrupt of the waiting thread
(``KeyboardInterrupt``) cancels the running coroutine and waits briefly for it to unwind
(streams reset, handles released) before the interrupt goes on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
from typing import TYPE_CHECKING, Any, Final, TypeVar

from mxgateway.errors import map_transport_error

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator

__all__ = ["CANCEL_GRACE", "LoopThread"]

T = TypeVar("T")

#: Seconds an interrupted call, and ``close()``, wait for cancelled coroutines to unwind.
CANCEL_GRACE: Final = 5.0


class _Call:
    """One call on the loop: its task once started, and how it ended for the caller."""

    def __init__(self) -> None:
        self.task: asyncio.Task[Any] | None = None
        self.abandoned = False
        self.outcome: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self.finished = threading.Event()

    def settle(self, task: asyncio.Task[Any]) -> None:
        """Hand the task's result or error to the waiting thread."""
        if task.cancelled():
            self.outcome.set_exception(asyncio.CancelledError())
        elif (error := task.exception()) is not None:
            self.outcome.set_exception(error)
        else:
            self.outcome.set_result(task.result())
        self.finished.set()

    def abandon(self) -> None:
        """The caller was interrupted: cancel the task, or keep it from starting."""
        self.abandoned = True
        if self.task is not None:
            self.task.cancel()
        else:
            self.finished.set()


class LoopThread:
    """An asyncio event loop running forever on its own daemon thread until ``close()``."""

    def __init__(self, name: str = "mxgateway-sync") -> None:
        self._loop = asyncio.new_event_loop()
        self._closed = False
        self._wind_up: asyncio.Task[None] | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._loop.run_forever()
        finally:
            self._loop.close()

    def __repr__(self) -> str:
        return f"LoopThread({self._thread.name!r}, {'closed' if self._closed else 'running'})"

    @property
    def closed(self) -> bool:
        """True once ``close()`` was called: calls then fail like calls on a closed client."""
        return self._closed

    def in_loop_thread(self) -> bool:
        """True when called from the loop's own thread (where blocking would deadlock)."""
        return threading.current_thread() is self._thread

    def call(
        self, operation: str, function: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> Any:
        """Run ``function(*args, **kwargs)`` on the loop, await its result if it is awaitable,
        and return it (or raise its exception) in the calling thread.

        ``operation`` names the call in the error raised when this loop is closed.
        """
        if self._closed:
            raise map_transport_error(
                ConnectionResetError("the client is closed"), operation=operation
            )
        if self.in_loop_thread():
            raise RuntimeError(f"{operation} was called from the sync client's own loop thread")
        call = _Call()

        async def run() -> Any:
            result = function(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result

        def start() -> None:
            if call.abandoned:
                return
            call.task = self._loop.create_task(run())
            call.task.add_done_callback(call.settle)

        self._loop.call_soon_threadsafe(start)
        try:
            return call.outcome.result()
        except asyncio.CancelledError:
            # Cancelled on the loop by close() from another thread, not by this caller.
            raise map_transport_error(
                ConnectionResetError("the client was closed during the call"), operation=operation
            ) from None
        except BaseException:
            if not call.outcome.done():
                self._loop.call_soon_threadsafe(call.abandon)
                call.finished.wait(CANCEL_GRACE)
            raise

    def finalize(self, function: Callable[[], Any]) -> None:
        """Run a clean-up coroutine function: blocking if possible, else scheduled.

        Used where an iterator is dropped: that may happen on the loop thread itself
        (garbage collection), where the clean-up can only be scheduled.
        """
        if self._closed:
            return
        if self.in_loop_thread():
            self._loop.create_task(function())
            return
        self.call("close", function)

    def close(self) -> None:
        """Cancel whatever still runs on the loop, finish async generators, stop the thread."""
        if self._closed:
            return
        if self.in_loop_thread():
            raise RuntimeError("a sync client cannot be closed from its own loop thread")
        self._closed = True
        shutdown = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        try:
            shutdown.result(CANCEL_GRACE)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()

    def close_soon(self, final: Callable[[], Awaitable[object]]) -> None:
        """Await ``final()``, then shut down as ``close()`` does, without waiting for it.

        For a client dropped without being closed: this may run in any thread (the
        loop's own included, from garbage collection), so it only schedules the work.
        """
        if self._closed:
            return
        self._closed = True

        async def wind_up() -> None:
            try:
                await final()
            except Exception:  # nobody is left to tell; the shutdown goes on
                pass
            finally:
                await self._shutdown()
                self._loop.stop()

        def start() -> None:
            self._wind_up = self._loop.create_task(wind_up())

        self._loop.call_soon_threadsafe(start)

    async def _shutdown(self) -> None:
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._loop.shutdown_asyncgens()
        await self._loop.shutdown_default_executor()

    def next_item(self, operation: str, iterator: Any) -> Any:
        """The async iterator's next item, fetched on the loop; ``StopIteration`` at its end."""
        item = self.call(operation, _next_or_end, iterator)
        if item is _END:
            raise StopIteration
        return item

    def iterate(
        self, operation: str, iterator: Any, convert: Callable[[Any], T]
    ) -> Generator[T, None, None]:
        """A plain iterator over an async iterator: each item fetched on the loop.

        Leaving the iteration early (``break``, an error, the iterator dropped) closes
        the async iterator on the loop, so its stream is reset at once.
        """
        try:
            while True:
                try:
                    item = self.next_item(operation, iterator)
                except StopIteration:
                    return
                yield convert(item)
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None:
                self.finalize(close)


_END: Final = object()


async def _next_or_end(iterator: Any) -> Any:
    """The async iterator's next item, or ``_END`` once it is exhausted."""
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return _END
