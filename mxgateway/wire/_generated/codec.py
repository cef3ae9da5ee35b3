"""GENERATED CODE: DO NOT EDIT.

The fast wire codec for the MXAccess Gateway contract, produced by `python gen.py`
(gen_codec.py) from the same descriptors as the bindings beside it. One decoder
and one encoder per message; `python gen.py --check` fails when it is stale.
"""
# fmt: off
# ruff: noqa

import struct
from datetime import datetime, timedelta, timezone

from mxgateway.wire.codec_runtime import (
    EnumTable,
    read_varint,
    skip_field,
    encode_varint,
    truncated,
    too_deep,
    too_many,
    budget,
    no_records,
    TIMESTAMP_SECONDS,
    MAX_NANOS,
    timestamp,
    duration,
)
from .galaxy_repository import v1 as _p_galaxy_repository_v1
from .google import protobuf as _p_google_protobuf
from .mxaccess_gateway import v1 as _p_mxaccess_gateway_v1

_new = object.__new__
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
#: Timestamp seconds protobuf allows: 0001-01-01 to 9999-12-31T23:59:59 (UTC).
_TS_LOW, _TS_HIGH = TIMESTAMP_SECONDS
_NS_MAX = MAX_NANOS
_td = timedelta
_rv = read_varint
_ev = encode_varint
_skip = skip_field
_trunc = truncated
_deep = too_deep
_many = too_many
_B = budget
_no_records = no_records
_ts = timestamp
_dur = duration
_pack = struct.pack
_unpack_from = struct.unpack_from
_pack_I = struct.Struct("<I").pack
_unpack_I = struct.Struct("<I").unpack_from
_pack_Q = struct.Struct("<Q").pack
_unpack_Q = struct.Struct("<Q").unpack_from
_pack_d = struct.Struct("<d").pack
_unpack_d = struct.Struct("<d").unpack_from
_pack_f = struct.Struct("<f").pack
_unpack_f = struct.Struct("<f").unpack_from
_pack_i = struct.Struct("<i").pack
_unpack_i = struct.Struct("<i").unpack_from
_pack_q = struct.Struct("<q").pack
_unpack_q = struct.Struct("<q").unpack_from


def _s32(v):
    return ((v & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000


def _s64(v):
    return (v ^ 0x8000000000000000) - 0x8000000000000000


#: Key 18 followed by each one-byte length.
_LP_18 = [b'\x12' + bytes((n,)) for n in range(128)]
#: Key 50 followed by each one-byte length.
_LP_50 = [b'2' + bytes((n,)) for n in range(128)]
#: Key 58 followed by each one-byte length.
_LP_58 = [b':' + bytes((n,)) for n in range(128)]
#: Key 66 followed by each one-byte length.
_LP_66 = [b'B' + bytes((n,)) for n in range(128)]
_C_galaxy_repository_v1_TestConnectionRequest = _p_galaxy_repository_v1.TestConnectionRequest
_C_galaxy_repository_v1_TestConnectionReply = _p_galaxy_repository_v1.TestConnectionReply
_C_galaxy_repository_v1_GetLastDeployTimeRequest = _p_galaxy_repository_v1.GetLastDeployTimeRequest
_C_galaxy_repository_v1_GetLastDeployTimeReply = _p_galaxy_repository_v1.GetLastDeployTimeReply
_C_galaxy_repository_v1_DiscoverHierarchyRequest = _p_galaxy_repository_v1.DiscoverHierarchyRequest
_C_galaxy_repository_v1_DiscoverHierarchyReply = _p_galaxy_repository_v1.DiscoverHierarchyReply
_C_galaxy_repository_v1_GalaxyObject = _p_galaxy_repository_v1.GalaxyObject
_C_galaxy_repository_v1_GalaxyAttribute = _p_galaxy_repository_v1.GalaxyAttribute
_C_galaxy_repository_v1_WatchDeployEventsRequest = _p_galaxy_repository_v1.WatchDeployEventsRequest
_C_galaxy_repository_v1_DeployEvent = _p_galaxy_repository_v1.DeployEvent
_C_galaxy_repository_v1_BrowseChildrenRequest = _p_galaxy_repository_v1.BrowseChildrenRequest
_C_galaxy_repository_v1_BrowseChildrenReply = _p_galaxy_repository_v1.BrowseChildrenReply
_C_google_protobuf_Duration = _p_google_protobuf.Duration
_C_google_protobuf_Timestamp = _p_google_protobuf.Timestamp
_C_mxaccess_gateway_v1_ProtocolStatus = _p_mxaccess_gateway_v1.ProtocolStatus
_C_mxaccess_gateway_v1_MxStatusProxy = _p_mxaccess_gateway_v1.MxStatusProxy
_M_mxaccess_gateway_v1_MxStatusProxy = {}
_C_mxaccess_gateway_v1_MxValue = _p_mxaccess_gateway_v1.MxValue
_C_mxaccess_gateway_v1_MxArray = _p_mxaccess_gateway_v1.MxArray
_C_mxaccess_gateway_v1_MxSparseArray = _p_mxaccess_gateway_v1.MxSparseArray
_C_mxaccess_gateway_v1_MxSparseElement = _p_mxaccess_gateway_v1.MxSparseElement
_C_mxaccess_gateway_v1_OpenSessionRequest = _p_mxaccess_gateway_v1.OpenSessionRequest
_C_mxaccess_gateway_v1_OpenSessionReply = _p_mxaccess_gateway_v1.OpenSessionReply
_C_mxaccess_gateway_v1_CloseSessionRequest = _p_mxaccess_gateway_v1.CloseSessionRequest
_C_mxaccess_gateway_v1_CloseSessionReply = _p_mxaccess_gateway_v1.CloseSessionReply
_C_mxaccess_gateway_v1_StreamEventsRequest = _p_mxaccess_gateway_v1.StreamEventsRequest
_C_mxaccess_gateway_v1_MxCommand = _p_mxaccess_gateway_v1.MxCommand
_C_mxaccess_gateway_v1_MxCommandRequest = _p_mxaccess_gateway_v1.MxCommandRequest
_C_mxaccess_gateway_v1_MxCommandReply = _p_mxaccess_gateway_v1.MxCommandReply
_C_mxaccess_gateway_v1_RegisterCommand = _p_mxaccess_gateway_v1.RegisterCommand
_C_mxaccess_gateway_v1_RegisterReply = _p_mxaccess_gateway_v1.RegisterReply
_C_mxaccess_gateway_v1_UnregisterCommand = _p_mxaccess_gateway_v1.UnregisterCommand
_C_mxaccess_gateway_v1_AddItemCommand = _p_mxaccess_gateway_v1.AddItemCommand
_C_mxaccess_gateway_v1_AddItem2Command = _p_mxaccess_gateway_v1.AddItem2Command
_C_mxaccess_gateway_v1_AddItemReply = _p_mxaccess_gateway_v1.AddItemReply
_C_mxaccess_gateway_v1_RemoveItemCommand = _p_mxaccess_gateway_v1.RemoveItemCommand
_C_mxaccess_gateway_v1_AdviseCommand = _p_mxaccess_gateway_v1.AdviseCommand
_C_mxaccess_gateway_v1_AdviseSupervisoryCommand = _p_mxaccess_gateway_v1.AdviseSupervisoryCommand
_C_mxaccess_gateway_v1_UnAdviseCommand = _p_mxaccess_gateway_v1.UnAdviseCommand
_C_mxaccess_gateway_v1_WriteCommand = _p_mxaccess_gateway_v1.WriteCommand
_C_mxaccess_gateway_v1_Write2Command = _p_mxaccess_gateway_v1.Write2Command
_C_mxaccess_gateway_v1_WriteSecuredCommand = _p_mxaccess_gateway_v1.WriteSecuredCommand
_C_mxaccess_gateway_v1_WriteSecured2Command = _p_mxaccess_gateway_v1.WriteSecured2Command
_C_mxaccess_gateway_v1_AuthenticateUserCommand = _p_mxaccess_gateway_v1.AuthenticateUserCommand
_C_mxaccess_gateway_v1_AuthenticateUserReply = _p_mxaccess_gateway_v1.AuthenticateUserReply
_C_mxaccess_gateway_v1_SuspendCommand = _p_mxaccess_gateway_v1.SuspendCommand
_C_mxaccess_gateway_v1_SuspendReply = _p_mxaccess_gateway_v1.SuspendReply
_C_mxaccess_gateway_v1_ActivateCommand = _p_mxaccess_gateway_v1.ActivateCommand
_C_mxaccess_gateway_v1_ActivateReply = _p_mxaccess_gateway_v1.ActivateReply
_C_mxaccess_gateway_v1_AddBufferedItemCommand = _p_mxaccess_gateway_v1.AddBufferedItemCommand
_C_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand = _p_mxaccess_gateway_v1.SetBufferedUpdateIntervalCommand
_C_mxaccess_gateway_v1_PingCommand = _p_mxaccess_gateway_v1.PingCommand
_C_mxaccess_gateway_v1_GetSessionStateCommand = _p_mxaccess_gateway_v1.GetSessionStateCommand
_C_mxaccess_gateway_v1_GetSessionStateReply = _p_mxaccess_gateway_v1.GetSessionStateReply
_C_mxaccess_gateway_v1_GetWorkerInfoCommand = _p_mxaccess_gateway_v1.GetWorkerInfoCommand
_C_mxaccess_gateway_v1_GetWorkerInfoReply = _p_mxaccess_gateway_v1.GetWorkerInfoReply
_C_mxaccess_gateway_v1_DrainEventsCommand = _p_mxaccess_gateway_v1.DrainEventsCommand
_C_mxaccess_gateway_v1_DrainEventsReply = _p_mxaccess_gateway_v1.DrainEventsReply
_C_mxaccess_gateway_v1_ShutdownWorkerCommand = _p_mxaccess_gateway_v1.ShutdownWorkerCommand
_C_mxaccess_gateway_v1_AddItemBulkCommand = _p_mxaccess_gateway_v1.AddItemBulkCommand
_C_mxaccess_gateway_v1_AdviseItemBulkCommand = _p_mxaccess_gateway_v1.AdviseItemBulkCommand
_C_mxaccess_gateway_v1_RemoveItemBulkCommand = _p_mxaccess_gateway_v1.RemoveItemBulkCommand
_C_mxaccess_gateway_v1_UnAdviseItemBulkCommand = _p_mxaccess_gateway_v1.UnAdviseItemBulkCommand
_C_mxaccess_gateway_v1_SubscribeBulkCommand = _p_mxaccess_gateway_v1.SubscribeBulkCommand
_C_mxaccess_gateway_v1_UnsubscribeBulkCommand = _p_mxaccess_gateway_v1.UnsubscribeBulkCommand
_C_mxaccess_gateway_v1_BulkSubscribeReply = _p_mxaccess_gateway_v1.BulkSubscribeReply
_C_mxaccess_gateway_v1_SubscribeResult = _p_mxaccess_gateway_v1.SubscribeResult
_C_mxaccess_gateway_v1_WriteBulkCommand = _p_mxaccess_gateway_v1.WriteBulkCommand
_C_mxaccess_gateway_v1_WriteBulkEntry = _p_mxaccess_gateway_v1.WriteBulkEntry
_C_mxaccess_gateway_v1_Write2BulkCommand = _p_mxaccess_gateway_v1.Write2BulkCommand
_C_mxaccess_gateway_v1_Write2BulkEntry = _p_mxaccess_gateway_v1.Write2BulkEntry
_C_mxaccess_gateway_v1_WriteSecuredBulkCommand = _p_mxaccess_gateway_v1.WriteSecuredBulkCommand
_C_mxaccess_gateway_v1_WriteSecuredBulkEntry = _p_mxaccess_gateway_v1.WriteSecuredBulkEntry
_C_mxaccess_gateway_v1_WriteSecured2BulkCommand = _p_mxaccess_gateway_v1.WriteSecured2BulkCommand
_C_mxaccess_gateway_v1_WriteSecured2BulkEntry = _p_mxaccess_gateway_v1.WriteSecured2BulkEntry
_C_mxaccess_gateway_v1_BulkWriteReply = _p_mxaccess_gateway_v1.BulkWriteReply
_C_mxaccess_gateway_v1_BulkWriteResult = _p_mxaccess_gateway_v1.BulkWriteResult
_C_mxaccess_gateway_v1_ReadBulkCommand = _p_mxaccess_gateway_v1.ReadBulkCommand
_C_mxaccess_gateway_v1_BulkReadReply = _p_mxaccess_gateway_v1.BulkReadReply
_C_mxaccess_gateway_v1_BulkReadResult = _p_mxaccess_gateway_v1.BulkReadResult
_C_mxaccess_gateway_v1_SubscribeAlarmsCommand = _p_mxaccess_gateway_v1.SubscribeAlarmsCommand
_C_mxaccess_gateway_v1_UnsubscribeAlarmsCommand = _p_mxaccess_gateway_v1.UnsubscribeAlarmsCommand
_C_mxaccess_gateway_v1_AcknowledgeAlarmCommand = _p_mxaccess_gateway_v1.AcknowledgeAlarmCommand
_C_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand = _p_mxaccess_gateway_v1.AcknowledgeAlarmByNameCommand
_C_mxaccess_gateway_v1_QueryActiveAlarmsCommand = _p_mxaccess_gateway_v1.QueryActiveAlarmsCommand
_C_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload = _p_mxaccess_gateway_v1.AcknowledgeAlarmReplyPayload
_C_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload = _p_mxaccess_gateway_v1.QueryActiveAlarmsReplyPayload
_C_mxaccess_gateway_v1_MxEvent = _p_mxaccess_gateway_v1.MxEvent
_C_mxaccess_gateway_v1_ReplayGap = _p_mxaccess_gateway_v1.ReplayGap
_C_mxaccess_gateway_v1_OnDataChangeEvent = _p_mxaccess_gateway_v1.OnDataChangeEvent
_C_mxaccess_gateway_v1_OnWriteCompleteEvent = _p_mxaccess_gateway_v1.OnWriteCompleteEvent
_C_mxaccess_gateway_v1_OperationCompleteEvent = _p_mxaccess_gateway_v1.OperationCompleteEvent
_C_mxaccess_gateway_v1_OnBufferedDataChangeEvent = _p_mxaccess_gateway_v1.OnBufferedDataChangeEvent
_C_mxaccess_gateway_v1_BufferedSample = _p_mxaccess_gateway_v1.BufferedSample
_C_mxaccess_gateway_v1_OnAlarmTransitionEvent = _p_mxaccess_gateway_v1.OnAlarmTransitionEvent
_C_mxaccess_gateway_v1_ActiveAlarmSnapshot = _p_mxaccess_gateway_v1.ActiveAlarmSnapshot
_C_mxaccess_gateway_v1_QueryActiveAlarmsRequest = _p_mxaccess_gateway_v1.QueryActiveAlarmsRequest
_C_mxaccess_gateway_v1_StreamAlarmsRequest = _p_mxaccess_gateway_v1.StreamAlarmsRequest
_C_mxaccess_gateway_v1_AlarmFeedMessage = _p_mxaccess_gateway_v1.AlarmFeedMessage
_C_mxaccess_gateway_v1_AlarmSnapshotComplete = _p_mxaccess_gateway_v1.AlarmSnapshotComplete
_C_mxaccess_gateway_v1_AcknowledgeAlarmRequest = _p_mxaccess_gateway_v1.AcknowledgeAlarmRequest
_C_mxaccess_gateway_v1_AcknowledgeAlarmReply = _p_mxaccess_gateway_v1.AcknowledgeAlarmReply
_ET_mxaccess_gateway_v1_ProtocolStatusCode = EnumTable(_p_mxaccess_gateway_v1.ProtocolStatusCode)
_EZ_mxaccess_gateway_v1_ProtocolStatusCode = _ET_mxaccess_gateway_v1_ProtocolStatusCode[0]
_ET_mxaccess_gateway_v1_SessionState = EnumTable(_p_mxaccess_gateway_v1.SessionState)
_EZ_mxaccess_gateway_v1_SessionState = _ET_mxaccess_gateway_v1_SessionState[0]
_ET_mxaccess_gateway_v1_MxCommandKind = EnumTable(_p_mxaccess_gateway_v1.MxCommandKind)
_EZ_mxaccess_gateway_v1_MxCommandKind = _ET_mxaccess_gateway_v1_MxCommandKind[0]
_ET_mxaccess_gateway_v1_MxEventFamily = EnumTable(_p_mxaccess_gateway_v1.MxEventFamily)
_EZ_mxaccess_gateway_v1_MxEventFamily = _ET_mxaccess_gateway_v1_MxEventFamily[0]
_ET_mxaccess_gateway_v1_MxDataType = EnumTable(_p_mxaccess_gateway_v1.MxDataType)
_EZ_mxaccess_gateway_v1_MxDataType = _ET_mxaccess_gateway_v1_MxDataType[0]
_ET_mxaccess_gateway_v1_MxStatusCategory = EnumTable(_p_mxaccess_gateway_v1.MxStatusCategory)
_EZ_mxaccess_gateway_v1_MxStatusCategory = _ET_mxaccess_gateway_v1_MxStatusCategory[0]
_ET_mxaccess_gateway_v1_MxStatusSource = EnumTable(_p_mxaccess_gateway_v1.MxStatusSource)
_EZ_mxaccess_gateway_v1_MxStatusSource = _ET_mxaccess_gateway_v1_MxStatusSource[0]
_ET_mxaccess_gateway_v1_AlarmTransitionKind = EnumTable(_p_mxaccess_gateway_v1.AlarmTransitionKind)
_EZ_mxaccess_gateway_v1_AlarmTransitionKind = _ET_mxaccess_gateway_v1_AlarmTransitionKind[0]
_ET_mxaccess_gateway_v1_AlarmConditionState = EnumTable(_p_mxaccess_gateway_v1.AlarmConditionState)
_EZ_mxaccess_gateway_v1_AlarmConditionState = _ET_mxaccess_gateway_v1_AlarmConditionState[0]


def _d_galaxy_repository_v1_TestConnectionRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_TestConnectionRequest:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_TestConnectionRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_TestConnectionRequest)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_TestConnectionRequest(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_TestConnectionReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_ok = False
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_TestConnectionReply:
            raise _no_records()
        f_ok = into.ok
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_ok = v != 0
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_ok = v != 0
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"ok": f_ok, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_TestConnectionReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_TestConnectionReply)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_TestConnectionReply(m):
    out = bytearray()
    v = m.ok
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_GetLastDeployTimeRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_GetLastDeployTimeRequest:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_GetLastDeployTimeRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_GetLastDeployTimeRequest)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_GetLastDeployTimeRequest(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_GetLastDeployTimeReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_time_of_last_deploy = None
        f_time_of_last_deploy_present = False
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_GetLastDeployTimeReply:
            raise _no_records()
        f_time_of_last_deploy = into.time_of_last_deploy
        f_time_of_last_deploy_present = into.time_of_last_deploy_present
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_time_of_last_deploy is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_time_of_last_deploy
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_time_of_last_deploy = v
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_time_of_last_deploy_present = v != 0
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_time_of_last_deploy is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_time_of_last_deploy
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_time_of_last_deploy = v
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_time_of_last_deploy_present = v != 0
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"time_of_last_deploy": f_time_of_last_deploy, "time_of_last_deploy_present": f_time_of_last_deploy_present, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_GetLastDeployTimeReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_GetLastDeployTimeReply)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_GetLastDeployTimeReply(m):
    out = bytearray()
    v = m.time_of_last_deploy
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.time_of_last_deploy_present
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_DiscoverHierarchyRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_page_size = 0
        f_page_token = ""
        f_max_depth = 0
        f_category_ids = []
        f_template_chain_contains = []
        f_tag_name_glob = ""
        f_include_attributes = None
        f_alarm_bearing_only = False
        f_historized_only = False
        o_root = ov_root = None
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_DiscoverHierarchyRequest:
            raise _no_records()
        f_page_size = into.page_size
        f_page_token = into.page_token
        f_max_depth = into.max_depth
        f_category_ids = into.category_ids
        f_template_chain_contains = into.template_chain_contains
        f_tag_name_glob = into.tag_name_glob
        f_include_attributes = into.include_attributes
        f_alarm_bearing_only = into.alarm_bearing_only
        f_historized_only = into.historized_only
        o_root = ov_root = None
        if into.root_gobject_id is not None:
            o_root = "root_gobject_id"
            ov_root = into.root_gobject_id
        if into.root_tag_name is not None:
            o_root = "root_tag_name"
            ov_root = into.root_tag_name
        if into.root_contained_path is not None:
            o_root = "root_contained_path"
            ov_root = into.root_contained_path
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_page_size = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_page_token = buf[pos:e].decode()
        pos = e
    if pos < end:
        k = buf[pos]
        if k == 24:
            v = buf[pos + 1]
            pos += 2
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            o_root = "root_gobject_id"
            ov_root = v
        elif k == 34:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_root = "root_tag_name"
            ov_root = v
            pos = e
        elif k == 42:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_root = "root_contained_path"
            ov_root = v
            pos = e
    if pos < end and buf[pos] == 48:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_max_depth = v
    while pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_category_ids.append(v)
        if pos != e:
            raise _trunc()
    while pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_template_chain_contains.append(v)
        pos = e
    if pos < end and buf[pos] == 74:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_tag_name_glob = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 80:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_include_attributes = v != 0
    if pos < end and buf[pos] == 88:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_alarm_bearing_only = v != 0
    if pos < end and buf[pos] == 96:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_historized_only = v != 0
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_page_size = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_page_token = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            o_root = "root_gobject_id"
            ov_root = v
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_root = "root_tag_name"
            ov_root = v
            pos = e
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_root = "root_contained_path"
            ov_root = v
            pos = e
        elif key == 48:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_max_depth = v
        elif key == 56:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_category_ids.append(v)
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = _s32(v)
                f_category_ids.append(v)
            if pos != e:
                raise _trunc()
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_template_chain_contains.append(v)
            pos = e
        elif key == 74:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_tag_name_glob = buf[pos:e].decode()
            pos = e
        elif key == 80:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_include_attributes = v != 0
        elif key == 88:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_alarm_bearing_only = v != 0
        elif key == 96:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_historized_only = v != 0
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_DiscoverHierarchyRequest)
        if f is not None:
            d = {"page_size": f_page_size, "page_token": f_page_token, "max_depth": f_max_depth, "category_ids": f_category_ids, "template_chain_contains": f_template_chain_contains, "tag_name_glob": f_tag_name_glob, "include_attributes": f_include_attributes, "alarm_bearing_only": f_alarm_bearing_only, "historized_only": f_historized_only, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["root"] = o_root or ""
            if o_root is not None:
                d[o_root] = ov_root
            return f(d, buf, start, end)
    d = {"page_size": f_page_size, "page_token": f_page_token, "root_gobject_id": None, "root_tag_name": None, "root_contained_path": None, "max_depth": f_max_depth, "category_ids": f_category_ids, "template_chain_contains": f_template_chain_contains, "tag_name_glob": f_tag_name_glob, "include_attributes": f_include_attributes, "alarm_bearing_only": f_alarm_bearing_only, "historized_only": f_historized_only, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_root is not None:
        d[o_root] = ov_root
    o = _new(_C_galaxy_repository_v1_DiscoverHierarchyRequest)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_DiscoverHierarchyRequest(m):
    out = bytearray()
    v = m.page_size
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.page_token
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.root_gobject_id
    if v is not None:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.root_tag_name
    if v is not None:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.root_contained_path
    if v is not None:
        b = v.encode()
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.max_depth
    if v:
        out += b'0'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.category_ids
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b':'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    v = m.template_chain_contains
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_66[n] if n < 128 else b'B' + _ev(n))
            add(b)
        out += b"".join(parts)
    v = m.tag_name_glob
    if v:
        b = v.encode()
        out += b'J'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.include_attributes
    if v is not None:
        out += b'P'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.alarm_bearing_only
    if v:
        out += b'X'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.historized_only
    if v:
        out += b'`'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_DiscoverHierarchyReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_objects = []
        f_next_page_token = ""
        f_total_object_count = 0
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_DiscoverHierarchyReply:
            raise _no_records()
        f_objects = into.objects
        f_next_page_token = into.next_page_token
        f_total_object_count = into.total_object_count
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_galaxy_repository_v1_GalaxyObject(buf, pos, e, depth + 1, None, mk)
        f_objects.append(v)
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_next_page_token = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_total_object_count = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_galaxy_repository_v1_GalaxyObject(buf, pos, e, depth + 1, None, mk)
            f_objects.append(v)
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_next_page_token = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_total_object_count = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"objects": f_objects, "next_page_token": f_next_page_token, "total_object_count": f_total_object_count, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_DiscoverHierarchyReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_DiscoverHierarchyReply)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_DiscoverHierarchyReply(m):
    out = bytearray()
    v = m.objects
    if v:
        for x in v:
            b = _e_galaxy_repository_v1_GalaxyObject(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    v = m.next_page_token
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.total_object_count
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_GalaxyObject(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_gobject_id = 0
        f_tag_name = ""
        f_contained_name = ""
        f_hierarchical_name = ""
        f_parent_gobject_id = 0
        f_is_area = False
        f_category_id = 0
        f_template_chain = []
        f_attributes = []
        f_contained_path = ""
        f_area_gobject_id = 0
        f_hosted_by_gobject_id = 0
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_GalaxyObject:
            raise _no_records()
        f_gobject_id = into.gobject_id
        f_tag_name = into.tag_name
        f_contained_name = into.contained_name
        f_hierarchical_name = into.hierarchical_name
        f_parent_gobject_id = into.parent_gobject_id
        f_is_area = into.is_area
        f_category_id = into.category_id
        f_template_chain = into.template_chain
        f_attributes = into.attributes
        f_contained_path = into.contained_path
        f_area_gobject_id = into.area_gobject_id
        f_hosted_by_gobject_id = into.hosted_by_gobject_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_gobject_id = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_tag_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_contained_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_hierarchical_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_parent_gobject_id = v
    if pos < end and buf[pos] == 48:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_is_area = v != 0
    if pos < end and buf[pos] == 56:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_category_id = v
    while pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_template_chain.append(v)
        pos = e
    while pos < end and buf[pos] == 74:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_galaxy_repository_v1_GalaxyAttribute(buf, pos, e, depth + 1, None, mk)
        f_attributes.append(v)
        pos = e
    if pos < end and buf[pos] == 82:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_contained_path = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 88:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_area_gobject_id = v
    if pos < end and buf[pos] == 96:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_hosted_by_gobject_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_gobject_id = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_tag_name = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_contained_name = buf[pos:e].decode()
            pos = e
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_hierarchical_name = buf[pos:e].decode()
            pos = e
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_parent_gobject_id = v
        elif key == 48:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_is_area = v != 0
        elif key == 56:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_category_id = v
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_template_chain.append(v)
            pos = e
        elif key == 74:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_galaxy_repository_v1_GalaxyAttribute(buf, pos, e, depth + 1, None, mk)
            f_attributes.append(v)
            pos = e
        elif key == 82:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_contained_path = buf[pos:e].decode()
            pos = e
        elif key == 88:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_area_gobject_id = v
        elif key == 96:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_hosted_by_gobject_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"gobject_id": f_gobject_id, "tag_name": f_tag_name, "contained_name": f_contained_name, "hierarchical_name": f_hierarchical_name, "parent_gobject_id": f_parent_gobject_id, "is_area": f_is_area, "category_id": f_category_id, "template_chain": f_template_chain, "attributes": f_attributes, "contained_path": f_contained_path, "area_gobject_id": f_area_gobject_id, "hosted_by_gobject_id": f_hosted_by_gobject_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_GalaxyObject)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_GalaxyObject)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_GalaxyObject(m):
    out = bytearray()
    v = m.gobject_id
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.tag_name
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.contained_name
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.hierarchical_name
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.parent_gobject_id
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.is_area
    if v:
        out += b'0'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.category_id
    if v:
        out += b'8'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.template_chain
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_66[n] if n < 128 else b'B' + _ev(n))
            add(b)
        out += b"".join(parts)
    v = m.attributes
    if v:
        for x in v:
            b = _e_galaxy_repository_v1_GalaxyAttribute(x)
            out += b'J'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    v = m.contained_path
    if v:
        b = v.encode()
        out += b'R'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.area_gobject_id
    if v:
        out += b'X'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.hosted_by_gobject_id
    if v:
        out += b'`'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_GalaxyAttribute(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_attribute_name = ""
        f_full_tag_reference = ""
        f_mx_data_type = 0
        f_data_type_name = ""
        f_is_array = False
        f_array_dimension = 0
        f_mx_attribute_category = 0
        f_security_classification = 0
        f_primitive_name = ""
        f_is_historized = False
        f_is_alarm = False
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_GalaxyAttribute:
            raise _no_records()
        f_attribute_name = into.attribute_name
        f_full_tag_reference = into.full_tag_reference
        f_mx_data_type = into.mx_data_type
        f_data_type_name = into.data_type_name
        f_is_array = into.is_array
        f_array_dimension = into.array_dimension
        f_mx_attribute_category = into.mx_attribute_category
        f_security_classification = into.security_classification
        f_primitive_name = into.primitive_name
        f_is_historized = into.is_historized
        f_is_alarm = into.is_alarm
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_attribute_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_full_tag_reference = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_mx_data_type = v
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_data_type_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_is_array = v != 0
    if pos < end and buf[pos] == 48:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_array_dimension = v
    if pos < end and buf[pos] == 56:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_mx_attribute_category = v
    if pos < end and buf[pos] == 64:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_security_classification = v
    if pos < end and buf[pos] == 74:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_primitive_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 80:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_is_historized = v != 0
    if pos < end and buf[pos] == 88:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_is_alarm = v != 0
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_attribute_name = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_full_tag_reference = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_mx_data_type = v
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_data_type_name = buf[pos:e].decode()
            pos = e
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_is_array = v != 0
        elif key == 48:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_array_dimension = v
        elif key == 56:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_mx_attribute_category = v
        elif key == 64:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_security_classification = v
        elif key == 74:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_primitive_name = buf[pos:e].decode()
            pos = e
        elif key == 80:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_is_historized = v != 0
        elif key == 88:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_is_alarm = v != 0
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"attribute_name": f_attribute_name, "full_tag_reference": f_full_tag_reference, "mx_data_type": f_mx_data_type, "data_type_name": f_data_type_name, "is_array": f_is_array, "array_dimension": f_array_dimension, "mx_attribute_category": f_mx_attribute_category, "security_classification": f_security_classification, "primitive_name": f_primitive_name, "is_historized": f_is_historized, "is_alarm": f_is_alarm, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_GalaxyAttribute)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_GalaxyAttribute)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_GalaxyAttribute(m):
    out = bytearray()
    v = m.attribute_name
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.full_tag_reference
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.mx_data_type
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.data_type_name
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.is_array
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.array_dimension
    if v:
        out += b'0'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.mx_attribute_category
    if v:
        out += b'8'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.security_classification
    if v:
        out += b'@'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.primitive_name
    if v:
        b = v.encode()
        out += b'J'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.is_historized
    if v:
        out += b'P'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.is_alarm
    if v:
        out += b'X'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_WatchDeployEventsRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_last_seen_deploy_time = None
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_WatchDeployEventsRequest:
            raise _no_records()
        f_last_seen_deploy_time = into.last_seen_deploy_time
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_last_seen_deploy_time is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_last_seen_deploy_time
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_last_seen_deploy_time = v
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_last_seen_deploy_time is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_last_seen_deploy_time
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_last_seen_deploy_time = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"last_seen_deploy_time": f_last_seen_deploy_time, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_WatchDeployEventsRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_WatchDeployEventsRequest)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_WatchDeployEventsRequest(m):
    out = bytearray()
    v = m.last_seen_deploy_time
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_DeployEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_sequence = 0
        f_time_of_last_deploy = None
        f_time_of_last_deploy_present = False
        f_object_count = 0
        f_attribute_count = 0
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_DeployEvent:
            raise _no_records()
        f_sequence = into.sequence
        f_time_of_last_deploy = into.time_of_last_deploy
        f_time_of_last_deploy_present = into.time_of_last_deploy_present
        f_object_count = into.object_count
        f_attribute_count = into.attribute_count
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s64(v)
        f_sequence = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_time_of_last_deploy is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_time_of_last_deploy
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_time_of_last_deploy = v
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_time_of_last_deploy_present = v != 0
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_object_count = v
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_attribute_count = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s64(v)
            f_sequence = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_time_of_last_deploy is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_time_of_last_deploy
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_time_of_last_deploy = v
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_time_of_last_deploy_present = v != 0
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_object_count = v
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_attribute_count = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"sequence": f_sequence, "time_of_last_deploy": f_time_of_last_deploy, "time_of_last_deploy_present": f_time_of_last_deploy_present, "object_count": f_object_count, "attribute_count": f_attribute_count, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_DeployEvent)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_DeployEvent)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_DeployEvent(m):
    out = bytearray()
    v = m.sequence
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.time_of_last_deploy
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.time_of_last_deploy_present
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.object_count
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.attribute_count
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_BrowseChildrenRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_page_size = 0
        f_page_token = ""
        f_category_ids = []
        f_template_chain_contains = []
        f_tag_name_glob = ""
        f_include_attributes = None
        f_alarm_bearing_only = False
        f_historized_only = False
        o_parent = ov_parent = None
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_BrowseChildrenRequest:
            raise _no_records()
        f_page_size = into.page_size
        f_page_token = into.page_token
        f_category_ids = into.category_ids
        f_template_chain_contains = into.template_chain_contains
        f_tag_name_glob = into.tag_name_glob
        f_include_attributes = into.include_attributes
        f_alarm_bearing_only = into.alarm_bearing_only
        f_historized_only = into.historized_only
        o_parent = ov_parent = None
        if into.parent_gobject_id is not None:
            o_parent = "parent_gobject_id"
            ov_parent = into.parent_gobject_id
        if into.parent_tag_name is not None:
            o_parent = "parent_tag_name"
            ov_parent = into.parent_tag_name
        if into.parent_contained_path is not None:
            o_parent = "parent_contained_path"
            ov_parent = into.parent_contained_path
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end:
        k = buf[pos]
        if k == 8:
            v = buf[pos + 1]
            pos += 2
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            o_parent = "parent_gobject_id"
            ov_parent = v
        elif k == 18:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_parent = "parent_tag_name"
            ov_parent = v
            pos = e
        elif k == 26:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_parent = "parent_contained_path"
            ov_parent = v
            pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_page_size = v
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_page_token = buf[pos:e].decode()
        pos = e
    while pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_category_ids.append(v)
        if pos != e:
            raise _trunc()
    while pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_template_chain_contains.append(v)
        pos = e
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_tag_name_glob = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 72:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_include_attributes = v != 0
    if pos < end and buf[pos] == 80:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_alarm_bearing_only = v != 0
    if pos < end and buf[pos] == 88:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_historized_only = v != 0
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            o_parent = "parent_gobject_id"
            ov_parent = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_parent = "parent_tag_name"
            ov_parent = v
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_parent = "parent_contained_path"
            ov_parent = v
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_page_size = v
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_page_token = buf[pos:e].decode()
            pos = e
        elif key == 48:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_category_ids.append(v)
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = _s32(v)
                f_category_ids.append(v)
            if pos != e:
                raise _trunc()
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_template_chain_contains.append(v)
            pos = e
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_tag_name_glob = buf[pos:e].decode()
            pos = e
        elif key == 72:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_include_attributes = v != 0
        elif key == 80:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_alarm_bearing_only = v != 0
        elif key == 88:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_historized_only = v != 0
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_BrowseChildrenRequest)
        if f is not None:
            d = {"page_size": f_page_size, "page_token": f_page_token, "category_ids": f_category_ids, "template_chain_contains": f_template_chain_contains, "tag_name_glob": f_tag_name_glob, "include_attributes": f_include_attributes, "alarm_bearing_only": f_alarm_bearing_only, "historized_only": f_historized_only, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["parent"] = o_parent or ""
            if o_parent is not None:
                d[o_parent] = ov_parent
            return f(d, buf, start, end)
    d = {"parent_gobject_id": None, "parent_tag_name": None, "parent_contained_path": None, "page_size": f_page_size, "page_token": f_page_token, "category_ids": f_category_ids, "template_chain_contains": f_template_chain_contains, "tag_name_glob": f_tag_name_glob, "include_attributes": f_include_attributes, "alarm_bearing_only": f_alarm_bearing_only, "historized_only": f_historized_only, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_parent is not None:
        d[o_parent] = ov_parent
    o = _new(_C_galaxy_repository_v1_BrowseChildrenRequest)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_BrowseChildrenRequest(m):
    out = bytearray()
    v = m.parent_gobject_id
    if v is not None:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.parent_tag_name
    if v is not None:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.parent_contained_path
    if v is not None:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.page_size
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.page_token
    if v:
        b = v.encode()
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.category_ids
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'2'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    v = m.template_chain_contains
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_58[n] if n < 128 else b':' + _ev(n))
            add(b)
        out += b"".join(parts)
    v = m.tag_name_glob
    if v:
        b = v.encode()
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.include_attributes
    if v is not None:
        out += b'H'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.alarm_bearing_only
    if v:
        out += b'P'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.historized_only
    if v:
        out += b'X'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_galaxy_repository_v1_BrowseChildrenReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_children = []
        f_next_page_token = ""
        f_child_has_children = []
        unk = None
    else:
        if type(into) is not _C_galaxy_repository_v1_BrowseChildrenReply:
            raise _no_records()
        f_children = into.children
        f_next_page_token = into.next_page_token
        f_child_has_children = into.child_has_children
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_galaxy_repository_v1_GalaxyObject(buf, pos, e, depth + 1, None, mk)
        f_children.append(v)
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_next_page_token = buf[pos:e].decode()
        pos = e
    while pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            v = v != 0
            f_child_has_children.append(v)
        if pos != e:
            raise _trunc()
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_galaxy_repository_v1_GalaxyObject(buf, pos, e, depth + 1, None, mk)
            f_children.append(v)
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_next_page_token = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            v = v != 0
            f_child_has_children.append(v)
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                v = v != 0
                f_child_has_children.append(v)
            if pos != e:
                raise _trunc()
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"children": f_children, "next_page_token": f_next_page_token, "child_has_children": f_child_has_children, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_galaxy_repository_v1_BrowseChildrenReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_galaxy_repository_v1_BrowseChildrenReply)
    o.__dict__ = d
    return o


