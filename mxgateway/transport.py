"""One authenticated grpclib channel, with every transport failure mapped to ``errors`` types.

``Transport.connect(options)`` builds the channel (inside the running loop, with an SSL
context for TLS) and establishes the connection within ``connect_timeout``. Calls go
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
import ssl
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar

import betterproto2
from grpclib.config import Configuration
from grpclib.const import Cardinality
from grpclib.exceptions import GRPCError

from mxgateway.errors import (
    TRANSPORT_EXCEPTIONS,
    InvalidArgumentError,
    MalformedReplyError,
    MxGatewayError,
    ResourceExhaustedError,
    map_transport_error,
)
from mxgateway.options import resolve_options
from mxgateway.redaction import Secret, guard_header_logs
from mxgateway.wire.codec import SizeLimitedCodec
from mxgateway.wire.framing import LimitedChannel

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator
    from types import TracebackType

    from grpclib.client import Channel, Stream

    from mxgateway.options import ClientOptions

__all__ = ["USE_DEFAULT_TIMEOUT", "ConnectedClient", "Connecting", "ServerStream", "Transport"]

ReplyT = TypeVar("ReplyT", bound=betterproto2.Message)


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


def _socket_transport(channel: Channel) -> asyncio.Transport | None:
    """The asyncio transport under a connected channel (None if it never connected)."""
    protocol = getattr(channel, "_protocol", None)
    connection = getattr(protocol, "connection", None)
    transport = getattr(connection, "_transport", None)
    return transport if isinstance(transport, asyncio.Transport) else None


def _released(transport: asyncio.Transport) -> bool:
    sock = transport.get_extra_info("socket")
    return sock is None or sock.fileno() == -1


class Transport:
    """An authenticated channel to one endpoint: ``await Transport.connect(options)``."""

    def __init__(self, options: ClientOptions, channel: Channel) -> None:
        self.options = options
        self._channel = channel
        self._metadata: dict[str, str] = (
            {"authorization": Secret(f"Bearer {options.api_key}")} if options.api_key else {}
        )
        self._closed = False

    def __repr__(self) -> str:
        return f"Transport({self.options.endpoint!r}, tls={self.options.tls})"

    @classmethod
    async def connect(cls, options: ClientOptions, *, eager: bool = True) -> Transport:
        """Create the channel and, if ``eager``, connect within ``options.connect_timeout``.

        Raises ``GatewayUnavailableError`` (refused, TLS failure) or ``GatewayTimeoutError``.
        """
        guard_header_logs()
        config = Configuration(
            _keepalive_time=options.keepalive_time,
            _keepalive_timeout=options.keepalive_timeout,
            ssl_target_name_override=options.server_name_override,
        )
        channel = LimitedChannel(
            options.host,
            options.port,
            ssl=_ssl_context(options) if options.tls else None,
            codec=_ClientCodec(options.max_message_size),
            config=config,
        )
        transport = cls(options, channel)
        if eager:
            try:
                await asyncio.wait_for(channel.__connect__(), options.connect_timeout)
            except TRANSPORT_EXCEPTIONS as exc:
                channel.close()
                raise transport._map(exc, f"connect to {options.endpoint}") from exc
            except BaseException:
                channel.close()
                raise
        return transport

    @property
    def closed(self) -> bool:
        """True once ``close`` was called."""
        return self._closed

    def close(self) -> None:
        """Close the channel; open streams end with ``ConnectionLostError``."""
        self._closed = True
        self._channel.close()

    async def aclose(self, *, grace: float = CLOSE_GRACE) -> None:
        """``close``, then wait up to ``grace`` seconds for the socket to be released.

        grpclib only starts a TLS shutdown when it closes; without the wait, a program
        whose event loop ends right after closing leaves the socket to the garbage
        collector. A peer that does not finish the shutdown in time is cut off.
        """
        socket_transport = _socket_transport(self._channel)
        self.close()
        if socket_transport is None:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        # asyncio signals no event when a transport's socket is released: poll briefly.
        while not _released(socket_transport) and loop.time() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        if not _released(socket_transport):
            socket_transport.abort()
            await asyncio.sleep(0)

    def _map(self, exc: BaseException, operation: str) -> MxGatewayError:
        return map_transport_error(exc, operation=operation, api_key=self.options.api_key)

    def _timeout(self, timeout: float | _DefaultTimeout | None) -> float | None:
        if isinstance(timeout, _DefaultTimeout):
            return self.options.call_timeout
        return timeout

    def _check_open(self, operation: str) -> None:
        if self._closed:
            raise map_transport_error(
                ConnectionResetError("the client is closed"), operation=operation
            )

    async def unary(
        self,
        route: str,
        request: betterproto2.Message,
        reply_type: type[ReplyT],
        *,
        operation: str,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> ReplyT:
        """Run a unary call and return its reply; ``operation`` names it in error messages."""
        self._check_open(operation)
        try:
            async with self._channel.request(
                route,
                Cardinality.UNARY_UNARY,
                type(request),
                reply_type,
                timeout=self._timeout(timeout),
                metadata=self._metadata,
            ) as stream:
                await stream.send_message(request, end=True)
                reply = await stream.recv_message()
        except TRANSPORT_EXCEPTIONS as exc:
            raise self._map(exc, operation) from (None if isinstance(exc, GRPCError) else exc)
        if reply is None:
            raise MalformedReplyError(f"{operation}: the gateway sent no reply")
        return reply

    def server_stream(
        self,
        route: str,
        request: betterproto2.Message,
        reply_type: type[ReplyT],
        *,
        operation: str,
        timeout: float | None = None,
    ) -> ServerStream[ReplyT]:
        """Open a server stream (lazily, on ``async with`` or the first iteration)."""
        return ServerStream(self, route, request, reply_type, operation, timeout)


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
        reply_type: type[ReplyT],
        operation: str,
        timeout: float | None,
    ) -> None:
        self._transport = transport
        self._route = route
        self._request = request
        self._reply_type = reply_type
        self.operation = operation
        self._timeout = timeout
        self._stream: Stream[betterproto2.Message, ReplyT] | None = None
        self._done = False

    async def _open(self) -> Stream[betterproto2.Message, ReplyT]:
        transport = self._transport
        transport._check_open(self.operation)
        stream = transport._channel.request(
            self._route,
            Cardinality.UNARY_STREAM,
            type(self._request),
            self._reply_type,
            timeout=self._timeout,
            metadata=transport._metadata,
        )
        self._stream = stream
        await stream.__aenter__()
        await stream.send_message(self._request, end=True)
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
        if stream is None:
            return
        with contextlib.suppress(*TRANSPORT_EXCEPTIONS):
            await stream.__aexit__(
                type(exc) if exc is not None else None, exc, exc.__traceback__ if exc else None
            )

    async def aclose(self) -> None:
        """End the call now (resetting the HTTP/2 stream if the server has not finished it)."""
        if not self._done or self._stream is not None:
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
