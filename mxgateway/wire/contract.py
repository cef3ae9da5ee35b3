"""The generated contract bindings under stable names.

Everything else in the package reaches the generated code through this module,
so regenerating the bindings (``python gen.py``) changes one import site at most.
``mx`` is ``mxaccess_gateway.v1`` and ``gr`` is ``galaxy_repository.v1``.
"""

from mxgateway.wire._generated.galaxy_repository import v1 as gr
from mxgateway.wire._generated.mxaccess_gateway import v1 as mx

__all__ = ["gr", "mx"]