def _e_galaxy_repository_v1_BrowseChildrenReply(m):
    out = bytearray()
    v = m.children
    if v:
        for x in v:
            b = _e_galaxy_repository_v1_GalaxyObject(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    v = m.next_page_token
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.child_has_children
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'\x1a'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_google_protobuf_Duration(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_seconds = 0
        f_nanos = 0
        unk = None
    else:
        if type(into) is not _C_google_protobuf_Duration:
            raise _no_records()
        f_seconds = into.seconds
        f_nanos = into.nanos
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s64(v)
        f_seconds = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                            v = _s32(v)
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s32(v)
        f_nanos = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            f_seconds = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            f_nanos = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"seconds": f_seconds, "nanos": f_nanos, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_google_protobuf_Duration)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_google_protobuf_Duration)
    o.__dict__ = d
    return o


def _w_google_protobuf_Duration(buf, pos, end, depth, into):
    if into is None:
        f_seconds = 0
        f_nanos = 0
        unk = None
    else:
        f_seconds = into.seconds
        f_nanos = into.nanos
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s64(v)
        f_seconds = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                            v = _s32(v)
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s32(v)
        f_nanos = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            f_seconds = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            f_nanos = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    return _dur(f_seconds, f_nanos)


def _e_google_protobuf_Duration(m):
    out = bytearray()
    v = m.seconds
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.nanos
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_google_protobuf_Timestamp(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_seconds = 0
        f_nanos = 0
        unk = None
    else:
        if type(into) is not _C_google_protobuf_Timestamp:
            raise _no_records()
        f_seconds = into.seconds
        f_nanos = into.nanos
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s64(v)
        f_seconds = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                            v = _s32(v)
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s32(v)
        f_nanos = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            f_seconds = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            f_nanos = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"seconds": f_seconds, "nanos": f_nanos, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_google_protobuf_Timestamp)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_google_protobuf_Timestamp)
    o.__dict__ = d
    return o


def _w_google_protobuf_Timestamp(buf, pos, end, depth, into):
    if into is None:
        f_seconds = 0
        f_nanos = 0
        unk = None
    else:
        f_seconds = into.seconds
        f_nanos = into.nanos
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s64(v)
        f_seconds = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                x = buf[pos + 1]
                v |= (x & 127) << 14
                if x < 128:
                    pos += 2
                else:
                    x = buf[pos + 2]
                    v |= (x & 127) << 21
                    if x < 128:
                        pos += 3
                    else:
                        x = buf[pos + 3]
                        v |= (x & 127) << 28
                        if x < 128:
                            pos += 4
                            v = _s32(v)
                        else:
                            v, pos = _rv(buf, pos - 1)
                            v = _s32(v)
        f_nanos = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            f_seconds = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            f_nanos = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    return _ts(f_seconds, f_nanos)


