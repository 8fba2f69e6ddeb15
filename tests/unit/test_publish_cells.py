"""The one formula guard of every CSV and workbook the program writes (judging.publish.cells),
and each CSV writer that uses it: the ranking CSV, the marks export, the assignments export."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judging.model import ComponentDef, ComponentKind
from judging.publish.cells import formula_like, safe_cell, unguard
from judging.ranking.export import to_csv
from judging.scoring import marks_csv
from judging.scoring.model import MarkRecord
from judging.setup.imports import write_csv
from tests.unit.test_ranking_helpers import competition, crit, rules, run, simple

D = Decimal
TITLE = '=HYPERLINK("http://example.com/x","Bấm vào đây")'


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=1+1", "'=1+1"),
        (TITLE, "'" + TITLE),
        ("+x", "'+x"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t1", "'\t1"),
        ("\r1", "'\r1"),
        ("-2+3", "'-2+3"),  # a formula that looks like a sum of numbers
        ("-1e5", "'-1e5"),
        ("- 2", "'- 2"),
        ("-2", "-2"),  # numbers stay numbers
        ("-2.5", "-2.5"),
        ("-2,5", "-2,5"),  # with a decimal comma (the ';' CSV)
        ("+3", "+3"),
        ("27.50", "27.50"),
        ("Đức", "Đức"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_formula_like_text_is_quoted_and_numbers_are_not(text: str, written: str) -> None:
    assert safe_cell(text) == written
    assert unguard(written) == text


def test_an_apostrophe_a_person_typed_stays() -> None:
    assert unguard("'-2") == "'-2"
    assert unguard("'tên") == "'tên"
    assert not formula_like("'=1")


@given(st.text())
def test_the_guard_comes_off_again(text: str) -> None:
    written = safe_cell(text)
    assert not formula_like(written)
    assert unguard(written) == text


@given(
    st.sampled_from(["'", "-", "=", "+", "@", "x", "2", "\t"]).flatmap(
        lambda first: st.text(alphabet="'-=+@x2 .\t", max_size=6).map(lambda rest: first + rest)
    )
)
def test_quotes_and_formula_characters_round_trip(text: str) -> None:
    assert unguard(safe_cell(text)) == text


def test_a_quote_typed_before_formula_like_text_survives() -> None:
    assert safe_cell("'-x") == "''-x"
    assert unguard("''-x") == "'-x"


def test_ranking_csv_guards_a_title_and_keeps_a_negative_number() -> None:
    comp = competition(
        [crit("A")],
        rules(panel=2, weighted=2, total=2),
        components=[ComponentDef("phat", "Điều chỉnh", ComponentKind.BONUS, places=1)],
    )
    entries = [replace(simple("E1", "9", phat="-2.5"), title=TITLE), simple("E2", "8")]
    for sep, negative in ((",", "-2.5"), (";", "-2,5")):
        rows = list(csv.reader(io.StringIO(to_csv(run(comp, entries), sep=sep)[1:]), delimiter=sep))
        e1 = next(dict(zip(rows[0], r, strict=True)) for r in rows[1:] if r[2] == "E1")
        assert e1["title"] == "'" + TITLE
        assert e1["component.phat"] == negative  # a number, not guarded
        assert e1["final_total"] == ("6.50" if sep == "," else "6,50")


def test_marks_export_guards_comments_and_reads_them_back() -> None:
    records = [
        MarkRecord("R1", "E1", "J1", "A", D("7.5"), TITLE),
        MarkRecord("R1", "E1", "J1", "B", D("0"), "-2"),
        MarkRecord("R1", "E1", "J1", "C", D("1"), "-2 điểm vì thiếu số liệu"),
    ]
    for separator in (",", ";"):
        data = marks_csv.write_marks(records, separator=separator)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=separator))
        assert [r[5] for r in rows[1:]] == ["'" + TITLE, "-2", "'-2 điểm vì thiếu số liệu"]
        back = marks_csv.read_marks(data, "marks.csv")
        assert [line.comment for line in back] == [r.comment for r in records]


def test_assignments_export_writer_guards_codes_and_keeps_numbers(tmp_path: Path) -> None:
    path = tmp_path / "assignments.csv"
    write_csv(path, ["round", "judge", "entry", "origin"], [["R1", "@J1", "-2", "=1+1"]])
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows[1] == ["R1", "'@J1", "-2", "'=1+1"]
