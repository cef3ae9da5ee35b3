"""One authenticated grpclib channel, with every transport failure mapped to ``errors`` types.

``Transport.connect(options)`` builds the channel (inside the running loop, with an SSL
context for TLS) and establishes the connection, HTTP/2 handshake included, within
``connect_timeout``. A lost connection is re-established in the background (with
``reconnect``, the default) and ``ConnectionState`` tells where it stands. Calls go
through ``Transport.unary`` and ``Transport.server_stream``, which add the
``authorization: Bearer <key>`` metadata and the default deadline, and raise only
``MxGatewayError`` subclasses (plus ``asyncio.CancelledError`` when the caller's task is
cancelled). Routes are gRPC paths such as ``/mxaccess_gateway.v1.MxAccessGateway/Invoke``.

Cancelling a task waiting on a call or stream resets its HTTP/2 stream; the server may
still finish work it already started.

grpclib sends the ``authorization`` header without h2's sensitive-header marking, so the
``hpack`` library would log the API key in its DEBUG header dumps; a filter on its
loggers scrubs key secrets from those records.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import os
import ssl
from collections import deque
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar, cast

from grpclib.client import Handler
from grpclib.config import Configuration
from grpclib.const import Cardinality
from grpclib.exceptions import GRPCError
from grpclib.protocol import H2Protocol
from h2.events import PingAckReceived, RemoteSettingsChanged
from h2.exceptions import ProtocolError

from mxgateway.errors import (
    TRANSPORT_EXCEPTIONS,
    GatewayTimeoutError,
    GatewayUnavailableError,
    InvalidArgumentError,
    MalformedReplyError,
    MxGatewayError,
    ResourceExhaustedError,
    map_transport_error,
)
from mxgateway.options import resolve_options
from mxgateway.redaction import Secret, guard_header_logs
from mxgateway.wire.codec import Records, SizeLimitedCodec
from mxgateway.wire.framing import LimitedChannel

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable, Generator
    from types import TracebackType

    import betterproto2
    from grpclib.client import Channel, Stream
    from h2.config import H2Configuration

    from mxgateway.options import ClientOptions

__all__ = [
    "USE_DEFAULT_TIMEOUT",
    "ConnectedClient",
    "Connecting",
    "ConnectionState",
    "ServerStream",
    "Transport",
]

#: What a call returns: a message class's instances, or what a ``Records`` decoding gives.
ReplyT = TypeVar("ReplyT")


class _DefaultTimeout:
    def __repr__(self) -> str:
        return "USE_DEFAULT_TIMEOUT"


#: Sentinel meaning "use ``ClientOptions.call_timeout``" (None means no deadline).
USE_DEFAULT_TIMEOUT: Final = _DefaultTimeout()


class _ClientCodec(SizeLimitedCodec):
    """The size-limited codec, failing with the client's typed errors."""

    def too_large(self, *, outgoing: bool, size: int) -> Exception:
        what = "request" if outgoing else "reply"
        return ResourceExhaustedError(
            f"{what} of {size} bytes exceeds max_message_size {self.limit}"
        )

    def undecodable(self, message_type: type, exc: Exception) -> Exception:
        return MalformedReplyError(f"cannot decode {message_type.__name__}: {exc}")

    def unencodable(self, message_type: type) -> Exception:
        return InvalidArgumentError(
            f"{message_type.__name__} holds text that is not valid Unicode (a lone surrogate?)"
        )


def _ssl_context(options: ClientOptions) -> ssl.SSLContext:
    context = ssl.create_default_context(
        cafile=str(options.ca_file) if options.ca_file is not None else None
    )
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_alpn_protocols(["h2"])
    return context


#: How long closing a client waits for its connection's socket to be released.
CLOSE_GRACE: Final = 1.0
#: Most state changes a ``state_changes()`` follower may fall behind by (oldest dropped).
STATE_BACKLOG: Final = 64
#: Seconds between checks for a returned gateway while the reconnect backoff runs.
LISTEN_PROBE_INTERVAL: Final = 1.0


