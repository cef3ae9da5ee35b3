"""gen.py: deterministic output, staleness check, both published-contract paths, clear errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "mxgateway" / "wire" / "_generated"
sys.path.insert(0, str(ROOT))
import gen  # noqa: E402


def run_gen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "gen.py"), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_committed_bindings_are_up_to_date() -> None:
    proc = run_gen("--check")
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout


def test_check_reports_stale_bindings(tmp_path: Path) -> None:
    stale = tmp_path / "_generated"
    shutil.copytree(COMMITTED, stale, ignore=shutil.ignore_patterns("__pycache__"))
    target = stale / "mxaccess_gateway" / "v1" / "__init__.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (stale / "extra.py").write_text("")
    proc = run_gen("--check", "--output", stale)
    assert proc.returncode == 1
    assert "out of date" in proc.stderr
    assert "differs: mxaccess_gateway/v1/__init__.py" in proc.stderr
    assert "unexpected: extra.py" in proc.stderr


def test_proto_path_regenerates_identical_bindings(tmp_path: Path) -> None:
    published = tmp_path / "published"
    shutil.copytree(ROOT / "protos", published)
    out = tmp_path / "_generated"
    proc = run_gen("--proto-path", published, "--output", out)
    assert proc.returncode == 0, proc.stderr
    assert gen.differences(out, COMMITTED) == []


def build_protoset(path: Path, *extra: str) -> Path:
    """Build a descriptor set from protos/ the way a gateway publishes one."""
    from grpc_tools import protoc

    rc = protoc.main(
        [
            "protoc",
            f"-I{ROOT / 'protos'}",
            f"-I{Path(protoc.__file__).parent / '_proto'}",
            f"--descriptor_set_out={path}",
            "--include_imports",
            *extra,
            "mxaccess_gateway.proto",
            "galaxy_repository.proto",
        ]
    )
    assert rc == 0
    return path


def test_descriptor_set_with_source_info_regenerates_identical_bindings(tmp_path: Path) -> None:
    protoset = build_protoset(tmp_path / "mxaccessgw-client-v1.protoset", "--include_source_info")
    out = tmp_path / "_generated"
    proc = run_gen("--descriptor-set", protoset, "--output", out)
    assert proc.returncode == 0, proc.stderr
    # Only the marker names a different source; every binding is byte-identical.
    assert gen.differences(out, COMMITTED) == ["differs: __init__.py"]
    assert "descriptor set mxaccessgw-client-v1.protoset" in (out / "__init__.py").read_text()


def test_descriptor_set_without_source_info_generates_working_bindings(tmp_path: Path) -> None:
    protoset = build_protoset(tmp_path / "mxaccessgw-client-v1.protoset")
    pkg = tmp_path / "regen_pkg"
    proc = run_gen("--descriptor-set", protoset, "--output", pkg)
    assert proc.returncode == 0, proc.stderr
    # Comments are gone, so compare behaviour: the same names and wire encoding.
    probe = (
        "import betterproto2\n"
        "from regen_pkg.mxaccess_gateway import v1 as mx\n"
        "from regen_pkg.galaxy_repository import v1 as gr\n"
        "req = mx.MxCommandRequest(session_id='s', command=mx.MxCommand("
        "kind=mx.MxCommandKind.READ_BULK, read_bulk_command=mx.ReadBulkCommand("
        "server_handle=1, tag_addresses=['A.B'], timeout_ms=5)))\n"
        "unique = sorted(mx.__all__) == sorted(set(mx.__all__))\n"
        "print(bytes(req).hex(), unique, gr.GalaxyRepositoryStub)\n"
    )
    regen = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    from mxgateway.wire.contract import mx
    from mxgateway.wire.envelope import command_request

    expected = command_request(
        "s", "", mx.ReadBulkCommand(server_handle=1, tag_addresses=["A.B"], timeout_ms=5)
    )
    assert regen.stdout.split()[0] == bytes(expected).hex()
    assert regen.stdout.split()[1] == "True"


def test_generated_package_is_marked_do_not_edit() -> None:
    marker = (COMMITTED / "__init__.py").read_text()
    assert "GENERATED CODE: DO NOT EDIT" in marker
    assert "python gen.py" in marker


def test_missing_proto_path_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_gen("--proto-path", tmp_path / "nowhere", "--output", tmp_path / "out")
    assert proc.returncode == 2
    assert "is not a directory" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_empty_proto_path_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_gen("--proto-path", tmp_path, "--output", tmp_path / "out")
    assert proc.returncode == 2
    assert "no .proto files" in proc.stderr


def test_missing_descriptor_set_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_gen("--descriptor-set", tmp_path / "gw.protoset", "--output", tmp_path / "out")
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr


def test_corrupt_descriptor_set_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gw.protoset"
    bad.write_bytes(b"\xff\xff not a descriptor set")
    proc = run_gen("--descriptor-set", bad, "--output", tmp_path / "out")
    assert proc.returncode == 2
    assert "not a protobuf FileDescriptorSet" in proc.stderr


def test_proto_that_fails_to_compile_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "broken.proto").write_text('syntax = "proto3";\nmessage Broken { strin x = 1; }\n')
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.py").write_text("")
    proc = run_gen("--proto-path", tmp_path, "--output", out)
    assert proc.returncode == 2
    assert "protoc failed" in proc.stderr
    assert "broken.proto" in proc.stderr
    assert (out / "keep.py").exists(), "a failed run must leave the previous output alone"


def test_missing_grpcio_tools_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "grpc_tools", None)
    monkeypatch.setitem(sys.modules, "grpc_tools.protoc", None)
    with pytest.raises(gen.GenError, match="grpcio-tools is not installed"):
        gen.generate(Path("unused"))


def test_missing_compiler_plugin_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(gen, "_tool_dir", lambda: tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(gen.GenError, match="protoc-gen-python_betterproto2 was not found"):
        gen.generate(tmp_path / "out")


WORKER_IPC = """syntax = "proto3";
package mxaccess_worker.ipc.v1;
import "mxaccess_gateway.proto";
import "google/protobuf/empty.proto";
message WorkerEnvelope {
  mxaccess_gateway.v1.MxCommand command = 1;
  google.protobuf.Empty heartbeat = 2;
}
"""


def test_a_published_set_with_worker_ipc_and_well_known_types_yields_the_two_packages(
    tmp_path: Path,
) -> None:
    from grpc_tools import protoc

    protos = tmp_path / "protos"
    shutil.copytree(ROOT / "protos", protos)
    (protos / "worker_ipc.proto").write_text(WORKER_IPC)
    protoset = tmp_path / "mxaccessgw-client-v1.protoset"
    rc = protoc.main(
        [
            "protoc",
            f"-I{protos}",
            f"-I{Path(protoc.__file__).parent / '_proto'}",
            f"--descriptor_set_out={protoset}",
            "--include_imports",
            "--include_source_info",
            "worker_ipc.proto",
            "galaxy_repository.proto",
        ]
    )
    assert rc == 0
    out = tmp_path / "_generated"
    proc = run_gen("--descriptor-set", protoset, "--output", out)
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr
    assert not (out / "mxaccess_worker").exists()
    assert gen.differences(out, COMMITTED) == ["differs: __init__.py"]


def older_contract(root: Path) -> Path:
    """protos/ as a gateway from before AcknowledgeAlarmByName would publish it."""
    protos = root / "older"
    shutil.copytree(ROOT / "protos", protos)
    proto = protos / "mxaccess_gateway.proto"
    text = proto.read_text()
    for line in (
        "  MX_COMMAND_KIND_ACKNOWLEDGE_ALARM_BY_NAME = 29;\n",
        "    AcknowledgeAlarmByNameCommand acknowledge_alarm_by_name_command = 38;\n",
    ):
        assert line in text
        text = text.replace(line, "")
    start = text.index("message AcknowledgeAlarmByNameCommand {")
    text = text[:start] + text[text.index("}", start) + 1 :]
    proto.write_text(text)
    return protos


def test_a_contract_lacking_needed_elements_is_listed_by_name(tmp_path: Path) -> None:
    protos = older_contract(tmp_path)
    out = tmp_path / "_generated"
    proc = run_gen("--proto-path", protos, "--output", out)
    assert proc.returncode == 0, proc.stderr
    assert "lacks 3 elements" in proc.stderr
    for name in (
        "message mxaccess_gateway.v1.AcknowledgeAlarmByNameCommand",
        "enum value mxaccess_gateway.v1.MxCommandKind.MX_COMMAND_KIND_ACKNOWLEDGE_ALARM_BY_NAME",
        "MxCommand arm of type AcknowledgeAlarmByNameCommand (for ACKNOWLEDGE_ALARM_BY_NAME)",
    ):
        assert name in proc.stderr
    assert (out / "mxaccess_gateway" / "v1" / "__init__.py").is_file()


def test_require_complete_refuses_such_a_contract_and_writes_nothing(tmp_path: Path) -> None:
    protos = older_contract(tmp_path)
    out = tmp_path / "_generated"
    proc = run_gen("--proto-path", protos, "--output", out, "--require-complete")
    assert proc.returncode == 2
    assert "AcknowledgeAlarmByNameCommand" in proc.stderr
    assert not out.exists()
