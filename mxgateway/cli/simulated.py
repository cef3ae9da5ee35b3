"""Where ``--simulate`` commands connect: an in-process simulator, or the given gateway."""

import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from mxgateway.cli.common import Common

if TYPE_CHECKING:
    from mxgateway.options import ClientOptions

__all__ = ["gateway_options"]


@contextlib.asynccontextmanager
async def gateway_options(
    common: Common, *, simulate: bool, objects: int = 20, streaming: bool = False
) -> AsyncIterator["ClientOptions"]:
    """Options for the gateway from ``common``, or (``simulate``) for a simulator run here.

    The simulator runs on the real clock with ``objects`` TestMachine objects on an
    ephemeral loopback port, with its own API key, and stops when the block ends. The
    connection options of ``common`` are then ignored except ``--timeout`` (a call limit
    unless ``streaming``, see ``Common.client_options``).
    """
    if not simulate:
        yield common.client_options(streaming=streaming)
        return
    from dataclasses import replace

    from mxgateway.options import ClientOptions
    from mxgateway.simulator import Simulator, SimulatorConfig, SystemClock

    config = SimulatorConfig(objects=objects, clock=SystemClock())
    async with Simulator(config) as simulator:
        options = ClientOptions(
            endpoint=simulator.endpoint, api_key=simulator.api_key, plaintext=True
        )
        if common.timeout is not None and not streaming:
            options = replace(options, call_timeout=common.timeout)
        yield options
