"""Child processes that speak one JSON document per line: servers and client workers."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class ProcessError(RuntimeError):
    """A child process failed, answered with an error, or went silent."""


def child_env() -> dict[str, str]:
    """The environment for children: this interpreter's, with the repository importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def cpu_seconds(pid: int) -> float:
    """User + system CPU time process ``pid`` has used so far (Linux /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class JsonProcess:
    """A ``python -m <module>`` child: JSON lines in on stdin, out on stdout."""

    def __init__(self, module: str, *args: str, timeout: float = 900.0) -> None:
        self.module = module
        self.timeout = timeout
        self._proc = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=child_env(),
        )
        self._buffer = b""
        self._hello: dict[str, Any] | None = None

    @property
    def hello(self) -> dict[str, Any]:
        """The child's first line (it is ready then); read on first use so children start
        concurrently."""
        if self._hello is None:
            self._hello = self.read()
        return self._hello

    def send(self, document: dict[str, Any]) -> None:
        """Write one command line (after the child said it is ready)."""
        assert self._proc.stdin is not None
        _ = self.hello
        self._proc.stdin.write(json.dumps(document).encode() + b"\n")
        self._proc.stdin.flush()

    def read(self) -> dict[str, Any]:
        """The next answer line; raises ``ProcessError`` for an error answer or a timeout."""
        assert self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], self.timeout)
            if not ready:
                raise ProcessError(f"{self.module} gave no answer within {self.timeout} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise ProcessError(f"{self.module} exited with {self._proc.wait()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise ProcessError(f"{self.module}: {answer['error']}")
        return answer

    def cpu_seconds(self) -> float:
        """User + system CPU time the child has used so far (Linux /proc; 0 elsewhere)."""
        return cpu_seconds(self._proc.pid)

    def call(self, document: dict[str, Any]) -> dict[str, Any]:
        """Send a command and return its answer."""
        self.send(document)
        return self.read()

    def close(self) -> None:
        """Close stdin (the child's signal to finish) and wait, killing it if it hangs."""
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    def __enter__(self) -> JsonProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
