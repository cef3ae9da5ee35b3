"""Package and contract versions, kept import-free so the CLI starts fast."""

__version__ = "0.1.0"

#: Gateway protocol version this client speaks (OpenSessionReply.gateway_protocol_version).
GATEWAY_PROTOCOL_VERSION = 3

#: Worker protocol version this client understands.
WORKER_PROTOCOL_VERSION = 1

#: Protobuf packages of the contract the bindings were generated from.
CONTRACT_PACKAGES = ("mxaccess_gateway.v1", "galaxy_repository.v1")
