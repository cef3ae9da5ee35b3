"""API keys, scopes, constraints, no-auth mode and TLS."""

from __future__ import annotations

import ssl
from typing import Any

import pytest
import trustme
from grpclib import GRPCError
from grpclib.client import Channel
from grpclib.config import Configuration
from grpclib.const import Status

from mxgateway.contract import gr, mx
from mxgateway.simulator import ApiKeySpec, ManualClock, Simulator
from mxgateway.simulator.auth import DENIED_MESSAGE

from .conftest import GatewayClient


async def _status(call: Any) -> GRPCError:
    with pytest.raises(GRPCError) as error:
        await call
    return error.value


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer",
        "Basic abc",
        "Bearer mxgw_sim",
        "Bearer mxgw_unknown_secretsecret",
        "Bearer not-a-key-at-all",
    ],
)
async def test_bad_credentials_are_unauthenticated(
    channel: Channel, sim: Simulator, header: str | None
) -> None:
    metadata = {"authorization": header} if header else {}
    stub = mx.MxAccessGatewayStub(channel, metadata=metadata)
    error = await _status(stub.open_session(mx.OpenSessionRequest()))
    assert error.status is Status.UNAUTHENTICATED
    assert error.message == DENIED_MESSAGE


async def test_wrong_secret_never_echoed(channel: Channel, sim: Simulator) -> None:
    key_id = sim.api_keys[0].key_id
    wrong = f"mxgw_{key_id}_wrongsecret123"
    stub = mx.MxAccessGatewayStub(channel, metadata={"authorization": f"Bearer {wrong}"})
    error = await _status(stub.open_session(mx.OpenSessionRequest()))
    assert error.status is Status.UNAUTHENTICATED
    assert "wrongsecret123" not in (error.message or "")
    assert sim.api_keys[0].secret not in repr(sim.api_keys[0])


async def test_revoked_key_is_unauthenticated(gw: GatewayClient, sim: Simulator) -> None:
    token = sim.add_api_key(scopes={"session:open"})
    client = gw.with_token(token)
    assert await client.open()
    sim.revoke_api_key(token)
    error = await _status(client.open())
    assert error.status is Status.UNAUTHENTICATED


async def test_missing_scope_is_permission_denied_with_same_message(
    gw: GatewayClient, sim: Simulator
) -> None:
    token = sim.add_api_key(scopes={"metadata:read"})
    error = await _status(gw.with_token(token).open())
    assert error.status is Status.PERMISSION_DENIED
    assert error.message == DENIED_MESSAGE
    assert token.rsplit("_", 1)[1] not in error.message


async def test_streams_are_authenticated_too(gw: GatewayClient, sim: Simulator) -> None:
    session = await gw.open()
    with pytest.raises(GRPCError) as error:
        async with gw.with_token(None).events(session) as events:
            await events.next()
    assert error.value.status is Status.UNAUTHENTICATED
    token = sim.add_api_key(scopes={"invoke:read"})
    with pytest.raises(GRPCError) as error:
        async with gw.with_token(token).events(session) as events:
            await events.next()
    assert error.value.status is Status.PERMISSION_DENIED


@pytest.mark.parametrize(
    ("scope", "command"),
    [
        ("invoke:read", mx.RegisterCommand(client_name="x")),
        ("invoke:read", mx.PingCommand()),
        ("invoke:read", mx.ReadBulkCommand(server_handle=1)),
        ("invoke:write", mx.WriteCommand(server_handle=1, item_handle=1)),
        ("invoke:write", mx.WriteBulkCommand(server_handle=1)),
        ("invoke:secure", mx.WriteSecuredCommand(server_handle=1, item_handle=1)),
        ("invoke:secure", mx.AuthenticateUserCommand(server_handle=1)),
        ("events:read", mx.DrainEventsCommand()),
        ("metadata:read", mx.GetSessionStateCommand()),
        ("metadata:read", mx.GetWorkerInfoCommand()),
        ("admin", mx.ShutdownWorkerCommand()),
        ("admin", mx.QueryActiveAlarmsCommand()),
    ],
)
async def test_invoke_scope_table(
    gw: GatewayClient, sim: Simulator, scope: str, command: Any
) -> None:
    session = await gw.open()
    others = {
        "invoke:read",
        "invoke:write",
        "invoke:secure",
        "events:read",
        "metadata:read",
        "admin",
    }
    without = gw.with_token(sim.add_api_key(scopes=others - {scope}))
    error = await _status(without.invoke(session, command))
    assert error.status is Status.PERMISSION_DENIED
    with_scope = gw.with_token(sim.add_api_key(scopes={scope}))
    reply = await with_scope.invoke(session, command)
    assert reply.protocol_status.code is not mx.ProtocolStatusCode.UNSPECIFIED


async def test_rpc_scopes(gw: GatewayClient, sim: Simulator, channel: Channel) -> None:
    session = await gw.open()
    limited = gw.with_token(sim.add_api_key(scopes={"session:open"}))
    error = await _status(limited.stub.close_session(mx.CloseSessionRequest(session_id=session)))
    assert error.status is Status.PERMISSION_DENIED
    error = await _status(
        limited.stub.acknowledge_alarm(mx.AcknowledgeAlarmRequest(alarm_full_reference="x"))
    )
    assert error.status is Status.PERMISSION_DENIED
    repo = gr.GalaxyRepositoryStub(channel, metadata=limited.metadata)
    error = await _status(repo.test_connection(gr.TestConnectionRequest()))
    assert error.status is Status.PERMISSION_DENIED


