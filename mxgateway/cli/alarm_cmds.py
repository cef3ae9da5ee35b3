"""Alarm commands (session-less): query, stream and acknowledge alarms."""

from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Parameter

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.connect import on_client
from mxgateway.cli.runner import run
from mxgateway.cli.stream_cmds import MaxMessages

if TYPE_CHECKING:
    from mxgateway.client import GatewayClient

__all__ = ["acknowledge_alarm", "query_alarms", "stream_alarms"]

FilterPrefix = Annotated[
    str,
    Parameter(help="Only alarms whose full reference starts with this (e.g. Galaxy!TestArea)."),
]


def query_alarms(*, filter_prefix: FilterPrefix = "", common: Common = DEFAULT_COMMON) -> int:
    """Print the currently active alarms (a snapshot)."""

    async def action(client: "GatewayClient") -> dict[str, Any]:
        alarms = await client.query_active_alarms(filter_prefix)
        return {"alarms": [alarm.raw.to_dict() for alarm in alarms]}

    return run(common, lambda: on_client(common, action), show=_show_alarms)


def _show_alarms(document: dict[str, Any]) -> None:
    from mxgateway.cli.render import show_document

    columns = ("alarmFullReference", "alarmTypeName", "conditionState", "rawSeverity",
               "originalRaiseTimestamp", "currentValue")  # fmt: skip
    show_document(document, {"alarms": columns})


def stream_alarms(
    *,
    max_messages: MaxMessages = None,
    filter_prefix: FilterPrefix = "",
    common: Common = DEFAULT_COMMON,
) -> int:
    """Print the live alarm feed until --max-messages or --timeout."""

    async def action(client: "GatewayClient") -> None:
        from mxgateway.cli.jsonify import alarm_document
        from mxgateway.cli.render import alarm_line
        from mxgateway.cli.streaming import print_stream

        async with client.stream_alarms(filter_prefix) as feed:
            await print_stream(feed, common, alarm_document, alarm_line, max_items=max_messages)

    return run(common, lambda: on_client(common, action, streaming=True))


def acknowledge_alarm(
    *,
    reference: str,
    comment: str = "",
    operator: str = "",
    operator_node: str = "",
    common: Common = DEFAULT_COMMON,
) -> int:
    """Acknowledge an alarm by its full reference.

    Parameters
    ----------
    reference
        Full alarm reference, e.g. Galaxy!TestArea.TestMachine_001.TestAlarm001.
    comment
        Acknowledgement comment (up to 256 characters).
    operator
        Operator user recorded with the acknowledgement.
    operator_node
        Operator node (computer) recorded with the acknowledgement.
    """

    async def action(client: "GatewayClient") -> dict[str, Any]:
        from mxgateway.cli.jsonify import acknowledge_document

        result = await client.acknowledge_alarm(
            reference, comment=comment, operator_user=operator, operator_node=operator_node
        )
        return {"reference": reference, **acknowledge_document(result)}

    return run(common, lambda: on_client(common, action))
