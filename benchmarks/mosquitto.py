"""A private mosquitto broker on an ephemeral loopback port, for the bridge tests and benchmark.

``Mosquitto(directory)`` writes a configuration (listener on 127.0.0.1, anonymous,
persistence off unless asked) into ``directory``; ``start``/``stop``/``restart`` keep the
port, and ``pause``/``resume`` freeze the process (SIGSTOP/SIGCONT) like a stalled broker.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from benchmarks.processes import cpu_seconds

__all__ = ["MOSQUITTO", "Mosquitto", "free_port"]

#: The broker binary, or None where it is not installed (Debian puts it in /usr/sbin).
MOSQUITTO = shutil.which("mosquitto") or next(
    (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if os.access(p, os.X_OK)),
    None,
)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Mosquitto:
    """One mosquitto process and its configuration."""

    def __init__(self, directory: Path, *, persistence: bool = False) -> None:
        if MOSQUITTO is None:
            raise RuntimeError("mosquitto is not installed (apt-get install mosquitto)")
        self.port = free_port()
        self.config = directory / "mosquitto.conf"
        lines = [
            f"listener {self.port} 127.0.0.1",
            "allow_anonymous true",
            # As root mosquitto would switch to its own user, which cannot write here.
            f"user {getpass.getuser()}",
            f"persistence {'true' if persistence else 'false'}",
            f"persistence_location {directory}/",
            "max_queued_messages 0",
            "log_dest stderr",
            "log_type error",
        ]
        self.config.write_text("\n".join(lines) + "\n")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> None:
        """Start the broker and wait until it accepts connections."""
        assert MOSQUITTO is not None
        assert self.process is None
        self.process = subprocess.Popen(
            [MOSQUITTO, "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mosquitto exited with {self.process.returncode}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port)):
                return
            time.sleep(0.02)
        raise RuntimeError("mosquitto did not start listening")

    def stop(self) -> None:
        """Stop the broker (it saves its database first when persistence is on)."""
        if self.process is not None:
            self.resume()
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port."""
        self.stop()
        self.start()

    def pause(self) -> None:
        """Freeze the broker: connections stay open, nothing is answered."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let a frozen broker run again."""
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)

    def cpu_seconds(self) -> float:
        """User + system CPU time the broker has used (Linux /proc; 0 elsewhere)."""
        return 0.0 if self.process is None else cpu_seconds(self.process.pid)
