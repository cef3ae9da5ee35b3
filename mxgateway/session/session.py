"""``Session``: one gateway session (one MXAccess worker) with every command, bulk
command, the event stream and the tag-based conveniences ``read``, ``write`` and
``subscribe``.

Use it as ``async with await client.open_session(...) as session:``; leaving the block
closes the session on the gateway. Cancelling a task that awaits a command cancels the
client-side wait only: an MXAccess call already running in the worker completes there.

Recovery: a connection blip is invisible (the event stream resumes without loss). When
the gateway no longer knows the session (it restarted, or the lease ran out), a session
from ``open_session`` on a client with ``reconnect`` is replaced: a new session is
opened under the same name, registered, every active subscription re-subscribed, and
every event consumer gets a ``SessionReplaced`` marker before the re-advised tags'
first values. ``read``, ``write_tag`` and ``subscribe`` carry on; handle-based calls with
handles from before raise ``HandlesLostError``. A session the gateway faulted or closed
(and that was not replaced) says so in ``state``/``closed``.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, TypeVar

from mxgateway.errors import (
    ConnectionLostError,
    GatewayTimeoutError,
    InvalidArgumentError,
    MxAccessError,
    MxGatewayError,
    NotFoundError,
    SessionClosedError,
    cleanup_keeping_cause,
)
from mxgateway.options import check_seconds
from mxgateway.session.bulk import BulkCommands, check_read, check_tags
from mxgateway.session.commands import SessionCommands, as_mx_value, as_timestamp_value
from mxgateway.session.core import CAP_BULK_SUBSCRIBE, DEFAULT_BUFFER_SIZE, check_handle
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
    from types import TracebackType

    from mxgateway.client import GatewayClient
    from mxgateway.session.event_pump import EventPump
    from mxgateway.session.events import Event, SessionReplaced, WriteComplete
    from mxgateway.session.subscription import Subscription
    from mxgateway.values import Vtq

__all__ = ["DEFAULT_WRITE_TIMEOUT", "EventStream", "Session"]

T = TypeVar("T")

#: Seconds ``write(..., wait=True)`` waits for the final OnWriteComplete.
DEFAULT_WRITE_TIMEOUT = 30.0

K = mx.MxCommandKind


class EventStream:
    """The session's typed events: async context manager and async iterator.

    Leaving the ``async with`` block (which may contain several ``async for`` loops),
    ``aclose()``, or, when used without ``async with``, ``break`` out of ``async for``
    or cancelling the consuming task detaches it; when no consumer is left the HTTP/2
    stream is reset. Iteration ends when the session closes and raises
    ``SessionFaultedError`` / a ``TransportError`` when the stream cannot be resumed.
    """

    def __init__(
        self, pump: EventPump, buffer_size: int, tag_of: Callable[[int], str | None]
    ) -> None:
        from mxgateway.session.event_pump import EventSink

        self._pump = pump
        self._tag_of = tag_of
        self._sink = EventSink(buffer_size)
        self._attached = False
        self._managed = False
        self._closed = False

    async def _attach(self) -> None:
        if self._closed:
            raise SessionClosedError("this event stream is closed")
        if not self._attached:
            self._attached = True
            self._pump.add_sink(self._sink)
            try:
                await self._pump.wait_attached()
            except BaseException:
                await self.aclose()
                raise

    async def __aenter__(self) -> EventStream:
        await self._attach()
        self._managed = True
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> AsyncIterator[Event]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Event]:
        from mxgateway.session.events import with_tag

        try:
            await self._attach()
            while (event := await self._sink.get()) is not None:
                yield with_tag(event, self._tag_of)
        finally:
            if not self._managed:
                await self.aclose()

    async def aclose(self) -> None:
        """Detach from the session's event stream."""
        if not self._closed:
            self._closed = True
            if self._attached:
                await self._pump.remove_sink(self._sink)


def _check_wait(wait: object, timeout: float) -> None:
    """Refuse a non-bool ``wait`` and, when waiting, a timeout that is not a positive number."""
    if not isinstance(wait, bool):
        raise InvalidArgumentError(f"wait must be True or False, not {type(wait).__name__}")
    if wait:
        check_seconds("timeout", timeout, optional=False)


