"""Developer sessions: `nox` runs tests, lint and typecheck; `nox -l` lists them all."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True
# `tests` runs on every supported Python found here and skips (never downloads) the others.
nox.options.error_on_missing_interpreters = False
nox.options.download_python = "never"

ROOT = Path(__file__).parent
# The supported versions: pyproject.toml's classifiers (3.11, 3.12 and 3.13).
PYTHONS = nox.project.python_versions(nox.project.load_toml(ROOT / "pyproject.toml"))


def _make_pyenv_versions_findable() -> None:
    """Append pyenv's newest install of each supported Python to PATH, so nox finds it.

    pyenv's shims run only the versions selected with ``pyenv global``/``local``;
    the others sit unseen in ``$PYENV_ROOT/versions/X.Y.Z/bin``. Appended, they
    never shadow an interpreter PATH already offers.
    """
    versions = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    newest: dict[str, tuple[int, Path]] = {}
    for install in versions.glob("3.*"):
        match = re.fullmatch(r"(3\.\d+)\.(\d+)", install.name)
        if match and match[1] in PYTHONS and (install / "bin" / f"python{match[1]}").is_file():
            patch = int(match[2])
            if match[1] not in newest or patch > newest[match[1]][0]:
                newest[match[1]] = (patch, install / "bin")
    extra = [str(bin_dir) for _, bin_dir in sorted(newest.values())]
    os.environ["PATH"] = os.pathsep.join([os.environ.get("PATH", ""), *extra])


_make_pyenv_versions_findable()


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite on each supported Python found (pass pytest options after --)."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over the whole tree."""
    session.install("-e", ".[dev]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on mxgateway/ (generated bindings excluded)."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def gen(session: nox.Session) -> None:
    """Regenerate the protocol bindings (pass gen.py options after --)."""
    session.install("-e", ".[dev]")
    session.run("python", "gen.py", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build sdist and wheel, install the wheel into a fresh venv and run its CLI."""
    session.install("build")
    dist = ROOT / "dist"
    session.run("python", "-m", "build", "--outdir", str(dist))
    wheels = sorted(dist.glob("mxgateway-*.whl"), key=lambda p: p.stat().st_mtime)
    with tempfile.TemporaryDirectory(prefix="mxgw-wheel-") as tmp:
        venv = Path(tmp) / "venv"
        session.run("python", "-m", "venv", str(venv))
        session.run(str(venv / "bin" / "pip"), "install", "-q", str(wheels[-1]), external=True)
        session.run(str(venv / "bin" / "mxgw-py"), "version", "--json", external=True)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against grpc.aio + protobuf (pass `python -m benchmarks` options after --)."""
    session.install("-e", ".[bench]")
    session.run("python", "-m", "benchmarks", *session.posargs)
