"""Generated messages resolve their type hints once per class, not once per field.

betterproto2 builds a message class's metadata (``cls._betterproto``) on first use:
``to_dict``, ``which_one_of``, oneof arms. For each field it asks ``cls._type_hints()``,
which runs ``typing.get_type_hints`` over the whole class again, so a class with n fields
evaluates n * n annotations: about 30 ms for ``MxCommand`` (39 fields), 11 ms for
``MxCommandReply``, where one resolution takes 1 ms. That first-use cost lands on every
short-lived process, each ``mxgw-py`` command included. ``cache_type_hints`` gives each
generated message class a ``_type_hints`` that resolves once and keeps the result; the
hints themselves are the same, since a generated class's annotations never change.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, get_type_hints

import betterproto2

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["cache_type_hints"]

#: Resolved type hints by message class.
_HINTS: dict[type, dict[str, Any]] = {}


def _type_hints(cls: type[betterproto2.Message]) -> dict[str, Any]:
    """``betterproto2.Message._type_hints``, resolved once per class."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = get_type_hints(cls, vars(sys.modules[cls.__module__]), {})
    return hints


def cache_type_hints(*modules: ModuleType) -> None:
    """Give every message class defined in ``modules`` the resolve-once ``_type_hints``."""
    resolve_once = classmethod(_type_hints)
    for module in modules:
        for value in vars(module).values():
            # Not issubclass: Message is an ABC, and refusing each enum would walk every
            # message class (a few ms per package).
            if (
                isinstance(value, type)
                and betterproto2.Message in value.__mro__
                and value.__module__ == module.__name__
            ):
                value._type_hints = resolve_once  # type: ignore[attr-defined]
