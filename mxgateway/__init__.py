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
        HandlesLostError,
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
    from mxgateway.galaxy import (
        GalaxyRepositoryClient,
        HierarchyPage,
    )
    from mxgateway.galaxy.filters import (
        MAX_PAGE_SIZE,
    )
    from mxgateway.galaxy.model import (
        AREA_CATEGORY_ID,
        DeployEvent,
        GalaxyAttribute,
        GalaxyObject,
        SecurityClassification,
    )
    from mxgateway.galaxy.tree import (
        GalaxyTreeNode,
    )
    from mxgateway.galaxy.watch import (
        DeployEventWatch,
    )
    from mxgateway.options import (
        ClientOptions,
    )
    from mxgateway.session import (
        EventStream,
        Session,
    )
    from mxgateway.session.bulk import (
        MAX_BULK_ENTRIES,
        ItemResult,
        ReadResult,
        WriteResult,
    )
    from mxgateway.session.commands import (
        WorkerInfo,
    )
    from mxgateway.session.events import (
        AlarmTransitionEvent,
        BufferedDataChange,
        DataChange,
        Event,
        OperationComplete,
        ReplayGap,
        SessionReplaced,
        UnknownEvent,
        WriteComplete,
    )
    from mxgateway.session.subscription import (
        Subscription,
    )
    from mxgateway.transport import (
        ConnectionState,
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
    "HandlesLostError": "mxgateway.errors",
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
    "AlarmTransitionEvent": "mxgateway.session.events",
    "BufferedDataChange": "mxgateway.session.events",
    "DataChange": "mxgateway.session.events",
    "Event": "mxgateway.session.events",
    "OperationComplete": "mxgateway.session.events",
    "ReplayGap": "mxgateway.session.events",
    "SessionReplaced": "mxgateway.session.events",
    "UnknownEvent": "mxgateway.session.events",
    "WriteComplete": "mxgateway.session.events",
    "GalaxyRepositoryClient": "mxgateway.galaxy",
    "HierarchyPage": "mxgateway.galaxy",
    "MAX_PAGE_SIZE": "mxgateway.galaxy.filters",
    "AREA_CATEGORY_ID": "mxgateway.galaxy.model",
    "DeployEvent": "mxgateway.galaxy.model",
    "GalaxyAttribute": "mxgateway.galaxy.model",
    "GalaxyObject": "mxgateway.galaxy.model",
    "SecurityClassification": "mxgateway.galaxy.model",
    "GalaxyTreeNode": "mxgateway.galaxy.tree",
    "DeployEventWatch": "mxgateway.galaxy.watch",
    "ClientOptions": "mxgateway.options",
    "EventStream": "mxgateway.session",
    "Session": "mxgateway.session",
    "MAX_BULK_ENTRIES": "mxgateway.session.bulk",
    "ItemResult": "mxgateway.session.bulk",
    "ReadResult": "mxgateway.session.bulk",
    "WriteResult": "mxgateway.session.bulk",
    "WorkerInfo": "mxgateway.session.commands",
    "Subscription": "mxgateway.session.subscription",
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
    "ConnectionState": "mxgateway.transport",
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
    "ConnectionState",
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
    "HandlesLostError",
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
    "SessionReplaced",
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
