"""JSON documents from typed results: lowerCamel keys, enum names, UTC timestamps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mxgateway.cli.jsonify import camel, event_document, to_json
from mxgateway.galaxy.model import SecurityClassification
from mxgateway.session.events import ReplayGap
from mxgateway.wire.contract import mx


@dataclass(frozen=True)
class _Sample:
    tag_address: str
    data_type: mx.MxDataType
    classification: SecurityClassification
    when: dt.datetime
    period: dt.timedelta
    payload: bytes
    statuses: tuple[mx.MxStatusProxy, ...]
    raw: object = field(default=None)


def test_camel() -> None:
    assert camel("tag_address") == "tagAddress"
    assert camel("ok") == "ok"


def test_typed_values_become_protobuf_style_json() -> None:
    sample = _Sample(
        "A.B",
        mx.MxDataType.INTEGER,
        SecurityClassification.SECURED_WRITE,
        dt.datetime(2024, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        dt.timedelta(seconds=1.5),
        b"\x01\x02",
        (mx.MxStatusProxy(success=1, category=mx.MxStatusCategory.OK),),
        raw="left out",
    )
    assert to_json(sample) == {
        "tagAddress": "A.B",
        "dataType": "MX_DATA_TYPE_INTEGER",
        "classification": "SECURED_WRITE",
        "when": "2024-01-01T00:00:00Z",
        "period": "1.5s",
        "payload": "AQI=",
        "statuses": [{"success": 1, "category": "MX_STATUS_CATEGORY_OK"}],
    }
    assert to_json(float("nan")) == "nan"


def test_replay_gap_is_the_sentinel_event() -> None:
    assert event_document(ReplayGap(4, 9, 0)) == {
        "replayGap": {"requestedAfterSequence": "4", "oldestAvailableSequence": "9"}
    }
