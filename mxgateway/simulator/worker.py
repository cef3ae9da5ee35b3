"""The simulated MXAccess worker: every Invoke command kind, with MXAccess semantics.

Each command runs against one session. Success replies carry protocol status
OK, hresult 0 and an OK MXSTATUS_PROXY; MXAccess refusals are data-bearing
MXACCESS_FAILURE replies (hresult, statuses, diagnostic). Writes reply at once
and complete later with OnWriteComplete; bulk commands run their entries in
order and report per-entry failures in place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grpclib import GRPCError
from grpclib.const import Status

from mxgateway._version import WORKER_PROTOCOL_VERSION, __version__
from mxgateway.galaxy.model import SecurityClassification as Classification
from mxgateway.simulator.alarms import MAX_COMMENT, AlarmMonitor, AlarmRefused
from mxgateway.simulator.attributes import Behavior
from mxgateway.simulator.coercion import CoercionError, coerce_written_value
from mxgateway.simulator.references import TagRef, resolve_reference
from mxgateway.simulator.sessions import Item, Registration, Session, SessionManager
from mxgateway.simulator.statuses import (
    DETAIL_NOT_WRITABLE,
    DETAIL_SECURITY,
    DETAIL_TIMEOUT,
    DETAIL_WRONG_TYPE,
    E_INVALIDARG,
    MX_E_FAILURE,
    S_OK,
    MxFailure,
    failure_status,
    ok_status,
    pending_status,
)
from mxgateway.values import from_mx_value, to_mx_value
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import (
    command_payload,
    expected_command_type,
    request_kind,
    with_payload,
)

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping

    import betterproto2

    from mxgateway.simulator.auth import ApiKeySpec
    from mxgateway.simulator.clock import Clock
    from mxgateway.simulator.galaxy import Galaxy
    from mxgateway.simulator.plant import Plant

__all__ = ["Worker", "kind_title"]

_K = mx.MxCommandKind
_EMPTY_COMMANDS = frozenset(
    {_K.PING, _K.GET_SESSION_STATE, _K.GET_WORKER_INFO, _K.SHUTDOWN_WORKER, _K.UNSUBSCRIBE_ALARMS}
)
#: Commands whose MXAccess call returns a value (a handle or user id); 0 when it fails.
_VALUE_COMMANDS = frozenset(
    {_K.REGISTER, _K.ADD_ITEM, _K.ADD_ITEM2, _K.ADD_BUFFERED_ITEM, _K.AUTHENTICATE_USER}
)
_TAG_DENIED = "Access denied for this tag."
WORKER_VERSION = f"mxaccess-worker-sim {__version__}"


def kind_title(kind: mx.MxCommandKind) -> str:
    """``ADD_ITEM2`` -> ``AddItem2``, as the gateway names commands in messages."""
    return "".join(part.capitalize() for part in kind.name.split("_"))


@dataclass
class Outcome:
    """What a successful command puts in its reply."""

    diagnostic: str
    return_value: mx.MxValue | None = None
    payload: betterproto2.Message | None = None


@dataclass
class _Ctx:
    session: Session
    caller: ApiKeySpec
    correlation_id: str


@dataclass
class _WritePlan:
    """A write accepted at once and completed later."""

    item: Item
    value: object = None
    timestamp: dt.datetime | None = None
    user: str = ""
    failure: mx.MxStatusProxy | None = None


def _int_value(value: int) -> mx.MxValue:
    return to_mx_value(value, "int32")


class Worker:
    """Executes Invoke commands against sessions, the plant and the alarm monitor."""

    def __init__(
        self,
        *,
        galaxy: Callable[[], Galaxy],
        plant: Plant,
        alarms: AlarmMonitor,
        clock: Clock,
        sessions: SessionManager,
        users: Mapping[str, str],
        write_complete_delay: Callable[[], float],
        read_timeout: float,
    ) -> None:
        self._galaxy = galaxy
        self._plant = plant
        self._alarms = alarms
        self._clock = clock
        self._sessions = sessions
        self._users = {name.lower(): (name, password) for name, password in users.items()}
        self._write_complete_delay = write_complete_delay
        self._read_timeout = read_timeout
        self._correlations = itertools.count(1)
        by_name: dict[str, Callable[[_Ctx, Any], Awaitable[Outcome]]] = {
            "REGISTER": self._register,
            "UNREGISTER": self._unregister,
            "ADD_ITEM": self._add_item,
            "ADD_ITEM2": self._add_item2,
            "ADD_BUFFERED_ITEM": self._add_buffered_item,
            "REMOVE_ITEM": self._remove_item,
            "ADVISE": self._advise,
            "ADVISE_SUPERVISORY": self._advise_supervisory,
            "UN_ADVISE": self._un_advise,
            "SUSPEND": self._suspend,
            "ACTIVATE": self._activate,
            "SET_BUFFERED_UPDATE_INTERVAL": self._set_buffered_update_interval,
            "WRITE": self._write,
            "WRITE2": self._write,
            "WRITE_SECURED": self._write,
            "WRITE_SECURED2": self._write,
            "AUTHENTICATE_USER": self._authenticate_user,
            "PING": self._ping,
            "GET_SESSION_STATE": self._get_session_state,
            "GET_WORKER_INFO": self._get_worker_info,
            "DRAIN_EVENTS": self._drain_events,
            "SHUTDOWN_WORKER": self._shutdown_worker,
            "ADD_ITEM_BULK": self._add_item_bulk,
            "ADVISE_ITEM_BULK": self._advise_item_bulk,
            "REMOVE_ITEM_BULK": self._remove_item_bulk,
            "UN_ADVISE_ITEM_BULK": self._un_advise_item_bulk,
            "SUBSCRIBE_BULK": self._subscribe_bulk,
            "UNSUBSCRIBE_BULK": self._unsubscribe_bulk,
            "WRITE_BULK": self._write_bulk,
            "WRITE2_BULK": self._write_bulk,
            "WRITE_SECURED_BULK": self._write_bulk,
            "WRITE_SECURED2_BULK": self._write_bulk,
            "READ_BULK": self._read_bulk,
            "SUBSCRIBE_ALARMS": self._subscribe_alarms,
            "UNSUBSCRIBE_ALARMS": self._unsubscribe_alarms,
            "ACKNOWLEDGE_ALARM": self._acknowledge_alarm,
            "ACKNOWLEDGE_ALARM_BY_NAME": self._acknowledge_alarm_by_name,
            "QUERY_ACTIVE_ALARMS": self._query_active_alarms,
        }
        # An older contract lacks some kinds: the simulator then serves the ones it has.
        self._handlers = {kind: by_name[kind.name] for kind in _K if kind.name in by_name}

    # -- envelope -----------------------------------------------------------

    def correlation_id(self, request: mx.MxCommandRequest) -> str:
        """The client's correlation id, or one the gateway makes up."""
        if request.client_correlation_id:
            return request.client_correlation_id
        slug = request_kind(request).name.lower().replace("_", "-")
        return f"gateway-correlation-{slug}-{next(self._correlations)}"

    @staticmethod
    def payload(request: mx.MxCommandRequest) -> Any:
        """The command message matching the request's kind, or INVALID_ARGUMENT."""
        kind, command = command_payload(request)
        if kind is _K.UNSPECIFIED:
            raise GRPCError(Status.INVALID_ARGUMENT, "MxCommand.kind is required")
        if command is None and kind in _EMPTY_COMMANDS:
            return None
        expected = expected_command_type(kind)
        if expected is None or not isinstance(command, expected):
            want = expected.__name__ if expected is not None else "a known command"
            got = type(command).__name__ if command is not None else "no payload"
            raise GRPCError(
                Status.INVALID_ARGUMENT,
                f"command kind {kind.proto_name} needs payload {want}, got {got}",
            )
        return command

    def reply(
        self,
        request: mx.MxCommandRequest,
        correlation_id: str,
        *,
        code: mx.ProtocolStatusCode,
        message: str,
        hresult: int = S_OK,
        statuses: list[mx.MxStatusProxy] | None = None,
        return_value: mx.MxValue | None = None,
        diagnostic: str = "",
        payload: betterproto2.Message | None = None,
    ) -> mx.MxCommandReply:
        reply = mx.MxCommandReply(
            session_id=request.session_id,
            correlation_id=correlation_id,
            kind=request_kind(request),
            protocol_status=mx.ProtocolStatus(code=code, message=message),
            hresult=hresult,
            return_value=return_value,
            statuses=statuses or [],
            diagnostic_message=diagnostic,
        )
        return reply if payload is None else with_payload(reply, payload)

    async def execute(
        self, session: Session, request: mx.MxCommandRequest, caller: ApiKeySpec, command: Any
    ) -> mx.MxCommandReply:
        """Run one command; what it leaves for after the reply is in ``session.after_reply``."""
        ctx = _Ctx(session, caller, self.correlation_id(request))
        title = kind_title(request_kind(request))
        handler = self._handlers[request_kind(request)]
        try:
            outcome = await handler(ctx, command)
        except MxFailure as failure:
            return self.reply(
                request,
                ctx.correlation_id,
                code=mx.ProtocolStatusCode.MXACCESS_FAILURE,
                message=f"{title} failed in MXAccess.",
                hresult=failure.hresult,
                statuses=[failure.status],
                return_value=_int_value(0) if request_kind(request) in _VALUE_COMMANDS else None,
                diagnostic=failure.message,
            )
        return self.reply(
            request,
            ctx.correlation_id,
            code=mx.ProtocolStatusCode.OK,
            message=f"{title} completed.",
            statuses=[ok_status()],
            return_value=outcome.return_value,
            diagnostic=outcome.diagnostic,
            payload=outcome.payload,
        )

    # -- lookups ------------------------------------------------------------

    @staticmethod
    def _registration(session: Session, server_handle: int) -> Registration:
        registration = session.registrations.get(server_handle)
        if registration is None:
            raise MxFailure(f"Invalid server handle {server_handle}.", hresult=E_INVALIDARG)
        return registration

    def _item(self, session: Session, server_handle: int, item_handle: int) -> Item:
        self._registration(session, server_handle)
        item = session.items.get(item_handle)
        if item is None or item.server_handle != server_handle:
            raise MxFailure(
                f"Invalid item handle {item_handle} for server handle {server_handle}.",
                hresult=E_INVALIDARG,
            )
        return item

    def _new_item(self, ctx: _Ctx, server_handle: int, address: str, *, buffered: bool) -> Item:
        self._registration(ctx.session, server_handle)
        if not ctx.caller.may_read(address.strip()):
            raise GRPCError(Status.PERMISSION_DENIED, _TAG_DENIED)
        ref = resolve_reference(self._galaxy(), address)
        handle = ctx.session.new_item_handle()
        item = Item(ctx.session, handle, server_handle, ref, buffered=buffered)
        ctx.session.items[handle] = item
        return item

    # -- registration and items ---------------------------------------------

    async def _register(self, ctx: _Ctx, cmd: mx.RegisterCommand) -> Outcome:
        handle = ctx.session.new_server_handle()
        ctx.session.registrations[handle] = Registration(cmd.client_name)
        return Outcome(
            f"Register returned server handle {handle}.",
            _int_value(handle),
            mx.RegisterReply(server_handle=handle),
        )

    async def _unregister(self, ctx: _Ctx, cmd: mx.UnregisterCommand) -> Outcome:
        registration = self._registration(ctx.session, cmd.server_handle)
        for item in [i for i in ctx.session.items.values() if i.server_handle == cmd.server_handle]:
            ctx.session.remove_item(item)
        if registration.flush_timer is not None:
            registration.flush_timer.cancel()
        del ctx.session.registrations[cmd.server_handle]
        return Outcome(f"Unregistered server handle {cmd.server_handle}.")

    def _added(self, item: Item) -> Outcome:
        return Outcome(
            f"AddItem returned item handle {item.handle} for '{item.ref.address}'.",
            _int_value(item.handle),
            mx.AddItemReply(item_handle=item.handle),
        )

    async def _add_item(self, ctx: _Ctx, cmd: mx.AddItemCommand) -> Outcome:
        item = self._new_item(ctx, cmd.server_handle, cmd.item_definition, buffered=False)
        return self._added(item)

    async def _add_item2(self, ctx: _Ctx, cmd: mx.AddItem2Command) -> Outcome:
        item = self._new_item(ctx, cmd.server_handle, cmd.item_definition, buffered=False)
        return self._added(item)

    async def _add_buffered_item(self, ctx: _Ctx, cmd: mx.AddBufferedItemCommand) -> Outcome:
        item = self._new_item(ctx, cmd.server_handle, cmd.item_definition, buffered=True)
        return self._added(item)

    async def _remove_item(self, ctx: _Ctx, cmd: mx.RemoveItemCommand) -> Outcome:
        item = self._item(ctx.session, cmd.server_handle, cmd.item_handle)
        ctx.session.remove_item(item)
        return Outcome(f"Removed item handle {item.handle}.")

    async def _advise(self, ctx: _Ctx, cmd: mx.AdviseCommand) -> Outcome:
        item = self._item(ctx.session, cmd.server_handle, cmd.item_handle)
        ctx.session.start_advise(item, supervisory=False)
        return Outcome(f"Advised item handle {item.handle}.")

    async def _advise_supervisory(self, ctx: _Ctx, cmd: mx.AdviseSupervisoryCommand) -> Outcome:
        item = self._item(ctx.session, cmd.server_handle, cmd.item_handle)
        ctx.session.start_advise(item, supervisory=True)
        return Outcome(f"Advised item handle {item.handle} (supervisory).")

    async def _un_advise(self, ctx: _Ctx, cmd: mx.UnAdviseCommand) -> Outcome:
        item = self._item(ctx.session, cmd.server_handle, cmd.item_handle)
        ctx.session.stop_advise(item)
        return Outcome(f"UnAdvised item handle {item.handle}.")

    async def _suspend(self, ctx: _Ctx, cmd: mx.SuspendCommand) -> Outcome:
        item = self._item(ctx.session, cmd.server_handle, cmd.item_handle)
        item.suspended = True
        ctx.session.after_reply(self._operation_complete(ctx.session, item, "Suspend"))
        return Outcome(f"Suspended item handle {item.handle}.", payload=mx.SuspendReply())

    @staticmethod
    def _operation_complete(session: Session, item: Item, operation: str) -> Callable[[], None]:
        """MXAccess reports Suspend and Activate through OperationComplete once done."""

        def emit() -> None:
            session.emit(
                mx.MxEvent(
                    family=mx.MxEventFamily.OPERATION_COMPLETE,
                    server_handle=item.server_handle,
                    item_handle=item.handle,
                    statuses=[ok_status()],
                    hresult=S_OK,
                    operation_complete=mx.OperationCompleteEvent(operation=operation),
                )
            )

        return emit

    async def _activate(self, ctx: _Ctx, cmd: mx.ActivateCommand) -> Outcome:
        item = self._item(ctx.session, cmd.server_handle, cmd.item_handle)
        was_suspended, item.suspended = item.suspended, False
        session = ctx.session
        complete = self._operation_complete(session, item, "Activate")

        def after() -> None:
            complete()
            ready = session.state is mx.SessionState.READY
            if was_suspended and item.advised and item.initial_timer is None and ready:
                session.deliver(item, item.project(self._plant.read(item.ref.obj, item.ref.attr)))

        session.after_reply(after)
        return Outcome(f"Activated item handle {item.handle}.", payload=mx.ActivateReply())

    async def _set_buffered_update_interval(
        self, ctx: _Ctx, cmd: mx.SetBufferedUpdateIntervalCommand
    ) -> Outcome:
        registration = self._registration(ctx.session, cmd.server_handle)
        if cmd.update_interval_ms <= 0:
            raise MxFailure(
                f"Buffered update interval must be positive, got {cmd.update_interval_ms} ms.",
                hresult=E_INVALIDARG,
            )
        registration.buffer_interval_ms = cmd.update_interval_ms
        return Outcome(f"Buffered update interval set to {cmd.update_interval_ms} ms.")

    # -- users --------------------------------------------------------------

    async def _authenticate_user(self, ctx: _Ctx, cmd: mx.AuthenticateUserCommand) -> Outcome:
        self._registration(ctx.session, cmd.server_handle)
        known = self._users.get(cmd.user_name.lower())
        if known is None or known[1] != cmd.password:
            text = "Authentication failed: unknown user or wrong password."
            status = failure_status(mx.MxStatusCategory.SECURITY_ERROR, DETAIL_SECURITY, text)
            raise MxFailure(text, status=status)
        user_id = ctx.session.new_user_id()
        ctx.session.users[user_id] = known[0]
        return Outcome(
            f"User '{known[0]}' authenticated as user id {user_id}.",
            _int_value(user_id),
            mx.AuthenticateUserReply(user_id=user_id),
        )

    # -- writes -------------------------------------------------------------

    def _plan_write(
        self,
        ctx: _Ctx,
        server_handle: int,
        item_handle: int,
        value: mx.MxValue | None,
        *,
        timestamp: mx.MxValue | None,
        user_id: int,
        verifier_id: int,
        secured: bool,
        entry: bool,
    ) -> _WritePlan:
        """Check a write that replies at once; its outcome is settled here, delivered later."""
        item = self._item(ctx.session, server_handle, item_handle)
        ref = item.ref
        if not ctx.caller.may_write(ref.address.strip(), int(ref.attr.classification)):
            if entry:
                raise MxFailure(_TAG_DENIED, hresult=E_INVALIDARG)
            raise GRPCError(Status.PERMISSION_DENIED, _TAG_DENIED)
        if not item.advised:
            raise MxFailure(
                f"Item handle {item.handle} is added but not advised: MXAccess refuses the write.",
                hresult=E_INVALIDARG,
                status=failure_status(mx.MxStatusCategory.OPERATIONAL_ERROR, 0, "E_INVALIDARG"),
            )
        plan = _WritePlan(item)
        users = ctx.session.users
        security = self._security_failure(ref, secured, user_id, verifier_id, users)
        if security is not None:
            plan.failure = security
            return plan
        try:
            plan.value = coerce_written_value(
                value, ref.attr.type_name, ref.element is None and ref.attr.is_array
            )
            if timestamp is not None:
                stamp = from_mx_value(timestamp)
                if not isinstance(stamp, dt.datetime):
                    raise CoercionError("the write timestamp must be a time value")
                plan.timestamp = stamp
        except CoercionError as exc:
            plan.failure = failure_status(
                mx.MxStatusCategory.OPERATIONAL_ERROR,
                DETAIL_WRONG_TYPE,
                f"Wrong data type: {exc}",
                mx.MxStatusSource.RESPONDING_AUTOMATION_OBJECT,
            )
            return plan
        writer = users.get(user_id, "")
        plan.user = writer if (secured or item.supervisory) else ""
        return plan

    @staticmethod
    def _security_failure(
        ref: TagRef, secured: bool, user_id: int, verifier_id: int, users: Mapping[int, str]
    ) -> mx.MxStatusProxy | None:
        source = mx.MxStatusSource.RESPONDING_AUTOMATION_OBJECT
        attr = ref.attr
        category = mx.MxStatusCategory.SECURITY_ERROR
        if not attr.writable_by_clients:
            text = f"'{attr.name}' is not writable ({attr.classification.name})."
            return failure_status(category, DETAIL_NOT_WRITABLE, text, source)
        needs = attr.classification
        if needs in (Classification.SECURED_WRITE, Classification.VERIFIED_WRITE):
            if not secured:
                text = (
                    f"'{attr.name}' is {needs.name}: use WriteSecured with an authenticated user."
                )
                return failure_status(category, DETAIL_SECURITY, text, source)
            if user_id not in users:
                text = f"User id {user_id} is not authenticated in this session."
                return failure_status(category, DETAIL_SECURITY, text, source)
            if needs is Classification.VERIFIED_WRITE and (
                verifier_id not in users or users[verifier_id] == users[user_id]
            ):
                text = f"'{attr.name}' is VERIFIED_WRITE: it needs a second, different verifier."
                return failure_status(category, DETAIL_SECURITY, text, source)
        elif secured and user_id not in users:
            text = f"User id {user_id} is not authenticated in this session."
            return failure_status(category, DETAIL_SECURITY, text, source)
        return None

    def _schedule_completion(self, ctx: _Ctx, plan: _WritePlan) -> None:
        session = ctx.session
        item = plan.item
        correlation = ctx.correlation_id
        delay = self._write_complete_delay()

        def event(status: mx.MxStatusProxy, hresult: int) -> mx.MxEvent:
            return mx.MxEvent(
                family=mx.MxEventFamily.ON_WRITE_COMPLETE,
                server_handle=item.server_handle,
                item_handle=item.handle,
                statuses=[status],
                hresult=hresult,
                on_write_complete=mx.OnWriteCompleteEvent(client_correlation_id=correlation),
            )

        def complete() -> None:
            if session.state is not mx.SessionState.READY:
                return
            if plan.failure is None:
                session.emit(event(ok_status(), S_OK))
                self._apply_write(plan)
            else:
                session.emit(event(plan.failure, MX_E_FAILURE))

        if delay > 0:
            session.after_reply(lambda: session.emit(event(pending_status(), S_OK)))
            self._clock.call_later(delay, complete)
        else:
            session.after_reply(complete)

    def _apply_write(self, plan: _WritePlan) -> None:
        ref = plan.item.ref
        timestamp = plan.timestamp or self._clock.now()
        value = plan.value
        if ref.element is not None:
            value = ref.write_into(self._plant.read(ref.obj, ref.attr).value, value)
        self._plant.store(ref.obj, ref.attr, value, timestamp=timestamp)
        if ref.attr.behavior is Behavior.ALARM_ACK_MSG:
            alarm_name = ref.attr.primitive
            reference = f"{ref.obj.tag_name}.{alarm_name}"
            with contextlib.suppress(AlarmRefused):
                self._alarms.acknowledge(reference, str(plan.value), plan.user)

    async def _write(self, ctx: _Ctx, cmd: Any) -> Outcome:
        secured = isinstance(cmd, (mx.WriteSecuredCommand, mx.WriteSecured2Command))
        plan = self._plan_write(
            ctx,
            cmd.server_handle,
            cmd.item_handle,
            cmd.value,
            timestamp=getattr(cmd, "timestamp_value", None),
            user_id=cmd.current_user_id if secured else cmd.user_id,
            verifier_id=cmd.verifier_user_id if secured else 0,
            secured=secured,
            entry=False,
        )
        self._schedule_completion(ctx, plan)
        return Outcome(f"Write to item handle {plan.item.handle} accepted; completion follows.")

    async def _write_bulk(self, ctx: _Ctx, cmd: Any) -> Outcome:
        secured = isinstance(cmd, (mx.WriteSecuredBulkCommand, mx.WriteSecured2BulkCommand))
        self._registration(ctx.session, cmd.server_handle)
        results = []
        for entry in cmd.entries:
            try:
                plan = self._plan_write(
                    ctx,
                    cmd.server_handle,
                    entry.item_handle,
                    entry.value,
                    timestamp=getattr(entry, "timestamp_value", None),
                    user_id=entry.current_user_id if secured else entry.user_id,
                    verifier_id=entry.verifier_user_id if secured else 0,
                    secured=secured,
                    entry=True,
                )
            except MxFailure as failure:
                results.append(
                    mx.BulkWriteResult(
                        item_handle=entry.item_handle,
                        was_successful=False,
                        error_message=failure.message,
                        hresult=failure.hresult,
                        statuses=[failure.status],
                    )
                )
                continue
            self._schedule_completion(ctx, plan)
            results.append(
                mx.BulkWriteResult(
                    item_handle=entry.item_handle,
                    was_successful=True,
                    hresult=S_OK,
                    statuses=[ok_status()],
                )
            )
        ok = sum(r.was_successful for r in results)
        return Outcome(
            f"{ok} of {len(results)} writes accepted.",
            payload=mx.BulkWriteReply(results=results),
        )

    # -- control ------------------------------------------------------------

    async def _ping(self, ctx: _Ctx, _cmd: object) -> Outcome:
        return Outcome("Pong.")

    async def _get_session_state(self, ctx: _Ctx, _cmd: object) -> Outcome:
        state = ctx.session.state
        return Outcome(
            f"Session is {state.name}.",
            payload=mx.GetSessionStateReply(state=state),
        )

    async def _get_worker_info(self, ctx: _Ctx, _cmd: object) -> Outcome:
        info = mx.GetWorkerInfoReply(
            process_id=ctx.session.process_id,
            worker_version=WORKER_VERSION,
            worker_protocol_version=WORKER_PROTOCOL_VERSION,
        )
        return Outcome(f"Worker process {info.process_id}.", payload=info)

    async def _drain_events(self, ctx: _Ctx, cmd: mx.DrainEventsCommand) -> Outcome:
        events = ctx.session.events.drain(cmd.max_events)
        return Outcome(
            f"Drained {len(events)} events.",
            payload=mx.DrainEventsReply(events=events),
        )

    async def _shutdown_worker(self, ctx: _Ctx, _cmd: object) -> Outcome:
        session = ctx.session
        session.after_reply(lambda: self._sessions.close(session, "worker shut down"))
        return Outcome("Worker shutting down.")

    # -- subscription bulks -------------------------------------------------

    @staticmethod
    def _subscribe_result(
        server_handle: int, address: str, item_handle: int = 0, error: str = ""
    ) -> mx.SubscribeResult:
        return mx.SubscribeResult(
            server_handle=server_handle,
            tag_address=address,
            item_handle=item_handle,
            was_successful=not error,
            error_message=error,
        )

    def _bulk_reply(self, results: list[mx.SubscribeResult]) -> Outcome:
        ok = sum(r.was_successful for r in results)
        return Outcome(
            f"{ok} of {len(results)} entries succeeded.",
            payload=mx.BulkSubscribeReply(results=results),
        )

    def _add_entries(self, ctx: _Ctx, cmd: Any, *, advise: bool) -> Outcome:
        self._registration(ctx.session, cmd.server_handle)
        results = []
        for address in cmd.tag_addresses:
            try:
                item = self._new_item(ctx, cmd.server_handle, address, buffered=False)
            except MxFailure as failure:
                results.append(
                    self._subscribe_result(cmd.server_handle, address, error=failure.message)
                )
                continue
            except GRPCError:
                results.append(
                    self._subscribe_result(cmd.server_handle, address, error=_TAG_DENIED)
                )
                continue
            if advise:
                ctx.session.start_advise(item, supervisory=False)
            results.append(self._subscribe_result(cmd.server_handle, address, item.handle))
        return self._bulk_reply(results)

    def _handle_entries(self, ctx: _Ctx, cmd: Any, action: Callable[[Item], None]) -> Outcome:
        self._registration(ctx.session, cmd.server_handle)
        results = []
        for handle in cmd.item_handles:
            try:
                item = self._item(ctx.session, cmd.server_handle, handle)
            except MxFailure as failure:
                results.append(
                    self._subscribe_result(cmd.server_handle, "", handle, failure.message)
                )
                continue
            action(item)
            results.append(self._subscribe_result(cmd.server_handle, item.ref.address, handle))
        return self._bulk_reply(results)

    async def _add_item_bulk(self, ctx: _Ctx, cmd: mx.AddItemBulkCommand) -> Outcome:
        return self._add_entries(ctx, cmd, advise=False)

    async def _subscribe_bulk(self, ctx: _Ctx, cmd: mx.SubscribeBulkCommand) -> Outcome:
        return self._add_entries(ctx, cmd, advise=True)

    async def _advise_item_bulk(self, ctx: _Ctx, cmd: mx.AdviseItemBulkCommand) -> Outcome:
        session = ctx.session
        return self._handle_entries(ctx, cmd, lambda i: session.start_advise(i, supervisory=False))

    async def _un_advise_item_bulk(self, ctx: _Ctx, cmd: mx.UnAdviseItemBulkCommand) -> Outcome:
        return self._handle_entries(ctx, cmd, ctx.session.stop_advise)

    async def _remove_item_bulk(self, ctx: _Ctx, cmd: mx.RemoveItemBulkCommand) -> Outcome:
        return self._handle_entries(ctx, cmd, ctx.session.remove_item)

    async def _unsubscribe_bulk(self, ctx: _Ctx, cmd: mx.UnsubscribeBulkCommand) -> Outcome:
        return self._handle_entries(ctx, cmd, ctx.session.remove_item)

    # -- ReadBulk -----------------------------------------------------------

    async def _read_bulk(self, ctx: _Ctx, cmd: mx.ReadBulkCommand) -> Outcome:
        self._registration(ctx.session, cmd.server_handle)
        timeout = cmd.timeout_ms / 1000.0 if cmd.timeout_ms > 0 else self._read_timeout
        results = [await self._read_one(ctx, address, timeout) for address in cmd.tag_addresses]
        ok = sum(r.was_successful for r in results)
        return Outcome(
            f"{ok} of {len(results)} reads succeeded.",
            payload=mx.BulkReadReply(results=results),
        )

    async def _read_one(self, ctx: _Ctx, address: str, timeout: float) -> mx.BulkReadResult:
        if not ctx.caller.may_read(address.strip()):
            return mx.BulkReadResult(tag_address=address, error_message=_TAG_DENIED)
        try:
            ref = resolve_reference(self._galaxy(), address)
        except MxFailure as failure:
            return mx.BulkReadResult(
                tag_address=address, statuses=[failure.status], error_message=failure.message
            )
        for item in ctx.session.items.values():
            if (
                item.advised
                and item.last_sample is not None
                and item.ref.key == ref.key
                and item.ref.element == ref.element
            ):
                return self._read_result(
                    address, ref, item.last_sample.value, item.last_sample, True
                )
        ctx.session.new_item_handle()
        delay = ctx.session.limits.first_value_delay
        if delay > timeout:
            await self._clock.sleep(timeout)
            text = f"No value for '{address}' within {int(timeout * 1000)} ms."
            return mx.BulkReadResult(
                tag_address=address,
                statuses=[
                    failure_status(mx.MxStatusCategory.COMMUNICATION_ERROR, DETAIL_TIMEOUT, text)
                ],
                error_message=text,
            )
        await self._clock.sleep(delay)
        sample = self._plant.read(ref.obj, ref.attr)
        return self._read_result(address, ref, ref.read_from(sample.value), sample, False)

    @staticmethod
    def _read_result(
        address: str, ref: TagRef, value: object, sample: Any, cached: bool
    ) -> mx.BulkReadResult:
        return mx.BulkReadResult(
            tag_address=address,
            was_successful=True,
            value=to_mx_value(value, ref.value_type),
            quality=sample.quality,
            source_timestamp=sample.timestamp,
            statuses=[ok_status()],
            was_cached=cached,
        )

    # -- worker-side alarm commands -----------------------------------------

    async def _subscribe_alarms(self, ctx: _Ctx, cmd: mx.SubscribeAlarmsCommand) -> Outcome:
        ctx.session.alarm_prefix = cmd.subscription_expression
        return Outcome(f"Subscribed to alarms '{cmd.subscription_expression}'.")

    async def _unsubscribe_alarms(self, ctx: _Ctx, _cmd: object) -> Outcome:
        ctx.session.alarm_prefix = None
        return Outcome("Unsubscribed from alarms.")

    async def _acknowledge_alarm(self, ctx: _Ctx, cmd: mx.AcknowledgeAlarmCommand) -> Outcome:
        if len(cmd.comment) > MAX_COMMENT:
            raise MxFailure(f"Comment longer than {MAX_COMMENT} characters.", hresult=E_INVALIDARG)
        try:
            self._alarms.acknowledge(cmd.alarm_guid, cmd.comment, cmd.operator_user)
        except AlarmRefused as refused:
            raise MxFailure(str(refused)) from None
        return Outcome(
            f"Alarm '{cmd.alarm_guid}' acknowledged.",
            payload=mx.AcknowledgeAlarmReplyPayload(native_status=0),
        )

    async def _acknowledge_alarm_by_name(
        self, ctx: _Ctx, cmd: mx.AcknowledgeAlarmByNameCommand
    ) -> Outcome:
        scope = f"{cmd.provider_name}!{cmd.group_name}." if cmd.provider_name else ""
        command = mx.AcknowledgeAlarmCommand(
            alarm_guid=scope + cmd.alarm_name,
            comment=cmd.comment,
            operator_user=cmd.operator_user,
        )
        return await self._acknowledge_alarm(ctx, command)

    async def _query_active_alarms(self, ctx: _Ctx, cmd: mx.QueryActiveAlarmsCommand) -> Outcome:
        snapshots = self._alarms.snapshot(cmd.alarm_filter_prefix)
        return Outcome(
            f"{len(snapshots)} active alarms.",
            payload=mx.QueryActiveAlarmsReplyPayload(snapshots=snapshots),
        )
