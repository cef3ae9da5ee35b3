"""The contract the library binds to, pinned by NAME (never by wire number).

A contract regenerated from the gateway's own descriptor set (`python gen.py
--descriptor-set ...`) must still provide every name below; if it drops one,
this test fails loudly instead of the library failing at run time.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, NamedTuple

import betterproto2
import pytest

from mxgateway.wire import requirements
from mxgateway.wire.contract import gr, missing_elements, mx
from mxgateway.wire.envelope import command_request, reply_arm

MX_MESSAGES = requirements.MX_MESSAGES
MX_ENUMS = requirements.MX_ENUMS
MX_RPCS = requirements.MX_RPCS
GR_MESSAGES = requirements.GR_MESSAGES
GR_ENUMS = requirements.GR_ENUMS
GR_RPCS = requirements.GR_RPCS


class Case(NamedTuple):
    """One service of the contract and the names the library binds to in its package."""

    module: Any
    package: str
    service: str
    messages: dict[str, tuple[str, ...]]
    enums: dict[str, tuple[str, ...]]
    rpcs: dict[str, str]


CASES = [
    Case(mx, "mxaccess_gateway.v1", "MxAccessGateway", MX_MESSAGES, MX_ENUMS, MX_RPCS),
    Case(gr, "galaxy_repository.v1", "GalaxyRepository", GR_MESSAGES, GR_ENUMS, GR_RPCS),
]
BY_PACKAGE = pytest.mark.parametrize("case", CASES, ids=lambda case: case.package)


@BY_PACKAGE
def test_every_message_and_field_exists(case: Case) -> None:
    for name, fields in case.messages.items():
        cls = getattr(case.module, name, None)
        assert cls is not None, f"message {case.package}.{name} is missing"
        assert issubclass(cls, betterproto2.Message)
        have = {f.name for f in dataclasses.fields(cls)}
        missing = set(fields) - have
        assert not missing, f"{case.package}.{name} lost fields {sorted(missing)}"


@BY_PACKAGE
def test_every_enum_value_exists(case: Case) -> None:
    for name, values in case.enums.items():
        cls = getattr(case.module, name, None)
        assert cls is not None, f"enum {case.package}.{name} is missing"
        assert issubclass(cls, enum.Enum)
        have = {member.proto_name for member in cls}
        missing = set(values) - have
        assert not missing, f"{case.package}.{name} lost values {sorted(missing)}"


@BY_PACKAGE
def test_every_rpc_exists_on_stub_and_server_base(case: Case) -> None:
    stub = getattr(case.module, f"{case.service}Stub")
    base = getattr(case.module, f"{case.service}Base")
    routes = base().__mapping__()
    for rpc, method in case.rpcs.items():
        assert callable(getattr(stub, method, None)), f"client stub lacks {rpc}"
        assert callable(getattr(base, method, None)), f"server base lacks {rpc}"
        assert f"/{case.package}.{case.service}/{rpc}" in routes, f"server routes lack {rpc}"


def test_every_command_kind_has_a_command_message_and_an_envelope_arm() -> None:
    """Each MxCommandKind (but UNSPECIFIED) is known, and MxCommand has an arm of its type."""
    kinds = {kind.name for kind in mx.MxCommandKind} - {"UNSPECIFIED"}
    assert kinds == set(requirements.COMMANDS)
    for name, (command, reply) in requirements.COMMANDS.items():
        request = command_request("s", "c", getattr(mx, command)())
        assert request.command is not None
        assert request.command.kind is mx.MxCommandKind[name]
        assert betterproto2.which_one_of(request.command, "payload")[1] is not None
        if reply is not None:
            assert reply_arm(mx.MxCommandKind[name], getattr(mx, reply)())


def test_the_bindings_lack_nothing_the_typed_layer_needs() -> None:
    assert missing_elements() == []


def test_shared_reply_types_choose_the_arm_named_after_the_kind() -> None:
    item = mx.AddItemReply(item_handle=1)
    assert reply_arm(mx.MxCommandKind.ADD_ITEM, item) == "add_item"
    assert reply_arm(mx.MxCommandKind.ADD_ITEM2, item) == "add_item2"
    assert reply_arm(mx.MxCommandKind.ADD_BUFFERED_ITEM, item) == "add_buffered_item"
    ack = mx.AcknowledgeAlarmReplyPayload()
    assert reply_arm(mx.MxCommandKind.ACKNOWLEDGE_ALARM_BY_NAME, ack) == "acknowledge_alarm"
