"""What a blocking twin has, read from the async class: members, attributes and annotations.

Both the runtime twins (``twins``) and the generated type stub (``stubgen``) are built
from this one reading of the async API, so neither can drift from it. The rules:

- Every public method, classmethod and property of the async class and of its bases in
  this package has a twin of the same name and parameters; the async protocol methods
  take their blocking names (``__aenter__`` -> ``__enter__``, ``__aiter__`` ->
  ``__iter__``, ``__anext__`` -> ``__next__``, ``aclose`` -> ``close``).
- Public instance attributes set in ``__init__`` are read through to the async object.
- In annotations, an async class with a twin means the twin, ``AsyncIterator[X]``
  becomes ``Iterator[X]`` (``AsyncGenerator[X, S]``: ``Generator[X, S, None]``),
  ``Awaitable[X]`` and ``Connecting[X]`` become ``X`` (the twin awaits them), a
  ``self``/``cls`` type variable becomes the twin class, and the type variables of a
  generic base are replaced by the arguments the subclass gives it.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import sys
import textwrap
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "RENAMED",
    "Member",
    "Ref",
    "Translator",
    "instance_attributes",
    "members",
    "twin_sources",
]

#: Async protocol methods and their blocking names.
RENAMED: Final = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
}

_PACKAGE: Final = "mxgateway."

MemberKind = Literal["method", "classmethod", "property", "attribute"]


@cache
def twin_sources() -> dict[str, type]:
    """The async classes that get a blocking twin, by the twin's (same) name."""
    from mxgateway.alarms import AlarmStream
    from mxgateway.client import GatewayClient
    from mxgateway.galaxy.client import GalaxyRepositoryClient
    from mxgateway.galaxy.tree import GalaxyTreeNode
    from mxgateway.galaxy.watch import DeployEventWatch
    from mxgateway.session import EventStream, Session
    from mxgateway.session.subscription import Subscription
    from mxgateway.transport import ServerStream

    classes: tuple[type, ...] = (
        GatewayClient,
        GalaxyRepositoryClient,
        Session,
        EventStream,
        Subscription,
        AlarmStream,
        DeployEventWatch,
        GalaxyTreeNode,
        ServerStream,
    )
    return {cls.__name__: cls for cls in classes}


@dataclass(frozen=True)
class Member:
    """One public member of an async class, as its twin has it."""

    name: str
    source: str
    kind: MemberKind
    owner: type
    function: Callable[..., Any] | None


def _owners(cls: type) -> Iterator[type]:
    """``cls`` and its bases defined in this package, most derived first."""
    return (owner for owner in cls.__mro__ if owner.__module__.startswith(_PACKAGE))


def members(cls: type) -> list[Member]:
    """The public methods, classmethods and properties of ``cls`` (and its package bases).

    Raises ``TypeError`` for a public member of another kind (a staticmethod, a class
    constant), so that a new kind of member cannot silently go without a twin.
    """
    found: dict[str, Member] = {}
    for owner in _owners(cls):
        for source, value in vars(owner).items():
            if source.startswith("_") and source not in RENAMED:
                continue
            if source in found:
                continue
            name = RENAMED.get(source, source)
            kind: MemberKind
            function: Callable[..., Any] | None
            if isinstance(value, classmethod):
                kind, function = "classmethod", value.__func__
            elif isinstance(value, property):
                kind, function = "property", value.fget
            elif inspect.ismemberdescriptor(value):
                kind, function = "attribute", None
            elif inspect.isfunction(value):
                kind, function = "method", value
            else:
                raise TypeError(f"{owner.__name__}.{source} is a {type(value).__name__}: no twin")
            found[source] = Member(name, source, kind, owner, function)
    names = [member.name for member in found.values()]
    if len(set(names)) != len(names):
        raise TypeError(f"{cls.__name__} has both a member and its async twin name: {names}")
    return sorted(found.values(), key=lambda member: member.name)


def instance_attributes(cls: type) -> dict[str, tuple[type, str]]:
    """Public attributes ``__init__`` assigns, with the owner and annotation text.

    The annotation is the one on ``self.x: T = ...``, or that of the ``__init__``
    parameter assigned as ``self.x = parameter``.
    """
    found: dict[str, tuple[type, str]] = {}
    for owner in _owners(cls):
        init = vars(owner).get("__init__")
        if init is None:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
        function = tree.body[0]
        assert isinstance(function, ast.FunctionDef)
        params = {
            arg.arg: ast.unparse(arg.annotation)
            for arg in (*function.args.args, *function.args.kwonlyargs)
            if arg.annotation is not None
        }
        for node in ast.walk(function):
            target, annotation = _self_assignment(node)
            if target is None or target.startswith("_") or target in found:
                continue
            if annotation is None and isinstance(node, ast.Assign):
                value = node.value
                annotation = params.get(value.id) if isinstance(value, ast.Name) else None
            if annotation is None:
                raise TypeError(f"{owner.__name__}.{target} needs an annotation for its twin")
            found[target] = (owner, annotation)
    return found


