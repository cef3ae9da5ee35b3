"""MXAccess write coercion: convert a written value to the attribute's type or refuse.

MXAccess converts a VARIANT to the attribute's type where a conversion exists
(numbers between each other with range checks, numbers and parseable text,
anything to a string) and fails the write completion where it does not
(text that is not a number, a scalar written to an array, an empty VARIANT).
"""

from __future__ import annotations

import datetime as dt
import math

import betterproto2

from mxgateway.simulator.plant import type_default
from mxgateway.values import MAX_ARRAY_ELEMENTS, UnconvertedValue, from_mx_value
from mxgateway.wire.contract import mx

__all__ = ["CoercionError", "coerce_written_value"]

_INT32 = (-(2**31), 2**31 - 1)
_FLOAT32_MAX = 3.4028234663852886e38
_TRUE = {"true", "1", "-1", "on", "yes"}
_FALSE = {"false", "0", "off", "no"}
_ELEMENT_TYPES = {
    mx.MxDataType.BOOLEAN: "bool",
    mx.MxDataType.INTEGER: "int32",
    mx.MxDataType.FLOAT: "float",
    mx.MxDataType.DOUBLE: "double",
    mx.MxDataType.STRING: "string",
    mx.MxDataType.TIME: "datetime",
    mx.MxDataType.ELAPSED_TIME: "duration",
}


class CoercionError(Exception):
    """The value cannot be converted to the attribute's type."""


def coerce_written_value(value: mx.MxValue | None, type_name: str, is_array: bool) -> object:
    """The Python value MXAccess would store for ``value`` written to a ``type_name`` attribute."""
    if value is None:
        raise CoercionError("no value given (VT_EMPTY cannot be written)")
    name, kind = betterproto2.which_one_of(value, "kind")
    if name == "sparse_array_value":
        assert isinstance(kind, mx.MxSparseArray)
        python: object = _expand_sparse(kind)
    else:
        python = from_mx_value(value)
    if isinstance(python, UnconvertedValue):
        raise CoercionError(f"value could not be converted by the worker: {python.diagnostic}")
    if python is None:
        raise CoercionError("an empty value (VT_EMPTY) cannot be written")
    if is_array:
        if not isinstance(python, list):
            raise CoercionError(f"a scalar cannot be written to a {type_name} array")
        coerced = []
        for index, element in enumerate(python):
            try:
                coerced.append(_scalar(element, type_name))
            except CoercionError as exc:
                raise CoercionError(f"element {index}: {exc}") from None
        return coerced
    if isinstance(python, list):
        raise CoercionError(f"an array cannot be written to a {type_name} attribute")
    return _scalar(python, type_name)


def _expand_sparse(sparse: mx.MxSparseArray) -> list[object]:
    element_type = _ELEMENT_TYPES.get(sparse.element_data_type)
    if element_type is None:
        raise CoercionError(f"sparse array of {sparse.element_data_type.name} is not supported")
    if sparse.total_length > MAX_ARRAY_ELEMENTS:
        raise CoercionError(
            f"sparse array of {sparse.total_length} slots exceeds {MAX_ARRAY_ELEMENTS}"
        )
    expanded = [type_default(element_type)] * sparse.total_length
    for element in sparse.elements:
        if element.index >= sparse.total_length:
            raise CoercionError(
                f"sparse index {element.index} is beyond total_length {sparse.total_length}"
            )
        expanded[element.index] = from_mx_value(element.value)
    return expanded


def _scalar(value: object, type_name: str) -> object:
    converter = _CONVERTERS[type_name]
    try:
        return converter(value)
    except (ValueError, OverflowError, TypeError) as exc:
        raise CoercionError(
            f"cannot convert {type(value).__name__} {value!r} to {type_name}: {exc}"
        ) from None


def _to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    raise ValueError("no boolean conversion")


def _number(value: object) -> float | int:
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            return float(text)
    raise ValueError("no numeric conversion")


def _to_int32(value: object) -> int:
    number = _number(value)
    if isinstance(number, float):
        if not math.isfinite(number):
            raise ValueError("not a finite number")
        number = round(number)
    if not _INT32[0] <= number <= _INT32[1]:
        raise OverflowError("out of the int32 range")
    return int(number)


def _to_double(value: object) -> float:
    number = float(_number(value))
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def _to_float(value: object) -> float:
    number = _to_double(value)
    if abs(number) > _FLOAT32_MAX:
        raise OverflowError("out of the float32 range")
    return number


def _to_string(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, dt.timedelta)):
        return str(value)
    raise ValueError("no text conversion")


def _to_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, str):
        parsed = dt.datetime.fromisoformat(value.strip())
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    raise ValueError("no time conversion")


def _to_duration(value: object) -> dt.timedelta:
    if isinstance(value, dt.timedelta):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dt.timedelta(seconds=value)
    raise ValueError("no elapsed-time conversion")


_CONVERTERS = {
    "bool": _to_bool,
    "int32": _to_int32,
    "float": _to_float,
    "double": _to_double,
    "string": _to_string,
    "datetime": _to_datetime,
    "duration": _to_duration,
}
