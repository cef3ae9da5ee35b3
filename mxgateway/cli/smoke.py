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
from mxgateway.cli.params import ItemReference, TypeName
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


def _report(record: dict[str, Any], target: str, wait: float, max_events: int) -> list[str]:
    """The smoke record for people: a verdict line naming what was checked, then one line each."""
    from mxgateway.cli.render import cell
    from mxgateway.values import quality_is_good

    events = record["events"]
    changes = [e for e in events if "value" in e and e.get("itemHandle") == record["itemHandle"]]
    closed = record.get("closeStatus") == "PROTOCOL_STATUS_CODE_OK"
    complete = len(events) >= max_events
    if changes:
        quality = int(changes[0].get("quality", 0))
        verdict = "good" if quality_is_good(quality) else "NOT good"
        value = f"{cell(changes[0]['value'])} (quality {quality}: {verdict})"
    else:
        value = "no data change received"
    failed = [name for name, ok in (("events", complete), ("close", closed)) if not ok]
    head = "OK" if not failed else f"FAILED ({', '.join(failed)})"
    lines = [
        f"{head}: smoke test of {target}: session, tag, value and quality, events, close",
        f"  session  {record['sessionId']} opened",
        f"  tag      {record['item']} added (item handle {record['itemHandle']}) and advised",
        f"  value    {value}",
    ]
    if "write" in record:
        lines.append(f"  write    {cell(record['writeValue'])} written (OnWriteComplete OK)")
    lines += [
        f"  events   {len(events)} of {max_events} within {wait:g} s",
        f"  close    {(record.get('closeStatus') or '-').removeprefix('PROTOCOL_STATUS_CODE_')}",
    ]
    return lines


def smoke(
    *,
    simulate: Annotated[bool, Parameter(negative="")] = False,
    item: ItemReference = DEFAULT_ITEM,
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
    max_events
        Events to collect before closing.
    write_value
        Value to write to the item after advising it (see --type).
    """

    wait = common.timeout if common.timeout is not None else DEFAULT_WAIT
    target = ["the built-in simulator" if simulate else common.endpoint]

    async def work() -> Outcome:
        from mxgateway.cli.simulated import gateway_options
        from mxgateway.errors import MxGatewayError

        try:
            async with gateway_options(common, simulate=simulate, streaming=True) as options:
                if simulate:
                    target[0] = f"the built-in simulator at {options.endpoint}"
                return await run_smoke(
                    options,
                    item=item,
                    max_events=max_events,
                    wait=wait,
                    write_value=write_value,
                    type_name=type,
                )
        except MxGatewayError:
            if not common.json:
                from mxgateway.cli.render import show_line

                show_line(f"FAILED: smoke test of {target[0]} (the error follows on stderr)")
            raise

    def show(record: dict[str, Any]) -> None:
        from mxgateway.cli.render import show_line

        shown = {**record, "item": item, "writeValue": write_value}
        for line in _report(shown, target[0], wait, max_events):
            show_line(line)

    return run(common, work, show=show)
