"""API keys, scopes, constraints, no-auth mode and TLS."""

from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Any

import pytest
import trustme
from grpclib import GRPCError
from grpclib.client import Channel
from grpclib.config import Configuration
from grpclib.const import Status

from mxgateway.simulator import (
    ALL_SCOPES,
    ApiKeySpec,
    ManualClock,
    Simulator,
    SimulatorConfig,
)
from mxgateway.simulator.auth import DENIED_MESSAGE
from mxgateway.simulator.worker import kind_title
from mxgateway.wire.contract import gr, mx
from mxgateway.wire.envelope import command_request, reply_payload

from .conftest import GUARD, GatewayClient


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


#: BEHAVIOR.md's scope table for Invoke, written out by command kind.
_K = mx.MxCommandKind
_INVOKE_SCOPES = {
    _K.DRAIN_EVENTS: "events:read",
    **dict.fromkeys(
        (
            _K.REGISTER,
            _K.UNREGISTER,
            _K.ADD_ITEM,
            _K.ADD_ITEM2,
            _K.ADD_ITEM_BULK,
            _K.REMOVE_ITEM,
            _K.REMOVE_ITEM_BULK,
            _K.ADVISE,
            _K.ADVISE_SUPERVISORY,
            _K.ADVISE_ITEM_BULK,
            _K.UN_ADVISE,
            _K.UN_ADVISE_ITEM_BULK,
            _K.SUBSCRIBE_BULK,
            _K.UNSUBSCRIBE_BULK,
            _K.READ_BULK,
            _K.PING,
            _K.SUSPEND,
            _K.ACTIVATE,
            _K.ADD_BUFFERED_ITEM,
            _K.SET_BUFFERED_UPDATE_INTERVAL,
        ),
        "invoke:read",
    ),
    **dict.fromkeys((_K.WRITE, _K.WRITE2, _K.WRITE_BULK, _K.WRITE2_BULK), "invoke:write"),
    **dict.fromkeys(
        (
            _K.WRITE_SECURED,
            _K.WRITE_SECURED2,
            _K.WRITE_SECURED_BULK,
            _K.WRITE_SECURED2_BULK,
            _K.AUTHENTICATE_USER,
        ),
        "invoke:secure",
    ),
    _K.GET_SESSION_STATE: "metadata:read",
    _K.GET_WORKER_INFO: "metadata:read",
    # Unmapped: ShutdownWorker and the worker-side alarm commands.
    **dict.fromkeys(
        (
            _K.SHUTDOWN_WORKER,
            _K.SUBSCRIBE_ALARMS,
            _K.UNSUBSCRIBE_ALARMS,
            _K.ACKNOWLEDGE_ALARM,
            _K.ACKNOWLEDGE_ALARM_BY_NAME,
            _K.QUERY_ACTIVE_ALARMS,
        ),
        "admin",
    ),
}
_INVOKE_SCOPE_NAMES = set(_INVOKE_SCOPES.values())


def test_the_scope_table_covers_every_command_kind() -> None:
    assert set(_INVOKE_SCOPES) == set(mx.MxCommandKind) - {_K.UNSPECIFIED}


@pytest.mark.parametrize(("kind", "scope"), sorted(_INVOKE_SCOPES.items()), ids=str)
async def test_invoke_scope_table(
    gw: GatewayClient, sim: Simulator, kind: mx.MxCommandKind, scope: str
) -> None:
    command = getattr(mx, kind_title(kind) + "Command")()
    session = await gw.open()
    without = gw.with_token(sim.add_api_key(scopes=_INVOKE_SCOPE_NAMES - {scope}))
    error = await _status(without.invoke(session, command, kind=kind))
    assert error.status is Status.PERMISSION_DENIED
    assert error.message == DENIED_MESSAGE
    with_scope = gw.with_token(sim.add_api_key(scopes={scope}))
    reply = await with_scope.invoke(session, command, kind=kind)
    assert reply.protocol_status.code is not mx.ProtocolStatusCode.UNSPECIFIED


