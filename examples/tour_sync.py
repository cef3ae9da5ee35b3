"""The tour of ``examples/tour.py`` through the blocking API (``mxgateway.sync``).

Run it with ``python examples/tour_sync.py``: no ``async``, no ``await``, the same
methods and results. The simulator runs on a background thread here; against a real
gateway, drop it and pass your endpoint, API key and TLS settings to ``connect``.
"""

from __future__ import annotations

from typing import Any

from mxgateway.simulator import Simulator
from mxgateway.sync import GalaxyRepositoryClient, GatewayClient
from mxgateway.sync.loop import LoopThread


def tour(connection: dict[str, Any]) -> None:
    with GatewayClient.connect(**connection) as client:
        with client.open_session(client_session_name="tour") as session:
            tags = ["TestChildObject.TestInt", "TestMachine_001.TestString"]
            for tag, vtq in session.read(tags).items():
                print(f"read  {tag} = {vtq.value!r} (quality {vtq.quality})")

            with session.subscribe(["TestMachine_001.TestChangingInt"]) as changes:
                for change in changes:
                    print(f"event {change.tag_address} = {change.value!r}")
                    break

            done = session.write_tag("TestMachine_001.TestInt", 42)
            print(f"wrote TestMachine_001.TestInt: {'ok' if done else 'sent'}")

        for alarm in client.query_active_alarms():
            print(
                f"alarm {alarm.alarm_full_reference} {alarm.condition_state.name} "
                f"rawSeverity={alarm.raw_severity}"
            )

    with GalaxyRepositoryClient.connect(**connection) as galaxy:
        for obj in galaxy.iter_hierarchy(tag_name_glob="TestMachine_00?"):
            print(f"object {obj.tag_name} ({len(obj.attributes)} attributes)")


def main() -> None:
    simulator_thread = LoopThread("simulator")
    sim = Simulator()
    simulator_thread.call("start the simulator", sim.start)
    try:
        tour({"endpoint": sim.endpoint, "api_key": sim.api_key, "plaintext": True})
    finally:
        simulator_thread.call("stop the simulator", sim.stop)
        simulator_thread.close()


if __name__ == "__main__":
    main()
