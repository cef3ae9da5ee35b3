"""The exit codes of ``mxgw-py`` and the one place an exception becomes one.

Importing this module is cheap: the error classes are only imported when a command
has already failed (and so has already loaded the client).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AUTH_FAILED",
    "COMMAND_FAILED",
    "EXIT_CODES",
    "INTERRUPTED",
    "OK",
    "UNAVAILABLE",
    "UNEXPECTED",
    "USAGE",
    "WRITE_OUTCOME_UNKNOWN",
    "exit_code_for",
    "exit_code_help",
]

OK: Final = 0
UNEXPECTED: Final = 1
USAGE: Final = 2
AUTH_FAILED: Final = 3
UNAVAILABLE: Final = 4
COMMAND_FAILED: Final = 5
WRITE_OUTCOME_UNKNOWN: Final = 6
INTERRUPTED: Final = 130

#: Every exit code with what it means, in the order ``--help`` lists them.
EXIT_CODES: Final[tuple[tuple[int, str], ...]] = (
    (OK, "success"),
    (UNEXPECTED, "unexpected error (a bug: please report it)"),
    (USAGE, "usage error: a bad option or value, rejected before anything was sent"),
    (
        AUTH_FAILED,
        "authentication or permission failure (API key missing, unknown, revoked, "
        "or without the scope)",
    ),
    (UNAVAILABLE, "gateway unreachable, connection lost, or timed out"),
    (
        COMMAND_FAILED,
        "the gateway or MXAccess refused or failed the command (also: unknown "
        "session, faulted session, Galaxy database unreachable, smoke run incomplete)",
    ),
    (
        WRITE_OUTCOME_UNKNOWN,
        "write --wait: the gateway accepted the write but its outcome is unknown (the wait "
        "for OnWriteComplete failed): do not retry blindly, read the value",
    ),
    (INTERRUPTED, "interrupted (Ctrl-C or SIGTERM)"),
)


def exit_code_help() -> str:
    """The exit-code table for ``mxgw-py --help`` (markdown, as cyclopts renders help)."""
    lines = ["Exit codes:", ""]
    lines += [f"- **{code}** {meaning}" for code, meaning in EXIT_CODES]
    return "\n".join(lines)


def exit_code_for(exc: BaseException) -> int:
    """The exit code for a command that raised ``exc``."""
    from mxgateway import errors
    from mxgateway.cli.outcome import WriteOutcomeUnknownError

    if isinstance(exc, WriteOutcomeUnknownError):
        return WRITE_OUTCOME_UNKNOWN
    if isinstance(exc, (errors.AuthenticationError, errors.PermissionDeniedError)):
        return AUTH_FAILED
    if isinstance(exc, errors.TransportError):
        return UNAVAILABLE
    if isinstance(exc, errors.InvalidArgumentError) and exc.grpc_status is None:
        return USAGE
    if isinstance(exc, errors.MxGatewayError):
        return COMMAND_FAILED
    return UNEXPECTED
