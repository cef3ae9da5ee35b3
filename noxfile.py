"""Developer sessions: `nox` runs tests, lint and typecheck; `nox -l` lists them all."""

from __future__ import annotations

import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (pass pytest options after --)."""
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
