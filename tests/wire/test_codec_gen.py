"""gen_codec refuses contracts it cannot generate a faithful codec for, with a clear error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
import gen_codec  # noqa: E402

_F = descriptor_pb2.FieldDescriptorProto


def _file(name: str, package: str, *deps: str) -> descriptor_pb2.FileDescriptorProto:
    proto = descriptor_pb2.FileDescriptorProto(name=name, package=package, syntax="proto3")
    proto.dependency.extend(deps)
    return proto


def test_an_import_without_bindings_is_refused() -> None:
    public = _file("public.proto", "pub.v1", "private.proto")
    fds = descriptor_pb2.FileDescriptorSet(file=[public, _file("private.proto", "priv.v1")])
    with pytest.raises(gen_codec.CodecGenError, match=r"private\.proto .* no bindings"):
        gen_codec.write(Path("unused"), fds, ["public.proto"])


def test_missing_well_known_files_come_from_the_protobuf_runtime(tmp_path: Path) -> None:
    public = _file("public.proto", "pub.v1", "google/protobuf/timestamp.proto")
    message = public.message_type.add(name="Stamped")
    message.field.add(
        name="at",
        number=1,
        type=_F.TYPE_MESSAGE,
        label=_F.LABEL_OPTIONAL,
        type_name=".google.protobuf.Timestamp",
    )
    gen_codec.write(tmp_path, descriptor_pb2.FileDescriptorSet(file=[public]), ["public.proto"])
    source = (tmp_path / gen_codec.CODEC_FILE).read_text()
    assert "def _w_google_protobuf_Timestamp(" in source
    assert "def _d_pub_v1_Stamped(" in source


def test_map_fields_are_refused() -> None:
    public = _file("public.proto", "pub.v1")
    message = public.message_type.add(name="WithMap")
    message.nested_type.add(name="LabelsEntry").options.map_entry = True
    with pytest.raises(gen_codec.CodecGenError, match="map fields"):
        gen_codec.write(
            Path("unused"), descriptor_pb2.FileDescriptorSet(file=[public]), ["public.proto"]
        )


def _two_messages() -> descriptor_pb2.FileDescriptorSet:
    public = _file("public.proto", "pub.v1")
    flat = public.message_type.add(name="Flat")
    flat.field.add(name="code", number=1, type=_F.TYPE_INT32, label=_F.LABEL_OPTIONAL)
    nested = public.message_type.add(name="Nested")
    nested.field.add(
        name="flat",
        number=1,
        type=_F.TYPE_MESSAGE,
        label=_F.LABEL_OPTIONAL,
        type_name=".pub.v1.Flat",
    )
    return descriptor_pb2.FileDescriptorSet(file=[public])


def test_only_flat_messages_are_memoized(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gen_codec, "MEMOIZED", {"pub.v1.Flat"})
    gen_codec.write(tmp_path, _two_messages(), ["public.proto"])
    source = (tmp_path / gen_codec.CODEC_FILE).read_text()
    assert "_M_pub_v1_Flat = {}" in source
    assert "_M_pub_v1_Nested" not in source
    monkeypatch.setattr(gen_codec, "MEMOIZED", {"pub.v1.Nested"})
    with pytest.raises(gen_codec.CodecGenError, match=r"pub\.v1\.Nested: only a flat message"):
        gen_codec.write(tmp_path, _two_messages(), ["public.proto"])