class Session(SessionCommands, BulkCommands):
    """A gateway session. Get one from ``GatewayClient.open_session``."""

    def __init__(
        self,
        client: GatewayClient,
        reply: mx.OpenSessionReply,
        *,
        reopen_name: str | None = None,
    ) -> None:
        super().__init__(client, reply)
        self._event_pump: EventPump | None = None
        self._resolve_lock = asyncio.Lock()
        self._replace_lock = asyncio.Lock()
        self._reopen_name = reopen_name
        self._register_name: str | None = None
        self._state = mx.SessionState.READY
        self._subscriptions: dict[Subscription, None] = {}
        self._restoring: SessionReplaced | None = None
        #: How many times the session was replaced after the gateway lost it.
        self.generation: int = 0

    @property
    def _pump(self) -> EventPump:
        """The session's event pump, made on first use: a session that never streams
        events (a one-shot command) never imports the event machinery."""
        if self._event_pump is None:
            from mxgateway.session.event_pump import EventPump

            self._event_pump = EventPump(self)
        return self._event_pump

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # The error that ended the block is the one to see; a failing close only adds
        # a note to it (e.g. the gateway is down, which is often that very error).
        await cleanup_keeping_cause(self.close, exc, f"closing session {self.session_id}")

    @property
    def state(self) -> mx.SessionState:
        """READY; FAULTED once the gateway reported the session faulted; CLOSED once it
        was closed by this client or lost by the gateway and not replaced."""
        return mx.SessionState.CLOSED if self._closed else self._state

    def _mark_gone(self, state: mx.SessionState) -> None:
        """Record that the gateway reported the session FAULTED or CLOSED (not replaced)."""
        self._state = state
        if state is mx.SessionState.CLOSED:
            self._closed = True

    def _closed_error(self) -> SessionClosedError:
        """The error for using this session after it closed."""
        return SessionClosedError(
            f"session {self.session_id} is closed", session_id=self.session_id
        )

    async def close(self, reason: str = "") -> mx.SessionState:
        """Close the session on the gateway (idempotent); returns the final state."""
        if self.closed:
            return mx.SessionState.CLOSED
        self._closed = True
        if self._event_pump is not None:
            await self._event_pump.stop()
        try:
            reply = await self._client.close_session_raw(self.session_id, reason=reason)
        except NotFoundError:
            return mx.SessionState.CLOSED
        return reply.final_state

    # Recovery -----------------------------------------------------------------------

    @property
    def replaceable(self) -> bool:
        """True if a session the gateway loses is replaced (``open_session`` + reconnect)."""
        return (
            self._reopen_name is not None
            and self._client.options.reconnect
            and not self._closed
            and self._state is mx.SessionState.READY
        )

    async def _replace_lost_session(self, gone: MxGatewayError, generation: int) -> bool:
        """Replace the session the gateway lost (``gone`` says how we know).

        ``generation`` is the one the caller saw fail; if another task already replaced
        it since, nothing is done. Returns False (and marks the session CLOSED) when the
        session is not replaceable. A ``TransportError`` (the gateway went away again)
        leaves the replacement to be finished by the next call.
        """
        async with self._replace_lock:
            if self.generation == generation:
                if not self.replaceable or self._reopen_name is None:
                    self._mark_gone(mx.SessionState.CLOSED)
                    return False
                old_id = self.session_id
                reply = await self._client.open_session_raw(self._reopen_name)
                self._adopt(reply)
                from mxgateway.session.events import SessionReplaced

                self._restoring = SessionReplaced(old_id, self.session_id, str(gone))
            marker = self._restoring
            if marker is None:
                return not self._closed
            if self._register_name is not None:
                await self.ensure_registered(self._register_name)
            for subscription in list(self._subscriptions):
                if subscription.generation != self.generation:
                    await subscription._resubscribe()
            self._restoring = None
            await self._pump.session_replaced(marker)
            return True

    def _adopt(self, reply: mx.OpenSessionReply) -> None:
        """Become the session ``reply`` opened; the old handles are remembered as lost."""
        self._lost_items.update(self._tags)
        if self.server_handle is not None:
            self._lost_servers.add(self.server_handle)
        self.open_reply = reply
        self.session_id = reply.session_id
        self.backend_name = reply.backend_name
        self.gateway_protocol_version = reply.gateway_protocol_version
        self.worker_protocol_version = reply.worker_protocol_version
        self.capabilities = frozenset(reply.capabilities)
        self.server_handle = None
        self._tags = {}
        self._advised = set()
        self.generation += 1

    async def _recovering(self, call: Callable[[], Awaitable[T]], *, idempotent: bool = False) -> T:
        """Run a tag-based call; if the gateway lost the session, replace it and retry
        once. An ``idempotent`` call is also retried once when the connection dropped
        under it (the retry waits for the reconnect); others cannot know if it ran."""
        generation = self.generation
        try:
            return await call()
        except NotFoundError as exc:
            if not await self._replace_lost_session(exc, generation):
                raise
        except ConnectionLostError:
            if not (idempotent and self._client.options.reconnect):
                raise
            return await self._recovering(call)  # once: the retry is not idempotent-retried
        return await call()

    # Events -------------------------------------------------------------------------

    def events(self, *, buffer_size: int = DEFAULT_BUFFER_SIZE) -> EventStream:
        """The session's typed events (see ``EventStream`` and ``event_pump`` for policy)."""
        self._check_open()
        return EventStream(self._pump, buffer_size, self.tag_of)

    @property
    def last_event_sequence(self) -> int:
        """The last ``worker_sequence`` received (resume point)."""
        return self._pump.last_sequence

    # Tag-based helpers --------------------------------------------------------------

    async def ensure_registered(self, client_name: str = "") -> int:
        """The session's server handle, registering once if needed."""
        async with self._resolve_lock:
            if self.server_handle is None:
                name = client_name or self.open_reply.session_id or "mxgateway-python"
                await self.register(name)
                self._register_name = name
            assert self.server_handle is not None
            return self.server_handle

    async def item_for(self, tag_or_handle: str | int) -> tuple[int, int]:
        """(server handle, item handle) for a tag (added and advised if new) or a handle."""
        server = await self.ensure_registered()
        if not isinstance(tag_or_handle, str):
            return server, check_handle("item handle", tag_or_handle)
        handle = self.handle_of(tag_or_handle)
        if handle is None or not self.is_advised(handle):
            # One at a time, so concurrent first uses of a tag add and advise it once.
            async with self._resolve_lock:
                handle = self.handle_of(tag_or_handle)
                if handle is None:
                    handle = await self.add_item(server, tag_or_handle)
                if not self.is_advised(handle):
                    await self.advise(server, handle)
        return server, handle

    async def read(self, tags: Sequence[str], *, timeout_ms: int = 0) -> dict[str, Vtq]:
        """Read tags via ReadBulk, keyed by the tags as given (whatever spelling the
        gateway echoes); a failed entry has quality 0 and its error in ``diagnostic``."""
        check_read(tags, timeout_ms)

        async def read() -> dict[str, Vtq]:
            server = await self.ensure_registered()
            results = await self.read_bulk(server, tags, timeout_ms=timeout_ms)
            return {tag: result.vtq for tag, result in zip(tags, results, strict=True)}

        return await self._recovering(read, idempotent=True)

    async def subscribe(
        self, tags: Sequence[str], *, buffer_size: int = DEFAULT_BUFFER_SIZE
    ) -> Subscription:
        """Add and advise ``tags`` (SubscribeBulk) and return a ``Subscription`` of their changes.

        Tags that failed are in ``Subscription.failed``; the call raises only when the
        command itself fails. The subscription buffers ``buffer_size`` events, and at
        least two per tag.
        """
        check_tags(tags)

        from mxgateway.session.subscription import Subscription

        async def subscribe() -> Subscription:
            server = await self.ensure_registered()
            subscription = Subscription(self, self._pump, server, buffer_size)
            await subscription.start(tags, bulk=self.has_capability(CAP_BULK_SUBSCRIBE))
            return subscription

        subscription = await self._recovering(subscribe)
        self._subscriptions[subscription] = None
        return subscription

    def _forget_subscription(self, subscription: Subscription) -> None:
        """Stop re-subscribing ``subscription`` on a replacement (it was closed)."""
        self._subscriptions.pop(subscription, None)

    # Writes -------------------------------------------------------------------------

    async def _send_write(
        self,
        command: mx.WriteCommand
        | mx.Write2Command
        | mx.WriteSecuredCommand
        | mx.WriteSecured2Command,
        *,
        wait: bool,
        timeout: float,
        correlation_id: str = "",
    ) -> WriteComplete | None:
        """Send a write command; with ``wait`` return its final OnWriteComplete."""
        _check_wait(wait, timeout)
        label = self.tag_of(command.item_handle) or command.item_handle
        correlation_id = correlation_id or self.next_correlation_id()
        if not wait:
            await self.invoke(command, correlation_id=correlation_id)
            return None
        future = self._pump.expect_write(correlation_id)
        try:
            await self._pump.wait_attached()
            await self.invoke(command, correlation_id=correlation_id)
            try:
                completion = await asyncio.wait_for(asyncio.shield(future), timeout)
            except TimeoutError:
                raise GatewayTimeoutError(
                    f"no OnWriteComplete for {label!r} within {timeout} s"
                ) from None
        finally:
            if not future.done():
                future.cancel()
            await self._pump.forget_write(correlation_id)
        if completion.failed:
            detail = "; ".join(s.diagnostic_text for s in completion.statuses if s.diagnostic_text)
            raise MxAccessError(
                f"write to {label!r} failed (hresult {completion.hresult}): {detail}",
                reply=completion.raw,
                hresult=completion.hresult or 0,
                statuses=completion.statuses,
            )
        return completion

    async def write(
        self,
        server_handle: int,
        item_handle: int,
        value: object,
        user_id: int = 0,
        *,
        type: str | None = None,
        correlation_id: str = "",
        wait: bool = False,
        timeout: float = DEFAULT_WRITE_TIMEOUT,
    ) -> WriteComplete | None:
        """Write (MXAccess order): returns once the gateway accepts the write.

        The outcome arrives later as a ``WriteComplete`` event. With ``wait`` this call
        waits for it instead (on the session's event stream, which needs ``events:read``)
        and raises ``MxAccessError`` if it reports failure. ``value`` is a Python value
        (typed by ``type``) or an ``MxValue``.
        """
        command = mx.WriteCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
            value=as_mx_value(value, type),
            user_id=check_handle("user_id", user_id),
        )
        return await self._send_write(
            command, wait=wait, timeout=timeout, correlation_id=correlation_id
        )

    async def write2(
        self,
        server_handle: int,
        item_handle: int,
        value: object,
        timestamp: dt.datetime | mx.MxValue,
        user_id: int = 0,
        *,
        type: str | None = None,
        correlation_id: str = "",
        wait: bool = False,
        timeout: float = DEFAULT_WRITE_TIMEOUT,
    ) -> WriteComplete | None:
        """Write2: ``write`` with a source timestamp."""
        command = mx.Write2Command(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
            value=as_mx_value(value, type),
            timestamp_value=as_timestamp_value(timestamp),
            user_id=check_handle("user_id", user_id),
        )
        return await self._send_write(
            command, wait=wait, timeout=timeout, correlation_id=correlation_id
        )

    async def write_secured(
        self,
        server_handle: int,
        item_handle: int,
        value: object,
        current_user_id: int,
        verifier_user_id: int = 0,
        *,
        type: str | None = None,
        correlation_id: str = "",
        wait: bool = False,
        timeout: float = DEFAULT_WRITE_TIMEOUT,
    ) -> WriteComplete | None:
        """WriteSecured with user ids from ``authenticate_user`` (a verifier for class 3)."""
        command = mx.WriteSecuredCommand(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
            value=as_mx_value(value, type),
            current_user_id=check_handle("current_user_id", current_user_id),
            verifier_user_id=check_handle("verifier_user_id", verifier_user_id),
        )
        return await self._send_write(
            command, wait=wait, timeout=timeout, correlation_id=correlation_id
        )

    async def write_secured2(
        self,
        server_handle: int,
        item_handle: int,
        value: object,
        timestamp: dt.datetime | mx.MxValue,
        current_user_id: int,
        verifier_user_id: int = 0,
        *,
        type: str | None = None,
        correlation_id: str = "",
        wait: bool = False,
        timeout: float = DEFAULT_WRITE_TIMEOUT,
    ) -> WriteComplete | None:
        """WriteSecured2: ``write_secured`` with a source timestamp."""
        command = mx.WriteSecured2Command(
            server_handle=check_handle("server_handle", server_handle),
            item_handle=check_handle("item_handle", item_handle),
            value=as_mx_value(value, type),
            timestamp_value=as_timestamp_value(timestamp),
            current_user_id=check_handle("current_user_id", current_user_id),
            verifier_user_id=check_handle("verifier_user_id", verifier_user_id),
        )
        return await self._send_write(
            command, wait=wait, timeout=timeout, correlation_id=correlation_id
        )

    async def write_tag(
        self,
        tag: str,
        value: object,
        *,
        type: str | None = None,
        timestamp: dt.datetime | None = None,
        user_id: int = 0,
        current_user_id: int | None = None,
        verifier_user_id: int = 0,
        wait: bool = True,
        timeout: float = DEFAULT_WRITE_TIMEOUT,
    ) -> WriteComplete | None:
        """Write a tag by name (added and advised on first use); no handles needed.

        With ``wait`` (the default) returns the final ``WriteComplete`` and raises
        ``MxAccessError`` if it reports failure, ``GatewayTimeoutError`` after ``timeout``
        seconds. ``timestamp`` makes it a Write2; ``current_user_id`` (from
        ``authenticate_user``) a WriteSecured. Waiting needs the session's event stream:
        if the gateway refuses it the write may already have been sent when that error
        is raised. Cancelling the wait does not undo a write already sent.
        """
        check_tags([tag])
        _check_wait(wait, timeout)

        async def write() -> WriteComplete | None:
            server, item = await self.item_for(tag)
            if current_user_id is None:
                if timestamp is None:
                    return await self.write(
                        server, item, value, user_id, type=type, wait=wait, timeout=timeout
                    )
                return await self.write2(
                    server, item, value, timestamp, user_id, type=type, wait=wait, timeout=timeout
                )
            if timestamp is None:
                return await self.write_secured(
                    server,
                    item,
                    value,
                    current_user_id,
                    verifier_user_id,
                    type=type,
                    wait=wait,
                    timeout=timeout,
                )
            return await self.write_secured2(
                server,
                item,
                value,
                timestamp,
                current_user_id,
                verifier_user_id,
                type=type,
                wait=wait,
                timeout=timeout,
            )

        return await self._recovering(write)