async def test_read_glob_denies_single_and_fails_bulk_entry(
    gw: GatewayClient, sim: Simulator
) -> None:
    token = sim.add_api_key(
        scopes={"session:open", "invoke:read"}, read_globs=("TestMachine_001.*",)
    )
    client = gw.with_token(token)
    session = await client.open()
    server = await client.register(session)
    assert await client.add(session, server, "testmachine_001.TestInt")
    error = await _status(
        client.invoke(
            session,
            mx.AddItemCommand(server_handle=server, item_definition="TestMachine_002.TestInt"),
        )
    )
    assert error.status is Status.PERMISSION_DENIED
    reply = await client.ok(
        session,
        mx.SubscribeBulkCommand(
            server_handle=server,
            tag_addresses=["TestMachine_002.TestInt", "TestMachine_001.TestFloat"],
        ),
    )
    first, second = reply.bulk_subscribe.results
    assert not first.was_successful
    assert first.error_message
    assert second.was_successful
    read = await client.ok(
        session,
        mx.ReadBulkCommand(server_handle=server, tag_addresses=["TestMachine_003.TestInt"]),
    )
    assert not read.bulk_read.results[0].was_successful


async def test_write_constraints(gw: GatewayClient, sim: Simulator) -> None:
    token = sim.add_api_key(
        scopes={"session:open", "invoke:read", "invoke:write"},
        write_globs=("*.TestInt", "*.TestSetpoint"),
        max_write_classification=0,
    )
    client = gw.with_token(token)
    session = await client.open()
    server = await client.register(session)
    allowed = await client.subscribe(session, server, "TestMachine_001.TestInt")
    by_glob = await client.subscribe(session, server, "TestMachine_001.TestDouble")
    by_class = await client.subscribe(session, server, "TestMachine_001.TestSetpoint")
    value = mx.MxValue(int32_value=5)
    await client.ok(
        session, mx.WriteCommand(server_handle=server, item_handle=allowed, value=value)
    )
    for item in (by_glob, by_class):
        error = await _status(
            client.invoke(
                session, mx.WriteCommand(server_handle=server, item_handle=item, value=value)
            )
        )
        assert error.status is Status.PERMISSION_DENIED
    bulk = await client.ok(
        session,
        mx.WriteBulkCommand(
            server_handle=server,
            entries=[
                mx.WriteBulkEntry(item_handle=by_glob, value=value),
                mx.WriteBulkEntry(item_handle=allowed, value=value),
            ],
        ),
    )
    denied, accepted = bulk.bulk_write.results
    assert not denied.was_successful
    assert denied.error_message
    assert accepted.was_successful


async def test_no_auth_mode(clock: ManualClock) -> None:
    async with Simulator(objects=1, clock=clock, require_auth=False) as simulator:
        channel = Channel(simulator.host, simulator.port)
        client = GatewayClient(channel, None)
        session = await client.open()
        assert (await client.ok(session, mx.PingCommand())).protocol_status.message
        channel.close()


async def test_configured_keys_and_token_format(clock: ManualClock) -> None:
    key = ApiKeySpec("ops", "s3cretvalue", scopes=frozenset({"session:open"}))
    assert key.token == "mxgw_ops_s3cretvalue"
    assert "s3cret" not in repr(key)
    assert ApiKeySpec.from_token(key.token).secret == "s3cretvalue"
    with pytest.raises(ValueError, match="key_id"):
        ApiKeySpec("bad_id", "secretsecret")
    with pytest.raises(ValueError, match="unknown scopes"):
        ApiKeySpec("ops", "secretsecret", scopes=frozenset({"everything"}))
    async with Simulator(objects=1, clock=clock, api_keys=[key]) as simulator:
        assert simulator.api_key == key.token
        channel = Channel(simulator.host, simulator.port)
        assert await GatewayClient(channel, key.token).open()
        channel.close()


async def test_tls_with_ca_file_and_server_name(clock: ManualClock, tmp_path: Any) -> None:
    ca = trustme.CA()
    cert = ca.issue_cert("gateway.example")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    async with Simulator(objects=1, clock=clock, tls_cert=cert_file, tls_key=key_file) as simulator:
        context = ssl.create_default_context()
        ca.configure_trust(context)
        context.set_alpn_protocols(["h2"])
        config = Configuration(ssl_target_name_override="gateway.example")
        channel = Channel(simulator.host, simulator.port, ssl=context, config=config)
        assert await GatewayClient(channel, simulator.api_key).open()
        channel.close()
        wrong_name = Channel(simulator.host, simulator.port, ssl=context)
        with pytest.raises(ssl.SSLCertVerificationError):
            await GatewayClient(wrong_name, simulator.api_key).open()
        wrong_name.close()


def test_tls_needs_both_files() -> None:
    with pytest.raises(ValueError, match="both"):
        Simulator(tls_cert="cert.pem")
