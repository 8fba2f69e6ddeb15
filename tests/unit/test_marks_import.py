"""The row checks of a marks CSV import, one at a time, on hand-made rows and stored state."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from judging.model import Criterion, Round, RoundStatus, SheetState
from judging.scoring import marks_import as mi
from judging.scoring.marks_csv import MarkLine
from judging.scoring.model import CriterionRef, Origin, SheetRef, StoredMark
from judging.scoring.rules import mark_problem

TINH_MOI = Criterion(code="tinh_moi", name="Tính mới", max=Decimal(30), step=Decimal("0.5"))


def _line(**changes: object) -> MarkLine:
    line = MarkLine(
        line=2,
        round_code="SK",
        entry_code="E001",
        judge_code="J01",
        criterion_code="tinh_moi",
        mark="25",
        comment="",
    )
    return replace(line, **changes)  # type: ignore[arg-type]


def _sheet(state: SheetState = SheetState.IN_PROGRESS, entry: str = "E001") -> SheetRef:
    return SheetRef(
        assignment_id=7 if entry == "E001" else 8,
        round_code="SK",
        round_status=RoundStatus.OPEN,
        judge_code="J01",
        entry_code=entry,
        state=state,
    )


def _marks(
    *,
    status: RoundStatus = RoundStatus.OPEN,
    sheets: tuple[SheetRef, ...] = (),
    stored: dict[int, dict[str, StoredMark]] | None = None,
) -> mi.RoundMarks:
    return mi.RoundMarks(
        round=Round(code="SK", name="Sơ khảo", criteria=(TINH_MOI,), status=status),
        criteria={"tinh_moi": CriterionRef(id=3, criterion=TINH_MOI)},
        sheets={(s.judge_code, s.entry_code): s for s in sheets or (_sheet(),)},
        stored=stored if stored is not None else {},
    )


def _context(
    marks: mi.RoundMarks | None = None, round_codes: tuple[str, ...] = ("SK",)
) -> mi.MarksContext:
    return mi.MarksContext(
        round_codes=round_codes,
        rounds={"SK": marks or _marks()},
        judges=frozenset({"J01", "J02"}),
        entries=frozenset({"E001", "E002"}),
    )


def _words(faults: list[mi.Fault]) -> list[tuple[str, str]]:
    """Each fault as the person reads it: (English, Vietnamese)."""
    return [(fault.text("en"), fault.text("vi")) for fault in faults]


def _stored(value: str, comment: str = "") -> dict[int, dict[str, StoredMark]]:
    mark = StoredMark(
        id=1,
        criterion_code="tinh_moi",
        value=Decimal(value),
        comment=comment,
        version=1,
        origin=Origin.TYPED,
    )
    return {7: {"tinh_moi": mark}}


# -- the round ----------------------------------------------------------------------------------


def test_a_row_without_a_round_is_about_the_only_round() -> None:
    assert mi.row_round(_line(round_code=None), ["SK"]) == "SK"
    assert mi.check_round(_line(round_code=None), ["SK"]) == []
    assert mi.row_round(_line(round_code=None), ["SK", "CK"]) is None


def test_a_row_without_a_round_among_several_is_refused() -> None:
    assert _words(mi.check_round(_line(round_code=None), ["SK", "CK"])) == [
        (
            "round missing: the competition has rounds SK, CK",
            "thiếu vòng: cuộc thi có các vòng SK, CK",
        )
    ]


def test_an_unknown_round_is_refused_and_not_loaded() -> None:
    line = _line(round_code="XX")
    assert _words(mi.check_round(line, ["SK"])) == [("unknown round 'XX'", "không có vòng 'XX'")]
    assert mi.rounds_named([line, _line(), _line(round_code=None)], ["SK", "CK"]) == {"SK"}


# -- codes and the mark -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("judge", "fault"),
    [
        ("J01", []),
        ("", [("judge missing", "thiếu mã giám khảo")]),
        ("J99", [("unknown judge 'J99'", "không có giám khảo 'J99'")]),
    ],
)
def test_the_judge(judge: str, fault: list[tuple[str, str]]) -> None:
    assert _words(mi.check_judge(_line(judge_code=judge), frozenset({"J01"}))) == fault


@pytest.mark.parametrize(
    ("entry", "fault"),
    [
        ("E001", []),
        ("", [("entry missing", "thiếu mã hồ sơ")]),
        ("E9", [("unknown entry 'E9'", "không có hồ sơ 'E9'")]),
    ],
)
def test_the_entry(entry: str, fault: list[tuple[str, str]]) -> None:
    assert _words(mi.check_entry(_line(entry_code=entry), frozenset({"E001"}))) == fault


def test_the_mark_is_read_exactly() -> None:
    assert mi.read_mark(_line(mark="25.50")) == (Decimal("25.50"), [])
    assert mi.read_mark(_line(mark=""))[0] is None
    assert _words(mi.read_mark(_line(mark=""))[1]) == [("mark missing", "thiếu điểm")]
    assert mi.read_mark(_line(mark="x"))[0] is None
    assert _words(mi.read_mark(_line(mark="x"))[1]) == [
        ("mark 'x' is not a number", "điểm 'x' không phải là số")
    ]


def test_the_criterion_and_its_scale() -> None:
    marks = _marks()
    assert mi.check_criterion(_line(), marks, Decimal(25)) == (marks.criteria["tinh_moi"], [])
    found, faults = mi.check_criterion(_line(criterion_code="kha_thi"), marks, Decimal(25))
    assert found is None
    assert _words(faults) == [
        ("unknown criterion 'kha_thi' in round SK", "vòng SK không có tiêu chí 'kha_thi'")
    ]
    _, faults = mi.check_criterion(_line(), marks, Decimal(31))
    assert faults == [mark_problem(TINH_MOI, Decimal(31))]
    assert _words(faults) == [
        ("31 is out of range: marks go from 0 to 30", "31 nằm ngoài thang điểm: điểm từ 0 đến 30")
    ]


def test_a_round_that_is_not_open_takes_no_marks() -> None:
    assert mi.check_round_open(_marks().round) == []
    closed = _marks(status=RoundStatus.CLOSED).round
    assert _words(mi.check_round_open(closed)) == [
        ("round SK is closed", "vòng SK đã đóng, không nhận thêm điểm")
    ]
    approved = _marks(status=RoundStatus.APPROVED).round
    assert _words(mi.check_round_open(approved)) == [
        ("round SK is approved", "vòng SK đã phê duyệt, không nhận thêm điểm")
    ]


def test_the_sheet_must_be_assigned_and_not_recused() -> None:
    marks = _marks(sheets=(_sheet(), _sheet(SheetState.RECUSED, entry="E002")))
    assert mi.check_sheet(_line(), marks) == (marks.sheets[("J01", "E001")], [])
    assert _words(mi.check_sheet(_line(judge_code="J02"), marks)[1]) == [
        (
            "entry E001 is not assigned to judge J02 in round SK",
            "hồ sơ E001 không được phân công cho giám khảo J02 ở vòng SK",
        )
    ]
    assert _words(mi.check_sheet(_line(entry_code="E002"), marks)[1]) == [
        ("judge J01 recused from entry E002", "giám khảo J01 đã từ chối chấm hồ sơ E002")
    ]


# -- a submitted sheet ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "comment", "refused"),
    [
        ("25", "", False),  # the same mark again
        ("25.0", "", False),  # equal as a number
        ("25", "tốt", False),  # the same comment
        ("24", "", True),
        ("25", "khác", True),
    ],
)
def test_a_submitted_sheet_takes_its_marks_again_but_no_change(
    value: str, comment: str, refused: bool
) -> None:
    mark = mi.AcceptedMark(
        _sheet(SheetState.SUBMITTED),
        CriterionRef(3, TINH_MOI),
        Decimal(value),
        comment,
    )
    old = _stored("25", "tốt")[7]["tinh_moi"]
    assert bool(mi.check_submitted(mark, old)) is refused
    assert mi.check_submitted(replace(mark, sheet=_sheet()), old) == []
    assert mi.check_submitted(mark, None) == []


# -- whole files --------------------------------------------------------------------------------


def test_check_rows_accepts_good_rows_and_names_every_faulty_one() -> None:
    context = _context(_marks(sheets=(_sheet(), _sheet(entry="E002"))))
    lines = [
        _line(line=2),
        _line(line=3, entry_code="E002", mark="20", comment="ổn"),
        _line(line=4, judge_code="J99", mark="abc"),
        _line(line=5),  # the mark of row 2 again
    ]
    accepted, problems = mi.check_rows(lines, context, "diem.csv")
    assert [(m.sheet.entry_code, m.value, m.comment) for m in accepted] == [
        ("E001", Decimal(25), ""),
        ("E002", Decimal(20), "ổn"),
    ]
    assert [p.text("en") for p in problems] == [
        "diem.csv, row 4: unknown judge 'J99'",
        "diem.csv, row 4: mark 'abc' is not a number",
        "diem.csv, row 5: the same mark as row 2",
    ]
    assert problems[2].text("vi") == "diem.csv, dòng 5: trùng với điểm ở dòng 2"


def test_check_rows_refuses_a_change_to_a_submitted_sheet() -> None:
    context = _context(_marks(sheets=(_sheet(SheetState.SUBMITTED),), stored=_stored("25")))
    accepted, problems = mi.check_rows([_line(mark="25"), _line(line=3, mark="26")], context, "f")
    assert [m.value for m in accepted] == [Decimal(25)]  # row 2 alone gives what is stored
    assert [p.where for p in problems] == ["f, row 3", "f, row 3"]
    assert problems[1].message.startswith("the sheet is submitted with 25")
