"""Deterministic JSON output for scripts: sorted keys, one document per line.

An MxValue's ``floatValue`` is a float32 widened to float64 by the decoder; it is printed
at float32 precision (79.39, not 79.38999938964844), as protobuf's own JSON printer does.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Final

_FLOAT32: Final = re.compile(r'(?<!\\)"floatValue": (-?[0-9][0-9.eE+-]*)')


def _float32(match: re.Match[str]) -> str:
    from mxgateway.cli.render import float32_text

    return f'"floatValue": {float32_text(float(match[1]))}'


def dumps(document: Any) -> str:
    """Serialize a JSON document deterministically on one line (float32 values at their
    precision)."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False)
    if '"floatValue": ' in text:
        text = _FLOAT32.sub(_float32, text)
    return text


def emit_json(document: Any) -> None:
    """Write one JSON document (or NDJSON record) to stdout and flush it."""
    sys.stdout.write(dumps(document) + "\n")
    sys.stdout.flush()
