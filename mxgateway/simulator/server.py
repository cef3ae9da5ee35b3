"""The Simulator: both gateway services on one grpclib server, plus test hooks.

``async with Simulator(objects=5, clock=ManualClock()) as sim:`` binds an
ephemeral loopback port (``sim.endpoint``), serves MxAccessGateway and
GalaxyRepository as BEHAVIOR.md describes, and shuts down cleanly, cancelling
open streams. The control hooks drive the plant, the alarm system and faults.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import socket
import ssl
from typing import TYPE_CHECKING, Any, cast

import grpclib.server
from grpclib import GRPCError
from grpclib.const import Handler, Status
from grpclib.protocol import H2Protocol

from mxgateway.redaction import guard_header_logs
from mxgateway.simulator.alarms import AlarmMonitor, AlarmState
from mxgateway.simulator.auth import ALL_SCOPES, ApiKeySpec, KeyRing, current_caller
from mxgateway.simulator.clock import Clock, ManualClock, SystemClock, settle
from mxgateway.simulator.config import SimulatorConfig
from mxgateway.simulator.faults import FaultState
from mxgateway.simulator.galaxy import Galaxy
from mxgateway.simulator.galaxy_service import GalaxyService
from mxgateway.simulator.gateway_service import GatewayService
from mxgateway.simulator.plant import GOOD_QUALITY, Plant
from mxgateway.simulator.references import TagRef, resolve_reference
from mxgateway.simulator.repository import GalaxyDatabase, RepositoryCache
from mxgateway.simulator.sessions import Session, SessionLimits, SessionManager
from mxgateway.simulator.statuses import MxFailure, ok_status
from mxgateway.simulator.worker import Worker
from mxgateway.values import from_mx_value, to_mx_value
from mxgateway.wire.codec import SizeLimitedCodec
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Mapping
    from types import TracebackType

    from grpclib.encoding.base import CodecBase

__all__ = ["ItemView", "Simulator"]

_GALAXY_AGE = dt.timedelta(hours=1)
_STOPPED = "The gateway is shutting down."
# How long stop() lets cancelled calls send their status, and then lets the
# connections flush what they hold, before it cuts them (real seconds).
_CLOSE_GRACE = 1.0


@dataclasses.dataclass(frozen=True)
class ItemView:
    """What a session has added: the item's reference and advise state."""

    address: str
    server_handle: int
    advised: bool
    supervisory: bool
    suspended: bool
    buffered: bool


class LimitedServerCodec(SizeLimitedCodec):
    """The gateway's message size limit (16 MiB each way), as gRPC statuses.

    A larger request or reply fails the call with RESOURCE_EXHAUSTED, as gRPC
    servers do; a request that is not valid protobuf for its type is
    INVALID_ARGUMENT (a malformed request).
    """

    def too_large(self, *, outgoing: bool, size: int) -> Exception:
        what = "reply" if outgoing else "request"
        return GRPCError(
            Status.RESOURCE_EXHAUSTED,
            f"The {what} of {size} bytes exceeds the message size limit ({self.limit} bytes).",
        )

    def undecodable(self, message_type: type, exc: Exception) -> Exception:
        return GRPCError(
            Status.INVALID_ARGUMENT,
            f"The request is not a valid {message_type.__name__} message.",
        )


class _Authorized:
    """A service whose every handler first authenticates the caller (and adds latency).

    Once the simulator is stopping, new calls and the calls it cancels end with
    UNAVAILABLE, as on a gateway going down, rather than hanging without a status.
    """

    def __init__(
        self,
        service: Any,
        keys: KeyRing,
        faults: FaultState,
        clock: Clock,
        stopping: Callable[[], bool],
    ) -> None:
        self._service = service
        self._keys = keys
        self._faults = faults
        self._clock = clock
        self._stopping = stopping

    def __mapping__(self) -> dict[str, Handler]:
        mapping: dict[str, Handler] = self._service.__mapping__()
        return {
            path: handler._replace(func=self._wrap(handler.func))
            for path, handler in mapping.items()
        }

    def _wrap(self, func: Callable[[Any], Any]) -> Callable[[grpclib.server.Stream[Any, Any]], Any]:
        async def handle(stream: grpclib.server.Stream[Any, Any]) -> None:
            if self._stopping():
                raise GRPCError(Status.UNAVAILABLE, _STOPPED)
            current_caller.set(self._keys.authenticate(stream.metadata or {}))
            try:
                if self._faults.latency > 0:
                    await self._clock.sleep(self._faults.latency)
                await func(stream)
            except asyncio.CancelledError:
                if not self._stopping():
                    raise  # the client went away
                raise GRPCError(Status.UNAVAILABLE, _STOPPED) from None

        return handle


