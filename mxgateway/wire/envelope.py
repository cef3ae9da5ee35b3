"""The Invoke envelope: the one module that touches ``MxCommand`` and reply payload arms.

A request is ``MxCommandRequest{session_id, client_correlation_id, command}`` with
``command = MxCommand{kind, <arm> = message}``; a reply carries one payload arm. Arms are
found by message type from the generated metadata, never by an assumed name or number:
the gateway's real reply arm names are mostly unknown, and several kinds share a reply
type (``AddItemReply``), so a reply is checked by (kind, message type).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import betterproto2

from mxgateway.wire.contract import mx
from mxgateway.wire.requirements import COMMANDS

if TYPE_CHECKING:
    from mxgateway.wire._generated.mxaccess_gateway.v1 import MxCommandKind

__all__ = [
    "command_kind",
    "command_payload",
    "command_request",
    "expected_command_type",
    "kind",
    "reply_arm",
    "reply_payload",
    "request_kind",
    "with_payload",
]

_PAYLOAD = "payload"
_T = TypeVar("_T", bound=betterproto2.Message)


def _unsupported(what: str) -> Exception:
    from mxgateway.errors import UnsupportedError

    return UnsupportedError(f"this gateway contract lacks {what}")


def _malformed(text: str) -> Exception:
    from mxgateway.errors import MalformedReplyError

    return MalformedReplyError(text)


@cache
def _arms(message: type[betterproto2.Message]) -> dict[type, tuple[str, ...]]:
    """Payload-oneof arm names of ``message`` by their message type, in field-number order."""
    meta = message._betterproto  # type: ignore[arg-type]
    group = {field.name for field in meta.oneof_field_by_group.get(_PAYLOAD, ())}
    arms: dict[type, tuple[str, ...]] = {}
    for name in meta.sorted_field_names:
        if name in group:
            cls = meta.cls_by_field[name]
            arms[cls] = (*arms.get(cls, ()), name)
    return arms


def kind(name: str) -> MxCommandKind:
    """The ``MxCommandKind`` member named ``name`` (``"ADD_ITEM"``), or ``UnsupportedError``."""
    try:
        return mx.MxCommandKind[name]
    except KeyError:
        raise _unsupported(f"MxCommandKind {name}") from None


def expected_command_type(command_kind: MxCommandKind) -> type[betterproto2.Message] | None:
    """The command message ``command_kind`` carries, or None for a kind the library doesn't know."""
    entry = COMMANDS.get(command_kind.name)
    return None if entry is None else getattr(mx, entry[0])


@cache
def _kind_name(command_type: type) -> str | None:
    """The ``COMMANDS`` kind name whose command message is ``command_type`` (looked up once
    per type: every Invoke needs it, and the table is scanned by value)."""
    name = command_type.__name__
    return next((k for k, (command, _) in COMMANDS.items() if command == name), None)


def command_kind(command: betterproto2.Message) -> MxCommandKind:
    """The kind whose command message is ``command``'s type."""
    kind_name = _kind_name(type(command))
    if kind_name is None:
        raise _unsupported(f"a command kind for {type(command).__name__}")
    return kind(kind_name)


def command_request(
    session_id: str, correlation_id: str, command: betterproto2.Message
) -> mx.MxCommandRequest:
    """The ``MxCommandRequest`` that sends ``command`` (its kind follows from its type)."""
    arms = _arms(mx.MxCommand).get(type(command))
    if not arms:
        raise _unsupported(f"an MxCommand payload arm of type {type(command).__name__}")
    envelope = mx.MxCommand(kind=command_kind(command))
    setattr(envelope, arms[0], command)
    return mx.MxCommandRequest(
        session_id=session_id, client_correlation_id=correlation_id, command=envelope
    )


def command_payload(request: mx.MxCommandRequest) -> tuple[MxCommandKind, Any]:
    """A request's kind and its command message (None when no arm is set)."""
    envelope = request.command
    if envelope is None:
        return mx.MxCommandKind.UNSPECIFIED, None
    _, command = betterproto2.which_one_of(envelope, _PAYLOAD)
    return envelope.kind, command


def request_kind(request: mx.MxCommandRequest) -> MxCommandKind:
    """The kind a request's command names (UNSPECIFIED without a command)."""
    return request.command.kind if request.command is not None else mx.MxCommandKind.UNSPECIFIED


def reply_payload(reply: mx.MxCommandReply, expected: type[_T]) -> _T:
    """The payload of type ``expected`` in ``reply``, or ``MalformedReplyError``."""
    _, payload = betterproto2.which_one_of(reply, _PAYLOAD)
    if not isinstance(payload, expected):
        found = type(payload).__name__ if payload is not None else "no payload"
        raise _malformed(f"{reply.kind.name} reply carries {found}, expected {expected.__name__}")
    return payload


def with_payload(reply: mx.MxCommandReply, payload: betterproto2.Message) -> mx.MxCommandReply:
    """``reply`` with ``payload`` in the arm a gateway uses for it and the reply's kind."""
    setattr(reply, reply_arm(reply.kind, payload), payload)
    return reply


def reply_arm(command_kind: MxCommandKind, payload: betterproto2.Message) -> str:
    """The ``MxCommandReply`` arm a gateway puts ``payload`` in for ``command_kind``.

    With one arm of the payload's type, that arm; with several (``AddItemReply``), the one
    named after the kind (``add_item2``, or with a prefix or suffix), else the first.
    """
    arms = _arms(mx.MxCommandReply).get(type(payload))
    if not arms:
        raise _unsupported(f"an MxCommandReply payload arm of type {type(payload).__name__}")
    stem = command_kind.name.lower()
    named = [
        arm for arm in arms if arm == stem or arm.startswith(f"{stem}_") or arm.endswith(f"_{stem}")
    ]
    return min(named, key=len) if named else arms[0]
