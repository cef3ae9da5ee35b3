"""Every error the client raises, as one hierarchy rooted at ``MxGatewayError``.

::

    MxGatewayError
    ├── TransportError                  the call did not complete on the wire
    │   ├── GatewayUnavailableError     cannot connect, or gRPC UNAVAILABLE
    │   ├── ConnectionLostError         stream reset / connection dropped mid-call
    │   └── GatewayTimeoutError         client deadline or DEADLINE_EXCEEDED (a TimeoutError)
    ├── AuthenticationError             gRPC UNAUTHENTICATED (missing/unknown/revoked key)
    ├── PermissionDeniedError           gRPC PERMISSION_DENIED (key lacks the scope)
    ├── NotFoundError                   gRPC NOT_FOUND (e.g. unknown session)
    ├── AlreadyExistsError              gRPC ALREADY_EXISTS (e.g. second event subscriber)
    ├── InvalidArgumentError            INVALID_ARGUMENT or client-side validation (a ValueError)
    ├── ResourceExhaustedError          gRPC RESOURCE_EXHAUSTED (e.g. too many sessions)
    ├── FailedPreconditionError         gRPC FAILED_PRECONDITION (e.g. alarm ack refused)
    ├── CallCancelledError              gRPC CANCELLED sent by the server
    ├── RpcError                        any other gRPC status (UNKNOWN, INTERNAL, ...)
    ├── SessionError                    the session cannot be used
    │   ├── SessionFaultedError         FAULTED: worker crash, hang or event-queue overflow
    │   ├── SessionClosedError          CLOSED, or closed by this client
    │   └── HandlesLostError            handles of a session the gateway lost and we replaced
    ├── CommandError                    a reply whose ProtocolStatus is not OK (keeps the reply)
    │   └── MxAccessError               MXACCESS_FAILURE or a failing MXSTATUS_PROXY
    ├── UnsupportedError                missing capability or other protocol version
    └── MalformedReplyError             a reply that breaks the contract (missing payload, ...)

Errors that came from a gRPC status carry it in ``grpc_status`` (a
``grpclib.const.Status``; None otherwise). Messages never contain an API key's secret:
``redact_secrets`` scrubs anything that looks like ``mxgw_<keyid>_<secret>``.

``check_protocol_status`` is the one place a reply's ProtocolStatus becomes an error;
``map_transport_error`` is the one place grpclib and socket exceptions become these
types; ``TRANSPORT_EXCEPTIONS`` is the tuple of exceptions it understands.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Final

from grpclib.const import Status
from grpclib.exceptions import GRPCError, ProtocolError, StreamTerminatedError

from mxgateway.redaction import redact_secrets, redacted_key, remember_secret, scrub_exception
from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence

__all__ = [
    "TRANSPORT_EXCEPTIONS",
    "AlreadyExistsError",
    "AuthenticationError",
    "CallCancelledError",
    "CommandError",
    "ConnectionLostError",
    "FailedPreconditionError",
    "GatewayTimeoutError",
    "GatewayUnavailableError",
    "HandlesLostError",
    "InvalidArgumentError",
    "MalformedReplyError",
    "MxAccessError",
    "MxGatewayError",
    "NotFoundError",
    "PermissionDeniedError",
    "ResourceExhaustedError",
    "RpcError",
    "SessionClosedError",
    "SessionError",
    "SessionFaultedError",
    "TransportError",
    "UnsupportedError",
    "check_protocol_status",
    "cleanup_keeping_cause",
    "map_transport_error",
    "redact_secrets",
    "remember_secret",
]


class MxGatewayError(Exception):
    """Base of every error raised by this package."""

    #: The gRPC status this error was built from, if any.
    grpc_status: Status | None

    def __init__(self, message: str, *, grpc_status: Status | None = None) -> None:
        super().__init__(redact_secrets(message))
        self.grpc_status = grpc_status

    @property
    def message(self) -> str:
        """The (redacted) error message."""
        return str(self.args[0]) if self.args else ""


class TransportError(MxGatewayError):
    """The call did not complete: gateway unreachable, connection lost or deadline passed."""


class GatewayUnavailableError(TransportError):
    """The gateway cannot be reached (connection refused, TLS failure) or answered UNAVAILABLE."""


class ConnectionLostError(TransportError):
    """The connection or HTTP/2 stream ended in the middle of a call or stream."""


class GatewayTimeoutError(TransportError, TimeoutError):
    """The call's deadline passed (client-side timeout or DEADLINE_EXCEEDED)."""


