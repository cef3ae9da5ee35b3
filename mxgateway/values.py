"""Conversion between Python values and the gateway's ``MxValue`` (an MXAccess VARIANT).

``to_mx_value`` builds a message with ``data_type`` and ``variant_type`` set, inferring
the type from the Python value unless a type name is given; ``from_mx_value`` turns a
message back into a Python value. ``parse_value`` turns command-line text into a value.

Type names (usable from code and the CLI):

========== ================ =========== ============================
name       Python           variant     MxDataType
========== ================ =========== ============================
bool       bool             VT_BOOL     BOOLEAN
int32      int              VT_I4       INTEGER
int64      int              VT_I8       INTEGER
float      float (32-bit)   VT_R4       FLOAT
double     float            VT_R8       DOUBLE
string     str              VT_BSTR     STRING
datetime   datetime (aware) VT_DATE     TIME
duration   timedelta        VT_I8       ELAPSED_TIME
bytes      bytes            VT_RECORD   UNKNOWN (opaque pass-through)
``T[]``    list             VT_ARRAY|VT VT of the element type
(none)     None             VT_EMPTY    NO_DATA
========== ================ =========== ============================

Rules, chosen so that nothing is silently changed on its way to a plant:

* Naive datetimes are rejected (``InvalidArgumentError``): a wall-clock time without an
  offset is ambiguous. Aware datetimes are converted to UTC; decoded datetimes are UTC.
* Durations are limited to +-2**31 s, and negative ones to whole seconds: the
  protobuf codec (betterproto2 0.10) encodes anything else wrongly.
* NaN and infinities are rejected; ``float`` values beyond the float32 range are
  rejected rather than rounded to infinity; integers outside the type's range are
  rejected. Inference picks ``int32`` for ints that fit, else ``int64``.
* ``bool`` is never accepted where a number is expected, nor the reverse.
* A value the worker could not convert (no kind set but ``raw_diagnostic`` present)
  decodes to an ``UnconvertedValue`` carrying the diagnostic instead of ``None``.
* Doubles hold integers exactly only up to 2**53: a larger int that a double cannot
  represent is refused, not rounded. Arrays written hold at most
  ``MAX_WRITE_ELEMENTS`` elements, checked before any element is converted; a str,
  bytes, a dict or a generator is never taken for an array, and ``None`` is not a
  value of a named type.
* A received value that breaks the contract raises ``MalformedReplyError``: an array
  nested in an array, dimensions that do not describe the elements exactly (at most
  ``MAX_ARRAY_DIMENSIONS``), an array or sparse array larger than ``MAX_ARRAY_ELEMENTS``
  (what one message can carry), or a sparse element outside its array.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import betterproto2

from mxgateway.errors import InvalidArgumentError, MalformedReplyError
from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE
from mxgateway.wire.codec import WIRE_SPAN, WireBacked, record
from mxgateway.wire.contract import mx

__all__ = [
    "ARRAY_TYPES",
    "MAX_ARRAY_ELEMENTS",
    "MAX_WRITE_ELEMENTS",
    "RECORD_DIAGNOSTIC",
    "SCALAR_TYPES",
    "VALUE_TYPES",
    "UnconvertedValue",
    "Vtq",
    "from_mx_value",
    "infer_type",
    "parse_value",
    "quality_is_good",
    "received",
    "status_is_failure",
    "to_mx_value",
    "value_from_fields",
    "vtq_of_record",
]

INT32_MIN: Final = -(2**31)
INT32_MAX: Final = 2**31 - 1
INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1
FLOAT32_MAX: Final = 3.4028234663852886e38
#: Most elements of an array written: every element ``to_mx_value`` builds is an MxValue
#: of at least 10 bytes (data type, variant type, value), so a larger array cannot fit
#: in a 16 MiB message, and is refused before any element is converted.
MAX_WRITE_ELEMENTS: Final = DEFAULT_MAX_MESSAGE_SIZE // 10
#: Per floating type, the magnitude up to which every integer is exactly representable.
_FLOAT_EXACT: Final = {"float": 2**24, "double": 2**53}
#: Largest duration the protobuf codec encodes exactly (about 68 years).
DURATION_MAX: Final = dt.timedelta(seconds=2**31)

_UTC = dt.UTC


@dataclass(frozen=True)
class _Scalar:
    """How one scalar type is carried: oneof field, MxDataType and VARIANT type."""

    name: str
    field: str
    data_type: mx.MxDataType
    variant: str


_SCALARS: Final[dict[str, _Scalar]] = {
    s.name: s
    for s in (
        _Scalar("bool", "bool_value", mx.MxDataType.BOOLEAN, "VT_BOOL"),
        _Scalar("int32", "int32_value", mx.MxDataType.INTEGER, "VT_I4"),
        _Scalar("int64", "int64_value", mx.MxDataType.INTEGER, "VT_I8"),
        _Scalar("float", "float_value", mx.MxDataType.FLOAT, "VT_R4"),
        _Scalar("double", "double_value", mx.MxDataType.DOUBLE, "VT_R8"),
        _Scalar("string", "string_value", mx.MxDataType.STRING, "VT_BSTR"),
        _Scalar("datetime", "timestamp_value", mx.MxDataType.TIME, "VT_DATE"),
        _Scalar("duration", "duration_value", mx.MxDataType.ELAPSED_TIME, "VT_I8"),
        _Scalar("bytes", "raw_value", mx.MxDataType.UNKNOWN, "VT_RECORD"),
    )
}

#: Scalar type names.
SCALAR_TYPES: Final[tuple[str, ...]] = tuple(_SCALARS)
#: Array type names (``"int32[]"`` ...); arrays of bytes do not exist in MXAccess.
ARRAY_TYPES: Final[tuple[str, ...]] = tuple(f"{n}[]" for n in SCALAR_TYPES if n != "bytes")
#: Every type name accepted by ``to_mx_value`` and ``parse_value``.
VALUE_TYPES: Final[tuple[str, ...]] = SCALAR_TYPES + ARRAY_TYPES

_GOOD_STATUS_CATEGORIES: Final = frozenset(
    {mx.MxStatusCategory.OK, mx.MxStatusCategory.PENDING, mx.MxStatusCategory.UNSPECIFIED}
)


@dataclass(frozen=True)
class UnconvertedValue:
    """A value the worker could not convert to a protobuf kind; ``diagnostic`` says why."""

    diagnostic: str
    variant_type: str
    data_type: mx.MxDataType
    raw_data_type: int


@dataclass(frozen=True)
class Vtq:
    """A value with its OPC DA quality word, source timestamp and MXAccess statuses."""

    value: object
    quality: int
    timestamp: dt.datetime | None
    statuses: tuple[mx.MxStatusProxy, ...] = ()
    #: The worker's conversion note, if it could not fully convert the value.
    diagnostic: str = ""
    #: The message the value was decoded from, for callers that need every field.
    raw: mx.MxValue | None = field(default=None, repr=False, compare=False)

    @property
    def good(self) -> bool:
        """True when the quality is good (192-255) and no status reports a failure."""
        return quality_is_good(self.quality) and not any(map(status_is_failure, self.statuses))


setattr(Vtq, "raw", WireBacked("raw"))  # noqa: B010 (after @dataclass)


#: Where a record-decoded result keeps its value's ``raw_diagnostic`` (for its ``vtq``).
RECORD_DIAGNOSTIC: Final = "_diagnostic"


def vtq_of_record(attributes: dict[str, Any], error_message: str = "") -> Vtq:
    """The ``Vtq`` of a record-decoded result (``attributes``: its ``__dict__``), whose
    ``raw`` is that result's message's ``value`` field, decoded only if it is read.

    ``error_message``, when given, is the diagnostic instead of the worker's note.
    """
    data, start, end, message_type, _ = attributes[WIRE_SPAN]
    return record(
        Vtq,
        {
            "value": attributes["value"],
            "quality": attributes["quality"],
            "timestamp": attributes["source_timestamp"],
            "statuses": attributes["statuses"],
            "diagnostic": error_message or attributes[RECORD_DIAGNOSTIC],
            WIRE_SPAN: (data, start, end, message_type, "value"),
        },
    )


def quality_is_good(quality: int) -> bool:
    """True for an OPC DA quality word in the GOOD range (192 good, 216 local override)."""
    return quality & 0xC0 == 0xC0


def status_is_failure(status: mx.MxStatusProxy) -> bool:
    """True when an MXSTATUS_PROXY reports failure, decided on its category.

    OK and PENDING (a write still in flight) are not failures; the numeric ``success``
    flag is only a fallback when the category is unspecified.
    """
    if status.category is mx.MxStatusCategory.UNSPECIFIED:
        return status.success == 0 and status.detail != 0
    return status.category not in _GOOD_STATUS_CATEGORIES


def _bad(message: str) -> InvalidArgumentError:
    return InvalidArgumentError(message)


def _check_type_name(type_name: str) -> str:
    if type_name not in VALUE_TYPES:
        raise _bad(f"unknown value type {type_name!r}; expected one of {', '.join(VALUE_TYPES)}")
    return type_name


def _as_int(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"{name} needs an int, got {type(value).__name__} {value!r}")
    if not low <= value <= high:
        raise _bad(f"{value} is out of range for {name} ({low}..{high})")
    return int(value)


def _as_float(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(f"{name} needs a number, got {type(value).__name__} {value!r}")
    try:
        number = float(value)
    except OverflowError:
        raise _bad(f"{value} is out of range for {name}") from None
    if not math.isfinite(number):
        raise _bad(f"{name} must be finite, got {number}")
    if name == "float" and abs(number) > FLOAT32_MAX:
        raise _bad(f"{number} is out of range for float (32-bit, max {FLOAT32_MAX})")
    exact = _FLOAT_EXACT[name]
    if isinstance(value, int) and abs(value) > exact and _rounded(number, name) != value:
        raise _bad(f"{value} cannot be represented exactly as a {name}: give a float")
    return number


def _rounded(number: float, name: str) -> float:
    """``number`` as the type ``name`` stores it (float32 or float64)."""
    if name == "float":
        rounded: float = struct.unpack("<f", struct.pack("<f", number))[0]
        return rounded
    return number


def _as_bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _bad(f"bool needs True or False, got {type(value).__name__} {value!r}")
    return value


def _as_string(value: object) -> str:
    if not isinstance(value, str):
        raise _bad(f"string needs a str, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _bad(f"string is not valid Unicode text: {exc.reason}") from None
    return value


def _as_datetime(value: object) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise _bad(f"datetime needs a datetime, got {type(value).__name__} {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise _bad(f"naive datetime {value.isoformat()} rejected: give a timezone (e.g. UTC)")
    try:
        return value.astimezone(_UTC)
    except OverflowError:
        raise _bad(f"datetime {value.isoformat()} is out of range in UTC") from None


def _as_duration(value: object) -> dt.timedelta:
    if not isinstance(value, dt.timedelta):
        raise _bad(f"duration needs a timedelta, got {type(value).__name__} {value!r}")
    if abs(value) > DURATION_MAX:
        raise _bad(f"duration {value} is out of range (max {DURATION_MAX})")
    if value < dt.timedelta(0) and value.microseconds:
        raise _bad(f"negative duration {value} must be whole seconds (protobuf codec limit)")
    return value


def _as_bytes(value: object) -> bytes:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise _bad(f"bytes needs bytes, got {type(value).__name__}")
    return bytes(value)


_COERCE: Final[dict[str, Callable[[object], object]]] = {
    "bool": _as_bool,
    "int32": lambda v: _as_int(v, "int32", INT32_MIN, INT32_MAX),
    "int64": lambda v: _as_int(v, "int64", INT64_MIN, INT64_MAX),
    "float": lambda v: _as_float(v, "float"),
    "double": lambda v: _as_float(v, "double"),
    "string": _as_string,
    "datetime": _as_datetime,
    "duration": _as_duration,
    "bytes": _as_bytes,
}


def _infer_scalar(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int32" if INT32_MIN <= value <= INT32_MAX else "int64"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.timedelta):
        return "duration"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "bytes"
    raise _bad(f"cannot convert {type(value).__name__} to an MXAccess value")


def infer_type(value: object) -> str | None:
    """The type name ``to_mx_value`` would pick for ``value`` (None for ``None``).

    Lists and tuples are arrays; their element type is widened over all elements
    (``int32`` -> ``int64`` -> ``double``), so ``[1, 2.5]`` is ``double[]``.
    """
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        _check_array_size(value)
        if not value:
            raise _bad("cannot infer the element type of an empty array: give a type name")
        kinds = {_infer_scalar(item) for item in value}
        if kinds <= {"int32", "int64", "double"}:
            widest = max(kinds, key=("int32", "int64", "double").index)
            return f"{widest}[]"
        if len(kinds) > 1:
            raise _bad(f"array mixes element types {sorted(kinds)}: give a type name")
        (kind,) = kinds
        if kind == "bytes":
            raise _bad("arrays of bytes are not supported")
        return f"{kind}[]"
    return _infer_scalar(value)


def _check_array_size(value: object) -> None:
    """Refuse an array too large for one message before converting any element."""
    if isinstance(value, (list, tuple)) and len(value) > MAX_WRITE_ELEMENTS:
        raise _bad(f"array of {len(value)} elements; at most {MAX_WRITE_ELEMENTS}")


def _scalar_message(spec: _Scalar, value: object) -> mx.MxValue:
    message = mx.MxValue(data_type=spec.data_type, variant_type=spec.variant)
    setattr(message, spec.field, _COERCE[spec.name](value))
    return message


def to_mx_value(value: object, type: str | None = None) -> mx.MxValue:
    """Convert a Python value to an ``MxValue``, inferring the type when ``type`` is None.

    ``None`` gives VT_EMPTY (``is_null`` set). Raises ``InvalidArgumentError`` (a
    ``ValueError``) for an unknown type name, a value that does not fit the type, a
    naive datetime, NaN or infinity.
    """
    if type is not None and not isinstance(type, str):
        raise _bad(f"type must be a type name (str), not {type.__class__.__name__}")
    if value is None:
        if type is not None:
            raise _bad(f"value None is not a {type} value; to_mx_value(None) sends VT_EMPTY")
        return mx.MxValue(data_type=mx.MxDataType.NO_DATA, variant_type="VT_EMPTY", is_null=True)
    _check_array_size(value)
    type_name = _check_type_name(type) if type is not None else infer_type(value)
    assert type_name is not None
    if not type_name.endswith("[]"):
        return _scalar_message(_SCALARS[type_name], value)
    if isinstance(value, (str, bytes, bytearray)) or not isinstance(value, Sequence):
        raise _bad(f"{type_name} needs a list, got {value.__class__.__name__}")
    spec = _SCALARS[type_name[:-2]]
    elements = []
    for index, item in enumerate(value):
        try:
            elements.append(_scalar_message(spec, item))
        except InvalidArgumentError as exc:
            raise _bad(f"element {index} of {type_name}: {exc}") from None
    return mx.MxValue(
        data_type=spec.data_type,
        variant_type=f"VT_ARRAY|{spec.variant}",
        array_value=mx.MxArray(element_data_type=spec.data_type, elements=elements),
    )


#: The most elements an array value can have once expanded: what one gateway message of
#: the maximum size carries (each array element takes at least two bytes on the wire).
#: A sparse array declaring more is refused before anything is allocated.
MAX_ARRAY_ELEMENTS: Final = DEFAULT_MAX_MESSAGE_SIZE // 2
#: The most dimensions an array is reshaped into (the elements stay flat beyond).
MAX_ARRAY_DIMENSIONS: Final = 32


def _reshape(flat: list[object], dimensions: Sequence[int]) -> list[object]:
    if len(dimensions) <= 1:
        return flat
    size = math.prod(dimensions[1:])
    return [_reshape(flat[i * size : (i + 1) * size], dimensions[1:]) for i in range(dimensions[0])]


def _element(element: object, where: str) -> object:
    """A received array element: a scalar (an array inside an array breaks the contract).

    From record decoding the element is already a Python value, where an array is a list.
    """
    if isinstance(element, list):
        raise MalformedReplyError(f"{where}: an array nested in an array")
    if not isinstance(element, mx.MxValue):
        return received(element)[0]
    name, _ = betterproto2.which_one_of(element, "kind")
    if name in ("array_value", "sparse_array_value"):
        raise MalformedReplyError(f"{where}: an array nested in an array")
    return from_mx_value(element)


def _dense(array: mx.MxArray) -> list[object]:
    if len(array.elements) > MAX_ARRAY_ELEMENTS:
        raise MalformedReplyError(f"array of {len(array.elements)} elements")
    flat = [_element(element, "array") for element in array.elements]
    dims = list(array.dimensions)
    if len(dims) <= 1:
        if dims and dims[0] != len(flat):
            raise MalformedReplyError(f"array dimension {dims[0]} but {len(flat)} elements")
        return flat
    if (
        len(dims) > MAX_ARRAY_DIMENSIONS
        or max(dims) > MAX_ARRAY_ELEMENTS
        or math.prod(dims) != len(flat)
    ):
        raise MalformedReplyError(f"array dimensions {dims} do not hold {len(flat)} elements")
    if not flat:
        return []
    return _reshape(flat, dims)


def _sparse(array: mx.MxSparseArray) -> list[object]:
    if array.total_length > MAX_ARRAY_ELEMENTS:
        raise MalformedReplyError(f"sparse array of {array.total_length} slots")
    expanded: list[object] = [None] * array.total_length
    for element in array.elements:
        if element.index >= array.total_length:
            raise MalformedReplyError(
                f"sparse array element {element.index} outside its {array.total_length} slots"
            )
        expanded[element.index] = _element(element.value, "sparse array")
    return expanded


def from_mx_value(value: mx.MxValue | None) -> object:
    """Convert an ``MxValue`` to a Python value.

    VT_EMPTY and ``is_null`` give None; arrays give lists (nested lists, row-major, for
    several dimensions); a sparse array is expanded to a list with None in unset slots.
    A value the worker could not convert gives ``UnconvertedValue``. A value that
    breaks the contract (see the module doc) raises ``MalformedReplyError``.
    """
    if value is None:
        return None
    name, kind = betterproto2.which_one_of(value, "kind")
    if name == "":
        if value.raw_diagnostic:
            return UnconvertedValue(
                value.raw_diagnostic, value.variant_type, value.data_type, value.raw_data_type
            )
        return None
    if value.is_null:
        return None
    return _converted(kind)


def _converted(kind: object) -> object:
    """The Python value of a set ``kind`` member (arrays expanded, datetimes aware)."""
    if isinstance(kind, mx.MxArray):
        return _dense(kind)
    if isinstance(kind, mx.MxSparseArray):
        return _sparse(kind)
    if isinstance(kind, dt.datetime) and kind.tzinfo is None:
        return kind.replace(tzinfo=_UTC)
    return kind


class _Refused:
    """A received value that breaks the contract, from record decoding: it is refused
    (``received``) only where it is used, as ``from_mx_value`` would refuse it."""

    __slots__ = ("error",)

    def __init__(self, error: MalformedReplyError) -> None:
        self.error = error


class _Noted:
    """A received value with the worker's conversion note (``raw_diagnostic``), from
    record decoding; most values have none and come bare."""

    __slots__ = ("diagnostic", "value")

    def __init__(self, value: object, diagnostic: str) -> None:
        self.value = value
        self.diagnostic = diagnostic


def received(value: object) -> tuple[object, str]:
    """The Python value and ``raw_diagnostic`` ("" when none) of what
    ``value_from_fields`` built; raises its refusal."""
    kind = type(value)
    if kind is _Noted:
        return value.value, value.diagnostic  # type: ignore[attr-defined]
    if kind is _Refused:
        raise value.error  # type: ignore[attr-defined]
    return value, ""


def value_from_fields(fields: dict[str, Any], data: bytes, start: int, end: int) -> object:
    """Record-decoding factory for ``MxValue``: ``from_mx_value`` of the decoded fields
    (read it with ``received``, which gives the worker's note too).

    In record decoding array elements arrive already converted, so an array nested in
    an array shows as a list element and is refused as ``from_mx_value`` refuses it.
    A value that breaks the contract is kept as a refusal, which ``received``
    raises: only a value that is used is refused, as with ``from_mx_value``.
    """
    name = fields["kind"]
    diagnostic = fields["raw_diagnostic"]
    value: object
    if not name:
        value = (
            UnconvertedValue(
                diagnostic, fields["variant_type"], fields["data_type"], fields["raw_data_type"]
            )
            if diagnostic
            else None
        )
    elif fields["is_null"]:
        value = None
    else:
        value = fields[name]
        if value.__class__ not in _PLAIN_KINDS:
            try:
                value = _converted(value)
            except MalformedReplyError as exc:
                return _Refused(exc)
    return _Noted(value, diagnostic) if diagnostic else value


#: Types of ``kind`` members that are already their Python value.
_PLAIN_KINDS: Final = frozenset({bool, int, float, str, bytes})


_TRUE: Final = frozenset({"true", "1", "yes", "on"})
_FALSE: Final = frozenset({"false", "0", "no", "off"})
_DURATION_CLOCK = re.compile(r"^(-)?(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")


def _parse_scalar(text: str, type_name: str) -> object:
    stripped = text.strip()
    if type_name == "string":
        return text
    if type_name == "bool":
        lowered = stripped.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise _bad(f"not a bool: {text!r} (use true/false, 1/0, yes/no, on/off)")
    if type_name in ("int32", "int64"):
        try:
            return int(stripped, 0)
        except ValueError:
            raise _bad(f"not an integer: {text!r}") from None
    if type_name in ("float", "double"):
        try:
            return float(stripped)
        except ValueError:
            raise _bad(f"not a number: {text!r}") from None
    if type_name == "datetime":
        try:
            return dt.datetime.fromisoformat(stripped.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise _bad(f"not an ISO 8601 datetime: {text!r}") from None
    if type_name == "duration":
        return _parse_duration(stripped)
    return _parse_bytes(stripped)


def _parse_duration(text: str) -> dt.timedelta:
    match = _DURATION_CLOCK.match(text)
    try:
        if match:
            sign, days, hours, minutes, seconds = match.groups()
            value = dt.timedelta(
                days=int(days or 0),
                hours=int(hours),
                minutes=int(minutes),
                seconds=float(seconds),
            )
            return -value if sign else value
        return dt.timedelta(seconds=float(text.removesuffix("s")))
    except (ValueError, OverflowError):
        pass
    raise _bad(f"not a duration: {text!r} (use seconds like 1.5 or [D.]HH:MM:SS[.fff])")


def _parse_bytes(text: str) -> bytes:
    try:
        if text.startswith("base64:"):
            return base64.b64decode(text[len("base64:") :], validate=True)
        return bytes.fromhex(text.removeprefix("0x"))
    except (ValueError, binascii.Error):
        raise _bad(f"not bytes: {text!r} (use hex like 0a1b or base64:...)") from None


def parse_value(text: str, type: str | None = None) -> object:
    """Parse command-line text into a Python value for ``to_mx_value(value, type)``.

    With a type name the text must fit it: bools as true/false/1/0/yes/no/on/off, ints
    in any Python base prefix, datetimes as ISO 8601 with an offset or ``Z``, durations
    as seconds or ``[D.]HH:MM:SS[.fff]``, bytes as hex or ``base64:...``; arrays as a
    JSON list or comma-separated elements. Without a type: ``true``/``false`` are bools,
    integer text is an int, decimal text a float, a JSON list an array, anything else a
    string.
    """
    if type is None:
        return _parse_untyped(text)
    type_name = _check_type_name(type)
    if not type_name.endswith("[]"):
        value = _parse_scalar(text, type_name)
        to_mx_value(value, type_name)
        return value
    element = type_name[:-2]
    items = _split_array(text)
    values = [item if not isinstance(item, str) else _parse_scalar(item, element) for item in items]
    to_mx_value(values, type_name)
    return values


def _split_array(text: str) -> list[object]:
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            loaded = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise _bad(f"not a JSON array: {exc.msg}") from None
        if not isinstance(loaded, list):
            raise _bad("not a JSON array")
        return [item if isinstance(item, (str, bool, int, float)) else str(item) for item in loaded]
    if not stripped:
        return []
    return list(stripped.split(","))


def _parse_untyped(text: str) -> object:
    stripped = text.strip()
    if stripped.lower() in ("true", "false"):
        return stripped.lower() == "true"
    try:
        return int(stripped, 10)
    except ValueError:
        pass
    try:
        number = float(stripped)
    except ValueError:
        pass
    else:
        if math.isfinite(number):
            return number
    if stripped.startswith("["):
        items = _split_array(stripped)
        return items
    return text
