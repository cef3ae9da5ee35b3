"""The JSON the bridge publishes: a tag's value document and a write's result document.

A value document is ``{"value", "type", "quality", "good", "timestamp"}``: the value as
JSON (timestamps as UTC ISO 8601 with ``Z``, durations as ``"<seconds>s"``, bytes as
base64, arrays as lists), the MXAccess data type in lower case (``double``,
``integer``, ``elapsed_time``, ...), the OPC DA quality word, whether it is good
(quality in the GOOD range and no failed status) and the source timestamp (null when
the gateway sent none).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from mxgateway.cli.jsonify import timestamp_text, to_json
from mxgateway.values import UnconvertedValue, quality_is_good, status_is_failure

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from mxgateway.wire.contract import mx

__all__ = ["dumps", "value_document"]


def dumps(document: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON, the bytes an MQTT payload carries."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def value_document(
    value: object,
    quality: int,
    timestamp: dt.datetime | None,
    statuses: Sequence[mx.MxStatusProxy],
    raw: mx.MxValue | None,
) -> dict[str, Any]:
    """The published document for one value of a tag (see the module docstring)."""
    document: dict[str, Any] = {
        "value": None if isinstance(value, UnconvertedValue) else to_json(value),
        "type": raw.data_type.name.lower() if raw is not None else "unknown",
        "quality": quality,
        "good": quality_is_good(quality) and not any(map(status_is_failure, statuses)),
        "timestamp": timestamp_text(timestamp) if timestamp is not None else None,
    }
    if isinstance(value, UnconvertedValue):
        document["diagnostic"] = value.diagnostic
    return document
