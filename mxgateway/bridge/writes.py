"""Writes through ``<topic>/set``: the allowlist, the request format and the one write call.

A request is a JSON object ``{"value": ..., "type": "double", "id": ...}`` (``type``
and ``id`` optional; ``id`` is echoed). Nothing is written for a tag outside the
``--allow-writes`` globs, for a retained request (it would be replayed on every
reconnect) or for a payload that is not such an object: each gets an error result.
An accepted request becomes a tag write that waits for its OnWriteComplete; the result
``{"ok", "tag", "value", "id", "error", "error_type"}`` goes to ``<topic>/set/result``.
"""

from __future__ import annotations

import fnmatch
import functools
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mxgateway.errors import InvalidArgumentError
from mxgateway.redaction import redact_secrets

if TYPE_CHECKING:
    from mxgateway.session import Session

__all__ = ["WriteRefusedError", "WriteRequest", "glob_matches", "parse_request", "write_tag"]

_SCALARS = (bool, int, float, str)


class WriteRefusedError(InvalidArgumentError):
    """A set request the bridge will not turn into a write (not allowed, retained, malformed)."""


@functools.lru_cache(maxsize=256)
def _glob(pattern: str) -> re.Pattern[str]:
    """``pattern`` with only ``*`` and ``?`` special (``[`` is literal, as in ``Tag[]``)."""
    return re.compile(fnmatch.translate(pattern.replace("[", "[[]")), re.IGNORECASE)


def glob_matches(text: str, patterns: tuple[str, ...]) -> bool:
    """True when ``text`` matches one of the ``*``/``?`` globs in full, ignoring case."""
    return any(_glob(pattern).match(text) for pattern in patterns)


@dataclass(frozen=True)
class WriteRequest:
    """A parsed set request."""

    value: object
    type: str | None
    id: object


def _check_value(value: object) -> object:
    if isinstance(value, list):
        if not value or not all(isinstance(v, _SCALARS) for v in value):
            raise WriteRefusedError("an array value must be a non-empty list of scalars")
        return value
    if not isinstance(value, _SCALARS):
        raise WriteRefusedError(
            f"value must be a number, string, boolean or list, not {type(value).__name__}"
        )
    return value


def parse_request(payload: bytes) -> WriteRequest:
    """The request in ``payload``; ``WriteRefusedError`` saying what is wrong with it."""
    try:
        document = json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WriteRefusedError('the payload is not JSON: send {"value": ...}') from None
    if not isinstance(document, dict) or "value" not in document:
        raise WriteRefusedError('the payload must be a JSON object {"value": ...}')
    unknown = sorted(set(document) - {"value", "type", "id"})
    if unknown:
        raise WriteRefusedError(f"unknown key {', '.join(unknown)}: expected value, type, id")
    type_name = document.get("type")
    if type_name is not None and not isinstance(type_name, str):
        raise WriteRefusedError("type must be a string such as double or int32[]")
    request_id = document.get("id")
    if request_id is not None and not isinstance(request_id, (str, int)):
        raise WriteRefusedError("id must be a string or an integer")
    return WriteRequest(_check_value(document["value"]), type_name, request_id)


def result_document(
    tag: str, request: WriteRequest | None, error: BaseException | None
) -> dict[str, Any]:
    """The result published for one set request."""
    document: dict[str, Any] = {
        "ok": error is None,
        "tag": tag,
        "value": request.value if request is not None else None,
        "id": request.id if request is not None else None,
    }
    if error is not None:
        document["error"] = redact_secrets(str(error) or type(error).__name__)
        document["error_type"] = type(error).__name__
    return document


async def write_tag(session: Session, tag: str, request: WriteRequest, timeout: float) -> None:
    """Write ``request`` to ``tag`` and wait for its OnWriteComplete (raises on failure).

    The one place the bridge calls the library's tag write.
    """
    await session.write_tag(tag, request.value, type=request.type, wait=True, timeout=timeout)
