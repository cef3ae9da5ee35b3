"""Generated messages with secret fields: their ``repr`` shows ``<redacted>`` instead.

betterproto2's ``Message.__repr__`` prints every set field, so an
``AuthenticateUserCommand`` built by hand for the raw API (``invoke_raw``) would show
its password wherever the message is printed: a log line, a traceback that captures
local variables, an error tracker. ``hide_secret_fields`` gives the listed message
classes a ``repr`` that keeps every other field and hides the secret ones; encoding
is untouched. The typed helpers also wrap passwords in ``redaction.Secret``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["SECRET_FIELDS", "hide_secret_fields"]

#: Message name -> its fields that hold secrets.
SECRET_FIELDS: Final[dict[str, tuple[str, ...]]] = {"AuthenticateUserCommand": ("password",)}


def _repr_hiding(secret: tuple[str, ...]) -> Any:
    def __repr__(self: Any) -> str:
        parts = []
        for name in self._betterproto.sorted_field_names:
            value = getattr(self, name)
            if value != self._get_field_default(name):
                parts.append(f"{name}=<redacted>" if name in secret else f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    return __repr__


def hide_secret_fields(module: ModuleType) -> None:
    """Give each message of ``module`` named in ``SECRET_FIELDS`` a redacting ``repr``."""
    for message_name, fields in SECRET_FIELDS.items():
        message_type = getattr(module, message_name, None)
        if message_type is not None:
            message_type.__repr__ = _repr_hiding(fields)
