"""``mxgw-py simulate``: serve the built-in gateway simulator until Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from pathlib import Path  # noqa: TC003 (cyclopts converts arguments by annotation)
from typing import Annotated

from cyclopts import Parameter

__all__ = ["simulate"]


def simulate(
    *,
    host: str = "127.0.0.1",
    port: int = 5000,
    api_key: Annotated[
        list[str] | None, Parameter(show_default=False, negative_iterable="")
    ] = None,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
    objects: int = 20,
    seed: int = 0,
    no_auth: Annotated[bool, Parameter(negative="")] = False,
) -> None:
    """Run a simulated MXAccess Gateway (both services) until Ctrl-C (or SIGTERM).

    Parameters
    ----------
    host
        Address to bind; the loopback default keeps the simulator private to this machine.
    port
        Port to listen on (0 picks a free one).
    api_key
        Accept this API key (mxgw_KEYID_SECRET, full scope); repeat for several.
        Without it a key is generated and printed.
    tls_cert
        PEM certificate to serve TLS with (needs --tls-key).
    tls_key
        PEM private key of --tls-cert.
    objects
        Number of TestMachine_NNN objects in the synthetic galaxy.
    seed
        Seed of every random choice (the galaxy and its values are deterministic per seed).
    no_auth
        Accept calls without an API key (local development only).
    """
    from mxgateway.simulator import ApiKeySpec, Simulator, SimulatorConfig

    try:
        keys = [ApiKeySpec.from_token(token) for token in api_key] if api_key else None
        config = SimulatorConfig(
            host=host,
            port=port,
            api_keys=keys,
            require_auth=not no_auth,
            tls_cert=tls_cert,
            tls_key=tls_key,
            objects=objects,
            seed=seed,
        )
        simulator = Simulator(config)
    except ValueError as exc:
        print(f"mxgw-py simulate: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(simulator, generated_key=keys is None))


def _stop_on_signals(stop: asyncio.Event) -> list[signal.Signals]:
    """SIGINT and SIGTERM set ``stop`` (even when started with SIGINT ignored, as a background job).

    Where the loop cannot handle signals (Windows), Ctrl-C still raises KeyboardInterrupt.
    """
    loop = asyncio.get_running_loop()
    handled = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
    return handled


async def _serve(simulator: object, *, generated_key: bool) -> None:
    from mxgateway.simulator import Simulator

    assert isinstance(simulator, Simulator)
    try:
        await simulator.start()
    except (OSError, ValueError) as exc:
        print(f"mxgw-py simulate: cannot start: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    stop = asyncio.Event()
    handled = _stop_on_signals(stop)
    try:
        security = "TLS" if simulator.config.tls_cert else "plaintext"
        print(f"Simulated MXAccess Gateway listening on {simulator.endpoint} ({security})")
        print(
            f"Galaxy: {simulator.config.objects} TestMachine objects, seed {simulator.config.seed}"
        )
        if not simulator.config.require_auth:
            print("Authentication: off (no API key needed)")
        elif generated_key:
            print(f"API key: {simulator.api_key}")
        else:
            ids = ", ".join(key.key_id for key in simulator.api_keys)
            print(f"Accepting the API keys given on the command line (key ids: {ids})")
        print("Press Ctrl-C to stop.", flush=True)
        await stop.wait()
    finally:
        for signum in handled:
            asyncio.get_running_loop().remove_signal_handler(signum)
        await simulator.stop()
    print("Simulator stopped.", flush=True)
