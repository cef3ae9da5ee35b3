"""Which scope each Invoke command kind needs (BEHAVIOR.md's scope table)."""

from __future__ import annotations

from mxgateway.wire.contract import mx

__all__ = ["command_scope"]

_K = mx.MxCommandKind

_SCOPES: dict[mx.MxCommandKind, str] = {
    _K.DRAIN_EVENTS: "events:read",
    **{
        kind: "invoke:read"
        for kind in (
            _K.REGISTER,
            _K.UNREGISTER,
            _K.ADD_ITEM,
            _K.ADD_ITEM2,
            _K.ADD_ITEM_BULK,
            _K.REMOVE_ITEM,
            _K.REMOVE_ITEM_BULK,
            _K.ADVISE,
            _K.ADVISE_SUPERVISORY,
            _K.ADVISE_ITEM_BULK,
            _K.UN_ADVISE,
            _K.UN_ADVISE_ITEM_BULK,
            _K.SUBSCRIBE_BULK,
            _K.UNSUBSCRIBE_BULK,
            _K.READ_BULK,
            _K.PING,
            _K.SUSPEND,
            _K.ACTIVATE,
            _K.ADD_BUFFERED_ITEM,
            _K.SET_BUFFERED_UPDATE_INTERVAL,
        )
    },
    **{kind: "invoke:write" for kind in (_K.WRITE, _K.WRITE2, _K.WRITE_BULK, _K.WRITE2_BULK)},
    **{
        kind: "invoke:secure"
        for kind in (
            _K.WRITE_SECURED,
            _K.WRITE_SECURED2,
            _K.WRITE_SECURED_BULK,
            _K.WRITE_SECURED2_BULK,
            _K.AUTHENTICATE_USER,
        )
    },
    _K.GET_SESSION_STATE: "metadata:read",
    _K.GET_WORKER_INFO: "metadata:read",
}


def command_scope(kind: mx.MxCommandKind) -> str:
    """The scope an Invoke of ``kind`` needs; ``admin`` for anything unmapped."""
    return _SCOPES.get(kind, "admin")
