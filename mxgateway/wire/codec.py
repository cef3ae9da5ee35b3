"""The gRPC message codec shared by client and simulator: generated, fast and size-limited.

Messages go through the codec generated from the contract (``_generated/codec.py``,
written by gen.py) rather than betterproto2's own parser, which costs an order of
magnitude more CPU on the gateway's large replies. The results are the same
betterproto2 message instances either way.

Both ends refuse a message larger than the limit, in either direction, and a
message that does not decode; each end says how (typed client errors, or gRPC
statuses on the server) by implementing ``too_large`` and ``undecodable``.

``decode`` is the one boundary every received message crosses: the generated decoder
checks lengths against the bytes that remain before slicing, bounds nesting and the
number of repeated-field messages one decode builds, refuses wrong wire types and
out-of-range Timestamps, and any failure of it, whatever its type (``RecursionError``
and ``MemoryError`` included), becomes ``undecodable``.
Text that cannot be encoded (a lone surrogate) becomes ``unencodable``, without the
text: it may be a password.

Record decoding (``Records``, ``decode_records``) serves the typed API's hot paths: a
factory per message type builds the caller's own object (a typed result, a Python
value) straight from the decoded fields and the message's span of the wire bytes,
so no intermediate betterproto2 instance is built or converted.
"""

from __future__ import annotations

import dataclasses
import struct
from abc import abstractmethod
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar, cast

from betterproto2 import Message
from grpclib.encoding.proto import ProtoCodec

from mxgateway.errors import MalformedReplyError, MxGatewayError
from mxgateway.wire._generated import codec as _generated
from mxgateway.wire.codec_runtime import MAX_MESSAGES, RecordsUnavailable, budget

__all__ = [
    "WIRE_SPAN",
    "Decoded",
    "Factory",
    "Records",
    "SizeLimitedCodec",
    "WireBacked",
    "decode_message",
    "decode_records",
    "encode_message",
    "message_class",
    "plain_reply_in_errors",
    "record",
]

M = TypeVar("M", bound=Message)
R = TypeVar("R")
T = TypeVar("T")

#: Builds a caller's object from one message: (fields by name, where of each oneof only
#: the member set is present and its name is under the oneof's name, "" for none; the
#: wire bytes; the message's start; its end) -> object.
Factory = Callable[[dict[str, Any], bytes, int, int], Any]

#: Generated decoder per message class: (data, start, end, depth, merge_into, factories).
_DECODERS: Mapping[Any, Callable[[bytes, int, int, int, Any, Any], Any]] = _generated.DECODERS
#: Generated encoder per message class: message -> bytearray.
_ENCODERS: Mapping[Any, Callable[[Any], bytearray]] = _generated.ENCODERS

#: What malformed input can raise inside a generated decoder besides MalformedReplyError:
#: reading past the end of the buffer, a short fixed-width field, bad UTF-8 (a
#: ValueError) and a timestamp or duration outside Python's datetime range.
_DECODE_FAILURES = (IndexError, struct.error, ValueError, OverflowError)


@dataclass(frozen=True, eq=False)
class Records(Generic[R]):
    """A reply type for record decoding: ``message_type`` with ``factories`` applied.

    Passed to the transport in place of a message class, it makes the codec return
    ``Decoded(decode_records(data, message_type, factories), data)``; ``R`` is what
    the caller expects that to be.
    """

    message_type: type[Message]
    factories: Mapping[type[Message], Factory]


class Decoded(NamedTuple, Generic[R]):
    """A record-decoded message with its wire bytes (for a plain decode when needed)."""

    value: R
    data: bytes


#: Instance attribute in which a record keeps where its raw message lies: (wire bytes,
#: start, end, message class, and the field of it wanted, or "" for the whole message).
WIRE_SPAN = "_wire_span"


