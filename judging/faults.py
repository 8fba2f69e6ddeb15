"""Named fault points for drills (tests only): one mechanism, free when unset.

``JUDGING_FAULT=<point>:<folder>`` makes the process stop the first time it reaches ``point``
(or the N-th time, ``<point>@N:<folder>``): it writes ``paused`` (its process id) in the folder
and waits, at most a minute, for ``resume`` to appear there. A drill kills it meanwhile
(SIGKILL) and checks what a crash at that moment leaves. ``JUDGING_FAULT_PAUSE=<folder>`` is
the older spelling of ``JUDGING_FAULT=commit:<folder>``.

The points (docs/reliability.md, "Drills"):
- ``commit``: a unit of work that writes, just before its commit, its transaction open
  (db.uow; every import and take-in is one such transaction);
- ``migrate``: an upgrade at start-up, every migration run, before its commit (db.migrate);
- ``output``: a file the program writes, its temporary file complete, before it is flushed
  and renamed over the target (judging.textfiles.atomic_output).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

FAULT = "JUDGING_FAULT"
FAULT_PAUSE = "JUDGING_FAULT_PAUSE"
_WAIT_SECONDS = 60

_reached: dict[str, int] = {}


def _wanted() -> tuple[str, int, str] | None:
    """(point, the time it stops at, folder) from the environment, or None."""
    spec = os.environ.get(FAULT)
    if spec:
        name, _, folder = spec.partition(":")
        point, _, nth = name.partition("@")
        return point, int(nth or 1), folder
    pause = os.environ.get(FAULT_PAUSE)
    return ("commit", 1, pause) if pause else None


def reach(point: str) -> None:
    """A fault point: nothing unless a drill asked to stop here (see the module's text)."""
    if FAULT not in os.environ and FAULT_PAUSE not in os.environ:
        return
    wanted = _wanted()
    if wanted is None or wanted[0] != point:
        return
    _reached[point] = _reached.get(point, 0) + 1
    if _reached[point] != wanted[1]:
        return
    folder = Path(wanted[2])
    said = folder / "paused.part"  # written whole, then named: the drill never reads half
    said.write_text(f"{os.getpid()} {point}", encoding="utf-8")
    os.replace(said, folder / "paused")
    deadline = time.monotonic() + _WAIT_SECONDS
    while not (folder / "resume").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
