"""Secrets (an API key's secret part, AuthenticateUser passwords) never leave the process.

One run fails in as many ways as it can while every logger records at DEBUG; no
error message, repr, str or log record may contain a secret.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from typing import Any

import pytest

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.options import ClientOptions
from mxgateway.simulator import Simulator

PASSWORD = "Pa55-w0rd-never-shown"
WRONG_PASSWORD = "Wr0ng-pa55-never-shown"


def _secret(token: str) -> str:
    return token.split("_", 2)[2]


async def test_no_secret_in_any_error_repr_or_log_record(
    sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    revoked = sim.add_api_key(scopes={"session:open", "session:close", "invoke:read"})
    narrow = sim.add_api_key(scopes={"session:open", "session:close"})
    unknown = "mxgw_ghost_" + "G" * 24
    secrets = [_secret(sim.api_key), _secret(revoked), _secret(narrow), _secret(unknown)]
    secrets += [PASSWORD, WRONG_PASSWORD]
    shown: list[str] = []

    def record(exc: BaseException) -> None:
        shown.extend([str(exc), repr(exc), "".join(traceback.format_exception(exc))])

    options = ClientOptions(sim.endpoint, api_key=sim.api_key, plaintext=True)
    shown += [repr(options), str(options)]
    async with GatewayClient.connect(options) as client:
        shown += [repr(client), repr(client.transport)]
        async with await client.open_session("secrets") as session:
            shown.append(repr(session))
            server = await session.register("secrets")
            for password in (WRONG_PASSWORD, PASSWORD):
                try:
                    await session.authenticate_user(server, "operator", password)
                except errors.MxGatewayError as exc:
                    record(exc)
    for key in (unknown, revoked, narrow):
        async with GatewayClient.connect(endpoint=sim.endpoint, api_key=key, plaintext=True) as c:
            shown.append(repr(c))
            try:
                session = await c.open_session("denied")
                if key == revoked:
                    sim.revoke_api_key(key)
                await _fail_in_every_way(session)
            except errors.MxGatewayError as exc:
                record(exc)
    logged = [r.getMessage() for r in caplog.records]
    logged += [str(r.args) for r in caplog.records]
    logged += [caplog.text]
    assert len(shown) > 10
    for text in shown + logged:
        for secret in secrets:
            assert secret not in text


async def _fail_in_every_way(session: Any) -> None:
    async with session:
        for call in (session.ping, session.get_worker_info):
            with contextlib.suppress(errors.MxGatewayError):
                await call()
        async with session.events() as events:
            async for _ in events:
                break
