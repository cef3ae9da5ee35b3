"""Keeping secrets (API keys, passwords) out of text: errors, reprs, log records, CLI output.

``Secret`` holds a password or an authorization header inside the messages and
metadata the client builds: it encodes like the str it is but its ``repr`` is
``<redacted>``, so tracebacks that capture locals (``pytest -l``, Sentry) and reprs
of generated messages never show it. ``scrub_exception`` redacts API keys a server
echoed into an exception and every exception chained to it.

Import-light on purpose (no grpclib), so the command line can redact its usage
errors without loading the transport.
"""

from __future__ import annotations

import contextlib
import logging
import re
import traceback

__all__ = [
    "Secret",
    "guard_header_logs",
    "redact_secrets",
    "redacted_key",
    "remember_secret",
    "scrub_exception",
]

_TOKEN = re.compile(r"\b(mxgw_[A-Za-z0-9-]+_)[^\s'\",;]+")
_BEARER = re.compile(r"(?i)(bearer\s+)(?!mxgw_)[^\s'\",;]+")


#: Exact API keys this process was given, so that a secret with characters the
#: patterns above stop at (``,`` ``;`` quotes) is still redacted whole.
_KNOWN_KEYS: set[str] = set()


def remember_secret(api_key: str) -> None:
    """Have ``redact_secrets`` remove this exact key from every text from now on."""
    _KNOWN_KEYS.add(api_key)


def redacted_key(api_key: str) -> str:
    """``api_key`` with its secret replaced: ``mxgw_<keyid>_<redacted>``."""
    match = _TOKEN.match(api_key)
    return f"{match.group(1)}<redacted>" if match else "<redacted>"


def redact_secrets(text: str) -> str:
    """Replace the secret part of every API key (and bearer credential) in ``text``."""
    for key in sorted(_KNOWN_KEYS, key=len, reverse=True):
        if key in text:
            text = text.replace(key, redacted_key(key))
    return _BEARER.sub(r"\1<redacted>", _TOKEN.sub(r"\1<redacted>", text))


class Secret(str):
    """A str whose ``repr`` never shows it (``str()`` and encoding still give the text)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<redacted>"


def scrub_exception(exc: BaseException) -> None:
    """Redact API keys in the text of ``exc`` and of every exception chained to it, and
    drop the local variables of their finished frames.

    A gateway may echo the key it refused; the client's own error redacts it, but the
    original exception stays reachable as ``__context__`` or ``__cause__``. The frames
    it went through (grpclib's) hold request bytes and the authorization header in
    their locals, which tracebacks that capture locals would print.
    """
    pending, seen = [exc], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.args = tuple(
            redact_secrets(arg) if isinstance(arg, str) else arg for arg in current.args
        )
        for name in ("message", "strerror"):  # GRPCError.message, OSError.strerror
            text = getattr(current, name, None)
            if isinstance(text, str):
                with contextlib.suppress(AttributeError, TypeError):
                    setattr(current, name, redact_secrets(text))
        traceback.clear_frames(current.__traceback__)  # leaves executing frames alone
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


class _RedactSecretsFilter(logging.Filter):
    """Rewrites a log record whose text contains an API key so that its secret is gone."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_secrets(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


#: hpack logs every header it encodes or decodes at DEBUG, authorization included.
_HEADER_LOGGERS = ("hpack.hpack", "hpack.table")


def guard_header_logs() -> None:
    """Scrub API keys from the HTTP/2 header logs (grpclib does not mark them sensitive)."""
    for name in _HEADER_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactSecretsFilter) for f in logger.filters):
            logger.addFilter(_RedactSecretsFilter())