def _e_google_protobuf_Timestamp(m):
    out = bytearray()
    v = m.seconds
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.nanos
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_code = _EZ_mxaccess_gateway_v1_ProtocolStatusCode
        f_message = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ProtocolStatus:
            raise _no_records()
        f_code = into.code
        f_message = into.message
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_code = _ET_mxaccess_gateway_v1_ProtocolStatusCode[v]
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_message = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_code = _ET_mxaccess_gateway_v1_ProtocolStatusCode[v]
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_message = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"code": f_code, "message": f_message, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ProtocolStatus)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ProtocolStatus)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ProtocolStatus(m):
    out = bytearray()
    v = m.code
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.message
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, end, depth, into, mk):
    start = pos
    if into is None and end - pos <= 96:
        mem = buf[pos:end]
        d = _M_mxaccess_gateway_v1_MxStatusProxy.get(mem)
        if d is not None:
            d = d.copy()
            if mk is not None:
                f = mk.get(_C_mxaccess_gateway_v1_MxStatusProxy)
                if f is not None:
                    return f(d, buf, start, end)
            o = _new(_C_mxaccess_gateway_v1_MxStatusProxy)
            o.__dict__ = d
            return o
    else:
        mem = None
    if into is None:
        f_success = 0
        f_category = _EZ_mxaccess_gateway_v1_MxStatusCategory
        f_detected_by = _EZ_mxaccess_gateway_v1_MxStatusSource
        f_detail = 0
        f_raw_category = 0
        f_raw_detected_by = 0
        f_diagnostic_text = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxStatusProxy:
            raise _no_records()
        f_success = into.success
        f_category = into.category
        f_detected_by = into.detected_by
        f_detail = into.detail
        f_raw_category = into.raw_category
        f_raw_detected_by = into.raw_detected_by
        f_diagnostic_text = into.diagnostic_text
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_success = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_category = _ET_mxaccess_gateway_v1_MxStatusCategory[v]
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_detected_by = _ET_mxaccess_gateway_v1_MxStatusSource[v]
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_detail = v
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_raw_category = v
    if pos < end and buf[pos] == 48:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_raw_detected_by = v
    if pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_diagnostic_text = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_success = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_category = _ET_mxaccess_gateway_v1_MxStatusCategory[v]
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_detected_by = _ET_mxaccess_gateway_v1_MxStatusSource[v]
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_detail = v
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_raw_category = v
        elif key == 48:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_raw_detected_by = v
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_diagnostic_text = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"success": f_success, "category": f_category, "detected_by": f_detected_by, "detail": f_detail, "raw_category": f_raw_category, "raw_detected_by": f_raw_detected_by, "diagnostic_text": f_diagnostic_text, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mem is not None:
        if len(_M_mxaccess_gateway_v1_MxStatusProxy) >= 256:
            _M_mxaccess_gateway_v1_MxStatusProxy.clear()
        _M_mxaccess_gateway_v1_MxStatusProxy[mem] = d
        d = d.copy()
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxStatusProxy)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_MxStatusProxy)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxStatusProxy(m):
    out = bytearray()
    v = m.success
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.category
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.detected_by
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.detail
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.raw_category
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.raw_detected_by
    if v:
        out += b'0'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.diagnostic_text
    if v:
        b = v.encode()
        out += b':'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxValue(buf, pos, end, depth, into, mk):
    start = pos
    if depth > 100:
        raise _deep()
    if into is None:
        f_data_type = _EZ_mxaccess_gateway_v1_MxDataType
        f_variant_type = ""
        f_is_null = False
        f_raw_diagnostic = ""
        f_raw_data_type = 0
        o_kind = ov_kind = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxValue:
            raise _no_records()
        f_data_type = into.data_type
        f_variant_type = into.variant_type
        f_is_null = into.is_null
        f_raw_diagnostic = into.raw_diagnostic
        f_raw_data_type = into.raw_data_type
        o_kind = ov_kind = None
        if into.bool_value is not None:
            o_kind = "bool_value"
            ov_kind = into.bool_value
        if into.int32_value is not None:
            o_kind = "int32_value"
            ov_kind = into.int32_value
        if into.int64_value is not None:
            o_kind = "int64_value"
            ov_kind = into.int64_value
        if into.float_value is not None:
            o_kind = "float_value"
            ov_kind = into.float_value
        if into.double_value is not None:
            o_kind = "double_value"
            ov_kind = into.double_value
        if into.string_value is not None:
            o_kind = "string_value"
            ov_kind = into.string_value
        if into.timestamp_value is not None:
            o_kind = "timestamp_value"
            ov_kind = into.timestamp_value
        if into.duration_value is not None:
            o_kind = "duration_value"
            ov_kind = into.duration_value
        if into.array_value is not None:
            o_kind = "array_value"
            ov_kind = into.array_value
        if into.sparse_array_value is not None:
            o_kind = "sparse_array_value"
            ov_kind = into.sparse_array_value
        if into.raw_value is not None:
            o_kind = "raw_value"
            ov_kind = into.raw_value
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_variant_type = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_is_null = v != 0
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_raw_diagnostic = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_raw_data_type = v
    if pos < end:
        k = buf[pos]
        if k == 80:
            v = buf[pos + 1]
            pos += 2
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            v = v != 0
            o_kind = "bool_value"
            ov_kind = v
        elif k == 88:
            v = buf[pos + 1]
            pos += 2
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            o_kind = "int32_value"
            ov_kind = v
        elif k == 96:
            v = buf[pos + 1]
            pos += 2
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s64(v)
            o_kind = "int64_value"
            ov_kind = v
        elif k == 109:
            pos += 1
            v = _unpack_f(buf, pos)[0]
            pos += 4
            o_kind = "float_value"
            ov_kind = v
        elif k == 113:
            pos += 1
            v = _unpack_d(buf, pos)[0]
            pos += 8
            o_kind = "double_value"
            ov_kind = v
        elif k == 122:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_kind = "string_value"
            ov_kind = v
            pos = e
        elif k == 130 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and (ov_kind if o_kind == "timestamp_value" else None) is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = (ov_kind if o_kind == "timestamp_value" else None)
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            o_kind = "timestamp_value"
            ov_kind = v
            pos = e
        elif k == 138 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = (ov_kind if o_kind == "duration_value" else None)
            v = _w_google_protobuf_Duration(buf, pos, e, depth + 1, None if v is None else _C_google_protobuf_Duration.from_wrapped(v))
            o_kind = "duration_value"
            ov_kind = v
            pos = e
        elif k == 146 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_MxArray(buf, pos, e, depth + 1, (ov_kind if o_kind == "array_value" else None), mk)
            o_kind = "array_value"
            ov_kind = v
            pos = e
        elif k == 154 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_MxSparseArray(buf, pos, e, depth + 1, (ov_kind if o_kind == "sparse_array_value" else None), mk)
            o_kind = "sparse_array_value"
            ov_kind = v
            pos = e
        elif k == 162 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e]
            o_kind = "raw_value"
            ov_kind = v
            pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_variant_type = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_is_null = v != 0
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_raw_diagnostic = buf[pos:e].decode()
            pos = e
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_raw_data_type = v
        elif key == 80:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            v = v != 0
            o_kind = "bool_value"
            ov_kind = v
        elif key == 88:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            o_kind = "int32_value"
            ov_kind = v
        elif key == 96:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s64(v)
            o_kind = "int64_value"
            ov_kind = v
        elif key == 109:
            v = _unpack_f(buf, pos)[0]
            pos += 4
            o_kind = "float_value"
            ov_kind = v
        elif key == 113:
            v = _unpack_d(buf, pos)[0]
            pos += 8
            o_kind = "double_value"
            ov_kind = v
        elif key == 122:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            o_kind = "string_value"
            ov_kind = v
            pos = e
        elif key == 130:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and (ov_kind if o_kind == "timestamp_value" else None) is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = (ov_kind if o_kind == "timestamp_value" else None)
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            o_kind = "timestamp_value"
            ov_kind = v
            pos = e
        elif key == 138:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = (ov_kind if o_kind == "duration_value" else None)
            v = _w_google_protobuf_Duration(buf, pos, e, depth + 1, None if v is None else _C_google_protobuf_Duration.from_wrapped(v))
            o_kind = "duration_value"
            ov_kind = v
            pos = e
        elif key == 146:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_MxArray(buf, pos, e, depth + 1, (ov_kind if o_kind == "array_value" else None), mk)
            o_kind = "array_value"
            ov_kind = v
            pos = e
        elif key == 154:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_MxSparseArray(buf, pos, e, depth + 1, (ov_kind if o_kind == "sparse_array_value" else None), mk)
            o_kind = "sparse_array_value"
            ov_kind = v
            pos = e
        elif key == 162:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e]
            o_kind = "raw_value"
            ov_kind = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxValue)
        if f is not None:
            d = {"data_type": f_data_type, "variant_type": f_variant_type, "is_null": f_is_null, "raw_diagnostic": f_raw_diagnostic, "raw_data_type": f_raw_data_type, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["kind"] = o_kind or ""
            if o_kind is not None:
                d[o_kind] = ov_kind
            return f(d, buf, start, end)
    d = {"data_type": f_data_type, "variant_type": f_variant_type, "is_null": f_is_null, "raw_diagnostic": f_raw_diagnostic, "raw_data_type": f_raw_data_type, "bool_value": None, "int32_value": None, "int64_value": None, "float_value": None, "double_value": None, "string_value": None, "timestamp_value": None, "duration_value": None, "array_value": None, "sparse_array_value": None, "raw_value": None, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_kind is not None:
        d[o_kind] = ov_kind
    o = _new(_C_mxaccess_gateway_v1_MxValue)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxValue(m):
    out = bytearray()
    v = m.data_type
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.variant_type
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.is_null
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.raw_diagnostic
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.raw_data_type
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.bool_value
    if v is not None:
        out += b'P'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.int32_value
    if v is not None:
        out += b'X'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.int64_value
    if v is not None:
        out += b'`'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.float_value
    if v is not None:
        out += b'm'
        out += _pack_f(v)
    v = m.double_value
    if v is not None:
        out += b'q'
        out += _pack_d(v)
    v = m.string_value
    if v is not None:
        b = v.encode()
        out += b'z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.timestamp_value
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'\x82\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.duration_value
    if v is not None:
        b = _e_google_protobuf_Duration(_C_google_protobuf_Duration.from_wrapped(v))
        out += b'\x8a\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.array_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxArray(v)
        out += b'\x92\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.sparse_array_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxSparseArray(v)
        out += b'\x9a\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.raw_value
    if v is not None:
        b = v
        out += b'\xa2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxArray(buf, pos, end, depth, into, mk):
    start = pos
    if depth > 100:
        raise _deep()
    if into is None:
        f_element_data_type = _EZ_mxaccess_gateway_v1_MxDataType
        f_dimensions = []
        f_elements = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxArray:
            raise _no_records()
        f_element_data_type = into.element_data_type
        f_dimensions = into.dimensions
        f_elements = into.elements
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_element_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = v & 0xFFFFFFFF
            f_dimensions.append(v)
        if pos != e:
            raise _trunc()
    while pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, None, mk)
        f_elements.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_element_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = v & 0xFFFFFFFF
            f_dimensions.append(v)
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = v & 0xFFFFFFFF
                f_dimensions.append(v)
            if pos != e:
                raise _trunc()
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, None, mk)
            f_elements.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"element_data_type": f_element_data_type, "dimensions": f_dimensions, "elements": f_elements, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxArray)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_MxArray)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxArray(m):
    out = bytearray()
    v = m.element_data_type
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.dimensions
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'\x12'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    v = m.elements
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxValue(x)
            out += b'\x1a'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxSparseArray(buf, pos, end, depth, into, mk):
    start = pos
    if depth > 100:
        raise _deep()
    if into is None:
        f_element_data_type = _EZ_mxaccess_gateway_v1_MxDataType
        f_total_length = 0
        f_elements = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxSparseArray:
            raise _no_records()
        f_element_data_type = into.element_data_type
        f_total_length = into.total_length
        f_elements = into.elements
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_element_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = v & 0xFFFFFFFF
        f_total_length = v
    while pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxSparseElement(buf, pos, e, depth + 1, None, mk)
        f_elements.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_element_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = v & 0xFFFFFFFF
            f_total_length = v
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxSparseElement(buf, pos, e, depth + 1, None, mk)
            f_elements.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"element_data_type": f_element_data_type, "total_length": f_total_length, "elements": f_elements, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxSparseArray)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_MxSparseArray)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxSparseArray(m):
    out = bytearray()
    v = m.element_data_type
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.total_length
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.elements
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxSparseElement(x)
            out += b'\x1a'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxSparseElement(buf, pos, end, depth, into, mk):
    start = pos
    if depth > 100:
        raise _deep()
    if into is None:
        f_index = 0
        f_value = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxSparseElement:
            raise _no_records()
        f_index = into.index
        f_value = into.value
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = v & 0xFFFFFFFF
        f_index = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = v & 0xFFFFFFFF
            f_index = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"index": f_index, "value": f_value, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxSparseElement)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_MxSparseElement)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxSparseElement(m):
    out = bytearray()
    v = m.index
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OpenSessionRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_client_session_name = ""
        f_client_correlation_id = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OpenSessionRequest:
            raise _no_records()
        f_client_session_name = into.client_session_name
        f_client_correlation_id = into.client_correlation_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_session_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_correlation_id = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_session_name = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_correlation_id = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"client_session_name": f_client_session_name, "client_correlation_id": f_client_correlation_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OpenSessionRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OpenSessionRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OpenSessionRequest(m):
    out = bytearray()
    v = m.client_session_name
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.client_correlation_id
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OpenSessionReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_backend_name = ""
        f_gateway_protocol_version = 0
        f_worker_protocol_version = 0
        f_protocol_status = None
        f_capabilities = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OpenSessionReply:
            raise _no_records()
        f_session_id = into.session_id
        f_backend_name = into.backend_name
        f_gateway_protocol_version = into.gateway_protocol_version
        f_worker_protocol_version = into.worker_protocol_version
        f_protocol_status = into.protocol_status
        f_capabilities = into.capabilities
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_backend_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_gateway_protocol_version = v
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_worker_protocol_version = v
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
        pos = e
    while pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_capabilities.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_backend_name = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_gateway_protocol_version = v
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_worker_protocol_version = v
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
            pos = e
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_capabilities.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "backend_name": f_backend_name, "gateway_protocol_version": f_gateway_protocol_version, "worker_protocol_version": f_worker_protocol_version, "protocol_status": f_protocol_status, "capabilities": f_capabilities, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OpenSessionReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OpenSessionReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OpenSessionReply(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.backend_name
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.gateway_protocol_version
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.worker_protocol_version
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.protocol_status
    if v is not None:
        b = _e_mxaccess_gateway_v1_ProtocolStatus(v)
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.capabilities
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_50[n] if n < 128 else b'2' + _ev(n))
            add(b)
        out += b"".join(parts)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_CloseSessionRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_reason = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_CloseSessionRequest:
            raise _no_records()
        f_session_id = into.session_id
        f_reason = into.reason
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_reason = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_reason = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "reason": f_reason, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_CloseSessionRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_CloseSessionRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_CloseSessionRequest(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.reason
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_CloseSessionReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_final_state = _EZ_mxaccess_gateway_v1_SessionState
        f_protocol_status = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_CloseSessionReply:
            raise _no_records()
        f_session_id = into.session_id
        f_final_state = into.final_state
        f_protocol_status = into.protocol_status
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_final_state = _ET_mxaccess_gateway_v1_SessionState[v]
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_final_state = _ET_mxaccess_gateway_v1_SessionState[v]
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "final_state": f_final_state, "protocol_status": f_protocol_status, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_CloseSessionReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_CloseSessionReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_CloseSessionReply(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.final_state
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.protocol_status
    if v is not None:
        b = _e_mxaccess_gateway_v1_ProtocolStatus(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_StreamEventsRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_after_worker_sequence = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_StreamEventsRequest:
            raise _no_records()
        f_session_id = into.session_id
        f_after_worker_sequence = into.after_worker_sequence
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_after_worker_sequence = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_after_worker_sequence = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "after_worker_sequence": f_after_worker_sequence, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_StreamEventsRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_StreamEventsRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_StreamEventsRequest(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.after_worker_sequence
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_kind = _EZ_mxaccess_gateway_v1_MxCommandKind
        o_payload = ov_payload = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxCommand:
            raise _no_records()
        f_kind = into.kind
        o_payload = ov_payload = None
        if into.register_command is not None:
            o_payload = "register_command"
            ov_payload = into.register_command
        if into.unregister_command is not None:
            o_payload = "unregister_command"
            ov_payload = into.unregister_command
        if into.add_item_command is not None:
            o_payload = "add_item_command"
            ov_payload = into.add_item_command
        if into.add_item2_command is not None:
            o_payload = "add_item2_command"
            ov_payload = into.add_item2_command
        if into.remove_item_command is not None:
            o_payload = "remove_item_command"
            ov_payload = into.remove_item_command
        if into.advise_command is not None:
            o_payload = "advise_command"
            ov_payload = into.advise_command
        if into.advise_supervisory_command is not None:
            o_payload = "advise_supervisory_command"
            ov_payload = into.advise_supervisory_command
        if into.un_advise_command is not None:
            o_payload = "un_advise_command"
            ov_payload = into.un_advise_command
        if into.write_command is not None:
            o_payload = "write_command"
            ov_payload = into.write_command
        if into.write2_command is not None:
            o_payload = "write2_command"
            ov_payload = into.write2_command
        if into.write_secured_command is not None:
            o_payload = "write_secured_command"
            ov_payload = into.write_secured_command
        if into.write_secured2_command is not None:
            o_payload = "write_secured2_command"
            ov_payload = into.write_secured2_command
        if into.authenticate_user_command is not None:
            o_payload = "authenticate_user_command"
            ov_payload = into.authenticate_user_command
        if into.suspend_command is not None:
            o_payload = "suspend_command"
            ov_payload = into.suspend_command
        if into.activate_command is not None:
            o_payload = "activate_command"
            ov_payload = into.activate_command
        if into.add_buffered_item_command is not None:
            o_payload = "add_buffered_item_command"
            ov_payload = into.add_buffered_item_command
        if into.set_buffered_update_interval_command is not None:
            o_payload = "set_buffered_update_interval_command"
            ov_payload = into.set_buffered_update_interval_command
        if into.ping_command is not None:
            o_payload = "ping_command"
            ov_payload = into.ping_command
        if into.get_session_state_command is not None:
            o_payload = "get_session_state_command"
            ov_payload = into.get_session_state_command
        if into.get_worker_info_command is not None:
            o_payload = "get_worker_info_command"
            ov_payload = into.get_worker_info_command
        if into.drain_events_command is not None:
            o_payload = "drain_events_command"
            ov_payload = into.drain_events_command
        if into.shutdown_worker_command is not None:
            o_payload = "shutdown_worker_command"
            ov_payload = into.shutdown_worker_command
        if into.add_item_bulk_command is not None:
            o_payload = "add_item_bulk_command"
            ov_payload = into.add_item_bulk_command
        if into.advise_item_bulk_command is not None:
            o_payload = "advise_item_bulk_command"
            ov_payload = into.advise_item_bulk_command
        if into.remove_item_bulk_command is not None:
            o_payload = "remove_item_bulk_command"
            ov_payload = into.remove_item_bulk_command
        if into.un_advise_item_bulk_command is not None:
            o_payload = "un_advise_item_bulk_command"
            ov_payload = into.un_advise_item_bulk_command
        if into.subscribe_bulk_command is not None:
            o_payload = "subscribe_bulk_command"
            ov_payload = into.subscribe_bulk_command
        if into.unsubscribe_bulk_command is not None:
            o_payload = "unsubscribe_bulk_command"
            ov_payload = into.unsubscribe_bulk_command
        if into.acknowledge_alarm_by_name_command is not None:
            o_payload = "acknowledge_alarm_by_name_command"
            ov_payload = into.acknowledge_alarm_by_name_command
        if into.subscribe_alarms_command is not None:
            o_payload = "subscribe_alarms_command"
            ov_payload = into.subscribe_alarms_command
        if into.unsubscribe_alarms_command is not None:
            o_payload = "unsubscribe_alarms_command"
            ov_payload = into.unsubscribe_alarms_command
        if into.acknowledge_alarm_command is not None:
            o_payload = "acknowledge_alarm_command"
            ov_payload = into.acknowledge_alarm_command
        if into.query_active_alarms_command is not None:
            o_payload = "query_active_alarms_command"
            ov_payload = into.query_active_alarms_command
        if into.write_bulk_command is not None:
            o_payload = "write_bulk_command"
            ov_payload = into.write_bulk_command
        if into.write2_bulk_command is not None:
            o_payload = "write2_bulk_command"
            ov_payload = into.write2_bulk_command
        if into.write_secured_bulk_command is not None:
            o_payload = "write_secured_bulk_command"
            ov_payload = into.write_secured_bulk_command
        if into.write_secured2_bulk_command is not None:
            o_payload = "write_secured2_bulk_command"
            ov_payload = into.write_secured2_bulk_command
        if into.read_bulk_command is not None:
            o_payload = "read_bulk_command"
            ov_payload = into.read_bulk_command
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_kind = _ET_mxaccess_gateway_v1_MxCommandKind[v]
    if pos < end:
        k = buf[pos]
        if k == 82:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RegisterCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "register_command" else None), mk)
            o_payload = "register_command"
            ov_payload = v
            pos = e
        elif k == 90:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnregisterCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "unregister_command" else None), mk)
            o_payload = "unregister_command"
            ov_payload = v
            pos = e
        elif k == 98:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item_command" else None), mk)
            o_payload = "add_item_command"
            ov_payload = v
            pos = e
        elif k == 106:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItem2Command(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item2_command" else None), mk)
            o_payload = "add_item2_command"
            ov_payload = v
            pos = e
        elif k == 114:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RemoveItemCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "remove_item_command" else None), mk)
            o_payload = "remove_item_command"
            ov_payload = v
            pos = e
        elif k == 122:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AdviseCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "advise_command" else None), mk)
            o_payload = "advise_command"
            ov_payload = v
            pos = e
        elif k == 130 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AdviseSupervisoryCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "advise_supervisory_command" else None), mk)
            o_payload = "advise_supervisory_command"
            ov_payload = v
            pos = e
        elif k == 138 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnAdviseCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "un_advise_command" else None), mk)
            o_payload = "un_advise_command"
            ov_payload = v
            pos = e
        elif k == 146 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_command" else None), mk)
            o_payload = "write_command"
            ov_payload = v
            pos = e
        elif k == 154 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_Write2Command(buf, pos, e, depth + 1, (ov_payload if o_payload == "write2_command" else None), mk)
            o_payload = "write2_command"
            ov_payload = v
            pos = e
        elif k == 162 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecuredCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured_command" else None), mk)
            o_payload = "write_secured_command"
            ov_payload = v
            pos = e
        elif k == 170 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecured2Command(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured2_command" else None), mk)
            o_payload = "write_secured2_command"
            ov_payload = v
            pos = e
        elif k == 178 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AuthenticateUserCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "authenticate_user_command" else None), mk)
            o_payload = "authenticate_user_command"
            ov_payload = v
            pos = e
        elif k == 186 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SuspendCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "suspend_command" else None), mk)
            o_payload = "suspend_command"
            ov_payload = v
            pos = e
        elif k == 194 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ActivateCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "activate_command" else None), mk)
            o_payload = "activate_command"
            ov_payload = v
            pos = e
        elif k == 202 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddBufferedItemCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_buffered_item_command" else None), mk)
            o_payload = "add_buffered_item_command"
            ov_payload = v
            pos = e
        elif k == 210 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "set_buffered_update_interval_command" else None), mk)
            o_payload = "set_buffered_update_interval_command"
            ov_payload = v
            pos = e
        elif k == 218 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_PingCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "ping_command" else None), mk)
            o_payload = "ping_command"
            ov_payload = v
            pos = e
        elif k == 226 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetSessionStateCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_session_state_command" else None), mk)
            o_payload = "get_session_state_command"
            ov_payload = v
            pos = e
        elif k == 234 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetWorkerInfoCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_worker_info_command" else None), mk)
            o_payload = "get_worker_info_command"
            ov_payload = v
            pos = e
        elif k == 242 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_DrainEventsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "drain_events_command" else None), mk)
            o_payload = "drain_events_command"
            ov_payload = v
            pos = e
        elif k == 250 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ShutdownWorkerCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "shutdown_worker_command" else None), mk)
            o_payload = "shutdown_worker_command"
            ov_payload = v
            pos = e
        elif k == 130 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item_bulk_command" else None), mk)
            o_payload = "add_item_bulk_command"
            ov_payload = v
            pos = e
        elif k == 138 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AdviseItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "advise_item_bulk_command" else None), mk)
            o_payload = "advise_item_bulk_command"
            ov_payload = v
            pos = e
        elif k == 146 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RemoveItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "remove_item_bulk_command" else None), mk)
            o_payload = "remove_item_bulk_command"
            ov_payload = v
            pos = e
        elif k == 154 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnAdviseItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "un_advise_item_bulk_command" else None), mk)
            o_payload = "un_advise_item_bulk_command"
            ov_payload = v
            pos = e
        elif k == 162 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SubscribeBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "subscribe_bulk_command" else None), mk)
            o_payload = "subscribe_bulk_command"
            ov_payload = v
            pos = e
        elif k == 170 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnsubscribeBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "unsubscribe_bulk_command" else None), mk)
            o_payload = "unsubscribe_bulk_command"
            ov_payload = v
            pos = e
        elif k == 178 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "acknowledge_alarm_by_name_command" else None), mk)
            o_payload = "acknowledge_alarm_by_name_command"
            ov_payload = v
            pos = e
        elif k == 186 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SubscribeAlarmsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "subscribe_alarms_command" else None), mk)
            o_payload = "subscribe_alarms_command"
            ov_payload = v
            pos = e
        elif k == 194 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnsubscribeAlarmsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "unsubscribe_alarms_command" else None), mk)
            o_payload = "unsubscribe_alarms_command"
            ov_payload = v
            pos = e
        elif k == 202 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AcknowledgeAlarmCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "acknowledge_alarm_command" else None), mk)
            o_payload = "acknowledge_alarm_command"
            ov_payload = v
            pos = e
        elif k == 210 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_QueryActiveAlarmsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "query_active_alarms_command" else None), mk)
            o_payload = "query_active_alarms_command"
            ov_payload = v
            pos = e
        elif k == 218 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_bulk_command" else None), mk)
            o_payload = "write_bulk_command"
            ov_payload = v
            pos = e
        elif k == 226 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_Write2BulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write2_bulk_command" else None), mk)
            o_payload = "write2_bulk_command"
            ov_payload = v
            pos = e
        elif k == 234 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecuredBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured_bulk_command" else None), mk)
            o_payload = "write_secured_bulk_command"
            ov_payload = v
            pos = e
        elif k == 242 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecured2BulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured2_bulk_command" else None), mk)
            o_payload = "write_secured2_bulk_command"
            ov_payload = v
            pos = e
        elif k == 250 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ReadBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "read_bulk_command" else None), mk)
            o_payload = "read_bulk_command"
            ov_payload = v
            pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_kind = _ET_mxaccess_gateway_v1_MxCommandKind[v]
        elif key == 82:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RegisterCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "register_command" else None), mk)
            o_payload = "register_command"
            ov_payload = v
            pos = e
        elif key == 90:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnregisterCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "unregister_command" else None), mk)
            o_payload = "unregister_command"
            ov_payload = v
            pos = e
        elif key == 98:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item_command" else None), mk)
            o_payload = "add_item_command"
            ov_payload = v
            pos = e
        elif key == 106:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItem2Command(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item2_command" else None), mk)
            o_payload = "add_item2_command"
            ov_payload = v
            pos = e
        elif key == 114:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RemoveItemCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "remove_item_command" else None), mk)
            o_payload = "remove_item_command"
            ov_payload = v
            pos = e
        elif key == 122:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AdviseCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "advise_command" else None), mk)
            o_payload = "advise_command"
            ov_payload = v
            pos = e
        elif key == 130:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AdviseSupervisoryCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "advise_supervisory_command" else None), mk)
            o_payload = "advise_supervisory_command"
            ov_payload = v
            pos = e
        elif key == 138:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnAdviseCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "un_advise_command" else None), mk)
            o_payload = "un_advise_command"
            ov_payload = v
            pos = e
        elif key == 146:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_command" else None), mk)
            o_payload = "write_command"
            ov_payload = v
            pos = e
        elif key == 154:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_Write2Command(buf, pos, e, depth + 1, (ov_payload if o_payload == "write2_command" else None), mk)
            o_payload = "write2_command"
            ov_payload = v
            pos = e
        elif key == 162:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecuredCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured_command" else None), mk)
            o_payload = "write_secured_command"
            ov_payload = v
            pos = e
        elif key == 170:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecured2Command(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured2_command" else None), mk)
            o_payload = "write_secured2_command"
            ov_payload = v
            pos = e
        elif key == 178:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AuthenticateUserCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "authenticate_user_command" else None), mk)
            o_payload = "authenticate_user_command"
            ov_payload = v
            pos = e
        elif key == 186:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SuspendCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "suspend_command" else None), mk)
            o_payload = "suspend_command"
            ov_payload = v
            pos = e
        elif key == 194:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ActivateCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "activate_command" else None), mk)
            o_payload = "activate_command"
            ov_payload = v
            pos = e
        elif key == 202:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddBufferedItemCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_buffered_item_command" else None), mk)
            o_payload = "add_buffered_item_command"
            ov_payload = v
            pos = e
        elif key == 210:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "set_buffered_update_interval_command" else None), mk)
            o_payload = "set_buffered_update_interval_command"
            ov_payload = v
            pos = e
        elif key == 218:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_PingCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "ping_command" else None), mk)
            o_payload = "ping_command"
            ov_payload = v
            pos = e
        elif key == 226:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetSessionStateCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_session_state_command" else None), mk)
            o_payload = "get_session_state_command"
            ov_payload = v
            pos = e
        elif key == 234:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetWorkerInfoCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_worker_info_command" else None), mk)
            o_payload = "get_worker_info_command"
            ov_payload = v
            pos = e
        elif key == 242:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_DrainEventsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "drain_events_command" else None), mk)
            o_payload = "drain_events_command"
            ov_payload = v
            pos = e
        elif key == 250:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ShutdownWorkerCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "shutdown_worker_command" else None), mk)
            o_payload = "shutdown_worker_command"
            ov_payload = v
            pos = e
        elif key == 258:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item_bulk_command" else None), mk)
            o_payload = "add_item_bulk_command"
            ov_payload = v
            pos = e
        elif key == 266:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AdviseItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "advise_item_bulk_command" else None), mk)
            o_payload = "advise_item_bulk_command"
            ov_payload = v
            pos = e
        elif key == 274:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RemoveItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "remove_item_bulk_command" else None), mk)
            o_payload = "remove_item_bulk_command"
            ov_payload = v
            pos = e
        elif key == 282:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnAdviseItemBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "un_advise_item_bulk_command" else None), mk)
            o_payload = "un_advise_item_bulk_command"
            ov_payload = v
            pos = e
        elif key == 290:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SubscribeBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "subscribe_bulk_command" else None), mk)
            o_payload = "subscribe_bulk_command"
            ov_payload = v
            pos = e
        elif key == 298:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnsubscribeBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "unsubscribe_bulk_command" else None), mk)
            o_payload = "unsubscribe_bulk_command"
            ov_payload = v
            pos = e
        elif key == 306:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "acknowledge_alarm_by_name_command" else None), mk)
            o_payload = "acknowledge_alarm_by_name_command"
            ov_payload = v
            pos = e
        elif key == 314:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SubscribeAlarmsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "subscribe_alarms_command" else None), mk)
            o_payload = "subscribe_alarms_command"
            ov_payload = v
            pos = e
        elif key == 322:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_UnsubscribeAlarmsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "unsubscribe_alarms_command" else None), mk)
            o_payload = "unsubscribe_alarms_command"
            ov_payload = v
            pos = e
        elif key == 330:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AcknowledgeAlarmCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "acknowledge_alarm_command" else None), mk)
            o_payload = "acknowledge_alarm_command"
            ov_payload = v
            pos = e
        elif key == 338:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_QueryActiveAlarmsCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "query_active_alarms_command" else None), mk)
            o_payload = "query_active_alarms_command"
            ov_payload = v
            pos = e
        elif key == 346:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_bulk_command" else None), mk)
            o_payload = "write_bulk_command"
            ov_payload = v
            pos = e
        elif key == 354:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_Write2BulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write2_bulk_command" else None), mk)
            o_payload = "write2_bulk_command"
            ov_payload = v
            pos = e
        elif key == 362:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecuredBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured_bulk_command" else None), mk)
            o_payload = "write_secured_bulk_command"
            ov_payload = v
            pos = e
        elif key == 370:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_WriteSecured2BulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "write_secured2_bulk_command" else None), mk)
            o_payload = "write_secured2_bulk_command"
            ov_payload = v
            pos = e
        elif key == 378:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ReadBulkCommand(buf, pos, e, depth + 1, (ov_payload if o_payload == "read_bulk_command" else None), mk)
            o_payload = "read_bulk_command"
            ov_payload = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxCommand)
        if f is not None:
            d = {"kind": f_kind, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["payload"] = o_payload or ""
            if o_payload is not None:
                d[o_payload] = ov_payload
            return f(d, buf, start, end)
    d = {"kind": f_kind, "register_command": None, "unregister_command": None, "add_item_command": None, "add_item2_command": None, "remove_item_command": None, "advise_command": None, "advise_supervisory_command": None, "un_advise_command": None, "write_command": None, "write2_command": None, "write_secured_command": None, "write_secured2_command": None, "authenticate_user_command": None, "suspend_command": None, "activate_command": None, "add_buffered_item_command": None, "set_buffered_update_interval_command": None, "ping_command": None, "get_session_state_command": None, "get_worker_info_command": None, "drain_events_command": None, "shutdown_worker_command": None, "add_item_bulk_command": None, "advise_item_bulk_command": None, "remove_item_bulk_command": None, "un_advise_item_bulk_command": None, "subscribe_bulk_command": None, "unsubscribe_bulk_command": None, "acknowledge_alarm_by_name_command": None, "subscribe_alarms_command": None, "unsubscribe_alarms_command": None, "acknowledge_alarm_command": None, "query_active_alarms_command": None, "write_bulk_command": None, "write2_bulk_command": None, "write_secured_bulk_command": None, "write_secured2_bulk_command": None, "read_bulk_command": None, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_payload is not None:
        d[o_payload] = ov_payload
    o = _new(_C_mxaccess_gateway_v1_MxCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxCommand(m):
    out = bytearray()
    v = m.kind
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.register_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_RegisterCommand(v)
        out += b'R'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.unregister_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_UnregisterCommand(v)
        out += b'Z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_item_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddItemCommand(v)
        out += b'b'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_item2_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddItem2Command(v)
        out += b'j'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.remove_item_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_RemoveItemCommand(v)
        out += b'r'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.advise_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AdviseCommand(v)
        out += b'z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.advise_supervisory_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AdviseSupervisoryCommand(v)
        out += b'\x82\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.un_advise_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_UnAdviseCommand(v)
        out += b'\x8a\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_WriteCommand(v)
        out += b'\x92\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write2_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_Write2Command(v)
        out += b'\x9a\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write_secured_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_WriteSecuredCommand(v)
        out += b'\xa2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write_secured2_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_WriteSecured2Command(v)
        out += b'\xaa\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.authenticate_user_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AuthenticateUserCommand(v)
        out += b'\xb2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.suspend_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_SuspendCommand(v)
        out += b'\xba\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.activate_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_ActivateCommand(v)
        out += b'\xc2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_buffered_item_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddBufferedItemCommand(v)
        out += b'\xca\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.set_buffered_update_interval_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand(v)
        out += b'\xd2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.ping_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_PingCommand(v)
        out += b'\xda\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.get_session_state_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_GetSessionStateCommand(v)
        out += b'\xe2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.get_worker_info_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_GetWorkerInfoCommand(v)
        out += b'\xea\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.drain_events_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_DrainEventsCommand(v)
        out += b'\xf2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.shutdown_worker_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_ShutdownWorkerCommand(v)
        out += b'\xfa\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_item_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddItemBulkCommand(v)
        out += b'\x82\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.advise_item_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AdviseItemBulkCommand(v)
        out += b'\x8a\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.remove_item_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_RemoveItemBulkCommand(v)
        out += b'\x92\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.un_advise_item_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_UnAdviseItemBulkCommand(v)
        out += b'\x9a\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.subscribe_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_SubscribeBulkCommand(v)
        out += b'\xa2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.unsubscribe_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_UnsubscribeBulkCommand(v)
        out += b'\xaa\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.acknowledge_alarm_by_name_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand(v)
        out += b'\xb2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.subscribe_alarms_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_SubscribeAlarmsCommand(v)
        out += b'\xba\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.unsubscribe_alarms_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_UnsubscribeAlarmsCommand(v)
        out += b'\xc2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.acknowledge_alarm_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_AcknowledgeAlarmCommand(v)
        out += b'\xca\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.query_active_alarms_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_QueryActiveAlarmsCommand(v)
        out += b'\xd2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_WriteBulkCommand(v)
        out += b'\xda\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write2_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_Write2BulkCommand(v)
        out += b'\xe2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write_secured_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_WriteSecuredBulkCommand(v)
        out += b'\xea\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.write_secured2_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_WriteSecured2BulkCommand(v)
        out += b'\xf2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.read_bulk_command
    if v is not None:
        b = _e_mxaccess_gateway_v1_ReadBulkCommand(v)
        out += b'\xfa\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxCommandRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_client_correlation_id = ""
        f_command = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxCommandRequest:
            raise _no_records()
        f_session_id = into.session_id
        f_client_correlation_id = into.client_correlation_id
        f_command = into.command
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_correlation_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_command = _d_mxaccess_gateway_v1_MxCommand(buf, pos, e, depth + 1, f_command, mk)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_correlation_id = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_command = _d_mxaccess_gateway_v1_MxCommand(buf, pos, e, depth + 1, f_command, mk)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "client_correlation_id": f_client_correlation_id, "command": f_command, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxCommandRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_MxCommandRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxCommandRequest(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.client_correlation_id
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.command
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxCommand(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxCommandReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_correlation_id = ""
        f_kind = _EZ_mxaccess_gateway_v1_MxCommandKind
        f_protocol_status = None
        f_hresult = 0
        f_return_value = None
        f_statuses = []
        f_diagnostic_message = ""
        o_payload = ov_payload = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxCommandReply:
            raise _no_records()
        f_session_id = into.session_id
        f_correlation_id = into.correlation_id
        f_kind = into.kind
        f_protocol_status = into.protocol_status
        f_hresult = into.hresult
        f_return_value = into.return_value
        f_statuses = into.statuses
        f_diagnostic_message = into.diagnostic_message
        o_payload = ov_payload = None
        if into.register is not None:
            o_payload = "register"
            ov_payload = into.register
        if into.add_item is not None:
            o_payload = "add_item"
            ov_payload = into.add_item
        if into.add_item2 is not None:
            o_payload = "add_item2"
            ov_payload = into.add_item2
        if into.authenticate_user is not None:
            o_payload = "authenticate_user"
            ov_payload = into.authenticate_user
        if into.suspend is not None:
            o_payload = "suspend"
            ov_payload = into.suspend
        if into.activate is not None:
            o_payload = "activate"
            ov_payload = into.activate
        if into.add_buffered_item is not None:
            o_payload = "add_buffered_item"
            ov_payload = into.add_buffered_item
        if into.get_session_state is not None:
            o_payload = "get_session_state"
            ov_payload = into.get_session_state
        if into.get_worker_info is not None:
            o_payload = "get_worker_info"
            ov_payload = into.get_worker_info
        if into.drain_events is not None:
            o_payload = "drain_events"
            ov_payload = into.drain_events
        if into.bulk_subscribe is not None:
            o_payload = "bulk_subscribe"
            ov_payload = into.bulk_subscribe
        if into.acknowledge_alarm is not None:
            o_payload = "acknowledge_alarm"
            ov_payload = into.acknowledge_alarm
        if into.query_active_alarms is not None:
            o_payload = "query_active_alarms"
            ov_payload = into.query_active_alarms
        if into.bulk_write is not None:
            o_payload = "bulk_write"
            ov_payload = into.bulk_write
        if into.bulk_read is not None:
            o_payload = "bulk_read"
            ov_payload = into.bulk_read
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_correlation_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_kind = _ET_mxaccess_gateway_v1_MxCommandKind[v]
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
        pos = e
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_hresult = v
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_return_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_return_value, mk)
        pos = e
    while pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
        f_statuses.append(v)
        pos = e
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_diagnostic_message = buf[pos:e].decode()
        pos = e
    if pos < end:
        k = buf[pos]
        if k == 82:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RegisterReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "register" else None), mk)
            o_payload = "register"
            ov_payload = v
            pos = e
        elif k == 90:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item" else None), mk)
            o_payload = "add_item"
            ov_payload = v
            pos = e
        elif k == 98:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item2" else None), mk)
            o_payload = "add_item2"
            ov_payload = v
            pos = e
        elif k == 106:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AuthenticateUserReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "authenticate_user" else None), mk)
            o_payload = "authenticate_user"
            ov_payload = v
            pos = e
        elif k == 114:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SuspendReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "suspend" else None), mk)
            o_payload = "suspend"
            ov_payload = v
            pos = e
        elif k == 122:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ActivateReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "activate" else None), mk)
            o_payload = "activate"
            ov_payload = v
            pos = e
        elif k == 130 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_buffered_item" else None), mk)
            o_payload = "add_buffered_item"
            ov_payload = v
            pos = e
        elif k == 138 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetSessionStateReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_session_state" else None), mk)
            o_payload = "get_session_state"
            ov_payload = v
            pos = e
        elif k == 146 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetWorkerInfoReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_worker_info" else None), mk)
            o_payload = "get_worker_info"
            ov_payload = v
            pos = e
        elif k == 154 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_DrainEventsReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "drain_events" else None), mk)
            o_payload = "drain_events"
            ov_payload = v
            pos = e
        elif k == 162 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_BulkSubscribeReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "bulk_subscribe" else None), mk)
            o_payload = "bulk_subscribe"
            ov_payload = v
            pos = e
        elif k == 146 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload(buf, pos, e, depth + 1, (ov_payload if o_payload == "acknowledge_alarm" else None), mk)
            o_payload = "acknowledge_alarm"
            ov_payload = v
            pos = e
        elif k == 154 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload(buf, pos, e, depth + 1, (ov_payload if o_payload == "query_active_alarms" else None), mk)
            o_payload = "query_active_alarms"
            ov_payload = v
            pos = e
        elif k == 162 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_BulkWriteReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "bulk_write" else None), mk)
            o_payload = "bulk_write"
            ov_payload = v
            pos = e
        elif k == 170 and pos + 1 < end and buf[pos + 1] == 2:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_BulkReadReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "bulk_read" else None), mk)
            o_payload = "bulk_read"
            ov_payload = v
            pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_correlation_id = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_kind = _ET_mxaccess_gateway_v1_MxCommandKind[v]
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
            pos = e
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_hresult = v
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_return_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_return_value, mk)
            pos = e
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
            f_statuses.append(v)
            pos = e
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_diagnostic_message = buf[pos:e].decode()
            pos = e
        elif key == 82:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_RegisterReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "register" else None), mk)
            o_payload = "register"
            ov_payload = v
            pos = e
        elif key == 90:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item" else None), mk)
            o_payload = "add_item"
            ov_payload = v
            pos = e
        elif key == 98:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_item2" else None), mk)
            o_payload = "add_item2"
            ov_payload = v
            pos = e
        elif key == 106:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AuthenticateUserReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "authenticate_user" else None), mk)
            o_payload = "authenticate_user"
            ov_payload = v
            pos = e
        elif key == 114:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_SuspendReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "suspend" else None), mk)
            o_payload = "suspend"
            ov_payload = v
            pos = e
        elif key == 122:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ActivateReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "activate" else None), mk)
            o_payload = "activate"
            ov_payload = v
            pos = e
        elif key == 130:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AddItemReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "add_buffered_item" else None), mk)
            o_payload = "add_buffered_item"
            ov_payload = v
            pos = e
        elif key == 138:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetSessionStateReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_session_state" else None), mk)
            o_payload = "get_session_state"
            ov_payload = v
            pos = e
        elif key == 146:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_GetWorkerInfoReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "get_worker_info" else None), mk)
            o_payload = "get_worker_info"
            ov_payload = v
            pos = e
        elif key == 154:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_DrainEventsReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "drain_events" else None), mk)
            o_payload = "drain_events"
            ov_payload = v
            pos = e
        elif key == 162:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_BulkSubscribeReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "bulk_subscribe" else None), mk)
            o_payload = "bulk_subscribe"
            ov_payload = v
            pos = e
        elif key == 274:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload(buf, pos, e, depth + 1, (ov_payload if o_payload == "acknowledge_alarm" else None), mk)
            o_payload = "acknowledge_alarm"
            ov_payload = v
            pos = e
        elif key == 282:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload(buf, pos, e, depth + 1, (ov_payload if o_payload == "query_active_alarms" else None), mk)
            o_payload = "query_active_alarms"
            ov_payload = v
            pos = e
        elif key == 290:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_BulkWriteReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "bulk_write" else None), mk)
            o_payload = "bulk_write"
            ov_payload = v
            pos = e
        elif key == 298:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_BulkReadReply(buf, pos, e, depth + 1, (ov_payload if o_payload == "bulk_read" else None), mk)
            o_payload = "bulk_read"
            ov_payload = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 34, 35, 36, 37, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxCommandReply)
        if f is not None:
            d = {"session_id": f_session_id, "correlation_id": f_correlation_id, "kind": f_kind, "protocol_status": f_protocol_status, "hresult": f_hresult, "return_value": f_return_value, "statuses": f_statuses, "diagnostic_message": f_diagnostic_message, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["payload"] = o_payload or ""
            if o_payload is not None:
                d[o_payload] = ov_payload
            return f(d, buf, start, end)
    d = {"session_id": f_session_id, "correlation_id": f_correlation_id, "kind": f_kind, "protocol_status": f_protocol_status, "hresult": f_hresult, "return_value": f_return_value, "statuses": f_statuses, "diagnostic_message": f_diagnostic_message, "register": None, "add_item": None, "add_item2": None, "authenticate_user": None, "suspend": None, "activate": None, "add_buffered_item": None, "get_session_state": None, "get_worker_info": None, "drain_events": None, "bulk_subscribe": None, "acknowledge_alarm": None, "query_active_alarms": None, "bulk_write": None, "bulk_read": None, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_payload is not None:
        d[o_payload] = ov_payload
    o = _new(_C_mxaccess_gateway_v1_MxCommandReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxCommandReply(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.correlation_id
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.kind
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.protocol_status
    if v is not None:
        b = _e_mxaccess_gateway_v1_ProtocolStatus(v)
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.hresult
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.return_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.statuses
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxStatusProxy(x)
            out += b':'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    v = m.diagnostic_message
    if v:
        b = v.encode()
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.register
    if v is not None:
        b = _e_mxaccess_gateway_v1_RegisterReply(v)
        out += b'R'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_item
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddItemReply(v)
        out += b'Z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_item2
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddItemReply(v)
        out += b'b'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.authenticate_user
    if v is not None:
        b = _e_mxaccess_gateway_v1_AuthenticateUserReply(v)
        out += b'j'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.suspend
    if v is not None:
        b = _e_mxaccess_gateway_v1_SuspendReply(v)
        out += b'r'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.activate
    if v is not None:
        b = _e_mxaccess_gateway_v1_ActivateReply(v)
        out += b'z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.add_buffered_item
    if v is not None:
        b = _e_mxaccess_gateway_v1_AddItemReply(v)
        out += b'\x82\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.get_session_state
    if v is not None:
        b = _e_mxaccess_gateway_v1_GetSessionStateReply(v)
        out += b'\x8a\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.get_worker_info
    if v is not None:
        b = _e_mxaccess_gateway_v1_GetWorkerInfoReply(v)
        out += b'\x92\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.drain_events
    if v is not None:
        b = _e_mxaccess_gateway_v1_DrainEventsReply(v)
        out += b'\x9a\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.bulk_subscribe
    if v is not None:
        b = _e_mxaccess_gateway_v1_BulkSubscribeReply(v)
        out += b'\xa2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.acknowledge_alarm
    if v is not None:
        b = _e_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload(v)
        out += b'\x92\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.query_active_alarms
    if v is not None:
        b = _e_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload(v)
        out += b'\x9a\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.bulk_write
    if v is not None:
        b = _e_mxaccess_gateway_v1_BulkWriteReply(v)
        out += b'\xa2\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.bulk_read
    if v is not None:
        b = _e_mxaccess_gateway_v1_BulkReadReply(v)
        out += b'\xaa\x02'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_RegisterCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_client_name = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_RegisterCommand:
            raise _no_records()
        f_client_name = into.client_name
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_name = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_name = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"client_name": f_client_name, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_RegisterCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_RegisterCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_RegisterCommand(m):
    out = bytearray()
    v = m.client_name
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_RegisterReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_RegisterReply:
            raise _no_records()
        f_server_handle = into.server_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_RegisterReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_RegisterReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_RegisterReply(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_UnregisterCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_UnregisterCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_UnregisterCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_UnregisterCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_UnregisterCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AddItemCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_definition = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AddItemCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_definition = into.item_definition
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_item_definition = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_item_definition = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_definition": f_item_definition, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AddItemCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AddItemCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AddItemCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_definition
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AddItem2Command(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_definition = ""
        f_item_context = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AddItem2Command:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_definition = into.item_definition
        f_item_context = into.item_context
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_item_definition = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_item_context = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_item_definition = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_item_context = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_definition": f_item_definition, "item_context": f_item_context, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AddItem2Command)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AddItem2Command)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AddItem2Command(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_definition
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.item_context
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AddItemReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AddItemReply:
            raise _no_records()
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AddItemReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AddItemReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AddItemReply(m):
    out = bytearray()
    v = m.item_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_RemoveItemCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_RemoveItemCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_RemoveItemCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_RemoveItemCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_RemoveItemCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AdviseCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AdviseCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AdviseCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AdviseCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AdviseCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AdviseSupervisoryCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AdviseSupervisoryCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AdviseSupervisoryCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AdviseSupervisoryCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AdviseSupervisoryCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_UnAdviseCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_UnAdviseCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_UnAdviseCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_UnAdviseCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_UnAdviseCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        f_value = None
        f_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        f_value = into.value
        f_user_id = into.user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "value": f_value, "user_id": f_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.user_id
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_Write2Command(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        f_value = None
        f_timestamp_value = None
        f_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_Write2Command:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        f_value = into.value
        f_timestamp_value = into.timestamp_value
        f_user_id = into.user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
        pos = e
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
            pos = e
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "value": f_value, "timestamp_value": f_timestamp_value, "user_id": f_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_Write2Command)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_Write2Command)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_Write2Command(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.timestamp_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.user_id
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteSecuredCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        f_value = None
        f_current_user_id = 0
        f_verifier_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteSecuredCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        f_value = into.value
        f_current_user_id = into.current_user_id
        f_verifier_user_id = into.verifier_user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_current_user_id = v
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_verifier_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_current_user_id = v
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_verifier_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "value": f_value, "current_user_id": f_current_user_id, "verifier_user_id": f_verifier_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteSecuredCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteSecuredCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteSecuredCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.current_user_id
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.verifier_user_id
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteSecured2Command(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        f_value = None
        f_timestamp_value = None
        f_current_user_id = 0
        f_verifier_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteSecured2Command:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        f_value = into.value
        f_timestamp_value = into.timestamp_value
        f_current_user_id = into.current_user_id
        f_verifier_user_id = into.verifier_user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
        pos = e
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_current_user_id = v
    if pos < end and buf[pos] == 48:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_verifier_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
            pos = e
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_current_user_id = v
        elif key == 48:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_verifier_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "value": f_value, "timestamp_value": f_timestamp_value, "current_user_id": f_current_user_id, "verifier_user_id": f_verifier_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteSecured2Command)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteSecured2Command)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteSecured2Command(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.timestamp_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.current_user_id
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.verifier_user_id
    if v:
        out += b'0'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AuthenticateUserCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_user_name = ""
        f_password = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AuthenticateUserCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_user_name = into.user_name
        f_password = into.password
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_user_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_password = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_user_name = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_password = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "user_name": f_user_name, "password": f_password, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AuthenticateUserCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AuthenticateUserCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AuthenticateUserCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.user_name
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.password
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AuthenticateUserReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AuthenticateUserReply:
            raise _no_records()
        f_user_id = into.user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"user_id": f_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AuthenticateUserReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AuthenticateUserReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AuthenticateUserReply(m):
    out = bytearray()
    v = m.user_id
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_SuspendCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_SuspendCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_SuspendCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_SuspendCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_SuspendCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_SuspendReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_SuspendReply:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_SuspendReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_SuspendReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_SuspendReply(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ActivateCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handle = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ActivateCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handle": f_item_handle, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ActivateCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ActivateCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ActivateCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ActivateReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ActivateReply:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ActivateReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ActivateReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ActivateReply(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AddBufferedItemCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_definition = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AddBufferedItemCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_definition = into.item_definition
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_item_definition = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_item_definition = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_definition": f_item_definition, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AddBufferedItemCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AddBufferedItemCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AddBufferedItemCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_definition
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_update_interval_ms = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_update_interval_ms = into.update_interval_ms
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_update_interval_ms = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_update_interval_ms = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "update_interval_ms": f_update_interval_ms, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.update_interval_ms
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_PingCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_PingCommand:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_PingCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_PingCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_PingCommand(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_GetSessionStateCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_GetSessionStateCommand:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_GetSessionStateCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_GetSessionStateCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_GetSessionStateCommand(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_GetSessionStateReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_state = _EZ_mxaccess_gateway_v1_SessionState
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_GetSessionStateReply:
            raise _no_records()
        f_state = into.state
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_state = _ET_mxaccess_gateway_v1_SessionState[v]
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_state = _ET_mxaccess_gateway_v1_SessionState[v]
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"state": f_state, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_GetSessionStateReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_GetSessionStateReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_GetSessionStateReply(m):
    out = bytearray()
    v = m.state
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_GetWorkerInfoCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_GetWorkerInfoCommand:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_GetWorkerInfoCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_GetWorkerInfoCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_GetWorkerInfoCommand(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_GetWorkerInfoReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_process_id = 0
        f_worker_version = ""
        f_worker_protocol_version = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_GetWorkerInfoReply:
            raise _no_records()
        f_process_id = into.process_id
        f_worker_version = into.worker_version
        f_worker_protocol_version = into.worker_protocol_version
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_process_id = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_worker_version = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_worker_protocol_version = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_process_id = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_worker_version = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_worker_protocol_version = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"process_id": f_process_id, "worker_version": f_worker_version, "worker_protocol_version": f_worker_protocol_version, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_GetWorkerInfoReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_GetWorkerInfoReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_GetWorkerInfoReply(m):
    out = bytearray()
    v = m.process_id
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.worker_version
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.worker_protocol_version
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_DrainEventsCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_max_events = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_DrainEventsCommand:
            raise _no_records()
        f_max_events = into.max_events
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = v & 0xFFFFFFFF
        f_max_events = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = v & 0xFFFFFFFF
            f_max_events = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"max_events": f_max_events, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_DrainEventsCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_DrainEventsCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_DrainEventsCommand(m):
    out = bytearray()
    v = m.max_events
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_DrainEventsReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_events = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_DrainEventsReply:
            raise _no_records()
        f_events = into.events
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxEvent(buf, pos, e, depth + 1, None, mk)
        f_events.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxEvent(buf, pos, e, depth + 1, None, mk)
            f_events.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"events": f_events, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_DrainEventsReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_DrainEventsReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_DrainEventsReply(m):
    out = bytearray()
    v = m.events
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxEvent(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ShutdownWorkerCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ShutdownWorkerCommand:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ShutdownWorkerCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ShutdownWorkerCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ShutdownWorkerCommand(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AddItemBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_tag_addresses = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AddItemBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_tag_addresses = into.tag_addresses
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_tag_addresses.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_tag_addresses.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "tag_addresses": f_tag_addresses, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AddItemBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AddItemBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AddItemBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.tag_addresses
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_18[n] if n < 128 else b'\x12' + _ev(n))
            add(b)
        out += b"".join(parts)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AdviseItemBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handles = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AdviseItemBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handles = into.item_handles
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        if pos != e:
            raise _trunc()
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = _s32(v)
                f_item_handles.append(v)
            if pos != e:
                raise _trunc()
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handles": f_item_handles, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AdviseItemBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AdviseItemBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AdviseItemBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handles
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'\x12'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_RemoveItemBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handles = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_RemoveItemBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handles = into.item_handles
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        if pos != e:
            raise _trunc()
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = _s32(v)
                f_item_handles.append(v)
            if pos != e:
                raise _trunc()
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handles": f_item_handles, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_RemoveItemBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_RemoveItemBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_RemoveItemBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handles
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'\x12'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_UnAdviseItemBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handles = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_UnAdviseItemBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handles = into.item_handles
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        if pos != e:
            raise _trunc()
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = _s32(v)
                f_item_handles.append(v)
            if pos != e:
                raise _trunc()
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handles": f_item_handles, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_UnAdviseItemBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_UnAdviseItemBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_UnAdviseItemBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handles
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'\x12'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_SubscribeBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_tag_addresses = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_SubscribeBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_tag_addresses = into.tag_addresses
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_tag_addresses.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_tag_addresses.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "tag_addresses": f_tag_addresses, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_SubscribeBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_SubscribeBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_SubscribeBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.tag_addresses
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_18[n] if n < 128 else b'\x12' + _ev(n))
            add(b)
        out += b"".join(parts)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_UnsubscribeBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_item_handles = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_UnsubscribeBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_item_handles = into.item_handles
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        while pos < e:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        if pos != e:
            raise _trunc()
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handles.append(v)
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            while pos < e:
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        v, pos = _rv(buf, pos - 1)
                        v = _s32(v)
                f_item_handles.append(v)
            if pos != e:
                raise _trunc()
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "item_handles": f_item_handles, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_UnsubscribeBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_UnsubscribeBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_UnsubscribeBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handles
    if v:
        p = bytearray()
        for x in v:
            if 0 <= x < 128:
                p.append(x)
            else:
                p += _ev(x)
        out += b'\x12'
        n = len(p)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += p
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_BulkSubscribeReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_results = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_BulkSubscribeReply:
            raise _no_records()
        f_results = into.results
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_SubscribeResult(buf, pos, e, depth + 1, None, mk)
        f_results.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_SubscribeResult(buf, pos, e, depth + 1, None, mk)
            f_results.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"results": f_results, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_BulkSubscribeReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_BulkSubscribeReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_BulkSubscribeReply(m):
    out = bytearray()
    v = m.results
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_SubscribeResult(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_SubscribeResult(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_tag_address = ""
        f_item_handle = 0
        f_was_successful = False
        f_error_message = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_SubscribeResult:
            raise _no_records()
        f_server_handle = into.server_handle
        f_tag_address = into.tag_address
        f_item_handle = into.item_handle
        f_was_successful = into.was_successful
        f_error_message = into.error_message
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_tag_address = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_was_successful = v != 0
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_error_message = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_tag_address = buf[pos:e].decode()
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_was_successful = v != 0
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_error_message = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "tag_address": f_tag_address, "item_handle": f_item_handle, "was_successful": f_was_successful, "error_message": f_error_message, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_SubscribeResult)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_SubscribeResult)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_SubscribeResult(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.tag_address
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.item_handle
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.was_successful
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.error_message
    if v:
        b = v.encode()
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_entries = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_entries = into.entries
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_WriteBulkEntry(buf, pos, e, depth + 1, None, mk)
        f_entries.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_WriteBulkEntry(buf, pos, e, depth + 1, None, mk)
            f_entries.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "entries": f_entries, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.entries
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_WriteBulkEntry(x)
            out += b'\x12'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteBulkEntry(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_item_handle = 0
        f_value = None
        f_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteBulkEntry:
            raise _no_records()
        f_item_handle = into.item_handle
        f_value = into.value
        f_user_id = into.user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"item_handle": f_item_handle, "value": f_value, "user_id": f_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteBulkEntry)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteBulkEntry)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteBulkEntry(m):
    out = bytearray()
    v = m.item_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.user_id
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_Write2BulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_entries = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_Write2BulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_entries = into.entries
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_Write2BulkEntry(buf, pos, e, depth + 1, None, mk)
        f_entries.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_Write2BulkEntry(buf, pos, e, depth + 1, None, mk)
            f_entries.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "entries": f_entries, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_Write2BulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_Write2BulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_Write2BulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.entries
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_Write2BulkEntry(x)
            out += b'\x12'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_Write2BulkEntry(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_item_handle = 0
        f_value = None
        f_timestamp_value = None
        f_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_Write2BulkEntry:
            raise _no_records()
        f_item_handle = into.item_handle
        f_value = into.value
        f_timestamp_value = into.timestamp_value
        f_user_id = into.user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"item_handle": f_item_handle, "value": f_value, "timestamp_value": f_timestamp_value, "user_id": f_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_Write2BulkEntry)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_Write2BulkEntry)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_Write2BulkEntry(m):
    out = bytearray()
    v = m.item_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.timestamp_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.user_id
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteSecuredBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_entries = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteSecuredBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_entries = into.entries
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_WriteSecuredBulkEntry(buf, pos, e, depth + 1, None, mk)
        f_entries.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_WriteSecuredBulkEntry(buf, pos, e, depth + 1, None, mk)
            f_entries.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "entries": f_entries, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteSecuredBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteSecuredBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteSecuredBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.entries
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_WriteSecuredBulkEntry(x)
            out += b'\x12'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteSecuredBulkEntry(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_item_handle = 0
        f_value = None
        f_current_user_id = 0
        f_verifier_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteSecuredBulkEntry:
            raise _no_records()
        f_item_handle = into.item_handle
        f_value = into.value
        f_current_user_id = into.current_user_id
        f_verifier_user_id = into.verifier_user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_current_user_id = v
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_verifier_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_current_user_id = v
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_verifier_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"item_handle": f_item_handle, "value": f_value, "current_user_id": f_current_user_id, "verifier_user_id": f_verifier_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteSecuredBulkEntry)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteSecuredBulkEntry)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteSecuredBulkEntry(m):
    out = bytearray()
    v = m.item_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.current_user_id
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.verifier_user_id
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteSecured2BulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_entries = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteSecured2BulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_entries = into.entries
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_WriteSecured2BulkEntry(buf, pos, e, depth + 1, None, mk)
        f_entries.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_WriteSecured2BulkEntry(buf, pos, e, depth + 1, None, mk)
            f_entries.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "entries": f_entries, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteSecured2BulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteSecured2BulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteSecured2BulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.entries
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_WriteSecured2BulkEntry(x)
            out += b'\x12'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_WriteSecured2BulkEntry(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_item_handle = 0
        f_value = None
        f_timestamp_value = None
        f_current_user_id = 0
        f_verifier_user_id = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_WriteSecured2BulkEntry:
            raise _no_records()
        f_item_handle = into.item_handle
        f_value = into.value
        f_timestamp_value = into.timestamp_value
        f_current_user_id = into.current_user_id
        f_verifier_user_id = into.verifier_user_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_current_user_id = v
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_verifier_user_id = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_timestamp_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_timestamp_value, mk)
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_current_user_id = v
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_verifier_user_id = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"item_handle": f_item_handle, "value": f_value, "timestamp_value": f_timestamp_value, "current_user_id": f_current_user_id, "verifier_user_id": f_verifier_user_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_WriteSecured2BulkEntry)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_WriteSecured2BulkEntry)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_WriteSecured2BulkEntry(m):
    out = bytearray()
    v = m.item_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.timestamp_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.current_user_id
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.verifier_user_id
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_BulkWriteReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_results = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_BulkWriteReply:
            raise _no_records()
        f_results = into.results
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_BulkWriteResult(buf, pos, e, depth + 1, None, mk)
        f_results.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_BulkWriteResult(buf, pos, e, depth + 1, None, mk)
            f_results.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"results": f_results, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_BulkWriteReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_BulkWriteReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_BulkWriteReply(m):
    out = bytearray()
    v = m.results
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_BulkWriteResult(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_BulkWriteResult(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_item_handle = 0
        f_was_successful = False
        f_error_message = ""
        f_hresult = 0
        f_statuses = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_BulkWriteResult:
            raise _no_records()
        f_item_handle = into.item_handle
        f_was_successful = into.was_successful
        f_error_message = into.error_message
        f_hresult = into.hresult
        f_statuses = into.statuses
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_was_successful = v != 0
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_error_message = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_hresult = v
    while pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
        f_statuses.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_was_successful = v != 0
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_error_message = buf[pos:e].decode()
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_hresult = v
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
            f_statuses.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"item_handle": f_item_handle, "was_successful": f_was_successful, "error_message": f_error_message, "hresult": f_hresult, "statuses": f_statuses, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_BulkWriteResult)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_BulkWriteResult)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_BulkWriteResult(m):
    out = bytearray()
    v = m.item_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.was_successful
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.error_message
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.hresult
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.statuses
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxStatusProxy(x)
            out += b'*'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ReadBulkCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_server_handle = 0
        f_tag_addresses = []
        f_timeout_ms = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ReadBulkCommand:
            raise _no_records()
        f_server_handle = into.server_handle
        f_tag_addresses = into.tag_addresses
        f_timeout_ms = into.timeout_ms
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        v = buf[pos:e].decode()
        f_tag_addresses.append(v)
        pos = e
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_timeout_ms = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = buf[pos:e].decode()
            f_tag_addresses.append(v)
            pos = e
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_timeout_ms = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"server_handle": f_server_handle, "tag_addresses": f_tag_addresses, "timeout_ms": f_timeout_ms, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ReadBulkCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ReadBulkCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ReadBulkCommand(m):
    out = bytearray()
    v = m.server_handle
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.tag_addresses
    if v:
        parts = []
        add = parts.append
        for x in v:
            b = x.encode()
            n = len(b)
            add(_LP_18[n] if n < 128 else b'\x12' + _ev(n))
            add(b)
        out += b"".join(parts)
    v = m.timeout_ms
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_BulkReadReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_results = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_BulkReadReply:
            raise _no_records()
        f_results = into.results
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_BulkReadResult(buf, pos, e, depth + 1, None, mk)
        f_results.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_BulkReadResult(buf, pos, e, depth + 1, None, mk)
            f_results.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"results": f_results, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_BulkReadReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_BulkReadReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_BulkReadReply(m):
    out = bytearray()
    v = m.results
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_BulkReadResult(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_BulkReadResult(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_tag_address = ""
        f_was_successful = False
        f_value = None
        f_quality = 0
        f_source_timestamp = None
        f_statuses = []
        f_was_cached = False
        f_error_message = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_BulkReadResult:
            raise _no_records()
        f_tag_address = into.tag_address
        f_was_successful = into.was_successful
        f_value = into.value
        f_quality = into.quality
        f_source_timestamp = into.source_timestamp
        f_statuses = into.statuses
        f_was_cached = into.was_cached
        f_error_message = into.error_message
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_tag_address = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_was_successful = v != 0
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_quality = v
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_source_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_source_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_source_timestamp = v
        pos = e
    while pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
        f_statuses.append(v)
        pos = e
    if pos < end and buf[pos] == 56:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_was_cached = v != 0
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_error_message = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_tag_address = buf[pos:e].decode()
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_was_successful = v != 0
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_quality = v
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_source_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_source_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_source_timestamp = v
            pos = e
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
            f_statuses.append(v)
            pos = e
        elif key == 56:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_was_cached = v != 0
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_error_message = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"tag_address": f_tag_address, "was_successful": f_was_successful, "value": f_value, "quality": f_quality, "source_timestamp": f_source_timestamp, "statuses": f_statuses, "was_cached": f_was_cached, "error_message": f_error_message, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_BulkReadResult)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_BulkReadResult)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_BulkReadResult(m):
    out = bytearray()
    v = m.tag_address
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.was_successful
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.quality
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.source_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.statuses
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxStatusProxy(x)
            out += b'2'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    v = m.was_cached
    if v:
        out += b'8'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.error_message
    if v:
        b = v.encode()
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_SubscribeAlarmsCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_subscription_expression = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_SubscribeAlarmsCommand:
            raise _no_records()
        f_subscription_expression = into.subscription_expression
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_subscription_expression = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_subscription_expression = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"subscription_expression": f_subscription_expression, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_SubscribeAlarmsCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_SubscribeAlarmsCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_SubscribeAlarmsCommand(m):
    out = bytearray()
    v = m.subscription_expression
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_UnsubscribeAlarmsCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_UnsubscribeAlarmsCommand:
            raise _no_records()
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        pos = _skip(buf, s, pos, end, key, depth, ())
        if unk is None:
            unk = bytearray()
        unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_UnsubscribeAlarmsCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_UnsubscribeAlarmsCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_UnsubscribeAlarmsCommand(m):
    out = bytearray()
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AcknowledgeAlarmCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_alarm_guid = ""
        f_comment = ""
        f_operator_user = ""
        f_operator_node = ""
        f_operator_domain = ""
        f_operator_full_name = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AcknowledgeAlarmCommand:
            raise _no_records()
        f_alarm_guid = into.alarm_guid
        f_comment = into.comment
        f_operator_user = into.operator_user
        f_operator_node = into.operator_node
        f_operator_domain = into.operator_domain
        f_operator_full_name = into.operator_full_name
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_guid = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_comment = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_user = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_node = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_domain = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_full_name = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_guid = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_comment = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_user = buf[pos:e].decode()
            pos = e
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_node = buf[pos:e].decode()
            pos = e
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_domain = buf[pos:e].decode()
            pos = e
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_full_name = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"alarm_guid": f_alarm_guid, "comment": f_comment, "operator_user": f_operator_user, "operator_node": f_operator_node, "operator_domain": f_operator_domain, "operator_full_name": f_operator_full_name, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AcknowledgeAlarmCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AcknowledgeAlarmCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AcknowledgeAlarmCommand(m):
    out = bytearray()
    v = m.alarm_guid
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.comment
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_user
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_node
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_domain
    if v:
        b = v.encode()
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_full_name
    if v:
        b = v.encode()
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_alarm_name = ""
        f_provider_name = ""
        f_group_name = ""
        f_comment = ""
        f_operator_user = ""
        f_operator_node = ""
        f_operator_domain = ""
        f_operator_full_name = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand:
            raise _no_records()
        f_alarm_name = into.alarm_name
        f_provider_name = into.provider_name
        f_group_name = into.group_name
        f_comment = into.comment
        f_operator_user = into.operator_user
        f_operator_node = into.operator_node
        f_operator_domain = into.operator_domain
        f_operator_full_name = into.operator_full_name
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_provider_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_group_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_comment = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_user = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_node = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_domain = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_full_name = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_name = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_provider_name = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_group_name = buf[pos:e].decode()
            pos = e
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_comment = buf[pos:e].decode()
            pos = e
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_user = buf[pos:e].decode()
            pos = e
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_node = buf[pos:e].decode()
            pos = e
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_domain = buf[pos:e].decode()
            pos = e
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_full_name = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"alarm_name": f_alarm_name, "provider_name": f_provider_name, "group_name": f_group_name, "comment": f_comment, "operator_user": f_operator_user, "operator_node": f_operator_node, "operator_domain": f_operator_domain, "operator_full_name": f_operator_full_name, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand(m):
    out = bytearray()
    v = m.alarm_name
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.provider_name
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.group_name
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.comment
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_user
    if v:
        b = v.encode()
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_node
    if v:
        b = v.encode()
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_domain
    if v:
        b = v.encode()
        out += b':'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_full_name
    if v:
        b = v.encode()
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_QueryActiveAlarmsCommand(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_alarm_filter_prefix = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_QueryActiveAlarmsCommand:
            raise _no_records()
        f_alarm_filter_prefix = into.alarm_filter_prefix
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_filter_prefix = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_filter_prefix = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"alarm_filter_prefix": f_alarm_filter_prefix, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_QueryActiveAlarmsCommand)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_QueryActiveAlarmsCommand)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_QueryActiveAlarmsCommand(m):
    out = bytearray()
    v = m.alarm_filter_prefix
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_native_status = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload:
            raise _no_records()
        f_native_status = into.native_status
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_native_status = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_native_status = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"native_status": f_native_status, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload(m):
    out = bytearray()
    v = m.native_status
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_snapshots = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload:
            raise _no_records()
        f_snapshots = into.snapshots
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    while pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_ActiveAlarmSnapshot(buf, pos, e, depth + 1, None, mk)
        f_snapshots.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_ActiveAlarmSnapshot(buf, pos, e, depth + 1, None, mk)
            f_snapshots.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"snapshots": f_snapshots, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload(m):
    out = bytearray()
    v = m.snapshots
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_ActiveAlarmSnapshot(x)
            out += b'\n'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_MxEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_worker_sequence = 0
        f_family = _EZ_mxaccess_gateway_v1_MxEventFamily
        f_server_handle = 0
        f_item_handle = 0
        f_value = None
        f_quality = 0
        f_source_timestamp = None
        f_statuses = []
        f_worker_timestamp = None
        f_gateway_receive_timestamp = None
        f_hresult = None
        f_raw_status = ""
        f_replay_gap = None
        o_body = ov_body = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_MxEvent:
            raise _no_records()
        f_session_id = into.session_id
        f_worker_sequence = into.worker_sequence
        f_family = into.family
        f_server_handle = into.server_handle
        f_item_handle = into.item_handle
        f_value = into.value
        f_quality = into.quality
        f_source_timestamp = into.source_timestamp
        f_statuses = into.statuses
        f_worker_timestamp = into.worker_timestamp
        f_gateway_receive_timestamp = into.gateway_receive_timestamp
        f_hresult = into.hresult
        f_raw_status = into.raw_status
        f_replay_gap = into.replay_gap
        o_body = ov_body = None
        if into.on_data_change is not None:
            o_body = "on_data_change"
            ov_body = into.on_data_change
        if into.on_write_complete is not None:
            o_body = "on_write_complete"
            ov_body = into.on_write_complete
        if into.operation_complete is not None:
            o_body = "operation_complete"
            ov_body = into.operation_complete
        if into.on_buffered_data_change is not None:
            o_body = "on_buffered_data_change"
            ov_body = into.on_buffered_data_change
        if into.on_alarm_transition is not None:
            o_body = "on_alarm_transition"
            ov_body = into.on_alarm_transition
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_worker_sequence = v
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_family = _ET_mxaccess_gateway_v1_MxEventFamily[v]
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_server_handle = v
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_item_handle = v
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 56:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_quality = v
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_source_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_source_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_source_timestamp = v
        pos = e
    while pos < end and buf[pos] == 74:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
        f_statuses.append(v)
        pos = e
    if pos < end and buf[pos] == 82:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_worker_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_worker_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_worker_timestamp = v
        pos = e
    if pos < end and buf[pos] == 90:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_gateway_receive_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_gateway_receive_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_gateway_receive_timestamp = v
        pos = e
    if pos < end and buf[pos] == 96:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_hresult = v
    if pos < end and buf[pos] == 106:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_raw_status = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 114:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_replay_gap = _d_mxaccess_gateway_v1_ReplayGap(buf, pos, e, depth + 1, f_replay_gap, mk)
        pos = e
    if pos < end:
        k = buf[pos]
        if k == 162 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnDataChangeEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_data_change" else None), mk)
            o_body = "on_data_change"
            ov_body = v
            pos = e
        elif k == 170 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnWriteCompleteEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_write_complete" else None), mk)
            o_body = "on_write_complete"
            ov_body = v
            pos = e
        elif k == 178 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OperationCompleteEvent(buf, pos, e, depth + 1, (ov_body if o_body == "operation_complete" else None), mk)
            o_body = "operation_complete"
            ov_body = v
            pos = e
        elif k == 186 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnBufferedDataChangeEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_buffered_data_change" else None), mk)
            o_body = "on_buffered_data_change"
            ov_body = v
            pos = e
        elif k == 194 and pos + 1 < end and buf[pos + 1] == 1:
            n = buf[pos + 2]
            pos += 3
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnAlarmTransitionEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_alarm_transition" else None), mk)
            o_body = "on_alarm_transition"
            ov_body = v
            pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_worker_sequence = v
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_family = _ET_mxaccess_gateway_v1_MxEventFamily[v]
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_server_handle = v
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_item_handle = v
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 56:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_quality = v
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_source_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_source_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_source_timestamp = v
            pos = e
        elif key == 74:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_MxStatusProxy(buf, pos, e, depth + 1, None, mk)
            f_statuses.append(v)
            pos = e
        elif key == 82:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_worker_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_worker_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_worker_timestamp = v
            pos = e
        elif key == 90:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_gateway_receive_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_gateway_receive_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_gateway_receive_timestamp = v
            pos = e
        elif key == 96:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_hresult = v
        elif key == 106:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_raw_status = buf[pos:e].decode()
            pos = e
        elif key == 114:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_replay_gap = _d_mxaccess_gateway_v1_ReplayGap(buf, pos, e, depth + 1, f_replay_gap, mk)
            pos = e
        elif key == 162:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnDataChangeEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_data_change" else None), mk)
            o_body = "on_data_change"
            ov_body = v
            pos = e
        elif key == 170:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnWriteCompleteEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_write_complete" else None), mk)
            o_body = "on_write_complete"
            ov_body = v
            pos = e
        elif key == 178:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OperationCompleteEvent(buf, pos, e, depth + 1, (ov_body if o_body == "operation_complete" else None), mk)
            o_body = "operation_complete"
            ov_body = v
            pos = e
        elif key == 186:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnBufferedDataChangeEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_buffered_data_change" else None), mk)
            o_body = "on_buffered_data_change"
            ov_body = v
            pos = e
        elif key == 194:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnAlarmTransitionEvent(buf, pos, e, depth + 1, (ov_body if o_body == "on_alarm_transition" else None), mk)
            o_body = "on_alarm_transition"
            ov_body = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_MxEvent)
        if f is not None:
            d = {"session_id": f_session_id, "worker_sequence": f_worker_sequence, "family": f_family, "server_handle": f_server_handle, "item_handle": f_item_handle, "value": f_value, "quality": f_quality, "source_timestamp": f_source_timestamp, "statuses": f_statuses, "worker_timestamp": f_worker_timestamp, "gateway_receive_timestamp": f_gateway_receive_timestamp, "hresult": f_hresult, "raw_status": f_raw_status, "replay_gap": f_replay_gap, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["body"] = o_body or ""
            if o_body is not None:
                d[o_body] = ov_body
            return f(d, buf, start, end)
    d = {"session_id": f_session_id, "worker_sequence": f_worker_sequence, "family": f_family, "server_handle": f_server_handle, "item_handle": f_item_handle, "value": f_value, "quality": f_quality, "source_timestamp": f_source_timestamp, "statuses": f_statuses, "worker_timestamp": f_worker_timestamp, "gateway_receive_timestamp": f_gateway_receive_timestamp, "hresult": f_hresult, "raw_status": f_raw_status, "replay_gap": f_replay_gap, "on_data_change": None, "on_write_complete": None, "operation_complete": None, "on_buffered_data_change": None, "on_alarm_transition": None, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_body is not None:
        d[o_body] = ov_body
    o = _new(_C_mxaccess_gateway_v1_MxEvent)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_MxEvent(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.worker_sequence
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.family
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.server_handle
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.item_handle
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.quality
    if v:
        out += b'8'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.source_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.statuses
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_MxStatusProxy(x)
            out += b'J'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    v = m.worker_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'R'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.gateway_receive_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'Z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.hresult
    if v is not None:
        out += b'`'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.raw_status
    if v:
        b = v.encode()
        out += b'j'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.replay_gap
    if v is not None:
        b = _e_mxaccess_gateway_v1_ReplayGap(v)
        out += b'r'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.on_data_change
    if v is not None:
        b = _e_mxaccess_gateway_v1_OnDataChangeEvent(v)
        out += b'\xa2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.on_write_complete
    if v is not None:
        b = _e_mxaccess_gateway_v1_OnWriteCompleteEvent(v)
        out += b'\xaa\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operation_complete
    if v is not None:
        b = _e_mxaccess_gateway_v1_OperationCompleteEvent(v)
        out += b'\xb2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.on_buffered_data_change
    if v is not None:
        b = _e_mxaccess_gateway_v1_OnBufferedDataChangeEvent(v)
        out += b'\xba\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.on_alarm_transition
    if v is not None:
        b = _e_mxaccess_gateway_v1_OnAlarmTransitionEvent(v)
        out += b'\xc2\x01'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ReplayGap(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_requested_after_sequence = 0
        f_oldest_available_sequence = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ReplayGap:
            raise _no_records()
        f_requested_after_sequence = into.requested_after_sequence
        f_oldest_available_sequence = into.oldest_available_sequence
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_requested_after_sequence = v
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_oldest_available_sequence = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_requested_after_sequence = v
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_oldest_available_sequence = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"requested_after_sequence": f_requested_after_sequence, "oldest_available_sequence": f_oldest_available_sequence, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ReplayGap)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ReplayGap)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ReplayGap(m):
    out = bytearray()
    v = m.requested_after_sequence
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.oldest_available_sequence
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OnDataChangeEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_data_type = _EZ_mxaccess_gateway_v1_MxDataType
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OnDataChangeEvent:
            raise _no_records()
        f_data_type = into.data_type
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"data_type": f_data_type, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OnDataChangeEvent)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OnDataChangeEvent)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OnDataChangeEvent(m):
    out = bytearray()
    v = m.data_type
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OnWriteCompleteEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_client_correlation_id = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OnWriteCompleteEvent:
            raise _no_records()
        f_client_correlation_id = into.client_correlation_id
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_correlation_id = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_correlation_id = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"client_correlation_id": f_client_correlation_id, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OnWriteCompleteEvent)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OnWriteCompleteEvent)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OnWriteCompleteEvent(m):
    out = bytearray()
    v = m.client_correlation_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OperationCompleteEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_operation = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OperationCompleteEvent:
            raise _no_records()
        f_operation = into.operation
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operation = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operation = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"operation": f_operation, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OperationCompleteEvent)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OperationCompleteEvent)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OperationCompleteEvent(m):
    out = bytearray()
    v = m.operation
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OnBufferedDataChangeEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_data_type = _EZ_mxaccess_gateway_v1_MxDataType
        f_samples = []
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OnBufferedDataChangeEvent:
            raise _no_records()
        f_data_type = into.data_type
        f_samples = into.samples
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
    while pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        _B.left -= 1
        if _B.left < 0:
            raise _many()
        v = _d_mxaccess_gateway_v1_BufferedSample(buf, pos, e, depth + 1, None, mk)
        f_samples.append(v)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_data_type = _ET_mxaccess_gateway_v1_MxDataType[v]
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            _B.left -= 1
            if _B.left < 0:
                raise _many()
            v = _d_mxaccess_gateway_v1_BufferedSample(buf, pos, e, depth + 1, None, mk)
            f_samples.append(v)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"data_type": f_data_type, "samples": f_samples, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OnBufferedDataChangeEvent)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OnBufferedDataChangeEvent)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OnBufferedDataChangeEvent(m):
    out = bytearray()
    v = m.data_type
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.samples
    if v:
        for x in v:
            b = _e_mxaccess_gateway_v1_BufferedSample(x)
            out += b'\x12'
            n = len(b)
            if n < 128:
                out.append(n)
            else:
                out += _ev(n)
            out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_BufferedSample(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_value = None
        f_quality = 0
        f_source_timestamp = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_BufferedSample:
            raise _no_records()
        f_value = into.value
        f_quality = into.quality
        f_source_timestamp = into.source_timestamp
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_quality = v
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_source_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_source_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_source_timestamp = v
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_value, mk)
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_quality = v
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_source_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_source_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_source_timestamp = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"value": f_value, "quality": f_quality, "source_timestamp": f_source_timestamp, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_BufferedSample)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_BufferedSample)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_BufferedSample(m):
    out = bytearray()
    v = m.value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.quality
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.source_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_OnAlarmTransitionEvent(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_alarm_full_reference = ""
        f_source_object_reference = ""
        f_alarm_type_name = ""
        f_transition_kind = _EZ_mxaccess_gateway_v1_AlarmTransitionKind
        f_raw_severity = 0
        f_original_raise_timestamp = None
        f_transition_timestamp = None
        f_operator_user = ""
        f_operator_comment = ""
        f_category = ""
        f_description = ""
        f_current_value = None
        f_limit_value = None
        f_condition_state = _EZ_mxaccess_gateway_v1_AlarmConditionState
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_OnAlarmTransitionEvent:
            raise _no_records()
        f_alarm_full_reference = into.alarm_full_reference
        f_source_object_reference = into.source_object_reference
        f_alarm_type_name = into.alarm_type_name
        f_transition_kind = into.transition_kind
        f_raw_severity = into.raw_severity
        f_original_raise_timestamp = into.original_raise_timestamp
        f_transition_timestamp = into.transition_timestamp
        f_operator_user = into.operator_user
        f_operator_comment = into.operator_comment
        f_category = into.category
        f_description = into.description
        f_current_value = into.current_value
        f_limit_value = into.limit_value
        f_condition_state = into.condition_state
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_full_reference = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_source_object_reference = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_type_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_transition_kind = _ET_mxaccess_gateway_v1_AlarmTransitionKind[v]
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_raw_severity = v
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_original_raise_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_original_raise_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_original_raise_timestamp = v
        pos = e
    if pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_transition_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_transition_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_transition_timestamp = v
        pos = e
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_user = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 74:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_comment = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 82:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_category = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 90:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_description = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 98:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_current_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_current_value, mk)
        pos = e
    if pos < end and buf[pos] == 106:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_limit_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_limit_value, mk)
        pos = e
    if pos < end and buf[pos] == 112:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_condition_state = _ET_mxaccess_gateway_v1_AlarmConditionState[v]
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_full_reference = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_source_object_reference = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_type_name = buf[pos:e].decode()
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_transition_kind = _ET_mxaccess_gateway_v1_AlarmTransitionKind[v]
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_raw_severity = v
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_original_raise_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_original_raise_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_original_raise_timestamp = v
            pos = e
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_transition_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_transition_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_transition_timestamp = v
            pos = e
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_user = buf[pos:e].decode()
            pos = e
        elif key == 74:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_comment = buf[pos:e].decode()
            pos = e
        elif key == 82:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_category = buf[pos:e].decode()
            pos = e
        elif key == 90:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_description = buf[pos:e].decode()
            pos = e
        elif key == 98:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_current_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_current_value, mk)
            pos = e
        elif key == 106:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_limit_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_limit_value, mk)
            pos = e
        elif key == 112:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_condition_state = _ET_mxaccess_gateway_v1_AlarmConditionState[v]
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"alarm_full_reference": f_alarm_full_reference, "source_object_reference": f_source_object_reference, "alarm_type_name": f_alarm_type_name, "transition_kind": f_transition_kind, "raw_severity": f_raw_severity, "original_raise_timestamp": f_original_raise_timestamp, "transition_timestamp": f_transition_timestamp, "operator_user": f_operator_user, "operator_comment": f_operator_comment, "category": f_category, "description": f_description, "current_value": f_current_value, "limit_value": f_limit_value, "condition_state": f_condition_state, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_OnAlarmTransitionEvent)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_OnAlarmTransitionEvent)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_OnAlarmTransitionEvent(m):
    out = bytearray()
    v = m.alarm_full_reference
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.source_object_reference
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.alarm_type_name
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.transition_kind
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.raw_severity
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.original_raise_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.transition_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b':'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_user
    if v:
        b = v.encode()
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_comment
    if v:
        b = v.encode()
        out += b'J'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.category
    if v:
        b = v.encode()
        out += b'R'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.description
    if v:
        b = v.encode()
        out += b'Z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.current_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'b'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.limit_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'j'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.condition_state
    if v:
        out += b'p'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_ActiveAlarmSnapshot(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_alarm_full_reference = ""
        f_source_object_reference = ""
        f_alarm_type_name = ""
        f_condition_state = _EZ_mxaccess_gateway_v1_AlarmConditionState
        f_raw_severity = 0
        f_original_raise_timestamp = None
        f_last_transition_timestamp = None
        f_operator_user = ""
        f_operator_comment = ""
        f_category = ""
        f_description = ""
        f_current_value = None
        f_limit_value = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_ActiveAlarmSnapshot:
            raise _no_records()
        f_alarm_full_reference = into.alarm_full_reference
        f_source_object_reference = into.source_object_reference
        f_alarm_type_name = into.alarm_type_name
        f_condition_state = into.condition_state
        f_raw_severity = into.raw_severity
        f_original_raise_timestamp = into.original_raise_timestamp
        f_last_transition_timestamp = into.last_transition_timestamp
        f_operator_user = into.operator_user
        f_operator_comment = into.operator_comment
        f_category = into.category
        f_description = into.description
        f_current_value = into.current_value
        f_limit_value = into.limit_value
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_full_reference = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_source_object_reference = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_type_name = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_condition_state = _ET_mxaccess_gateway_v1_AlarmConditionState[v]
    if pos < end and buf[pos] == 40:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_raw_severity = v
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_original_raise_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_original_raise_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_original_raise_timestamp = v
        pos = e
    if pos < end and buf[pos] == 58:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        t0 = pos
        ts = tn = 0
        if pos < e and buf[pos] == 8:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s64(v)
            ts = v
        if pos < e and buf[pos] == 16:
            pos += 1
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    x = buf[pos + 1]
                    v |= (x & 127) << 14
                    if x < 128:
                        pos += 2
                    else:
                        x = buf[pos + 2]
                        v |= (x & 127) << 21
                        if x < 128:
                            pos += 3
                        else:
                            x = buf[pos + 3]
                            v |= (x & 127) << 28
                            if x < 128:
                                pos += 4
                                v = _s32(v)
                            else:
                                v, pos = _rv(buf, pos - 1)
                                v = _s32(v)
            tn = v
        if pos == e and f_last_transition_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
            v = _EPOCH + _td(0, ts, tn // 1000)
        else:
            v = f_last_transition_timestamp
            v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
        f_last_transition_timestamp = v
        pos = e
    if pos < end and buf[pos] == 66:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_user = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 74:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_comment = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 82:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_category = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 90:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_description = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 98:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_current_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_current_value, mk)
        pos = e
    if pos < end and buf[pos] == 106:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_limit_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_limit_value, mk)
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_full_reference = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_source_object_reference = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_type_name = buf[pos:e].decode()
            pos = e
        elif key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_condition_state = _ET_mxaccess_gateway_v1_AlarmConditionState[v]
        elif key == 40:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_raw_severity = v
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_original_raise_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_original_raise_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_original_raise_timestamp = v
            pos = e
        elif key == 58:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            t0 = pos
            ts = tn = 0
            if pos < e and buf[pos] == 8:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s64(v)
                ts = v
            if pos < e and buf[pos] == 16:
                pos += 1
                v = buf[pos]
                pos += 1
                if v >= 128:
                    x = buf[pos]
                    v = (v & 127) | (x & 127) << 7
                    if x < 128:
                        pos += 1
                    else:
                        x = buf[pos + 1]
                        v |= (x & 127) << 14
                        if x < 128:
                            pos += 2
                        else:
                            x = buf[pos + 2]
                            v |= (x & 127) << 21
                            if x < 128:
                                pos += 3
                            else:
                                x = buf[pos + 3]
                                v |= (x & 127) << 28
                                if x < 128:
                                    pos += 4
                                    v = _s32(v)
                                else:
                                    v, pos = _rv(buf, pos - 1)
                                    v = _s32(v)
                tn = v
            if pos == e and f_last_transition_timestamp is None and _TS_LOW <= ts <= _TS_HIGH and 0 <= tn <= _NS_MAX:
                v = _EPOCH + _td(0, ts, tn // 1000)
            else:
                v = f_last_transition_timestamp
                v = _w_google_protobuf_Timestamp(buf, t0, e, depth + 1, None if v is None else _C_google_protobuf_Timestamp.from_wrapped(v))
            f_last_transition_timestamp = v
            pos = e
        elif key == 66:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_user = buf[pos:e].decode()
            pos = e
        elif key == 74:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_comment = buf[pos:e].decode()
            pos = e
        elif key == 82:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_category = buf[pos:e].decode()
            pos = e
        elif key == 90:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_description = buf[pos:e].decode()
            pos = e
        elif key == 98:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_current_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_current_value, mk)
            pos = e
        elif key == 106:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_limit_value = _d_mxaccess_gateway_v1_MxValue(buf, pos, e, depth + 1, f_limit_value, mk)
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"alarm_full_reference": f_alarm_full_reference, "source_object_reference": f_source_object_reference, "alarm_type_name": f_alarm_type_name, "condition_state": f_condition_state, "raw_severity": f_raw_severity, "original_raise_timestamp": f_original_raise_timestamp, "last_transition_timestamp": f_last_transition_timestamp, "operator_user": f_operator_user, "operator_comment": f_operator_comment, "category": f_category, "description": f_description, "current_value": f_current_value, "limit_value": f_limit_value, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_ActiveAlarmSnapshot)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_ActiveAlarmSnapshot)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_ActiveAlarmSnapshot(m):
    out = bytearray()
    v = m.alarm_full_reference
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.source_object_reference
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.alarm_type_name
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.condition_state
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.raw_severity
    if v:
        out += b'('
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.original_raise_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.last_transition_timestamp
    if v is not None:
        b = _e_google_protobuf_Timestamp(_C_google_protobuf_Timestamp.from_wrapped(v))
        out += b':'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_user
    if v:
        b = v.encode()
        out += b'B'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_comment
    if v:
        b = v.encode()
        out += b'J'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.category
    if v:
        b = v.encode()
        out += b'R'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.description
    if v:
        b = v.encode()
        out += b'Z'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.current_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'b'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.limit_value
    if v is not None:
        b = _e_mxaccess_gateway_v1_MxValue(v)
        out += b'j'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_QueryActiveAlarmsRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_client_correlation_id = ""
        f_alarm_filter_prefix = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_QueryActiveAlarmsRequest:
            raise _no_records()
        f_session_id = into.session_id
        f_client_correlation_id = into.client_correlation_id
        f_alarm_filter_prefix = into.alarm_filter_prefix
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_correlation_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_filter_prefix = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_correlation_id = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_filter_prefix = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "client_correlation_id": f_client_correlation_id, "alarm_filter_prefix": f_alarm_filter_prefix, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_QueryActiveAlarmsRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_QueryActiveAlarmsRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_QueryActiveAlarmsRequest(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.client_correlation_id
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.alarm_filter_prefix
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_StreamAlarmsRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_client_correlation_id = ""
        f_alarm_filter_prefix = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_StreamAlarmsRequest:
            raise _no_records()
        f_session_id = into.session_id
        f_client_correlation_id = into.client_correlation_id
        f_alarm_filter_prefix = into.alarm_filter_prefix
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_correlation_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_filter_prefix = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_correlation_id = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_filter_prefix = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "client_correlation_id": f_client_correlation_id, "alarm_filter_prefix": f_alarm_filter_prefix, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_StreamAlarmsRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_StreamAlarmsRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_StreamAlarmsRequest(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.client_correlation_id
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.alarm_filter_prefix
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AlarmFeedMessage(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_sequence = 0
        o_payload = ov_payload = None
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AlarmFeedMessage:
            raise _no_records()
        f_sequence = into.sequence
        o_payload = ov_payload = None
        if into.active_alarm is not None:
            o_payload = "active_alarm"
            ov_payload = into.active_alarm
        if into.snapshot_complete is not None:
            o_payload = "snapshot_complete"
            ov_payload = into.snapshot_complete
        if into.transition is not None:
            o_payload = "transition"
            ov_payload = into.transition
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end:
        k = buf[pos]
        if k == 10:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ActiveAlarmSnapshot(buf, pos, e, depth + 1, (ov_payload if o_payload == "active_alarm" else None), mk)
            o_payload = "active_alarm"
            ov_payload = v
            pos = e
        elif k == 18:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AlarmSnapshotComplete(buf, pos, e, depth + 1, (ov_payload if o_payload == "snapshot_complete" else None), mk)
            o_payload = "snapshot_complete"
            ov_payload = v
            pos = e
        elif k == 26:
            n = buf[pos + 1]
            pos += 2
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnAlarmTransitionEvent(buf, pos, e, depth + 1, (ov_payload if o_payload == "transition" else None), mk)
            o_payload = "transition"
            ov_payload = v
            pos = e
    if pos < end and buf[pos] == 32:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
        f_sequence = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 32:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
            f_sequence = v
        elif key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_ActiveAlarmSnapshot(buf, pos, e, depth + 1, (ov_payload if o_payload == "active_alarm" else None), mk)
            o_payload = "active_alarm"
            ov_payload = v
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_AlarmSnapshotComplete(buf, pos, e, depth + 1, (ov_payload if o_payload == "snapshot_complete" else None), mk)
            o_payload = "snapshot_complete"
            ov_payload = v
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            v = _d_mxaccess_gateway_v1_OnAlarmTransitionEvent(buf, pos, e, depth + 1, (ov_payload if o_payload == "transition" else None), mk)
            o_payload = "transition"
            ov_payload = v
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (4, 1, 2, 3, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AlarmFeedMessage)
        if f is not None:
            d = {"sequence": f_sequence, "_unknown_fields": b"" if unk is None else bytes(unk)}
            d["payload"] = o_payload or ""
            if o_payload is not None:
                d[o_payload] = ov_payload
            return f(d, buf, start, end)
    d = {"sequence": f_sequence, "active_alarm": None, "snapshot_complete": None, "transition": None, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if o_payload is not None:
        d[o_payload] = ov_payload
    o = _new(_C_mxaccess_gateway_v1_AlarmFeedMessage)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AlarmFeedMessage(m):
    out = bytearray()
    v = m.sequence
    if v:
        out += b' '
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.active_alarm
    if v is not None:
        b = _e_mxaccess_gateway_v1_ActiveAlarmSnapshot(v)
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.snapshot_complete
    if v is not None:
        b = _e_mxaccess_gateway_v1_AlarmSnapshotComplete(v)
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.transition
    if v is not None:
        b = _e_mxaccess_gateway_v1_OnAlarmTransitionEvent(v)
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AlarmSnapshotComplete(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_snapshot_count = 0
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AlarmSnapshotComplete:
            raise _no_records()
        f_snapshot_count = into.snapshot_count
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 8:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = v & 0xFFFFFFFF
        f_snapshot_count = v
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 8:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = v & 0xFFFFFFFF
            f_snapshot_count = v
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"snapshot_count": f_snapshot_count, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AlarmSnapshotComplete)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AlarmSnapshotComplete)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AlarmSnapshotComplete(m):
    out = bytearray()
    v = m.snapshot_count
    if v:
        out += b'\x08'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AcknowledgeAlarmRequest(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_session_id = ""
        f_client_correlation_id = ""
        f_alarm_full_reference = ""
        f_comment = ""
        f_operator_user = ""
        f_operator_node = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AcknowledgeAlarmRequest:
            raise _no_records()
        f_session_id = into.session_id
        f_client_correlation_id = into.client_correlation_id
        f_alarm_full_reference = into.alarm_full_reference
        f_comment = into.comment
        f_operator_user = into.operator_user
        f_operator_node = into.operator_node
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_session_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 18:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_client_correlation_id = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 26:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_alarm_full_reference = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_comment = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 42:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_user = buf[pos:e].decode()
        pos = e
    if pos < end and buf[pos] == 50:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_operator_node = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_session_id = buf[pos:e].decode()
            pos = e
        elif key == 18:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_client_correlation_id = buf[pos:e].decode()
            pos = e
        elif key == 26:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_alarm_full_reference = buf[pos:e].decode()
            pos = e
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_comment = buf[pos:e].decode()
            pos = e
        elif key == 42:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_user = buf[pos:e].decode()
            pos = e
        elif key == 50:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_operator_node = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, 5, 6, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"session_id": f_session_id, "client_correlation_id": f_client_correlation_id, "alarm_full_reference": f_alarm_full_reference, "comment": f_comment, "operator_user": f_operator_user, "operator_node": f_operator_node, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AcknowledgeAlarmRequest)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AcknowledgeAlarmRequest)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AcknowledgeAlarmRequest(m):
    out = bytearray()
    v = m.session_id
    if v:
        b = v.encode()
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.client_correlation_id
    if v:
        b = v.encode()
        out += b'\x12'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.alarm_full_reference
    if v:
        b = v.encode()
        out += b'\x1a'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.comment
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_user
    if v:
        b = v.encode()
        out += b'*'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.operator_node
    if v:
        b = v.encode()
        out += b'2'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


def _d_mxaccess_gateway_v1_AcknowledgeAlarmReply(buf, pos, end, depth, into, mk):
    start = pos
    if into is None:
        f_protocol_status = None
        f_hresult = 0
        f_status = 0
        f_diagnostic_message = ""
        unk = None
    else:
        if type(into) is not _C_mxaccess_gateway_v1_AcknowledgeAlarmReply:
            raise _no_records()
        f_protocol_status = into.protocol_status
        f_hresult = into.hresult
        f_status = into.status
        f_diagnostic_message = into.diagnostic_message
        unk = bytearray(into._unknown_fields) if into._unknown_fields else None
    if pos < end and buf[pos] == 10:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
        pos = e
    if pos < end and buf[pos] == 16:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_hresult = v
    if pos < end and buf[pos] == 24:
        v = buf[pos + 1]
        pos += 2
        if v >= 128:
            x = buf[pos]
            v = (v & 127) | (x & 127) << 7
            if x < 128:
                pos += 1
            else:
                v, pos = _rv(buf, pos - 1)
                v = _s32(v)
        f_status = v
    if pos < end and buf[pos] == 34:
        n = buf[pos + 1]
        pos += 2
        if n >= 128:
            n, pos = _rv(buf, pos - 1)
        e = pos + n
        if e > end:
            raise _trunc()
        f_diagnostic_message = buf[pos:e].decode()
        pos = e
    while pos < end:
        s = pos
        key = buf[pos]
        pos += 1
        if key >= 128:
            key, pos = _rv(buf, s)
        if key == 10:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_protocol_status = _d_mxaccess_gateway_v1_ProtocolStatus(buf, pos, e, depth + 1, f_protocol_status, mk)
            pos = e
        elif key == 16:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_hresult = v
        elif key == 24:
            v = buf[pos]
            pos += 1
            if v >= 128:
                x = buf[pos]
                v = (v & 127) | (x & 127) << 7
                if x < 128:
                    pos += 1
                else:
                    v, pos = _rv(buf, pos - 1)
                    v = _s32(v)
            f_status = v
        elif key == 34:
            n = buf[pos]
            pos += 1
            if n >= 128:
                n, pos = _rv(buf, pos - 1)
            e = pos + n
            if e > end:
                raise _trunc()
            f_diagnostic_message = buf[pos:e].decode()
            pos = e
        else:
            pos = _skip(buf, s, pos, end, key, depth, (1, 2, 3, 4, ))
            if unk is None:
                unk = bytearray()
            unk += buf[s:pos]
    if pos != end:
        raise _trunc()
    d = {"protocol_status": f_protocol_status, "hresult": f_hresult, "status": f_status, "diagnostic_message": f_diagnostic_message, "_unknown_fields": b"" if unk is None else bytes(unk)}
    if mk is not None:
        f = mk.get(_C_mxaccess_gateway_v1_AcknowledgeAlarmReply)
        if f is not None:
            return f(d, buf, start, end)
    o = _new(_C_mxaccess_gateway_v1_AcknowledgeAlarmReply)
    o.__dict__ = d
    return o


def _e_mxaccess_gateway_v1_AcknowledgeAlarmReply(m):
    out = bytearray()
    v = m.protocol_status
    if v is not None:
        b = _e_mxaccess_gateway_v1_ProtocolStatus(v)
        out += b'\n'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    v = m.hresult
    if v:
        out += b'\x10'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.status
    if v:
        out += b'\x18'
        if 0 <= v < 128:
            out.append(v)
        else:
            out += _ev(v)
    v = m.diagnostic_message
    if v:
        b = v.encode()
        out += b'"'
        n = len(b)
        if n < 128:
            out.append(n)
        else:
            out += _ev(n)
        out += b
    u = m._unknown_fields
    if u:
        out += u
    return out


#: Decoder per message class: (data, start, end, depth, into, factories) -> message.
DECODERS = {
    _C_galaxy_repository_v1_TestConnectionRequest: _d_galaxy_repository_v1_TestConnectionRequest,
    _C_galaxy_repository_v1_TestConnectionReply: _d_galaxy_repository_v1_TestConnectionReply,
    _C_galaxy_repository_v1_GetLastDeployTimeRequest: _d_galaxy_repository_v1_GetLastDeployTimeRequest,
    _C_galaxy_repository_v1_GetLastDeployTimeReply: _d_galaxy_repository_v1_GetLastDeployTimeReply,
    _C_galaxy_repository_v1_DiscoverHierarchyRequest: _d_galaxy_repository_v1_DiscoverHierarchyRequest,
    _C_galaxy_repository_v1_DiscoverHierarchyReply: _d_galaxy_repository_v1_DiscoverHierarchyReply,
    _C_galaxy_repository_v1_GalaxyObject: _d_galaxy_repository_v1_GalaxyObject,
    _C_galaxy_repository_v1_GalaxyAttribute: _d_galaxy_repository_v1_GalaxyAttribute,
    _C_galaxy_repository_v1_WatchDeployEventsRequest: _d_galaxy_repository_v1_WatchDeployEventsRequest,
    _C_galaxy_repository_v1_DeployEvent: _d_galaxy_repository_v1_DeployEvent,
    _C_galaxy_repository_v1_BrowseChildrenRequest: _d_galaxy_repository_v1_BrowseChildrenRequest,
    _C_galaxy_repository_v1_BrowseChildrenReply: _d_galaxy_repository_v1_BrowseChildrenReply,
    _C_google_protobuf_Duration: _d_google_protobuf_Duration,
    _C_google_protobuf_Timestamp: _d_google_protobuf_Timestamp,
    _C_mxaccess_gateway_v1_ProtocolStatus: _d_mxaccess_gateway_v1_ProtocolStatus,
    _C_mxaccess_gateway_v1_MxStatusProxy: _d_mxaccess_gateway_v1_MxStatusProxy,
    _C_mxaccess_gateway_v1_MxValue: _d_mxaccess_gateway_v1_MxValue,
    _C_mxaccess_gateway_v1_MxArray: _d_mxaccess_gateway_v1_MxArray,
    _C_mxaccess_gateway_v1_MxSparseArray: _d_mxaccess_gateway_v1_MxSparseArray,
    _C_mxaccess_gateway_v1_MxSparseElement: _d_mxaccess_gateway_v1_MxSparseElement,
    _C_mxaccess_gateway_v1_OpenSessionRequest: _d_mxaccess_gateway_v1_OpenSessionRequest,
    _C_mxaccess_gateway_v1_OpenSessionReply: _d_mxaccess_gateway_v1_OpenSessionReply,
    _C_mxaccess_gateway_v1_CloseSessionRequest: _d_mxaccess_gateway_v1_CloseSessionRequest,
    _C_mxaccess_gateway_v1_CloseSessionReply: _d_mxaccess_gateway_v1_CloseSessionReply,
    _C_mxaccess_gateway_v1_StreamEventsRequest: _d_mxaccess_gateway_v1_StreamEventsRequest,
    _C_mxaccess_gateway_v1_MxCommand: _d_mxaccess_gateway_v1_MxCommand,
    _C_mxaccess_gateway_v1_MxCommandRequest: _d_mxaccess_gateway_v1_MxCommandRequest,
    _C_mxaccess_gateway_v1_MxCommandReply: _d_mxaccess_gateway_v1_MxCommandReply,
    _C_mxaccess_gateway_v1_RegisterCommand: _d_mxaccess_gateway_v1_RegisterCommand,
    _C_mxaccess_gateway_v1_RegisterReply: _d_mxaccess_gateway_v1_RegisterReply,
    _C_mxaccess_gateway_v1_UnregisterCommand: _d_mxaccess_gateway_v1_UnregisterCommand,
    _C_mxaccess_gateway_v1_AddItemCommand: _d_mxaccess_gateway_v1_AddItemCommand,
    _C_mxaccess_gateway_v1_AddItem2Command: _d_mxaccess_gateway_v1_AddItem2Command,
    _C_mxaccess_gateway_v1_AddItemReply: _d_mxaccess_gateway_v1_AddItemReply,
    _C_mxaccess_gateway_v1_RemoveItemCommand: _d_mxaccess_gateway_v1_RemoveItemCommand,
    _C_mxaccess_gateway_v1_AdviseCommand: _d_mxaccess_gateway_v1_AdviseCommand,
    _C_mxaccess_gateway_v1_AdviseSupervisoryCommand: _d_mxaccess_gateway_v1_AdviseSupervisoryCommand,
    _C_mxaccess_gateway_v1_UnAdviseCommand: _d_mxaccess_gateway_v1_UnAdviseCommand,
    _C_mxaccess_gateway_v1_WriteCommand: _d_mxaccess_gateway_v1_WriteCommand,
    _C_mxaccess_gateway_v1_Write2Command: _d_mxaccess_gateway_v1_Write2Command,
    _C_mxaccess_gateway_v1_WriteSecuredCommand: _d_mxaccess_gateway_v1_WriteSecuredCommand,
    _C_mxaccess_gateway_v1_WriteSecured2Command: _d_mxaccess_gateway_v1_WriteSecured2Command,
    _C_mxaccess_gateway_v1_AuthenticateUserCommand: _d_mxaccess_gateway_v1_AuthenticateUserCommand,
    _C_mxaccess_gateway_v1_AuthenticateUserReply: _d_mxaccess_gateway_v1_AuthenticateUserReply,
    _C_mxaccess_gateway_v1_SuspendCommand: _d_mxaccess_gateway_v1_SuspendCommand,
    _C_mxaccess_gateway_v1_SuspendReply: _d_mxaccess_gateway_v1_SuspendReply,
    _C_mxaccess_gateway_v1_ActivateCommand: _d_mxaccess_gateway_v1_ActivateCommand,
    _C_mxaccess_gateway_v1_ActivateReply: _d_mxaccess_gateway_v1_ActivateReply,
    _C_mxaccess_gateway_v1_AddBufferedItemCommand: _d_mxaccess_gateway_v1_AddBufferedItemCommand,
    _C_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand: _d_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand,
    _C_mxaccess_gateway_v1_PingCommand: _d_mxaccess_gateway_v1_PingCommand,
    _C_mxaccess_gateway_v1_GetSessionStateCommand: _d_mxaccess_gateway_v1_GetSessionStateCommand,
    _C_mxaccess_gateway_v1_GetSessionStateReply: _d_mxaccess_gateway_v1_GetSessionStateReply,
    _C_mxaccess_gateway_v1_GetWorkerInfoCommand: _d_mxaccess_gateway_v1_GetWorkerInfoCommand,
    _C_mxaccess_gateway_v1_GetWorkerInfoReply: _d_mxaccess_gateway_v1_GetWorkerInfoReply,
    _C_mxaccess_gateway_v1_DrainEventsCommand: _d_mxaccess_gateway_v1_DrainEventsCommand,
    _C_mxaccess_gateway_v1_DrainEventsReply: _d_mxaccess_gateway_v1_DrainEventsReply,
    _C_mxaccess_gateway_v1_ShutdownWorkerCommand: _d_mxaccess_gateway_v1_ShutdownWorkerCommand,
    _C_mxaccess_gateway_v1_AddItemBulkCommand: _d_mxaccess_gateway_v1_AddItemBulkCommand,
    _C_mxaccess_gateway_v1_AdviseItemBulkCommand: _d_mxaccess_gateway_v1_AdviseItemBulkCommand,
    _C_mxaccess_gateway_v1_RemoveItemBulkCommand: _d_mxaccess_gateway_v1_RemoveItemBulkCommand,
    _C_mxaccess_gateway_v1_UnAdviseItemBulkCommand: _d_mxaccess_gateway_v1_UnAdviseItemBulkCommand,
    _C_mxaccess_gateway_v1_SubscribeBulkCommand: _d_mxaccess_gateway_v1_SubscribeBulkCommand,
    _C_mxaccess_gateway_v1_UnsubscribeBulkCommand: _d_mxaccess_gateway_v1_UnsubscribeBulkCommand,
    _C_mxaccess_gateway_v1_BulkSubscribeReply: _d_mxaccess_gateway_v1_BulkSubscribeReply,
    _C_mxaccess_gateway_v1_SubscribeResult: _d_mxaccess_gateway_v1_SubscribeResult,
    _C_mxaccess_gateway_v1_WriteBulkCommand: _d_mxaccess_gateway_v1_WriteBulkCommand,
    _C_mxaccess_gateway_v1_WriteBulkEntry: _d_mxaccess_gateway_v1_WriteBulkEntry,
    _C_mxaccess_gateway_v1_Write2BulkCommand: _d_mxaccess_gateway_v1_Write2BulkCommand,
    _C_mxaccess_gateway_v1_Write2BulkEntry: _d_mxaccess_gateway_v1_Write2BulkEntry,
    _C_mxaccess_gateway_v1_WriteSecuredBulkCommand: _d_mxaccess_gateway_v1_WriteSecuredBulkCommand,
    _C_mxaccess_gateway_v1_WriteSecuredBulkEntry: _d_mxaccess_gateway_v1_WriteSecuredBulkEntry,
    _C_mxaccess_gateway_v1_WriteSecured2BulkCommand: _d_mxaccess_gateway_v1_WriteSecured2BulkCommand,
    _C_mxaccess_gateway_v1_WriteSecured2BulkEntry: _d_mxaccess_gateway_v1_WriteSecured2BulkEntry,
    _C_mxaccess_gateway_v1_BulkWriteReply: _d_mxaccess_gateway_v1_BulkWriteReply,
    _C_mxaccess_gateway_v1_BulkWriteResult: _d_mxaccess_gateway_v1_BulkWriteResult,
    _C_mxaccess_gateway_v1_ReadBulkCommand: _d_mxaccess_gateway_v1_ReadBulkCommand,
    _C_mxaccess_gateway_v1_BulkReadReply: _d_mxaccess_gateway_v1_BulkReadReply,
    _C_mxaccess_gateway_v1_BulkReadResult: _d_mxaccess_gateway_v1_BulkReadResult,
    _C_mxaccess_gateway_v1_SubscribeAlarmsCommand: _d_mxaccess_gateway_v1_SubscribeAlarmsCommand,
    _C_mxaccess_gateway_v1_UnsubscribeAlarmsCommand: _d_mxaccess_gateway_v1_UnsubscribeAlarmsCommand,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmCommand: _d_mxaccess_gateway_v1_AcknowledgeAlarmCommand,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand: _d_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand,
    _C_mxaccess_gateway_v1_QueryActiveAlarmsCommand: _d_mxaccess_gateway_v1_QueryActiveAlarmsCommand,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload: _d_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload,
    _C_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload: _d_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload,
    _C_mxaccess_gateway_v1_MxEvent: _d_mxaccess_gateway_v1_MxEvent,
    _C_mxaccess_gateway_v1_ReplayGap: _d_mxaccess_gateway_v1_ReplayGap,
    _C_mxaccess_gateway_v1_OnDataChangeEvent: _d_mxaccess_gateway_v1_OnDataChangeEvent,
    _C_mxaccess_gateway_v1_OnWriteCompleteEvent: _d_mxaccess_gateway_v1_OnWriteCompleteEvent,
    _C_mxaccess_gateway_v1_OperationCompleteEvent: _d_mxaccess_gateway_v1_OperationCompleteEvent,
    _C_mxaccess_gateway_v1_OnBufferedDataChangeEvent: _d_mxaccess_gateway_v1_OnBufferedDataChangeEvent,
    _C_mxaccess_gateway_v1_BufferedSample: _d_mxaccess_gateway_v1_BufferedSample,
    _C_mxaccess_gateway_v1_OnAlarmTransitionEvent: _d_mxaccess_gateway_v1_OnAlarmTransitionEvent,
    _C_mxaccess_gateway_v1_ActiveAlarmSnapshot: _d_mxaccess_gateway_v1_ActiveAlarmSnapshot,
    _C_mxaccess_gateway_v1_QueryActiveAlarmsRequest: _d_mxaccess_gateway_v1_QueryActiveAlarmsRequest,
    _C_mxaccess_gateway_v1_StreamAlarmsRequest: _d_mxaccess_gateway_v1_StreamAlarmsRequest,
    _C_mxaccess_gateway_v1_AlarmFeedMessage: _d_mxaccess_gateway_v1_AlarmFeedMessage,
    _C_mxaccess_gateway_v1_AlarmSnapshotComplete: _d_mxaccess_gateway_v1_AlarmSnapshotComplete,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmRequest: _d_mxaccess_gateway_v1_AcknowledgeAlarmRequest,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmReply: _d_mxaccess_gateway_v1_AcknowledgeAlarmReply,
}

#: Encoder per message class: message -> bytearray.
ENCODERS = {
    _C_galaxy_repository_v1_TestConnectionRequest: _e_galaxy_repository_v1_TestConnectionRequest,
    _C_galaxy_repository_v1_TestConnectionReply: _e_galaxy_repository_v1_TestConnectionReply,
    _C_galaxy_repository_v1_GetLastDeployTimeRequest: _e_galaxy_repository_v1_GetLastDeployTimeRequest,
    _C_galaxy_repository_v1_GetLastDeployTimeReply: _e_galaxy_repository_v1_GetLastDeployTimeReply,
    _C_galaxy_repository_v1_DiscoverHierarchyRequest: _e_galaxy_repository_v1_DiscoverHierarchyRequest,
    _C_galaxy_repository_v1_DiscoverHierarchyReply: _e_galaxy_repository_v1_DiscoverHierarchyReply,
    _C_galaxy_repository_v1_GalaxyObject: _e_galaxy_repository_v1_GalaxyObject,
    _C_galaxy_repository_v1_GalaxyAttribute: _e_galaxy_repository_v1_GalaxyAttribute,
    _C_galaxy_repository_v1_WatchDeployEventsRequest: _e_galaxy_repository_v1_WatchDeployEventsRequest,
    _C_galaxy_repository_v1_DeployEvent: _e_galaxy_repository_v1_DeployEvent,
    _C_galaxy_repository_v1_BrowseChildrenRequest: _e_galaxy_repository_v1_BrowseChildrenRequest,
    _C_galaxy_repository_v1_BrowseChildrenReply: _e_galaxy_repository_v1_BrowseChildrenReply,
    _C_google_protobuf_Duration: _e_google_protobuf_Duration,
    _C_google_protobuf_Timestamp: _e_google_protobuf_Timestamp,
    _C_mxaccess_gateway_v1_ProtocolStatus: _e_mxaccess_gateway_v1_ProtocolStatus,
    _C_mxaccess_gateway_v1_MxStatusProxy: _e_mxaccess_gateway_v1_MxStatusProxy,
    _C_mxaccess_gateway_v1_MxValue: _e_mxaccess_gateway_v1_MxValue,
    _C_mxaccess_gateway_v1_MxArray: _e_mxaccess_gateway_v1_MxArray,
    _C_mxaccess_gateway_v1_MxSparseArray: _e_mxaccess_gateway_v1_MxSparseArray,
    _C_mxaccess_gateway_v1_MxSparseElement: _e_mxaccess_gateway_v1_MxSparseElement,
    _C_mxaccess_gateway_v1_OpenSessionRequest: _e_mxaccess_gateway_v1_OpenSessionRequest,
    _C_mxaccess_gateway_v1_OpenSessionReply: _e_mxaccess_gateway_v1_OpenSessionReply,
    _C_mxaccess_gateway_v1_CloseSessionRequest: _e_mxaccess_gateway_v1_CloseSessionRequest,
    _C_mxaccess_gateway_v1_CloseSessionReply: _e_mxaccess_gateway_v1_CloseSessionReply,
    _C_mxaccess_gateway_v1_StreamEventsRequest: _e_mxaccess_gateway_v1_StreamEventsRequest,
    _C_mxaccess_gateway_v1_MxCommand: _e_mxaccess_gateway_v1_MxCommand,
    _C_mxaccess_gateway_v1_MxCommandRequest: _e_mxaccess_gateway_v1_MxCommandRequest,
    _C_mxaccess_gateway_v1_MxCommandReply: _e_mxaccess_gateway_v1_MxCommandReply,
    _C_mxaccess_gateway_v1_RegisterCommand: _e_mxaccess_gateway_v1_RegisterCommand,
    _C_mxaccess_gateway_v1_RegisterReply: _e_mxaccess_gateway_v1_RegisterReply,
    _C_mxaccess_gateway_v1_UnregisterCommand: _e_mxaccess_gateway_v1_UnregisterCommand,
    _C_mxaccess_gateway_v1_AddItemCommand: _e_mxaccess_gateway_v1_AddItemCommand,
    _C_mxaccess_gateway_v1_AddItem2Command: _e_mxaccess_gateway_v1_AddItem2Command,
    _C_mxaccess_gateway_v1_AddItemReply: _e_mxaccess_gateway_v1_AddItemReply,
    _C_mxaccess_gateway_v1_RemoveItemCommand: _e_mxaccess_gateway_v1_RemoveItemCommand,
    _C_mxaccess_gateway_v1_AdviseCommand: _e_mxaccess_gateway_v1_AdviseCommand,
    _C_mxaccess_gateway_v1_AdviseSupervisoryCommand: _e_mxaccess_gateway_v1_AdviseSupervisoryCommand,
    _C_mxaccess_gateway_v1_UnAdviseCommand: _e_mxaccess_gateway_v1_UnAdviseCommand,
    _C_mxaccess_gateway_v1_WriteCommand: _e_mxaccess_gateway_v1_WriteCommand,
    _C_mxaccess_gateway_v1_Write2Command: _e_mxaccess_gateway_v1_Write2Command,
    _C_mxaccess_gateway_v1_WriteSecuredCommand: _e_mxaccess_gateway_v1_WriteSecuredCommand,
    _C_mxaccess_gateway_v1_WriteSecured2Command: _e_mxaccess_gateway_v1_WriteSecured2Command,
    _C_mxaccess_gateway_v1_AuthenticateUserCommand: _e_mxaccess_gateway_v1_AuthenticateUserCommand,
    _C_mxaccess_gateway_v1_AuthenticateUserReply: _e_mxaccess_gateway_v1_AuthenticateUserReply,
    _C_mxaccess_gateway_v1_SuspendCommand: _e_mxaccess_gateway_v1_SuspendCommand,
    _C_mxaccess_gateway_v1_SuspendReply: _e_mxaccess_gateway_v1_SuspendReply,
    _C_mxaccess_gateway_v1_ActivateCommand: _e_mxaccess_gateway_v1_ActivateCommand,
    _C_mxaccess_gateway_v1_ActivateReply: _e_mxaccess_gateway_v1_ActivateReply,
    _C_mxaccess_gateway_v1_AddBufferedItemCommand: _e_mxaccess_gateway_v1_AddBufferedItemCommand,
    _C_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand: _e_mxaccess_gateway_v1_SetBufferedUpdateIntervalCommand,
    _C_mxaccess_gateway_v1_PingCommand: _e_mxaccess_gateway_v1_PingCommand,
    _C_mxaccess_gateway_v1_GetSessionStateCommand: _e_mxaccess_gateway_v1_GetSessionStateCommand,
    _C_mxaccess_gateway_v1_GetSessionStateReply: _e_mxaccess_gateway_v1_GetSessionStateReply,
    _C_mxaccess_gateway_v1_GetWorkerInfoCommand: _e_mxaccess_gateway_v1_GetWorkerInfoCommand,
    _C_mxaccess_gateway_v1_GetWorkerInfoReply: _e_mxaccess_gateway_v1_GetWorkerInfoReply,
    _C_mxaccess_gateway_v1_DrainEventsCommand: _e_mxaccess_gateway_v1_DrainEventsCommand,
    _C_mxaccess_gateway_v1_DrainEventsReply: _e_mxaccess_gateway_v1_DrainEventsReply,
    _C_mxaccess_gateway_v1_ShutdownWorkerCommand: _e_mxaccess_gateway_v1_ShutdownWorkerCommand,
    _C_mxaccess_gateway_v1_AddItemBulkCommand: _e_mxaccess_gateway_v1_AddItemBulkCommand,
    _C_mxaccess_gateway_v1_AdviseItemBulkCommand: _e_mxaccess_gateway_v1_AdviseItemBulkCommand,
    _C_mxaccess_gateway_v1_RemoveItemBulkCommand: _e_mxaccess_gateway_v1_RemoveItemBulkCommand,
    _C_mxaccess_gateway_v1_UnAdviseItemBulkCommand: _e_mxaccess_gateway_v1_UnAdviseItemBulkCommand,
    _C_mxaccess_gateway_v1_SubscribeBulkCommand: _e_mxaccess_gateway_v1_SubscribeBulkCommand,
    _C_mxaccess_gateway_v1_UnsubscribeBulkCommand: _e_mxaccess_gateway_v1_UnsubscribeBulkCommand,
    _C_mxaccess_gateway_v1_BulkSubscribeReply: _e_mxaccess_gateway_v1_BulkSubscribeReply,
    _C_mxaccess_gateway_v1_SubscribeResult: _e_mxaccess_gateway_v1_SubscribeResult,
    _C_mxaccess_gateway_v1_WriteBulkCommand: _e_mxaccess_gateway_v1_WriteBulkCommand,
    _C_mxaccess_gateway_v1_WriteBulkEntry: _e_mxaccess_gateway_v1_WriteBulkEntry,
    _C_mxaccess_gateway_v1_Write2BulkCommand: _e_mxaccess_gateway_v1_Write2BulkCommand,
    _C_mxaccess_gateway_v1_Write2BulkEntry: _e_mxaccess_gateway_v1_Write2BulkEntry,
    _C_mxaccess_gateway_v1_WriteSecuredBulkCommand: _e_mxaccess_gateway_v1_WriteSecuredBulkCommand,
    _C_mxaccess_gateway_v1_WriteSecuredBulkEntry: _e_mxaccess_gateway_v1_WriteSecuredBulkEntry,
    _C_mxaccess_gateway_v1_WriteSecured2BulkCommand: _e_mxaccess_gateway_v1_WriteSecured2BulkCommand,
    _C_mxaccess_gateway_v1_WriteSecured2BulkEntry: _e_mxaccess_gateway_v1_WriteSecured2BulkEntry,
    _C_mxaccess_gateway_v1_BulkWriteReply: _e_mxaccess_gateway_v1_BulkWriteReply,
    _C_mxaccess_gateway_v1_BulkWriteResult: _e_mxaccess_gateway_v1_BulkWriteResult,
    _C_mxaccess_gateway_v1_ReadBulkCommand: _e_mxaccess_gateway_v1_ReadBulkCommand,
    _C_mxaccess_gateway_v1_BulkReadReply: _e_mxaccess_gateway_v1_BulkReadReply,
    _C_mxaccess_gateway_v1_BulkReadResult: _e_mxaccess_gateway_v1_BulkReadResult,
    _C_mxaccess_gateway_v1_SubscribeAlarmsCommand: _e_mxaccess_gateway_v1_SubscribeAlarmsCommand,
    _C_mxaccess_gateway_v1_UnsubscribeAlarmsCommand: _e_mxaccess_gateway_v1_UnsubscribeAlarmsCommand,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmCommand: _e_mxaccess_gateway_v1_AcknowledgeAlarmCommand,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand: _e_mxaccess_gateway_v1_AcknowledgeAlarmByNameCommand,
    _C_mxaccess_gateway_v1_QueryActiveAlarmsCommand: _e_mxaccess_gateway_v1_QueryActiveAlarmsCommand,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload: _e_mxaccess_gateway_v1_AcknowledgeAlarmReplyPayload,
    _C_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload: _e_mxaccess_gateway_v1_QueryActiveAlarmsReplyPayload,
    _C_mxaccess_gateway_v1_MxEvent: _e_mxaccess_gateway_v1_MxEvent,
    _C_mxaccess_gateway_v1_ReplayGap: _e_mxaccess_gateway_v1_ReplayGap,
    _C_mxaccess_gateway_v1_OnDataChangeEvent: _e_mxaccess_gateway_v1_OnDataChangeEvent,
    _C_mxaccess_gateway_v1_OnWriteCompleteEvent: _e_mxaccess_gateway_v1_OnWriteCompleteEvent,
    _C_mxaccess_gateway_v1_OperationCompleteEvent: _e_mxaccess_gateway_v1_OperationCompleteEvent,
    _C_mxaccess_gateway_v1_OnBufferedDataChangeEvent: _e_mxaccess_gateway_v1_OnBufferedDataChangeEvent,
    _C_mxaccess_gateway_v1_BufferedSample: _e_mxaccess_gateway_v1_BufferedSample,
    _C_mxaccess_gateway_v1_OnAlarmTransitionEvent: _e_mxaccess_gateway_v1_OnAlarmTransitionEvent,
    _C_mxaccess_gateway_v1_ActiveAlarmSnapshot: _e_mxaccess_gateway_v1_ActiveAlarmSnapshot,
    _C_mxaccess_gateway_v1_QueryActiveAlarmsRequest: _e_mxaccess_gateway_v1_QueryActiveAlarmsRequest,
    _C_mxaccess_gateway_v1_StreamAlarmsRequest: _e_mxaccess_gateway_v1_StreamAlarmsRequest,
    _C_mxaccess_gateway_v1_AlarmFeedMessage: _e_mxaccess_gateway_v1_AlarmFeedMessage,
    _C_mxaccess_gateway_v1_AlarmSnapshotComplete: _e_mxaccess_gateway_v1_AlarmSnapshotComplete,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmRequest: _e_mxaccess_gateway_v1_AcknowledgeAlarmRequest,
    _C_mxaccess_gateway_v1_AcknowledgeAlarmReply: _e_mxaccess_gateway_v1_AcknowledgeAlarmReply,
}
