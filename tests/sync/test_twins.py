"""The blocking API cannot drift from the async one: every member has a twin, the stub is current.

The rules checked here are written out independently of ``mxgateway.sync.derive``.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import mxgateway.sync
from mxgateway.alarms import AlarmStream
from mxgateway.client import GatewayClient
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.galaxy.tree import GalaxyTreeNode
from mxgateway.galaxy.watch import DeployEventWatch
from mxgateway.session import EventStream, Session
from mxgateway.session.subscription import Subscription
from mxgateway.sync.stubgen import STUB, generate
from mxgateway.transport import ServerStream

ASYNC_CLASSES = [
    GatewayClient,
    GalaxyRepositoryClient,
    Session,
    EventStream,
    Subscription,
    AlarmStream,
    DeployEventWatch,
    GalaxyTreeNode,
    ServerStream,
]

#: The blocking names of the async protocol methods.
BLOCKING_NAME = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
}

#: Async return types and the blocking spelling the twin must use instead.
ASYNC_RETURNS = {
    r"^AsyncIterator\[(.*)\]$": r"Iterator[\1]",
    r"^Connecting\[ConnectedT\]$": "{cls}",
    r"^ConnectedT$": "{cls}",
    r"^StreamT$": "{cls}",
    r"^ServerStream\[ReplyT\]$": "ServerStream[ReplyT]",
    r"^TypedStream\[ReplyT, ItemT\]$": "{cls}",
    r"^ItemT$": "{item}",
}

#: What the typed streams yield (the ``ItemT`` their generic base is given).
ITEMS = {"AlarmStream": "AlarmFeedMessage", "DeployEventWatch": "DeployEvent"}


def public_members(cls: type) -> dict[str, tuple[str, object]]:
    """Public functions, classmethods, properties and slots of ``cls`` and its package bases,
    by the twin's name: (the async name, the member)."""
    found: dict[str, tuple[str, object]] = {}
    for owner in cls.__mro__:
        if not owner.__module__.startswith("mxgateway."):
            continue
        for name, value in vars(owner).items():
            if name.startswith("_") and name not in BLOCKING_NAME:
                continue
            found.setdefault(BLOCKING_NAME.get(name, name), (name, value))
    return found


@pytest.mark.parametrize("cls", ASYNC_CLASSES, ids=lambda cls: cls.__name__)
def test_every_async_member_has_a_twin_with_the_same_signature(cls: type) -> None:
    twin = getattr(mxgateway.sync, cls.__name__)
    for name, (source, value) in public_members(cls).items():
        twin_value = inspect.getattr_static(twin, name, None)
        assert twin_value is not None, f"sync.{cls.__name__} lacks {name}"
        if isinstance(value, property) or inspect.ismemberdescriptor(value):
            assert isinstance(twin_value, property), f"sync.{cls.__name__}.{name}"
            continue
        if isinstance(value, classmethod):
            assert isinstance(twin_value, classmethod), f"sync.{cls.__name__}.{name}"
        expected = inspect.signature(getattr(cls, source))
        actual = inspect.signature(getattr(twin, name))
        assert inspect.iscoroutinefunction(getattr(twin, name)) is False
        params = list(expected.parameters.values())
        twin_params = list(actual.parameters.values())
        if params and params[0].name == "self":
            params, twin_params = params[1:], twin_params[1:]
        assert [(p.name, p.kind, p.default, p.annotation) for p in twin_params] == [
            (p.name, p.kind, p.default, p.annotation) for p in params
        ], f"sync.{cls.__name__}.{name}"
        returns = str(expected.return_annotation)
        for pattern, replacement in ASYNC_RETURNS.items():
            returns = re.sub(
                pattern, replacement.format(cls=cls.__name__, item=ITEMS.get(cls.__name__)), returns
            )
        assert actual.return_annotation == returns, f"sync.{cls.__name__}.{name}"
        assert inspect.getdoc(getattr(twin, name)) == inspect.getdoc(getattr(cls, source))


def test_twins_have_the_async_instance_attributes_in_the_stub() -> None:
    stub = STUB.read_text()
    for attribute in ("session_id: str", "capabilities: frozenset[str]", "latest: dict[str, Vtq]"):
        assert f"    {attribute}\n" in stub


def test_the_stub_is_generated_from_the_current_async_api() -> None:
    assert STUB.read_text() == generate(), "run: python -m mxgateway.sync.stubgen"


def test_stubgen_check_reports_a_stale_stub(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mxgateway.sync import stubgen

    stale = tmp_path / "__init__.pyi"
    stale.write_text(STUB.read_text().replace("def read(", "def read_renamed("))
    monkeypatch.setattr(stubgen, "STUB", stale)
    assert stubgen.main(["--check"]) == 1
    assert stubgen.main([]) == 0
    assert stubgen.main(["--check"]) == 0


@pytest.mark.slow
@pytest.mark.timeout(150)  # a whole mypy build: well under 30 s, unless the machine is loaded
def test_the_stub_matches_the_runtime_twins() -> None:
    """mypy's stubtest compares every stub signature with the runtime twin's."""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy.stubtest",
            "mxgateway.sync",
            "--mypy-config-file",
            "pyproject.toml",
            "--allowlist",
            str(Path(__file__).with_name("stubtest_allowlist.txt")),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=140,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


TYPED_USE = """
from mxgateway.sync import GalaxyRepositoryClient, GatewayClient

with GatewayClient.connect(endpoint="gateway:5120") as client:
    reveal_type(client)
    with client.open_session("typed") as session:
        reveal_type(session.read(["A.B"]))
        reveal_type(session.session_id)
        with session.subscribe(["A.B"]) as changes:
            for change in changes:
                reveal_type(change)
        session.read("A.B", timeout_ms="soon")
with GalaxyRepositoryClient.connect(endpoint="gateway:5120") as galaxy:
    reveal_type(galaxy.iter_hierarchy())
    reveal_type(galaxy.tree().expand())
"""


@pytest.mark.slow
@pytest.mark.timeout(150)  # a whole mypy build: well under 30 s, unless the machine is loaded
def test_type_checkers_see_the_blocking_signatures(tmp_path: Path) -> None:
    """What an IDE or mypy user sees: blocking results, not coroutines, and argument checks."""
    use = tmp_path / "use.py"
    use.write_text(TYPED_USE)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(use)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],  # where an editable install is importable
        timeout=140,
        check=False,
    )
    revealed = re.findall(r'Revealed type is "(.*)"', proc.stdout)
    assert revealed == [
        "mxgateway.sync.GatewayClient",
        "dict[str, mxgateway.values.Vtq]",
        "str",
        "mxgateway.session.events.DataChange | mxgateway.session.events.ReplayGap"
        " | mxgateway.session.events.SessionReplaced",
        "typing.Iterator[mxgateway.galaxy.model.GalaxyObject]",
        "tuple[mxgateway.sync.GalaxyTreeNode, ...]",
    ], proc.stdout
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, proc.stdout
    assert 'incompatible type "str"; expected "int"' in errors[0]
