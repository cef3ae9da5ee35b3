"""A loopback TCP relay in front of a gateway whose connections can be cut or black-holed.

Fault injection for tests and measurements: put the relay between a client and the
simulator, then break the network the way plants see it break.
"""

from __future__ import annotations

import asyncio

__all__ = ["Relay"]


class Relay:
    """A loopback TCP relay in front of a gateway whose connections can be cut or black-holed.

    ``cut()`` drops every connection at once, as a crashed gateway or a broken network
    would; new connections are relayed again unless ``stop_listening()`` was called
    (``listen()`` again on the same port undoes that). ``blackhole()`` silently stops
    forwarding on every open connection and on new ones while keeping TCP open, as a
    dead route or a frozen peer would; ``restore()`` relays new connections again (the
    black-holed ones stay dead).
    """

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self._target_host = target_host
        self._target_port = target_port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._dead: set[asyncio.StreamWriter] = set()
        self._blackholed = False
        self.port = 0

    @property
    def endpoint(self) -> str:
        """``host:port`` a client connects to."""
        return f"127.0.0.1:{self.port}"

    async def start(self) -> None:
        """Start listening on an ephemeral loopback port."""
        await self.listen()

    async def listen(self) -> None:
        """Listen (again, on the same port once one was chosen)."""
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(
                self._target_host, self._target_port
            )
        except OSError:
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        if self._blackholed:
            self._dead |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    if dst in self._dead:
                        continue  # swallowed: the peer never hears of it
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def cut(self) -> None:
        """Drop every connection at once (RST), as a crashed peer or a broken network."""
        for writer in self._writers:
            writer.transport.abort()
        self._writers.clear()
        self._dead.clear()

    def blackhole(self) -> None:
        """Swallow everything on open and new connections, keeping TCP up."""
        self._blackholed = True
        self._dead |= self._writers

    def restore(self) -> None:
        """Relay new connections again (black-holed ones stay dead)."""
        self._blackholed = False

    def stop_listening(self) -> None:
        """Refuse new connections (open ones carry on)."""
        if self._server is not None:
            self._server.close()

    async def close(self) -> None:
        """Stop listening and drop every connection."""
        self.stop_listening()
        self.cut()
