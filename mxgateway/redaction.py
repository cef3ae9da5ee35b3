"""Keeping API-key secrets out of text: errors, log records and CLI output.

Import-light on purpose (no grpclib), so the command line can redact its usage
errors without loading the transport.
"""

from __future__ import annotations

import logging
import re

__all__ = ["guard_header_logs", "redact_secrets", "redacted_key", "remember_secret"]

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
