"""Connecting, TestConnection, GetLastDeployTime, authentication and database outages."""

from __future__ import annotations

import pytest
from grpclib.const import Status

from mxgateway.errors import (
    AuthenticationError,
    GatewayUnavailableError,
    InvalidArgumentError,
    PermissionDeniedError,
)
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.options import ClientOptions
from mxgateway.simulator import Simulator


async def test_awaited_connect_and_options_object(sim: Simulator) -> None:
    options = ClientOptions(endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True)
    client = await GalaxyRepositoryClient.connect(options)
    async with client:
        assert await client.test_connection() is True
        assert client.options is options
    assert sim.api_key.split("_")[-1] not in repr(client)


async def test_connect_context_form(sim: Simulator) -> None:
    async with GalaxyRepositoryClient.connect(
        endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True
    ) as client:
        assert await client.test_connection() is True


def test_bad_connect_arguments_fail_before_connecting() -> None:
    with pytest.raises(InvalidArgumentError, match="unknown connection option"):
        GalaxyRepositoryClient.connect(endpoint="127.0.0.1:1", plaintext=True, apikey="x")


async def test_last_deploy_time_is_aware_and_moves_on_redeploy(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    first = await galaxy.get_last_deploy_time()
    assert first is not None
    assert first.utcoffset() is not None
    await sim.advance(60)
    sim.redeploy()
    await sim.advance(0)
    second = await galaxy.get_last_deploy_time()
    assert second is not None
    assert second > first


async def test_database_down_is_false_for_test_connection_and_unavailable_for_discover(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    sim.set_database_available(False)
    assert await galaxy.test_connection() is False
    with pytest.raises(GatewayUnavailableError) as caught:
        await galaxy.discover_hierarchy()
    assert caught.value.grpc_status is Status.UNAVAILABLE
    sim.set_database_available(True)
    assert await galaxy.test_connection() is True
    assert await galaxy.discover_hierarchy(max_depth=1)


async def test_wrong_key_is_an_authentication_error_without_the_secret(sim: Simulator) -> None:
    wrong = "mxgw_nobody_s3cr3tS3cr3t"
    async with GalaxyRepositoryClient.connect(
        endpoint=sim.endpoint, api_key=wrong, plaintext=True
    ) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.test_connection()
    assert caught.value.grpc_status is Status.UNAUTHENTICATED
    assert "s3cr3tS3cr3t" not in str(caught.value)
    assert "s3cr3tS3cr3t" not in repr(caught.value)


async def test_revoked_key_is_an_authentication_error(sim: Simulator) -> None:
    token = sim.add_api_key(scopes={"metadata:read"})
    async with GalaxyRepositoryClient.connect(
        endpoint=sim.endpoint, api_key=token, plaintext=True
    ) as client:
        assert await client.test_connection() is True
        sim.revoke_api_key(token)
        with pytest.raises(AuthenticationError):
            await client.get_last_deploy_time()


async def test_every_call_needs_metadata_read(sim: Simulator) -> None:
    token = sim.add_api_key(scopes={"invoke:read", "events:read", "session:open"})
    async with GalaxyRepositoryClient.connect(
        endpoint=sim.endpoint, api_key=token, plaintext=True
    ) as client:
        calls = [
            client.test_connection(),
            client.get_last_deploy_time(),
            client.discover_hierarchy(),
            client.browse_children(),
        ]
        for call in calls:
            with pytest.raises(PermissionDeniedError) as caught:
                await call
            assert caught.value.grpc_status is Status.PERMISSION_DENIED
        with pytest.raises(PermissionDeniedError):
            async with client.watch_deploy_events() as watch:
                await anext(watch)
