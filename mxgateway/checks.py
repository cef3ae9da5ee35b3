"""Argument checks shared by the client modules: one wording for every refusal.

Each returns the value when it is acceptable and raises ``InvalidArgumentError``
naming the argument otherwise. Messages name the wrong type, never the value, so a
password passed where it does not belong is not echoed. Text must be encodable as
UTF-8 (no lone surrogates, as ``os.fsdecode`` or ``surrogateescape`` produce): the
codec would otherwise fail later with a ``UnicodeEncodeError`` holding the text.
"""

from __future__ import annotations

import re
from typing import Final

from mxgateway.errors import InvalidArgumentError

__all__ = ["INT32_MAX", "check_bool", "check_int", "check_str", "check_text"]

INT32_MAX: Final = 2**31 - 1

_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def check_int(name: str, value: object, *, minimum: int, maximum: int = INT32_MAX) -> int:
    """``value`` as an int within [minimum, maximum] (a bool is not an int here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"{name} must be an int, not {type(value).__name__}")
    if not minimum <= value <= maximum:
        raise InvalidArgumentError(f"{name} must be between {minimum} and {maximum}, got {value}")
    return value


def check_str(name: str, value: object) -> str:
    """``value`` if it is a str (possibly empty) that can be encoded as UTF-8."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a str, not {type(value).__name__}")
    if not value.isascii() and _SURROGATE.search(value):
        raise InvalidArgumentError(f"{name} is not valid Unicode text (it holds a lone surrogate)")
    return value


def check_text(name: str, value: object) -> str:
    """``value`` if it is a str with something other than white space in it."""
    text = check_str(name, value)
    if not text.strip():
        raise InvalidArgumentError(f"{name} must not be empty")
    return text


def check_bool(name: str, value: object) -> bool:
    """``value`` if it is a real bool (not 0/1 or a truthy string)."""
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"{name} must be a bool, not {type(value).__name__}")
    return value
