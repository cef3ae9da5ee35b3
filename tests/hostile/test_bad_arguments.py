"""Every bad argument of the audit raises ``InvalidArgumentError`` naming the argument,
before anything is sent, and never echoes the bad text (it may be a password)."""

from __future__ import annotations

import pytest

from .bad_arguments import CASES, Case, classify, target


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_bad_argument(case: Case) -> None:
    async with target() as on:
        outcome, detail = await classify(case, on)
        assert outcome == "named", detail
        # Refused before the wire: the session is still usable.
        await on.session.ping()
