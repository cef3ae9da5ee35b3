"""Regenerate mxgateway's protocol bindings (betterproto2 messages, grpclib stubs and bases).

    python gen.py                              # from protos/ into mxgateway/wire/_generated/
    python gen.py --check                      # fail if the committed bindings are stale
    python gen.py --proto-path DIR             # from a gateway's published .proto files
    python gen.py --descriptor-set FILE.protoset   # from a gateway's descriptor set

The library binds to message, field and RPC names only, so bindings regenerated
from the gateway's own contract realign the wire numbering without code changes.
Before writing, gen.py checks the contract against mxgateway/wire/requirements.py
(every message, field, enum value, command/reply pair and RPC the typed layer
needs) and lists what is missing; those features then raise UnsupportedError,
the rest keeps working. `--require-complete` refuses such a contract instead.
Only the two public packages are generated; a descriptor set may also carry the
worker IPC contract and Google's well-known types.
Needs the `dev` extra (grpcio-tools for protoc, betterproto2-compiler, ruff).
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
DEFAULT_PROTO_PATH = ROOT / "protos"
DEFAULT_OUTPUT = ROOT / "mxgateway" / "wire" / "_generated"
PLUGIN = "protoc-gen-python_betterproto2"
PLUGIN_OPTIONS = "client_generation=async,server_generation=async"
WELL_KNOWN_PREFIX = "google/protobuf/"
REQUIREMENTS = ROOT / "mxgateway" / "wire" / "requirements.py"

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


def _prepare_descriptor_set(descriptor_set: Path, staging: Path) -> tuple[Path, list[str], Any]:
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
    packages = _public_packages()
    files = sorted(f.name for f in fds.file if f.package in packages)
    if not files:
        raise GenError(
            f"{descriptor_set} contains neither of the gateway packages {', '.join(packages)}"
        )
    for file in fds.file:
        if not file.HasField("source_code_info"):
            file.source_code_info.SetInParent()
    prepared = staging / "contract.protoset"
    prepared.write_bytes(fds.SerializeToString())
    return prepared, files, fds


def _compile_descriptor_set(root: Path, files: list[str], staging: Path) -> Any:
    """The FileDescriptorSet of the .proto files under root (with their imports)."""
    from google.protobuf import descriptor_pb2

    out = staging / "protos.protoset"
    _run_protoc([f"-I{root}", f"--descriptor_set_out={out}", "--include_imports", *files])
    fds = descriptor_pb2.FileDescriptorSet()
    fds.ParseFromString(out.read_bytes())
    return fds


def _requirements() -> Any:
    """mxgateway/wire/requirements.py, loaded without importing the package it describes."""
    spec = importlib.util.spec_from_file_location("_mxgw_requirements", REQUIREMENTS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _public_packages() -> tuple[str, str]:
    req = _requirements()
    return req.MX_PACKAGE, req.GR_PACKAGE


def missing_requirements(fds: Any) -> list[str]:
    """Every element the typed layer needs that the FileDescriptorSet ``fds`` lacks, by name."""
    req = _requirements()
    messages: dict[str, Any] = {}
    enums: dict[str, Any] = {}
    services: dict[str, Any] = {}
    for file in fds.file:
        messages.update({f"{file.package}.{m.name}": m for m in file.message_type})
        enums.update({f"{file.package}.{e.name}": e for e in file.enum_type})
        services.update({f"{file.package}.{s.name}": s for s in file.service})
    missing: list[str] = []
    for package, wanted in ((req.MX_PACKAGE, req.MX_MESSAGES), (req.GR_PACKAGE, req.GR_MESSAGES)):
        for name, fields in wanted.items():
            message = messages.get(f"{package}.{name}")
            if message is None:
                missing.append(f"message {package}.{name}")
                continue
            have = {f.name for f in message.field}
            missing += [f"field {package}.{name}.{f}" for f in fields if f not in have]
    for package, wanted in ((req.MX_PACKAGE, req.MX_ENUMS), (req.GR_PACKAGE, req.GR_ENUMS)):
        for name, values in wanted.items():
            found = enums.get(f"{package}.{name}")
            if found is None:
                missing.append(f"enum {package}.{name}")
                continue
            have = {v.name for v in found.value}
            missing += [f"enum value {package}.{name}.{v}" for v in values if v not in have]
    missing += _missing_command_pairs(req, messages)
    for package, rpcs in ((req.MX_PACKAGE, req.MX_RPCS), (req.GR_PACKAGE, req.GR_RPCS)):
        have = {
            m.name for key, s in services.items() if key.startswith(f"{package}.") for m in s.method
        }
        missing += [f"rpc {package}.{rpc}" for rpc in rpcs if rpc not in have]
    return missing


def _missing_command_pairs(req: Any, messages: dict[str, Any]) -> list[str]:
    """(kind, command arm type, reply arm type) triples the envelope cannot find by type."""
    package = req.MX_PACKAGE

    def arm_types(name: str) -> set[str]:
        message = messages.get(f"{package}.{name}")
        if message is None:
            return set()
        return {f.type_name.lstrip(".") for f in message.field if f.HasField("oneof_index")}

    requests, replies = arm_types("MxCommand"), arm_types("MxCommandReply")
    missing = []
    for kind, (command, reply) in req.COMMANDS.items():
        if f"{package}.{command}" not in requests:
            missing.append(f"MxCommand arm of type {command} (for {kind})")
        if reply is not None and f"{package}.{reply}" not in replies:
            missing.append(f"MxCommandReply arm of type {reply} (for {kind})")
    return missing


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
    require_complete: bool = False,
) -> list[str]:
    """Generate the bindings into output, replacing whatever is there.

    Returns the contract elements the typed layer needs that the contract lacks; with
    ``require_complete`` such a contract is refused before anything is written.
    """
    compiler = _require_toolchain()
    with tempfile.TemporaryDirectory(prefix="mxgw-gen-") as tmp:
        staging = Path(tmp) / "out"
        staging.mkdir()
        plugin_args = [
            f"--python_betterproto2_out={staging}",
            f"--python_betterproto2_opt={PLUGIN_OPTIONS}",
        ]
        if descriptor_set is not None:
            prepared, files, fds = _prepare_descriptor_set(descriptor_set, Path(tmp))
            protoc_args = [f"--descriptor_set_in={prepared}", *plugin_args, *files]
            source = f"descriptor set {descriptor_set.name}"
        else:
            root = (proto_path or DEFAULT_PROTO_PATH).resolve()
            fds = _compile_descriptor_set(root, _proto_files(root), Path(tmp))
            packages = _public_packages()
            files = sorted(f.name for f in fds.file if f.package in packages)
            if not files:
                raise GenError(f"{root} defines neither of the packages {', '.join(packages)}")
            protoc_args = [f"-I{root}", *plugin_args, *files]
            source = ", ".join(files)
        missing = missing_requirements(fds)
        if missing and require_complete:
            raise GenError(
                "the contract lacks what the typed layer needs:\n"
                + "\n".join(f"  {item}" for item in missing)
            )
        _run_protoc(protoc_args)
        _defer_dateutil(staging / "google" / "protobuf" / "__init__.py")
        import gen_codec

        gen_codec.write(staging, fds, files)
        (staging / "__init__.py").write_text(
            MARKER.format(compiler=compiler, source=source), encoding="utf-8"
        )
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, output)
    return missing


def _defer_dateutil(module: Path) -> None:
    """Import dateutil where the well-known types use it (Timestamp.from_dict of a string),
    not when they load: it costs every program, the CLI's start-up included, ~8 ms."""
    if not module.exists():
        return
    text = module.read_text(encoding="utf-8")
    use = "dateutil.parser.isoparse(value)"
    if "import dateutil.parser\n" not in text:
        return
    if text.count(use) != 1:
        raise GenError(f"{module}: dateutil is used other than in Timestamp.from_dict")
    text = text.replace("import dateutil.parser\n", "", 1)
    line_start = text.rindex("\n", 0, text.index(use)) + 1
    rest = text[line_start:]
    indent = rest[: len(rest) - len(rest.lstrip())]
    text = text[:line_start] + f"{indent}import dateutil.parser\n\n" + rest
    module.write_text(text, encoding="utf-8")


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
    parser.add_argument(
        "--require-complete",
        action="store_true",
        help="refuse a contract that lacks anything the typed layer needs (default: warn)",
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
        missing = generate(
            args.output,
            proto_path=args.proto_path,
            descriptor_set=args.descriptor_set,
            require_complete=args.require_complete,
        )
    except GenError as exc:
        print(f"gen.py: {exc}", file=sys.stderr)
        return 2
    if missing:
        print(
            f"gen.py: warning: the contract lacks {len(missing)} elements the typed layer uses; "
            "the features that need them will raise UnsupportedError:",
            file=sys.stderr,
        )
        for item in missing:
            print(f"  {item}", file=sys.stderr)
    print(f"generated {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
