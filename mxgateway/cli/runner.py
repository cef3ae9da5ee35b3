"""Runs one command's coroutine: output, errors on one line, exit codes.

Every command builds a coroutine that returns a JSON-ready document (or ``None`` when
it printed as it went, like the streams) and hands it to ``run``. ``run`` prints the
document (JSON with ``--json``, else for people), turns an exception into one
redacted line on stderr (plus ``{"error", "type"}`` on stdout with ``--json``) and
returns the exit code that ``cyclopts`` then exits with. Usage errors that cyclopts
catches itself go through ``report_usage_error`` and look the same.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mxgateway.cli.exit_codes import INTERRUPTED, OK, UNEXPECTED, exit_code_for
from mxgateway.cli.output import emit_json
from mxgateway.cli.startup import resume_collector

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine, Iterable, Sequence

    from cyclopts import CycloptsError
    from rich.console import RenderableType

    from mxgateway.cli.common import Common

__all__ = ["Outcome", "fail", "report", "report_usage_error", "run", "scrub", "usage_message"]


@dataclass(frozen=True)
class Outcome:
    """A document to print together with a non-zero exit code (e.g. an incomplete smoke run)."""

    document: Any
    exit_code: int


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with API-key secrets and the given literal secrets replaced."""
    from mxgateway.redaction import redact_secrets

    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return redact_secrets(text)


def _message(exc: BaseException, common: Common | None) -> str:
    from mxgateway.errors import MxGatewayError

    text = str(exc) or type(exc).__name__
    if not isinstance(exc, MxGatewayError):
        return f"unexpected {type(exc).__name__}: {text}"
    if common is None:
        return text
    from mxgateway.cli.hints import explain

    return explain(exc, common)


def report(
    message: str,
    type_name: str,
    *,
    json: bool,
    secrets: Iterable[str] = (),
    details: dict[str, Any] | None = None,
) -> None:
    """Print an error: one scrubbed line on stderr, and ``{"error", "type"}`` (plus
    ``details``) with ``--json``."""
    message = " ".join(scrub(message, secrets).split())
    if json:
        extra = {key: _scrubbed(value, secrets) for key, value in (details or {}).items()}
        emit_json({**extra, "error": message, "type": type_name})
    print(f"mxgw-py: error: {message}", file=sys.stderr, flush=True)


def _scrubbed(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` (JSON data) with every string scrubbed of secrets."""
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, list):
        return [_scrubbed(item, secrets) for item in value]
    if isinstance(value, dict):
        return {key: _scrubbed(item, secrets) for key, item in value.items()}
    return value


def fail(
    exc: BaseException, *, json: bool, secrets: Iterable[str] = (), common: Common | None = None
) -> int:
    """Report ``exc`` (one line on stderr, an error document with ``--json``); its exit code.

    With ``common`` (the command's options) the message says what to do, naming options.
    """
    from mxgateway.cli.hints import error_details

    secrets = tuple(secrets)
    report(
        _message(exc, common),
        type(exc).__name__,
        json=json,
        secrets=secrets,
        details=error_details(exc),
    )
    return exit_code_for(exc)


def usage_message(error: CycloptsError) -> str:
    """The error's message; stray arguments are counted, never shown (one may be a password)."""
    from cyclopts import UnusedCliTokensError

    if isinstance(error, UnusedCliTokensError):
        count = len(error.unused_tokens or ())
        return (
            f"{count} unexpected argument{'s' if count != 1 else ''} (not shown: one may be a "
            "secret); every value needs its option, as in --session-id VALUE"
        )
    return str(error)


def _option_values(tokens: Sequence[str], option: str) -> list[str]:
    """The values given to ``option`` (as ``--option value`` or ``--option=value``)."""
    values = []
    for index, token in enumerate(tokens):
        if token == option and index + 1 < len(tokens):
            values.append(tokens[index + 1])
        elif token.startswith(option + "="):
            values.append(token.partition("=")[2])
    return values


def report_usage_error(error: CycloptsError) -> RenderableType:
    """cyclopts ``error_formatter``: print the error our way; return nothing more to print."""
    from rich.console import Group

    tokens = list(error.root_input_tokens or ())
    if "--" in tokens:
        tokens = tokens[: tokens.index("--")]
    report(
        usage_message(error),
        type(error).__name__,
        json="--json" in tokens,
        secrets=_option_values(tokens, "--api-key"),
    )
    return Group()


def _interrupted(json: bool) -> int:
    if json:
        emit_json({"error": "interrupted", "type": "KeyboardInterrupt"})
    print("mxgw-py: interrupted", file=sys.stderr, flush=True)
    return INTERRUPTED


def _silence_stdout() -> None:
    """After the reader of stdout went away (``| head``), drop further output quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


async def _terminable(work: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    """Run ``work()``; SIGTERM cancels it (streams closed as on Ctrl-C) and ends it as an
    interrupt. Where the loop cannot handle signals, SIGTERM keeps its default."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    terminated = False
    # Start-up ends when the command first waits: the imports before that are done.
    loop.call_soon(resume_collector)

    def terminate() -> None:
        nonlocal terminated
        terminated = True
        if task is not None:
            task.cancel()

    try:
        loop.add_signal_handler(signal.SIGTERM, terminate)
        handled = True
    except (NotImplementedError, RuntimeError, ValueError):
        handled = False
    try:
        return await work()
    except asyncio.CancelledError:
        if terminated:
            raise KeyboardInterrupt from None
        raise
    finally:
        if handled:
            loop.remove_signal_handler(signal.SIGTERM)


def run(
    common: Common,
    work: Callable[[], Coroutine[Any, Any, Any]],
    *,
    show: Callable[[Any], None] | None = None,
    secrets: Iterable[str] = (),
) -> int:
    """Run ``work()`` on a new event loop, print its document, return the exit code.

    ``show`` prints the document for people (default: ``render.show_document``).
    ``secrets`` are literal strings (beyond ``common``'s API key) never to be printed; it is
    read only when an error is reported, so a command may fill it while it runs.
    """
    try:
        result = asyncio.run(_terminable(work))
        code = OK
        if isinstance(result, Outcome):
            result, code = result.document, result.exit_code
        if result is not None:
            if common.json:
                emit_json(result)
            else:
                from mxgateway.cli.render import show_document

                (show or show_document)(result)
        return code
    except KeyboardInterrupt:
        return _interrupted(common.json)
    except BrokenPipeError:
        _silence_stdout()
        return OK
    except Exception as exc:
        try:
            return fail(exc, json=common.json, secrets=(*common.secrets(), *secrets), common=common)
        except BrokenPipeError:
            _silence_stdout()
            return UNEXPECTED
    finally:
        resume_collector()