class WireBacked:
    """Class attribute for a typed result's ``raw`` message (or a field of it) when the
    result came from record decoding: decoded from the retained bytes on first access,
    then kept.

    A non-data descriptor, so an instance built normally (``raw`` given to ``__init__``,
    hence in its ``__dict__``) never reaches it.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        attributes = instance.__dict__
        data, start, end, message_type, field = attributes[WIRE_SPAN]
        message = decode_message(data[start:end], message_type)
        value = getattr(message, field) if field else message
        attributes[self.name] = value
        return value


def message_class(reply_type: object) -> type[Message]:
    """The message class a reply type (a message class or ``Records``) decodes."""
    if isinstance(reply_type, Records):
        return reply_type.message_type
    return cast("type[Message]", reply_type)


def record(cls: type[T], attributes: dict[str, Any]) -> T:
    """An instance of ``cls`` (a frozen dataclass without slots) holding ``attributes``.

    Record factories build typed results this way: the decoder already checked what
    ``__init__`` would, and ``__init__`` of a frozen dataclass costs more than decoding.
    """
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", attributes)
    return instance


def slots_builder(cls: type[T]) -> Callable[..., T]:
    """A function building ``cls`` (a frozen dataclass with slots) from its field values,
    in field order: the slotted counterpart of ``record``.

    Each slot is set through its descriptor, skipping ``__init__``, whose
    ``object.__setattr__`` per field costs twice as much. The function is compiled
    once per class and unrolled: a loop over the slots costs a third more.
    """
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a dataclass with slots")
    fields = dataclasses.fields(cls)
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for index, field in enumerate(fields):
        namespace[f"_set{index}"] = cls.__dict__[field.name].__set__
    values = [f"v{index}" for index in range(len(fields))]
    source = "\n".join(
        [
            f"def build({', '.join(values)}):",
            "    instance = _new(_cls)",
            *(f"    _set{index}(instance, {value})" for index, value in enumerate(values)),
            "    return instance",
        ]
    )
    exec(source, namespace)  # the source names nothing but the slots, counted above
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = f"slots_builder({cls.__name__})"
    return build


@contextmanager
def plain_reply_in_errors(decoded: Decoded[Any]) -> Iterator[None]:
    """An error raised inside that carries ``decoded.value`` as its reply gets the plainly
    decoded message instead: typed errors keep the raw reply, never a record-decoded one."""
    try:
        yield
    except MxGatewayError as exc:
        message = decoded.value
        if getattr(exc, "reply", None) is message and isinstance(message, Message):
            exc.reply = decode_message(decoded.data, type(message))  # type: ignore[attr-defined]
        raise


def decode_message(data: bytes, message_type: type[M]) -> M:
    """Parse data as message_type with the generated decoder.

    Raises MalformedReplyError for anything that is not a valid encoding of
    message_type: truncated, corrupt, wrong wire types, nesting beyond the bound.
    """
    message: M = _decode(data, message_type, None)
    return message


def decode_records(
    data: bytes, message_type: type[Message], factories: Mapping[type[Message], Factory]
) -> Any:
    """Parse data as message_type, each message of a type in factories built by its factory.

    Messages of other types are betterproto2 instances, holding what factories built.
    Where protobuf would merge a repeated singular message field, which a built object
    cannot take, the whole message is decoded as with ``decode_message`` (no factory
    runs): callers accept both shapes. Errors are those of ``decode_message``.
    """
    try:
        return _decode(data, message_type, factories)
    except RecordsUnavailable:
        return _decode(data, message_type, None)


def _decode(data: bytes, message_type: type[Any], factories: Any) -> Any:
    try:
        decoder = _DECODERS[message_type]
    except KeyError:
        raise TypeError(
            f"no generated codec for {message_type.__name__}; run `python gen.py`"
        ) from None
    if not isinstance(data, bytes):
        data = bytes(data)
    outer = budget.left  # a factory may decode a part of the message it is building
    budget.left = MAX_MESSAGES
    try:
        return decoder(data, 0, len(data), 0, None, factories)
    except (MalformedReplyError, RecordsUnavailable):
        raise
    except UnicodeDecodeError:
        raise MalformedReplyError("invalid UTF-8 in a protobuf string field") from None
    except _DECODE_FAILURES as exc:
        raise MalformedReplyError(f"corrupt protobuf message ({type(exc).__name__})") from None
    finally:
        budget.left = outer


def encode_message(message: Message) -> bytes:
    """The protobuf encoding of message, byte for byte what ``bytes(message)`` gives."""
    try:
        encoder = _ENCODERS[type(message)]
    except KeyError:
        raise TypeError(
            f"no generated codec for {type(message).__name__}; run `python gen.py`"
        ) from None
    return bytes(encoder(message))


class SizeLimitedCodec(ProtoCodec):
    """Protobuf codec that refuses messages above ``limit`` bytes, in both directions."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    @abstractmethod
    def too_large(self, *, outgoing: bool, size: int) -> Exception:
        """The error for a message of ``size`` bytes, sent (``outgoing``) or received."""

    @abstractmethod
    def undecodable(self, message_type: type, exc: Exception) -> Exception:
        """The error for received bytes that are not a valid ``message_type``."""

    def unencodable(self, message_type: type) -> Exception:
        """The error for a ``message_type`` holding text that is not valid Unicode."""
        return ValueError(f"a text field of {message_type.__name__} is not valid Unicode")

    def encode(self, message: Any, message_type: Any) -> bytes:
        if not isinstance(message, message_type):
            raise TypeError(f"Message must be of type {message_type!r}, not {type(message)!r}")
        try:
            data = encode_message(message)
        except UnicodeEncodeError:
            # Raised outside the handler: the UnicodeEncodeError holds the text itself.
            unencodable = True
        else:
            unencodable = False
        if unencodable:
            raise self.unencodable(message_type)
        size = len(data)
        if size > self.limit:
            del data  # a traceback capturing locals would show the request's bytes
            raise self.too_large(outgoing=True, size=size)
        return data

    def decode(self, data: bytes, message_type: Any) -> Any:
        if len(data) > self.limit:
            raise self.too_large(outgoing=False, size=len(data))
        factories = message_type.factories if isinstance(message_type, Records) else None
        message_type = message_class(message_type)
        try:
            if factories is None:
                return decode_message(data, message_type)
            return Decoded(decode_records(data, message_type, factories), data)
        except Exception as exc:  # any decoder failure, whatever it raises
            error = self.undecodable(message_type, exc)
        # Raised outside the handler: the decoder's exception may quote received bytes.
        raise error
