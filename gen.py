"""Regenerate mxgateway's protocol bindings (betterproto2 messages, grpclib stubs and bases).

    python gen.py                              # from protos/ into mxgateway/wire/_generated/
    python gen.py --check                      # fail if the committed bindings are stale
    python gen.py --proto-path DIR             # from a gateway's published .proto files
    python gen.py --descriptor-set FILE.protoset   # from a gateway's descriptor set

The library binds to message, field and RPC names only, so bindings regenerated
from the gateway's own contract realign the wire numbering without code changes.
Needs the `dev` extra (grpcio-tools for protoc, betterproto2-compiler, ruff).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DEFAULT_PROTO_PATH = ROOT / "protos"
DEFAULT_OUTPUT = ROOT / "mxgateway" / "wire" / "_generated"
PLUGIN = "protoc-gen-python_betterproto2"
PLUGIN_OPTIONS = "client_generation=async,server_generation=async"
WELL_KNOWN_PREFIX = "google/protobuf/"

MARKER = '''"""GENERATED CODE: DO NOT EDIT.

Bindings for the MXAccess Gateway contract, produced by `python gen.py` with
betterproto2-compiler {compiler} from {source}.
Edit the .proto files and regenerate instead; `python gen.py --check` (run by
the test suite) fails when this package is out of date.
"""
'''


class GenError(Exception):
    """A regeneration failure with a message meant for the person running gen.py."""


def _tool_dir() -> Path:
    """Folder holding this interpreter's console scripts (protoc plugin, ruff)."""
    return Path(sys.executable).parent


def _require_toolchain() -> str:
    """Check that protoc, the betterproto2 plugin and ruff are importable or on PATH."""
    try:
        import grpc_tools.protoc  # noqa: F401
    except ImportError:
        raise GenError(
            "grpcio-tools is not installed (it provides protoc): pip install -e '.[dev]'"
        ) from None
    try:
        from importlib.metadata import version

        compiler = version("betterproto2-compiler")
    except Exception:
        raise GenError("betterproto2-compiler is not installed: pip install -e '.[dev]'") from None
    search = os.pathsep.join([str(_tool_dir()), os.environ.get("PATH", "")])
    if shutil.which(PLUGIN, path=search) is None:
        raise GenError(f"{PLUGIN} was not found next to {sys.executable} or on PATH")
    if shutil.which("ruff", path=search) is None:
        raise GenError("ruff (used by betterproto2-compiler to format) was not found")
    return compiler


def _proto_files(proto_path: Path) -> list[str]:
    """Contract .proto files under proto_path, relative and sorted, well-known types excluded."""
    if not proto_path.is_dir():
        raise GenError(f"proto path {proto_path} is not a directory")
    files = sorted(
        p.relative_to(proto_path).as_posix()
        for p in proto_path.rglob("*.proto")
        if not p.relative_to(proto_path).as_posix().startswith(WELL_KNOWN_PREFIX)
    )
    if not files:
        raise GenError(f"no .proto files found in {proto_path}")
    return files


def _prepare_descriptor_set(descriptor_set: Path, staging: Path) -> tuple[Path, list[str]]:
    """Copy a FileDescriptorSet for protoc and name its non-well-known files.

    Published sets are usually built without --include_source_info, which
    betterproto2-compiler requires; such files get an empty SourceCodeInfo
    (the bindings then simply carry no comments).
    """
    if not descriptor_set.is_file():
        raise GenError(f"descriptor set {descriptor_set} does not exist")
    from google.protobuf import descriptor_pb2
    from google.protobuf.message import DecodeError

    fds = descriptor_pb2.FileDescriptorSet()
    try:
        fds.ParseFromString(descriptor_set.read_bytes())
    except DecodeError as exc:
        raise GenError(f"{descriptor_set} is not a protobuf FileDescriptorSet: {exc}") from None
    files = sorted(f.name for f in fds.file if not f.name.startswith(WELL_KNOWN_PREFIX))
    if not files:
        raise GenError(f"{descriptor_set} contains no contract files")
    for file in fds.file:
        if not file.HasField("source_code_info"):
            file.source_code_info.SetInParent()
    prepared = staging / "contract.protoset"
    prepared.write_bytes(fds.SerializeToString())
    return prepared, files


def _run_protoc(args: list[str]) -> None:
    """Run grpcio-tools' protoc in a subprocess with the plugin and ruff on PATH."""
    import grpc_tools

    well_known = Path(grpc_tools.__file__).parent / "_proto"
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(_tool_dir()), env.get("PATH", "")])
    cmd = [sys.executable, "-m", "grpc_tools.protoc", f"-I{well_known}", *args]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip()
        raise GenError(f"protoc failed (exit {proc.returncode}):\n{detail}")


def generate(
    output: Path,
    *,
    proto_path: Path | None = None,
    descriptor_set: Path | None = None,
) -> None:
    """Generate the bindings into output, replacing whatever is there."""
    compiler = _require_toolchain()
    with tempfile.TemporaryDirectory(prefix="mxgw-gen-") as tmp:
        staging = Path(tmp) / "out"
        staging.mkdir()
        plugin_args = [
            f"--python_betterproto2_out={staging}",
            f"--python_betterproto2_opt={PLUGIN_OPTIONS}",
        ]
        if descriptor_set is not None:
            prepared, files = _prepare_descriptor_set(descriptor_set, Path(tmp))
            _run_protoc([f"--descriptor_set_in={prepared}", *plugin_args, *files])
            source = f"descriptor set {descriptor_set.name}"
        else:
            root = (proto_path or DEFAULT_PROTO_PATH).resolve()
            files = _proto_files(root)
            _run_protoc([f"-I{root}", *plugin_args, *files])
            source = ", ".join(files)
        import gen_codec

        contract = f"--descriptor_set_in={prepared}" if descriptor_set is not None else f"-I{root}"
        gen_codec.write(staging, _run_protoc, [contract, *files])
        (staging / "__init__.py").write_text(
            MARKER.format(compiler=compiler, source=source), encoding="utf-8"
        )
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, output)


def _tree(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Human-readable list of files that differ between two generated trees."""
    want, have = _tree(expected), _tree(actual) if actual.exists() else set()
    problems = [f"missing: {name}" for name in sorted(want - have)]
    problems += [f"unexpected: {name}" for name in sorted(have - want)]
    problems += [
        f"differs: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return problems


def check(output: Path, *, proto_path: Path | None = None) -> list[str]:
    """Regenerate into a temporary folder and compare with output."""
    with tempfile.TemporaryDirectory(prefix="mxgw-check-") as tmp:
        fresh = Path(tmp) / "_generated"
        generate(fresh, proto_path=proto_path)
        return differences(fresh, output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--proto-path", type=Path, help="folder of .proto files (default: protos/)")
    source.add_argument(
        "--descriptor-set", type=Path, help="FileDescriptorSet (.protoset) to generate from"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="target package folder")
    parser.add_argument(
        "--check", action="store_true", help="fail if the output differs from a fresh generation"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            if args.descriptor_set is not None:
                parser.error("--check compares against .proto files; use --proto-path")
            problems = check(args.output, proto_path=args.proto_path)
            if problems:
                print(
                    f"{args.output} is out of date with the .proto files; run `python gen.py`:",
                    file=sys.stderr,
                )
                for line in problems:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print(f"{args.output} is up to date")
            return 0
        generate(args.output, proto_path=args.proto_path, descriptor_set=args.descriptor_set)
    except GenError as exc:
        print(f"gen.py: {exc}", file=sys.stderr)
        return 2
    print(f"generated {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
