"""Output for people: fields, tables with readable cells, stream lines."""

from __future__ import annotations

import pytest

from mxgateway.cli.render import show_document


def test_tables_show_values_and_status_categories(capsys: pytest.CaptureFixture[str]) -> None:
    show_document(
        {
            "serverHandle": 1,
            "results": [
                {
                    "tagAddress": "A.B",
                    "value": {"dataType": "MX_DATA_TYPE_INTEGER", "int32Value": 42},
                    "statuses": [{"category": "MX_STATUS_CATEGORY_OK"}],
                    "extra": "hidden",
                }
            ],
        },
        {"results": ("tagAddress", "value", "statuses", "missing")},
    )
    out = capsys.readouterr().out
    assert out.startswith("serverHandle: 1\nresults (1)\n")
    row = out.splitlines()[-1].split("│")
    assert [cell.strip() for cell in row] == ["A.B", "42", "OK", "-"]
    assert "hidden" not in out


def test_nested_fields_are_indented(capsys: pytest.CaptureFixture[str]) -> None:
    show_document({"a": {"b": 1, "c": ["x", "y"]}, "d": None})
    assert capsys.readouterr().out == "a:\n  b: 1\n  c: x, y\nd: -\n"


def test_tables_are_not_folded_into_a_pipe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    rows = [
        {
            "alarmFullReference": "Galaxy!TestArea.TestMachine_001.TestChangingFloat.HiHi",
            "conditionState": "ALARM_CONDITION_STATE_ACTIVE_UNACKED",
            "originalRaiseTimestamp": "2026-11-22T02:54:57.119296Z",
        }
    ]
    show_document({"alarms": rows})
    row = capsys.readouterr().out.splitlines()[-1]
    assert [cell.strip() for cell in row.split("│")] == list(rows[0].values())


def test_tables_keep_the_width_given_by_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    show_document({"rows": [{"text": "word " * 20}]})
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 40


def test_tables_fit_80_columns_keeping_what_tells_rows_apart(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    rows = [
        {
            "alarmFullReference": f"Galaxy!TestArea.TestMachine_00{n}.TestChangingFloat.Hi",
            "conditionState": "ALARM_CONDITION_STATE_INACTIVE_UNACKED",
            "originalRaiseTimestamp": "2026-11-22T02:54:57.119296Z",
            "currentValue": {"dataType": "MX_DATA_TYPE_FLOAT", "floatValue": 79.38999938964844},
        }
        for n in (1, 2)
    ]
    show_document({"alarms": rows})
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) <= 80
    first, second = ([cell.strip() for cell in line.split("│")] for line in lines[-2:])
    assert first[0].endswith("1.TestChangingFloat.Hi")
    assert second[0].endswith("2.TestChangingFloat.Hi")
    assert first[1:] == ["INACTIVE_UNACKED", "02:54:57", "79.39"]


def test_json_prints_float32_at_float32_precision() -> None:
    from mxgateway.cli.output import dumps

    assert dumps({"floatValue": 79.38999938964844, "doubleValue": 0.1 + 0.2}) == (
        '{"doubleValue": 0.30000000000000004, "floatValue": 79.39}'
    )
