"""Code binds to contract NAMES: no message is ever built from positional arguments.

Positional arguments follow the generated dataclass's field order, which a contract
regenerated from the gateway's own descriptor set may change without notice.
"""

from __future__ import annotations

import ast
from pathlib import Path

import betterproto2

from mxgateway.wire.contract import gr, mx

ROOT = Path(__file__).resolve().parent.parent
MODULES = {"mx": mx, "gr": gr}


def positional_constructions(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        if not (isinstance(owner, ast.Name) and owner.id in MODULES):
            continue
        cls = getattr(MODULES[owner.id], node.func.attr, None)
        if isinstance(cls, type) and issubclass(cls, betterproto2.Message) and node.args:
            found.append(f"{path.relative_to(root)}:{node.lineno} {owner.id}.{node.func.attr}")
    return found


def test_messages_are_built_with_keyword_arguments_only() -> None:
    sources = [
        p
        for folder in ("mxgateway", "benchmarks", "tests", "examples")
        for p in (ROOT / folder).rglob("*.py")
        if "_generated" not in p.parts
    ]
    offenders = [hit for path in sources for hit in positional_constructions(path)]
    assert not offenders, "build messages by field name:\n" + "\n".join(offenders)


def test_the_check_sees_a_positional_construction(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from mxgateway.wire.contract import mx\n"
        "mx.RegisterCommand('client')\n"
        "mx.RegisterCommand(client_name='client')\n"
        "mx.MxDataType(4)\n"
    )
    assert positional_constructions(sample, tmp_path) == ["sample.py:2 mx.RegisterCommand"]
