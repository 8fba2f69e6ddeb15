"""File names of certificates written one file each: safe on every disk, Vietnamese folded."""

from __future__ import annotations

from datetime import date

from judging.certificates.files import (
    MAX_STEM,
    ascii_words,
    certificate_file_names,
    file_stem,
    serial_number,
    unique_names,
)
from judging.certificates.model import Certificate

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


def certificate(serial: str, recipient: str) -> Certificate:
    return Certificate(serial, "CODE", "SK", "E1", recipient, "P1", date(2026, 12, 6), {})


def test_diacritics_and_d_are_folded() -> None:
    assert ascii_words("Nguyễn Văn Ân") == "Nguyen-Van-An"
    assert ascii_words("Đặng Thị Đào") == "Dang-Thi-Dao"
    assert ascii_words("  Lê   Hoàng—Phúc (nhóm) ") == "Le-Hoang-Phuc-nhom"


def test_the_serial_number_leads_the_name() -> None:
    names = certificate_file_names([certificate("SK-2026-0001", "Nguyễn Văn Ân")])
    assert names == ["0001-Nguyen-Van-An.pdf"]
    assert serial_number("SK-2026-0012") == "0012"
    assert serial_number("không số") is None


def test_without_a_number_in_the_serial_the_place_in_the_batch_is_used() -> None:
    names = certificate_file_names(
        [certificate("ABC", "Trần Thị Bình"), certificate("", "Phạm Cường")]
    )
    assert names == ["0001-Tran-Thi-Binh.pdf", "0002-Pham-Cuong.pdf"]


def test_names_windows_forbids_never_appear() -> None:
    names = certificate_file_names(
        [
            certificate("X-1", 'a<b>c:d"e/f\\g|h?i*j\tk'),
            certificate("X-2", "CON"),
            certificate("X-3", "..."),
        ]
    )
    for name in names:
        assert not set(name) & WINDOWS_FORBIDDEN
        assert not name.removesuffix(".pdf").endswith((".", " "))
    assert names[2] == "3.pdf"
    assert file_stem("CON", "") == "_CON"


def test_clashes_get_a_counter_case_folded() -> None:
    assert unique_names(["1-An", "1-an", "1-An"]) == ["1-An.pdf", "1-an-2.pdf", "1-An-3.pdf"]
    names = certificate_file_names([certificate("SK-1", "Lê An"), certificate("SK-1", "Le An")])
    assert names == ["1-Le-An.pdf", "1-Le-An-2.pdf"]


def test_a_long_name_is_cut_at_a_word() -> None:
    stem = file_stem(
        "0007", "Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ Công ích Quận Bình Thạnh"
    )
    assert len(stem) <= MAX_STEM
    assert stem.startswith("0007-Cong-ty-Trach-nhiem")
    assert not stem.endswith("-")
    full = ascii_words(
        "Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ Công ích Quận Bình Thạnh"
    )
    assert f"{full}-".startswith(stem.removeprefix("0007-") + "-")
