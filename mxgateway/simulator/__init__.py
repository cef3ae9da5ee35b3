"""A faithful in-process MXAccess Gateway: both gRPC services, MXAccess quirks and test hooks.

Tests and developers run it instead of a plant::

    async with Simulator(objects=5, clock=ManualClock()) as sim:
        ...  # connect a client to sim.endpoint with sim.api_key
"""

from mxgateway.simulator.auth import ALL_SCOPES, ApiKeySpec
from mxgateway.simulator.clock import Clock, ManualClock, SystemClock
from mxgateway.simulator.config import DEFAULT_USERS, SimulatorConfig
from mxgateway.simulator.gateway_service import BACKEND_NAME, CAPABILITIES
from mxgateway.simulator.server import ItemView, Simulator

__all__ = [
    "ALL_SCOPES",
    "BACKEND_NAME",
    "CAPABILITIES",
    "DEFAULT_USERS",
    "ApiKeySpec",
    "Clock",
    "ItemView",
    "ManualClock",
    "Simulator",
    "SimulatorConfig",
    "SystemClock",
]
