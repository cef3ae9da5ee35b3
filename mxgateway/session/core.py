"""What every session helper builds on: identity, capabilities, Invoke and handle memory.

``SessionCore.invoke`` sends one ``MxCommandRequest`` and raises ``MxAccessError`` when
MXAccess failed (MXACCESS_FAILURE, a negative HRESULT or a failing MXSTATUS_PROXY),
``CommandError`` for any other non-OK ProtocolStatus. The core also remembers which
tag address each item handle belongs to, so events and results can name the tag.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from typing import TYPE_CHECKING, Final

from grpclib.const import Status

from mxgateway.errors import (
    CommandError,
    HandlesLostError,
    InvalidArgumentError,
    MalformedReplyError,
    MxAccessError,
    RpcError,
    SessionClosedError,
    UnsupportedError,
    check_protocol_status,
)
from mxgateway.transport import USE_DEFAULT_TIMEOUT
from mxgateway.values import INT32_MAX, INT32_MIN, status_is_failure
from mxgateway.wire.codec import plain_reply_in_errors
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import command_kind, command_payload, command_request

if TYPE_CHECKING:
    from collections.abc import Iterator

    import betterproto2

    from mxgateway.client import GatewayClient
    from mxgateway.transport import _DefaultTimeout
    from mxgateway.wire.codec import Decoded, Records

__all__ = [
    "CAP_BULK_READ",
    "CAP_BULK_SUBSCRIBE",
    "CAP_BULK_WRITE",
    "CAP_EVENT_REPLAY",
    "DEFAULT_BUFFER_SIZE",
    "SessionCore",
    "check_handle",
]

#: Capability tokens advertised by OpenSession.
CAP_BULK_SUBSCRIBE: Final = "bulk-subscribe-commands"
CAP_BULK_READ: Final = "bulk-read-commands"
CAP_BULK_WRITE: Final = "bulk-write-commands"
CAP_EVENT_REPLAY: Final = "event-replay"

#: Default capacity of each event consumer's queue (here, not in ``event_pump``, so that
#: ``Session`` can name it without importing the event machinery).
DEFAULT_BUFFER_SIZE: Final = 1000


def check_handle(name: str, value: object) -> int:
    """Validate an int32 handle (or id) argument."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"{name} must be an int, got {type(value).__name__}")
    if not INT32_MIN <= value <= INT32_MAX:
        raise InvalidArgumentError(f"{name} {value} is outside int32")
    return value


def _is_refusal(error: CommandError | RpcError) -> bool:
    """True for how a gateway answers a command kind it does not implement."""
    if isinstance(error, RpcError):
        return error.grpc_status is Status.UNIMPLEMENTED
    refusals = (mx.ProtocolStatusCode.INVALID_REQUEST, mx.ProtocolStatusCode.PROTOCOL_VIOLATION)
    return error.protocol_status in refusals


