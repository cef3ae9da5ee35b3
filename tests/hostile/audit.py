"""Print the outcome counts of the hostile-gateway scenarios, the reply fuzzing and the
bad-argument cases.

``python -m tests.hostile.audit`` runs the same scenarios and cases the test suite
asserts, lists each with its outcome and detail, and counts them by outcome, so a run
before and after a change can be compared. The fuzzing part decodes and converts
``FUZZ_TRIES`` seeded random or mutated replies of each fuzzed type and counts those
refused with an ``MxGatewayError``, accepted, or failing with any other exception.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter

from . import bad_arguments, fuzzing, scenarios

FUZZ_TRIES = 2000
FUZZ_SEED = 11


def fuzz_counts() -> Counter[str]:
    """Outcomes of ``FUZZ_TRIES`` seeded fuzzed replies of each type in ``fuzzing.SEEDS``."""
    rng = random.Random(FUZZ_SEED)
    counts: Counter[str] = Counter()
    for message_type in fuzzing.SEEDS:
        for _ in range(FUZZ_TRIES):
            data = fuzzing.random_reply(rng, message_type)
            try:
                counts[fuzzing.decode_and_convert(data, message_type)] += 1
            except Exception as exc:
                counts["raw-exception"] += 1
                counts[f"raw {type(exc).__name__}"] += 1
    return counts


def _summary(counts: Counter[str], outcomes: tuple[str, ...], total: int) -> str:
    return ", ".join(f"{name}: {counts[name]}" for name in outcomes) + f" (of {total})"


async def main() -> None:
    hostile: Counter[str] = Counter()
    for scenario in scenarios.SCENARIOS:
        started = time.perf_counter()
        outcome, detail = await scenarios.run(scenario)
        seconds = time.perf_counter() - started
        hostile[outcome] += 1
        print(f"{outcome:14} {scenario.name:40} {seconds:6.2f} s  {detail[:100]}")
    arguments: Counter[str] = Counter()
    async with bad_arguments.target() as on:
        for case in bad_arguments.CASES:
            outcome, detail = await bad_arguments.classify(case, on)
            arguments[outcome] += 1
            print(f"{outcome:14} {case.name:40} {detail[:110]}")
    fuzz = fuzz_counts()
    print("hostile scenarios:", _summary(hostile, scenarios.OUTCOMES, len(scenarios.SCENARIOS)))
    print("fuzzed replies:", dict(sorted(fuzz.items())))
    print(
        "bad arguments:",
        _summary(arguments, bad_arguments.OUTCOMES, len(bad_arguments.CASES)),
    )


if __name__ == "__main__":
    asyncio.run(main())
