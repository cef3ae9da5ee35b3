"""The Galaxy Repository client: deployed objects, their attributes and deploy events."""

from mxgateway.galaxy.client import GalaxyRepositoryClient, HierarchyPage

__all__ = ["GalaxyRepositoryClient", "HierarchyPage"]
