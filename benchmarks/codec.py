"""Codec-only timings: the same wire bytes parsed by betterproto2, the generated codec and upb.

``python -m benchmarks.codec`` times, per message, decoding the replay gateway's
replies (a ReadBulk reply of 1000 results, a data-change event, a Galaxy page)
and encoding the 1000-tag ReadBulk request, in one process, best of several
rounds. No transport is involved: this isolates what the generated codec buys.
upb's column is its parse alone: upb builds Python objects only when fields are
read, so it is a floor, not a like-for-like figure. The encoding row builds the
request from the tag list and encodes it, for all three. The second table is
like-for-like: the bytes to the typed API's results (``ReadResult``, ``DataChange``,
``GalaxyObject``), by mxgateway's record decoding and by upb plus the benchmark
reference client's conversion.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import fixtures, grpc_clients, protoc
from mxgateway.galaxy.client import _DISCOVER_RECORDS
from mxgateway.galaxy.model import GalaxyObject
from mxgateway.session.bulk import _READ_RECORDS
from mxgateway.session.events import event_records
from mxgateway.wire.codec import decode_message, decode_records, encode_message
from mxgateway.wire.contract import gr, mx
from mxgateway.wire.envelope import command_request


def _best(operation: Callable[[], Any], rounds: int, seconds: float) -> float:
    """Best per-call time of operation in seconds over rounds of about ``seconds`` each."""
    calls = 1
    started = time.perf_counter()
    operation()
    elapsed = time.perf_counter() - started
    if elapsed > 0:
        calls = max(1, int(seconds / elapsed))
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(calls):
            operation()
        best = min(best, (time.perf_counter() - started) / calls)
    return best


def _cases(stubs: protoc.Stubs) -> list[tuple[str, int, type, Any, bytes]]:
    """(name, items per message, betterproto2 class, upb class, wire bytes) per decode case."""
    tags = [fixtures.tag_address(i) for i in range(1000)]
    event = next(iter(fixtures.data_change_events(stubs, 1)))
    page = fixtures.hierarchy_pages(stubs, objects=500, attributes=4, page_size=500)[0]
    return [
        ("ReadBulk reply, 1000 results", 1000, mx.MxCommandReply, stubs.mx.MxCommandReply,
         fixtures.read_bulk_reply(stubs, tags)),
        ("MxEvent (data change)", 1, mx.MxEvent, stubs.mx.MxEvent, event),
        ("Galaxy page, 500 objects x 4 attributes", 500, gr.DiscoverHierarchyReply,
         stubs.gr.DiscoverHierarchyReply, page),
    ]  # fmt: skip


_TypedCase = tuple[str, Callable[[], list[Any]], Callable[[], list[Any]], Callable[[Any], Any]]


def _typed_cases(stubs: protoc.Stubs) -> list[_TypedCase]:
    """(name, mxgateway, reference, what must agree) per typed case: bytes to typed results.

    Both sides give a list of typed items; the third callable picks from an item what
    both must agree on (statuses differ in type: betterproto2 against upb messages).
    """
    tags = [fixtures.tag_address(i) for i in range(1000)]
    read = fixtures.read_bulk_reply(stubs, tags)
    events = list(fixtures.data_change_events(stubs, 100))
    tag_of = {handle: f"Tag{handle}" for handle in range(1, 101)}
    page = fixtures.hierarchy_pages(stubs, objects=500, attributes=4, page_size=500)[0]
    event_factories = event_records(tag_of.get).factories
    read_factories, page_factories = _READ_RECORDS.factories, _DISCOVER_RECORDS.factories
    pb_reply, pb_event, pb_page = (
        stubs.mx.MxCommandReply, stubs.mx.MxEvent, stubs.gr.DiscoverHierarchyReply
    )  # fmt: skip
    return [
        ("ReadBulk reply -> 1000 ReadResult",
         lambda: decode_records(read, mx.MxCommandReply, read_factories).bulk_read.results,
         lambda: grpc_clients.read_results(pb_reply.FromString(read)),
         lambda r: (r.tag_address, r.was_successful, r.value, r.quality, r.source_timestamp)),
        ("100 MxEvent -> DataChange",
         lambda: [decode_records(e, mx.MxEvent, event_factories) for e in events],
         lambda: [grpc_clients.data_change(pb_event.FromString(e), tag_of) for e in events],
         lambda c: (c.sequence, c.tag_address, c.value, c.source_timestamp, c.gateway_timestamp)),
        ("Galaxy page -> 500 GalaxyObject x 4 attributes",
         lambda: decode_records(page, gr.DiscoverHierarchyReply, page_factories).objects,
         lambda: [GalaxyObject.from_proto(o) for o in pb_page.FromString(page).objects],
         lambda o: o),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    """Print a Markdown table of microseconds per item (result, event, object) and per request."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (best is kept)")
    parser.add_argument("--seconds", type=float, default=0.2, help="length of each round")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mxgw-codec-bench-") as tmp:
        stubs = protoc.load(protoc.generate(Path(tmp) / "stubs"))
        print("| case | betterproto2 us | generated us | upb us (lazy) | gen vs bp2 | gen vs upb |")
        print("|---|---|---|---|---|---|")
        for name, items, cls, reference, wire in _cases(stubs):
            if decode_message(wire, cls) != cls.parse(wire):
                raise SystemExit(f"{name}: the generated codec and betterproto2 disagree")
            timings = [
                _best(lambda c=cls, w=wire: c.parse(w), args.rounds, args.seconds),
                _best(lambda c=cls, w=wire: decode_message(w, c), args.rounds, args.seconds),
                _best(lambda r=reference, w=wire: r.FromString(w), args.rounds, args.seconds),
            ]
            bp2, ours, upb = (t / items * 1e6 for t in timings)
            print(f"| decode {name} | {bp2:.2f} | {ours:.2f} | {upb:.2f} | "
                  f"{bp2 / ours:.1f}x faster | {ours / upb:.1f}x slower |")  # fmt: skip
        tags = [fixtures.tag_address(i) for i in range(1000)]
        pb = stubs.mx

        def build() -> mx.MxCommandRequest:
            command = mx.ReadBulkCommand(server_handle=1, tag_addresses=tags)
            return command_request("session", "bench", command)

        def upb_encode() -> bytes:
            command = pb.ReadBulkCommand(server_handle=1, tag_addresses=tags)
            kind = "MX_COMMAND_KIND_READ_BULK"
            request = pb.MxCommandRequest(
                session_id="session",
                client_correlation_id="bench",
                command=pb.MxCommand(kind=kind, read_bulk_command=command),
            )
            data: bytes = request.SerializeToString()
            return data

        if encode_message(build()) != bytes(build()):
            raise SystemExit("the generated encoder and betterproto2 disagree")
        bp2, ours, upb = (
            _best(operation, args.rounds, args.seconds) * 1e6
            for operation in (
                lambda: bytes(build()),
                lambda: encode_message(build()),
                upb_encode,
            )
        )
        print(f"| encode ReadBulk request, 1000 tags (us/request) | {bp2:.0f} | {ours:.0f} | "
              f"{upb:.0f} | {bp2 / ours:.1f}x faster | {ours / upb:.1f}x slower |")  # fmt: skip
        print()
        print("| typed case (us per item) | mxgateway records | upb + reference conversion | "
              "mxgateway vs reference |")  # fmt: skip
        print("|---|---|---|---|")
        for name, typed, reference, agreed in _typed_cases(stubs):
            built = typed()
            items = len(built)
            if list(map(agreed, built)) != list(map(agreed, reference())):
                raise SystemExit(f"{name}: mxgateway and the reference disagree")
            ours, theirs = (
                _best(operation, args.rounds, args.seconds) / items * 1e6
                for operation in (typed, reference)
            )
            print(f"| {name} | {ours:.2f} | {theirs:.2f} | {theirs / ours:.2f}x speed |")


if __name__ == "__main__":
    main()
