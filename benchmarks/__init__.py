"""Benchmarks: mxgateway (typed and raw) against a grpcio + protobuf reference client.

Run ``python -m benchmarks --help`` (or ``nox -s bench``); ``benchmarks/README.md``
explains the setup and how to read the table. grpcio and protobuf come from the
``bench`` extra and are imported only here, never from ``mxgateway``.
"""
