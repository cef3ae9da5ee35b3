"""The grpcio clients: a reference client on grpc.aio + protobuf, and the raw-bytes floor.

The reference client does what mxgateway's typed API does with the same inputs: it
checks ProtocolStatus, HRESULT and statuses, and converts replies to the same Python
types (``ReadResult``/``Vtq``, ``DataChange``, ``GalaxyObject``), with protobuf (upb,
C) instead of betterproto2 doing the decoding. The floor sends pre-encoded requests
and receives the reply bytes without decoding them: what the transport alone costs.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import grpc

from benchmarks.protoc import Stubs
from mxgateway.galaxy.model import GalaxyObject
from mxgateway.session.bulk import ReadResult
from mxgateway.session.events import DataChange
from mxgateway.values import UnconvertedValue

MX_SERVICE = "/mxaccess_gateway.v1.MxAccessGateway/"
GR_SERVICE = "/galaxy_repository.v1.GalaxyRepository/"
_UTC = dt.UTC
_CHANNEL_OPTIONS = [
    ("grpc.max_send_message_length", 16 * 1024 * 1024),
    ("grpc.max_receive_message_length", 64 * 1024 * 1024),
]
#: MxStatusCategory values that are not failures (UNSPECIFIED, OK, PENDING).
_GOOD_CATEGORIES = frozenset({0, 2, 3})


class CommandFailed(Exception):
    """The reference client's equivalent of mxgateway's CommandError / MxAccessError."""


def _timestamp(message: Any, name: str) -> dt.datetime | None:
    if not message.HasField(name):
        return None
    result: dt.datetime = getattr(message, name).ToDatetime(tzinfo=_UTC)
    return result


def python_value(value: Any) -> object:
    """Protobuf ``MxValue`` -> Python value, with ``from_mx_value``'s rules."""
    kind = value.WhichOneof("kind")
    if kind is None:
        if value.raw_diagnostic:
            return UnconvertedValue(
                value.raw_diagnostic, value.variant_type, value.data_type, value.raw_data_type
            )
        return None
    if value.is_null:
        return None
    if kind == "array_value":
        return [python_value(element) for element in value.array_value.elements]
    if kind == "timestamp_value":
        return value.timestamp_value.ToDatetime(tzinfo=_UTC)
    if kind == "duration_value":
        return value.duration_value.ToTimedelta()
    return getattr(value, kind)


def _status_failed(status: Any) -> bool:
    if status.category == 0:
        return bool(status.success == 0 and status.detail != 0)
    return status.category not in _GOOD_CATEGORIES


def check_reply(reply: Any) -> Any:
    """Raise for a non-OK ProtocolStatus, a negative HRESULT or a failing status."""
    if reply.protocol_status.code != 1:
        raise CommandFailed(f"protocol status {reply.protocol_status.code}")
    if reply.hresult < 0 or any(map(_status_failed, reply.statuses)):
        raise CommandFailed(f"MXAccess failed: hresult {reply.hresult}")
    return reply


def read_results(reply: Any) -> list[ReadResult]:
    """A protobuf ReadBulk reply's results as the typed API's ``ReadResult`` s."""
    return [
        ReadResult(
            r.tag_address,
            r.was_successful,
            python_value(r.value),
            r.quality,
            _timestamp(r, "source_timestamp"),
            tuple(r.statuses),
            r.was_cached,
            r.error_message,
            r,
        )
        for r in reply.bulk_read.results
    ]


def data_change(message: Any, tags: dict[int, str]) -> DataChange:
    """A protobuf data-change event as the typed API's ``DataChange``."""
    return DataChange(
        message.worker_sequence,
        tags.get(message.item_handle),
        message.server_handle,
        message.item_handle,
        python_value(message.value),
        message.quality,
        _timestamp(message, "source_timestamp"),
        tuple(message.statuses),
        _timestamp(message, "worker_timestamp"),
        _timestamp(message, "gateway_receive_timestamp"),
        message,
    )


