"""Blocking twins of the async classes, built at import time from the classes themselves.

``twin_classes()`` makes one class per async class of ``derive.twin_sources()``. Each
twin method runs the async method on the twin's loop thread and converts the result:
an async object with a twin becomes its twin (the same twin object every time), an
async iterator becomes a plain iterator, lists and tuples are converted item by item.
Arguments that are twins are passed on as their async objects. Properties and
instance attributes are read straight from the async object (they only read state).

A classmethod (``connect``) starts a new loop thread; the twin it returns owns that
thread and stops it when it is closed (``close()`` or leaving ``with``).
"""

from __future__ import annotations

import inspect
import threading
import types
import warnings
import weakref
from typing import TYPE_CHECKING, Any, Final, Generic

from mxgateway.sync.derive import (
    Member,
    Translator,
    instance_attributes,
    members,
    twin_sources,
)
from mxgateway.sync.loop import LoopThread

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Twin", "twin_classes"]

MODULE: Final = "mxgateway.sync"


class Twin:
    """Base of every blocking twin: the async object it stands for and its loop thread.

    The twin a classmethod (``connect``) made owns the loop thread; every twin derived
    from it keeps it alive (``_root``), so a session outliving its client's name still
    works, and the thread stops when the owner is closed, or else dropped.
    """

    __slots__ = ("__weakref__", "_aio", "_loop", "_root")

    def __init__(self, aio: Any, loop: LoopThread, root: Twin | None) -> None:
        self._aio = aio
        self._loop = loop
        self._root = root

    def __repr__(self) -> str:
        return f"sync.{self._aio!r}"

    @property
    def _owns_loop(self) -> bool:
        return self._root is None

    def _release_loop(self) -> None:
        """Stop the loop thread if this twin owns it (the client was closed)."""
        if self._owns_loop:
            self._loop.close()


_twin_types: dict[type, type[Twin]] = {}
_twins: weakref.WeakValueDictionary[int, Twin] = weakref.WeakValueDictionary()
_twins_lock = threading.Lock()


def _twin_type(value: object) -> type[Twin] | None:
    for cls in type(value).__mro__:
        twin = _twin_types.get(cls)
        if twin is not None:
            return twin
    return None


def _twin(twin_type: type[Twin], aio: object, loop: LoopThread, root: Twin | None) -> Twin:
    """The twin of ``aio``: the existing one while it lives, else a new one."""
    with _twins_lock:
        twin = _twins.get(id(aio))
        if twin is None or twin._aio is not aio:
            twin = twin_type(aio, loop, root)
            _twins[id(aio)] = twin
        return twin


def to_sync(parent: Twin, value: Any) -> Any:
    """A result of a call on ``parent`` as the blocking API returns it."""
    twin_type = _twin_type(value)
    if twin_type is not None:
        return _twin(twin_type, value, parent._loop, parent._root or parent)
    if type(value) in (list, tuple):
        converted = [to_sync(parent, item) for item in value]
        if any(new is not old for new, old in zip(converted, value, strict=True)):
            return type(value)(converted)
        return value
    if hasattr(value, "__anext__"):
        return parent._loop.iterate("iteration", value, lambda item: to_sync(parent, item))
    return value


def to_async(value: Any) -> Any:
    """An argument of the blocking API as the async API takes it."""
    if isinstance(value, Twin):
        return value._aio
    if type(value) in (list, tuple):
        return type(value)(to_async(item) for item in value)
    return value


def _run(
    loop: LoopThread, operation: str, function: Callable[..., Any], args: Any, kwargs: Any
) -> Any:
    """``function`` called on ``loop`` with the arguments as the async API takes them."""
    converted = {key: to_async(value) for key, value in kwargs.items()}
    return loop.call(operation, function, *to_async(args), **converted)


def _signature(translate: Translator, cls: type, member: Member) -> inspect.Signature:
    """The async member's signature with the twin's annotations."""
    assert member.function is not None
    signature = inspect.signature(member.function)
    params = list(signature.parameters.values())
    first = params[0] if params and params[0].name in ("self", "cls") else None
    self_annotation = None
    if first is not None:
        if first.annotation is not inspect.Parameter.empty:
            self_annotation = str(first.annotation)
        params[0] = first.replace(annotation=inspect.Parameter.empty)

    def sync(annotation: Any) -> Any:
        if annotation is inspect.Parameter.empty:
            return annotation
        return translate.annotation(str(annotation), member.owner, cls, self_annotation)

    start = 1 if first is not None else 0
    params[start:] = [p.replace(annotation=sync(p.annotation)) for p in params[start:]]
    return signature.replace(parameters=params, return_annotation=sync(signature.return_annotation))


