"""Session commands: open and close a session, register, items, advise, ping and state.

Every command but ``open-session`` names its session with ``--session-id`` and leaves
it open, so a shell script can chain ``open-session``, ``register``, ``add-item`` ...
``close-session`` across processes.
"""

from typing import TYPE_CHECKING, Any

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.connect import explain_unknown_session, on_client, run_on_session
from mxgateway.cli.params import ItemReference, ItemTarget, ServerTarget, SessionId
from mxgateway.cli.runner import run

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from mxgateway.client import GatewayClient
    from mxgateway.session import Session

__all__ = [
    "add_item",
    "advise",
    "advise_supervisory",
    "close_session",
    "open_session",
    "ping",
    "register",
    "remove_item",
    "session_state",
    "unadvise",
    "unregister",
    "worker_info",
]


def open_session(*, name: str = "mxgw-py", common: Common = DEFAULT_COMMON) -> int:
    """Open a gateway session and print its reply; the session stays open.

    Parameters
    ----------
    name
        Client session name the gateway records.
    """

    async def action(client: "GatewayClient") -> dict[str, Any]:
        session = await client.open_session(name)
        document: dict[str, Any] = session.open_reply.to_dict()
        return document

    return run(common, lambda: on_client(common, action))


def close_session(
    *, session_id: SessionId, reason: str = "", common: Common = DEFAULT_COMMON
) -> int:
    """Close a gateway session; prints its final state.

    Parameters
    ----------
    reason
        Why the session is closed (recorded by the gateway).
    """

    async def action(client: "GatewayClient") -> dict[str, Any]:
        with explain_unknown_session():
            reply = await client.close_session_raw(session_id, reason=reason)
        return {"sessionId": session_id, **reply.to_dict()}

    return run(common, lambda: on_client(common, action))


def register(
    *, session_id: SessionId, client_name: str = "mxgw-py", common: Common = DEFAULT_COMMON
) -> int:
    """Register with MXAccess (LMXProxyServer) and print the server handle.

    Parameters
    ----------
    client_name
        Client name MXAccess records for this registration.
    """

    async def action(session: "Session") -> dict[str, Any]:
        return {"serverHandle": await session.register(client_name)}

    return run_on_session(common, session_id, action)


def unregister(*, target: ServerTarget, common: Common = DEFAULT_COMMON) -> int:
    """Unregister a server handle (after removing its items)."""

    async def action(session: "Session") -> dict[str, Any]:
        await session.unregister(target.server_handle)
        return {"serverHandle": target.server_handle, "ok": True}

    return run_on_session(common, target.session_id, action)


def add_item(*, target: ServerTarget, item: ItemReference, common: Common = DEFAULT_COMMON) -> int:
    """Add an item (AddItem) and print its item handle."""

    async def action(session: "Session") -> dict[str, Any]:
        handle = await session.add_item(target.server_handle, item)
        return {"serverHandle": target.server_handle, "itemDefinition": item, "itemHandle": handle}

    return run_on_session(common, target.session_id, action)


def _item_command(
    common: Common,
    target: ItemTarget,
    call: "Callable[[Session], Callable[[int, int], Awaitable[None]]]",
) -> int:
    """Run one (server handle, item handle) command that returns nothing."""

    async def action(session: "Session") -> dict[str, Any]:
        await call(session)(target.server_handle, target.item_handle)
        return {**target.document(), "ok": True}

    return run_on_session(common, target.session_id, action)


def remove_item(*, target: ItemTarget, common: Common = DEFAULT_COMMON) -> int:
    """Remove an item (RemoveItem; unadvise it first)."""
    return _item_command(common, target, lambda s: s.remove_item)


def advise(*, target: ItemTarget, common: Common = DEFAULT_COMMON) -> int:
    """Advise an item: start its data-change events."""
    return _item_command(common, target, lambda s: s.advise)


def advise_supervisory(*, target: ItemTarget, common: Common = DEFAULT_COMMON) -> int:
    """Advise an item as a supervisory (non-operator) client."""
    return _item_command(common, target, lambda s: s.advise_supervisory)


def unadvise(*, target: ItemTarget, common: Common = DEFAULT_COMMON) -> int:
    """Stop an item's data-change events (UnAdvise)."""
    return _item_command(common, target, lambda s: s.unadvise)


def ping(*, session_id: SessionId, common: Common = DEFAULT_COMMON) -> int:
    """Ping the session's worker (also extends the session lease)."""

    async def action(session: "Session") -> dict[str, Any]:
        await session.ping()
        return {"ok": True}

    return run_on_session(common, session_id, action)


def session_state(*, session_id: SessionId, common: Common = DEFAULT_COMMON) -> int:
    """Print the gateway's state of a session (READY, FAULTED, CLOSED)."""

    async def action(session: "Session") -> dict[str, Any]:
        return {"state": (await session.get_session_state()).proto_name}

    return run_on_session(common, session_id, action)


def worker_info(*, session_id: SessionId, common: Common = DEFAULT_COMMON) -> int:
    """Print the session worker's process id, version and protocol version."""

    async def action(session: "Session") -> dict[str, Any]:
        info = await session.get_worker_info()
        return {
            "processId": info.process_id,
            "workerVersion": info.worker_version,
            "workerProtocolVersion": info.worker_protocol_version,
        }

    return run_on_session(common, session_id, action)
