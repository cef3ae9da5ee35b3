"""A scrambled copy of the gateway contract: what a real gateway's numbering could look like.

Only names are known for most of the real contract (PROVENANCE.md), so the typed layer
must survive any renumbering. ``scramble`` rewrites .proto text: field numbers permuted
within every message (oneof members included), non-zero enum values permuted within
every enum, and every ``MxCommandReply`` payload arm renamed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

_BLOCK = re.compile(r"^\s*(message|enum|oneof|service)\s+(\w+)\s*\{")
_FIELD = re.compile(r"^(\s*(?:optional\s+|repeated\s+)?[\w.<>, ]+\s+)(\w+)(\s*=\s*)(\d+)(\s*;.*)$")
_ENUM_VALUE = re.compile(r"^(\s*)(\w+)(\s*=\s*)(\d+)(\s*;.*)$")
ARM_SUFFIX = "_reply"


def _scramble_text(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    stack: list[tuple[str, str]] = []
    # Where each message's fields and each enum's values are, keyed by the block they belong to.
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, line in enumerate(lines):
        opened = _BLOCK.match(line)
        if opened:
            stack.append((opened.group(1), opened.group(2)))
            continue
        if line.strip().startswith("}"):
            if stack:
                stack.pop()
            continue
        if not stack or stack[-1][0] == "service":
            continue
        owner = tuple(name for kind, name in stack if kind != "oneof")
        in_enum = stack[-1][0] == "enum"
        pattern = _ENUM_VALUE if in_enum else _FIELD
        found = pattern.match(line)
        if found is None:
            continue
        if in_enum and int(found.group(4)) == 0:
            continue
        groups.setdefault(owner, []).append(index)
        if stack[-1] == ("oneof", "payload") and owner == ("MxCommandReply",):
            lines[index] = pattern.sub(
                lambda m: f"{m[1]}{m[2]}{ARM_SUFFIX}{m[3]}{m[4]}{m[5]}", line
            )
    for indices in groups.values():
        numbers = [int(_number(lines[i])) for i in indices]
        shuffled = numbers[:]
        while len(shuffled) > 1 and shuffled == numbers:
            rng.shuffle(shuffled)
        for i, number in zip(indices, shuffled, strict=True):
            lines[i] = re.sub(r"=\s*\d+\s*;", f"= {number};", lines[i], count=1)
    return "\n".join(lines) + "\n"


def _number(line: str) -> str:
    found = re.search(r"=\s*(\d+)\s*;", line)
    assert found is not None
    return found.group(1)


def scramble(source: Path, target: Path, *, seed: int = 20261202) -> None:
    """Write a scrambled copy of every .proto file under ``source`` to ``target``."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    for proto in sorted(source.glob("*.proto")):
        (target / proto.name).write_text(_scramble_text(proto.read_text(), rng))