def _named(function: Callable[..., Any], cls: type, member: Member) -> None:
    function.__name__ = member.name
    function.__qualname__ = f"{cls.__name__}.{member.name}"
    function.__module__ = MODULE
    function.__doc__ = inspect.getdoc(member.function)


def _method(translate: Translator, cls: type, member: Member) -> Any:
    """The blocking twin of one member."""
    operation = f"{cls.__name__}.{member.name}"
    source = member.source
    function: Callable[..., Any]
    if member.kind == "classmethod":
        return classmethod(_constructor(translate, cls, member))
    if member.kind == "attribute":
        return _attribute(source)
    if member.kind == "property":

        def read(self: Twin) -> Any:
            return to_sync(self, getattr(self._aio, source))

        _named(read, cls, member)
        return property(read)
    if member.name == "__next__":

        def step(self: Twin) -> Any:
            return to_sync(self, self._loop.next_item(operation, self._aio))

        function = step
    elif member.name in ("close", "__exit__"):

        def close(self: Twin, /, *args: Any, **kwargs: Any) -> Any:
            if self._owns_loop and self._loop.closed:
                return None  # closing a closed client does nothing, as in the async API
            try:
                result = _run(self._loop, operation, getattr(self._aio, source), args, kwargs)
            finally:
                self._release_loop()
            return to_sync(self, result)

        function = close
    else:

        def call(self: Twin, /, *args: Any, **kwargs: Any) -> Any:
            result = _run(self._loop, operation, getattr(self._aio, source), args, kwargs)
            return to_sync(self, result)

        function = call
    _named(function, cls, member)
    vars(function)["__signature__"] = _signature(translate, cls, member)
    return function


def _constructor(translate: Translator, cls: type, member: Member) -> Callable[..., Any]:
    """A classmethod's twin: the async classmethod run on a new loop thread that the
    resulting twin owns."""
    operation = f"{cls.__name__}.{member.name}"

    def create(twin_cls: type[Twin], /, *args: Any, **kwargs: Any) -> Any:
        loop = LoopThread(f"mxgateway-sync-{cls.__name__}")
        try:
            aio = _run(loop, operation, getattr(cls, member.source), args, kwargs)
        except BaseException:
            loop.close()
            raise
        twin = _twin(twin_cls, aio, loop, None)
        weakref.finalize(twin, _dropped, loop, aio).atexit = False
        return twin

    _named(create, cls, member)
    vars(create)["__signature__"] = _signature(translate, cls, member)
    return create


def _dropped(loop: LoopThread, aio: Any) -> None:
    """A connected twin was garbage collected unclosed: close its client and thread."""
    if not loop.closed:
        warnings.warn(f"unclosed sync client {aio!r}", ResourceWarning, stacklevel=1)
        loop.close_soon(aio.close)


def _attribute(name: str) -> property:
    """An instance attribute of the async object, read and set through."""

    def read(self: Twin) -> Any:
        return to_sync(self, getattr(self._aio, name))

    def write(self: Twin, value: Any) -> None:
        setattr(self._aio, name, to_async(value))

    return property(read, write, doc=f"The async object's ``{name}``.")


def _build(translate: Translator, name: str, cls: type) -> type[Twin]:
    namespace: dict[str, Any] = {
        "__module__": MODULE,
        "__qualname__": name,
        "__slots__": (),
        "__doc__": (
            f"Blocking twin of ``{cls.__module__}.{cls.__name__}``.\n\n{inspect.getdoc(cls)}"
        ),
    }
    for attribute in instance_attributes(cls):
        namespace[attribute] = _attribute(attribute)
    for member in members(cls):
        namespace[member.name] = _method(translate, cls, member)
    bases: tuple[type, ...] = (Twin,)
    parameters = getattr(cls, "__parameters__", ())
    if parameters:
        bases += (Generic[parameters],)  # type: ignore[index]
    return types.new_class(name, bases, exec_body=lambda body: body.update(namespace))


def twin_classes() -> dict[str, type[Twin]]:
    """Every twin class by name (built once)."""
    if not _twin_types:
        translate = Translator()
        for name, cls in twin_sources().items():
            _twin_types[cls] = _build(translate, name, cls)
    return {twin.__name__: twin for twin in _twin_types.values()}
