"""The options every gateway command shares, as one flattened cyclopts parameter group.

``Common`` carries the connection (endpoint, API key, transport security, timeout)
and the output mode (``--json``). ``Common.client_options()`` turns it into the
library's ``ClientOptions``, which validates the combination.

The API key is sent only when an option asks for it, as the seed client documents:
``--api-key KEY`` or ``--api-key-env NAME`` (the key in variable NAME, usually
``MXGATEWAY_API_KEY``). A key merely present in the environment is never sent, so it
cannot leak to an endpoint it was not meant for. ``MXGATEWAY_PLAINTEXT`` (a strictly
parsed boolean) chooses plaintext when neither ``--plaintext`` nor ``--tls`` is given.
"""

import math
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

from cyclopts import Group, Parameter

if TYPE_CHECKING:
    from mxgateway.options import ClientOptions

__all__ = [
    "CONNECTION",
    "DEFAULT_API_KEY_ENV",
    "DEFAULT_COMMON",
    "OUTPUT",
    "PLAINTEXT_ENV",
    "Common",
    "parse_env_bool",
]

#: Help panel of the connection options.
CONNECTION: Final = Group("Connection", sort_key=90)
#: Help panel of the output options.
OUTPUT: Final = Group("Output", sort_key=95)
#: The environment variable the documentation suggests for the key (``--api-key-env`` reads it).
DEFAULT_API_KEY_ENV: Final = "MXGATEWAY_API_KEY"
#: The environment variable that turns plaintext on when neither --plaintext nor --tls is given.
PLAINTEXT_ENV: Final = "MXGATEWAY_PLAINTEXT"
_TRUE: Final = frozenset({"1", "true", "yes", "on"})
_FALSE: Final = frozenset({"0", "false", "no", "off"})


def parse_env_bool(name: str) -> bool | None:
    """The boolean in environment variable ``name`` (None when unset).

    Only 1/true/yes/on and 0/false/no/off (any case) are accepted: anything else, an
    empty value included, is a usage error rather than a guess about what was meant.
    """
    text = os.environ.get(name)
    if text is None:
        return None
    if text.strip().lower() in _TRUE:
        return True
    if text.strip().lower() in _FALSE:
        return False
    from mxgateway.errors import InvalidArgumentError

    raise InvalidArgumentError(
        f"{name} must be 1, true, yes, on or 0, false, no, off; got {text!r}"
    )


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
    """API key (mxgw_KEYID_SECRET). Prefer --api-key-env: a key on the command line is
    visible to other users of the machine."""

    api_key_env: Annotated[str | None, Parameter(show_default=False)] = None
    """Environment variable holding the API key, e.g. --api-key-env MXGATEWAY_API_KEY.
    Without --api-key or --api-key-env no key is sent (a gateway without authentication)."""

    plaintext: Annotated[bool, Parameter(negative="", show_default=False)] = False
    """Connect without TLS (only for gateways configured without TLS, such as mxgw-py
    simulate). Also MXGATEWAY_PLAINTEXT=1."""

    tls: Annotated[bool, Parameter(negative="", show_default=False)] = False
    """Connect with TLS (the default, also for localhost), verified against the system
    roots or --ca-file; overrides MXGATEWAY_PLAINTEXT."""

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
        """The API key from --api-key, else from the --api-key-env variable, else None.

        The variable named with --api-key-env must be set and not empty.
        """
        if self.api_key is not None or self.api_key_env is None:
            return self.api_key
        value = os.environ.get(self.api_key_env)
        if not value:
            from mxgateway.errors import InvalidArgumentError

            state = "is empty" if value is not None else "is not set in the environment"
            raise InvalidArgumentError(f"--api-key-env names {self.api_key_env}, which {state}")
        return value

    def use_plaintext(self) -> bool:
        """Plaintext from --plaintext; TLS from --tls, --ca-file or --server-name-override;
        else MXGATEWAY_PLAINTEXT decides (TLS when unset): an option beats the environment."""
        if self.plaintext:
            return True
        if self.tls or self.ca_file is not None or self.server_name_override is not None:
            return False
        return bool(parse_env_bool(PLAINTEXT_ENV))

    def secrets(self) -> tuple[str, ...]:
        """Secret strings that must never be printed: the key as given, and any key in the
        environment (even one not sent)."""
        names = {DEFAULT_API_KEY_ENV, *((self.api_key_env,) if self.api_key_env else ())}
        keys = [self.api_key, *(os.environ.get(name) for name in sorted(names))]
        return tuple(key for key in keys if key)

    def client_options(self, *, streaming: bool = False) -> "ClientOptions":
        """The library's validated ``ClientOptions`` for these options.

        ``--timeout`` bounds each call and the connection attempt, unless ``streaming``:
        streaming commands use it as their listening time, so their calls keep the
        library defaults and only connecting is bounded by it too.
        """
        from mxgateway.cli.hints import CONNECTION_OPTIONS, with_option_names
        from mxgateway.options import ClientOptions

        with with_option_names(CONNECTION_OPTIONS):
            options = ClientOptions(
                endpoint=self.endpoint,
                api_key=self.api_key_value(),
                plaintext=self.use_plaintext(),
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
