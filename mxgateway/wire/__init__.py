"""The wire: generated contract bindings, the gRPC codec and the command envelope.

Nothing outside this package touches field numbers or oneof arm names.
"""
