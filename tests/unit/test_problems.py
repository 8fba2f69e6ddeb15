"""The problem catalogue: every code worded in both languages, templates that use exactly the
declared parameters, Vietnamese with no English left in it, numbers written per language."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from judging.errors import InputError, NoCompetition, Problem
from judging.problems import CATALOGUE, Message, ProblemCode, message, placeholders

#: English words that must never appear in a Vietnamese sentence (ASCII-only, and spelled like
#: no Vietnamese word: so not "to", "an", "in", "can", "no"). Names of programs, formats and
#: commands are fine.
ENGLISH_WORDS = {
    "the",
    "is",
    "are",
    "not",
    "and",
    "or",
    "of",
    "for",
    "with",
    "on",
    "from",
    "at",
    "by",
    "has",
    "have",
    "must",
    "cannot",
    "should",
    "only",
    "file",
    "folder",
    "database",
    "row",
    "column",
    "round",
    "judge",
    "judges",
    "mark",
    "marks",
    "entry",
    "entries",
    "criterion",
    "criteria",
    "category",
    "prize",
    "share",
    "active",
    "closed",
    "open",
    "locked",
    "read",
    "write",
    "error",
    "missing",
    "unknown",
    "invalid",
    "number",
    "value",
    "code",
    "name",
    "already",
    "there",
    "nothing",
    "was",
    "were",
    "yet",
}

#: Keyword names a raiser cannot use for a parameter (the error constructors' own).
RESERVED = {"vi", "problems"}


def test_every_code_is_in_the_catalogue_and_named_by_its_area() -> None:
    assert set(CATALOGUE) == set(ProblemCode)
    for code in ProblemCode:
        assert re.fullmatch(r"[a-z]+\.[a-z0-9_]+", code.value), code


@pytest.mark.parametrize("code", list(ProblemCode))
def test_every_code_has_both_languages_with_its_declared_parameters(code: ProblemCode) -> None:
    wording = CATALOGUE[code]
    assert wording.en.strip() and wording.vi.strip()
    assert wording.en != wording.vi
    assert placeholders(wording.en) == set(wording.params), f"{code} English"
    assert placeholders(wording.vi) == set(wording.params), f"{code} Vietnamese"
    assert len(set(wording.params)) == len(wording.params)
    assert not set(wording.params) & RESERVED


def english_words_in(vietnamese: str) -> set[str]:
    """English words in a Vietnamese template, outside its placeholders and the syntax it
    quotes: `commands`, 'codes', URLs, --options, [toml.tables], kind:CODE, close-round."""
    syntax = r"\{[^}]*\}|`[^`]*`|'[^']*'|\S+://\S*|--[\w-]+|\[[\w.]+\]|\w+:\w+|\w+(?:-\w+)+"
    prose = re.sub(syntax, " ", vietnamese)
    return set(re.findall(r"\w+", prose)) & ENGLISH_WORDS


@pytest.mark.parametrize("code", list(ProblemCode))
def test_no_english_word_in_a_vietnamese_template(code: ProblemCode) -> None:
    assert not english_words_in(CATALOGUE[code].vi), f"{code}: {CATALOGUE[code].vi}"


def test_the_word_check_catches_english_left_in_vietnamese() -> None:
    assert english_words_in("{location}: cơ sở dữ liệu is locked (`init`)") == {"is", "locked"}
    assert english_words_in("{location}: vòng SK không còn mở (closed)") == {"closed"}
    assert not english_words_in("hãy chạy `init` hoặc `demo` trước; tệp 'share' chưa đầy")
    assert not english_words_in("chọn vòng (--round MÃ), dùng criterion:MÃ hoặc close-round")
    assert english_words_in("dùng criterion MÃ") == {"criterion"}


def test_numbers_take_a_decimal_comma_in_vietnamese_and_a_point_in_english() -> None:
    said = message(ProblemCode.NUMBER_TOO_FINE, what="tinh_moi", places=4, value=Decimal("26.33"))
    assert said.text("vi") == "tinh_moi: tối đa 4 chữ số thập phân: 26,33"
    assert said.text("en") == "tinh_moi: at most 4 decimal places: 26.33"
    assert (
        message(ProblemCode.NUMBER_TOO_FINE, what="x", places=2, value=Decimal("88.00"))
        .text("vi")
        .endswith(": 88,00")
    )


def test_a_message_inside_a_message_is_worded_in_the_same_language() -> None:
    said = message(ProblemCode.NUMBER_INVALID, what=message(ProblemCode.TERM_MARK), text="abc")
    assert said.text("vi") == "điểm: không phải là số: 'abc'"
    assert said.text("en") == "mark: not a number: 'abc'"


def test_a_code_given_the_wrong_parameters_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="declared"):
        Message(ProblemCode.FILE_MISSING, {"file": "a.csv"})
    with pytest.raises(TypeError, match="declared"):
        InputError(ProblemCode.FILE_MISSING)
    with pytest.raises(TypeError, match="need a problem code"):
        InputError("a.csv: no such file", name="a.csv")


def test_an_error_carries_its_code_and_parameters_and_words_them_per_language() -> None:
    error = InputError(ProblemCode.FILE_MISSING, name=Path("diem.csv"))
    assert error.code is ProblemCode.FILE_MISSING
    assert error.params == {"name": Path("diem.csv")}
    assert error.text("vi") == "diem.csv: không có tệp này"
    assert error.text("en") == str(error) == error.message == "diem.csv: no such file"
    assert error.exit_status == 2


def test_problems_under_an_error_follow_its_language() -> None:
    error = InputError(
        ProblemCode.FILE_NOT_UTF8,
        [Problem.of("diem.csv, row 3", ProblemCode.FILE_ROW_NOT_UTF8)],
        source="diem.csv",
    )
    assert error.text("vi").splitlines() == [
        "diem.csv: có dòng không phải UTF-8 hợp lệ; chưa nhập gì",
        "  diem.csv, dòng 3: có ký tự không đọc được (không phải UTF-8 hợp lệ)",
    ]
    assert (
        error.text("en").splitlines()[1] == "  diem.csv, row 3: undecodable text (not valid UTF-8)"
    )
    assert error.problems[0].code is ProblemCode.FILE_ROW_NOT_UTF8


def test_a_row_error_kept_as_a_problem_keeps_its_code() -> None:
    row_error = InputError(ProblemCode.NUMBER_INVALID, what="tinh_moi", text="x")
    problem = Problem.from_error("diem.csv, row 2", row_error)
    assert problem.code is ProblemCode.NUMBER_INVALID
    assert problem.text("vi") == "diem.csv, dòng 2: tinh_moi: không phải là số: 'x'"


def test_no_competition_is_worded_from_the_catalogue() -> None:
    error = NoCompetition()
    assert error.code is ProblemCode.DB_NO_COMPETITION
    assert error.text("vi") == CATALOGUE[ProblemCode.DB_NO_COMPETITION].vi


def test_a_parameter_may_be_called_code_or_where() -> None:
    problem = Problem.of("diem.csv, row 4", ProblemCode.ENTRY_NOT_FOUND, code="SK-07")
    assert problem.text("vi") == "diem.csv, dòng 4: không có hồ sơ nào mang mã 'SK-07'"
    error = InputError(ProblemCode.ENTRY_NOT_FOUND, code="SK-07")
    assert error.code is ProblemCode.ENTRY_NOT_FOUND
    assert error.params == {"code": "SK-07"}


def test_a_problems_place_is_worded_in_vietnamese_and_keeps_its_codes() -> None:
    problem = Problem.of("round SK, criterion tinh_moi", ProblemCode.DEF_CRITERION_IN_USE)
    assert problem.text("vi") == (
        "vòng SK, tiêu chí tinh_moi: tiêu chí đã có điểm: không thể xóa hoặc đổi mã"
    )
    assert problem.text("en").startswith("round SK, criterion tinh_moi: marks are given")
    assert Problem.of("diem.csv, row 2", ProblemCode.MARKS_MARK_MISSING).text("vi") == (
        "diem.csv, dòng 2: thiếu điểm"
    )
    assert (
        Problem.of("category QLNN", ProblemCode.DEF_CATEGORY_IN_USE)
        .text("vi")
        .startswith("lĩnh vực QLNN: đã có hồ sơ")
    )


def test_every_status_has_a_term() -> None:
    from judging.model import EntryStatus, RoundStatus
    from judging.problems import ENTRY_STATUS_TERMS, ROUND_STATUS_TERMS

    assert set(ENTRY_STATUS_TERMS) == {s.value for s in EntryStatus}
    assert set(ROUND_STATUS_TERMS) == {s.value for s in RoundStatus}
    closed = InputError(
        ProblemCode.ROUND_NOT_OPEN, round="SK", status=ROUND_STATUS_TERMS[RoundStatus.CLOSED]
    )
    assert closed.text("vi") == "vòng SK đã đóng: không thể sửa điểm nữa"
    assert closed.text("en") == "round SK is closed: its marks can no longer change"


def test_no_raiser_in_judging_or_db_words_its_own_vietnamese() -> None:
    """Refusals name a code; the words live in the catalogue alone (no ``vi=`` beside them)."""
    import ast

    root = Path(__file__).resolve().parents[2]
    found = []
    for folder in ("judging", "db"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found += [
                f"{path.relative_to(root)}:{node.lineno}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Call) and any(k.arg == "vi" for k in node.keywords)
            ]
    assert found == []


def test_the_documented_codes_are_the_catalogue() -> None:
    from judging.problems import catalogue_markdown

    doc = Path(__file__).resolve().parents[2] / "docs" / "problem-codes.md"
    assert doc.read_text(encoding="utf-8") == catalogue_markdown(), (
        "regenerate: python -m judging.problems > docs/problem-codes.md"
    )
    assert "| `mark.out_of_range` | value, max |" in catalogue_markdown()
