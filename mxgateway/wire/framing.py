"""Reading gRPC message frames with the size limit checked before the body is buffered.

grpclib reads a message as a 5-byte prefix (compressed flag, big-endian length) and
then waits until the whole declared length has arrived, acknowledging HTTP/2 flow
control as it goes, so a peer declaring 200 MiB is buffered in full before any codec
sees it. ``LimitedChannel`` makes its calls with ``LimitedStream``, whose
``recv_message`` checks the prefix first:

* a declared length above the codec's limit raises ``codec.too_large`` at once,
  after 5 bytes, and the stream is then reset by the caller leaving it;
* a set compressed flag (this client never negotiates compression), a prefix or
  body cut short by the end of the stream, and a second message on a call whose
  reply is unary raise ``codec.undecodable``, instead of grpclib's
  ``NotImplementedError``/``AssertionError`` or silently ignoring the extra message.

Everything else (deadlines, metadata, dispatch events, statistics) is grpclib's own.
"""

from __future__ import annotations

import struct
import time
from typing import TYPE_CHECKING, Final, TypeVar, cast

from grpclib.client import Channel, Stream

from mxgateway.wire.codec import SizeLimitedCodec, message_class

if TYPE_CHECKING:
    from grpclib.const import Cardinality
    from grpclib.metadata import Deadline, _MetadataLike

__all__ = ["LimitedChannel", "LimitedStream"]

SendT = TypeVar("SendT")
RecvT = TypeVar("RecvT")

_PREFIX: Final = struct.Struct(">?I")


class FrameError(ValueError):
    """A gRPC message frame that breaks the framing rules."""


class LimitedStream(Stream[SendT, RecvT]):
    """A grpclib client stream whose ``recv_message`` enforces the frame rules first."""

    async def _recv_exactly(self, size: int, what: str, *, may_end: bool) -> bytes | None:
        """``size`` bytes; None if the stream ended cleanly first and ``may_end``."""
        try:
            data: bytes | None = await self._stream.recv_data(size)
        except AssertionError:  # grpclib's signal for "the stream ended inside it"
            data = None
        if data == b"" and size and may_end:
            return None
        if data is None or len(data) != size:
            raise self._frame_error(f"the stream ended inside the {what}")
        return data

    def _frame_error(self, reason: str) -> Exception:
        codec = cast(SizeLimitedCodec, self._codec)
        return codec.undecodable(message_class(self._recv_type), FrameError(reason))

    async def _recv_frame(self) -> bytes | None:
        prefix = await self._recv_exactly(_PREFIX.size, "message prefix", may_end=True)
        if prefix is None:
            return None
        compressed, length = _PREFIX.unpack(prefix)
        if compressed:
            raise self._frame_error("the message is compressed, which was never negotiated")
        codec = self._codec
        if isinstance(codec, SizeLimitedCodec) and length > codec.limit:
            raise codec.too_large(outgoing=False, size=length)
        return await self._recv_exactly(length, "message body", may_end=False)

    async def recv_message(self) -> RecvT | None:
        """The next message (None at the end of the stream), decoded by the codec."""
        if not self._recv_initial_metadata_done:
            await self.recv_initial_metadata()
        with self._wrapper:
            frame = await self._recv_frame()
            if frame is None:
                return None
            message = self._codec.decode(frame, self._recv_type)
            if not self._cardinality.server_streaming:
                extra = await self._recv_exactly(_PREFIX.size, "message prefix", may_end=True)
                if extra is not None:
                    raise self._frame_error("a second message arrived on a unary reply")
            (message,) = await self._dispatch.recv_message(message)
            self._messages_received += 1
            self._stream.connection.messages_received += 1
            self._stream.connection.last_message_received = time.monotonic()
            return cast(RecvT, message)


class LimitedChannel(Channel):
    """A grpclib ``Channel`` whose calls read replies through ``LimitedStream``."""

    def request(
        self,
        name: str,
        cardinality: Cardinality,
        request_type: type[SendT],
        reply_type: type[RecvT],
        *,
        timeout: float | None = None,
        deadline: Deadline | None = None,
        metadata: _MetadataLike | None = None,
    ) -> Stream[SendT, RecvT]:
        stream = super().request(
            name,
            cardinality,
            request_type,
            reply_type,
            timeout=timeout,
            deadline=deadline,
            metadata=metadata,
        )
        # grpclib builds the stream from the channel's private state; only the class of
        # the result changes (LimitedStream adds no state), so that logic stays grpclib's.
        stream.__class__ = LimitedStream
        return stream
