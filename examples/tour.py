"""A tour of the library against the built-in simulator: read, subscribe, write, browse, alarms.

Run it with ``python examples/tour.py``. Against a real gateway, drop the
Simulator and pass your endpoint, API key and TLS settings to ``connect``.
"""

from __future__ import annotations

import asyncio

from mxgateway import GalaxyRepositoryClient, GatewayClient
from mxgateway.simulator import Simulator


async def main() -> None:
    async with Simulator() as sim:
        connection = {"endpoint": sim.endpoint, "api_key": sim.api_key, "plaintext": True}
        async with GatewayClient.connect(**connection) as client:
            async with await client.open_session(client_session_name="tour") as session:
                tags = ["TestChildObject.TestInt", "TestMachine_001.TestString"]
                values = await session.read(tags)
                for tag, vtq in values.items():
                    print(f"read  {tag} = {vtq.value!r} (quality {vtq.quality})")

                async with await session.subscribe(["TestMachine_001.TestChangingInt"]) as changes:
                    async for change in changes:
                        print(f"event {change.tag_address} = {change.value!r}")
                        break

                done = await session.write_tag("TestMachine_001.TestInt", 42)
                print(f"wrote TestMachine_001.TestInt: {'ok' if done else 'sent'}")

            for alarm in await client.query_active_alarms():
                print(
                    f"alarm {alarm.alarm_full_reference} {alarm.condition_state.name} "
                    f"rawSeverity={alarm.raw_severity}"
                )

        async with GalaxyRepositoryClient.connect(**connection) as galaxy:
            async for obj in galaxy.iter_hierarchy(tag_name_glob="TestMachine_00?"):
                print(f"object {obj.tag_name} ({len(obj.attributes)} attributes)")


if __name__ == "__main__":
    asyncio.run(main())