def _self_assignment(node: ast.AST) -> tuple[str | None, str | None]:
    """(attribute, annotation text or None) for ``self.attribute = ...`` statements."""
    if isinstance(node, ast.AnnAssign):
        targets: list[ast.expr] = [node.target]
        annotation: str | None = ast.unparse(node.annotation)
    elif isinstance(node, ast.Assign):
        targets, annotation = list(node.targets), None
    else:
        return None, None
    for target in targets:
        if (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ):
            return target.attr, annotation
    return None, None


@dataclass(frozen=True)
class Ref:
    """What a name in an annotation refers to: ``from module import attr`` (or the module)."""

    module: str
    attr: str | None
    alias: str

    def resolve(self) -> object:
        """The object named (imports the module)."""
        target = importlib.import_module(self.module)
        return target if self.attr is None else getattr(target, self.attr)


@cache
def _module_names(module_name: str) -> dict[str, Ref]:
    """Every name a module imports (TYPE_CHECKING blocks included) or defines at top level."""
    module = sys.modules[module_name]
    tree = ast.parse(inspect.getsource(module))
    names: dict[str, Ref] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                local = alias.asname or alias.name
                names[local] = Ref(node.module, alias.name, local)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                local = alias.asname or alias.name
                names[local] = Ref(alias.name, None, local)
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names[node.name] = Ref(module_name, node.name, node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names[target.id] = Ref(module_name, target.id, target.id)
    return names


def _typevar_definition(module_name: str, name: str) -> ast.expr:
    """The ``TypeVar(...)`` expression that defines ``name`` in a module."""
    tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
        ):
            return node.value
    raise TypeError(f"no TypeVar {name} in {module_name}")


#: Async typing forms and how a twin's annotation replaces them.
_UNWRAP: Final = {("mxgateway.transport", "Connecting"), ("collections.abc", "Awaitable")}
_RENAME: Final = {
    ("collections.abc", "AsyncIterator"): "Iterator",
    ("collections.abc", "AsyncIterable"): "Iterable",
    ("collections.abc", "AsyncGenerator"): "Generator",
}


