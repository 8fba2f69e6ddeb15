"""Marks CSV through the service: import, export, round trip, every faulty row named, all or
nothing, the same file twice changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.database import OpenDatabase
from db.models.scoring import MarkVersionRow
from judging.app import Services
from judging.errors import InputError
from judging.scoring import marks_csv
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers
from tests.unit.test_imports import to_cp1258

D = Decimal

GOOD = (
    "round,entry,judge,criterion,mark,comment\n"
    "R1,E01,J1,NEW,27.5,Rất mới\n"
    "R1,E01,J1,EFF,35,\n"
    'R1,E01,J1,APP,"22,75",\n'
    "R1,E02,J2,NEW,10,\n"
)


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def _versions(database: OpenDatabase) -> int:
    with database.uow_factory() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(MarkVersionRow)) or 0)


def test_import_sets_marks_with_origin_file_and_submits(
    scored: Services, database: OpenDatabase
) -> None:
    report = scored.scoring.import_marks(GOOD.encode(), source="marks.csv")
    assert (report.rows, report.changed, report.unchanged, report.sheets_submitted) == (4, 4, 0, 2)
    assert report.incomplete == ("R1/J2/E02",)
    view = scored.scoring.sheet("R1", "J1", "E01")
    assert view.state is SheetState.SUBMITTED
    assert {m.criterion_code: m.value for m in view.marks} == {
        "NEW": D("27.5"),
        "EFF": D(35),
        "APP": D("22.75"),
    }
    assert view.mark("NEW").comment == "Rất mới"  # type: ignore[union-attr]
    history = scored.scoring.mark_history("R1", "J1", "E01", "NEW")
    assert [(h.origin, h.actor) for h in history] == [(Origin.FILE, "organiser")]
    # the same file twice: nothing changes, no new versions
    before = _versions(database)
    again = scored.scoring.import_marks(GOOD.encode(), source="marks.csv")
    assert (again.changed, again.unchanged, again.sheets_submitted) == (0, 4, 0)
    assert _versions(database) == before


def test_semicolons_bom_and_no_round_column(scored: Services) -> None:
    text = "\ufeffentry;judge;criterion;mark\nE01;J1;NEW;27,5\n"
    report = scored.scoring.import_marks(text.encode("utf-8"), source="vi.csv")
    assert report.changed == 1
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D("27.5")  # type: ignore[union-attr]


def test_every_faulty_row_is_named_and_nothing_imported(
    scored: Services, database: OpenDatabase
) -> None:
    bad = (
        "round,entry,judge,criterion,mark\n"
        "R1,E01,J1,NEW,27\n"  # fine
        "R1,E01,J9,NEW,27\n"  # unknown judge
        "R1,E99,J1,NEW,27\n"  # unknown entry
        "R1,E01,J1,XYZ,27\n"  # unknown criterion
        "R9,E01,J1,NEW,27\n"  # unknown round
        "R1,E03,J2,NEW,27\n"  # not assigned
        "R1,E01,J1,EFF,41\n"  # out of range
        "R1,E01,J1,APP,3.3\n"  # off-step
        "R1,E01,J1,EFF,abc\n"  # not a number
        "R1,E01,J1,NEW,28\n"  # same mark twice in the file
    )
    with pytest.raises(InputError) as caught:
        scored.scoring.import_marks(bad.encode(), source="bad.csv")
    rows = [p.where for p in caught.value.problems]
    assert rows == [f"bad.csv, row {n}" for n in range(3, 12)]
    messages = [p.message for p in caught.value.problems]
    assert "unknown judge 'J9'" in messages[0]
    assert "unknown entry 'E99'" in messages[1]
    assert "unknown criterion 'XYZ'" in messages[2]
    assert "unknown round 'R9'" in messages[3]
    assert "not assigned to judge J2" in messages[4]
    assert "out of range" in messages[5]
    assert "multiple of the step 0.25" in messages[6]
    assert "not a number" in messages[7]
    assert "the same mark as row 2" in messages[8]
    assert _versions(database) == 0


def test_wrong_header_and_not_utf8(scored: Services) -> None:
    with pytest.raises(InputError) as caught:
        scored.scoring.import_marks(b"entry,judge,score\nE01,J1,3\n", source="h.csv")
    assert any("unknown column(s) score" in p.message for p in caught.value.problems)
    assert any("missing column(s) criterion, mark" in p.message for p in caught.value.problems)
    # mostly UTF-8 with one broken row: that row is named, not a byte offset
    broken = GOOD.encode() + b"R1,E02,J2,EFF,3,h\xe1\xbb\n"
    with pytest.raises(InputError, match="not valid UTF-8") as caught:
        scored.scoring.import_marks(broken, source="x.csv")
    assert [p.where for p in caught.value.problems] == ["x.csv, row 6"]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1258"])
def test_marks_are_read_in_every_encoding_the_other_imports_take(
    scored: Services, encoding: str
) -> None:
    # Excel's "Unicode text" and Vietnamese Windows files: the same reader as the entries import.
    data = to_cp1258(GOOD) if encoding == "cp1258" else GOOD.encode(encoding)
    report = scored.scoring.import_marks(data, source="marks.csv")
    assert report.changed == 4
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").comment == "Rất mới"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "an xlsx workbook"),
        (b"round,entry\x00\x00\x01\x02", "a binary file"),
    ],
)
def test_a_file_that_is_not_text_is_named_for_what_it_is(
    scored: Services, data: bytes, what: str
) -> None:
    with pytest.raises(InputError, match=what):
        scored.scoring.import_marks(data, source="diem.csv")


def test_submitted_sheet_is_not_changed_by_a_file(scored: Services) -> None:
    scored.scoring.import_marks(GOOD.encode(), source="a.csv")
    changed = GOOD.replace("R1,E01,J1,EFF,35,", "R1,E01,J1,EFF,36,")
    with pytest.raises(InputError) as caught:
        scored.scoring.import_marks(changed.encode(), source="b.csv")
    assert caught.value.problems[0].where == "b.csv, row 3"
    assert "reopen" in caught.value.problems[0].message
    commented = GOOD.replace("R1,E01,J1,EFF,35,", "R1,E01,J1,EFF,35,late note")
    with pytest.raises(InputError) as caught:
        scored.scoring.import_marks(commented.encode(), source="c.csv")
    assert [p.where for p in caught.value.problems] == ["c.csv, row 3"]


def test_export_round_trip(scored: Services, database: OpenDatabase) -> None:
    scored.scoring.import_marks(GOOD.encode(), source="a.csv")
    scored.scoring.set_mark("R1", "J2", "E05", "NEW", D(3))  # a draft: not exported
    records = scored.scoring.export_marks()
    assert [(r.entry_code, r.judge_code, r.criterion_code, r.value) for r in records] == [
        ("E01", "J1", "NEW", D("27.5")),
        ("E01", "J1", "EFF", D(35)),
        ("E01", "J1", "APP", D("22.75")),
        ("E02", "J2", "NEW", D(10)),
    ]
    assert len(scored.scoring.export_marks(include_drafts=True)) == 5
    for sep in (",", ";"):
        data = marks_csv.write_marks(records, separator=sep)
        assert data.startswith("\ufeff".encode())
        before = _versions(database)
        report = scored.scoring.import_marks(data, source="export.csv")
        assert report.changed == 0 and report.unchanged == 4
        assert _versions(database) == before


def test_formula_guard_round_trips() -> None:
    from judging.scoring.model import MarkRecord

    data = marks_csv.write_marks([MarkRecord("R1", "E01", "J1", "NEW", D(1), "=SUM(A1)")])
    assert b"'=SUM(A1)" in data
    (line,) = marks_csv.read_marks(data, "x.csv")
    assert line.comment == "=SUM(A1)"


def test_a_comment_on_several_lines_keeps_the_row_numbers(scored: Services) -> None:
    data = (
        "round,entry,judge,criterion,mark,comment\n"
        'R1,E01,J1,NEW,27.5,"dòng 1\ndòng 2"\n'
        "R1,E01,J1,EFF,999,\n"
    )
    with pytest.raises(InputError) as caught:
        scored.scoring.import_marks(data.encode(), source="m.csv")
    assert [p.where for p in caught.value.problems] == ["m.csv, row 3"]
