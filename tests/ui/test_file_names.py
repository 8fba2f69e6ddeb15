"""The file names save dialogs suggest: Vietnamese words without diacritics and the code of
what is saved; a code that cannot stand in a file name is made safe."""

from __future__ import annotations

from ui.file_names import (
    assignments_file_name,
    database_file_name,
    definition_file_name,
    results_file_name,
)


def test_the_definition_is_named_after_the_competition() -> None:
    assert definition_file_name("SKCD-2026") == "SKCD-2026.toml"
    assert definition_file_name("HCM/2027 mới") == "HCM-2027-moi.toml"
    assert definition_file_name("Đợt 1") == "Dot-1.toml"
    assert definition_file_name("") == "cuoc-thi.toml"
    assert definition_file_name(None) == "cuoc-thi.toml"


def test_assignments_are_named_after_the_round() -> None:
    assert assignments_file_name("SK") == "phan-cong-SK.csv"
    assert assignments_file_name("CK 2") == "phan-cong-CK-2.csv"
    assert assignments_file_name(None) == "phan-cong.csv"


def test_a_new_database_is_named_after_the_competition_else_the_award() -> None:
    assert database_file_name("SKCD-2026") == "SKCD-2026.sqlite"
    assert database_file_name(None) == "giai-thuong.sqlite"
    assert database_file_name("...") == "giai-thuong.sqlite"


def test_a_new_database_never_suggests_a_file_that_exists() -> None:
    existing = {"giai-thuong.sqlite", "giai-thuong-2.sqlite"}
    assert database_file_name(None, existing.__contains__) == "giai-thuong-3.sqlite"
    assert database_file_name("SK", existing.__contains__) == "SK.sqlite"


def test_a_result_is_named_after_its_round_and_kind() -> None:
    assert results_file_name("SK") == "ket-qua-SK.xlsx"
    assert results_file_name("CK", ".pdf") == "ket-qua-CK.pdf"
    assert results_file_name(None, ".csv") == "ket-qua.csv"