class ReferenceClient:
    """grpc.aio stubs generated from protos/, protobuf messages, the same typed results."""

    name = "reference"

    def __init__(self, stubs: Stubs) -> None:
        self._pb = stubs.mx
        self._stubs = stubs

    async def setup(self, target: str, api_key: str) -> None:
        self._channel = grpc.aio.insecure_channel(target, options=_CHANNEL_OPTIONS)
        await self._channel.channel_ready()
        self._metadata = (("authorization", f"Bearer {api_key}"),)
        self._mx = self._stubs.mx_grpc.MxAccessGatewayStub(self._channel)
        self._gr = self._stubs.gr_grpc.GalaxyRepositoryStub(self._channel)
        self._ids = itertools.count(1)
        self._session_id = await self._open("bench-reference")
        self._server = await self._register(self._session_id)
        self._events_session = ""
        self._tags: dict[int, str] = {}

    async def close(self) -> None:
        await self._close_session(self._session_id)
        await self._channel.close()

    async def _open(self, name: str) -> str:
        reply = await self._mx.OpenSession(
            self._pb.OpenSessionRequest(client_session_name=name),
            metadata=self._metadata,
            timeout=300,
        )
        if reply.protocol_status.code != 1:
            raise CommandFailed("OpenSession failed")
        session_id: str = reply.session_id
        return session_id

    async def _close_session(self, session_id: str) -> None:
        await self._mx.CloseSession(
            self._pb.CloseSessionRequest(session_id=session_id), metadata=self._metadata
        )

    def _request(self, kind: str, session_id: str = "", **payload: Any) -> Any:
        return self._pb.MxCommandRequest(
            session_id=session_id or self._session_id,
            client_correlation_id=f"bench-reference-{next(self._ids)}",
            command=self._pb.MxCommand(kind=kind, **payload),
        )

    async def _invoke(self, kind: str, session_id: str = "", **payload: Any) -> Any:
        request = self._request(kind, session_id, **payload)
        return check_reply(await self._mx.Invoke(request, metadata=self._metadata, timeout=300))

    async def _register(self, session_id: str) -> int:
        reply = await self._invoke(
            "MX_COMMAND_KIND_REGISTER",
            session_id,
            register_command=self._pb.RegisterCommand(client_name="bench-reference"),
        )
        handle: int = reply.register.server_handle
        return handle

    async def ping(self) -> None:
        await self._invoke("MX_COMMAND_KIND_PING", ping_command=self._pb.PingCommand())

    def encode_read_bulk(self, tags: list[str]) -> int:
        command = self._pb.ReadBulkCommand(server_handle=self._server, tag_addresses=tags)
        request = self._request("MX_COMMAND_KIND_READ_BULK", read_bulk_command=command)
        return len(request.SerializeToString())

    async def read_bulk(self, tags: list[str]) -> int:
        command = self._pb.ReadBulkCommand(server_handle=self._server, tag_addresses=tags)
        reply = await self._invoke("MX_COMMAND_KIND_READ_BULK", read_bulk_command=command)
        if reply.WhichOneof("payload") != "bulk_read":
            raise CommandFailed("ReadBulk reply without bulk_read")
        return len(read_results(reply))

    async def prepare_events(self, tags: list[str]) -> str:
        session_id = await self._open("bench-reference-events")
        server = await self._register(session_id)
        command = self._pb.SubscribeBulkCommand(server_handle=server, tag_addresses=tags)
        reply = await self._invoke(
            "MX_COMMAND_KIND_SUBSCRIBE_BULK", session_id, subscribe_bulk_command=command
        )
        self._tags = {
            r.item_handle: r.tag_address for r in reply.bulk_subscribe.results if r.was_successful
        }
        self._events_session = session_id
        return session_id

    async def events(self, count: int) -> int:
        request = self._pb.StreamEventsRequest(session_id=self._events_session)
        call = self._mx.StreamEvents(request, metadata=self._metadata)
        received = last = 0
        tags = self._tags
        try:
            async for message in call:
                if message.worker_sequence <= last:
                    continue
                last = message.worker_sequence
                if message.WhichOneof("body") != "on_data_change":
                    raise CommandFailed("expected only data changes")
                data_change(message, tags)
                received += 1
                if received == count:
                    break
        finally:
            call.cancel()
            await self._close_session(self._events_session)
        return received

    async def galaxy(self, keep: bool) -> int:
        request = self._stubs.gr.DiscoverHierarchyRequest()
        kept: list[GalaxyObject] = []
        walked = 0
        while True:
            reply = await self._gr.DiscoverHierarchy(request, metadata=self._metadata, timeout=300)
            for message in reply.objects:
                obj = GalaxyObject.from_proto(message)
                walked += 1
                if keep:
                    kept.append(obj)
            del reply.objects[:]
            if not reply.next_page_token:
                return len(kept) if keep else walked
            request.page_token = reply.next_page_token


