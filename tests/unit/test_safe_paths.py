"""Paths built from names someone else chose, content sniffing, the read bound, and why a
write failed (judging.textfiles)."""

from __future__ import annotations

import csv
import errno
import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judging import textfiles
from judging.errors import EnvironmentFault, InputError
from judging.problems import ProblemCode as P
from judging.textfiles import media_type_of, read_bytes, safe_child, safe_name, write_output


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../evil.sh", "evil.sh"),
        ("..", "file"),
        (".", "file"),
        ("", "file"),
        ("a/b\\c.pdf", "c.pdf"),
        (".bashrc", "bashrc"),
        ("Hồ sơ (1).pdf", "Hồ sơ (1).pdf"),
        ("a\x00b\nc.png", "a_b_c.png"),
        ("C:\\Windows\\x.exe", "x.exe"),
    ],
)
def test_safe_name(name: str, safe: str) -> None:
    assert safe_name(name) == safe


def test_a_long_name_keeps_its_suffix() -> None:
    name = safe_name("x" * 300 + ".pdf")
    assert len(name) == 120 and name.endswith("x.pdf")


@pytest.mark.parametrize("name", ["../../../../x", "..", "/etc/passwd", "a/../../b", "~"])
def test_safe_child_stays_inside(tmp_path: Path, name: str) -> None:
    child = safe_child(tmp_path, name, name)
    assert child.resolve().is_relative_to(tmp_path.resolve())
    assert child.parent.parent == tmp_path.resolve()


def test_safe_child_refuses_a_symbolic_link_that_leaves(tmp_path: Path) -> None:
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "link").symlink_to(tmp_path)
    with pytest.raises(ValueError):
        safe_child(inside, "link", "x")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n....", "image/png"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"GIF89a..", "image/gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"II*\x00", "image/tiff"),
        (b"#!/bin/sh\n", None),
        (b"MZ\x90\x00", None),
        (b"", None),
    ],
)
def test_media_type_by_content(data: bytes, kind: str | None) -> None:
    assert media_type_of(data) == kind


def test_a_file_over_its_bound_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(InputError) as refused:
        read_bytes(path, limit=2048)
    assert refused.value.code is P.FILE_TOO_LARGE
    assert read_bytes(path, limit=2049) == b"x" * 2049


def test_a_device_that_never_ends_is_read_only_to_the_bound() -> None:
    with pytest.raises(InputError) as refused:
        read_bytes(Path("/dev/zero"), limit=4096)
    assert refused.value.code is P.FILE_TOO_LARGE


@pytest.mark.parametrize(
    ("number", "code", "vietnamese"),
    [
        (errno.ENOSPC, P.OUTPUT_DISK_FULL, "ổ đĩa đã đầy"),
        (errno.EACCES, P.OUTPUT_NO_PERMISSION, "không có quyền ghi"),
        (errno.EROFS, P.OUTPUT_READ_ONLY, "chỉ cho đọc"),
        (errno.EIO, P.OUTPUT_UNWRITABLE, "không ghi được"),
    ],
)
def test_a_failed_write_says_why_and_leaves_the_old_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    code: P,
    vietnamese: str,
) -> None:
    target = tmp_path / "ket-qua.csv"
    target.write_bytes(b"old")

    def fail(temporary: Path) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(textfiles, "write_fault", fail)
    with pytest.raises(EnvironmentFault) as failed:
        write_output(target, b"new")
    assert failed.value.code is code
    assert vietnamese in failed.value.text("vi")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ket-qua.csv"]


def test_a_pdf_without_its_end_is_not_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 5000 + b"\n%%EOF\n")
    assert textfiles.pdf_is_whole(pdf)
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    assert not textfiles.pdf_is_whole(pdf)
    with pytest.raises(EnvironmentFault) as failed:
        write_output(tmp_path / "b.pdf", b"%PDF-1.7\n" + b"x" * 50)
    assert failed.value.code is P.OUTPUT_INCOMPLETE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


@given(st.text(alphabet='ab,;"\r\n \u1ec7', max_size=60))
def test_text_lines_give_csv_what_stringio_gives(text: str) -> None:
    """The CSV readers parse line by line without StringIO's copy: same lines, same rows."""
    assert list(textfiles.text_lines(text)) == list(io.StringIO(text, newline=""))
    try:
        expected = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        with pytest.raises(csv.Error):
            list(csv.reader(textfiles.text_lines(text)))
        return
    assert list(csv.reader(textfiles.text_lines(text))) == expected


def test_a_file_one_may_not_read_is_said_so_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diem.csv"
    path.write_bytes(b"x")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "open", refuse)  # tests run as root: chmod would not stop us
    with pytest.raises(EnvironmentFault) as refused:
        read_bytes(path)
    assert refused.value.code is P.FILE_NO_PERMISSION
    assert refused.value.text("vi") == "diem.csv: không có quyền đọc tệp này"