class ConnectionState(enum.Enum):
    """Where a client's connection stands; see ``Transport.state``."""

    #: The first connection attempt is under way.
    CONNECTING = "connecting"
    #: The HTTP/2 connection is up (handshake done).
    CONNECTED = "connected"
    #: The connection was lost; the reconnect supervisor is retrying with backoff.
    RECONNECTING = "reconnecting"
    #: The connection was lost and ``reconnect`` is off: the next call tries once.
    DISCONNECTED = "disconnected"
    #: ``close()`` was called; nothing reconnects any more.
    CLOSED = "closed"


class _CoalescingWriter:
    """The socket transport as grpclib's connection sees it: writes are gathered and sent
    once per event-loop iteration.

    grpclib writes each frame as soon as h2 produces it: a unary call's HEADERS and
    DATA are two ``send`` system calls (and two TCP segments the server wakes up for),
    and 16 concurrent callers make 32. Gathered, each loop iteration's frames leave in
    one ``send``, at the cost of the write waiting for the current iteration's other
    ready callbacks; a lone unary call and a stream's opening ``flush`` at once instead.
    Everything but ``write`` (and ``close``, which first sends what is pending) goes to
    the socket transport as it is.
    """

    __slots__ = ("_loop", "_pending", "transport")

    def __init__(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        self._loop = asyncio.get_running_loop()
        self._pending: list[bytes] = []

    def write(self, data: bytes) -> None:
        """Queue ``data`` for this iteration's single send."""
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(data)

    def flush(self) -> None:
        """Send what is pending now."""
        pending = self._pending
        if pending:
            self._pending = []
            self.transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def close(self) -> None:
        """Send what is pending, then close (as asyncio's close sends its buffer)."""
        self.flush()
        self.transport.close()

    def abort(self) -> None:
        """Drop what is pending and abort the socket at once."""
        self._pending = []
        self.transport.abort()

    def is_closing(self) -> bool:
        """Whether the socket transport is closing or closed."""
        return self.transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        """The socket transport's extra info (socket, peer name, SSL object)."""
        return self.transport.get_extra_info(name, default)


class _WatchedProtocol(H2Protocol):
    """grpclib's HTTP/2 protocol, also reporting the handshake and the connection's end.

    ``handshake`` resolves when the peer's SETTINGS frame (the server's half of the
    HTTP/2 connection preface) arrives, which ``connect()`` waits for: a TCP peer that
    never speaks HTTP/2 then fails within ``connect_timeout`` instead of looking
    connected.
    """

    def __init__(
        self,
        config: Configuration,
        h2_config: H2Configuration,
        on_lost: Callable[[_WatchedProtocol], None],
    ) -> None:
        super().__init__(Handler(), config, h2_config)
        self.handshake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._on_lost = on_lost
        self._probes: dict[bytes, asyncio.Future[None]] = {}
        #: The socket transport and the ``_CoalescingWriter`` over it (set on connection).
        self.socket_transport: asyncio.Transport | None = None
        self.writer: _CoalescingWriter | None = None

    async def probe(self, timeout: float) -> bool:
        """Ping the peer now; False (and the connection aborted) without an answer
        within ``timeout`` seconds, so a silently dead link is noticed at once."""
        if getattr(self.handler, "connection_lost", True):
            return False
        data = os.urandom(8)
        answered = self._probes[data] = asyncio.get_running_loop().create_future()
        try:
            self.connection._connection.ping(data)
            self.connection.flush()
            await asyncio.wait_for(answered, timeout)
        except TimeoutError:
            if self.socket_transport is not None:
                self.socket_transport.abort()
            return False
        finally:
            self._probes.pop(data, None)
        return True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """grpclib's connection set-up, writing through a ``_CoalescingWriter``."""
        socket_transport = self.socket_transport = cast(asyncio.Transport, transport)
        self.writer = _CoalescingWriter(socket_transport)
        super().connection_made(cast(asyncio.Transport, self.writer))

    def data_received(self, data: bytes) -> None:
        # grpclib's data_received, also resolving ``handshake`` on the peer's SETTINGS.
        try:
            events = self.connection.feed(data)
        except ProtocolError:
            self.processor.close("Protocol error")
            return
        self.connection.flush()
        for event in events:
            if isinstance(event, RemoteSettingsChanged) and not self.handshake.done():
                self.handshake.set_result(None)
            elif isinstance(event, PingAckReceived) and event.ping_data in self._probes:
                answered = self._probes[event.ping_data]
                if not answered.done():
                    answered.set_result(None)
            self.processor.process(event)
        self.connection.flush()

    def connection_lost(self, exc: BaseException | None) -> None:
        super().connection_lost(exc)
        if not self.handshake.done():
            self.handshake.set_exception(
                ConnectionResetError("the peer closed the connection before the HTTP/2 handshake")
            )
            self.handshake.exception()  # retrieved here: nobody may be waiting any more
        self._on_lost(self)


class _WatchedChannel(LimitedChannel):
    """A grpclib channel whose connections are ``_WatchedProtocol``s."""

    def __init__(
        self,
        options: ClientOptions,
        on_lost: Callable[[_WatchedProtocol], None],
    ) -> None:
        super().__init__(
            options.host,
            options.port,
            ssl=_ssl_context(options) if options.tls else None,
            codec=_ClientCodec(options.max_message_size),
            config=_configuration(options),
        )
        self._on_lost = on_lost

    def _protocol_factory(self) -> H2Protocol:
        return _WatchedProtocol(self._config, self._h2_config, self._on_lost)

    @property
    def protocol(self) -> _WatchedProtocol | None:
        """The current connection's protocol (None before the first connection)."""
        protocol = self._protocol
        return protocol if isinstance(protocol, _WatchedProtocol) else None

    def flush_writes(self) -> None:
        """Send the writes the connection's ``_CoalescingWriter`` is holding now."""
        protocol = self.protocol
        if protocol is not None and protocol.writer is not None:
            protocol.writer.flush()


def _ignore_loss(protocol: _WatchedProtocol) -> None:
    """Loss callback of a dedicated stream channel: the stream itself reports it."""


def _configuration(options: ClientOptions) -> Configuration:
    """grpclib settings: keepalive pings every ``keepalive_time`` while a call is open.

    grpclib by default stops pinging after two pings without outgoing data and waits
    300 s between such pings; an event stream never sends data after its request, so
    both limits are lifted, and pings stay at ``keepalive_time`` (>= 10 s by default,
    what gRPC servers accept) and only while a call is open.
    """
    keepalive = options.keepalive_time
    return Configuration(
        _keepalive_time=keepalive,
        _keepalive_timeout=options.keepalive_timeout,
        _keepalive_permit_without_calls=False,
        _http2_max_pings_without_data=0,
        _http2_min_sent_ping_interval_without_data=keepalive if keepalive is not None else 300.0,
        ssl_target_name_override=options.server_name_override,
    )


def _socket_transport(channel: Channel) -> asyncio.Transport | None:
    """The asyncio transport under a connected channel (None if it never connected)."""
    protocol = getattr(channel, "_protocol", None)
    return getattr(protocol, "socket_transport", None)


def _released(transport: asyncio.Transport) -> bool:
    sock = transport.get_extra_info("socket")
    return sock is None or sock.fileno() == -1


async def _release(channel: Channel, grace: float) -> None:
    """Close ``channel`` and wait up to ``grace`` seconds for its socket to be released.

    grpclib only starts a TLS shutdown when it closes; without the wait, a program whose
    event loop ends right after closing leaves the socket to the garbage collector. A
    peer that does not finish the shutdown in time is cut off.
    """
    socket_transport = _socket_transport(channel)
    channel.close()
    if socket_transport is not None:
        await _await_release(socket_transport, grace)


async def _await_release(socket_transport: asyncio.Transport, grace: float) -> None:
    """Wait up to ``grace`` seconds for a closing socket to be released, then abort it."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + grace
    # asyncio signals no event when a transport's socket is released: poll briefly,
    # first after one loop iteration (when a plaintext socket is usually released).
    delay = 0.0
    while not _released(socket_transport) and loop.time() < deadline:
        await asyncio.sleep(delay)
        delay = 0.005
    if not _released(socket_transport):
        socket_transport.abort()
        await asyncio.sleep(0)


class Transport:
    """An authenticated channel to one endpoint: ``await Transport.connect(options)``.

    With ``options.reconnect`` a supervisor task re-establishes a lost connection with
    exponential backoff and jitter; calls made meanwhile wait for it up to their
    timeout. ``state``, ``wait_connected()`` and ``state_changes()`` observe it.
    """

    def __init__(self, options: ClientOptions) -> None:
        self.options = options
        self._channel = _WatchedChannel(options, self._connection_lost)
        self._metadata: dict[str, str] = (
            {"authorization": Secret(f"Bearer {options.api_key}")} if options.api_key else {}
        )
        self._state = ConnectionState.CONNECTING
        self._connected = asyncio.Event()
        self._closed_flag = asyncio.Event()
        self._followers: set[_StateFollower] = set()
        self._supervisor: asyncio.Task[None] | None = None
        self._last_failure: MxGatewayError | None = None
        #: The last connect attempt found nothing accepting connections at the endpoint.
        self._refused = False
        #: Connections established after the first (each successful reconnect counts one).
        self.reconnects: int = 0
        #: Unary calls under way (a lone one sends its request at once, see ``unary``).
        self._unary_calls = 0

    def __repr__(self) -> str:
        return f"Transport({self.options.endpoint!r}, tls={self.options.tls}, {self._state.value})"

    @classmethod
    async def connect(cls, options: ClientOptions, *, eager: bool = True) -> Transport:
        """Create the channel and, if ``eager``, connect within ``options.connect_timeout``.

        Connecting includes the HTTP/2 handshake. Raises ``GatewayUnavailableError``
        (refused, TLS failure, not an HTTP/2 peer) or ``GatewayTimeoutError``.
        """
        guard_header_logs()
        transport = cls(options)
        if eager:
            try:
                await transport._establish(transport._channel)
            except BaseException:
                transport.close()
                raise
            transport._set_state(ConnectionState.CONNECTED)
        return transport

    # Connection state ---------------------------------------------------------------

    @property
    def state(self) -> ConnectionState:
        """The connection's current state."""
        return self._state

    @property
    def closed(self) -> bool:
        """True once ``close`` was called."""
        return self._state is ConnectionState.CLOSED

    async def wait_connected(self, timeout: float | None = None) -> None:
        """Return once the connection is up; raise ``GatewayTimeoutError`` after
        ``timeout`` seconds (None: no limit) and ``ConnectionLostError`` if the client is
        closed meanwhile."""
        if self._state is ConnectionState.CONNECTED:
            return
        self._check_open("wait for the connection")
        connected = asyncio.ensure_future(self._connected.wait())
        closing = asyncio.ensure_future(self._closed_flag.wait())
        try:
            await asyncio.wait(
                {connected, closing}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            connected.cancel()
            closing.cancel()
        if self._connected.is_set():
            return
        self._check_open("wait for the connection")
        raise GatewayTimeoutError(
            f"not connected to {self.options.endpoint} within {timeout} s ({self._state.value})"
        )

    def state_changes(self) -> AsyncIterator[ConnectionState]:
        """Each state the connection enters from now on, ending after ``CLOSED``.

        A follower that falls more than ``STATE_BACKLOG`` changes behind misses the
        oldest ones. Leave the loop (or close the iterator) to stop following.
        """
        return _StateFollower(self)

    def _set_state(self, state: ConnectionState) -> None:
        if state is self._state:
            return
        self._state = state
        if state is ConnectionState.CONNECTED:
            self._connected.set()
        else:
            self._connected.clear()
        if state is ConnectionState.CLOSED:
            self._closed_flag.set()
        for follower in list(self._followers):
            follower.push(state)

    def _connection_lost(self, protocol: _WatchedProtocol) -> None:
        """The main channel's connection ended: start reconnecting (if it was current)."""
        if self.closed or protocol is not self._channel.protocol:
            return
        if self._state is not ConnectionState.CONNECTED:
            return
        if not self.options.reconnect:
            self._set_state(ConnectionState.DISCONNECTED)
            return
        self._set_state(ConnectionState.RECONNECTING)
        if self._supervisor is None or self._supervisor.done():
            self._supervisor = asyncio.get_running_loop().create_task(
                self._reconnect(), name=f"mxgateway-reconnect-{self.options.endpoint}"
            )

    async def probe(self) -> bool:
        """Check the connection with a ping now (answer within ``keepalive_timeout``);
        a dead one is dropped and reconnected. True if it answered.

        Used when another connection to the same gateway died silently: an idle
        connection sends no keepalive pings, so it would otherwise look alive until a
        call waited ``keepalive_time + keepalive_timeout`` on it.
        """
        protocol = self._channel.protocol
        if self._state is not ConnectionState.CONNECTED or protocol is None:
            return False
        return await protocol.probe(self.options.keepalive_timeout)

    async def _reconnect(self) -> None:
        """Retry until connected or closed: at once, then after ``reconnect_backoff``.

        While nothing accepts connections at the endpoint (a gateway down or restarting),
        the wait also ends as soon as something does: a refused TCP connect costs the
        gateway nothing, and data flows again within about a second of its return
        however long the backoff has grown. A peer that accepts but fails the handshake
        gets the plain backoff.
        """
        attempt = 0
        while not self.closed:
            try:
                await self._establish(self._channel)
            except MxGatewayError as exc:
                self._last_failure = exc
                attempt += 1
                delay = self.options.reconnect_backoff(attempt)
                if self._refused:
                    await self._sleep_until_listening(delay)
                else:
                    await asyncio.sleep(delay)
                continue
            self.reconnects += 1
            self._last_failure = None
            self._set_state(ConnectionState.CONNECTED)
            return

    async def _sleep_until_listening(self, seconds: float) -> None:
        """Sleep up to ``seconds``, ending early once the endpoint accepts TCP connections."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (left := deadline - loop.time()) > 0:
            await asyncio.sleep(min(LISTEN_PROBE_INTERVAL, left))
            if loop.time() < deadline and await self._accepts_connections():
                return

    async def _accepts_connections(self) -> bool:
        """True if a TCP connect to the endpoint succeeds now (closed again at once)."""
        try:
            _, writer = await asyncio.wait_for(
                asyncio.open_connection(self.options.host, self.options.port),
                LISTEN_PROBE_INTERVAL,
            )
        except (OSError, TimeoutError):
            return False
        writer.transport.abort()
        return True

    async def _establish(self, channel: _WatchedChannel) -> None:
        """Connect ``channel`` and wait for the HTTP/2 handshake, within connect_timeout."""
        endpoint = self.options.endpoint
        timeout = self.options.connect_timeout
        tcp_up = False
        self._refused = False

        async def handshake() -> None:
            nonlocal tcp_up
            await channel.__connect__()
            tcp_up = True
            protocol = channel.protocol
            if protocol is not None:
                await asyncio.shield(protocol.handshake)

        try:
            await asyncio.wait_for(handshake(), timeout)
        except TimeoutError as exc:
            channel.close()
            if tcp_up:
                raise GatewayTimeoutError(
                    f"connect to {endpoint}: the peer accepted TCP but sent no HTTP/2 "
                    f"handshake within {timeout} s (is it a gRPC gateway?)"
                ) from None
            raise GatewayTimeoutError(f"connect to {endpoint} timed out after {timeout} s") from exc
        except ConnectionResetError as exc:
            channel.close()
            raise GatewayUnavailableError(
                f"connect to {endpoint}: {exc} (is it a gRPC gateway?)"
            ) from None
        except TRANSPORT_EXCEPTIONS as exc:
            channel.close()
            self._refused = isinstance(exc, ConnectionRefusedError)
            raise self._map(exc, f"connect to {endpoint}") from exc

    async def _ready(self, operation: str, timeout: float | None) -> float | None:
        """Wait for the connection before a call; returns the timeout left for the call.

        During an outage the call waits up to its own timeout, then raises
        ``GatewayUnavailableError``. Without ``reconnect`` a lost connection is retried
        once, here, within ``connect_timeout``.
        """
        self._check_open(operation)
        if self._state is ConnectionState.CONNECTED:
            return timeout
        if self._state is not ConnectionState.RECONNECTING:
            await self._establish(self._channel)
            self._set_state(ConnectionState.CONNECTED)
            return timeout
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            await self.wait_connected(timeout)
        except GatewayTimeoutError:
            last = self._last_failure
            raise GatewayUnavailableError(
                f"{operation}: no connection to {self.options.endpoint} within {timeout} s "
                f"(reconnecting; last attempt: {last or 'still running'})"
            ) from last
        if timeout is None:
            return None
        return max(timeout - (loop.time() - started), 0.001)

    def close(self) -> None:
        """Close the channel and stop reconnecting; open streams end with
        ``ConnectionLostError``."""
        self._set_state(ConnectionState.CLOSED)
        supervisor, self._supervisor = self._supervisor, None
        if supervisor is not None:
            supervisor.cancel()
        self._channel.close()

    async def aclose(self, *, grace: float = CLOSE_GRACE) -> None:
        """``close``, then wait up to ``grace`` seconds for the socket to be released."""
        supervisor = self._supervisor
        socket_transport = _socket_transport(self._channel)
        self.close()
        if socket_transport is not None:
            await _await_release(socket_transport, grace)
        if supervisor is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor

    def _map(self, exc: BaseException, operation: str) -> MxGatewayError:
        return map_transport_error(exc, operation=operation, api_key=self.options.api_key)

    def _check_open(self, operation: str) -> None:
        if self.closed:
            raise map_transport_error(
                ConnectionResetError("the client is closed"), operation=operation
            )

    async def unary(
        self,
        route: str,
        request: betterproto2.Message,
        reply_type: type[ReplyT] | Records[ReplyT],
        *,
        operation: str,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> ReplyT:
        """Run a unary call and return its reply; ``operation`` names it in error messages.

        ``reply_type`` is the reply's message class, or ``Records`` for record decoding.
        """
        if isinstance(timeout, _DefaultTimeout):
            timeout = self.options.call_timeout
        # Connected (the usual case): no connection wait, so no coroutine for it either.
        remaining = (
            timeout
            if self._state is ConnectionState.CONNECTED
            else await self._ready(operation, timeout)
        )
        self._unary_calls += 1
        try:
            async with self._channel.request(
                route,
                Cardinality.UNARY_UNARY,
                type(request),
                cast("Any", reply_type),  # the codec takes Records too
                timeout=remaining,
                metadata=self._metadata,
            ) as stream:
                await stream.send_message(request, end=True)
                if self._unary_calls == 1:
                    # Alone, nothing would join the gathered write: send it without
                    # waiting a loop iteration. Concurrent calls share one send.
                    self._channel.flush_writes()
                reply: ReplyT | None = await stream.recv_message()
        except TRANSPORT_EXCEPTIONS as exc:
            raise self._map(exc, operation) from (None if isinstance(exc, GRPCError) else exc)
        finally:
            self._unary_calls -= 1
        if reply is None:
            raise MalformedReplyError(f"{operation}: the gateway sent no reply")
        return reply

    def server_stream(
        self,
        route: str,
        request: betterproto2.Message,
        reply_type: type[ReplyT] | Records[ReplyT],
        *,
        operation: str,
        timeout: float | None = None,
        dedicated: bool = False,
    ) -> ServerStream[ReplyT]:
        """Open a server stream (lazily, on ``async with`` or the first iteration).

        ``dedicated`` gives the stream its own HTTP/2 connection (opened with it, closed
        with it), so a consumer that stops reading fills only its own flow-control
        window and never stalls the client's other calls and streams.
        """
        return ServerStream(self, route, request, reply_type, operation, timeout, dedicated)


class _StateFollower:
    """The async iterator behind ``Transport.state_changes``."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self._pending: deque[ConnectionState] = deque(maxlen=STATE_BACKLOG)
        self._wakeup = asyncio.Event()
        self._done = transport.closed
        if not self._done:
            transport._followers.add(self)

    def push(self, state: ConnectionState) -> None:
        self._pending.append(state)
        self._wakeup.set()

    def __aiter__(self) -> _StateFollower:
        return self

    async def __anext__(self) -> ConnectionState:
        while not self._pending:
            if self._done:
                raise StopAsyncIteration
            self._wakeup.clear()
            await self._wakeup.wait()
        state = self._pending.popleft()
        if state is ConnectionState.CLOSED:
            self._done = True
            self._transport._followers.discard(self)
        return state

    async def aclose(self) -> None:
        """Stop following."""
        self._done = True
        self._pending.clear()
        self._transport._followers.discard(self)


class ServerStream(Generic[ReplyT]):
    """A server-streaming call: async context manager and async iterator of replies.

    Leaving the ``async with`` block, ``aclose()``, an error or the caller's task being
    cancelled resets the HTTP/2 stream, so the server sees the call end. Used without
    ``async with``, it closes itself when exhausted, failed or cancelled; a stream
    abandoned half-read stays open until ``aclose()`` or the channel closes.
    """

    def __init__(
        self,
        transport: Transport,
        route: str,
        request: betterproto2.Message,
        reply_type: type[ReplyT] | Records[ReplyT],
        operation: str,
        timeout: float | None,
        dedicated: bool = False,
    ) -> None:
        self._transport = transport
        self._dedicated = dedicated
        self._own_channel: _WatchedChannel | None = None
        self._route = route
        self._request = request
        self._reply_type = reply_type
        self.operation = operation
        self._timeout = timeout
        self._stream: Stream[betterproto2.Message, ReplyT] | None = None
        self._done = False

    async def _open(self) -> Stream[betterproto2.Message, ReplyT]:
        transport = self._transport
        timeout = await transport._ready(self.operation, self._timeout)
        channel = transport._channel
        if self._dedicated:
            channel = self._own_channel = _WatchedChannel(transport.options, _ignore_loss)
            await transport._establish(channel)
        stream = channel.request(
            self._route,
            Cardinality.UNARY_STREAM,
            type(self._request),
            cast("Any", self._reply_type),  # the codec takes Records too
            timeout=timeout,
            metadata=transport._metadata,
        )
        self._stream = stream
        await stream.__aenter__()
        await stream.send_message(self._request, end=True)
        # A stream is open once its request has left, as before writes were gathered:
        # what the caller does next (even in this loop iteration) comes after it.
        channel.flush_writes()
        return stream

    async def __aenter__(self) -> ServerStream[ReplyT]:
        try:
            await self._open()
        except BaseException as exc:
            await self._finish(exc)
            if isinstance(exc, TRANSPORT_EXCEPTIONS):
                raise self._transport._map(exc, self.operation) from None
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> ServerStream[ReplyT]:
        return self

    async def __anext__(self) -> ReplyT:
        if self._done:
            raise StopAsyncIteration
        try:
            stream = self._stream or await self._open()
            message = await stream.recv_message()
            if message is None:
                await stream.recv_trailing_metadata()
        except BaseException as exc:
            await self._finish(exc)
            if isinstance(exc, TRANSPORT_EXCEPTIONS):
                raise self._transport._map(exc, self.operation) from (
                    None if isinstance(exc, GRPCError) else exc
                )
            raise
        if message is None:
            await self._finish(None)
            raise StopAsyncIteration
        return message

    async def _finish(self, exc: BaseException | None) -> None:
        self._done = True
        stream, self._stream = self._stream, None
        channel, self._own_channel = self._own_channel, None
        try:
            if stream is not None:
                with contextlib.suppress(*TRANSPORT_EXCEPTIONS):
                    await stream.__aexit__(
                        type(exc) if exc is not None else None,
                        exc,
                        exc.__traceback__ if exc else None,
                    )
        finally:
            if channel is not None:
                await _release(channel, CLOSE_GRACE)

    async def aclose(self) -> None:
        """End the call now (resetting the HTTP/2 stream if the server has not finished it)."""
        if not self._done or self._stream is not None or self._own_channel is not None:
            await self._finish(asyncio.CancelledError() if self._stream else None)


class _Closable(Protocol):
    async def close(self) -> None: ...


ClientT = TypeVar("ClientT", bound=_Closable)


class Connecting(Generic[ClientT]):
    """What a client's ``connect()`` returns: await it, or use it in ``async with``.

    ``client = await X.connect(...)`` (then ``async with client:`` or ``await
    client.close()``) and ``async with X.connect(...) as client:`` both work; the second
    closes the client when the block ends.
    """

    def __init__(self, factory: Callable[[], Awaitable[ClientT]]) -> None:
        self._factory = factory
        self._client: ClientT | None = None

    def __await__(self) -> Generator[Any, None, ClientT]:
        return self._factory().__await__()

    async def __aenter__(self) -> ClientT:
        self._client = await self._factory()
        return self._client

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.close()


ConnectedT = TypeVar("ConnectedT", bound="ConnectedClient")


class ConnectedClient:
    """Base of the service clients: ``connect()`` in both forms, ``close()``, ``async with``.

    A subclass only adds its calls, made through ``self._transport``.
    """

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._transport.options.endpoint!r})"

    @classmethod
    def connect(
        cls: type[ConnectedT], options: ClientOptions | None = None, **kwargs: Any
    ) -> Connecting[ConnectedT]:
        """Connect with ``options`` and/or ``ClientOptions`` keyword arguments.

        Await the result or use it directly in ``async with``. Invalid options raise
        ``InvalidArgumentError`` at once; connection failures raise ``TransportError``.
        """
        resolved = resolve_options(options, **kwargs)

        async def factory() -> ConnectedT:
            return cls(await Transport.connect(resolved))

        return Connecting(factory)

    @property
    def options(self) -> ClientOptions:
        """The options this client was connected with."""
        return self._transport.options

    @property
    def transport(self) -> Transport:
        """The underlying transport (for calls this class does not wrap)."""
        return self._transport

    @property
    def state(self) -> ConnectionState:
        """The connection's state (CONNECTED, RECONNECTING, ...)."""
        return self._transport.state

    async def wait_connected(self, timeout: float | None = None) -> None:
        """Wait until the connection is up; ``GatewayTimeoutError`` after ``timeout`` s."""
        await self._transport.wait_connected(timeout)

    def state_changes(self) -> AsyncIterator[ConnectionState]:
        """An async iterator of each connection state entered from now on."""
        return self._transport.state_changes()

    async def close(self) -> None:
        """Close the connection; streams still open end with ``ConnectionLostError``.

        Gateway sessions are not closed: they stay open until their lease ends.
        """
        await self._transport.aclose()

    async def __aenter__(self: ConnectedT) -> ConnectedT:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
