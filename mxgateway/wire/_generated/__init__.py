"""GENERATED CODE: DO NOT EDIT.

Bindings for the MXAccess Gateway contract, produced by `python gen.py` with
betterproto2-compiler 0.10.1 from galaxy_repository.proto, mxaccess_gateway.proto.
Edit the .proto files and regenerate instead; `python gen.py --check` (run by
the test suite) fails when this package is out of date.
"""
