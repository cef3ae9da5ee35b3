"""The public API: ``mxgateway.__all__`` is pinned, complete, documented and cheap to import."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import mxgateway

PUBLIC = [
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
    "ConnectionState",
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


def test_all_is_pinned() -> None:
    assert sorted(mxgateway.__all__) == sorted(PUBLIC)
    assert len(set(mxgateway.__all__)) == len(mxgateway.__all__)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_resolves_and_is_documented(name: str) -> None:
    value = getattr(mxgateway, name)
    assert name in dir(mxgateway)
    if inspect.isclass(value) or inspect.isfunction(value):
        assert inspect.getdoc(value), f"{name} has no docstring"
        assert value.__module__.startswith("mxgateway."), value.__module__


@pytest.mark.parametrize("name", [n for n in PUBLIC if inspect.isclass(getattr(mxgateway, n))])
def test_every_public_method_and_property_is_documented(name: str) -> None:
    cls = getattr(mxgateway, name)
    for owner in cls.__mro__:
        if not owner.__module__.startswith("mxgateway.") or owner.__module__.startswith(
            "mxgateway.wire._generated"
        ):
            continue
        for attr, value in vars(owner).items():
            if attr.startswith("_"):
                continue
            target = value.fget if isinstance(value, property) else value
            target = getattr(target, "__func__", target)
            if inspect.isfunction(target) or isinstance(value, property):
                assert inspect.getdoc(target), f"{owner.__name__}.{attr} has no docstring"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchThing'"):
        _ = mxgateway.NoSuchThing  # type: ignore[attr-defined]


def test_import_is_cheap_until_a_client_is_used() -> None:
    probe = (
        "import sys, mxgateway\n"
        "print('grpclib' in sys.modules, 'betterproto2' in sys.modules)\n"
        "mxgateway.GatewayClient\n"
        "print('grpclib' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["False", "False", "True"]
