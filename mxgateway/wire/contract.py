"""The generated contract bindings under stable names, guarded by what the library needs.

Everything else in the package reaches the generated code through this module.
``mx`` is ``mxaccess_gateway.v1`` and ``gr`` is ``galaxy_repository.v1``. A contract
regenerated from a gateway that lacks an element the typed layer needs (see
``requirements.py``) still imports: only reaching the missing message, field or
enum value raises ``UnsupportedError`` naming it, so every other feature keeps working.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING, Any

from mxgateway.wire import metadata, requirements, secrets

if TYPE_CHECKING:
    from types import ModuleType

    from mxgateway.wire._generated.galaxy_repository import v1 as gr
    from mxgateway.wire._generated.mxaccess_gateway import v1 as mx
else:
    from mxgateway.wire._generated.galaxy_repository import v1 as _gr_module
    from mxgateway.wire._generated.google import protobuf as _pb_module
    from mxgateway.wire._generated.mxaccess_gateway import v1 as _mx_module

__all__ = ["gr", "missing_elements", "mx"]


def _unsupported(what: str) -> Exception:
    """The error for reaching a contract element these bindings lack (errors imports us)."""
    from mxgateway.errors import UnsupportedError

    return UnsupportedError(f"this gateway contract lacks {what}")


def _missing_in(module: ModuleType, package: str, name: str, needed: tuple[str, ...]) -> list[str]:
    """The elements of message or enum ``name`` that ``needed`` names and the module lacks."""
    found = getattr(module, name, None)
    if found is None:
        return [f"{package}.{name}"]
    if isinstance(found, type) and issubclass(found, enum.Enum):
        have = {member.proto_name for member in found}  # type: ignore[attr-defined]
    else:
        have = {field.name for field in dataclasses.fields(found)}
    return [f"{package}.{name}.{element}" for element in needed if element not in have]


class _PartialEnum:
    """An enum that lacks some values the library names: the missing ones raise on access."""

    def __init__(self, cls: type[enum.Enum], missing: list[str]) -> None:
        self._cls = cls
        self._missing = missing

    def __getattr__(self, name: str) -> Any:
        try:
            return getattr(self._cls, name)
        except AttributeError:
            raise _unsupported(", ".join(self._missing)) from None

    def __call__(self, value: Any) -> Any:
        return self._cls(value)

    def __iter__(self) -> Any:
        return iter(self._cls)

    def __getitem__(self, name: str) -> Any:
        return self._cls[name]


class _Contract:
    """One generated package; a message or enum the library needs but lacks raises on access."""

    def __init__(
        self,
        module: ModuleType,
        package: str,
        messages: dict[str, tuple[str, ...]],
        enums: dict[str, tuple[str, ...]],
    ) -> None:
        self._module = module
        self._package = package
        self._needed = {**messages, **enums}
        self._enums = enums

    def __getattr__(self, name: str) -> Any:
        needed = self._needed.get(name)
        missing = _missing_in(self._module, self._package, name, needed) if needed else []
        found = getattr(self._module, name, None)
        if found is None:
            if needed is None:
                raise AttributeError(f"{self._package} has no {name}")
            raise _unsupported(f"{self._package}.{name}")
        if missing and name in self._enums:
            found = _PartialEnum(found, missing)
        elif missing:
            raise _unsupported(", ".join(missing))
        setattr(self, name, found)
        return found

    def missing(self) -> list[str]:
        """Every needed element this generated package lacks."""
        return [
            element
            for name, needed in self._needed.items()
            for element in _missing_in(self._module, self._package, name, needed)
        ]


if not TYPE_CHECKING:
    metadata.cache_type_hints(_mx_module, _gr_module, _pb_module)
    secrets.hide_secret_fields(_mx_module)
    mx = _Contract(
        _mx_module, requirements.MX_PACKAGE, requirements.MX_MESSAGES, requirements.MX_ENUMS
    )
    gr = _Contract(
        _gr_module, requirements.GR_PACKAGE, requirements.GR_MESSAGES, requirements.GR_ENUMS
    )


def missing_elements() -> list[str]:
    """Every contract element the typed layer needs that these bindings lack (empty when whole)."""
    return [*mx.missing(), *gr.missing()]  # type: ignore[attr-defined]
