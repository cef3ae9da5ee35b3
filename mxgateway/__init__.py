"""mxgateway: a pure-Python asyncio client for the MXAccess Gateway.

The gateway puts gRPC in front of AVEVA System Platform's MXAccess toolkit, the
Galaxy Repository and the alarm system. This package is the typed client, the
``mxgw-py`` command line and a built-in gateway simulator.
"""

from mxgateway._version import GATEWAY_PROTOCOL_VERSION, __version__

__all__ = [
    "GATEWAY_PROTOCOL_VERSION",
    "__version__",
]
