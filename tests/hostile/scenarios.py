"""Every hostile-gateway scenario, and how to run one and classify what the client did.

A ``Scenario`` scripts the hostile gateway, runs one client operation against it and
says what a correct client does: refuse with a given ``MxGatewayError`` subclass, or
(forward compatibility) accept and return a result that ``check`` approves. ``run``
classifies the outcome as one of ``OUTCOMES``; the test suite asserts every scenario
is ``refused`` or ``accepted`` and ``python -m tests.hostile.audit`` prints the counts.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any, Final

import betterproto2
from grpclib.server import Stream

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.session import Session
from mxgateway.session.events import UnknownEvent
from mxgateway.wire.contract import gr, mx

from .gateway import (
    OK,
    SESSION_ID,
    Action,
    HostileGateway,
    end_ok,
    frame,
    hang,
    messages,
    send_frames,
)

__all__ = ["OUTCOMES", "SCENARIOS", "Scenario", "command_kind", "run"]

K = mx.MxCommandKind
#: Seconds a unary call may take against the hostile gateway (scenarios that never
#: answer must end with GatewayTimeoutError after this).
CALL_TIMEOUT: Final = 1.0
#: Seconds after which a scenario counts as hung.
HANG_AFTER: Final = 15.0
#: What ``run`` can report.
OUTCOMES: Final = (
    "refused",
    "accepted",
    "unbounded",
    "wrong-error",
    "raw-exception",
    "hang",
    "silent",
)

Operation = Callable[[GatewayClient, str], Awaitable[object]]


@dataclasses.dataclass(frozen=True)
class Scenario:
    """One hostile behaviour: the script, the client operation and the correct outcome."""

    name: str
    script: dict[str, Action]
    operation: Operation
    #: The error a correct client raises; None when the reply must be accepted.
    refuse_with: type[errors.MxGatewayError] | None = errors.MalformedReplyError
    #: For accepted replies: True when the returned result is right.
    check: Callable[[Any], bool] = lambda result: True
    #: After a refusal: True when the client stayed within its memory bounds.
    bounded: Callable[[], bool] = lambda: True


async def run(scenario: Scenario) -> tuple[str, str]:
    """Run ``scenario`` against a fresh hostile gateway: (outcome, detail)."""
    async with HostileGateway() as gateway:
        for rpc, action in scenario.script.items():
            gateway.on(rpc, action)
        client = await GatewayClient.connect(
            endpoint=gateway.endpoint, plaintext=True, call_timeout=CALL_TIMEOUT
        )
        try:
            result = await asyncio.wait_for(
                scenario.operation(client, gateway.endpoint), HANG_AFTER
            )
        except errors.MxGatewayError as exc:
            if scenario.refuse_with is not None and isinstance(exc, scenario.refuse_with):
                if not scenario.bounded():
                    return "unbounded", f"refused only after buffering: {exc}"
                return "refused", f"{type(exc).__name__}: {exc}"
            return "wrong-error", f"{type(exc).__name__}: {exc}"
        except TimeoutError:
            return "hang", f"no outcome within {HANG_AFTER} s"
        except Exception as exc:
            return "raw-exception", f"{type(exc).__name__}: {exc}"[:300]
        finally:
            await client.close()
    if scenario.refuse_with is None and scenario.check(result):
        return "accepted", repr(result)[:300]
    return "silent", repr(result)[:300]


# Wire helpers ----------------------------------------------------------------------


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _number(message_type: type[betterproto2.Message], field: str) -> int:
    number: int = message_type._betterproto.meta_by_field_name[field].number  # type: ignore[attr-defined]
    return number


def _field(message_type: type[betterproto2.Message], field: str, payload: bytes) -> bytes:
    """A length-delimited field of ``message_type`` named ``field``, holding ``payload``."""
    return _varint(_number(message_type, field) << 3 | 2) + _varint(len(payload)) + payload


def _reply(kind: mx.MxCommandKind, **payload: Any) -> mx.MxCommandReply:
    return mx.MxCommandReply(session_id=SESSION_ID, kind=kind, protocol_status=OK, **payload)


def _read_reply(*results: mx.BulkReadResult) -> mx.MxCommandReply:
    return _reply(K.READ_BULK, bulk_read=mx.BulkReadReply(results=list(results)))


def _read_reply_with_result_bytes(result: bytes) -> bytes:
    """A ReadBulk reply whose one result, for the tag asked, is followed by ``result``
    (raw bytes of BulkReadResult fields)."""
    envelope = bytes(_reply(K.READ_BULK))
    result = bytes(mx.BulkReadResult(tag_address="Tank.Level")) + result
    return envelope + _field(
        mx.MxCommandReply, "bulk_read", _field(mx.BulkReadReply, "results", result)
    )


def _nested_arrays(depth: int) -> bytes:
    """An MxValue holding an array whose element holds an array ... ``depth`` levels."""
    value_key = _varint(_number(mx.MxValue, "array_value") << 3 | 2)
    element_key = _varint(_number(mx.MxArray, "elements") << 3 | 2)
    headers = []
    size = 0
    for _ in range(depth):
        array_header = element_key + _varint(size)
        size += len(array_header)
        value_header = value_key + _varint(size)
        size += len(value_header)
        headers.append(value_header + array_header)
    headers.reverse()
    return b"".join(headers)


def command_kind(request: mx.MxCommandRequest) -> mx.MxCommandKind:
    return request.command.kind


def _invoke(answers: dict[mx.MxCommandKind, Action]) -> Action:
    """Answer Invoke per command kind; REGISTER gets server handle 1 unless scripted."""

    async def action(stream: Stream, request: Any) -> None:
        kind = command_kind(request)
        answer = answers.get(kind)
        if answer is None and kind is K.REGISTER:
            answer = messages(_reply(K.REGISTER, register=mx.RegisterReply(server_handle=1)))
        if answer is None:
            await stream.send_message(_reply(kind))
            return
        await answer(stream, request)

    return action


def _on_read(action: Action) -> dict[str, Action]:
    return {"Invoke": _invoke({K.READ_BULK: action})}


def _on_ping(action: Action) -> dict[str, Action]:
    return {"Invoke": _invoke({K.PING: action})}


# Operations ------------------------------------------------------------------------


async def _session(client: GatewayClient) -> Session:
    return await client.open_session("hostile")


async def _read(client: GatewayClient, endpoint: str) -> object:
    session = await _session(client)
    return await session.read(["Tank.Level"])


async def _read_bulk(client: GatewayClient, endpoint: str) -> object:
    session = await _session(client)
    return await session.read_bulk(1, ["Tank.Level"])


async def _ping(client: GatewayClient, endpoint: str) -> object:
    session = await _session(client)
    await session.ping()
    return "pong"


async def _open(client: GatewayClient, endpoint: str) -> object:
    return await _session(client)


async def _first_event(client: GatewayClient, endpoint: str) -> object:
    session = await _session(client)
    async with session.events() as events:
        async for event in events:
            return event
    return None


async def _discover(client: GatewayClient, endpoint: str) -> object:
    async with GalaxyRepositoryClient.connect(
        endpoint=endpoint, plaintext=True, call_timeout=CALL_TIMEOUT
    ) as galaxy:
        return await galaxy.discover_hierarchy()


async def _browse(client: GatewayClient, endpoint: str) -> object:
    async with GalaxyRepositoryClient.connect(
        endpoint=endpoint, plaintext=True, call_timeout=CALL_TIMEOUT
    ) as galaxy:
        return await galaxy.browse_children()


# Scripts ---------------------------------------------------------------------------

_GOOD_RESULT: Final = mx.BulkReadResult(
    tag_address="Tank.Level",
    was_successful=True,
    value=mx.MxValue(data_type=mx.MxDataType.DOUBLE, variant_type="VT_R8", double_value=1.5),
    quality=192,
)
_GOOD_READ: Final = bytes(_read_reply(_GOOD_RESULT))

#: Bytes a hostile server managed to push after declaring a 200 MiB reply.
PUSHED_AFTER_HUGE_PREFIX: list[int] = []


async def _declare_200_mib(stream: Stream, request: Any) -> None:
    """Declare a 200 MiB reply, then push data until flow control or a reset stops it."""
    if command_kind(request) is K.REGISTER:
        await messages(_reply(K.REGISTER, register=mx.RegisterReply(server_handle=1)))(
            stream, request
        )
        return
    pushed = 0
    PUSHED_AFTER_HUGE_PREFIX.append(0)
    await send_frames(stream, frame(b"", length=200 * 1024 * 1024), end=False)
    chunk = b"\x00" * 65536
    try:
        while pushed < 200 * 1024 * 1024:
            # A client that reads nothing leaves the window shut: give up after 2 s.
            await asyncio.wait_for(stream._stream.send_data(chunk), 2)
            pushed += len(chunk)
            PUSHED_AFTER_HUGE_PREFIX[-1] = pushed
    except Exception:  # the window stayed shut, or the client reset the stream
        return


def _frames(data: bytes) -> Action:
    async def action(stream: Stream, request: Any) -> None:
        await send_frames(stream, data)

    return action


def _result_with(**fields: Any) -> mx.BulkReadResult:
    return dataclasses.replace(_GOOD_RESULT, **fields)


def _value(**fields: Any) -> mx.MxValue:
    return mx.MxValue(**{"data_type": mx.MxDataType.DOUBLE, "variant_type": "VT_R8", **fields})


def _pages(*tokens: str) -> Action:
    """DiscoverHierarchy pages with these next_page_token values, then the cycle again."""
    replies = [
        gr.DiscoverHierarchyReply(
            objects=[gr.GalaxyObject(gobject_id=i + 1, tag_name=f"Obj{i}")],
            next_page_token=token,
        )
        for i, token in enumerate(tokens)
    ]
    counter = iter(range(10_000))

    async def action(stream: Stream, request: Any) -> None:
        await stream.send_message(replies[next(counter) % len(replies)])

    return action


def _browse_pages(*tokens: str) -> Action:
    replies = [
        gr.BrowseChildrenReply(
            children=[gr.GalaxyObject(gobject_id=i + 1, tag_name=f"Obj{i}")],
            child_has_children=[False],
            next_page_token=token,
        )
        for i, token in enumerate(tokens)
    ]
    counter = iter(range(10_000))

    async def action(stream: Stream, request: Any) -> None:
        await stream.send_message(replies[next(counter) % len(replies)])

    return action


def _events(*events: mx.MxEvent | bytes) -> dict[str, Action]:
    async def stream_events(stream: Stream, request: Any) -> None:
        for event in events:
            await stream.send_message(event)
        await asyncio.Event().wait()

    return {"StreamEvents": stream_events}


def _value_is(expected: object) -> Callable[[Any], bool]:
    return lambda result: result["Tank.Level"].value == expected


def _unknown_fields_kept(result: Any) -> bool:
    raw = result[0].raw
    return bool(raw is not None and bytes(raw).endswith(b"\xfa\x3e\x03abc"))


_UNKNOWN_FIELD: Final = b"\xfa\x3e\x03abc"  # field 1007, length-delimited "abc"


SCENARIOS: Final[tuple[Scenario, ...]] = (
    # gRPC framing --------------------------------------------------------------
    Scenario("garbage body", _on_ping(messages(b"\xff\xfe\xfd\xfc")), _ping),
    Scenario("truncated body", _on_read(messages(_GOOD_READ[: len(_GOOD_READ) // 2])), _read),
    Scenario(
        "prefix longer than the data", _on_read(_frames(frame(b"\x08\x01", length=50))), _read
    ),
    Scenario("prefix cut short", _on_read(_frames(b"\x00\x00\x00")), _read),
    Scenario("compressed flag", _on_read(_frames(frame(_GOOD_READ, compressed=True))), _read),
    Scenario(
        "two messages on a unary call",
        _on_read(_frames(frame(_GOOD_READ) + frame(_GOOD_READ))),
        _read,
    ),
    Scenario(
        "200 MiB declared",
        {"Invoke": _declare_200_mib},
        _read,
        refuse_with=errors.ResourceExhaustedError,
        # The server can push no more than the flow-control window if nothing is read.
        bounded=lambda: PUSHED_AFTER_HUGE_PREFIX[-1] < 8 * 1024 * 1024,
    ),
    Scenario(
        "17 MiB reply",
        _on_read(messages(b"\x0a" + _varint(17 * 1024 * 1024) + b"\x00" * (17 * 1024 * 1024))),
        _read,
        refuse_with=errors.ResourceExhaustedError,
    ),
    Scenario("no reply message", _on_ping(lambda stream, request: end_ok(stream)), _ping),
    Scenario(
        "no answer at all",
        _on_ping(hang),
        _ping,
        refuse_with=errors.GatewayTimeoutError,
    ),
    Scenario(
        "headers then silence",
        _on_ping(lambda stream, request: _silence_after_headers(stream)),
        _ping,
        refuse_with=errors.GatewayTimeoutError,
    ),
    # protobuf bytes --------------------------------------------------------------
    Scenario("varint of 11 bytes", _on_ping(messages(b"\x08" + b"\xff" * 10 + b"\x01")), _ping),
    Scenario("field number 0", _on_ping(messages(b"\x00\x01")), _ping),
    Scenario("group wire type", _on_ping(messages(b"\x0b\x0c")), _ping),
    Scenario("reserved wire type", _on_ping(messages(b"\x0e\x00")), _ping),
    Scenario(
        "length beyond the message",
        _on_read(messages(bytes(_reply(K.READ_BULK)) + b"\x0a\xff\xff\xff\x0f\x01")),
        _read,
    ),
    Scenario(
        "invalid UTF-8 in a string",
        _on_read(messages(_read_reply_with_result_bytes(b"\x0a\x02\xff\xfe"))),
        _read,
    ),
    Scenario(
        "1 M levels of nested arrays",
        _on_read(
            messages(
                _read_reply_with_result_bytes(
                    _field(mx.BulkReadResult, "value", _nested_arrays(1_000_000))
                )
            )
        ),
        _read,
    ),
    Scenario(
        "1 M repeated statuses",
        _on_read(
            messages(
                _read_reply_with_result_bytes(
                    _field(mx.BulkReadResult, "statuses", b"\x08\x01") * 1_000_000
                )
            )
        ),
        _read,
    ),
    Scenario(
        "timestamp nanos out of range",
        _on_read(
            messages(
                _read_reply_with_result_bytes(
                    _field(mx.BulkReadResult, "source_timestamp", b"\x10\xff\xff\xff\xff\x07")
                )
            )
        ),
        _read,
    ),
    Scenario(
        "timestamp past year 9999",
        _on_read(
            messages(
                _read_reply_with_result_bytes(
                    _field(mx.BulkReadResult, "source_timestamp", b"\x08" + _varint(2**40))
                )
            )
        ),
        _read,
    ),
    Scenario(
        "duration nanos of the wrong sign",
        _on_read(
            messages(
                _read_reply_with_result_bytes(
                    _field(
                        mx.BulkReadResult,
                        "value",
                        _field(mx.MxValue, "duration_value", b"\x08\x05\x10" + _varint(2**64 - 5)),
                    )
                )
            )
        ),
        _read,
    ),
    # contract violations -----------------------------------------------------------
    Scenario(
        "wrong tag name echoed",
        _on_read(messages(_read_reply(_result_with(tag_address="Other.Tag")))),
        _read,
    ),
    Scenario(
        "wrong tag name echoed (read_bulk)",
        _on_read(messages(_read_reply(_result_with(tag_address="Other.Tag")))),
        _read_bulk,
    ),
    Scenario(
        "fewer results than tags",
        _on_read(messages(_read_reply())),
        _read,
    ),
    Scenario(
        "nested arrays",
        _on_read(
            messages(
                _read_reply(
                    _result_with(
                        value=_value(
                            array_value=mx.MxArray(
                                elements=[_value(array_value=mx.MxArray(elements=[_value()]))]
                            )
                        )
                    )
                )
            )
        ),
        _read,
    ),
    Scenario(
        "sparse array of 2**32-1 slots",
        _on_read(
            messages(
                _read_reply(
                    _result_with(
                        value=_value(sparse_array_value=mx.MxSparseArray(total_length=2**32 - 1))
                    )
                )
            )
        ),
        _read,
    ),
    Scenario(
        "dimensions 2**31 x 0",
        _on_read(
            messages(
                _read_reply(
                    _result_with(value=_value(array_value=mx.MxArray(dimensions=[2**31, 0])))
                )
            )
        ),
        _read,
    ),
    Scenario(
        "empty session id",
        {
            "OpenSession": messages(
                mx.OpenSessionReply(
                    gateway_protocol_version=3, worker_protocol_version=1, protocol_status=OK
                )
            )
        },
        _open,
    ),
    Scenario(
        "register payload missing",
        {"Invoke": _invoke({K.REGISTER: messages(_reply(K.REGISTER))})},
        _read,
    ),
    Scenario(
        "read payload of another kind",
        _on_read(messages(_reply(K.READ_BULK, register=mx.RegisterReply()))),
        _read,
    ),
    Scenario(
        "no protocol status",
        _on_ping(messages(mx.MxCommandReply(session_id=SESSION_ID, kind=K.PING))),
        _ping,
    ),
    Scenario("cycling page tokens", {"DiscoverHierarchy": _pages("a", "b")}, _discover),
    Scenario("repeated page token", {"DiscoverHierarchy": _pages("a", "a")}, _discover),
    Scenario("cycling browse tokens", {"BrowseChildren": _browse_pages("a", "b", "c")}, _browse),
    Scenario(
        "browse flags mismatch",
        {
            "BrowseChildren": messages(
                gr.BrowseChildrenReply(children=[gr.GalaxyObject(gobject_id=1)])
            )
        },
        _browse,
    ),
    Scenario("garbage event", _events(b"\x0a\xff"), _first_event),
    # forward compatibility: accepted and surfaced, never an error -----------------
    Scenario(
        "unknown field",
        _on_read(messages(_read_reply_with_result_bytes(bytes(_GOOD_RESULT) + _UNKNOWN_FIELD))),
        _read_bulk,
        refuse_with=None,
        check=_unknown_fields_kept,
    ),
    Scenario(
        "unknown enum value",
        _on_read(
            messages(
                _read_reply_with_result_bytes(
                    bytes(_result_with(value=None))
                    # data_type 99: a member a newer gateway may add
                    + _field(
                        mx.BulkReadResult, "value", bytes(_value(double_value=2.5)) + b"\x08\x63"
                    )
                )
            )
        ),
        _read,
        refuse_with=None,
        check=_value_is(2.5),
    ),
    Scenario(
        "unknown event family",
        _events(bytes(mx.MxEvent(session_id=SESSION_ID, worker_sequence=1)) + b"\x18\x4d"),
        _first_event,
        refuse_with=None,
        check=lambda event: isinstance(event, UnknownEvent) and int(event.family) == 77,
    ),
    Scenario(
        "tag echoed in another case",
        _on_read(messages(_read_reply(_result_with(tag_address="TANK.level")))),
        _read,
        refuse_with=None,
        check=_value_is(1.5),
    ),
)


async def _silence_after_headers(stream: Stream) -> None:
    await stream.send_initial_metadata()
    await asyncio.Event().wait()
