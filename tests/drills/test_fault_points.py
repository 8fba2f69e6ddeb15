"""The fault points themselves (judging.faults): silent when unset, stop at the named point
only, at its N-th time when asked, and the older JUDGING_FAULT_PAUSE is the point ``commit``."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from judging import faults


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faults, "_reached", {})
    monkeypatch.delenv(faults.FAULT, raising=False)
    monkeypatch.delenv(faults.FAULT_PAUSE, raising=False)


def handshake(tmp_path: Path) -> Path:
    """A folder where ``resume`` is already there, so that a stop goes straight on."""
    (tmp_path / "resume").touch()
    return tmp_path


def test_unset_nothing_happens(tmp_path: Path) -> None:
    faults.reach("commit")
    assert list(tmp_path.iterdir()) == []


def test_only_the_named_point_stops_and_only_at_its_nth_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = handshake(tmp_path)
    monkeypatch.setenv(faults.FAULT, f"output@2:{folder}")
    faults.reach("commit")
    faults.reach("output")
    assert not (folder / "paused").exists()
    faults.reach("output")
    assert (folder / "paused").read_text(encoding="utf-8") == f"{os.getpid()} output"
    (folder / "paused").unlink()
    faults.reach("output")
    assert not (folder / "paused").exists()


def test_the_older_pause_variable_is_the_commit_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = handshake(tmp_path)
    monkeypatch.setenv(faults.FAULT_PAUSE, str(folder))
    faults.reach("migrate")
    assert not (folder / "paused").exists()
    faults.reach("commit")
    assert (folder / "paused").read_text(encoding="utf-8") == f"{os.getpid()} commit"


def test_a_stop_waits_for_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The point holds until ``resume`` appears (here written by a thread once it sees
    ``paused``), and then goes on."""
    monkeypatch.setenv(faults.FAULT, f"commit:{tmp_path}")
    seen: list[bool] = []

    def drill() -> None:
        while not (tmp_path / "paused").exists():
            time.sleep(0.01)
        seen.append(not (tmp_path / "resume").exists())
        (tmp_path / "resume").touch()

    thread = threading.Thread(target=drill)
    thread.start()
    faults.reach("commit")
    thread.join(timeout=60)
    assert seen == [True] and (tmp_path / "resume").exists()
