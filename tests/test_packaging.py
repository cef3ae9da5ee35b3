"""The wheel a user installs: bindings, py.typed, console script, SPDX license, pure-Python deps."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the working tree: builds write build/ and *.egg-info into it."""
    tree = tmp_path_factory.mktemp("source") / "mxgateway"
    shutil.copytree(
        ROOT,
        tree,
        ignore=shutil.ignore_patterns(
            ".git", ".venv*", ".nox", "build", "dist", "*.egg-info", "__pycache__", "results",
            ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis",
        ),
    )  # fmt: skip
    return tree


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("mxgateway-*.whl")
    return built


def read(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as zf:
        (name,) = [n for n in zf.namelist() if n.endswith(suffix)]
        return zf.read(name).decode()


def test_wheel_contains_bindings_and_py_typed(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    for required in (
        "mxgateway/__init__.py",
        "mxgateway/py.typed",
        "mxgateway/wire/contract.py",
        "mxgateway/wire/_generated/__init__.py",
        "mxgateway/wire/_generated/message_pool.py",
        "mxgateway/wire/_generated/mxaccess_gateway/v1/__init__.py",
        "mxgateway/wire/_generated/galaxy_repository/v1/__init__.py",
        "mxgateway/wire/_generated/google/protobuf/__init__.py",
        "mxgateway/cli/__init__.py",
        "mxgateway/sync/__init__.pyi",
    ):
        assert required in names, f"{required} missing from {wheel.name}"
    assert not any(n.startswith("tests/") for n in names)


def test_wheel_declares_console_script(wheel: Path) -> None:
    entry_points = read(wheel, ".dist-info/entry_points.txt")
    assert "[console_scripts]" in entry_points
    assert "mxgw-py = mxgateway.cli:main" in entry_points


def test_wheel_metadata_license_and_runtime_dependencies(wheel: Path) -> None:
    meta = Parser().parsestr(read(wheel, ".dist-info/METADATA"))
    assert meta["License-Expression"] == "MIT"
    assert meta["Requires-Python"] == ">=3.11"
    classifiers = meta.get_all("Classifier") or []
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    runtime = [r for r in meta.get_all("Requires-Dist") or [] if "extra ==" not in r]
    names = {
        r.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].strip().lower()
        for r in runtime
    }
    assert names == {"betterproto2", "grpclib", "cyclopts"}
    assert any(r.startswith("betterproto2[grpclib]") for r in runtime)
    # cyclopts 4 exits 1 on usage errors; the documented exit code 2 needs cyclopts 5.
    assert "cyclopts<6,>=5.0" in runtime
    assert not any("grpcio" in r or "protobuf" in r for r in runtime)


def test_sdist_carries_the_contract_and_the_generator(source: Path, tmp_path: Path) -> None:
    """Whoever holds only the sdist can still regenerate the bindings from its protos."""
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("mxgateway-*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    for required in (
        "gen.py",
        "protos/mxaccess_gateway.proto",
        "protos/galaxy_repository.proto",
        "mxgateway/wire/_generated/mxaccess_gateway/v1/__init__.py",
        "mxgateway/py.typed",
        "LICENSE",
    ):
        assert required in names, f"{required} missing from {sdist.name}"
