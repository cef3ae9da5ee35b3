"""The benchmark harness still runs: one cheap workload, every client, the replay gateway."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("grpc", reason="the bench extra (grpcio) is not installed")
pytest.importorskip("grpc_tools", reason="the bench extra (grpcio-tools) is not installed")
pytest.importorskip("google.protobuf", reason="the bench extra (protobuf) is not installed")

from benchmarks import cli, fixtures, grpc_clients, protoc
from benchmarks.worker import CLIENTS


@pytest.mark.slow
def test_ping_against_the_replay_gateway_measures_every_client(tmp_path):
    output = tmp_path / "results.json"
    profiles = tmp_path / "profiles"
    document = cli.main(
        [
            "--duration=0.05",
            "--repetitions=1",
            "--workloads=ping,encode_read_bulk_1000",
            "--servers=replay",
            "--events=10",
            "--objects=10",
            f"--output={output}",
            f"--profile-dir={profiles}",
        ]
    )

    for workload in ("ping", "encode_read_bulk_1000"):
        rows = {row["client"]: row for row in document["summary"] if row["workload"] == workload}
        assert set(rows) == set(CLIENTS)
        for row in rows.values():
            assert row["server"] == "replay"
            assert row["throughput"] > 0
            assert row["cpu_us_per_op"] > 0
        assert rows["reference"]["throughput_vs_reference"] == 1.0
    assert json.loads(output.read_text(encoding="utf-8"))["summary"] == document["summary"]
    assert (profiles / "replay-ping-typed.pstats").is_file()


def test_floor_reads_page_token_and_total_without_decoding_objects(tmp_path):
    stubs = protoc.load(protoc.generate(tmp_path / "stubs"))
    first, last = fixtures.hierarchy_pages(stubs, objects=25, attributes=3, page_size=20)

    assert grpc_clients.page_header(first) == ("page-1", 25)
    assert grpc_clients.page_header(last) == ("", 25)
    decoded = stubs.gr.DiscoverHierarchyReply.FromString(first)
    assert (decoded.next_page_token, len(decoded.objects)) == ("page-1", 20)


def test_codec_timings_cover_every_case(capsys):
    from benchmarks import codec

    codec.main(["--rounds=1", "--seconds=0.001"])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    # header, three decode cases, the request encoding; header, three typed cases
    assert len(rows) == 1 + 3 + 1 + 1 + 3
    assert all("faster" in row and "slower" in row for row in rows[1:5])
    assert all(row.endswith("x speed |") for row in rows[6:])
