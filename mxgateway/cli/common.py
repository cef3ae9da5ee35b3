"""The options every gateway command shares, as one flattened cyclopts parameter group.

``Common`` carries the connection (endpoint, API key, transport security, timeout)
and the output mode (``--json``). ``Common.client_options()`` turns it into the
library's ``ClientOptions``, which validates the combination.
"""

import math
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

from cyclopts import Group, Parameter

if TYPE_CHECKING:
    from mxgateway.options import ClientOptions

__all__ = ["CONNECTION", "DEFAULT_API_KEY_ENV", "DEFAULT_COMMON", "OUTPUT", "Common"]

#: Help panel of the connection options.
CONNECTION: Final = Group("Connection", sort_key=90)
#: Help panel of the output options.
OUTPUT: Final = Group("Output", sort_key=95)
#: The environment variable the API key is read from unless ``--api-key-env`` names another.
DEFAULT_API_KEY_ENV: Final = "MXGATEWAY_API_KEY"


def _check_common(type_: object, value: "Common | None") -> None:
    """cyclopts validator: ``--plaintext`` and ``--tls`` exclude each other, and ``--timeout``
    is a positive, finite number of seconds (NaN or 0 would end a stream at once)."""
    if value is None:
        return
    if value.plaintext and value.tls:
        raise ValueError("--plaintext and --tls cannot be combined: choose one")
    if value.timeout is not None and not 0 < value.timeout < math.inf:
        raise ValueError(f"--timeout must be a positive number of seconds, got {value.timeout}")


@Parameter(name="*", group=CONNECTION, validator=_check_common)
@dataclass(frozen=True)
class Common:
    """Connection and output options of every gateway command."""

    endpoint: Annotated[str, Parameter(env_var="MXGATEWAY_ENDPOINT")] = "localhost:5000"
    """Gateway address as host:port (deployed gateways often listen on 5120)."""

    api_key: Annotated[str | None, Parameter(show_default=False)] = None
    """API key (mxgw_KEYID_SECRET). Prefer the environment variable: a key on the
    command line is visible to other users of the machine."""

    api_key_env: str = DEFAULT_API_KEY_ENV
    """Environment variable holding the API key when --api-key is not given."""

    plaintext: Annotated[bool, Parameter(negative="", show_default=False)] = False
    """Connect without TLS (only for gateways configured without TLS)."""

    tls: Annotated[bool, Parameter(negative="", show_default=False)] = False
    """Connect with TLS (the default, also for localhost), verified against the system
    roots or --ca-file."""

    ca_file: Annotated[Path | None, Parameter(show_default=False)] = None
    """PEM file of the CA (or self-signed certificate) to verify the gateway with."""

    server_name_override: Annotated[str | None, Parameter(show_default=False)] = None
    """Name to expect in the gateway's certificate (and send as SNI) when it differs from
    the endpoint host."""

    timeout: Annotated[float | None, Parameter(show_default=False)] = None
    """Seconds: the limit for each gateway call (default 60) and for a write's wait for its
    OnWriteComplete (default 30); for streaming commands (stream-*, galaxy-watch, smoke) how
    long to listen in total (default: no limit; smoke: 10)."""

    json: Annotated[bool, Parameter(negative="", group=OUTPUT)] = False
    """Print JSON for scripts: one document per command, one line per message for
    streams, keys sorted."""

    def api_key_value(self) -> str | None:
        """The API key from --api-key, else from the --api-key-env variable (None if unset).

        A variable named explicitly with --api-key-env must be set.
        """
        if self.api_key is not None:
            return self.api_key
        value = os.environ.get(self.api_key_env)
        if value is None and self.api_key_env != DEFAULT_API_KEY_ENV:
            from mxgateway.errors import InvalidArgumentError

            raise InvalidArgumentError(
                f"--api-key-env names {self.api_key_env}, which is not set in the environment"
            )
        return value or None

    def secrets(self) -> tuple[str, ...]:
        """Secret strings that must never be printed (the API key as given)."""
        key = self.api_key if self.api_key is not None else os.environ.get(self.api_key_env)
        return (key,) if key else ()

    def client_options(self, *, streaming: bool = False) -> "ClientOptions":
        """The library's validated ``ClientOptions`` for these options.

        ``--timeout`` bounds each call and the connection attempt, unless ``streaming``:
        streaming commands use it as their listening time, so their calls keep the
        library defaults and only connecting is bounded by it too.
        """
        from mxgateway.options import ClientOptions

        options = ClientOptions(
            endpoint=self.endpoint,
            api_key=self.api_key_value(),
            plaintext=self.plaintext,
            ca_file=self.ca_file,
            server_name_override=self.server_name_override,
        )
        if self.timeout is None:
            return options
        if streaming:
            return replace(options, connect_timeout=min(self.timeout, options.connect_timeout))
        return replace(options, call_timeout=self.timeout, connect_timeout=self.timeout)


#: The options when none are given on the command line (a frozen, shared default).
DEFAULT_COMMON: Final = Common()
