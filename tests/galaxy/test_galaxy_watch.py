"""WatchDeployEvents: the bootstrap rule, one event per deploy, and closing the stream."""

from __future__ import annotations

import asyncio
import datetime

import pytest

from mxgateway.errors import InvalidArgumentError
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.galaxy.model import DeployEvent
from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

# A guard against a hung test, never a pause: every awaited event is already due.
GUARD = 5.0


async def _next(watch: object) -> DeployEvent:
    event: DeployEvent = await asyncio.wait_for(anext(watch), GUARD)  # type: ignore[call-overload]
    return event


async def test_bootstrap_then_one_event_per_deploy(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    deployed = await galaxy.get_last_deploy_time()
    async with galaxy.watch_deploy_events() as watch:
        bootstrap = await _next(watch)
        assert bootstrap.time_of_last_deploy == deployed
        assert bootstrap.object_count == sim.config.objects + 4
        assert bootstrap.attribute_count > 0
        await sim.advance(60)
        sim.redeploy()
        await sim.advance(30)
        event = await _next(watch)
        assert event.sequence == bootstrap.sequence + 1
        assert event.missed == 0
        assert event.object_count == bootstrap.object_count + 1
        assert event.time_of_last_deploy is not None
        assert deployed is not None
        assert event.time_of_last_deploy > deployed
        assert event.time_of_last_deploy == await galaxy.get_last_deploy_time()


async def test_bootstrap_is_skipped_when_already_seen(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    deployed = await galaxy.get_last_deploy_time()
    async with galaxy.watch_deploy_events(last_seen_deploy_time=deployed) as watch:
        await sim.advance(0)
        await sim.advance(60)
        sim.redeploy()
        await sim.advance(30)
        event = await _next(watch)
        assert event.time_of_last_deploy != deployed
        assert event.time_of_last_deploy == await galaxy.get_last_deploy_time()


async def test_bootstrap_is_sent_when_last_seen_differs(galaxy: GalaxyRepositoryClient) -> None:
    deployed = await galaxy.get_last_deploy_time()
    assert deployed is not None
    older = deployed - datetime.timedelta(days=1)
    async with galaxy.watch_deploy_events(last_seen_deploy_time=older) as watch:
        assert (await _next(watch)).time_of_last_deploy == deployed


def test_last_seen_must_be_an_aware_datetime(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        galaxy.watch_deploy_events(last_seen_deploy_time=datetime.datetime(2024, 1, 1))
    with pytest.raises(InvalidArgumentError, match="must be a datetime"):
        galaxy.watch_deploy_events(last_seen_deploy_time="2024-01-01")  # type: ignore[arg-type]


async def _until_watchers(sim: Simulator, count: int) -> None:
    """Let the loop run until the simulator sees ``count`` deploy watchers (no clock movement)."""
    for _ in range(100):
        if sim.deploy_watcher_count() == count:
            return
        await sim.settle()
    assert sim.deploy_watcher_count() == count


async def test_aclose_ends_the_call_on_the_gateway(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    watch = galaxy.watch_deploy_events()
    await _next(watch)
    await _until_watchers(sim, 1)
    await watch.aclose()
    await _until_watchers(sim, 0)
    with pytest.raises(StopAsyncIteration):
        await anext(watch)


async def test_leaving_the_block_ends_the_call_on_the_gateway(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    async with galaxy.watch_deploy_events() as watch:
        await _next(watch)
        await _until_watchers(sim, 1)
    await _until_watchers(sim, 0)


async def test_break_ends_the_call_on_the_gateway(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    async for _ in galaxy.watch_deploy_events():
        await _until_watchers(sim, 1)
        break
    await _until_watchers(sim, 0)


async def test_cancelling_the_iterating_task_ends_the_call_on_the_gateway(
    galaxy: GalaxyRepositoryClient, sim: Simulator
) -> None:
    started = asyncio.Event()

    async def consume() -> None:
        async for _ in galaxy.watch_deploy_events():
            started.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(started.wait(), GUARD)
    await _until_watchers(sim, 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await _until_watchers(sim, 0)


async def test_events_the_gateway_dropped_are_counted(clock: ManualClock) -> None:
    config = SimulatorConfig(objects=2, seed=0, clock=clock, deploy_event_buffer=2)
    async with (
        Simulator(config) as sim,
        GalaxyRepositoryClient.connect(
            endpoint=sim.endpoint, api_key=sim.api_key, plaintext=True
        ) as galaxy,
        galaxy.watch_deploy_events() as watch,
    ):
        bootstrap = await _next(watch)
        await _until_watchers(sim, 1)
        for _ in range(4):
            sim.redeploy()
        event = await _next(watch)
        assert event.sequence == bootstrap.sequence + 3
        assert event.missed == 2
        following = await _next(watch)
        assert following.sequence == event.sequence + 1
        assert following.missed == 0
