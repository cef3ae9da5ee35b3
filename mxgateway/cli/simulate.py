"""``mxgw-py simulate``: serve the built-in gateway simulator until Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
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
) -> int:
    """Run a simulated MXAccess Gateway (both services) until Ctrl-C (or SIGTERM).

    Exits 2 when an option is invalid or --port is already in use.

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
    from mxgateway.cli.exit_codes import OK, USAGE
    from mxgateway.cli.runner import report
    from mxgateway.cli.startup import resume_collector
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
        report(rename_options(str(exc)), type(exc).__name__, json=False, secrets=api_key or ())
        return USAGE
    resume_collector()
    try:
        return asyncio.run(_serve(simulator, generated_key=keys is None))
    except KeyboardInterrupt:
        return OK


#: SimulatorConfig argument names and the options that set them.
_OPTIONS = {
    "tls_cert": "--tls-cert",
    "tls_key": "--tls-key",
    "api_keys": "--api-key",
    "api_key": "--api-key",
    "require_auth": "--no-auth",
    "host": "--host",
    "port": "--port",
    "objects": "--objects",
    "seed": "--seed",
}


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


def _banner(simulator: object, *, generated_key: bool) -> list[str]:
    """What the simulator prints when it listens: where, what, and one line of environment
    variables to paste into another shell (then every command needs only --api-key-env)."""
    from mxgateway.cli.common import DEFAULT_API_KEY_ENV, PLAINTEXT_ENV
    from mxgateway.simulator import Simulator

    assert isinstance(simulator, Simulator)
    config = simulator.config
    tls = config.tls_cert is not None
    lines = [
        f"Simulated MXAccess Gateway listening on {simulator.endpoint} "
        f"({'TLS' if tls else 'plaintext'})",
        f"Galaxy: {config.objects} TestMachine objects, seed {config.seed}",
    ]
    exports = [f"MXGATEWAY_ENDPOINT={simulator.endpoint}"]
    if not tls:
        exports.append(f"{PLAINTEXT_ENV}=1")
    use = "mxgw-py open-session"
    if not config.require_auth:
        lines.append("Authentication: off (no API key needed)")
    elif generated_key:
        lines.append(f"API key: {simulator.api_key}")
        exports.append(f"{DEFAULT_API_KEY_ENV}={simulator.api_key}")
        use += f" --api-key-env {DEFAULT_API_KEY_ENV}"
    else:
        ids = ", ".join(key.key_id for key in simulator.api_keys)
        lines.append(f"Accepting the API keys given on the command line (key ids: {ids})")
        use += f" --api-key-env {DEFAULT_API_KEY_ENV}  (with one of those keys in it)"
    if tls:
        use += " --ca-file CA.pem  (the CA of --tls-cert)"
    lines += [
        "In another shell:",
        f"  export {' '.join(exports)}",
        f"  {use}",
        "Press Ctrl-C to stop.",
    ]
    return lines


async def _serve(simulator: object, *, generated_key: bool) -> int:
    """Serve until SIGINT/SIGTERM; the exit code (2 when it cannot listen)."""
    from mxgateway.cli.exit_codes import OK, USAGE
    from mxgateway.cli.runner import report
    from mxgateway.simulator import Simulator

    assert isinstance(simulator, Simulator)
    try:
        await simulator.start()
    except OSError as exc:
        where = f"{simulator.config.host}:{simulator.config.port}"
        reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
        report(
            f"cannot listen on {where}: {reason} (choose another --port, or --port 0 for a "
            "free one)",
            type(exc).__name__,
            json=False,
        )
        return USAGE
    except ValueError as exc:
        report(rename_options(str(exc)), type(exc).__name__, json=False)
        return USAGE
    stop = asyncio.Event()
    handled = _stop_on_signals(stop)
    try:
        print("\n".join(_banner(simulator, generated_key=generated_key)), flush=True)
        await stop.wait()
    finally:
        for signum in handled:
            asyncio.get_running_loop().remove_signal_handler(signum)
        await simulator.stop()
    print("Simulator stopped.", flush=True)
    return OK


def rename_options(text: str) -> str:
    """``text`` with SimulatorConfig argument names replaced by the simulate options."""
    from mxgateway.cli.hints import rename

    return rename(text, _OPTIONS)
