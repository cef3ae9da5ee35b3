"""Bridge benchmark: data changes from the replay gateway through ``mxgw-py bridge`` into mosquitto.

``python -m benchmarks.bridge`` starts mosquitto and, per repetition, a fresh replay
gateway (``replay_server``, pre-encoded OnDataChange events, sent as fast as the client
reads them) and a bridge in its own process. The bridge subscribes the feed's ``ITEMS`` tags and
publishes each of the ``--events`` changes to the broker with QoS 1 (retained), as it
does in production. Measured from the bridge's start (connecting both sides and
subscribing included, under 0.2 s) to the broker's acknowledgement of the last change:
changes per second, and CPU microseconds per change of
the bridge process, the broker and the replay gateway. One JSON document goes to stdout
(and ``--output``), a summary line to stderr. Needs the ``bench`` and ``mqtt`` extras and
the mosquitto binary.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import fixtures, protoc
from benchmarks.mosquitto import Mosquitto
from benchmarks.processes import JsonProcess

REPLAY_API_KEY = "mxgw_bench_replaysecret"
#: The replay feed's events cycle over this many items (``fixtures.data_change_events``).
ITEMS = 100
#: Longest one measured run may take before it is reported as stuck.
RUN_LIMIT = 600.0


async def measure(endpoint: str, broker_port: int, events: int) -> dict[str, Any]:
    """Run one bridge until the broker acknowledged ``events`` changes; the figures."""
    from mxgateway.bridge.bridge import Bridge
    from mxgateway.bridge.config import BridgeConfig, MqttSettings, TagSelection
    from mxgateway.bridge.topics import BridgedTag, TopicMap, split_tag
    from mxgateway.options import ClientOptions

    names = [fixtures.tag_address(index) for index in range(ITEMS)]
    config = BridgeConfig(
        mqtt=MqttSettings(host="127.0.0.1", port=broker_port),
        selection=TagSelection(tags=tuple(names)),
        prefix="bench",
        bridge_id="bench",
        queue_size=events + 1000,
        stats_interval=3600.0,
    )
    options = ClientOptions(endpoint=endpoint, api_key=REPLAY_API_KEY, plaintext=True)
    bridge = Bridge(config, options)
    # The replay gateway's Galaxy is not the one its events describe: place the tags here.
    bridge.topics = TopicMap("bench", [BridgedTag(n, "Area_000", *split_tag(n)) for n in names])
    stop = asyncio.Event()
    wall, cpu = time.perf_counter(), time.process_time()
    task = asyncio.create_task(bridge.run(stop))
    stats, depth = bridge.stats, 0
    deadline = time.monotonic() + RUN_LIMIT
    while stats.published < events:
        depth = max(depth, len(bridge.outbox))
        if task.done():
            task.result()
            raise RuntimeError("the bridge stopped early")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{stats.published} of {events} changes published in {RUN_LIMIT} s")
        await asyncio.sleep(0.005)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    stop.set()
    await task
    return {
        "events": events,
        "seconds": round(wall, 3),
        "changes_per_s": round(events / wall, 1),
        "bridge_cpu_us_per_change": round(1e6 * cpu / events, 2),
        "bridge_cpu_share": round(cpu / wall, 3),
        "max_queue_depth": depth,
        "drops": bridge.outbox.dropped,
    }


def worker(args: argparse.Namespace) -> None:
    """The bridge process: say hello, measure once, print the figures."""
    print(json.dumps({"ready": True}), flush=True)
    result = asyncio.run(measure(args.endpoint, args.broker_port, args.events))
    print(json.dumps(result), flush=True)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Every repetition, each with a fresh replay gateway and bridge process."""
    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        stubs = protoc.generate(Path(scratch) / "stubs")
        broker = Mosquitto(Path(scratch))
        broker.start()
        try:
            for repetition in range(args.repetitions):
                server = JsonProcess(
                    "benchmarks.replay_server",
                    *("--stubs", str(stubs), "--events", str(args.events), "--objects", "10"),
                )
                try:
                    endpoint = f"127.0.0.1:{server.hello['port']}"
                    server_cpu, broker_cpu = server.cpu_seconds(), broker.cpu_seconds()
                    bridge = JsonProcess(
                        "benchmarks.bridge",
                        *("--worker", "--endpoint", endpoint, "--broker-port", str(broker.port)),
                        *("--events", str(args.events)),
                    )
                    try:
                        result = bridge.read() if bridge.hello else {}
                    finally:
                        bridge.close()
                    result["replay_cpu_us_per_change"] = round(
                        1e6 * (server.cpu_seconds() - server_cpu) / args.events, 2
                    )
                    result["broker_cpu_us_per_change"] = round(
                        1e6 * (broker.cpu_seconds() - broker_cpu) / args.events, 2
                    )
                finally:
                    server.close()
                print(f"bridge run {repetition + 1}: {json.dumps(result)}", file=sys.stderr)
                runs.append(result)
        finally:
            broker.stop()
    keys = [k for k in runs[0] if k not in {"events", "drops", "max_queue_depth"}]
    return {
        "settings": {"events": args.events, "tags": ITEMS, "repetitions": args.repetitions},
        "median": {key: statistics.median(run[key] for run in runs) for key in keys},
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> dict[str, Any] | None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    parser.add_argument("--broker-port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args)
        return None
    document = run(args)
    text = json.dumps(document, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    median = document["median"]
    print(
        f"bridge: {median['changes_per_s']:.0f} changes/s, "
        f"{median['bridge_cpu_us_per_change']:.1f} us CPU per change in the bridge",
        file=sys.stderr,
    )
    return document


if __name__ == "__main__":
    main()
