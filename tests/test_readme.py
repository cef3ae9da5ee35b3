"""The README's quick start is what CI runs: two commands, install + smoke, install + tests."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quickstart() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- quickstart:begin -->(.*?)<!-- quickstart:end -->", text, re.S)
    assert block, "README.md lost its quick-start markers"
    return [line for line in block.group(1).splitlines() if line.startswith("python3 -m venv ")]


def test_quickstart_has_the_two_commands() -> None:
    main_job, tests = quickstart()
    assert "pip install ." in main_job
    assert main_job.endswith("mxgw-py smoke --simulate")
    assert "pip install -e '.[dev]'" in tests
    assert tests.endswith("python -m pytest")


def test_ci_runs_the_readme_quickstart() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "quickstart:begin" in ci
    assert 'bash -euo pipefail -c "${quickstart[0]}"' in ci
    assert 'bash -euo pipefail -c "${quickstart[1]}"' in ci
    assert "nox --no-venv --no-install -s lint typecheck" in ci  # in the quick-start venv


def test_vendored_protos_match_the_contract() -> None:
    shared = ROOT.parent / "shared" / "contract"
    for name in ("mxaccess_gateway.proto", "galaxy_repository.proto"):
        vendored = (ROOT / "protos" / name).read_bytes()
        if shared.is_dir():
            assert vendored == (shared / name).read_bytes(), f"protos/{name} drifted"
        assert b'syntax = "proto3";' in vendored


def test_layout_names_every_module() -> None:
    """The README's layout tree has one line per module, so it must list each of them."""
    text = (ROOT / "README.md").read_text()
    layout = text[text.index("## Layout") :]
    package = ROOT / "mxgateway"
    for module in sorted(package.rglob("*.py")):
        relative = module.relative_to(package)
        if "_generated" in relative.parts or (
            relative.name == "__init__.py" and len(relative.parts) > 1
        ):
            continue
        assert f"  {relative.name} " in layout, f"README layout lacks {relative}"
