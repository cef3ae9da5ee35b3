"""ClientOptions validation and secret hiding."""

from __future__ import annotations

from pathlib import Path

import pytest
import trustme

from mxgateway.errors import InvalidArgumentError
from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE, ClientOptions, resolve_options

KEY = "mxgw_ops_s3cretS3cret"


def test_defaults_and_parts() -> None:
    options = ClientOptions("gateway.example:5120", api_key=KEY)
    assert (options.host, options.port, options.tls) == ("gateway.example", 5120, True)
    assert options.max_message_size == DEFAULT_MAX_MESSAGE_SIZE == 16 * 1024 * 1024
    assert options.key_id == "ops"
    assert ClientOptions("[::1]:5000", plaintext=True).host == "::1"


def test_api_key_is_absent_from_repr_and_str() -> None:
    options = ClientOptions("localhost:5000", api_key=KEY, plaintext=True)
    assert "s3cret" not in repr(options)
    assert "s3cret" not in str(options)


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"endpoint": "localhost"}, "host:port"),
        ({"endpoint": "localhost:0"}, "port must be"),
        ({"endpoint": "localhost:70000"}, "port must be"),
        ({"endpoint": "http://x:1"}, "host:port"),
        ({"endpoint": "h:1", "api_key": "mxgw_a_b c"}, "whitespace"),
        ({"endpoint": "h:1", "plaintext": True, "ca_file": __file__}, "cannot be combined"),
        ({"endpoint": "h:1", "plaintext": True, "server_name_override": "x"}, "needs TLS"),
        ({"endpoint": "h:1", "server_name_override": " "}, "must not be empty"),
        ({"endpoint": "h:1", "ca_file": "/no/such/ca.pem"}, "not a readable file"),
        ({"endpoint": "h:1", "call_timeout": 0}, "positive"),
        ({"endpoint": "h:1", "connect_timeout": None}, "required"),
        ({"endpoint": "h:1", "keepalive_time": float("nan")}, "positive"),
        ({"endpoint": "h:1", "max_message_size": 10}, "max_message_size"),
    ],
)
def test_invalid_combinations_fail_at_construction(kwargs: dict[str, object], needle: str) -> None:
    with pytest.raises(InvalidArgumentError, match=needle) as info:
        ClientOptions(**kwargs)  # type: ignore[arg-type]
    assert "s3cret" not in str(info.value)


def test_ca_file_and_override_are_accepted_with_tls(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(ca))
    options = ClientOptions("10.0.0.1:5120", ca_file=ca, server_name_override="gateway")
    assert options.tls


@pytest.mark.parametrize("content", [b"x", b"", "key"])
def test_a_ca_file_without_a_certificate_is_refused_at_construction(
    tmp_path: Path, content: bytes | str
) -> None:
    ca = tmp_path / "ca.pem"
    if content == "key":
        trustme.CA().private_key_pem.write_to_path(str(ca))
    else:
        ca.write_bytes(content)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="holds no usable PEM certificate"):
        ClientOptions("10.0.0.1:5120", ca_file=ca)


def test_resolve_options_forms() -> None:
    base = ClientOptions("h:1", plaintext=True)
    assert resolve_options(base) is base
    assert resolve_options(base, call_timeout=5).call_timeout == 5
    assert resolve_options(endpoint="h:2", plaintext=True).port == 2
    with pytest.raises(InvalidArgumentError, match="unknown connection option"):
        resolve_options(endpoint="h:2", password="x")
    with pytest.raises(InvalidArgumentError, match="needs options or endpoint"):
        resolve_options()


def test_an_empty_api_key_means_no_authentication_as_the_seed_client_documents() -> None:
    assert ClientOptions("localhost:5000", api_key="", plaintext=True).api_key is None
    with pytest.raises(InvalidArgumentError, match="api_key must be a str"):
        ClientOptions("localhost:5000", api_key=b"mxgw_a_b", plaintext=True)  # type: ignore[arg-type]