class _Connection(H2Protocol):
    """grpclib's HTTP/2 server protocol, listed in its server's open connections while open."""

    def __init__(self, protocol: H2Protocol, open_connections: set[_Connection]) -> None:
        super().__init__(protocol.handler, protocol.config, protocol.h2_config)
        self._open = open_connections
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast("asyncio.Transport", transport)
        self._open.add(self)
        super().connection_made(transport)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._open.discard(self)
        super().connection_lost(exc)


class _Server(grpclib.server.Server):
    """grpclib's server, ending its client connections when it shuts down.

    grpclib's ``close()`` stops listening and cancels the calls in progress but
    leaves connections open, and since Python 3.12.1 asyncio's
    ``Server.wait_closed()`` waits for every one of them: a client that stays
    connected would hold ``wait_closed()`` for as long as it likes.
    """

    def __init__(self, services: Collection[_Authorized], *, codec: CodecBase) -> None:
        super().__init__(services, codec=codec)
        self._open: set[_Connection] = set()

    def _protocol_factory(self) -> H2Protocol:
        # grpclib's hook, called once per accepted connection: the protocol it
        # builds (with its call handler) is rebuilt as a _Connection.
        return _Connection(super()._protocol_factory(), self._open)

    async def shutdown(self, grace: float) -> None:
        """Stop listening, end every call and close every connection, in about ``grace`` s each.

        Cancelled calls first send their closing status; then each connection
        flushes what it holds and closes. A connection that cannot flush in time
        (a peer that stopped reading) is aborted.
        """
        self.close()
        connections = list(self._open)
        handlers = [
            c.handler.wait_closed()
            for c in connections
            if isinstance(c.handler, grpclib.server.Handler)
        ]
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.gather(*handlers), grace)
        for connection in connections:
            if connection.transport is not None:
                connection.transport.close()
        try:
            await asyncio.wait_for(self.wait_closed(), grace)
        except TimeoutError:
            for connection in connections:
                if connection.transport is not None:
                    connection.transport.abort()
            # A peer still in its TLS handshake has no protocol (nor call) yet, and so
            # no transport to abort here: asyncio ends it at its handshake timeout.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wait_closed(), grace)


