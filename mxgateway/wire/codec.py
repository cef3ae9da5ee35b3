"""The gRPC message codec shared by client and simulator: generated, fast and size-limited.

Messages go through the codec generated from the contract (``_generated/codec.py``,
written by gen.py) rather than betterproto2's own parser, which costs an order of
magnitude more CPU on the gateway's large replies. The results are the same
betterproto2 message instances either way.

Both ends refuse a message larger than the limit, in either direction, and a
message that does not decode; each end says how (typed client errors, or gRPC
statuses on the server) by implementing ``too_large`` and ``undecodable``.

``decode`` is the one boundary every received message crosses: a large one is first
counted structurally (``wire.guard``), then the generated decoder
checks lengths against the bytes that remain before slicing, bounds nesting, refuses
wrong wire types and out-of-range Timestamps, and any failure of it, whatever its
type (``RecursionError`` and ``MemoryError`` included), becomes ``undecodable``.
Text that cannot be encoded (a lone surrogate) becomes ``unencodable``, without the
text: it may be a password.
"""

from __future__ import annotations

import struct
from abc import abstractmethod
from typing import TYPE_CHECKING, Any, TypeVar

from betterproto2 import Message
from grpclib.encoding.proto import ProtoCodec

from mxgateway.errors import MalformedReplyError
from mxgateway.wire._generated import codec as _generated
from mxgateway.wire.guard import check_wire

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["SizeLimitedCodec", "decode_message", "encode_message"]

M = TypeVar("M", bound=Message)

#: Generated decoder per message class: (data, start, end, depth, merge_into) -> message.
_DECODERS: Mapping[Any, Callable[[bytes, int, int, int, Any], Any]] = _generated.DECODERS
#: Generated encoder per message class: message -> bytearray.
_ENCODERS: Mapping[Any, Callable[[Any], bytearray]] = _generated.ENCODERS

#: What malformed input can raise inside a generated decoder besides MalformedReplyError:
#: reading past the end of the buffer, a short fixed-width field, bad UTF-8 (a
#: ValueError) and a timestamp or duration outside Python's datetime range.
_DECODE_FAILURES = (IndexError, struct.error, ValueError, OverflowError)


def decode_message(data: bytes, message_type: type[M]) -> M:
    """Parse data as message_type with the generated decoder.

    Raises MalformedReplyError for anything that is not a valid encoding of
    message_type: truncated, corrupt, wrong wire types, nesting beyond the bound.
    """
    try:
        decoder = _DECODERS[message_type]
    except KeyError:
        raise TypeError(
            f"no generated codec for {message_type.__name__}; run `python gen.py`"
        ) from None
    if not isinstance(data, bytes):
        data = bytes(data)
    try:
        message: M = decoder(data, 0, len(data), 0, None)
    except MalformedReplyError:
        raise
    except UnicodeDecodeError:
        raise MalformedReplyError("invalid UTF-8 in a protobuf string field") from None
    except _DECODE_FAILURES as exc:
        raise MalformedReplyError(f"corrupt protobuf message ({type(exc).__name__})") from None
    return message


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
        try:
            check_wire(data, message_type)
            return decode_message(data, message_type)
        except Exception as exc:  # any decoder failure, whatever it raises
            error = self.undecodable(message_type, exc)
        # Raised outside the handler: the decoder's exception may quote received bytes.
        raise error
