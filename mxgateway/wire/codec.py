"""The gRPC message codec with the gateway's size limit, shared by client and simulator.

Both ends refuse a message larger than the limit, in either direction, and a
message that does not decode; each end says how (typed client errors, or gRPC
statuses on the server) by implementing ``too_large`` and ``undecodable``.

``decode`` is the one boundary every received message crosses, whichever decoder
runs behind it: the bytes are first checked structurally (``wire.guard``: lengths
within bounds, bounded nesting and message count, without copying), and any failure
of the decoder itself, whatever its type (``RecursionError`` and ``MemoryError``
included), becomes ``undecodable``. Text that cannot be encoded (a lone surrogate)
becomes ``unencodable``, without the text: it may be a password.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from grpclib.encoding.proto import ProtoCodec

from mxgateway.wire.guard import check_wire

__all__ = ["SizeLimitedCodec"]


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
        try:
            data: bytes = super().encode(message, message_type)
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
            return super().decode(data, message_type)
        except Exception as exc:  # any decoder failure, whatever it raises
            error = self.undecodable(message_type, exc)
        # Raised outside the handler: the decoder's exception may quote received bytes.
        raise error
