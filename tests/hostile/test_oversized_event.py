"""An event too large for one message is not dropped silently: the simulator, like the
gateway, sends a ReplayGap sentinel in its place, and the stream goes on."""

from __future__ import annotations

from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE
from mxgateway.session.events import DataChange, Event, ReplayGap

from .bad_arguments import target

TAG = "TestMachine_001.TestString"


async def test_an_event_too_large_to_send_becomes_a_replay_gap() -> None:
    # The Write request adds about 90 bytes to the value, its OnDataChange about 110:
    # the write fits in a message, its event does not.
    huge = "x" * (DEFAULT_MAX_MESSAGE_SIZE - 100)
    async with target() as on:
        await on.session.write_tag(TAG, "before")
        seen: list[Event] = []
        async with on.session.events() as events:
            await on.session.write_tag(TAG, huge, wait=False)
            await on.session.write_tag(TAG, "after", wait=False)
            async for event in events:
                seen.append(event)
                if isinstance(event, DataChange) and event.value == "after":
                    break

    gaps = [e for e in seen if isinstance(e, ReplayGap)]
    assert len(gaps) == 1
    (gap,) = gaps
    assert gap.oldest_available_sequence == gap.requested_after_sequence + 2
    assert not any(isinstance(e, DataChange) and e.value == huge for e in seen)
    after = seen[-1]
    assert after.sequence > gap.requested_after_sequence + 1
