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
