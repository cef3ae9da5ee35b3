"""A write the gateway accepted whose outcome this command could not learn.

Kept apart from ``write_cmds`` so that exit-code mapping and ``write --help`` do not
import the client: only a command that already ran imports this module.
"""

from mxgateway.errors import MxGatewayError

__all__ = ["WriteOutcomeUnknownError"]


class WriteOutcomeUnknownError(MxGatewayError):
    """``write --wait``: the write was sent and accepted, then waiting for its OnWriteComplete
    failed (the event stream was refused or lost, or the wait timed out).

    The write may well have been applied, so a script must not treat this as "not written"
    and retry blindly: it gets its own exit code.
    """
