"""Print the outcome counts of every hostile-gateway scenario: ``python -m tests.hostile.audit``.

The same scenarios the test suite asserts, counted by outcome (refused, accepted,
wrong-error, raw-exception, hang, silent) and listed with their details, so a run
before and after a change can be compared.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from .scenarios import OUTCOMES, SCENARIOS, run


async def main() -> None:
    counts: Counter[str] = Counter()
    for scenario in SCENARIOS:
        outcome, detail = await run(scenario)
        counts[outcome] += 1
        print(f"{outcome:14} {scenario.name:40} {detail[:110]}")
    print(", ".join(f"{name}: {counts[name]}" for name in OUTCOMES), f"(of {len(SCENARIOS)})")


if __name__ == "__main__":
    asyncio.run(main())
