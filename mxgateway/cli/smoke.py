"""``smoke``: the end-to-end check of one gateway (or of the built-in simulator).

Open a session, register, add and advise an item, optionally write it, collect a
bounded number of events, and close the session in a ``finally``; then print one JSON
record. ``--simulate`` runs the same flow against an in-process simulator, so a fresh
machine can check its installation with no gateway and no credentials.
"""

import sys
from typing import TYPE_CHECKING, Annotated, Any, Final

from cyclopts import Parameter, validators

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.output import emit_json
from mxgateway.cli.params import TypeName
from mxgateway.cli.runner import Outcome, run

if TYPE_CHECKING:
    from mxgateway.options import ClientOptions
    from mxgateway.session import Session

__all__ = ["DEFAULT_ITEM", "smoke"]

#: The item the cross-language smoke tests use.
DEFAULT_ITEM: Final = "TestChildObject.TestInt"
#: Seconds to wait for the events (and a write's completion) without --timeout.
DEFAULT_WAIT: Final = 10.0


async def _close(session: "Session") -> str:
    """Close the session; the close reply's protocol status name (or the error's type)."""
    from mxgateway.errors import CommandError, MxGatewayError
    from mxgateway.wire.contract import mx

    try:
        await session.close("mxgw-py smoke done")
    except CommandError as exc:
        status = exc.protocol_status
        return (status.proto_name if status is not None else None) or type(exc).__name__
    except MxGatewayError as exc:
        return type(exc).__name__
    return mx.ProtocolStatusCode.OK.proto_name or "OK"


async def run_smoke(
    options: "ClientOptions",
    *,
    item: str,
    max_events: int,
    wait: float,
    write_value: str | None,
    type_name: str | None,
) -> Outcome:
    """The smoke flow against ``options``; the record and its exit code."""
    from mxgateway.cli.exit_codes import COMMAND_FAILED, OK
    from mxgateway.cli.jsonify import event_document
    from mxgateway.cli.streaming import consume_bounded
    from mxgateway.client import GatewayClient
    from mxgateway.values import parse_value

    value = parse_value(write_value, type_name) if write_value is not None else None
    events: list[dict[str, Any]] = []
    async with GatewayClient.connect(options) as client:
        session = await client.open_session("mxgw-py smoke")
        record: dict[str, Any] = {
            "language": "python",
            "operation": "smoke",
            "sessionId": session.session_id,
            "serverHandle": None,
            "itemHandle": None,
            "events": events,
        }
        try:
            server = record["serverHandle"] = await session.register("mxgw-py-smoke")
            handle = record["itemHandle"] = await session.add_item(server, item)
            async with session.events() as stream:
                await session.advise(server, handle)
                if write_value is not None:
                    completion = await session.write(
                        server, handle, value, type=type_name, wait=True, timeout=wait
                    )
                    assert completion is not None
                    record["write"] = event_document(completion)
                await consume_bounded(
                    stream,
                    lambda event: events.append(event_document(event)),
                    max_items=max_events,
                    timeout=wait,
                )
        finally:
            record["closeStatus"] = await _close(session)
    complete = len(events) >= max_events
    if not complete:
        print(
            f"mxgw-py: smoke: received {len(events)} of {max_events} events within {wait:g} s",
            file=sys.stderr,
        )
    closed = record["closeStatus"] == "PROTOCOL_STATUS_CODE_OK"
    return Outcome(record, OK if complete and closed else COMMAND_FAILED)


def smoke(
    *,
    simulate: Annotated[bool, Parameter(negative="")] = False,
    item: str = DEFAULT_ITEM,
    max_events: Annotated[int, Parameter(validator=validators.Number(gte=0))] = 1,
    write_value: Annotated[str | None, Parameter(show_default=False)] = None,
    type: TypeName = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Check a gateway (or an in-process simulator) end to end; print one JSON record.

    Parameters
    ----------
    simulate
        Run against an in-process simulator instead of --endpoint.
    item
        Item reference to advise (and write).
    max_events
        Events to collect before closing.
    write_value
        Value to write to the item after advising it (see --type).
    """

    async def work() -> Outcome:
        from mxgateway.cli.simulated import gateway_options

        async with gateway_options(common, simulate=simulate, streaming=True) as options:
            return await run_smoke(
                options,
                item=item,
                max_events=max_events,
                wait=common.timeout if common.timeout is not None else DEFAULT_WAIT,
                write_value=write_value,
                type_name=type,
            )

    return run(common, work, show=emit_json)
