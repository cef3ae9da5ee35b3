"""Write commands (Write, Write2, WriteSecured, WriteSecured2) and AuthenticateUser.

A write returns when the gateway accepts it, as MXAccess's and the seed client's do; its
outcome is an OnWriteComplete event. ``--wait`` also waits for that event: the command
attaches the session's event stream, sends the write, and reads the stream until this
write's final OnWriteComplete. Once the write was sent, a failed wait (stream refused or
lost, timeout) is reported as "accepted, outcome unknown" with its own exit code, never
as a failed write. Every argument is parsed and checked before connecting.
"""

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Parameter

from mxgateway.cli.common import DEFAULT_COMMON, OUTPUT, Common
from mxgateway.cli.connect import (
    explain_unknown_session,
    on_client,
    run_on_session,
)
from mxgateway.cli.params import (
    INT32,
    ItemTarget,
    ServerTarget,
    TimestampText,
    TypeName,
    UserId,
    ValueText,
    VerifierUserId,
)
from mxgateway.cli.parsing import parse_timestamp
from mxgateway.cli.runner import run

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Awaitable, Callable

    from mxgateway.client import GatewayClient
    from mxgateway.session import Session
    from mxgateway.session.events import WriteComplete
    from mxgateway.wire.contract import mx

__all__ = ["authenticate_user", "write", "write2", "write_secured", "write_secured2"]

Wait = Annotated[
    bool,
    Parameter(
        negative="--no-wait",
        help="Also wait for the write's OnWriteComplete and fail (exit 5) if it reports "
        "failure (exit 6: accepted, outcome unknown). This attaches the session's event "
        "stream (the gateway then closes the session 30 s after the command unless another "
        "stream attaches) and consumes the events queued for it. Default: return once the "
        "gateway accepted the write.",
    ),
]
Verbose = Annotated[
    bool,
    Parameter(
        negative="",
        group=OUTPUT,
        help="Print every field of the outcome (as --json does) instead of one line.",
    ),
]
PlainUserId = Annotated[
    int,
    Parameter(
        validator=INT32,
        help="User id recorded with the write (0: none).",
    ),
]


@dataclass(frozen=True)
class _Write:
    """One write, fully parsed before connecting: the value and how to send it."""

    target: ItemTarget
    value: object
    #: Sends the write with the given correlation id ("": one chosen by the session).
    send: "Callable[[Session, str], Awaitable[object]]"


def _document(write: _Write, completion: "WriteComplete | None") -> dict[str, Any]:
    from mxgateway.cli.jsonify import to_json

    document: dict[str, Any] = {**write.target.document(), "accepted": True}
    document["value"] = to_json(write.value)
    if completion is not None:
        document["writeComplete"] = completion.raw.to_dict()
    return document


async def _final_completion(
    session: "Session", events: "AsyncIterable[mx.MxEvent]", correlation_id: str
) -> "WriteComplete":
    """The final OnWriteComplete carrying ``correlation_id``, skipping every other event
    (queued older completions of the same item included)."""
    from mxgateway.errors import ConnectionLostError
    from mxgateway.session.events import WriteComplete, event_from_proto

    async for message in events:
        event = event_from_proto(message, session.tag_of)
        if (
            isinstance(event, WriteComplete)
            and not event.pending
            and event.correlation_id == correlation_id
        ):
            return event
    raise ConnectionLostError("the event stream ended before the write's OnWriteComplete")


async def _send_and_wait(session: "Session", write: _Write, timeout: float) -> "WriteComplete":
    """Send ``write`` with the event stream requested, then wait for its final OnWriteComplete.

    One StreamEvents call, never retried: a refusal (another process holds the stream) ends
    the wait at once instead of after retries, and the write was sent either way.
    """
    import asyncio

    from mxgateway.cli.outcome import WriteOutcomeUnknownError
    from mxgateway.errors import AlreadyExistsError, MxAccessError, MxGatewayError

    correlation_id = session.next_correlation_id()
    async with session.client.stream_events_raw(session.session_id) as events:
        await write.send(session, correlation_id)
        try:
            completion = await asyncio.wait_for(
                _final_completion(session, events, correlation_id), timeout
            )
        except TimeoutError:
            raise WriteOutcomeUnknownError(
                "the gateway accepted the write, but its outcome is unknown: no OnWriteComplete "
                f"within {timeout:g} s (--timeout); read the value before writing again"
            ) from None
        except MxGatewayError as exc:
            reason = (
                "another process, such as stream-events, holds the session's event stream"
                if isinstance(exc, AlreadyExistsError)
                else str(exc)
            )
            raise WriteOutcomeUnknownError(
                "the gateway accepted the write, but its outcome is unknown: waiting for its "
                f"OnWriteComplete failed ({reason}); read the value before writing again"
            ) from exc
    if completion.failed:
        raise MxAccessError(
            f"write to item {write.target.item_handle} failed (OnWriteComplete)",
            reply=completion.raw,
            hresult=completion.hresult or 0,
            statuses=completion.statuses,
        )
    return completion


def _show(verbose: bool) -> "Callable[[Any], None]":
    """How a write's document is printed for people: one line, or every field."""

    def show(document: dict[str, Any]) -> None:
        from mxgateway.cli.output import dumps
        from mxgateway.cli.render import show_document, show_line

        if verbose:
            show_document(document)
            return
        head = f"item {document['itemHandle']} = {dumps(document['value'])}"
        if "writeComplete" in document:
            show_line(f"written: {head} (OnWriteComplete OK)")
        else:
            show_line(
                f"accepted: {head} (the outcome arrives as an OnWriteComplete event; "
                "--wait waits for it)"
            )

    return show


