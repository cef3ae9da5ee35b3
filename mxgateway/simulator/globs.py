"""Anchored, case-insensitive '*' / '?' globs, as the gateway matches tag names."""

from __future__ import annotations

import functools
import re

__all__ = ["glob_matcher", "matches_any"]


@functools.lru_cache(maxsize=256)
def glob_matcher(pattern: str) -> re.Pattern[str]:
    """A compiled regex for ``pattern``: '*' any run, '?' one character, rest literal."""
    parts = []
    for char in pattern:
        if char == "*":
            parts.append(".*")
        elif char == "?":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def matches_any(text: str, patterns: tuple[str, ...]) -> bool:
    """True when ``text`` matches at least one of ``patterns`` in full."""
    return any(glob_matcher(pattern).fullmatch(text) for pattern in patterns)
