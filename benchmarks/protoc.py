"""grpcio + protobuf stubs generated at bench time from ``protos/`` into a directory.

The reference client and the replay gateway import ``mxaccess_gateway_pb2`` (and its
``_grpc`` and galaxy siblings) from that directory, so nothing generated is committed
and the stubs always match the vendored contract.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

PROTOS = Path(__file__).resolve().parent.parent / "protos"
PROTO_FILES = ("mxaccess_gateway.proto", "galaxy_repository.proto")


class Stubs(NamedTuple):
    """The generated modules: messages and services of both contract packages."""

    mx: ModuleType
    mx_grpc: ModuleType
    gr: ModuleType
    gr_grpc: ModuleType


def generate(out_dir: Path) -> Path:
    """Run grpc_tools.protoc on the vendored protos into ``out_dir``; returns ``out_dir``."""
    import grpc_tools
    from grpc_tools import protoc

    include = Path(grpc_tools.__file__).parent / "_proto"
    out_dir.mkdir(parents=True, exist_ok=True)
    args = [
        "grpc_tools.protoc",
        f"-I{PROTOS}",
        f"-I{include}",
        f"--python_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        *(str(PROTOS / name) for name in PROTO_FILES),
    ]
    if protoc.main(args) != 0:
        raise RuntimeError(f"grpc_tools.protoc failed on {PROTOS}")
    return out_dir


def load(out_dir: Path) -> Stubs:
    """Import the stubs generated into ``out_dir``."""
    path = str(out_dir)
    if path not in sys.path:
        sys.path.insert(0, path)
    return Stubs(
        importlib.import_module("mxaccess_gateway_pb2"),
        importlib.import_module("mxaccess_gateway_pb2_grpc"),
        importlib.import_module("galaxy_repository_pb2"),
        importlib.import_module("galaxy_repository_pb2_grpc"),
    )
