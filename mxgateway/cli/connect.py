"""Connecting a command to the gateway: a client, or a client bound to an existing session."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Final, TypeVar

from mxgateway.cli.runner import run

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterable, Iterator

    from mxgateway.cli.common import Common
    from mxgateway.client import GatewayClient
    from mxgateway.galaxy import GalaxyRepositoryClient
    from mxgateway.session import Session

__all__ = [
    "SESSION_GONE",
    "explain_stream_taken",
    "explain_unknown_session",
    "on_client",
    "on_galaxy",
    "on_session",
    "run_on_session",
]

T = TypeVar("T")

#: Why a session id a script still holds may be unknown to the gateway.
SESSION_GONE: Final = (
    " (a session ends when closed, after 30 min without calls, or 30 s after its last event "
    "stream ended, e.g. of stream-events or a waiting write, unless another one attached)"
)


@contextlib.contextmanager
def explain_stream_taken(advice: str) -> Iterator[None]:
    """Add who holds the event stream, and ``advice``, to a second subscriber's refusal."""
    from mxgateway.errors import AlreadyExistsError

    try:
        yield
    except AlreadyExistsError as exc:
        exc.args = (
            f"{exc} (another process, such as stream-events, holds this session's event "
            f"stream: {advice})",
        )
        raise


@contextlib.contextmanager
def explain_unknown_session() -> Iterator[None]:
    """Add ``SESSION_GONE`` to an unknown-session error (a common surprise across processes)."""
    from mxgateway.errors import NotFoundError, SessionClosedError

    try:
        yield
    except (NotFoundError, SessionClosedError) as exc:
        exc.args = (f"{exc}{SESSION_GONE}",)
        raise


async def on_client(
    common: Common, action: Callable[[GatewayClient], Awaitable[T]], *, streaming: bool = False
) -> T:
    """Run ``action`` with a connected ``GatewayClient`` (closed afterwards).

    ``streaming``: ``--timeout`` is the command's listening time, not a call limit.
    """
    from mxgateway.client import GatewayClient

    async with GatewayClient.connect(common.client_options(streaming=streaming)) as client:
        return await action(client)


async def on_session(
    common: Common, session_id: str, action: Callable[[Session], Awaitable[dict[str, Any]]]
) -> dict[str, Any]:
    """Run ``action`` on an existing gateway session (left open); its document with ``sessionId``.

    Each command runs in its own process, so it attaches to the session opened by
    ``open-session`` instead of opening one.
    """

    async def attached(client: GatewayClient) -> dict[str, Any]:
        session = client.attach_session(session_id)
        with explain_unknown_session():
            return {"sessionId": session_id, **await action(session)}

    return await on_client(common, attached)


async def on_galaxy(
    common: Common,
    action: Callable[[GalaxyRepositoryClient], Awaitable[T]],
    *,
    streaming: bool = False,
) -> T:
    """Run ``action`` with a connected ``GalaxyRepositoryClient`` (see ``on_client``)."""
    from mxgateway.galaxy import GalaxyRepositoryClient

    async with GalaxyRepositoryClient.connect(common.client_options(streaming=streaming)) as client:
        return await action(client)


def run_on_session(
    common: Common,
    session_id: str,
    action: Callable[[Session], Awaitable[dict[str, Any]]],
    *,
    show: Callable[[Any], None] | None = None,
    secrets: Iterable[str] = (),
) -> int:
    """Run a command's ``action`` on an existing session; its exit code (see ``run``)."""
    return run(common, lambda: on_session(common, session_id, action), show=show, secrets=secrets)
