"""Hypothesis strategies for every contract message, and the upb reference where installed.

Strategies are built from each betterproto2 class's own field metadata, so a
regenerated contract is covered without editing this file.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import betterproto2
from hypothesis import strategies as st

from mxgateway.wire._generated import codec as generated
from mxgateway.wire._generated.message_pool import default_message_pool

#: Every message class the generated codec handles (both packages and well-known types).
MESSAGE_TYPES: list[type[betterproto2.Message]] = sorted(
    generated.DECODERS, key=lambda cls: default_message_pool.type_to_url[cls]
)

_INT_RANGES = {
    betterproto2.TYPE_INT32: (-(2**31), 2**31 - 1),
    betterproto2.TYPE_SINT32: (-(2**31), 2**31 - 1),
    betterproto2.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    betterproto2.TYPE_INT64: (-(2**63), 2**63 - 1),
    betterproto2.TYPE_SINT64: (-(2**63), 2**63 - 1),
    betterproto2.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    betterproto2.TYPE_UINT32: (0, 2**32 - 1),
    betterproto2.TYPE_FIXED32: (0, 2**32 - 1),
    betterproto2.TYPE_UINT64: (0, 2**64 - 1),
    betterproto2.TYPE_FIXED64: (0, 2**64 - 1),
}
_UTC = dt.UTC
MAX_NESTING = 3


def full_name(cls: type[betterproto2.Message]) -> str:
    """The protobuf full name of a generated class (``mxaccess_gateway.v1.MxValue``)."""
    return default_message_pool.type_to_url[cls].rsplit("/", 1)[1]


def _wrapped(cls: type) -> st.SearchStrategy[Any]:
    name = cls.__name__
    if name == "Timestamp":
        return st.datetimes(
            min_value=dt.datetime(1, 1, 1),
            max_value=dt.datetime(9999, 12, 31),
            timezones=st.just(_UTC),
        )
    if name == "Duration":
        # betterproto2's Duration.from_timedelta does not round-trip negative spans
        # (float division), so its own bytes would not survive a decode either.
        return st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=9999))
    raise AssertionError(f"no strategy for wrapped {name}")


def _scalar(meta: Any, field_cls: type, depth: int) -> st.SearchStrategy[Any]:
    kind = meta.proto_type
    if kind in _INT_RANGES:
        low, high = _INT_RANGES[kind]
        return st.integers(low, high)
    if kind == betterproto2.TYPE_BOOL:
        return st.booleans()
    if kind == betterproto2.TYPE_FLOAT:
        return st.floats(width=32, allow_nan=False)
    if kind == betterproto2.TYPE_DOUBLE:
        return st.floats(allow_nan=False)
    if kind == betterproto2.TYPE_STRING:
        return st.text(max_size=12)
    if kind == betterproto2.TYPE_BYTES:
        return st.binary(max_size=12)
    if kind == betterproto2.TYPE_ENUM:
        # Known members and values outside the enum, which betterproto2 keeps as nameless members.
        return st.one_of(
            st.sampled_from(list(field_cls)), st.integers(-(2**31), 2**31 - 1).map(field_cls)
        )
    if kind == betterproto2.TYPE_MESSAGE:
        if meta.unwrap is not None:
            return _wrapped(meta.unwrap())
        return messages(field_cls, depth + 1)
    raise AssertionError(f"no strategy for {kind}")


@cache
def messages(cls: type[betterproto2.Message], depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances of cls with any mix of set fields, one member per oneof, nesting bounded."""
    proto = cls._betterproto
    plain: dict[str, st.SearchStrategy[Any]] = {}
    groups: dict[str, list[tuple[str, st.SearchStrategy[Any]]]] = {}
    for name, meta in proto.meta_by_field_name.items():
        field_cls = proto.cls_by_field[name]
        is_message = meta.proto_type == betterproto2.TYPE_MESSAGE and meta.unwrap is None
        if is_message and depth >= MAX_NESTING:
            continue
        value = st.deferred(lambda m=meta, c=field_cls: _scalar(m, c, depth))
        if meta.repeated:
            plain[name] = st.lists(value, max_size=3)
        elif meta.group is not None:
            groups.setdefault(meta.group, []).append((name, value))
        elif meta.optional:
            plain[name] = st.none() | value
        else:
            plain[name] = value
    oneofs = [
        st.one_of(st.just({}), *(v.map(lambda x, n=n: {n: x}) for n, v in members))
        for members in groups.values()
    ]
    return st.builds(
        lambda fields, *chosen: cls(**fields, **{k: v for c in chosen for k, v in c.items()}),
        st.fixed_dictionaries({}, optional=plain),
        *oneofs,
    )


@cache
def upb_classes() -> dict[str, type] | None:
    """protobuf class per full name, compiled from protos/ (None without the bench extra)."""
    try:
        from google.protobuf import descriptor_pool, message_factory
        from google.protobuf.internal import api_implementation
    except ImportError:
        return None
    if api_implementation.Type() != "upb":
        return None
    from benchmarks import protoc

    out = Path(tempfile.mkdtemp(prefix="mxgw-upb-"))
    try:
        protoc.generate(out)
    except (ImportError, RuntimeError):
        return None
    # Only the message modules: their _grpc siblings need grpcio, which CI may lack.
    sys.path.insert(0, str(out))
    for name in protoc.PROTO_FILES:
        importlib.import_module(name.removesuffix(".proto") + "_pb2")
    pool = descriptor_pool.Default()
    return {
        full_name(cls): message_factory.GetMessageClass(pool.FindMessageTypeByName(full_name(cls)))
        for cls in MESSAGE_TYPES
    }


def varint(value: int) -> bytes:
    """Protobuf varint of a non-negative value (for hand-built test input)."""
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def key(cls: type[betterproto2.Message], field: str, wire_type: int) -> bytes:
    """Wire key of a field, looked up by name so tests never carry contract numbers."""
    return varint((cls._betterproto.meta_by_field_name[field].number << 3) | wire_type)
