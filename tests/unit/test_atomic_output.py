"""Exports are written whole or not at all: a failure leaves the previous file untouched and
no temporary file behind."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from judging.errors import EnvironmentFault, InputError
from judging.textfiles import atomic_output, write_output


def test_write_output_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "results.csv"
    target.write_bytes(b"old")
    write_output(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["results.csv"]


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "results.csv"
    target.write_bytes(b"good,old,file\r\n")
    with pytest.raises(EnvironmentFault), atomic_output(target) as temporary:
        temporary.write_bytes(b"half a ro")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"good,old,file\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["results.csv"]


def test_a_cancelled_export_leaves_nothing(tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    target = tmp_path / "minutes.pdf"
    with pytest.raises(Cancelled), atomic_output(target) as temporary:
        temporary.write_bytes(b"%PDF-1.4 partial")
        raise Cancelled
    assert list(tmp_path.iterdir()) == []


def test_new_file_is_readable_by_others_and_old_mode_is_kept(tmp_path: Path) -> None:
    new = tmp_path / "new.csv"
    write_output(new, b"x")
    assert new.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.csv"
    kept.write_bytes(b"x")
    kept.chmod(0o600)
    write_output(kept, b"y")
    assert kept.stat().st_mode & 0o777 == 0o600


def test_output_into_a_missing_folder_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    with pytest.raises(InputError), atomic_output(tmp_path / "nowhere" / "x.csv"):
        pass  # pragma: no cover - never reached
    assert list(tmp_path.iterdir()) == []
