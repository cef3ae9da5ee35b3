"""Every bad-argument case of the robustness audit, and how to run one and classify it.

Each ``Case`` calls the public API (against the simulator, for calls that need a
session) with one bad argument. A correct client raises ``InvalidArgumentError``
naming the argument (``named``), before anything reaches the wire; the other outcomes
are ``unnamed`` (the right type without the name), ``other-error``, ``raw-exception``
and ``accepted`` (silently taken). ``python -m tests.hostile.audit`` prints the counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, Final

from mxgateway import errors
from mxgateway.client import GatewayClient
from mxgateway.options import ClientOptions
from mxgateway.session import Session
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig
from mxgateway.values import to_mx_value

__all__ = ["CASES", "OUTCOMES", "Case", "Target", "classify", "target"]

#: What ``classify`` can report.
OUTCOMES: Final = ("named", "unnamed", "other-error", "raw-exception", "accepted")
#: A lone surrogate: what ``os.fsdecode`` makes of an undecodable byte.
LONE: Final = "\udcff"
PASSWORD: Final = "Pa55" + LONE + "w0rd"
TAG: Final = "TestMachine_001.TestInt"


@dataclasses.dataclass
class Target:
    """What the cases call: a client and an open, registered session on a simulator."""

    client: GatewayClient
    session: Session
    endpoint: str


@asynccontextmanager
async def target() -> AsyncIterator[Target]:
    """A simulator with a connected client and an open, registered session."""
    clock = ManualClock(start=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    async with (
        Simulator(SimulatorConfig(objects=3, clock=clock)) as sim,
        GatewayClient.connect(
            endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True, call_timeout=10
        ) as client,
        await client.open_session("bad-arguments") as session,
    ):
        await session.ensure_registered()
        yield Target(client, session, sim.endpoint)


@dataclasses.dataclass(frozen=True)
class Case:
    """One bad argument: the call, and the names a message may use for the argument."""

    name: str
    call: Callable[[Target], Awaitable[object] | object]
    argument: tuple[str, ...]


async def classify(case: Case, on: Target) -> tuple[str, str]:
    """Run ``case``: (outcome, detail)."""
    try:
        result = case.call(on)
        if isinstance(result, Awaitable):
            await result
    except errors.InvalidArgumentError as exc:
        text = str(exc)
        if LONE in text or PASSWORD in text:
            return "unnamed", f"the message echoes the bad text: {text!r}"
        if any(name in text for name in case.argument):
            return "named", text
        return "unnamed", text
    except errors.MxGatewayError as exc:
        return "other-error", f"{type(exc).__name__}: {exc}"
    except Exception as exc:
        return "raw-exception", f"{type(exc).__name__}: {exc}"[:200].encode(
            "utf-8", "backslashreplace"
        ).decode()
    return "accepted", "no error"


def _options(**kwargs: Any) -> Callable[[Target], object]:
    return lambda on: ClientOptions(**{"endpoint": "gateway.local:5120", **kwargs})


CASES: Final[tuple[Case, ...]] = (
    # lone surrogates (UnicodeEncodeError from the codec before) ------------------------
    Case("surrogate tag in read", lambda on: on.session.read([LONE]), ("tag_addresses[0]",)),
    Case(
        "surrogate tag in subscribe",
        lambda on: on.session.subscribe([TAG, LONE]),
        ("tag_addresses[1]",),
    ),
    Case("surrogate tag in write", lambda on: on.session.write_tag(LONE, 1), ("tag",)),
    Case(
        "blank tag in read",
        lambda on: on.session.read([TAG, TAG, " \t"]),
        ("tag_addresses[2]", "empty"),
    ),
    Case(
        "surrogate session name",
        lambda on: on.client.open_session(LONE),
        ("client_session_name",),
    ),
    Case("surrogate client name", lambda on: on.session.register(LONE), ("client_name",)),
    Case(
        "surrogate alarm reference",
        lambda on: on.client.acknowledge_alarm("Galaxy!" + LONE),
        ("reference",),
    ),
    Case(
        "surrogate alarm comment",
        lambda on: on.client.acknowledge_alarm("Galaxy!Area.Alarm", comment=LONE),
        ("comment",),
    ),
    Case(
        "surrogate password",
        lambda on: on.session.authenticate_user(1, "operator", PASSWORD),
        ("password",),
    ),
    Case(
        "surrogate bulk value",
        lambda on: on.session.write_bulk(1, [(1, LONE)]),
        ("entries[0]",),
    ),
    Case("surrogate string value", lambda on: to_mx_value(LONE), ("string",)),
    # None, generators and strings as lists -------------------------------------------
    Case("None as bulk entries", lambda on: on.session.write_bulk(1, None), ("entries",)),
    Case(
        "generator as bulk entries",
        lambda on: on.session.write_bulk(1, (entry for entry in [(1, 1)])),
        ("entries",),
    ),
    Case(
        "string as bulk entries",
        lambda on: on.session.write_bulk(1, "abc"),
        ("entries",),
    ),
    Case(
        "None as a bulk timestamp",
        lambda on: on.session.write2_bulk(1, [(1, 1, None)]),
        ("entries[0]",),
    ),
    Case("None as tags", lambda on: on.session.read(None), ("tag_addresses",)),
    Case("generator as tags", lambda on: on.session.read(t for t in [TAG]), ("tag_addresses",)),
    Case("string as tags", lambda on: on.session.subscribe(TAG), ("tag_addresses",)),
    # names that are not strings -----------------------------------------------------------
    Case("int tag", lambda on: on.session.read([1]), ("tag_addresses[0]",)),
    Case("None session name", lambda on: on.client.open_session(None), ("client_session_name",)),
    Case("int session name", lambda on: on.client.open_session(7), ("client_session_name",)),
    Case("None client name", lambda on: on.session.register(None), ("client_name",)),
    Case("None item", lambda on: on.session.add_item(1, None), ("item_definition",)),
    Case("None alarm reference", lambda on: on.client.acknowledge_alarm(None), ("reference",)),
    Case("int alarm prefix", lambda on: on.client.query_active_alarms(5), ("prefix",)),
    Case("int endpoint", _options(endpoint=5120), ("endpoint",)),
    Case("int server name", _options(server_name_override=5), ("server_name_override",)),
    Case("overlong host name", _options(endpoint="h" * 64 + ".plant:5120"), ("endpoint",)),
    # silently accepted before ---------------------------------------------------------
    Case('plaintext="no"', _options(plaintext="no"), ("plaintext",)),
    Case("plaintext=1", _options(plaintext=1), ("plaintext",)),
    Case("None as an int32", lambda on: to_mx_value(None, "int32"), ("value",)),
    Case("2**60+1 as a double", lambda on: to_mx_value(2**60 + 1, "double"), ("double",)),
    Case("2**24+1 as a float", lambda on: to_mx_value(2**24 + 1, "float"), ("float",)),
    Case('write_tag(wait="no")', lambda on: on.session.write_tag(TAG, 1, wait="no"), ("wait",)),
    Case('write(wait="no")', lambda on: on.session.write(1, 1, 5, wait="no"), ("wait",)),
    Case("timeout as text", lambda on: on.session.write_tag(TAG, 1, timeout="5"), ("timeout",)),
    Case("timeout_ms as text", lambda on: on.session.read([TAG], timeout_ms="5"), ("timeout_ms",)),
    # sizes, checked before encoding ---------------------------------------------------
    Case(
        "2 M element array write",
        lambda on: on.session.write_tag(TAG, list(range(2_000_000)), type="int32[]"),
        ("elements",),
    ),
    Case(
        "6000 tags in one read",
        lambda on: on.session.read([TAG] * 6000),
        ("tag_addresses",),
    ),
)
