"""Connection options shared by every client of this package (gateway and Galaxy Repository).

``ClientOptions`` is validated when constructed, so a bad combination fails before any
connection attempt with an ``InvalidArgumentError`` naming the problem. The API key is
kept out of ``repr``/``str`` and every message.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable  # noqa: TC003 (the dataclass field's type, at run time)
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Final

from mxgateway.checks import check_bool, check_text
from mxgateway.errors import InvalidArgumentError, remember_secret

__all__ = [
    "DEFAULT_KEEPALIVE_TIME",
    "DEFAULT_KEEPALIVE_TIMEOUT",
    "DEFAULT_MAX_MESSAGE_SIZE",
    "ClientOptions",
    "check_seconds",
    "resolve_options",
]

#: The gateway's message limit, each way (16 MiB).
DEFAULT_MAX_MESSAGE_SIZE: Final = 16 * 1024 * 1024
#: Seconds between HTTP/2 pings while a call or stream is open. gRPC servers answer
#: pings more frequent than they allow with GOAWAY ``too_many_pings``; 10 s is the
#: floor most deployments accept.
DEFAULT_KEEPALIVE_TIME: Final = 10.0
#: Seconds a ping may stay unanswered before the connection counts as dead, so a dead
#: link is noticed within ``DEFAULT_KEEPALIVE_TIME + DEFAULT_KEEPALIVE_TIMEOUT`` (14 s).
DEFAULT_KEEPALIVE_TIMEOUT: Final = 4.0

_ENDPOINT = re.compile(r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[^\s:\[\]/]+)):(?P<port>\d{1,5})$")
_KEY_CHARS = re.compile(r"^[\x21-\x7e]+$")


def check_seconds(name: str, value: float | None, *, optional: bool) -> None:
    """Raise ``InvalidArgumentError`` unless ``value`` is a finite number of seconds > 0
    (or None when ``optional``)."""
    if value is None:
        if not optional:
            raise InvalidArgumentError(f"{name} is required")
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError(f"{name} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise InvalidArgumentError(f"{name} must be a positive number of seconds, got {value}")


def _check_host_name(host: str) -> None:
    """Refuse a host name DNS cannot carry (the resolver would fail with a UnicodeError)."""
    if ":" in host:  # an IPv6 address
        return
    try:
        encoded = host.encode("idna")
    except UnicodeError:
        encoded = b""
    if not encoded or len(encoded) > 253:
        raise InvalidArgumentError(
            "endpoint host is not a valid host name (labels of 1 to 63 characters, 253 in all)"
        )


def _check_ca_file(path: Path) -> None:
    """Refuse a CA file that is missing or holds no PEM certificate (e.g. a key file)."""
    import ssl

    if not path.is_file():
        raise InvalidArgumentError(f"ca_file {str(path)!r} is not a readable file")
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=str(path))
    except (ssl.SSLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or type(exc).__name__
        raise InvalidArgumentError(
            f"ca_file {str(path)!r} holds no usable PEM certificate ({reason})"
        ) from None


@dataclass(frozen=True)
class ClientOptions:
    """How to reach and authenticate to a gateway.

    Transport security is one of: ``plaintext=True`` (no TLS); TLS verified against the
    system roots (the default); TLS verified against ``ca_file`` (a PEM bundle, e.g. a
    gateway's self-signed certificate). ``server_name_override`` sets the name used for
    SNI and the certificate hostname check when it differs from the endpoint host.

    Timeouts are in seconds: ``call_timeout`` applies to every unary call unless a call
    passes its own (None: no limit; streams never get it), ``connect_timeout`` to
    establishing the connection, HTTP/2 handshake included. ``keepalive_time`` sends an
    HTTP/2 ping every that many seconds while a call or stream is open (None: off) and
    drops the connection when one is unanswered for ``keepalive_timeout``.
    ``max_message_size`` bounds each message sent and received.

    ``reconnect`` (on by default) re-establishes a lost connection in the background,
    waiting ``reconnect_delay`` seconds before the second attempt and doubling up to
    ``reconnect_delay_max``, each delay drawn from [delay/2, delay] (jitter) by
    ``reconnect_random`` (``random.random`` unless given, e.g. a seeded
    ``random.Random(0).random`` in tests). Without it a lost connection stays lost.
    """

    endpoint: str
    #: ``mxgw_<keyid>_<secret>``; None (or "", as the seed client documents) for a gateway
    #: running without authentication.
    api_key: str | None = field(default=None, repr=False)
    plaintext: bool = False
    ca_file: str | Path | None = None
    server_name_override: str | None = None
    call_timeout: float | None = 60.0
    connect_timeout: float = 10.0
    keepalive_time: float | None = DEFAULT_KEEPALIVE_TIME
    keepalive_timeout: float = DEFAULT_KEEPALIVE_TIMEOUT
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE
    reconnect: bool = True
    reconnect_delay: float = 0.5
    reconnect_delay_max: float = 30.0
    reconnect_random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.endpoint, str) or not _ENDPOINT.match(self.endpoint):
            raise InvalidArgumentError(
                f"endpoint must be host:port (or [ipv6]:port), got {self.endpoint!r}"
            )
        if not 1 <= self.port <= 65535:
            raise InvalidArgumentError(f"endpoint port must be 1..65535, got {self.port}")
        _check_host_name(self.host)
        if self.api_key == "":
            object.__setattr__(self, "api_key", None)
        if self.api_key is not None:
            if not isinstance(self.api_key, str):
                raise InvalidArgumentError(
                    f"api_key must be a str (or None), not {type(self.api_key).__name__}"
                )
            if not _KEY_CHARS.match(self.api_key):
                raise InvalidArgumentError(
                    "api_key contains whitespace or non-printable characters"
                )
            remember_secret(self.api_key)
        check_bool("plaintext", self.plaintext)
        if self.plaintext and self.ca_file is not None:
            raise InvalidArgumentError("ca_file needs TLS: it cannot be combined with plaintext")
        if self.plaintext and self.server_name_override is not None:
            raise InvalidArgumentError(
                "server_name_override needs TLS: it cannot be combined with plaintext"
            )
        if self.server_name_override is not None:
            check_text("server_name_override", self.server_name_override)
        if self.ca_file is not None:
            _check_ca_file(Path(self.ca_file))
        check_seconds("call_timeout", self.call_timeout, optional=True)
        check_seconds("connect_timeout", self.connect_timeout, optional=False)
        check_seconds("keepalive_time", self.keepalive_time, optional=True)
        check_seconds("keepalive_timeout", self.keepalive_timeout, optional=False)
        if not isinstance(self.reconnect, bool):
            raise InvalidArgumentError(f"reconnect must be True or False, got {self.reconnect!r}")
        check_seconds("reconnect_delay", self.reconnect_delay, optional=False)
        check_seconds("reconnect_delay_max", self.reconnect_delay_max, optional=False)
        if self.reconnect_delay_max < self.reconnect_delay:
            raise InvalidArgumentError(
                f"reconnect_delay_max ({self.reconnect_delay_max}) must be >= "
                f"reconnect_delay ({self.reconnect_delay})"
            )
        if not callable(self.reconnect_random):
            raise InvalidArgumentError("reconnect_random must be a callable returning [0, 1)")
        if (
            isinstance(self.max_message_size, bool)
            or not isinstance(self.max_message_size, int)
            or not 1024 <= self.max_message_size <= 2**31 - 1
        ):
            raise InvalidArgumentError(
                "max_message_size must be an int from 1024 to 2**31-1, "
                f"got {self.max_message_size!r}"
            )

    @property
    def host(self) -> str:
        """The endpoint's host (an IPv6 address without brackets)."""
        match = _ENDPOINT.match(self.endpoint)
        assert match is not None
        return match.group("v6") or match.group("host")

    @property
    def port(self) -> int:
        """The endpoint's port."""
        return int(self.endpoint.rsplit(":", 1)[1])

    @property
    def tls(self) -> bool:
        """True unless ``plaintext`` is set."""
        return not self.plaintext

    def reconnect_backoff(self, attempt: int) -> float:
        """Seconds to wait before reconnect attempt ``attempt`` (1 = the first retry):
        ``reconnect_delay * 2**(attempt-1)`` capped at ``reconnect_delay_max``, scaled
        into [50 %, 100 %] by ``reconnect_random`` so clients do not retry in step."""
        doublings = min(max(attempt - 1, 0), 62)
        delay = min(self.reconnect_delay * float(2**doublings), self.reconnect_delay_max)
        return delay * (0.5 + 0.5 * self.reconnect_random())

    @property
    def key_id(self) -> str | None:
        """The non-secret key id of an ``mxgw_<keyid>_<secret>`` key, if it has that form."""
        if self.api_key is None or not self.api_key.startswith("mxgw_"):
            return None
        parts = self.api_key.split("_", 2)
        return parts[1] if len(parts) == 3 else None


def resolve_options(options: ClientOptions | None = None, **overrides: Any) -> ClientOptions:
    """The options for a ``connect()`` call: ``options``, keyword arguments, or both.

    Keyword arguments override fields of ``options``; without ``options`` they build one
    (``endpoint`` is then required). Unknown names raise ``InvalidArgumentError``.
    """
    known = {f.name for f in fields(ClientOptions)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise InvalidArgumentError(f"unknown connection option(s): {', '.join(unknown)}")
    if options is None:
        if "endpoint" not in overrides:
            raise InvalidArgumentError("connect() needs options or endpoint=...")
        return ClientOptions(**overrides)
    if not isinstance(options, ClientOptions):
        raise InvalidArgumentError(f"options must be ClientOptions, got {type(options).__name__}")
    return replace(options, **overrides) if overrides else options
