"""One gateway session: its commands, bulk commands, event stream and subscriptions.

``Session`` composes the pieces in this package; import it from ``mxgateway``.
"""

from mxgateway.session.session import DEFAULT_WRITE_TIMEOUT, EventStream, Session

__all__ = ["DEFAULT_WRITE_TIMEOUT", "EventStream", "Session"]
