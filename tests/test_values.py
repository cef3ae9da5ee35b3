"""Python value <-> MxValue conversion: round trips (property tests), range checks, parsing."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mxgateway.errors import InvalidArgumentError
from mxgateway.values import (
    ARRAY_TYPES,
    SCALAR_TYPES,
    UnconvertedValue,
    Vtq,
    from_mx_value,
    infer_type,
    parse_value,
    status_is_failure,
    to_mx_value,
)
from mxgateway.wire.contract import mx

UTC = dt.UTC

int32s = st.integers(-(2**31), 2**31 - 1)
int64s = st.integers(-(2**63), 2**63 - 1)
float32s = st.floats(width=32, allow_nan=False, allow_infinity=False)
doubles = st.floats(allow_nan=False, allow_infinity=False)
texts = st.text()
aware = st.datetimes(
    min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=st.just(UTC)
)
durations = st.one_of(
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(seconds=2**31)),
    st.integers(-(2**31), 0).map(lambda s: dt.timedelta(seconds=s)),
)

STRATEGIES = {
    "bool": st.booleans(),
    "int32": int32s,
    "int64": int64s,
    "float": float32s,
    "double": doubles,
    "string": texts,
    "datetime": aware,
    "duration": durations,
    "bytes": st.binary(),
}


def _wire(value: mx.MxValue) -> mx.MxValue:
    return mx.MxValue.parse(bytes(value))


@pytest.mark.parametrize("type_name", SCALAR_TYPES)
def test_scalar_round_trip_through_the_wire(type_name: str) -> None:
    @given(STRATEGIES[type_name])
    def check(value: object) -> None:
        message = _wire(to_mx_value(value, type_name))
        assert from_mx_value(message) == value
        assert message.variant_type
        assert message.data_type is not mx.MxDataType.UNSPECIFIED

    check()


@pytest.mark.parametrize("type_name", ARRAY_TYPES)
def test_array_round_trip_through_the_wire(type_name: str) -> None:
    @given(st.lists(STRATEGIES[type_name[:-2]], max_size=8))
    def check(values: list[object]) -> None:
        message = _wire(to_mx_value(values, type_name))
        assert from_mx_value(message) == values
        assert message.variant_type.startswith("VT_ARRAY|")
        assert message.array_value is not None
        assert message.array_value.element_data_type == message.data_type

    check()


@given(st.one_of(st.booleans(), int64s, doubles, texts, aware, durations, st.binary()))
def test_inferred_round_trip(value: object) -> None:
    assert from_mx_value(_wire(to_mx_value(value))) == value


@given(st.lists(int64s, min_size=1, max_size=6))
def test_int_arrays_widen_to_int64_only_when_needed(values: list[int]) -> None:
    fits = all(-(2**31) <= v < 2**31 for v in values)
    assert infer_type(values) == ("int32[]" if fits else "int64[]")
    assert from_mx_value(_wire(to_mx_value(values))) == values


@pytest.mark.parametrize(
    ("value", "variant", "data_type"),
    [
        (True, "VT_BOOL", mx.MxDataType.BOOLEAN),
        (12, "VT_I4", mx.MxDataType.INTEGER),
        (2**40, "VT_I8", mx.MxDataType.INTEGER),
        (1.5, "VT_R8", mx.MxDataType.DOUBLE),
        ("x", "VT_BSTR", mx.MxDataType.STRING),
        (dt.datetime(2024, 1, 1, tzinfo=UTC), "VT_DATE", mx.MxDataType.TIME),
        (dt.timedelta(seconds=3), "VT_I8", mx.MxDataType.ELAPSED_TIME),
        (b"\x00\x01", "VT_RECORD", mx.MxDataType.UNKNOWN),
        ([1.0, 2], "VT_ARRAY|VT_R8", mx.MxDataType.DOUBLE),
        (["a"], "VT_ARRAY|VT_BSTR", mx.MxDataType.STRING),
    ],
)
def test_variant_and_data_type_are_set(value: object, variant: str, data_type: object) -> None:
    message = to_mx_value(value)
    assert (message.variant_type, message.data_type) == (variant, data_type)


def test_none_is_vt_empty_and_back() -> None:
    message = _wire(to_mx_value(None))
    assert message.variant_type == "VT_EMPTY"
    assert message.is_null
    assert from_mx_value(message) is None
    assert from_mx_value(mx.MxValue()) is None
    assert from_mx_value(None) is None


def test_empty_values_round_trip() -> None:
    assert from_mx_value(_wire(to_mx_value("", "string"))) == ""
    assert from_mx_value(_wire(to_mx_value([], "int32[]"))) == []
    assert from_mx_value(_wire(to_mx_value(b""))) == b""


@pytest.mark.parametrize(
    ("value", "type_name", "needle"),
    [
        (2**31, "int32", "out of range for int32"),
        (-(2**31) - 1, "int32", "out of range for int32"),
        (2**63, None, "out of range for int64"),
        (2**63, "int64", "out of range for int64"),
        (3.5e38, "float", "out of range for float"),
        (math.nan, None, "finite"),
        (math.inf, "float", "finite"),
        (-math.inf, "double", "finite"),
        (True, "int32", "needs an int"),
        (1, "bool", "needs True or False"),
        (1.5, "int32", "needs an int"),
        ("1", "double", "needs a number"),
        (dt.datetime(2024, 1, 1), None, "naive datetime"),
        ([1, "a"], None, "mixes element types"),
        ([], None, "empty array"),
        ("abc", "int32[]", "needs a list"),
        ([1, 2**40], "int32[]", "element 1 of int32"),
        (1, "int16", "unknown value type"),
        ("\ud800", "string", "not valid Unicode"),
        (object(), None, "cannot convert object"),
        (dt.timedelta(days=40_000), None, "out of range"),
        (dt.timedelta(seconds=-1.5), None, "whole seconds"),
    ],
)
def test_bad_values_are_rejected_clearly(value: object, type_name: str | None, needle: str) -> None:
    with pytest.raises(InvalidArgumentError, match=needle) as info:
        to_mx_value(value, type_name)
    assert isinstance(info.value, ValueError)


def test_aware_datetimes_are_converted_to_utc() -> None:
    plus2 = dt.timezone(dt.timedelta(hours=2))
    value = dt.datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
    back = from_mx_value(_wire(to_mx_value(value)))
    assert back == value
    assert isinstance(back, dt.datetime)
    assert back.tzinfo == UTC
    assert back.hour == 10


def test_multi_dimensional_array_is_reshaped_row_major() -> None:
    elements = [to_mx_value(i, "int32") for i in range(6)]
    message = mx.MxValue(
        data_type=mx.MxDataType.INTEGER,
        variant_type="VT_ARRAY|VT_I4",
        array_value=mx.MxArray(
            element_data_type=mx.MxDataType.INTEGER, dimensions=[2, 3], elements=elements
        ),
    )
    assert from_mx_value(_wire(message)) == [[0, 1, 2], [3, 4, 5]]


def test_sparse_array_is_expanded() -> None:
    message = mx.MxValue(
        sparse_array_value=mx.MxSparseArray(
            element_data_type=mx.MxDataType.INTEGER,
            total_length=3,
            elements=[mx.MxSparseElement(index=1, value=to_mx_value(7))],
        )
    )
    assert from_mx_value(message) == [None, 7, None]


def test_unconvertible_value_keeps_the_diagnostic() -> None:
    message = mx.MxValue(
        data_type=mx.MxDataType.QUALIFIED_STRUCT,
        variant_type="VT_UNKNOWN",
        raw_diagnostic="VT_UNKNOWN cannot be converted",
        raw_data_type=14,
    )
    value = from_mx_value(_wire(message))
    assert isinstance(value, UnconvertedValue)
    assert value.diagnostic == "VT_UNKNOWN cannot be converted"
    assert value.raw_data_type == 14


@pytest.mark.parametrize(
    ("text", "type_name", "expected"),
    [
        ("true", "bool", True),
        ("OFF", "bool", False),
        ("0x10", "int32", 16),
        ("-5", "int64", -5),
        ("1.25", "float", 1.25),
        ("1e3", "double", 1000.0),
        (" padded ", "string", " padded "),
        ("2024-01-01T00:00:00Z", "datetime", dt.datetime(2024, 1, 1, tzinfo=UTC)),
        ("1.5", "duration", dt.timedelta(seconds=1.5)),
        ("01:02:03", "duration", dt.timedelta(hours=1, minutes=2, seconds=3)),
        ("-2.00:00:01", "duration", -dt.timedelta(days=2, seconds=1)),
        ("0a ff", "bytes", b"\x0a\xff"),
        ("base64:AAE=", "bytes", b"\x00\x01"),
        ("1,2,3", "int32[]", [1, 2, 3]),
        ('["a,b", "c"]', "string[]", ["a,b", "c"]),
        ("[true, false]", "bool[]", [True, False]),
        ("", "double[]", []),
        ("42", None, 42),
        ("4.5", None, 4.5),
        ("false", None, False),
        ("hello", None, "hello"),
        ("nan", None, "nan"),
        ("[1, 2]", None, [1, 2]),
    ],
)
def test_parse_value(text: str, type_name: str | None, expected: object) -> None:
    assert parse_value(text, type_name) == expected


@pytest.mark.parametrize(
    ("text", "type_name", "needle"),
    [
        ("maybe", "bool", "not a bool"),
        ("1.5", "int32", "not an integer"),
        ("99999999999", "int32", "out of range"),
        ("2024-01-01T00:00:00", "datetime", "naive datetime"),
        ("soon", "datetime", "not an ISO 8601"),
        ("x", "duration", "not a duration"),
        ("zz", "bytes", "not bytes"),
        ("nan", "double", "finite"),
        ("[1,", "int32[]", "not a JSON array"),
        ("1,x", "int32[]", "not an integer"),
    ],
)
def test_parse_value_rejects_bad_text(text: str, type_name: str, needle: str) -> None:
    with pytest.raises(InvalidArgumentError, match=needle):
        parse_value(text, type_name)


@given(int32s)
def test_parse_then_convert_round_trip(number: int) -> None:
    assert from_mx_value(to_mx_value(parse_value(str(number), "int32"), "int32")) == number


def test_status_failure_is_decided_on_category() -> None:
    ok = mx.MxStatusProxy(success=1, category=mx.MxStatusCategory.OK)
    pending = mx.MxStatusProxy(success=0, category=mx.MxStatusCategory.PENDING)
    failed = mx.MxStatusProxy(success=1, category=mx.MxStatusCategory.SECURITY_ERROR)
    assert not status_is_failure(ok)
    assert not status_is_failure(pending)
    assert status_is_failure(failed)


def test_vtq_good_needs_good_quality_and_statuses() -> None:
    assert Vtq(1, 192, None).good
    assert not Vtq(1, 0, None).good
    failing = mx.MxStatusProxy(category=mx.MxStatusCategory.COMMUNICATION_ERROR)
    assert not Vtq(1, 192, None, (failing,)).good