def page_header(page: bytes) -> tuple[str, int]:
    """``next_page_token`` and ``total_object_count`` of an encoded DiscoverHierarchyReply.

    The floor must know the next token to walk the pages; this reads only the top-level
    field headers and skips every object undecoded.
    """
    token, total = "", 0
    position, end = 0, len(page)
    while position < end:
        key, position = _varint(page, position)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(page, position)
            if field == 3:
                total = value
            continue
        if wire != 2:
            raise ValueError(f"unexpected wire type {wire} in DiscoverHierarchyReply")
        length, position = _varint(page, position)
        if field == 2:
            token = page[position : position + length].decode()
        position += length
    return token, total


def _varint(data: bytes, position: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, position
        shift += 7


class FloorClient:
    """grpcio with identity serializers: pre-encoded requests, reply bytes never decoded."""

    name = "floor"

    def __init__(self, stubs: Stubs) -> None:
        self._stubs = stubs
        self._reference = ReferenceClient(stubs)

    async def setup(self, target: str, api_key: str) -> None:
        # Session set-up (not measured) goes through the reference client's calls.
        await self._reference.setup(target, api_key)
        self._channel = grpc.aio.insecure_channel(target, options=_CHANNEL_OPTIONS)
        await self._channel.channel_ready()
        self._metadata = (("authorization", f"Bearer {api_key}"),)
        self._invoke = self._channel.unary_unary(MX_SERVICE + "Invoke")
        self._stream = self._channel.unary_stream(MX_SERVICE + "StreamEvents")
        self._discover = self._channel.unary_unary(GR_SERVICE + "DiscoverHierarchy")
        pb = self._stubs.mx
        session_id = self._reference._session_id
        self._ping = pb.MxCommandRequest(
            session_id=session_id,
            client_correlation_id="bench-floor",
            command=pb.MxCommand(kind="MX_COMMAND_KIND_PING", ping_command=pb.PingCommand()),
        ).SerializeToString()
        self._reads: dict[int, bytes] = {}
        self._server = self._reference._server
        self._events_request = b""

    async def close(self) -> None:
        await self._channel.close()
        await self._reference.close()

    async def ping(self) -> None:
        await self._invoke(self._ping, metadata=self._metadata)

    def encode_read_bulk(self, tags: list[str]) -> int:
        """The floor's requests are encoded once, ahead: encoding costs it nothing."""
        return len(self._reads.get(len(tags), b""))

    async def read_bulk(self, tags: list[str]) -> int:
        request = self._reads.get(len(tags))
        if request is None:
            pb = self._stubs.mx
            request = pb.MxCommandRequest(
                session_id=self._reference._session_id,
                client_correlation_id="bench-floor",
                command=pb.MxCommand(
                    kind="MX_COMMAND_KIND_READ_BULK",
                    read_bulk_command=pb.ReadBulkCommand(
                        server_handle=self._server, tag_addresses=tags
                    ),
                ),
            ).SerializeToString()
            self._reads[len(tags)] = request
        await self._invoke(request, metadata=self._metadata, timeout=300)
        return len(tags)

    async def prepare_events(self, tags: list[str]) -> str:
        session_id = await self._reference.prepare_events(tags)
        self._events_request = self._stubs.mx.StreamEventsRequest(
            session_id=session_id
        ).SerializeToString()
        return session_id

    async def events(self, count: int) -> int:
        call = self._stream(self._events_request, metadata=self._metadata)
        received = 0
        try:
            async for _ in call:
                received += 1
                if received == count:
                    break
        finally:
            call.cancel()
            await self._reference._close_session(self._reference._events_session)
        return received

    async def galaxy(self, keep: bool) -> int:
        gr = self._stubs.gr
        token = ""
        kept: list[bytes] = []
        while True:
            request = gr.DiscoverHierarchyRequest(page_token=token).SerializeToString()
            page = await self._discover(request, metadata=self._metadata, timeout=300)
            if keep:
                kept.append(page)
            token, total = page_header(page)
            if not token:
                return total
