"""Deterministic JSON output for scripts: sorted keys, one document per line."""

from __future__ import annotations

import json
import sys
from typing import Any


def dumps(document: Any) -> str:
    """Serialize a JSON document deterministically on one line."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False)


def emit_json(document: Any) -> None:
    """Write one JSON document (or NDJSON record) to stdout and flush it."""
    sys.stdout.write(dumps(document) + "\n")
    sys.stdout.flush()
