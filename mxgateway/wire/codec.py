"""The gRPC message codec with the gateway's size limit, shared by client and simulator.

Both ends refuse a message larger than the limit, in either direction, and a
message that does not decode; each end says how (typed client errors, or gRPC
statuses on the server) by implementing ``too_large`` and ``undecodable``.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from grpclib.encoding.proto import ProtoCodec

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

    def encode(self, message: Any, message_type: Any) -> bytes:
        data: bytes = super().encode(message, message_type)
        if len(data) > self.limit:
            raise self.too_large(outgoing=True, size=len(data))
        return data

    def decode(self, data: bytes, message_type: Any) -> Any:
        if len(data) > self.limit:
            raise self.too_large(outgoing=False, size=len(data))
        try:
            return super().decode(data, message_type)
        except Exception as exc:
            raise self.undecodable(message_type, exc) from exc
