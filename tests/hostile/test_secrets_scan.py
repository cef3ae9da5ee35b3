"""No password or API-key secret anywhere an error or a message can surface.

Every failure below is scanned in its str, repr, args, every exception chained to it
(``__cause__``/``__context__``), its traceback formatted with local variables (what
``pytest -l`` and Sentry capture), the repr of the messages the client built, and
every log record at DEBUG. The failures: a wrong password and a password that is not
valid Unicode (the typed path and the raw path), a gateway echoing the refused key in
its error, and a gateway that drops the connection in the middle of AuthenticateUser.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig
from mxgateway.wire.contract import mx
from mxgateway.wire.envelope import command_request

from .gateway import HostileGateway

PASSWORD = "Pa55-w0rd-never-shown"
KEY = "mxgw_scan_" + "S3cr3tS3cr3tS3cr3tS3cr3t"
SECRETS = (PASSWORD, KEY.split("_", 2)[2])


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) not in seen:
            seen.add(id(current))
            yield current
            pending += [e for e in (current.__cause__, current.__context__) if e is not None]


def _surfaces(exc: BaseException) -> list[str]:
    """Every text a user, a log or an error tracker can get from ``exc``.

    The traceback starts below the test's own frame: the caller's variables (here the
    test's password) are the caller's business.
    """
    assert exc.__traceback__ is not None
    exc.with_traceback(exc.__traceback__.tb_next)
    texts = []
    for current in _chain(exc):
        texts += [str(current), repr(current), repr(current.args)]
        texts += [repr(getattr(current, name, None)) for name in ("message", "reply")]
    texts.append(
        "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    )
    return texts


def _assert_clean(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


async def test_passwords_never_surface(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clock = ManualClock(start=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    surfaced: list[str] = []
    async with (
        Simulator(SimulatorConfig(objects=3, clock=clock)) as sim,
        GatewayClient.connect(endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True) as c,
        await c.open_session("secrets") as session,
    ):
        server = await session.register("secrets")
        for password in (PASSWORD, PASSWORD + "\udcff"):
            with pytest.raises(errors.MxGatewayError) as failed:
                await session.authenticate_user(server, "operator", password)
            surfaced += _surfaces(failed.value)
        # The raw API with a password the codec cannot encode: no UnicodeEncodeError
        # (which holds the text) is raised or chained.
        command = mx.AuthenticateUserCommand(
            server_handle=server, user_name="operator", password=PASSWORD + "\udcff"
        )
        with pytest.raises(errors.InvalidArgumentError) as failed:
            await c.invoke_raw(command_request(session.session_id, "raw", command))
        assert not any(isinstance(e, UnicodeError) for e in _chain(failed.value))
        surfaced += _surfaces(failed.value)
    surfaced += [record.getMessage() for record in caplog.records] + [caplog.text]
    assert len(surfaced) > 10
    _assert_clean(surfaced)


async def _echo_key(stream: Any, request: Any) -> None:
    raise GRPCError(Status.UNAUTHENTICATED, f"key {KEY} is revoked")


async def _drop_mid_call(stream: Any, request: Any) -> None:
    stream._stream.connection._transport.abort()  # the gateway process dies


@pytest.mark.parametrize("behaviour", [_echo_key, _drop_mid_call], ids=["echo", "drop"])
async def test_keys_and_passwords_never_surface_from_a_failing_gateway(
    behaviour: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with HostileGateway() as gateway:
        gateway.on("Invoke", behaviour)
        async with GatewayClient.connect(
            endpoint=gateway.endpoint, api_key=KEY, plaintext=True, call_timeout=5
        ) as client:
            session = await client.open_session("secrets")
            with pytest.raises(errors.MxGatewayError) as failed:
                await session.authenticate_user(1, "operator", PASSWORD)
            surfaced = [*_surfaces(failed.value), repr(client), repr(client.transport)]
            with contextlib.suppress(errors.MxGatewayError, asyncio.TimeoutError):
                await asyncio.wait_for(session.close(), 2)
    surfaced += [record.getMessage() for record in caplog.records] + [caplog.text]
    _assert_clean(surfaced)
