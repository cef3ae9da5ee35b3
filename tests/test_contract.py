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

from mxgateway.wire.contract import gr, mx

# Names as the gateway's published contract spells them (see protos/ and PROVENANCE.md).
MX_MESSAGES = {
    "AcknowledgeAlarmCommand": (
        "alarm_guid",
        "comment",
        "operator_user",
        "operator_node",
        "operator_domain",
        "operator_full_name",
    ),
    "AcknowledgeAlarmReply": ("protocol_status", "hresult", "status", "diagnostic_message"),
    "AcknowledgeAlarmReplyPayload": ("native_status",),
    "AcknowledgeAlarmRequest": (
        "session_id",
        "client_correlation_id",
        "alarm_full_reference",
        "comment",
        "operator_user",
        "operator_node",
    ),
    "ActivateCommand": ("server_handle", "item_handle"),
    "ActivateReply": (),
    "ActiveAlarmSnapshot": (
        "alarm_full_reference",
        "source_object_reference",
        "alarm_type_name",
        "condition_state",
        "raw_severity",
        "original_raise_timestamp",
        "last_transition_timestamp",
        "operator_user",
        "operator_comment",
        "category",
        "description",
        "current_value",
        "limit_value",
    ),
    "AddBufferedItemCommand": ("server_handle", "item_definition"),
    "AddItem2Command": ("server_handle", "item_definition", "item_context"),
    "AddItemBulkCommand": ("server_handle", "tag_addresses"),
    "AddItemCommand": ("server_handle", "item_definition"),
    "AddItemReply": ("item_handle",),
    "AdviseCommand": ("server_handle", "item_handle"),
    "AdviseItemBulkCommand": ("server_handle", "item_handles"),
    "AdviseSupervisoryCommand": ("server_handle", "item_handle"),
    "AlarmFeedMessage": ("sequence", "active_alarm", "snapshot_complete", "transition"),
    "AlarmSnapshotComplete": ("snapshot_count",),
    "AuthenticateUserCommand": ("server_handle", "user_name", "password"),
    "AuthenticateUserReply": ("user_id",),
    "BufferedSample": ("value", "quality", "source_timestamp"),
    "BulkReadReply": ("results",),
    "BulkReadResult": (
        "tag_address",
        "was_successful",
        "value",
        "quality",
        "source_timestamp",
        "statuses",
        "was_cached",
        "error_message",
    ),
    "BulkSubscribeReply": ("results",),
    "BulkWriteReply": ("results",),
    "BulkWriteResult": ("item_handle", "was_successful", "error_message", "hresult", "statuses"),
    "CloseSessionReply": ("session_id", "final_state", "protocol_status"),
    "CloseSessionRequest": ("session_id", "reason"),
    "DrainEventsCommand": ("max_events",),
    "DrainEventsReply": ("events",),
    "GetSessionStateCommand": (),
    "GetSessionStateReply": ("state",),
    "GetWorkerInfoCommand": (),
    "GetWorkerInfoReply": ("process_id", "worker_version", "worker_protocol_version"),
    "MxArray": ("element_data_type", "dimensions", "elements"),
    "MxCommandReply": (
        "session_id",
        "correlation_id",
        "kind",
        "protocol_status",
        "hresult",
        "return_value",
        "statuses",
        "diagnostic_message",
        "register",
        "add_item",
        "add_item2",
        "authenticate_user",
        "suspend",
        "activate",
        "add_buffered_item",
        "get_session_state",
        "get_worker_info",
        "drain_events",
        "bulk_subscribe",
        "acknowledge_alarm",
        "query_active_alarms",
        "bulk_write",
        "bulk_read",
    ),
    "MxCommandRequest": (
        "session_id",
        "client_correlation_id",
        "kind",
        "register",
        "unregister",
        "add_item",
        "add_item2",
        "remove_item",
        "advise",
        "advise_supervisory",
        "un_advise",
        "write",
        "write2",
        "write_secured",
        "write_secured2",
        "authenticate_user",
        "suspend",
        "activate",
        "add_buffered_item",
        "set_buffered_update_interval",
        "ping",
        "get_session_state",
        "get_worker_info",
        "drain_events",
        "shutdown_worker",
        "add_item_bulk",
        "advise_item_bulk",
        "remove_item_bulk",
        "un_advise_item_bulk",
        "subscribe_bulk",
        "unsubscribe_bulk",
        "subscribe_alarms",
        "unsubscribe_alarms",
        "acknowledge_alarm",
        "query_active_alarms",
        "write_bulk",
        "write2_bulk",
        "write_secured_bulk",
        "write_secured2_bulk",
        "read_bulk",
    ),
    "MxEvent": (
        "session_id",
        "worker_sequence",
        "family",
        "server_handle",
        "item_handle",
        "value",
        "quality",
        "source_timestamp",
        "statuses",
        "worker_timestamp",
        "gateway_receive_timestamp",
        "hresult",
        "raw_status",
        "replay_gap",
        "on_data_change",
        "on_write_complete",
        "operation_complete",
        "on_buffered_data_change",
        "on_alarm_transition",
    ),
    "MxSparseArray": ("element_data_type", "total_length", "elements"),
    "MxSparseElement": ("index", "value"),
    "MxStatusProxy": (
        "success",
        "category",
        "detected_by",
        "detail",
        "raw_category",
        "raw_detected_by",
        "diagnostic_text",
    ),
    "MxValue": (
        "data_type",
        "variant_type",
        "is_null",
        "raw_diagnostic",
        "raw_data_type",
        "bool_value",
        "int32_value",
        "int64_value",
        "float_value",
        "double_value",
        "string_value",
        "timestamp_value",
        "duration_value",
        "array_value",
        "sparse_array_value",
        "bytes_value",
    ),
    "OnAlarmTransitionEvent": (
        "alarm_full_reference",
        "source_object_reference",
        "alarm_type_name",
        "transition_kind",
        "raw_severity",
        "original_raise_timestamp",
        "transition_timestamp",
        "operator_user",
        "operator_comment",
        "category",
        "description",
        "current_value",
        "limit_value",
        "condition_state",
    ),
    "OnBufferedDataChangeEvent": ("data_type", "samples"),
    "OnDataChangeEvent": ("data_type",),
    "OnWriteCompleteEvent": ("client_correlation_id",),
    "OpenSessionReply": (
        "session_id",
        "backend_name",
        "gateway_protocol_version",
        "worker_protocol_version",
        "protocol_status",
        "capabilities",
    ),
    "OpenSessionRequest": ("client_session_name", "client_correlation_id"),
    "OperationCompleteEvent": ("operation",),
    "PingCommand": (),
    "ProtocolStatus": ("code", "message"),
    "QueryActiveAlarmsCommand": ("alarm_filter_prefix",),
    "QueryActiveAlarmsReplyPayload": ("snapshots",),
    "QueryActiveAlarmsRequest": ("session_id", "client_correlation_id", "alarm_filter_prefix"),
    "ReadBulkCommand": ("server_handle", "tag_addresses", "timeout_ms"),
    "RegisterCommand": ("client_name",),
    "RegisterReply": ("server_handle",),
    "RemoveItemBulkCommand": ("server_handle", "item_handles"),
    "RemoveItemCommand": ("server_handle", "item_handle"),
    "ReplayGap": ("requested_after_sequence", "oldest_available_sequence"),
    "SetBufferedUpdateIntervalCommand": ("server_handle", "update_interval_ms"),
    "ShutdownWorkerCommand": (),
    "StreamAlarmsRequest": ("session_id", "client_correlation_id", "alarm_filter_prefix"),
    "StreamEventsRequest": ("session_id", "after_worker_sequence"),
    "SubscribeAlarmsCommand": ("subscription_expression",),
    "SubscribeBulkCommand": ("server_handle", "tag_addresses"),
    "SubscribeResult": (
        "server_handle",
        "tag_address",
        "item_handle",
        "was_successful",
        "error_message",
    ),
    "SuspendCommand": ("server_handle", "item_handle"),
    "SuspendReply": (),
    "UnAdviseCommand": ("server_handle", "item_handle"),
    "UnAdviseItemBulkCommand": ("server_handle", "item_handles"),
    "UnregisterCommand": ("server_handle",),
    "UnsubscribeAlarmsCommand": (),
    "UnsubscribeBulkCommand": ("server_handle", "item_handles"),
    "Write2BulkCommand": ("server_handle", "entries"),
    "Write2BulkEntry": ("item_handle", "value", "timestamp_value", "user_id"),
    "Write2Command": ("server_handle", "item_handle", "value", "timestamp_value", "user_id"),
    "WriteBulkCommand": ("server_handle", "entries"),
    "WriteBulkEntry": ("item_handle", "value", "user_id"),
    "WriteCommand": ("server_handle", "item_handle", "value", "user_id"),
    "WriteSecured2BulkCommand": ("server_handle", "entries"),
    "WriteSecured2BulkEntry": (
        "item_handle",
        "value",
        "timestamp_value",
        "current_user_id",
        "verifier_user_id",
    ),
    "WriteSecured2Command": (
        "server_handle",
        "item_handle",
        "value",
        "timestamp_value",
        "current_user_id",
        "verifier_user_id",
    ),
    "WriteSecuredBulkCommand": ("server_handle", "entries"),
    "WriteSecuredBulkEntry": ("item_handle", "value", "current_user_id", "verifier_user_id"),
    "WriteSecuredCommand": (
        "server_handle",
        "item_handle",
        "value",
        "current_user_id",
        "verifier_user_id",
    ),
}
MX_ENUMS = {
    "AlarmConditionState": (
        "ALARM_CONDITION_STATE_UNSPECIFIED",
        "ALARM_CONDITION_STATE_ACTIVE_UNACKED",
        "ALARM_CONDITION_STATE_ACTIVE_ACKED",
        "ALARM_CONDITION_STATE_INACTIVE_UNACKED",
        "ALARM_CONDITION_STATE_INACTIVE_ACKED",
    ),
    "AlarmTransitionKind": (
        "ALARM_TRANSITION_KIND_UNSPECIFIED",
        "ALARM_TRANSITION_KIND_RAISE",
        "ALARM_TRANSITION_KIND_ACKNOWLEDGE",
        "ALARM_TRANSITION_KIND_CLEAR",
        "ALARM_TRANSITION_KIND_RETRIGGER",
    ),
    "MxCommandKind": (
        "MX_COMMAND_KIND_UNSPECIFIED",
        "MX_COMMAND_KIND_REGISTER",
        "MX_COMMAND_KIND_UNREGISTER",
        "MX_COMMAND_KIND_ADD_ITEM",
        "MX_COMMAND_KIND_ADD_ITEM2",
        "MX_COMMAND_KIND_REMOVE_ITEM",
        "MX_COMMAND_KIND_ADVISE",
        "MX_COMMAND_KIND_ADVISE_SUPERVISORY",
        "MX_COMMAND_KIND_UN_ADVISE",
        "MX_COMMAND_KIND_WRITE",
        "MX_COMMAND_KIND_WRITE2",
        "MX_COMMAND_KIND_WRITE_SECURED",
        "MX_COMMAND_KIND_WRITE_SECURED2",
        "MX_COMMAND_KIND_AUTHENTICATE_USER",
        "MX_COMMAND_KIND_SUSPEND",
        "MX_COMMAND_KIND_ACTIVATE",
        "MX_COMMAND_KIND_ADD_BUFFERED_ITEM",
        "MX_COMMAND_KIND_SET_BUFFERED_UPDATE_INTERVAL",
        "MX_COMMAND_KIND_PING",
        "MX_COMMAND_KIND_GET_SESSION_STATE",
        "MX_COMMAND_KIND_GET_WORKER_INFO",
        "MX_COMMAND_KIND_DRAIN_EVENTS",
        "MX_COMMAND_KIND_SHUTDOWN_WORKER",
        "MX_COMMAND_KIND_ADD_ITEM_BULK",
        "MX_COMMAND_KIND_ADVISE_ITEM_BULK",
        "MX_COMMAND_KIND_REMOVE_ITEM_BULK",
        "MX_COMMAND_KIND_UN_ADVISE_ITEM_BULK",
        "MX_COMMAND_KIND_SUBSCRIBE_BULK",
        "MX_COMMAND_KIND_UNSUBSCRIBE_BULK",
        "MX_COMMAND_KIND_SUBSCRIBE_ALARMS",
        "MX_COMMAND_KIND_UNSUBSCRIBE_ALARMS",
        "MX_COMMAND_KIND_ACKNOWLEDGE_ALARM",
        "MX_COMMAND_KIND_QUERY_ACTIVE_ALARMS",
        "MX_COMMAND_KIND_WRITE_BULK",
        "MX_COMMAND_KIND_WRITE2_BULK",
        "MX_COMMAND_KIND_WRITE_SECURED_BULK",
        "MX_COMMAND_KIND_WRITE_SECURED2_BULK",
        "MX_COMMAND_KIND_READ_BULK",
    ),
    "MxDataType": (
        "MX_DATA_TYPE_UNSPECIFIED",
        "MX_DATA_TYPE_UNKNOWN",
        "MX_DATA_TYPE_NO_DATA",
        "MX_DATA_TYPE_BOOLEAN",
        "MX_DATA_TYPE_INTEGER",
        "MX_DATA_TYPE_FLOAT",
        "MX_DATA_TYPE_DOUBLE",
        "MX_DATA_TYPE_STRING",
        "MX_DATA_TYPE_TIME",
        "MX_DATA_TYPE_ELAPSED_TIME",
        "MX_DATA_TYPE_REFERENCE",
        "MX_DATA_TYPE_STATUS",
        "MX_DATA_TYPE_DATA_TYPE_ENUM",
        "MX_DATA_TYPE_SECURITY_CLASSIFICATION_ENUM",
        "MX_DATA_TYPE_DATA_QUALITY",
        "MX_DATA_TYPE_QUALIFIED_ENUM",
        "MX_DATA_TYPE_QUALIFIED_STRUCT",
        "MX_DATA_TYPE_INTERNATIONALIZED_STRING",
        "MX_DATA_TYPE_BIG_STRING",
    ),
    "MxEventFamily": (
        "MX_EVENT_FAMILY_UNSPECIFIED",
        "MX_EVENT_FAMILY_ON_DATA_CHANGE",
        "MX_EVENT_FAMILY_ON_WRITE_COMPLETE",
        "MX_EVENT_FAMILY_OPERATION_COMPLETE",
        "MX_EVENT_FAMILY_ON_BUFFERED_DATA_CHANGE",
        "MX_EVENT_FAMILY_ON_ALARM_TRANSITION",
    ),
    "MxStatusCategory": (
        "MX_STATUS_CATEGORY_UNSPECIFIED",
        "MX_STATUS_CATEGORY_UNKNOWN",
        "MX_STATUS_CATEGORY_OK",
        "MX_STATUS_CATEGORY_PENDING",
        "MX_STATUS_CATEGORY_WARNING",
        "MX_STATUS_CATEGORY_COMMUNICATION_ERROR",
        "MX_STATUS_CATEGORY_CONFIGURATION_ERROR",
        "MX_STATUS_CATEGORY_OPERATIONAL_ERROR",
        "MX_STATUS_CATEGORY_SECURITY_ERROR",
        "MX_STATUS_CATEGORY_SOFTWARE_ERROR",
        "MX_STATUS_CATEGORY_OTHER_ERROR",
    ),
    "MxStatusSource": (
        "MX_STATUS_SOURCE_UNSPECIFIED",
        "MX_STATUS_SOURCE_UNKNOWN",
        "MX_STATUS_SOURCE_REQUESTING_LMX",
        "MX_STATUS_SOURCE_RESPONDING_LMX",
        "MX_STATUS_SOURCE_REQUESTING_NMX",
        "MX_STATUS_SOURCE_RESPONDING_NMX",
        "MX_STATUS_SOURCE_REQUESTING_AUTOMATION_OBJECT",
        "MX_STATUS_SOURCE_RESPONDING_AUTOMATION_OBJECT",
    ),
    "ProtocolStatusCode": (
        "PROTOCOL_STATUS_CODE_UNSPECIFIED",
        "PROTOCOL_STATUS_CODE_OK",
        "PROTOCOL_STATUS_CODE_INVALID_REQUEST",
        "PROTOCOL_STATUS_CODE_SESSION_NOT_FOUND",
        "PROTOCOL_STATUS_CODE_SESSION_NOT_READY",
        "PROTOCOL_STATUS_CODE_WORKER_UNAVAILABLE",
        "PROTOCOL_STATUS_CODE_TIMEOUT",
        "PROTOCOL_STATUS_CODE_CANCELED",
        "PROTOCOL_STATUS_CODE_PROTOCOL_VIOLATION",
        "PROTOCOL_STATUS_CODE_MXACCESS_FAILURE",
    ),
    "SessionState": (
        "SESSION_STATE_UNSPECIFIED",
        "SESSION_STATE_CREATING",
        "SESSION_STATE_STARTING_WORKER",
        "SESSION_STATE_WAITING_FOR_PIPE",
        "SESSION_STATE_INITIALIZING_WORKER",
        "SESSION_STATE_READY",
        "SESSION_STATE_CLOSING",
        "SESSION_STATE_CLOSED",
        "SESSION_STATE_FAULTED",
    ),
}
GR_MESSAGES = {
    "BrowseChildrenReply": ("children", "next_page_token", "child_has_children"),
    "BrowseChildrenRequest": (
        "parent_gobject_id",
        "parent_tag_name",
        "parent_contained_path",
        "page_size",
        "page_token",
        "category_ids",
        "template_chain_contains",
        "tag_name_glob",
        "include_attributes",
        "alarm_bearing_only",
        "historized_only",
    ),
    "DeployEvent": (
        "sequence",
        "time_of_last_deploy",
        "time_of_last_deploy_present",
        "object_count",
        "attribute_count",
    ),
    "DiscoverHierarchyReply": ("objects", "next_page_token", "total_object_count"),
    "DiscoverHierarchyRequest": (
        "page_size",
        "page_token",
        "root_gobject_id",
        "root_tag_name",
        "root_contained_path",
        "max_depth",
        "category_ids",
        "template_chain_contains",
        "tag_name_glob",
        "include_attributes",
        "alarm_bearing_only",
        "historized_only",
    ),
    "GalaxyAttribute": (
        "attribute_name",
        "full_tag_reference",
        "mx_data_type",
        "data_type_name",
        "is_array",
        "array_dimension",
        "mx_attribute_category",
        "security_classification",
        "primitive_name",
        "is_historized",
        "is_alarm",
    ),
    "GalaxyObject": (
        "gobject_id",
        "tag_name",
        "contained_name",
        "hierarchical_name",
        "parent_gobject_id",
        "is_area",
        "category_id",
        "template_chain",
        "attributes",
        "contained_path",
        "area_gobject_id",
        "hosted_by_gobject_id",
    ),
    "GetLastDeployTimeReply": ("time_of_last_deploy", "time_of_last_deploy_present"),
    "GetLastDeployTimeRequest": (),
    "TestConnectionReply": ("ok",),
    "TestConnectionRequest": (),
    "WatchDeployEventsRequest": ("last_seen_deploy_time",),
}
GR_ENUMS = {}

MX_RPCS = {
    "OpenSession": "open_session",
    "CloseSession": "close_session",
    "Invoke": "invoke",
    "StreamEvents": "stream_events",
    "AcknowledgeAlarm": "acknowledge_alarm",
    "StreamAlarms": "stream_alarms",
    "QueryActiveAlarms": "query_active_alarms",
}
GR_RPCS = {
    "TestConnection": "test_connection",
    "GetLastDeployTime": "get_last_deploy_time",
    "DiscoverHierarchy": "discover_hierarchy",
    "WatchDeployEvents": "watch_deploy_events",
    "BrowseChildren": "browse_children",
}


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


def test_every_command_kind_has_a_payload_member() -> None:
    """Each MxCommandKind (but UNSPECIFIED) has the request payload field the client fills."""
    payload = {f.name for f in dataclasses.fields(mx.MxCommandRequest)}
    for kind in mx.MxCommandKind:
        if kind is mx.MxCommandKind.UNSPECIFIED:
            continue
        member = kind.proto_name.removeprefix("MX_COMMAND_KIND_").lower()
        assert member in payload, f"MxCommandRequest has no payload member for {kind.proto_name}"
