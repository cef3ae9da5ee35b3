"""The replay gateway: answers every RPC with pre-encoded reply bytes (run as its own process).

``python -m benchmarks.replay_server --stubs DIR --events N --objects N --attributes N``
prints ``{"port": ...}`` on stdout once it listens on 127.0.0.1 and serves until its
stdin closes. grpcio generic handlers with identity serializers send the canned bytes,
so the server's work per call is tiny and the same for every client. Requests are
parsed (protobuf, C) only to pick the reply: Invoke by command kind and ReadBulk size,
DiscoverHierarchy by page token. StreamEvents sends ``--events`` data changes and then
keeps the stream open until the client cancels it, as a live gateway would.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import grpc

from benchmarks import fixtures, protoc

MX_SERVICE = "/mxaccess_gateway.v1.MxAccessGateway/"
GR_SERVICE = "/galaxy_repository.v1.GalaxyRepository/"


class Replies:
    """The canned replies and the routing from a request to its reply bytes."""

    def __init__(self, stubs: protoc.Stubs, events: int, objects: int, attributes: int) -> None:
        self._stubs = stubs
        self.open_session = fixtures.open_session_reply(stubs)
        self.close_session = fixtures.close_session_reply(stubs)
        self.events = list(fixtures.data_change_events(stubs, events))
        self.pages = fixtures.hierarchy_pages(stubs, objects, attributes, page_size=1000)
        self._commands: dict[tuple[int, int], bytes] = {}

    def invoke(self, request: bytes) -> bytes:
        """The reply to an MxCommandRequest: by kind, and for bulk commands by tag count."""
        command = self._stubs.mx.MxCommandRequest.FromString(request).command
        payload = command.WhichOneof("payload")
        tags = list(
            command.read_bulk_command.tag_addresses or command.subscribe_bulk_command.tag_addresses
        )
        key = (command.kind, len(tags))
        reply = self._commands.get(key)
        if reply is None:
            if payload == "read_bulk_command":
                reply = fixtures.read_bulk_reply(self._stubs, tags)
            elif payload == "subscribe_bulk_command":
                reply = fixtures.subscribe_bulk_reply(self._stubs, tags)
            else:
                reply = fixtures.command_reply(self._stubs, command.kind)
            self._commands[key] = reply
        return reply

    def page(self, request: bytes) -> bytes:
        """The DiscoverHierarchy page a request's token names."""
        token = self._stubs.gr.DiscoverHierarchyRequest.FromString(request).page_token
        return self.pages[int(token.removeprefix("page-")) if token else 0]


class ReplayHandler(grpc.GenericRpcHandler):  # type: ignore[misc]
    """Routes each method to a handler that returns (or streams) canned bytes."""

    def __init__(self, replies: Replies) -> None:
        self._replies = replies
        unary: dict[str, Callable[[bytes], bytes]] = {
            MX_SERVICE + "OpenSession": lambda _: replies.open_session,
            MX_SERVICE + "CloseSession": lambda _: replies.close_session,
            MX_SERVICE + "Invoke": replies.invoke,
            GR_SERVICE + "DiscoverHierarchy": replies.page,
        }
        self._handlers: dict[str, grpc.RpcMethodHandler] = {
            method: grpc.unary_unary_rpc_method_handler(self._unary(answer))
            for method, answer in unary.items()
        }
        self._handlers[MX_SERVICE + "StreamEvents"] = grpc.unary_stream_rpc_method_handler(
            self._stream_events
        )

    @staticmethod
    def _unary(answer: Callable[[bytes], bytes]) -> Callable[[bytes, Any], Any]:
        async def handle(request: bytes, context: Any) -> bytes:
            return answer(request)

        return handle

    async def _stream_events(self, request: bytes, context: Any) -> AsyncIterator[bytes]:
        for event in self._replies.events:
            yield event
        await asyncio.Event().wait()

    def service(self, handler_call_details: Any) -> grpc.RpcMethodHandler | None:
        return self._handlers.get(handler_call_details.method)


async def serve(replies: Replies) -> None:
    """Serve on an ephemeral loopback port until stdin closes."""
    server = grpc.aio.server(
        options=[
            ("grpc.max_send_message_length", 64 * 1024 * 1024),
            ("grpc.max_receive_message_length", 64 * 1024 * 1024),
        ]
    )
    server.add_generic_rpc_handlers([ReplayHandler(replies)])
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    print(json.dumps({"port": port}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await server.stop(grace=0)


def main() -> None:
    """Command-line entry point (the orchestrator starts it)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stubs", type=Path, required=True)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--attributes", type=int, default=4)
    args = parser.parse_args()
    replies = Replies(protoc.load(args.stubs), args.events, args.objects, args.attributes)
    asyncio.run(serve(replies))


if __name__ == "__main__":
    main()