class AuthenticationError(MxGatewayError):
    """The gateway rejected the API key (missing, malformed, unknown or revoked)."""


class PermissionDeniedError(MxGatewayError):
    """The API key is valid but lacks the scope or constraint needed for this call."""


class NotFoundError(MxGatewayError):
    """The gateway does not know the addressed object (e.g. the session)."""


class AlreadyExistsError(MxGatewayError):
    """The object already exists (e.g. the session already has an event subscriber)."""


class InvalidArgumentError(MxGatewayError, ValueError):
    """A request argument is invalid, detected by the client before sending or by the gateway."""


class ResourceExhaustedError(MxGatewayError):
    """A gateway limit is reached (sessions, pending commands, message size)."""


class FailedPreconditionError(MxGatewayError):
    """The gateway refused the call in the current state (e.g. an alarm acknowledgement)."""


class CallCancelledError(MxGatewayError):
    """The gateway cancelled the call (gRPC CANCELLED); local cancellation stays CancelledError."""


class RpcError(MxGatewayError):
    """A gRPC status with no more specific class (UNKNOWN, INTERNAL, UNIMPLEMENTED, ...)."""


class SessionError(MxGatewayError):
    """The session cannot be used any more."""

    def __init__(
        self, message: str, *, session_id: str = "", grpc_status: Status | None = None
    ) -> None:
        super().__init__(message, grpc_status=grpc_status)
        self.session_id = session_id


class SessionFaultedError(SessionError):
    """The session is FAULTED (worker crash, hang or event-queue overflow); only closing remains."""


class SessionClosedError(SessionError):
    """The session is closed."""


class HandlesLostError(SessionError):
    """The gateway lost the session and the client replaced it: server and item handles
    obtained before the replacement are gone (the tag-based API carries on)."""


class CommandError(MxGatewayError):
    """A reply's ProtocolStatus is not OK. ``reply`` is the raw reply message."""

    def __init__(
        self,
        message: str,
        *,
        reply: object = None,
        protocol_status: mx.ProtocolStatusCode | None = None,
    ) -> None:
        super().__init__(message)
        self.reply = reply
        self.protocol_status = protocol_status


class MxAccessError(CommandError):
    """MXAccess itself failed: MXACCESS_FAILURE, or an MXSTATUS_PROXY with a failing category.

    The message ends with what MXAccess reported, so a log line is enough to diagnose:
    the diagnostic text, each failing status as ``CATEGORY/detail`` and the HRESULT.
    """

    def __init__(
        self,
        message: str,
        *,
        reply: object = None,
        protocol_status: mx.ProtocolStatusCode | None = None,
        hresult: int = 0,
        statuses: Sequence[mx.MxStatusProxy] = (),
    ) -> None:
        self.hresult = hresult
        self.statuses = tuple(statuses)
        diagnostics = [
            getattr(reply, "diagnostic_message", ""),
            *(s.diagnostic_text for s in statuses),
        ]
        #: The diagnostic texts of the reply and its statuses (empty when MXAccess gave none).
        self.diagnostic = "; ".join(dict.fromkeys(d for d in diagnostics if d))
        super().__init__(
            _with_mxaccess_detail(message, self.diagnostic, hresult, self.statuses),
            reply=reply,
            protocol_status=protocol_status,
        )


def _with_mxaccess_detail(
    message: str, diagnostic: str, hresult: int, statuses: Sequence[mx.MxStatusProxy]
) -> str:
    """``message`` plus the diagnostic, failing status categories and HRESULT it lacks."""
    codes = [
        f"{status.category.name}/{status.detail}"
        for status in statuses
        if status.category not in (mx.MxStatusCategory.OK, mx.MxStatusCategory.PENDING)
        and (status.category is not mx.MxStatusCategory.UNSPECIFIED or status.detail)
    ]
    if hresult and f"hresult {hresult}" not in message.lower():
        codes.append(f"HRESULT 0x{hresult & 0xFFFFFFFF:08X} ({hresult})")
    parts = [message.rstrip(".") if diagnostic or codes else message]
    if diagnostic and diagnostic not in message:
        parts.append(f": {diagnostic}")
    if codes:
        parts.append(f" [{', '.join(codes)}]")
    return "".join(parts)


class UnsupportedError(MxGatewayError):
    """The gateway did not advertise a needed capability, or speaks another protocol version."""


class MalformedReplyError(MxGatewayError):
    """A reply breaks the contract (e.g. the expected payload is missing)."""


