"""``stream-events``: a session's events, printed as they arrive, until a limit is reached."""

from typing import TYPE_CHECKING, Annotated

from cyclopts import Parameter, validators

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.connect import explain_stream_taken, explain_unknown_session, on_client
from mxgateway.cli.params import SessionId
from mxgateway.cli.runner import run

if TYPE_CHECKING:
    from mxgateway.client import GatewayClient

__all__ = ["MaxMessages", "stream_events"]

MaxMessages = Annotated[
    int | None,
    Parameter(
        show_default=False,
        validator=validators.Number(gte=1),
        help="Stop after this many messages (default: no limit; --timeout bounds the time).",
    ),
]


def stream_events(
    *,
    session_id: SessionId,
    max_events: MaxMessages = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Print a session's events as they arrive, until --max-events or --timeout."""

    async def action(client: "GatewayClient") -> None:
        from mxgateway.cli.jsonify import event_document
        from mxgateway.cli.render import event_line
        from mxgateway.cli.streaming import print_stream

        session = client.attach_session(session_id)
        with explain_unknown_session(), explain_stream_taken("one subscriber per session"):
            async with session.events() as events:
                await print_stream(
                    events, common, event_document, event_line, max_items=max_events, noun="events"
                )

    return run(common, lambda: on_client(common, action, streaming=True))
