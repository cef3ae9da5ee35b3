"""The error hierarchy and the single grpclib -> MxGatewayError mapping."""

from __future__ import annotations

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError, ProtocolError, StreamTerminatedError

from mxgateway import errors
from mxgateway.errors import map_transport_error, redact_secrets
from mxgateway.options import ClientOptions

KEY = "mxgw_ops_s3cretS3cret"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (Status.UNAVAILABLE, errors.GatewayUnavailableError),
        (Status.DEADLINE_EXCEEDED, errors.GatewayTimeoutError),
        (Status.UNAUTHENTICATED, errors.AuthenticationError),
        (Status.PERMISSION_DENIED, errors.PermissionDeniedError),
        (Status.NOT_FOUND, errors.NotFoundError),
        (Status.ALREADY_EXISTS, errors.AlreadyExistsError),
        (Status.INVALID_ARGUMENT, errors.InvalidArgumentError),
        (Status.RESOURCE_EXHAUSTED, errors.ResourceExhaustedError),
        (Status.FAILED_PRECONDITION, errors.FailedPreconditionError),
        (Status.CANCELLED, errors.CallCancelledError),
        (Status.INTERNAL, errors.RpcError),
        (Status.UNIMPLEMENTED, errors.RpcError),
    ],
)
def test_grpc_status_maps_to_one_class_and_is_kept(status: Status, cls: type) -> None:
    mapped = map_transport_error(GRPCError(status, "nope"), operation="Invoke", api_key=KEY)
    assert type(mapped) is cls
    assert mapped.grpc_status is status
    assert isinstance(mapped, errors.MxGatewayError)


def test_transport_exceptions_map_to_transport_errors() -> None:
    def mapped(exc: BaseException) -> errors.MxGatewayError:
        return map_transport_error(exc, operation="OpenSession")

    assert type(mapped(ConnectionRefusedError(111, "refused"))) is errors.GatewayUnavailableError
    assert type(mapped(ConnectionResetError(104, "reset"))) is errors.ConnectionLostError
    assert type(mapped(StreamTerminatedError("gone"))) is errors.ConnectionLostError
    assert type(mapped(ProtocolError("bad frame"))) is errors.ConnectionLostError
    timeout = mapped(TimeoutError())
    assert type(timeout) is errors.GatewayTimeoutError
    assert isinstance(timeout, TimeoutError)
    for exc in (ConnectionRefusedError(), StreamTerminatedError(), TimeoutError()):
        assert isinstance(mapped(exc), errors.TransportError)
        assert mapped(exc).grpc_status is None


def test_authentication_message_is_redacted_and_names_the_key_id() -> None:
    mapped = map_transport_error(
        GRPCError(Status.UNAUTHENTICATED, f"bad key {KEY}"), operation="OpenSession", api_key=KEY
    )
    assert "s3cret" not in str(mapped)
    assert "s3cret" not in repr(mapped)
    assert str(mapped).startswith("authentication failed: invalid API key mxgw_ops_<redacted>")


def test_permission_and_authentication_are_distinct() -> None:
    assert not issubclass(errors.PermissionDeniedError, errors.AuthenticationError)
    assert not issubclass(errors.AuthenticationError, errors.PermissionDeniedError)


def test_invalid_argument_is_a_value_error() -> None:
    assert issubclass(errors.InvalidArgumentError, ValueError)


def test_redact_secrets_scrubs_tokens_and_bearer_values() -> None:
    text = f"authorization: Bearer {KEY} and bearer abc.def and {KEY}x"
    cleaned = redact_secrets(text)
    assert "s3cret" not in cleaned
    assert "abc.def" not in cleaned
    assert "mxgw_ops_<redacted>" in cleaned


def test_every_error_message_is_redacted_at_construction() -> None:
    error = errors.CommandError(f"failed for {KEY}")
    assert "s3cret" not in str(error)


def test_mx_access_error_keeps_reply_hresult_and_statuses() -> None:
    error = errors.MxAccessError("write failed", reply="raw", hresult=-2147220992, statuses=[])
    assert isinstance(error, errors.CommandError)
    assert (error.reply, error.hresult, error.statuses) == ("raw", -2147220992, ())


def test_module_docstring_names_every_error_class() -> None:
    doc = errors.__doc__ or ""
    names = [
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.MxGatewayError)
    ]
    assert len(names) >= 20
    for name in names:
        assert name in doc, name


def test_a_secret_with_punctuation_is_redacted_whole_once_its_key_is_known() -> None:
    key = "mxgw_plant_s3cr,et;with'quotes\"too"
    text = f"gateway said: bad key {key} (code 16)"
    assert "with'quotes" in redact_secrets(text), "patterns alone stop at the comma"
    ClientOptions(endpoint="gw:5120", api_key=key)
    assert redact_secrets(text) == "gateway said: bad key mxgw_plant_<redacted> (code 16)"
    assert "quotes" not in str(errors.MxGatewayError(text))
