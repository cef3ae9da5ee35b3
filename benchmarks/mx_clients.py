"""The two mxgateway clients under test: the typed API users call and the raw API.

Both implement ``benchmarks.worker.BenchClient``. The typed client returns what users
get (``ReadResult`` lists, ``DataChange`` events, ``GalaxyObject`` s); the raw client
stops at the generated betterproto2 messages.
"""

from __future__ import annotations

import itertools

import betterproto2

from mxgateway.client import GatewayClient
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.options import ClientOptions
from mxgateway.session import Session
from mxgateway.session.events import DataChange
from mxgateway.transport import Transport
from mxgateway.wire.codec import encode_message
from mxgateway.wire.contract import gr, mx
from mxgateway.wire.envelope import command_request, reply_payload

_DISCOVER = "/galaxy_repository.v1.GalaxyRepository/DiscoverHierarchy"


def _encoded_read_bulk(session_id: str, server: int, tags: list[str]) -> int:
    """Size of a ReadBulk request built (as Session builds it) and encoded as grpclib sends it."""
    command = mx.ReadBulkCommand(server_handle=server, tag_addresses=tags)
    return len(encode_message(command_request(session_id, "bench-encode", command)))


def _options(target: str, api_key: str) -> ClientOptions:
    return ClientOptions(endpoint=target, api_key=api_key, plaintext=True, call_timeout=300)


class TypedClient:
    """mxgateway's typed API: Session methods, ``session.events()``, GalaxyRepositoryClient."""

    name = "typed"

    async def setup(self, target: str, api_key: str) -> None:
        self._client = await GatewayClient.connect(_options(target, api_key))
        self._galaxy = await GalaxyRepositoryClient.connect(_options(target, api_key))
        self._session = await self._client.open_session("bench-typed")
        self._server = await self._session.ensure_registered("bench-typed")
        self._events: Session | None = None

    async def close(self) -> None:
        await self._session.close()
        await self._client.close()
        await self._galaxy.close()

    async def ping(self) -> None:
        await self._session.ping()

    async def read_bulk(self, tags: list[str]) -> int:
        results = await self._session.read_bulk(self._server, tags)
        return len(results)

    def encode_read_bulk(self, tags: list[str]) -> int:
        return _encoded_read_bulk(self._session.session_id, self._server, tags)

    async def prepare_events(self, tags: list[str]) -> str:
        session = await self._client.open_session("bench-typed-events")
        await session.subscribe_bulk(await session.ensure_registered("bench"), tags)
        self._events = session
        return session.session_id

    async def events(self, count: int) -> int:
        assert self._events is not None
        received = 0
        try:
            async with self._events.events() as stream:
                async for event in stream:
                    assert isinstance(event, DataChange)
                    received += 1
                    if received == count:
                        break
        finally:
            await self._events.close()
        return received

    async def galaxy(self, keep: bool) -> int:
        if keep:
            return len(await self._galaxy.discover_hierarchy())
        walked = 0
        async for _ in self._galaxy.iter_hierarchy():
            walked += 1
        return walked


class RawClient:
    """mxgateway's raw API: ``invoke_raw``, ``stream_events_raw`` and ``Transport.unary``."""

    name = "raw"

    async def setup(self, target: str, api_key: str) -> None:
        self._client = await GatewayClient.connect(_options(target, api_key))
        self._transport = await Transport.connect(_options(target, api_key))
        self._session_id = (await self._client.open_session_raw("bench-raw")).session_id
        self._ids = itertools.count(1)
        reply = await self._invoke(mx.RegisterCommand(client_name="bench-raw"))
        self._server = reply_payload(reply, mx.RegisterReply).server_handle
        self._events_session = ""

    async def close(self) -> None:
        await self._client.close_session_raw(self._session_id)
        await self._client.close()
        self._transport.close()

    async def _invoke(
        self, command: betterproto2.Message, session_id: str = ""
    ) -> mx.MxCommandReply:
        request = command_request(
            session_id or self._session_id, f"bench-raw-{next(self._ids)}", command
        )
        return await self._client.invoke_raw(request)

    async def ping(self) -> None:
        await self._invoke(mx.PingCommand())

    async def read_bulk(self, tags: list[str]) -> int:
        command = mx.ReadBulkCommand(server_handle=self._server, tag_addresses=tags)
        reply = await self._invoke(command)
        return len(reply_payload(reply, mx.BulkReadReply).results)

    def encode_read_bulk(self, tags: list[str]) -> int:
        return _encoded_read_bulk(self._session_id, self._server, tags)

    async def prepare_events(self, tags: list[str]) -> str:
        session_id = (await self._client.open_session_raw("bench-raw-events")).session_id
        reply = await self._invoke(mx.RegisterCommand(client_name="bench-raw-events"), session_id)
        command = mx.SubscribeBulkCommand(
            server_handle=reply_payload(reply, mx.RegisterReply).server_handle, tag_addresses=tags
        )
        await self._invoke(command, session_id)
        self._events_session = session_id
        return session_id

    async def events(self, count: int) -> int:
        received = 0
        try:
            async with self._client.stream_events_raw(self._events_session) as stream:
                async for _ in stream:
                    received += 1
                    if received == count:
                        break
        finally:
            await self._client.close_session_raw(self._events_session)
        return received

    async def galaxy(self, keep: bool) -> int:
        request = gr.DiscoverHierarchyRequest()
        kept: list[gr.GalaxyObject] = []
        walked = 0
        while True:
            reply = await self._transport.unary(
                _DISCOVER, request, gr.DiscoverHierarchyReply, operation="DiscoverHierarchy"
            )
            walked += len(reply.objects)
            if keep:
                kept.extend(reply.objects)
            if not reply.next_page_token:
                return len(kept) if keep else walked
            request.page_token = reply.next_page_token
