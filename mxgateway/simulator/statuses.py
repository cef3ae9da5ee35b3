"""MXSTATUS_PROXY values and COM HRESULTs as the MXAccess worker reports them."""

from __future__ import annotations

from mxgateway.native import native_category, native_source
from mxgateway.wire.contract import mx

__all__ = [
    "DETAIL_ATTRIBUTE_NOT_FOUND",
    "DETAIL_BARE_ARRAY",
    "DETAIL_INVALID_INDEX",
    "DETAIL_NOT_WRITABLE",
    "DETAIL_OBJECT_NOT_FOUND",
    "DETAIL_SECURITY",
    "DETAIL_TIMEOUT",
    "DETAIL_WRONG_TYPE",
    "E_FAIL",
    "E_HANDLE",
    "E_INVALIDARG",
    "MX_E_FAILURE",
    "S_OK",
    "MxFailure",
    "failure_status",
    "ok_status",
    "pending_status",
]

S_OK = 0
E_FAIL = -2147467259  # 0x80004005
E_INVALIDARG = -2147024809  # 0x80070057
E_HANDLE = -2147024890  # 0x80070006
MX_E_FAILURE = -2147220992  # 0x80040200, LMXProxyServer's generic failure

DETAIL_OBJECT_NOT_FOUND = 1001
DETAIL_ATTRIBUTE_NOT_FOUND = 1002
DETAIL_BARE_ARRAY = 1003
DETAIL_INVALID_INDEX = 1004
DETAIL_WRONG_TYPE = 1010
DETAIL_SECURITY = 1020
DETAIL_NOT_WRITABLE = 1021
DETAIL_TIMEOUT = 1030


def _proxy(
    category: mx.MxStatusCategory, source: mx.MxStatusSource, detail: int, text: str
) -> mx.MxStatusProxy:
    success = 1 if category is mx.MxStatusCategory.OK else 0
    return mx.MxStatusProxy(
        success=success,
        category=category,
        detected_by=source,
        detail=detail,
        raw_category=native_category(category),
        raw_detected_by=native_source(source),
        diagnostic_text=text,
    )


def ok_status() -> mx.MxStatusProxy:
    """The status of a call MXAccess completed."""
    return _proxy(mx.MxStatusCategory.OK, mx.MxStatusSource.RESPONDING_LMX, 0, "OK")


def pending_status() -> mx.MxStatusProxy:
    """The status of a write still in flight."""
    return _proxy(
        mx.MxStatusCategory.PENDING,
        mx.MxStatusSource.RESPONDING_AUTOMATION_OBJECT,
        0,
        "Write pending",
    )


def failure_status(
    category: mx.MxStatusCategory,
    detail: int,
    text: str,
    source: mx.MxStatusSource = mx.MxStatusSource.RESPONDING_LMX,
) -> mx.MxStatusProxy:
    """A failed MXSTATUS_PROXY."""
    return _proxy(category, source, detail, text)


class MxFailure(Exception):
    """MXAccess itself refused a command: a data-bearing MXACCESS_FAILURE reply."""

    def __init__(
        self, message: str, *, hresult: int = MX_E_FAILURE, status: mx.MxStatusProxy | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hresult = hresult
        self.status = status or failure_status(mx.MxStatusCategory.OPERATIONAL_ERROR, 0, message)
