"""Progress of long work on stderr, only when stderr is a terminal (scripts see nothing)."""

import sys
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """A status line on stderr, rewritten in place; silent unless stderr is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._enabled = self._stream.isatty()
        self._width = 0

    def update(self, text: str) -> None:
        """Show ``text`` as the current status."""
        if self._enabled:
            padding = " " * max(0, self._width - len(text))
            self._stream.write(f"\r{text}{padding}")
            self._stream.flush()
            self._width = len(text)

    def done(self, text: str = "") -> None:
        """Finish the status line (with a last ``text``, if given)."""
        if self._enabled and (self._width or text):
            if text:
                self.update(text)
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0
