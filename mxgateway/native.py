"""MXAccess's own numbering, mapped to the contract's enum members by name.

The Galaxy Repository reports native MXAccess data type numbers, and an
MXSTATUS_PROXY carries native category and source numbers beside the contract's
enums. The contract's enum values are not assumed to follow from them (a real
contract may number its enums differently), so every conversion goes through
these tables, which are keyed by member name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from mxgateway.wire.contract import mx

if TYPE_CHECKING:
    from mxgateway.wire._generated.mxaccess_gateway.v1 import (
        MxDataType,
        MxStatusCategory,
        MxStatusSource,
    )

__all__ = [
    "data_type_from_native",
    "native_category",
    "native_data_type",
    "native_source",
]

#: MXAccess's MxDataType numbers by contract member name.
_DATA_TYPES: Final = {
    "UNKNOWN": -1,
    "NO_DATA": 0,
    "BOOLEAN": 1,
    "INTEGER": 2,
    "FLOAT": 3,
    "DOUBLE": 4,
    "STRING": 5,
    "TIME": 6,
    "ELAPSED_TIME": 7,
    "REFERENCE": 8,
    "STATUS": 9,
    "DATA_TYPE_ENUM": 10,
    "SECURITY_CLASSIFICATION_ENUM": 11,
    "DATA_QUALITY": 12,
    "QUALIFIED_ENUM": 13,
    "QUALIFIED_STRUCT": 14,
    "INTERNATIONALIZED_STRING": 15,
    "BIG_STRING": 16,
}
_DATA_TYPE_NAMES: Final = {number: name for name, number in _DATA_TYPES.items()}

#: MXSTATUS_PROXY category numbers by contract member name.
_CATEGORIES: Final = {
    "UNKNOWN": -1,
    "OK": 0,
    "PENDING": 1,
    "WARNING": 2,
    "COMMUNICATION_ERROR": 3,
    "CONFIGURATION_ERROR": 4,
    "OPERATIONAL_ERROR": 5,
    "SECURITY_ERROR": 6,
    "SOFTWARE_ERROR": 7,
    "OTHER_ERROR": 8,
}

#: MXSTATUS_PROXY detectedBy numbers by contract member name.
_SOURCES: Final = {
    "UNKNOWN": -1,
    "REQUESTING_LMX": 0,
    "RESPONDING_LMX": 1,
    "REQUESTING_NMX": 2,
    "RESPONDING_NMX": 3,
    "REQUESTING_AUTOMATION_OBJECT": 4,
    "RESPONDING_AUTOMATION_OBJECT": 5,
}


def data_type_from_native(native: int) -> MxDataType:
    """The contract member for a native MXAccess data type; UNKNOWN when unmapped."""
    name = _DATA_TYPE_NAMES.get(native, "UNKNOWN")
    return mx.MxDataType[name]


def native_data_type(data_type: MxDataType) -> int:
    """The native MXAccess number of a contract data type (-1 for one MXAccess lacks)."""
    return _DATA_TYPES.get(data_type.name, -1)


def native_category(category: MxStatusCategory) -> int:
    """The native MXSTATUS_PROXY category number of a contract category."""
    return _CATEGORIES.get(category.name, -1)


def native_source(source: MxStatusSource) -> int:
    """The native MXSTATUS_PROXY detectedBy number of a contract source."""
    return _SOURCES.get(source.name, -1)
