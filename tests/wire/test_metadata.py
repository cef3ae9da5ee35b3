"""Generated messages resolve their type hints once per class (``wire.metadata``)."""

from __future__ import annotations

import sys
import typing

import betterproto2
import pytest

from mxgateway.wire._generated.google import protobuf as pb
from mxgateway.wire.contract import gr, mx


@pytest.mark.parametrize(
    "message", [mx.MxCommand, mx.MxCommandReply, mx.MxValue, gr.GalaxyObject, pb.Timestamp]
)
def test_type_hints_resolve_once_and_unchanged(message: type[betterproto2.Message]) -> None:
    hints = message._type_hints()
    assert message._type_hints() is hints
    module = vars(sys.modules[message.__module__])
    assert hints == typing.get_type_hints(message, module, {})


def test_metadata_and_dicts_are_unchanged() -> None:
    """What betterproto2 builds from the hints: oneof arms by type, and to_dict."""
    meta = mx.MxCommand._betterproto
    assert meta.cls_by_field["read_bulk_command"] is mx.ReadBulkCommand
    command = mx.MxCommand(
        kind=mx.MxCommandKind.READ_BULK,
        read_bulk_command=mx.ReadBulkCommand(server_handle=1, tag_addresses=["A.B"]),
    )
    assert betterproto2.which_one_of(command, "payload") == (
        "read_bulk_command",
        command.read_bulk_command,
    )
    assert command.to_dict()["readBulkCommand"] == {"serverHandle": 1, "tagAddresses": ["A.B"]}