class SessionCore:
    """Session identity, capability checks, ``invoke`` and the item-handle -> tag memory."""

    def __init__(self, client: GatewayClient, reply: mx.OpenSessionReply) -> None:
        self._client = client
        #: The OpenSession reply this session came from.
        self.open_reply = reply
        self.session_id: str = reply.session_id
        self.backend_name: str = reply.backend_name
        self.gateway_protocol_version: int = reply.gateway_protocol_version
        self.worker_protocol_version: int = reply.worker_protocol_version
        #: Capability tokens the gateway advertised for this session.
        self.capabilities: frozenset[str] = frozenset(reply.capabilities)
        #: The server handle the tag-based helpers use (the first one registered).
        self.server_handle: int | None = None
        self._closed = False
        self._tags: dict[int, str] = {}
        self._advised: set[int] = set()
        self._correlation_prefix = f"py-{uuid.uuid4().hex[:12]}"
        self._counter = itertools.count(1)
        #: Handles of sessions this one replaced (item handle -> tag, server handles).
        self._lost_items: dict[int, str] = {}
        self._lost_servers: set[int] = set()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"{type(self).__name__}({self.session_id!r}, {state})"

    @property
    def client(self) -> GatewayClient:
        """The client this session belongs to."""
        return self._client

    @property
    def closed(self) -> bool:
        """True once this client closed the session."""
        return self._closed

    def has_capability(self, token: str) -> bool:
        """True if OpenSession advertised ``token``."""
        return token in self.capabilities

    def next_correlation_id(self) -> str:
        """A correlation id unique to this session and client."""
        return f"{self._correlation_prefix}-{next(self._counter)}"

    # Handle memory ------------------------------------------------------------------

    def tag_of(self, item_handle: int) -> str | None:
        """The tag address this session added as ``item_handle``, if known."""
        return self._tags.get(item_handle)

    def handle_of(self, tag_address: str) -> int | None:
        """The item handle of a tag this session added, if any (the latest one)."""
        for handle in reversed(list(self._tags)):
            if self._tags[handle] == tag_address:
                return handle
        return None

    @property
    def items(self) -> dict[int, str]:
        """A copy of the remembered item handle -> tag address map."""
        return dict(self._tags)

    def is_advised(self, item_handle: int) -> bool:
        """True if this session advised ``item_handle`` and has not unadvised it."""
        return item_handle in self._advised

    def _remember(self, item_handle: int, tag_address: str, *, advised: bool = False) -> None:
        self._tags[item_handle] = tag_address
        if advised:
            self._advised.add(item_handle)

    def _set_advised(self, item_handle: int, advised: bool) -> None:
        if advised:
            self._advised.add(item_handle)
        else:
            self._advised.discard(item_handle)

    def _forget(self, item_handle: int) -> None:
        self._tags.pop(item_handle, None)
        self._advised.discard(item_handle)

    # Invoke -------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise SessionClosedError(
                f"session {self.session_id} is closed", session_id=self.session_id
            )

    def _check_handles(self, payload: object) -> None:
        """Refuse handles of a session the gateway lost (``HandlesLostError``).

        A number the replacement session issued again is valid (it is that session's
        handle now): plain ints cannot tell the two apart.
        """
        if not self._lost_items and not self._lost_servers:
            return
        server = getattr(payload, "server_handle", None)
        if server in self._lost_servers and server != self.server_handle:
            self._handles_lost(f"server handle {server}")
        items = list(getattr(payload, "item_handles", None) or ())
        items += [getattr(entry, "item_handle", None) for entry in getattr(payload, "entries", ())]
        if isinstance(item := getattr(payload, "item_handle", None), int):
            items.append(item)
        for handle in items:
            lost = self._lost_items.get(handle)
            if lost is not None and handle not in self._tags:
                self._handles_lost(f"item handle {handle} ({lost})")

    def _handles_lost(self, what: str) -> None:
        raise HandlesLostError(
            f"{what} belonged to a session the gateway lost; it was replaced by "
            f"{self.session_id}, so handles from before are gone (add the items again, "
            "or use the tag-based read/write/subscribe, which recover by themselves)",
            session_id=self.session_id,
        )

    async def invoke_raw(
        self,
        command: betterproto2.Message,
        *,
        correlation_id: str | None = None,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
    ) -> mx.MxCommandReply:
        """Send one command on this session and return the generated reply as it came.

        ``command`` is a command message (``mx.PingCommand()``) or a whole
        ``mx.MxCommandRequest``. An MXACCESS_FAILURE reply is returned, not raised; any
        other non-OK protocol status raises ``CommandError`` (as ``GatewayClient.invoke_raw``).
        """
        return await self._client.invoke_raw(
            self._request(command, correlation_id), timeout=timeout
        )

    def _request(
        self, command: betterproto2.Message, correlation_id: str | None
    ) -> mx.MxCommandRequest:
        """The request for ``command`` (or ``command`` itself, a whole request), checked."""
        self._check_open()
        if isinstance(command, mx.MxCommandRequest):
            self._check_handles(command_payload(command)[1])
            return command
        self._check_handles(command)
        return command_request(
            self.session_id, correlation_id or self.next_correlation_id(), command
        )

    async def invoke(
        self,
        command: betterproto2.Message,
        *,
        correlation_id: str | None = None,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
        capability: str | None = None,
    ) -> mx.MxCommandReply:
        """Send one command message (its kind follows from its type).

        Raises ``MxAccessError`` if MXAccess reported failure, ``CommandError`` for any
        other non-OK protocol status and ``MalformedReplyError`` for a reply to another kind.
        A command that needs a ``capability`` is sent even when the session did not
        advertise it (older gateways under-report); the gateway's refusal of it
        (INVALID_REQUEST, PROTOCOL_VIOLATION or UNIMPLEMENTED) becomes ``UnsupportedError``.
        """
        with self._refusals(command, capability) as operation:
            reply = await self.invoke_raw(command, correlation_id=correlation_id, timeout=timeout)
            check_protocol_status(reply.protocol_status, reply, operation, mxaccess=True)
        _check_reply(reply, command_kind(command))
        return reply

    async def _invoke_records(
        self,
        command: betterproto2.Message,
        records: Records[Decoded[mx.MxCommandReply]],
        *,
        correlation_id: str | None = None,
        timeout: float | _DefaultTimeout | None = USE_DEFAULT_TIMEOUT,
        capability: str | None = None,
    ) -> mx.MxCommandReply:
        """``invoke`` with record decoding (``wire.codec.Records``): the reply holds what
        the factories built. Errors carry the reply decoded plainly."""
        with self._refusals(command, capability) as operation:
            decoded = await self._client._invoke_records(
                self._request(command, correlation_id), records, timeout=timeout
            )
            reply = decoded.value
            with plain_reply_in_errors(decoded):
                check_protocol_status(reply.protocol_status, reply, operation, mxaccess=True)
        with plain_reply_in_errors(decoded):
            _check_reply(reply, command_kind(command))
        return reply

    @contextlib.contextmanager
    def _refusals(self, command: betterproto2.Message, capability: str | None) -> Iterator[str]:
        """Around a command's call (yielding its operation name): a gateway's refusal of a
        command that needs ``capability`` becomes ``UnsupportedError``.

        A command that needs a capability is sent even when the session did not
        advertise it (older gateways under-report).
        """
        operation = command_kind(command).name
        try:
            yield operation
        except (CommandError, RpcError) as refused:
            if capability is None or not _is_refusal(refused):
                raise
            raise UnsupportedError(
                f"{operation} needs the gateway capability {capability!r}, and the gateway "
                f"refused it: {refused}"
            ) from refused


def _check_reply(reply: mx.MxCommandReply, kind: mx.MxCommandKind) -> None:
    """Raise for a reply to another kind, or one where MXAccess reported failure."""
    operation = kind.name
    if reply.kind != kind:
        raise MalformedReplyError(f"{operation} was answered by a {reply.kind.name} reply")
    failing = [s for s in reply.statuses if status_is_failure(s)]
    if reply.hresult < 0 or failing:
        detail = reply.diagnostic_message or "; ".join(s.diagnostic_text for s in failing)
        raise MxAccessError(
            f"{operation} failed in MXAccess (hresult {reply.hresult}): {detail}",
            reply=reply,
            protocol_status=reply.protocol_status.code if reply.protocol_status else None,
            hresult=reply.hresult,
            statuses=reply.statuses,
        )
