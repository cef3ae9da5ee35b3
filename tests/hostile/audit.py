"""Print the outcome counts of the hostile-gateway scenarios and the bad-argument cases.

``python -m tests.hostile.audit`` runs the same scenarios and cases the test suite
asserts, lists each with its outcome and detail, and counts them by outcome, so a run
before and after a change can be compared.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from . import bad_arguments, scenarios


def _summary(counts: Counter[str], outcomes: tuple[str, ...], total: int) -> str:
    return ", ".join(f"{name}: {counts[name]}" for name in outcomes) + f" (of {total})"


async def main() -> None:
    hostile: Counter[str] = Counter()
    for scenario in scenarios.SCENARIOS:
        outcome, detail = await scenarios.run(scenario)
        hostile[outcome] += 1
        print(f"{outcome:14} {scenario.name:40} {detail[:110]}")
    arguments: Counter[str] = Counter()
    async with bad_arguments.target() as on:
        for case in bad_arguments.CASES:
            outcome, detail = await bad_arguments.classify(case, on)
            arguments[outcome] += 1
            print(f"{outcome:14} {case.name:40} {detail[:110]}")
    print("hostile scenarios:", _summary(hostile, scenarios.OUTCOMES, len(scenarios.SCENARIOS)))
    print(
        "bad arguments:",
        _summary(arguments, bad_arguments.OUTCOMES, len(bad_arguments.CASES)),
    )


if __name__ == "__main__":
    asyncio.run(main())
