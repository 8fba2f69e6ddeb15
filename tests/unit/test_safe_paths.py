"""Paths built from names someone else chose, content sniffing, and the read bound
(judging.textfiles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.textfiles import media_type_of, read_bytes, safe_child, safe_name


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
