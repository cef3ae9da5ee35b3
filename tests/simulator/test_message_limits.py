"""The 16 MiB message limit each way, and malformed requests, as gRPC statuses."""

from __future__ import annotations

from typing import Any

import grpclib.const
import pytest
from grpclib import GRPCError
from grpclib.client import Channel
from grpclib.const import Status
from grpclib.encoding.proto import ProtoCodec

from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE
from mxgateway.simulator import Simulator
from mxgateway.wire.contract import gr, mx

from .conftest import GatewayClient

_SMALL = 4096


async def test_request_over_16_mib_is_resource_exhausted(gw: GatewayClient) -> None:
    session = await gw.open()
    fits = "x" * (DEFAULT_MAX_MESSAGE_SIZE - 1024)
    await gw.ok(session, mx.RegisterCommand(client_name=fits))
    too_big = "x" * DEFAULT_MAX_MESSAGE_SIZE
    with pytest.raises(GRPCError) as error:
        await gw.invoke(session, mx.RegisterCommand(client_name=too_big))
    assert error.value.status is Status.RESOURCE_EXHAUSTED
    assert str(DEFAULT_MAX_MESSAGE_SIZE) in (error.value.message or "")
    await gw.ok(session, mx.PingCommand())


@pytest.mark.parametrize("sim_options", [{"max_message_size": _SMALL}])
async def test_reply_over_the_limit_is_resource_exhausted(
    gw: GatewayClient, repo: gr.GalaxyRepositoryStub
) -> None:
    with pytest.raises(GRPCError) as error:
        await repo.discover_hierarchy(gr.DiscoverHierarchyRequest())
    assert error.value.status is Status.RESOURCE_EXHAUSTED
    small = await repo.discover_hierarchy(gr.DiscoverHierarchyRequest(include_attributes=False))
    assert small.objects


@pytest.mark.parametrize("sim_options", [{"max_message_size": _SMALL}])
async def test_stream_message_over_the_limit_becomes_a_replay_gap(
    gw: GatewayClient, sim: Simulator
) -> None:
    session, _, _ = await gw.setup("TestMachine_001.TestString")
    async with gw.events(session) as events:
        first = await events.next()
        sim.set_value("TestMachine_001.TestString", "y" * _SMALL)
        sim.set_value("TestMachine_001.TestString", "small")
        with pytest.raises(AssertionError, match="the stream ended"):
            await events.next()  # a clean end where the lost event was
    async with gw.events(session, after=first.worker_sequence) as events:
        gap = await events.next()
        after = await events.next()
    assert gap.replay_gap is not None
    assert gap.replay_gap.requested_after_sequence == first.worker_sequence
    assert gap.replay_gap.oldest_available_sequence == first.worker_sequence + 2
    assert (after.worker_sequence, after.value.string_value) == (
        first.worker_sequence + 2,
        "small",
    )


class _RawCodec(ProtoCodec):
    """Sends request bytes as they are (to send what no protobuf library would)."""

    def encode(self, message: Any, message_type: Any) -> bytes:
        assert isinstance(message, bytes)
        return message


async def test_undecodable_request_is_invalid_argument(sim: Simulator) -> None:
    channel = Channel(sim.host, sim.port, codec=_RawCodec())
    try:
        async with channel.request(
            "/mxaccess_gateway.v1.MxAccessGateway/OpenSession",
            grpclib.const.Cardinality.UNARY_UNARY,
            bytes,
            mx.OpenSessionReply,
            metadata={"authorization": f"Bearer {sim.api_key}"},
        ) as stream:
            await stream.send_message(b"\x0a\x02\xff\xfe", end=True)
            with pytest.raises(GRPCError) as error:
                await stream.recv_message()
    finally:
        channel.close()
    assert error.value.status is Status.INVALID_ARGUMENT
    assert sim.session_ids() == []