class Simulator:
    """A faithful in-process MXAccess Gateway for tests and development."""

    def __init__(self, config: SimulatorConfig | None = None, **settings: Any) -> None:
        if config is None:
            config = SimulatorConfig(**settings)
        elif settings:
            config = dataclasses.replace(config, **settings)
        self.config = config
        self.clock: Clock = config.clock or SystemClock()
        keys = list(config.api_keys) if config.api_keys is not None else [ApiKeySpec.generate()]
        self._keys = KeyRing(keys, require_auth=config.require_auth)
        self._start_time = self.clock.now()
        galaxy = Galaxy(machines=config.objects, areas=config.areas, deployed=config.deployed)
        deploy_time = self._start_time - _GALAXY_AGE if config.deployed else None
        self._database = GalaxyDatabase(galaxy, deploy_time)
        self._cache = RepositoryCache(self._database, self.clock, config.deploy_event_buffer)
        self._alarms = AlarmMonitor(self.clock, self._galaxy, config.alarm_feed_capacity)
        self._plant = Plant(
            seed=config.seed,
            galaxy=self._galaxy,
            alarms=self._alarms,
            start=self._start_time,
            alarm_objects=config.alarm_objects,
        )
        limits = SessionLimits(
            event_queue_capacity=config.event_queue_capacity,
            replay_capacity=config.replay_capacity,
            replay_max_age=config.replay_max_age,
            subscriber_grace=config.subscriber_grace,
            session_lease=config.session_lease,
            first_value_delay=config.first_value_delay,
        )
        self._sessions = SessionManager(
            clock=self.clock,
            plant=self._plant,
            limits=limits,
            max_sessions=config.max_sessions,
            seed=config.seed,
        )
        self._write_delay = config.write_complete_delay
        self._worker = Worker(
            galaxy=self._galaxy,
            plant=self._plant,
            alarms=self._alarms,
            clock=self.clock,
            sessions=self._sessions,
            users=config.users,
            write_complete_delay=lambda: self._write_delay,
            read_timeout=config.read_timeout,
        )
        self._faults = FaultState()
        self._alarms.add_listener(self._alarm_to_sessions)
        self._gateway = GatewayService(
            config=config,
            clock=self.clock,
            sessions=self._sessions,
            worker=self._worker,
            alarms=self._alarms,
            faults=self._faults,
        )
        self._galaxy_service = GalaxyService(self._cache)
        self._server: _Server | None = None
        self._stopping = False
        self._tasks: list[asyncio.Task[None]] = []
        self.host = config.host
        self.port = config.port

    # -- lifecycle ----------------------------------------------------------

    def _galaxy(self) -> Galaxy:
        return self._database.galaxy

    def _ssl_context(self) -> ssl.SSLContext | None:
        if self.config.tls_cert is None or self.config.tls_key is None:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            context.load_cert_chain(str(self.config.tls_cert), str(self.config.tls_key))
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(
                f"cannot load the TLS certificate {self.config.tls_cert} / key "
                f"{self.config.tls_key}: {exc}"
            ) from exc
        context.set_alpn_protocols(["h2"])
        return context

    async def start(self) -> None:
        """Bind and start serving (use ``async with`` to also stop cleanly)."""
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        context = self._ssl_context()
        # hpack logs decoded request headers, the API key among them, at DEBUG level.
        guard_header_logs()
        self._stopping = False
        sock = socket.create_server((self.config.host, self.config.port))
        # Accepted sockets inherit this; without it every reply waits for a delayed ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.port = sock.getsockname()[1]
        services = [
            _Authorized(service, self._keys, self._faults, self.clock, lambda: self._stopping)
            for service in (self._gateway, self._galaxy_service)
        ]
        self._server = _Server(services, codec=LimitedServerCodec(self.config.max_message_size))
        await self._server.start(sock=sock, ssl=context)
        self._plant.evaluate_alarms()
        self._tasks = [asyncio.create_task(self._tick_loop(), name="simulator-ticks")]
        if self.config.deploy_poll_interval > 0:
            self._tasks.append(asyncio.create_task(self._poll_loop(), name="simulator-deploys"))

    async def stop(self) -> None:
        """Close every session, end every stream, stop listening and close every connection.

        Event streams of the closed sessions end cleanly; other open calls
        (alarm feeds, deploy watches, calls in progress) end with UNAVAILABLE.
        Clients still connected do not delay the stop: their connections are
        closed (after about a second at most, cut if they do not drain).
        """
        if self._server is None:
            return
        self._stopping = True
        self._sessions.close_all()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        await settle()
        server, self._server = self._server, None
        await server.shutdown(_CLOSE_GRACE)

    async def __aenter__(self) -> Simulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    async def _tick_loop(self) -> None:
        while True:
            await self.clock.sleep(1.0)
            self._plant.tick()

    async def _poll_loop(self) -> None:
        while True:
            await self.clock.sleep(self.config.deploy_poll_interval)
            self._cache.poll()

    # -- addressing and keys --------------------------------------------------

    @property
    def endpoint(self) -> str:
        """``host:port`` a client connects to."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def api_key(self) -> str:
        """The token of the first configured key (the generated full-scope one by default)."""
        return self._keys.keys()[0].token

    @property
    def api_keys(self) -> list[ApiKeySpec]:
        """Every key the simulator knows (revoked ones included)."""
        return self._keys.keys()

    def add_api_key(
        self,
        *,
        key_id: str | None = None,
        scopes: Iterable[str] = ALL_SCOPES,
        read_globs: Iterable[str] = ("*",),
        write_globs: Iterable[str] = ("*",),
        max_write_classification: int = 6,
    ) -> str:
        """Accept a new key with a random secret; returns its token."""
        key = ApiKeySpec.generate(
            key_id or f"key{len(self._keys.keys()) + 1}",
            scopes=frozenset(scopes),
            read_globs=tuple(read_globs),
            write_globs=tuple(write_globs),
            max_write_classification=max_write_classification,
        )
        self._keys.add(key)
        return key.token

    def revoke_api_key(self, token_or_key_id: str) -> None:
        """Refuse a key from now on (UNAUTHENTICATED)."""
        self._keys.revoke(token_or_key_id)

    # -- time and faults ----------------------------------------------------

    async def advance(self, seconds: float) -> None:
        """Move a ManualClock forward and let everything that fell due run."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs the simulator to run on a ManualClock")
        await self.clock.advance(seconds)

    async def settle(self) -> None:
        """Let the event loop run everything already scheduled (no clock movement)."""
        await settle()

    def inject_latency(self, seconds: float) -> None:
        """Delay every later RPC by ``seconds`` on the simulator clock (0 turns it off)."""
        if seconds < 0:
            raise ValueError("latency must be >= 0")
        self._faults.latency = seconds

    def fail_next_commands(
        self, n: int, code: mx.ProtocolStatusCode = mx.ProtocolStatusCode.WORKER_UNAVAILABLE
    ) -> None:
        """The next ``n`` Invokes reply with protocol status ``code`` instead of running."""
        self._faults.fail_next(n, code)

    def set_write_complete_delay(self, seconds: float) -> None:
        """From now on writes complete after ``seconds`` (PENDING first when > 0)."""
        if seconds < 0:
            raise ValueError("delay must be >= 0")
        self._write_delay = seconds

    def _session(self, session_id: str) -> Session:
        session = self._sessions.get(session_id)
        if session is None:
            raise KeyError(f"no open session {session_id!r}")
        return session

    def fault_session(self, session_id: str) -> None:
        """Simulate a worker crash: the session is FAULTED and its stream ends with UNAVAILABLE."""
        self._sessions.fault(
            self._session(session_id),
            Status.UNAVAILABLE,
            "The MXAccess worker exited unexpectedly.",
        )

    def hang_worker(self, session_id: str) -> None:
        """Simulate a hung worker: commands get no answer until the command timeout faults it."""
        self._session(session_id).hung = True

    def drop_event_stream(self, session_id: str) -> None:
        """End the session's current StreamEvents call abruptly; the session stays READY."""
        subscriber = self._session(session_id).events.subscriber
        if subscriber is None:
            raise LookupError(f"session {session_id!r} has no event subscriber")
        subscriber.end(Status.UNAVAILABLE, "The event stream was dropped.")

    def set_database_available(self, available: bool) -> None:
        """Make the Galaxy Repository database reachable or not."""
        self._database.available = available

    def redeploy(self, *, poll: bool = True) -> None:
        """Deploy a changed galaxy (one more machine, a new deploy time).

        A galaxy configured with ``deployed=False`` gets its first deploy:
        every configured object appears.

        ``poll`` runs the gateway's deploy-time poll at once, so caches and
        WatchDeployEvents see the deploy without waiting for the poll interval.
        """
        self._database.redeploy(self.clock.now())
        if poll:
            self._cache.poll()

    # -- plant --------------------------------------------------------------

    def _resolve(self, reference: str) -> TagRef:
        try:
            return resolve_reference(self._galaxy(), reference)
        except MxFailure as failure:
            if "[" not in reference:
                with contextlib.suppress(MxFailure):
                    return resolve_reference(self._galaxy(), reference + "[]")
            raise KeyError(failure.message) from None

    def read_value(self, reference: str) -> object:
        """The current value of ``reference`` as the plant holds it."""
        ref = self._resolve(reference)
        return ref.read_from(self._plant.read(ref.obj, ref.attr).value)

    def set_value(
        self,
        reference: str,
        value: object,
        *,
        quality: int = GOOD_QUALITY,
        timestamp: dt.datetime | None = None,
    ) -> None:
        """Change an attribute as the plant would; advised items get OnDataChange."""
        ref = self._resolve(reference)
        checked = ref.write_into(
            self._plant.read(ref.obj, ref.attr).value,
            from_mx_value(to_mx_value(value, ref.value_type)),
        )
        self._plant.store(
            ref.obj, ref.attr, checked, timestamp=timestamp or self.clock.now(), quality=quality
        )

    def set_quality(self, reference: str, quality: int) -> None:
        """Change only the OPC DA quality of an attribute (status stays independent)."""
        ref = self._resolve(reference)
        sample = self._plant.read(ref.obj, ref.attr)
        self._plant.store(
            ref.obj, ref.attr, sample.value, timestamp=self.clock.now(), quality=quality
        )

    # -- alarms -------------------------------------------------------------

    def _alarm(self, reference: str) -> tuple[Any, Any]:
        resolved = self._alarms.resolve(reference)
        if resolved is None:
            raise KeyError(f"no alarm {reference!r}")
        return resolved

    def raise_alarm(self, reference: str) -> None:
        """Raise (or retrigger) an alarm, by full or ``Object.Alarm`` reference."""
        self._set_alarm(reference, True)

    def clear_alarm(self, reference: str) -> None:
        """Return an alarm to normal."""
        self._set_alarm(reference, False)

    def _set_alarm(self, reference: str, active: bool) -> None:
        source, alarm = self._alarm(reference)
        attr = source.attribute(alarm.source_attribute)
        if alarm.limit is None:
            self._plant.store(source, attr, active, timestamp=self.clock.now())
            return
        current = self._plant.read(source, attr).value
        self._alarms.set_condition(source, alarm, active, current)

    def alarm_reference(self, short_reference: str) -> str:
        """The full ``Galaxy!Area.Object.Alarm`` reference of ``Object.Alarm``."""
        source, alarm = self._alarm(short_reference)
        return self._alarms.reference(source, alarm)

    def active_alarms(self, prefix: str = "") -> list[mx.ActiveAlarmSnapshot]:
        return self._alarms.snapshot(prefix)

    def _alarm_to_sessions(self, state: AlarmState, event: mx.OnAlarmTransitionEvent) -> None:
        for session in list(self._sessions.sessions.values()):
            prefix = session.alarm_prefix
            if prefix is not None and state.matches(prefix):
                session.emit(
                    mx.MxEvent(
                        family=mx.MxEventFamily.ON_ALARM_TRANSITION,
                        source_timestamp=event.transition_timestamp,
                        statuses=[ok_status()],
                        on_alarm_transition=event,
                    )
                )

    # -- introspection ------------------------------------------------------

    def session_ids(self) -> list[str]:
        """Ids of sessions not yet closed (READY or FAULTED)."""
        return list(self._sessions.sessions)

    def session_state(self, session_id: str) -> mx.SessionState:
        """The state of a session, closed ones included; KeyError for an unknown id."""
        return self._sessions.state(session_id)

    def event_subscriber_count(self, session_id: str) -> int:
        session = self._sessions.get(session_id)
        return 0 if session is None or session.events.subscriber is None else 1

    def pending_commands(self, session_id: str) -> int:
        """Invokes of the session that are running or waiting for the worker."""
        return self._session(session_id).pending_commands

    def queued_events(self, session_id: str) -> int:
        """Events waiting in the session's queue (not yet streamed or drained)."""
        return self._session(session_id).events.queued()

    def items(self, session_id: str) -> Mapping[int, ItemView]:
        """The session's added items by item handle."""
        return {
            handle: ItemView(
                item.ref.address,
                item.server_handle,
                item.advised,
                item.supervisory,
                item.suspended,
                item.buffered,
            )
            for handle, item in self._session(session_id).items.items()
        }

    def registrations(self, session_id: str) -> Collection[int]:
        """The session's server handles."""
        return list(self._session(session_id).registrations)

    def alarm_feed_count(self) -> int:
        """Open StreamAlarms calls."""
        return self._alarms.feed_count()

    def deploy_watcher_count(self) -> int:
        """Open WatchDeployEvents calls."""
        return self._cache.watcher_count()

    def watched_attribute_count(self) -> int:
        """Attributes some session currently advises."""
        return self._plant.watched_count()

    @property
    def galaxy(self) -> Galaxy:
        """The galaxy as currently deployed."""
        return self._galaxy()

    def __repr__(self) -> str:
        state = "running" if self._server is not None else "stopped"
        return f"Simulator({self.endpoint}, {state}, objects={self._galaxy().machines})"