def _run_write(
    common: Common,
    wait: bool,
    verbose: bool,
    prepare: "Callable[[], _Write]",
) -> int:
    """Prepare the write (parse and check every argument), connect, send it, print the outcome."""

    async def work() -> dict[str, Any]:
        from mxgateway.session import DEFAULT_WRITE_TIMEOUT

        write = prepare()
        timeout = common.timeout if common.timeout is not None else DEFAULT_WRITE_TIMEOUT

        async def action(client: "GatewayClient") -> dict[str, Any]:
            session = client.attach_session(write.target.session_id)
            with explain_unknown_session():
                if not wait:
                    await write.send(session, "")
                    return {"sessionId": session.session_id, **_document(write, None)}
                completion = await _send_and_wait(session, write, timeout)
                return {"sessionId": session.session_id, **_document(write, completion)}

        return await on_client(common, action)

    return run(common, work, show=_show(verbose))


def _parsed(value_text: str, type_name: str | None) -> object:
    """The value as the write will send it; a usage error (exit 2) when it does not fit."""
    from mxgateway.values import parse_value, to_mx_value

    value = parse_value(value_text, type_name)
    to_mx_value(value, type_name)
    return value


def write(
    *,
    target: ItemTarget,
    value: ValueText,
    type: TypeName = None,
    user_id: PlainUserId = 0,
    wait: Wait = False,
    verbose: Verbose = False,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write a value to an advised item (Write)."""

    def prepare() -> _Write:
        parsed = _parsed(value, type)
        return _Write(
            target,
            parsed,
            lambda s, cid: s.write(
                target.server_handle,
                target.item_handle,
                parsed,
                user_id,
                type=type,
                correlation_id=cid,
            ),
        )

    return _run_write(common, wait, verbose, prepare)


def write2(
    *,
    target: ItemTarget,
    value: ValueText,
    type: TypeName = None,
    timestamp: TimestampText = None,
    user_id: PlainUserId = 0,
    wait: Wait = False,
    verbose: Verbose = False,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write a value with a source timestamp (Write2)."""

    def prepare() -> _Write:
        parsed, stamp = _parsed(value, type), parse_timestamp(timestamp)
        return _Write(
            target,
            parsed,
            lambda s, cid: s.write2(
                target.server_handle,
                target.item_handle,
                parsed,
                stamp,
                user_id,
                type=type,
                correlation_id=cid,
            ),
        )

    return _run_write(common, wait, verbose, prepare)


def write_secured(
    *,
    target: ItemTarget,
    value: ValueText,
    current_user_id: UserId,
    verifier_user_id: VerifierUserId = 0,
    type: TypeName = None,
    wait: Wait = False,
    verbose: Verbose = False,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write a SecuredWrite/VerifiedWrite attribute as an authenticated user (WriteSecured)."""

    def prepare() -> _Write:
        parsed = _parsed(value, type)
        return _Write(
            target,
            parsed,
            lambda s, cid: s.write_secured(
                target.server_handle,
                target.item_handle,
                parsed,
                current_user_id,
                verifier_user_id,
                type=type,
                correlation_id=cid,
            ),
        )

    return _run_write(common, wait, verbose, prepare)


def write_secured2(
    *,
    target: ItemTarget,
    value: ValueText,
    current_user_id: UserId,
    verifier_user_id: VerifierUserId = 0,
    type: TypeName = None,
    timestamp: TimestampText = None,
    wait: Wait = False,
    verbose: Verbose = False,
    common: Common = DEFAULT_COMMON,
) -> int:
    """WriteSecured with a source timestamp (WriteSecured2)."""

    def prepare() -> _Write:
        parsed, stamp = _parsed(value, type), parse_timestamp(timestamp)
        return _Write(
            target,
            parsed,
            lambda s, cid: s.write_secured2(
                target.server_handle,
                target.item_handle,
                parsed,
                stamp,
                current_user_id,
                verifier_user_id,
                type=type,
                correlation_id=cid,
            ),
        )

    return _run_write(common, wait, verbose, prepare)


def read_password(user: str, env_name: str | None) -> str:
    """The password from ``env_name``, a silent prompt on a terminal, or one line of stdin."""
    import getpass
    import os

    from mxgateway.errors import InvalidArgumentError

    if env_name is not None:
        password = os.environ.get(env_name)
        if password is None:
            raise InvalidArgumentError(f"--password-env names {env_name}, which is not set")
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {user}: ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise InvalidArgumentError(
            "no password: set --password-env, type it at the prompt, or pipe it on stdin"
        )
    return line.rstrip("\r\n")


def authenticate_user(
    *,
    target: ServerTarget,
    user: str,
    password_env: Annotated[str | None, Parameter(show_default=False)] = None,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Authenticate a Galaxy user and print the user id; the password is never printed.

    Parameters
    ----------
    user
        Galaxy user name.
    password_env
        Environment variable holding the password.
    """
    secret: list[str] = []

    async def action(session: "Session") -> dict[str, Any]:
        password = read_password(user, password_env)
        secret.append(password)
        user_id = await session.authenticate_user(target.server_handle, user, password)
        return {"serverHandle": target.server_handle, "user": user, "userId": user_id}

    return run_on_session(common, target.session_id, action, secrets=secret)