_GR_ROUTES = gr.GalaxyRepositoryBase().__mapping__()
_MAPPINGS = {**mx.MxAccessGatewayBase().__mapping__(), **_GR_ROUTES}
_MX = "/mxaccess_gateway.v1.MxAccessGateway/"
_RPC_SCOPES = {
    _MX + "OpenSession": "session:open",
    _MX + "CloseSession": "session:close",
    _MX + "Invoke": "invoke:read",  # for Ping; every kind is checked above
    _MX + "StreamEvents": "events:read",
    _MX + "AcknowledgeAlarm": "invoke:write",
    _MX + "StreamAlarms": "events:read",
    _MX + "QueryActiveAlarms": "events:read",
    **dict.fromkeys(_GR_ROUTES, "metadata:read"),
}
_REQUESTS: dict[str, Any] = {
    _MX + "Invoke": command_request("", "", mx.PingCommand()),
    _MX + "AcknowledgeAlarm": mx.AcknowledgeAlarmRequest(alarm_full_reference="x"),
    _MX + "QueryActiveAlarms": mx.QueryActiveAlarmsRequest(alarm_filter_prefix="NoSuchObject"),
}


async def _call_status(channel: Channel, route: str, metadata: dict[str, str]) -> Status:
    """The status of the call's first answer (OK when it sent a message or ended cleanly)."""
    handler = _MAPPINGS[route]
    request = _REQUESTS.get(route, handler.request_type())
    async with channel.request(
        route, handler.cardinality, handler.request_type, handler.reply_type, metadata=metadata
    ) as stream:
        await stream.send_message(request, end=True)
        try:
            message = await asyncio.wait_for(stream.recv_message(), GUARD)
        except GRPCError as error:
            return error.status
        if message is None or not handler.cardinality.server_streaming:
            await stream.recv_trailing_metadata()
        else:
            await stream.cancel()
    return Status.OK


def test_the_rpc_scope_table_covers_every_rpc() -> None:
    assert set(_RPC_SCOPES) == set(_MAPPINGS)


@pytest.mark.parametrize(("route", "scope"), sorted(_RPC_SCOPES.items()))
async def test_every_rpc_needs_a_key_and_its_scope(
    channel: Channel, sim: Simulator, route: str, scope: str
) -> None:
    assert await _call_status(channel, route, {}) is Status.UNAUTHENTICATED
    without = sim.add_api_key(scopes=ALL_SCOPES - {scope})
    denied = await _call_status(channel, route, {"authorization": f"Bearer {without}"})
    assert denied is Status.PERMISSION_DENIED
    only = sim.add_api_key(scopes={scope})
    allowed = await _call_status(channel, route, {"authorization": f"Bearer {only}"})
    assert allowed not in (Status.UNAUTHENTICATED, Status.PERMISSION_DENIED)


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
    first, second = reply_payload(reply, mx.BulkSubscribeReply).results
    assert not first.was_successful
    assert first.error_message
    assert second.was_successful
    read = await client.ok(
        session,
        mx.ReadBulkCommand(server_handle=server, tag_addresses=["TestMachine_003.TestInt"]),
    )
    assert not reply_payload(read, mx.BulkReadReply).results[0].was_successful


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
    denied, accepted = reply_payload(bulk, mx.BulkWriteReply).results
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


def test_config_and_hook_errors_never_show_secrets() -> None:
    key = ApiKeySpec("ops", "s3cretvalue")
    config = SimulatorConfig(api_keys=[key], users={"operator": "pw-very-secret"})
    assert "s3cretvalue" not in repr(config)
    assert "pw-very-secret" not in repr(config)
    simulator = Simulator(config)
    with pytest.raises(KeyError) as error:
        simulator.revoke_api_key("mxgw_ops_short")  # a malformed token: its tail may be a secret
    assert "short" not in str(error.value)
    with pytest.raises(KeyError, match="ghost"):
        simulator.revoke_api_key("mxgw_ghost_s3cretvalue")
    assert "s3cretvalue" not in repr(simulator)


async def test_no_api_key_in_debug_logs(
    clock: ManualClock, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("hpack.hpack", "hpack.table"):  # start from loggers no client has guarded
        monkeypatch.setattr(logging.getLogger(name), "filters", [])
    caplog.set_level(logging.DEBUG)
    async with Simulator(objects=1, clock=clock) as simulator:
        channel = Channel(simulator.host, simulator.port)
        assert await GatewayClient(channel, simulator.api_key).open()
        channel.close()
        secret = simulator.api_keys[0].secret
    assert any("authorization" in r.getMessage() for r in caplog.records)
    assert not [r.getMessage() for r in caplog.records if secret in r.getMessage()]
