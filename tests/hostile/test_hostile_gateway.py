"""Against a hostile gateway the client raises a typed error or accepts what is
forward-compatible: never a raw exception, a hang or silently accepted wrong data."""

from __future__ import annotations

import pytest

from .scenarios import PUSHED_AFTER_HUGE_PREFIX, SCENARIOS, Scenario, run


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
async def test_scenario(scenario: Scenario) -> None:
    outcome, detail = await run(scenario)
    expected = "refused" if scenario.refuse_with is not None else "accepted"
    assert outcome == expected, detail


async def test_a_declared_200_mib_reply_is_refused_before_it_is_buffered() -> None:
    (scenario,) = [s for s in SCENARIOS if s.name == "200 MiB declared"]
    outcome, detail = await run(scenario)
    assert outcome == "refused", detail
    assert "209715200 bytes" in detail
    assert 0 < PUSHED_AFTER_HUGE_PREFIX[-1] < 8 * 1024 * 1024
