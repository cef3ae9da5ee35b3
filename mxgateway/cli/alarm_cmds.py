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

#: The seed CLI's --session-id on session-less alarm commands: the contract accepts and
#: ignores a session id there, so scripts that pass one keep working.
IgnoredSessionId = Annotated[
    str | None,
    Parameter(
        show_default=False,
        help="Accepted for scripts written for the seed client and ignored: alarms are "
        "session-less.",
    ),
]

FilterPrefix = Annotated[
    str,
    Parameter(
        help="Only alarms whose full reference starts with this (e.g. 'Galaxy!TestArea': "
        "quote it, bash expands !)."
    ),
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
    session_id: IgnoredSessionId = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Print the live alarm feed until --max-messages or --timeout."""

    async def action(client: "GatewayClient") -> None:
        from mxgateway.cli.jsonify import alarm_document
        from mxgateway.cli.render import alarm_line
        from mxgateway.cli.streaming import print_stream

        async with client.stream_alarms(filter_prefix) as feed:
            await print_stream(
                feed,
                common,
                alarm_document,
                alarm_line,
                max_items=max_messages,
                noun="alarm messages",
            )

    return run(common, lambda: on_client(common, action, streaming=True))


def acknowledge_alarm(
    *,
    reference: Annotated[str, Parameter(name=["--reference", "--alarm-reference"])],
    comment: str = "",
    operator: str = "",
    operator_node: str = "",
    session_id: IgnoredSessionId = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Acknowledge an alarm by its full reference.

    Parameters
    ----------
    reference
        Full alarm reference, e.g. 'Galaxy!TestArea.TestMachine_001.TestAlarm001' (quote it:
        interactive bash expands !). --alarm-reference is the seed client's name for it.
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