class Translator:
    """Turns annotations of the async API into the twins' annotations.

    ``on_ref`` is told every name the translated annotation uses that is not a twin
    or a builtin (the stub generator imports them); it returns the name to write.
    """

    def __init__(self, on_ref: Callable[[Ref], str] | None = None) -> None:
        self._on_ref = on_ref or (lambda ref: ref.alias)
        self._twins = {id(cls): name for name, cls in twin_sources().items()}
        self._cls: type = object
        self._pending: dict[str, Ref] = {}

    def twin_name(self, ref: Ref) -> str | None:
        """The twin's name if ``ref`` names an async class that has one."""
        if not ref.module.startswith(_PACKAGE) or ref.attr is None:
            return None
        return self._twins.get(id(ref.resolve()))

    def annotation(
        self, text: str, owner: type, cls: type, self_annotation: str | None = None
    ) -> str:
        """Translate ``text``, written in ``owner``'s module, for ``cls``'s twin.

        ``self_annotation`` is the async method's ``self``/``cls`` annotation, whose type
        variable stands for the class itself.
        """
        self._pending = {}
        self._cls = cls
        substitutions = self._substitutions(owner, cls)
        if self_annotation is not None:
            for name in self._typevars(self_annotation, owner):
                substitutions[name] = self._self_type(cls)
        node = self._expression(text, owner.__module__, substitutions)
        for used in ast.walk(node):
            if isinstance(used, ast.Name) and used.id in self._pending:
                self._on_ref(self._pending[used.id])
        return ast.unparse(node)

    def typevar(self, cls: type, name: str) -> str:
        """The translated ``TypeVar(...)`` definition of one of ``cls``'s type parameters."""
        definition = ast.unparse(_typevar_definition(cls.__module__, name))
        return self.annotation(definition, cls, cls)

    def generic_parameters(self, cls: type) -> list[str]:
        """The names of ``cls``'s own type parameters (a generic class keeps them)."""
        return [param.__name__ for param in getattr(cls, "__parameters__", ())]

    def _self_type(self, cls: type) -> ast.expr:
        name = ast.Name(twin_sources_name(cls))
        params = self.generic_parameters(cls)
        if not params:
            return name
        elts: list[ast.expr] = [ast.Name(p) for p in params]
        return ast.Subscript(name, elts[0] if len(elts) == 1 else ast.Tuple(elts))

    @staticmethod
    def _typevars(text: str, owner: type) -> list[str]:
        module = sys.modules[owner.__module__]
        return [
            node.id
            for node in ast.walk(ast.parse(text, mode="eval"))
            if isinstance(node, ast.Name) and isinstance(getattr(module, node.id, None), TypeVar)
        ]

    def _substitutions(self, owner: type, cls: type) -> dict[str, ast.expr]:
        """Type variables of the generic base ``owner`` -> what ``cls`` fills in.

        Only a direct base is looked up; a deeper generic base raises ``TypeError``.
        """
        params = [param.__name__ for param in getattr(owner, "__parameters__", ())]
        if owner is cls or not params:
            return {}
        names = _module_names(cls.__module__)
        for node in _class_def(cls).bases:
            if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)):
                continue
            ref = names.get(node.value.id)
            if ref is None or ref.resolve() is not owner:
                continue
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            resolved = [self._resolve(arg, cls.__module__, {}) for arg in args]
            return dict(zip(params, resolved, strict=True))
        raise TypeError(f"{cls.__name__} does not fill in {owner.__name__}'s type parameters")

    def _expression(self, text: str, module: str, substitutions: dict[str, ast.expr]) -> ast.expr:
        return self._resolve(ast.parse(text, mode="eval").body, module, substitutions)

    def _resolve(self, node: ast.expr, module: str, substitutions: dict[str, ast.expr]) -> ast.expr:
        """``node`` with every name replaced by what the twin's annotation writes."""
        if isinstance(node, ast.Name):
            if node.id in substitutions:
                return substitutions[node.id]
            return ast.Name(self._name(node.id, module))
        if isinstance(node, ast.Attribute):
            return ast.Attribute(self._resolve(node.value, module, substitutions), node.attr)
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and node.value:
                return self._expression(node.value, module, substitutions)
            return node
        if isinstance(node, ast.BinOp):
            return ast.BinOp(
                self._resolve(node.left, module, substitutions),
                node.op,
                self._resolve(node.right, module, substitutions),
            )
        if isinstance(node, ast.Tuple):
            return ast.Tuple([self._resolve(e, module, substitutions) for e in node.elts])
        if isinstance(node, ast.Call):  # TypeVar("Name", bound=...): the name stays text
            return ast.Call(
                self._resolve(node.func, module, substitutions),
                node.args[:1] + [self._resolve(a, module, substitutions) for a in node.args[1:]],
                [
                    ast.keyword(k.arg, self._resolve(k.value, module, substitutions))
                    for k in node.keywords
                ],
            )
        if isinstance(node, ast.Subscript):
            return self._subscript(node, module, substitutions)
        raise TypeError(f"annotation {ast.unparse(node)!r} in {module} is not supported")

    def _subscript(
        self, node: ast.Subscript, module: str, substitutions: dict[str, ast.expr]
    ) -> ast.expr:
        ref = _module_names(module).get(node.value.id) if isinstance(node.value, ast.Name) else None
        key = (ref.module, ref.attr) if ref is not None else None
        if ref is not None and self._is_base(ref):
            return self._self_type(self._cls)
        inner = self._resolve(node.slice, module, substitutions)
        if key in _UNWRAP:
            return inner
        if key in _RENAME:
            assert ref is not None
            name = _RENAME[key]
            self._pending[name] = Ref("collections.abc", name, name)
            if _RENAME[key] == "Generator" and isinstance(inner, ast.Tuple):
                inner = ast.Tuple([*inner.elts, ast.Constant(None)])
            return ast.Subscript(ast.Name(name), inner)
        return ast.Subscript(self._resolve(node.value, module, substitutions), inner)

    def _name(self, name: str, module: str) -> str:
        if name == "None" or hasattr(builtins, name):
            return name
        value = getattr(sys.modules[module], name, None)
        if isinstance(value, TypeVar) and value in getattr(self._cls, "__parameters__", ()):
            return name
        ref = _module_names(module).get(name)
        if ref is None:
            raise TypeError(f"cannot tell what {name!r} in an annotation of {module} is")
        if self._is_base(ref):
            return twin_sources_name(self._cls)
        twin = self.twin_name(ref)
        if twin is not None:
            return twin
        self._pending[ref.alias] = ref
        return ref.alias

    def _is_base(self, ref: Ref) -> bool:
        """True if ``ref`` names a package base class of the class being translated."""
        if not ref.module.startswith(_PACKAGE) or ref.attr is None:
            return False
        target = ref.resolve()
        return target in set(_owners(self._cls)) and target not in twin_sources().values()


def twin_sources_name(cls: type) -> str:
    """The twin name of an async class that has a twin."""
    for name, source in twin_sources().items():
        if source is cls:
            return name
    raise TypeError(f"{cls.__name__} has no twin")


@cache
def _class_def(cls: type) -> ast.ClassDef:
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    node = tree.body[0]
    assert isinstance(node, ast.ClassDef)
    return node
