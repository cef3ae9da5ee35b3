"""The cycle collector during a command's start-up: paused, then frozen out of its way.

Start-up (parsing the arguments, importing the client, its contract bindings, grpclib
and the rest) builds tens of thousands of objects that live until the process ends.
Every collection meanwhile traces them again, which cost a short command like
``read-bulk`` about 20 ms. The console script (``main``) pauses the collector while it
starts; the command resumes it the first time it waits for anything (``runner.run``
schedules that) or before it serves (``simulate``), and freezes what start-up built so
later collections skip it. A command that never waits (``version``, ``--help``) ends
with the collector still paused. In-process callers of ``app`` never pause it, so for
them ``resume_collector`` does nothing.
"""

from __future__ import annotations

import gc

__all__ = ["pause_collector", "resume_collector"]

_paused = False


def pause_collector() -> None:
    """Pause the cycle collector for start-up (only the console script, which owns the process)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Freeze what start-up built and turn the collector back on; nothing unless paused."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
