"""What a failed command means for the person who typed it: options named, next step given.

The library's messages name its own arguments (``ca_file``) and describe the failure;
on the command line the same failure needs the option that was typed (``--ca-file``)
and, for the usual first-run mistakes (TLS against a plaintext gateway, no API key, a
peer that never answers), what to do about it. ``explain`` adds that to an error's
message; ``error_details`` adds what MXAccess reported to the ``--json`` error document.
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any, Final

from mxgateway.cli.common import DEFAULT_API_KEY_ENV, PLAINTEXT_ENV

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from mxgateway.cli.common import Common

__all__ = [
    "COMMAND_OPTIONS",
    "CONNECTION_OPTIONS",
    "error_details",
    "explain",
    "rename",
    "with_option_names",
]

#: ``ClientOptions`` argument names and the command-line options that set them.
CONNECTION_OPTIONS: Final = {
    "endpoint": "--endpoint",
    "api_key": "--api-key",
    "plaintext": f"--plaintext (or {PLAINTEXT_ENV})",
    "ca_file": "--ca-file",
    "server_name_override": "--server-name-override",
    "call_timeout": "--timeout",
    "connect_timeout": "--timeout",
}


#: Library argument names that reach a message, and the options of the commands that set them.
COMMAND_OPTIONS: Final = {
    **CONNECTION_OPTIONS,
    "item_definition": "--item",
    "tag_addresses": "--items",
    "item_handles": "--item-handles",
    "server_handle": "--server-handle",
    "item_handle": "--item-handle",
    "user_id": "--user-id",
    "current_user_id": "--current-user-id",
    "verifier_user_id": "--verifier-user-id",
    "client_name": "--client-name",
    "user_name": "--user",
    "operator_node": "--operator-node",
    "timeout_ms": "--timeout-ms",
    "max_depth": "--max-depth",
}


def rename(text: str, names: Mapping[str, str]) -> str:
    """``text`` with each library argument name of ``names`` replaced by its option; quoted
    values ('...', as messages show what was given) are left as they are."""
    if not names:
        return text
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    parts = re.split(r"('[^']*')", text)
    return "".join(
        part if index % 2 else pattern.sub(lambda match: names[match.group(1)], part)
        for index, part in enumerate(parts)
    )


@contextlib.contextmanager
def with_option_names(names: Mapping[str, str]) -> Iterator[None]:
    """Re-raise a client-side ``InvalidArgumentError`` with argument names as options."""
    from mxgateway.errors import InvalidArgumentError

    try:
        yield
    except InvalidArgumentError as exc:
        if exc.grpc_status is None:
            exc.args = (rename(str(exc), names),)
        raise


def _chain_text(exc: BaseException) -> str:
    """The messages of ``exc`` and of every exception it was raised from."""
    texts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts.append(str(current))
        current = current.__cause__ or current.__context__
    return " ".join(texts)


def _timeouts(common: Common) -> str:
    """The connect and call timeouts the command used, as text."""
    from mxgateway.errors import MxGatewayError

    try:
        options = common.client_options()
    except MxGatewayError:
        return "--timeout sets the limits"
    call = f"{options.call_timeout:g} s" if options.call_timeout is not None else "none"
    return (
        f"connect timeout {options.connect_timeout:g} s, call timeout {call}; --timeout sets both"
    )


def _key_hint(common: Common) -> str:
    if common.api_key is not None:
        return "check the key given with --api-key"
    if common.api_key_env is not None:
        return f"check the key in {common.api_key_env}"
    return (
        f"no key was sent: set {DEFAULT_API_KEY_ENV} and use --api-key-env {DEFAULT_API_KEY_ENV}"
        " (or --api-key KEY)"
    )


def explain(exc: BaseException, common: Common) -> str:
    """The message for ``exc`` when it ends a command run with ``common``'s options."""
    from mxgateway import errors

    text = str(exc) or type(exc).__name__
    endpoint = common.endpoint
    if isinstance(exc, errors.InvalidArgumentError) and exc.grpc_status is None:
        return rename(text, COMMAND_OPTIONS)
    if isinstance(exc, errors.AuthenticationError):
        if common.api_key is None and common.api_key_env is None:
            return (
                f"the gateway at {endpoint} requires an API key: set {DEFAULT_API_KEY_ENV} and "
                f"use --api-key-env {DEFAULT_API_KEY_ENV} (or --api-key KEY)"
            )
        return f"{text}: {_key_hint(common)}"
    if not isinstance(exc, errors.TransportError):
        return text
    chain = _chain_text(exc)
    if "WRONG_VERSION_NUMBER" in chain or "record layer failure" in chain:
        return (
            f"{text} -- the gateway at {endpoint} does not speak TLS: if it runs without TLS "
            f"(as mxgw-py simulate does), add --plaintext or set {PLAINTEXT_ENV}=1"
        )
    if "CERTIFICATE_VERIFY_FAILED" in chain:
        return (
            f"{text} -- the gateway's certificate is not trusted: give its CA with --ca-file "
            "(and --server-name-override when the certificate names another host)"
        )
    closed = isinstance(exc, errors.ConnectionLostError) or (
        isinstance(exc, errors.GatewayUnavailableError)
        and any(word in chain.lower() for word in ("handshake", "closed", "reset"))
    )
    if closed and common.use_plaintext():
        return (
            f"{text} -- if the gateway at {endpoint} uses TLS, connect without --plaintext "
            f"(and without {PLAINTEXT_ENV})"
        )
    if endpoint not in text:
        text = f"{text} (endpoint {endpoint})"
    if isinstance(exc, errors.GatewayTimeoutError):
        return f"{text}: no answer in time ({_timeouts(common)})"
    return text


def error_details(exc: BaseException) -> dict[str, Any]:
    """Fields the ``--json`` error document adds for ``exc``: what MXAccess reported, or that
    a write was accepted although its outcome is unknown."""
    from mxgateway.cli.outcome import WriteOutcomeUnknownError
    from mxgateway.errors import MxAccessError

    if isinstance(exc, WriteOutcomeUnknownError):
        return {"accepted": True, "outcome": "unknown"}
    if not isinstance(exc, MxAccessError):
        return {}
    status = exc.protocol_status
    return {
        "diagnostic": exc.diagnostic,
        "hresult": exc.hresult,
        "protocolStatus": status.proto_name if status is not None else None,
        "statuses": [s.to_dict() for s in exc.statuses],
    }
