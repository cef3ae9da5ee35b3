"""API keys, scopes and the per-call authorisation the gateway enforces.

Every call carries ``authorization: Bearer mxgw_<keyid>_<secret>``. A missing,
malformed, unknown or revoked key is UNAUTHENTICATED; a valid key without the
call's scope is PERMISSION_DENIED. Both carry the same message so a caller
cannot tell which, and the secret never appears in any message or repr.
"""

from __future__ import annotations

import contextvars
import hmac
import re
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grpclib import GRPCError
from grpclib.const import Status

from mxgateway.simulator.globs import matches_any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "ALL_SCOPES",
    "ANONYMOUS",
    "DENIED_MESSAGE",
    "ApiKeySpec",
    "KeyRing",
    "current_caller",
    "require_scope",
]

ALL_SCOPES = frozenset(
    {
        "session:open",
        "session:close",
        "invoke:read",
        "invoke:write",
        "invoke:secure",
        "events:read",
        "metadata:read",
        "admin",
    }
)

#: The one message for both UNAUTHENTICATED and PERMISSION_DENIED.
DENIED_MESSAGE = "Access denied: the API key is missing, invalid or not allowed to make this call."

_KEY_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{8,256}")
_TOKEN = re.compile(r"mxgw_([A-Za-z0-9-]{1,64})_([A-Za-z0-9_-]{8,256})")
_MAX_CLASSIFICATION = 6


@dataclass(frozen=True)
class ApiKeySpec:
    """One API key the simulator accepts, with its scopes and constraints.

    ``read_globs`` / ``write_globs`` limit which tag references the key may read
    or write; ``max_write_classification`` is the highest security
    classification (0 FreeAccess .. 6 ViewOnly) it may write. The repr hides the
    secret.
    """

    key_id: str
    secret: str = field(repr=False)
    scopes: frozenset[str] = ALL_SCOPES
    read_globs: tuple[str, ...] = ("*",)
    write_globs: tuple[str, ...] = ("*",)
    max_write_classification: int = _MAX_CLASSIFICATION
    revoked: bool = False

    def __post_init__(self) -> None:
        if not _KEY_ID.fullmatch(self.key_id):
            raise ValueError("key_id must be 1-64 letters, digits or '-' (no '_')")
        if not _SECRET.fullmatch(self.secret):
            raise ValueError("the secret must be 8-256 letters, digits, '_' or '-'")
        object.__setattr__(self, "scopes", frozenset(self.scopes))
        unknown = self.scopes - ALL_SCOPES
        if unknown:
            raise ValueError(f"unknown scopes {sorted(unknown)}; known: {sorted(ALL_SCOPES)}")
        object.__setattr__(self, "read_globs", _glob_tuple("read_globs", self.read_globs))
        object.__setattr__(self, "write_globs", _glob_tuple("write_globs", self.write_globs))
        if not 0 <= self.max_write_classification <= _MAX_CLASSIFICATION:
            raise ValueError("max_write_classification must be between 0 and 6")

    @property
    def token(self) -> str:
        """The bearer token a client sends: ``mxgw_<key_id>_<secret>``."""
        return f"mxgw_{self.key_id}_{self.secret}"

    @classmethod
    def generate(cls, key_id: str = "sim", **constraints: object) -> ApiKeySpec:
        """A key with a fresh random secret."""
        return cls(key_id, secrets.token_hex(16), **constraints)  # type: ignore[arg-type]

    @classmethod
    def from_token(cls, token: str, **constraints: object) -> ApiKeySpec:
        """The key a ``mxgw_<key_id>_<secret>`` token stands for."""
        match = _TOKEN.fullmatch(token)
        if match is None:
            raise ValueError("an API key looks like mxgw_<key_id>_<secret>")
        return cls(match.group(1), match.group(2), **constraints)  # type: ignore[arg-type]

    def may_read(self, reference: str) -> bool:
        """True when the key's read globs allow ``reference``."""
        return matches_any(reference, self.read_globs)

    def may_write(self, reference: str, classification: int) -> bool:
        """True when the write globs and classification limit allow the write."""
        return classification <= self.max_write_classification and matches_any(
            reference, self.write_globs
        )


def _glob_tuple(name: str, globs: Iterable[str]) -> tuple[str, ...]:
    if isinstance(globs, str):
        raise TypeError(f"{name} must be a sequence of globs, not a single string")
    return tuple(globs)


ANONYMOUS = ApiKeySpec("anonymous", "no-auth-mode")
"""The caller in no-auth mode: every scope, no constraints."""

current_caller: contextvars.ContextVar[ApiKeySpec] = contextvars.ContextVar("current_caller")


def _denied(status: Status) -> GRPCError:
    return GRPCError(status, DENIED_MESSAGE)


class KeyRing:
    """The API keys a simulator accepts, checked on every call."""

    def __init__(self, keys: Iterable[ApiKeySpec], *, require_auth: bool = True) -> None:
        self._keys: dict[str, ApiKeySpec] = {}
        self.require_auth = require_auth
        for key in keys:
            self.add(key)

    def add(self, key: ApiKeySpec) -> None:
        """Accept ``key`` from now on (replacing one with the same id)."""
        self._keys[key.key_id] = key

    def revoke(self, token_or_key_id: str) -> None:
        """Refuse a key from now on; unknown ids are a KeyError."""
        match = _TOKEN.fullmatch(token_or_key_id)
        key_id = match.group(1) if match else token_or_key_id
        key = self._keys.get(key_id)
        if key is None:
            if match is None and not _KEY_ID.fullmatch(key_id):
                raise KeyError("no API key with that id or token")  # may hold a secret: no echo
            raise KeyError(f"no API key with id {key_id!r}")
        self._keys[key_id] = ApiKeySpec(
            key.key_id,
            key.secret,
            key.scopes,
            key.read_globs,
            key.write_globs,
            key.max_write_classification,
            revoked=True,
        )

    def keys(self) -> list[ApiKeySpec]:
        """Every key, revoked ones included, in the order they were added."""
        return list(self._keys.values())

    def authenticate(self, metadata: Mapping[str, str | bytes]) -> ApiKeySpec:
        """The caller's key, or UNAUTHENTICATED (no detail on why)."""
        if not self.require_auth:
            return ANONYMOUS
        header = metadata.get("authorization", "")
        if not isinstance(header, str):
            raise _denied(Status.UNAUTHENTICATED)
        scheme, _, token = header.partition(" ")
        match = _TOKEN.fullmatch(token.strip()) if scheme.lower() == "bearer" else None
        if match is None:
            raise _denied(Status.UNAUTHENTICATED)
        key = self._keys.get(match.group(1))
        if key is None or key.revoked:
            raise _denied(Status.UNAUTHENTICATED)
        if not hmac.compare_digest(key.secret.encode(), match.group(2).encode()):
            raise _denied(Status.UNAUTHENTICATED)
        return key


def require_scope(scope: str) -> ApiKeySpec:
    """The current caller if it holds ``scope``, else PERMISSION_DENIED."""
    caller = current_caller.get()
    if scope not in caller.scopes:
        raise _denied(Status.PERMISSION_DENIED)
    return caller
