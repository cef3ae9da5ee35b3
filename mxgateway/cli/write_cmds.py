"""Write commands (Write, Write2, WriteSecured, WriteSecured2) and AuthenticateUser.

Writes wait for their OnWriteComplete unless ``--no-wait`` (see the help in ``registry``).
"""

import sys
from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Parameter

from mxgateway.cli.common import DEFAULT_COMMON, Common
from mxgateway.cli.connect import explain_stream_taken, run_on_session
from mxgateway.cli.params import (
    ItemTarget,
    ServerTarget,
    TimestampText,
    TypeName,
    UserId,
    ValueText,
    VerifierUserId,
)
from mxgateway.cli.parsing import parse_timestamp

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from mxgateway.session import Session
    from mxgateway.session.events import WriteComplete

__all__ = ["authenticate_user", "write", "write2", "write_secured", "write_secured2"]

Wait = Annotated[
    bool,
    Parameter(
        help="Wait for the write's OnWriteComplete and fail if it reports failure "
        "(--no-wait: return once the gateway accepted the write)."
    ),
]
PlainUserId = Annotated[int, Parameter(help="User id recorded with the write (0: none).")]


def _write(
    common: Common,
    target: ItemTarget,
    value_text: str,
    type_name: str | None,
    call: "Callable[[Session, object, float], Awaitable[WriteComplete | None]]",
) -> int:
    """Parse the value, run one write (``call(session, value, timeout)``), print its outcome."""

    async def action(session: "Session") -> dict[str, Any]:
        from mxgateway.session import DEFAULT_WRITE_TIMEOUT
        from mxgateway.values import parse_value

        value = parse_value(value_text, type_name)
        timeout = common.timeout if common.timeout is not None else DEFAULT_WRITE_TIMEOUT
        with explain_stream_taken("write with --no-wait and read the outcome there"):
            completion = await call(session, value, timeout)
        document: dict[str, Any] = {**target.document(), "accepted": True}
        if completion is not None:
            document["writeComplete"] = completion.raw.to_dict()
        return document

    return run_on_session(common, target.session_id, action)


def write(
    *,
    target: ItemTarget,
    value: ValueText,
    type: TypeName = None,
    user_id: PlainUserId = 0,
    wait: Wait = True,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write a value to an advised item (Write)."""
    return _write(
        common,
        target,
        value,
        type,
        lambda s, v, t: s.write(
            target.server_handle,
            target.item_handle,
            v,
            user_id,
            type=type,
            wait=wait,
            timeout=t,
        ),
    )


def write2(
    *,
    target: ItemTarget,
    value: ValueText,
    type: TypeName = None,
    timestamp: TimestampText = None,
    user_id: PlainUserId = 0,
    wait: Wait = True,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write a value with a source timestamp (Write2)."""
    return _write(
        common,
        target,
        value,
        type,
        lambda s, v, t: s.write2(
            target.server_handle,
            target.item_handle,
            v,
            parse_timestamp(timestamp),
            user_id,
            type=type,
            wait=wait,
            timeout=t,
        ),
    )


def write_secured(
    *,
    target: ItemTarget,
    value: ValueText,
    current_user_id: UserId,
    verifier_user_id: VerifierUserId = 0,
    type: TypeName = None,
    wait: Wait = True,
    common: Common = DEFAULT_COMMON,
) -> int:
    """Write a SecuredWrite/VerifiedWrite attribute as an authenticated user (WriteSecured)."""
    return _write(
        common,
        target,
        value,
        type,
        lambda s, v, t: s.write_secured(
            target.server_handle,
            target.item_handle,
            v,
            current_user_id,
            verifier_user_id,
            type=type,
            wait=wait,
            timeout=t,
        ),
    )


def write_secured2(
    *,
    target: ItemTarget,
    value: ValueText,
    current_user_id: UserId,
    verifier_user_id: VerifierUserId = 0,
    type: TypeName = None,
    timestamp: TimestampText = None,
    wait: Wait = True,
    common: Common = DEFAULT_COMMON,
) -> int:
    """WriteSecured with a source timestamp (WriteSecured2)."""
    return _write(
        common,
        target,
        value,
        type,
        lambda s, v, t: s.write_secured2(
            target.server_handle,
            target.item_handle,
            v,
            parse_timestamp(timestamp),
            current_user_id,
            verifier_user_id,
            type=type,
            wait=wait,
            timeout=t,
        ),
    )


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
