"""mxgateway: a pure-Python asyncio client for the MXAccess Gateway.

The gateway puts gRPC in front of AVEVA System Platform's MXAccess toolkit, the
Galaxy Repository and the alarm system. This package is the typed client
(``GatewayClient``, ``Session``, ``GalaxyRepositoryClient``), the ``mxgw-py``
command line and a built-in gateway simulator (``mxgateway.simulator``).

Public names are imported on first use, so ``import mxgateway`` (and the CLI's
start-up) stays cheap until a client is actually needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from mxgateway._version import GATEWAY_PROTOCOL_VERSION, __version__

if TYPE_CHECKING:
    from mxgateway.alarms import (
        AcknowledgeResult,
        ActiveAlarm,
        AlarmFeedMessage,
        AlarmSnapshotComplete,
        AlarmStream,
        AlarmTransition,
    )
    from mxgateway.client import (
        GatewayClient,
    )
    from mxgateway.errors import (
        AlreadyExistsError,
        AuthenticationError,
        CallCancelledError,
        CommandError,
        ConnectionLostError,
        FailedPreconditionError,
        GatewayTimeoutError,
        GatewayUnavailableError,
        InvalidArgumentError,
        MalformedReplyError,
        MxAccessError,
        MxGatewayError,
        NotFoundError,
        PermissionDeniedError,
        ResourceExhaustedError,
        RpcError,
        SessionClosedError,
        SessionError,
        SessionFaultedError,
        TransportError,
        UnsupportedError,
    )
    from mxgateway.events import (
        AlarmTransitionEvent,
        BufferedDataChange,
        DataChange,
        Event,
        OperationComplete,
        ReplayGap,
        UnknownEvent,
        WriteComplete,
    )
    from mxgateway.galaxy import (
        GalaxyRepositoryClient,
        HierarchyPage,
    )
    from mxgateway.galaxy_filters import (
        MAX_PAGE_SIZE,
    )
    from mxgateway.galaxy_model import (
        AREA_CATEGORY_ID,
        DeployEvent,
        GalaxyAttribute,
        GalaxyObject,
        SecurityClassification,
    )
    from mxgateway.galaxy_tree import (
        GalaxyTreeNode,
    )
    from mxgateway.galaxy_watch import (
        DeployEventWatch,
    )
    from mxgateway.options import (
        ClientOptions,
    )
    from mxgateway.session import (
        EventStream,
        Session,
    )
    from mxgateway.session_bulk import (
        MAX_BULK_ENTRIES,
        ItemResult,
        ReadResult,
        WriteResult,
    )
    from mxgateway.session_commands import (
        WorkerInfo,
    )
    from mxgateway.subscription import (
        Subscription,
    )
    from mxgateway.values import (
        ARRAY_TYPES,
        SCALAR_TYPES,
        VALUE_TYPES,
        UnconvertedValue,
        Vtq,
        from_mx_value,
        infer_type,
        parse_value,
        quality_is_good,
        status_is_failure,
        to_mx_value,
    )

#: Where each lazily imported public name lives.
_EXPORTS: dict[str, str] = {
    "AcknowledgeResult": "mxgateway.alarms",
    "ActiveAlarm": "mxgateway.alarms",
    "AlarmFeedMessage": "mxgateway.alarms",
    "AlarmSnapshotComplete": "mxgateway.alarms",
    "AlarmStream": "mxgateway.alarms",
    "AlarmTransition": "mxgateway.alarms",
    "GatewayClient": "mxgateway.client",
    "AlreadyExistsError": "mxgateway.errors",
    "AuthenticationError": "mxgateway.errors",
    "CallCancelledError": "mxgateway.errors",
    "CommandError": "mxgateway.errors",
    "ConnectionLostError": "mxgateway.errors",
    "FailedPreconditionError": "mxgateway.errors",
    "GatewayTimeoutError": "mxgateway.errors",
    "GatewayUnavailableError": "mxgateway.errors",
    "InvalidArgumentError": "mxgateway.errors",
    "MalformedReplyError": "mxgateway.errors",
    "MxAccessError": "mxgateway.errors",
    "MxGatewayError": "mxgateway.errors",
    "NotFoundError": "mxgateway.errors",
    "PermissionDeniedError": "mxgateway.errors",
    "ResourceExhaustedError": "mxgateway.errors",
    "RpcError": "mxgateway.errors",
    "SessionClosedError": "mxgateway.errors",
    "SessionError": "mxgateway.errors",
    "SessionFaultedError": "mxgateway.errors",
    "TransportError": "mxgateway.errors",
    "UnsupportedError": "mxgateway.errors",
    "AlarmTransitionEvent": "mxgateway.events",
    "BufferedDataChange": "mxgateway.events",
    "DataChange": "mxgateway.events",
    "Event": "mxgateway.events",
    "OperationComplete": "mxgateway.events",
    "ReplayGap": "mxgateway.events",
    "UnknownEvent": "mxgateway.events",
    "WriteComplete": "mxgateway.events",
    "GalaxyRepositoryClient": "mxgateway.galaxy",
    "HierarchyPage": "mxgateway.galaxy",
    "MAX_PAGE_SIZE": "mxgateway.galaxy_filters",
    "AREA_CATEGORY_ID": "mxgateway.galaxy_model",
    "DeployEvent": "mxgateway.galaxy_model",
    "GalaxyAttribute": "mxgateway.galaxy_model",
    "GalaxyObject": "mxgateway.galaxy_model",
    "SecurityClassification": "mxgateway.galaxy_model",
    "GalaxyTreeNode": "mxgateway.galaxy_tree",
    "DeployEventWatch": "mxgateway.galaxy_watch",
    "ClientOptions": "mxgateway.options",
    "EventStream": "mxgateway.session",
    "Session": "mxgateway.session",
    "MAX_BULK_ENTRIES": "mxgateway.session_bulk",
    "ItemResult": "mxgateway.session_bulk",
    "ReadResult": "mxgateway.session_bulk",
    "WriteResult": "mxgateway.session_bulk",
    "WorkerInfo": "mxgateway.session_commands",
    "Subscription": "mxgateway.subscription",
    "ARRAY_TYPES": "mxgateway.values",
    "SCALAR_TYPES": "mxgateway.values",
    "VALUE_TYPES": "mxgateway.values",
    "UnconvertedValue": "mxgateway.values",
    "Vtq": "mxgateway.values",
    "from_mx_value": "mxgateway.values",
    "infer_type": "mxgateway.values",
    "parse_value": "mxgateway.values",
    "quality_is_good": "mxgateway.values",
    "status_is_failure": "mxgateway.values",
    "to_mx_value": "mxgateway.values",
}

__all__ = [
    "AREA_CATEGORY_ID",
    "ARRAY_TYPES",
    "GATEWAY_PROTOCOL_VERSION",
    "MAX_BULK_ENTRIES",
    "MAX_PAGE_SIZE",
    "SCALAR_TYPES",
    "VALUE_TYPES",
    "AcknowledgeResult",
    "ActiveAlarm",
    "AlarmFeedMessage",
    "AlarmSnapshotComplete",
    "AlarmStream",
    "AlarmTransition",
    "AlarmTransitionEvent",
    "AlreadyExistsError",
    "AuthenticationError",
    "BufferedDataChange",
    "CallCancelledError",
    "ClientOptions",
    "CommandError",
    "ConnectionLostError",
    "DataChange",
    "DeployEvent",
    "DeployEventWatch",
    "Event",
    "EventStream",
    "FailedPreconditionError",
    "GalaxyAttribute",
    "GalaxyObject",
    "GalaxyRepositoryClient",
    "GalaxyTreeNode",
    "GatewayClient",
    "GatewayTimeoutError",
    "GatewayUnavailableError",
    "HierarchyPage",
    "InvalidArgumentError",
    "ItemResult",
    "MalformedReplyError",
    "MxAccessError",
    "MxGatewayError",
    "NotFoundError",
    "OperationComplete",
    "PermissionDeniedError",
    "ReadResult",
    "ReplayGap",
    "ResourceExhaustedError",
    "RpcError",
    "SecurityClassification",
    "Session",
    "SessionClosedError",
    "SessionError",
    "SessionFaultedError",
    "Subscription",
    "TransportError",
    "UnconvertedValue",
    "UnknownEvent",
    "UnsupportedError",
    "Vtq",
    "WorkerInfo",
    "WriteComplete",
    "WriteResult",
    "__version__",
    "from_mx_value",
    "infer_type",
    "parse_value",
    "quality_is_good",
    "status_is_failure",
    "to_mx_value",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is used."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mxgateway' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