_BY_STATUS: Final[dict[Status, type[MxGatewayError]]] = {
    Status.UNAVAILABLE: GatewayUnavailableError,
    Status.DEADLINE_EXCEEDED: GatewayTimeoutError,
    Status.UNAUTHENTICATED: AuthenticationError,
    Status.PERMISSION_DENIED: PermissionDeniedError,
    Status.NOT_FOUND: NotFoundError,
    Status.ALREADY_EXISTS: AlreadyExistsError,
    Status.INVALID_ARGUMENT: InvalidArgumentError,
    Status.RESOURCE_EXHAUSTED: ResourceExhaustedError,
    Status.FAILED_PRECONDITION: FailedPreconditionError,
    Status.CANCELLED: CallCancelledError,
}

#: Exceptions ``map_transport_error`` turns into ``MxGatewayError`` subclasses.
TRANSPORT_EXCEPTIONS: Final = (
    GRPCError,
    StreamTerminatedError,
    ProtocolError,
    asyncio.TimeoutError,
    OSError,
)


def _describe_key(api_key: str | None) -> str:
    return redacted_key(api_key) if api_key else "(none given)"


def map_transport_error(
    exc: BaseException, *, operation: str, api_key: str | None = None
) -> MxGatewayError:
    """Build the ``MxGatewayError`` for a grpclib/socket exception raised by ``operation``.

    ``api_key`` is only used to name the key id in authentication messages; its secret
    never appears. Callers ``raise map_transport_error(exc, ...) from exc``.
    """
    if isinstance(exc, MxGatewayError):
        return exc
    scrub_exception(exc)
    if isinstance(exc, GRPCError):
        detail = redact_secrets(exc.message or exc.status.name)
        if exc.status is Status.UNAUTHENTICATED:
            text = f"authentication failed: invalid API key {_describe_key(api_key)} ({detail})"
        elif exc.status is Status.PERMISSION_DENIED:
            text = f"permission denied for {operation}: {detail}"
        else:
            text = f"{operation} failed with {exc.status.name}: {detail}"
        return _BY_STATUS.get(exc.status, RpcError)(text, grpc_status=exc.status)
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return GatewayTimeoutError(f"{operation} timed out")
    if isinstance(exc, (StreamTerminatedError, ProtocolError)):
        return ConnectionLostError(f"connection lost during {operation}: {exc}")
    if isinstance(exc, ConnectionError) and not isinstance(exc, ConnectionRefusedError):
        return ConnectionLostError(f"connection lost during {operation}: {exc}")
    if isinstance(exc, OSError):
        return GatewayUnavailableError(f"gateway unavailable for {operation}: {exc}")
    return MxGatewayError(f"{operation} failed: {type(exc).__name__}: {exc}")


async def cleanup_keeping_cause(
    cleanup: Callable[[], Awaitable[object]], cause: BaseException | None, what: str
) -> None:
    """Run ``cleanup`` (leaving an ``async with`` block that ``cause`` ended, if any).

    Without a cause its errors propagate. With one, a failing cleanup never replaces the
    error the user must see: its ``MxGatewayError`` becomes a note on ``cause`` ("while
    ``what``: ...") and ``cause`` carries on.
    """
    if cause is None:
        await cleanup()
        return
    try:
        await cleanup()
    except MxGatewayError as failure:
        add_note = getattr(cause, "add_note", None)  # BaseException.add_note: Python 3.11+
        if add_note is not None:
            add_note(redact_secrets(f"while {what}: {type(failure).__name__}: {failure}"))


def check_protocol_status(
    status: mx.ProtocolStatus | None, reply: object, operation: str, *, mxaccess: bool
) -> None:
    """Raise ``CommandError`` unless ``status`` is OK.

    MXACCESS_FAILURE raises ``MxAccessError`` when ``mxaccess`` is set and passes
    otherwise (the raw methods return such data-bearing replies to the caller).
    """
    if status is None:
        raise MalformedReplyError(f"{operation}: reply has no protocol_status")
    code = status.code
    if code is mx.ProtocolStatusCode.OK:
        return
    text = f"{operation} failed: {code.name}"
    if status.message:
        text += f": {status.message}"
    if code is mx.ProtocolStatusCode.MXACCESS_FAILURE:
        if not mxaccess:
            return
        raise MxAccessError(
            text,
            reply=reply,
            protocol_status=code,
            hresult=getattr(reply, "hresult", 0),
            statuses=getattr(reply, "statuses", ()),
        )
    raise CommandError(text, reply=reply, protocol_status=code)
