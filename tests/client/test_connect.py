"""Connecting: both connect forms, bearer auth, TLS with a CA file, error mapping, secrets."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import socket
import ssl
import warnings
from pathlib import Path

import pytest
import trustme
from grpclib.const import Status

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.options import ClientOptions
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


async def test_connect_works_awaited_and_as_context_manager(sim: Simulator) -> None:
    options = ClientOptions(sim.endpoint, api_key=sim.api_key, plaintext=True)
    async with await GatewayClient.connect(options) as client:
        session = await client.open_session("awaited")
        assert session.session_id in sim.session_ids()
        await session.close()
    async with GatewayClient.connect(
        endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True
    ) as c:
        async with await c.open_session("context") as session:
            assert session.gateway_protocol_version == 3
            assert "bulk-read-commands" in session.capabilities
        assert session.session_id not in sim.session_ids() or (
            sim.session_state(session.session_id).name == "CLOSED"
        )


async def test_unreachable_gateway_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(errors.GatewayUnavailableError):
        await GatewayClient.connect(endpoint=f"127.0.0.1:{port}", plaintext=True)


@pytest.mark.parametrize("key", ["mxgw_nobody_s3cretS3cret", "not-a-key"])
async def test_wrong_key_is_authentication_error_without_the_secret(
    sim: Simulator, key: str
) -> None:
    async with GatewayClient.connect(endpoint=sim.endpoint, api_key=key, plaintext=True) as client:
        with pytest.raises(errors.AuthenticationError) as info:
            await client.open_session("x")
    assert info.value.grpc_status is Status.UNAUTHENTICATED
    assert "s3cret" not in str(info.value)
    assert "s3cret" not in repr(info.value)
    assert str(info.value).startswith("authentication failed: invalid API key")
    assert "<redacted>" in str(info.value)
    assert "s3cret" not in repr(client)
    assert "s3cret" not in repr(client.options)


async def test_missing_key_is_authentication_error(sim: Simulator) -> None:
    async with GatewayClient.connect(endpoint=sim.endpoint, plaintext=True) as client:
        with pytest.raises(errors.AuthenticationError):
            await client.open_session("x")


async def test_revoked_key_is_rejected(sim: Simulator) -> None:
    token = sim.add_api_key(scopes={"session:open", "session:close"})
    async with GatewayClient.connect(
        endpoint=sim.endpoint, api_key=token, plaintext=True
    ) as client:
        session = await client.open_session("before")
        sim.revoke_api_key(token)
        with pytest.raises(errors.AuthenticationError) as info:
            await session.ping()
        assert token.split("_", 2)[2] not in str(info.value)


async def test_missing_scope_is_permission_denied(sim: Simulator) -> None:
    token = sim.add_api_key(scopes={"session:open", "session:close"})
    async with (
        GatewayClient.connect(endpoint=sim.endpoint, api_key=token, plaintext=True) as client,
        await client.open_session("scoped") as session,
    ):
        with pytest.raises(errors.PermissionDeniedError) as info:
            await session.register("x")
    assert info.value.grpc_status is Status.PERMISSION_DENIED
    assert not isinstance(info.value, errors.AuthenticationError)
    assert token.split("_", 2)[2] not in str(info.value)


async def test_unknown_session_is_not_found(client: GatewayClient) -> None:
    from mxgateway.wire.contract import mx
    from mxgateway.wire.envelope import command_request

    request = command_request("session-unknown", "", mx.PingCommand())
    with pytest.raises(errors.NotFoundError) as info:
        await client.invoke_raw(request)
    assert info.value.grpc_status is Status.NOT_FOUND
    with pytest.raises(errors.NotFoundError):
        await client.attach_session("session-unknown").ping()


async def test_deadline_maps_to_timeout(sim: Simulator) -> None:
    sim.inject_latency(60.0)
    async with GatewayClient.connect(
        endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True, call_timeout=0.05
    ) as client:
        with pytest.raises(errors.GatewayTimeoutError) as info:
            await client.open_session("slow")
    assert isinstance(info.value, TimeoutError)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


async def test_tls_with_ca_file_and_server_name_override(ca: trustme.CA, tmp_path: Path) -> None:
    cert = ca.issue_cert("gateway.plant.example")
    cert_file, key_file, ca_file = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(cert_file)
    cert.private_key_pem.write_to_path(key_file)
    ca.cert_pem.write_to_path(ca_file)
    config = SimulatorConfig(
        objects=1, clock=ManualClock(start=START), tls_cert=cert_file, tls_key=key_file
    )
    async with Simulator(config) as sim:
        async with (
            GatewayClient.connect(
                endpoint=sim.endpoint,
                api_key=sim.api_key,
                ca_file=ca_file,
                server_name_override="gateway.plant.example",
            ) as client,
            await client.open_session("tls") as session,
        ):
            await session.ping()
        # Without the override the certificate name does not match 127.0.0.1.
        with pytest.raises(errors.GatewayUnavailableError) as info:
            await GatewayClient.connect(endpoint=sim.endpoint, api_key=sim.api_key, ca_file=ca_file)
        assert isinstance(info.value.__cause__, ssl.SSLError)
        # An override naming another host fails the hostname check too.
        with pytest.raises(errors.GatewayUnavailableError) as info:
            await GatewayClient.connect(
                endpoint=sim.endpoint,
                api_key=sim.api_key,
                ca_file=ca_file,
                server_name_override="other.plant.example",
            )
        assert isinstance(info.value.__cause__, ssl.SSLCertVerificationError)
        # System roots do not know the private CA.
        with pytest.raises(errors.GatewayUnavailableError):
            await GatewayClient.connect(
                endpoint=sim.endpoint,
                api_key=sim.api_key,
                server_name_override="gateway.plant.example",
            )


async def test_closed_client_refuses_calls(sim: Simulator) -> None:
    client = await GatewayClient.connect(endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True)
    await client.close()
    with pytest.raises(errors.ConnectionLostError):
        await client.open_session("late")


async def test_max_message_size_bounds_replies_and_requests(sim: Simulator) -> None:
    async with (
        GatewayClient.connect(
            endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True, max_message_size=1024
        ) as client,
        await client.open_session("small") as session,
    ):
        server = await session.register("small")
        tags = [f"TestMachine_00{n}.TestString" for n in (1, 2, 3)] * 7
        with pytest.raises(errors.ResourceExhaustedError, match=r"reply of \d+ bytes exceeds"):
            await session.read_bulk(server, tags)
        with pytest.raises(errors.ResourceExhaustedError, match=r"request of \d+ bytes exceeds"):
            await session.write_tag("TestMachine_001.TestString", "x" * 2000, wait=False)
        await session.ping()


def test_closing_a_tls_client_releases_its_socket_before_the_loop_ends(
    ca: trustme.CA, tmp_path: Path
) -> None:
    """A program whose last act is closing the client leaves no socket for GC to find."""
    from tests.cli.conftest import SimThread

    cert = ca.issue_cert("gateway.plant.example")
    cert_file, key_file, ca_file = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(cert_file)
    cert.private_key_pem.write_to_path(key_file)
    ca.cert_pem.write_to_path(ca_file)
    server = SimThread(
        SimulatorConfig(
            objects=1, clock=ManualClock(start=START), tls_cert=cert_file, tls_key=key_file
        )
    )

    async def program() -> None:
        async with GatewayClient.connect(
            endpoint=server.sim.endpoint,
            api_key=server.sim.api_key,
            ca_file=ca_file,
            server_name_override="gateway.plant.example",
        ) as client:
            await client.open_session_raw("tls-close")

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            asyncio.run(program())
            gc.collect()
    finally:
        server.close()
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == []
