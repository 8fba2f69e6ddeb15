"""How a drill kills the program: ``main.py`` in a process of its own, stopped at a named fault
point (``JUDGING_FAULT=<point>:<folder>``, judging.faults), then SIGKILL; and what a drill
checks afterwards (SQLite's own integrity check, every table's rows, what lies in a folder)."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HANDSHAKE_SECONDS = 120


def kill_at(
    point: str,
    db: Path | None,
    *argv: str,
    kit: Path | None = None,
    while_paused: Callable[[], None] | None = None,
) -> str:
    """Run ``main.py [--db db | --kit kit] argv`` until it reaches ``point``, then SIGKILL it
    (after ``while_paused``, a look at what it holds then). Returns what it wrote on stderr.
    Fails when it ends before reaching the point."""
    place = ["--kit", str(kit)] if kit is not None else ["--db", str(db)]
    with tempfile.TemporaryDirectory(prefix="drill-") as handshake:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--lang", "en", *place, *argv],
            env={**os.environ, "JUDGING_FAULT": f"{point}:{handshake}"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        paused = Path(handshake, "paused")
        deadline = time.monotonic() + HANDSHAKE_SECONDS
        try:
            while not paused.exists():
                if process.poll() is not None:
                    raise AssertionError(
                        f"ended ({process.returncode}) before {point}: {process.communicate()[1]}"
                    )
                assert time.monotonic() < deadline, f"{point} never reached"
                time.sleep(0.02)
            assert paused.read_text(encoding="utf-8") == f"{process.pid} {point.split('@')[0]}"
            if while_paused is not None:
                while_paused()
            os.kill(process.pid, signal.SIGKILL)
        finally:
            if process.poll() is None:  # a failed drill: never leave it waiting
                process.kill()
            _, err = process.communicate(timeout=HANDSHAKE_SECONDS)
        assert process.returncode == -signal.SIGKILL, err
        return err


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` as SQLite itself gives it (recovering the WAL first), or
    the error that stops it."""
    try:
        with sqlite3.connect(db) as conn:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)


def table_rows(db: Path) -> dict[str, tuple[int, str]]:
    """Every table's row count and a digest of its rows (in rowid order)."""
    with sqlite3.connect(db) as conn:
        names = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found = {}
        for name in names:
            rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            found[name] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return found


def counts(db: Path) -> dict[str, int]:
    return {name: count for name, (count, _) in table_rows(db).items()}


def leftovers(folder: Path) -> list[Path]:
    """Temporary files of the program's writers (``.NAME.xxxx.part``) in ``folder``."""
    return sorted(folder.glob(".*.part"))


def age(path: Path, seconds: float) -> None:
    """Make ``path`` look ``seconds`` old (a leftover from a crash some time ago)."""
    then = time.time() - seconds
    os.utime(path, (then, then))
