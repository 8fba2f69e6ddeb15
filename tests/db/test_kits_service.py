"""Judge kits out and score files back through KitService, on real SQLite files: the kit holds
the judge's own entries only; the judge's database continues across kits; a score file taken in
stores the judge's marks; every bad file is refused and leaves the database byte for byte as it
was; a replay or an older file changes nothing; paper marks are never overwritten."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.errors import Conflict, InputError
from judging.kits import format as kf
from judging.problems import ProblemCode as P
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers

MARKS = {"NEW": Decimal("27.5"), "EFF": Decimal(35), "APP": Decimal("22.75")}


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def organiser(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[tuple[Path, Services]]:
    """A judge's own database, empty until a kit is opened in it."""
    path = tmp_path / "laptop.sqlite"
    database = open_database(str(path))
    yield path, build_services(database.uow_factory, location=str(path))
    database.close()


def open_on_laptop(organiser: Services, laptop: Services, judge: str = "J1") -> kf.Kit:
    kit = kf.read_kit(organiser.kits.export_kit("R1", judge).data, "kit")
    laptop.kits.open_kit(kit)
    return kit


def score(laptop: Services, judge: str, entry: str, marks: dict[str, Decimal]) -> None:
    for code, value in marks.items():
        laptop.scoring.set_mark("R1", judge, entry, code, value)


def test_the_kit_holds_the_judges_entries_only_and_no_marks(organiser: Services) -> None:
    organiser.scoring.set_mark("R1", "J2", "E01", "NEW", Decimal(20))
    kit = kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit")
    assert [e.code for e in kit.entries] == list(scoring_helpers.ASSIGNED["J1"])
    assert kit.judge.code == "J1"
    text = kit.definition + repr(kit.entries)
    for other in ("J2", "J3", "Hoàng Văn Minh", "E05", "Máy gieo hạt"):
        assert other not in text
    assert len(kit.secret) == 32
    # the same judge's next kit: the same id and secret, one more issue
    again = kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit")
    assert (again.kit_id, again.secret, again.issue) == (kit.kit_id, kit.secret, 2)
    assert organiser.kits.kit_judges("R1") == ["J1", "J2", "J3"]


def test_blind_kits_are_anonymised(services: Services, database: OpenDatabase) -> None:
    scoring_helpers.build(services, database, blind=True)
    kit = kf.read_kit(services.kits.export_kit("R1", "J1").data, "kit")
    first = kit.entries[0]
    assert first.authors == () and first.organisation == ""
    assert "Nguyễn Văn An" not in repr(kit.entries)
    # what a judge sees of it at the organiser's computer too
    seen = services.setup.judge_view_of_entry("E01")
    assert (first.title, first.summary) == (seen.title, seen.summary)


def test_unknown_judge_and_judge_without_entries_are_refused(
    organiser: Services, database: OpenDatabase
) -> None:
    with pytest.raises(InputError) as caught:
        organiser.kits.export_kit("R1", "J9")
    assert caught.value.code is P.JUDGE_NOT_FOUND
    from judging.model import Judge

    with database.uow_factory() as uow:
        uow.core.add_judges([Judge(code="J4", name="Lý Văn Bốn")])
        uow.commit()
    with pytest.raises(InputError) as caught:
        organiser.kits.export_kit("R1", "J4")
    assert caught.value.code is P.JUDGE_NOTHING_ASSIGNED


def test_round_trip_marks_arrive_with_origin_file_and_sheets_submitted(
    organiser: Services, laptop: tuple[Path, Services]
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge)
    score(judge, "J1", "E01", MARKS)
    judge.scoring.set_mark_comment("R1", "J1", "E01", "NEW", "Rất mới")
    judge.scoring.submit("R1", "J1", "E01")
    score(judge, "J1", "E02", {"NEW": Decimal(20)})
    judge.scoring.recuse("R1", "J1", "E03", "Cùng đơn vị công tác")
    written = judge.kits.scorefile()
    assert (written.sequence, written.submitted, written.recused, written.marks) == (1, 1, 1, 4)
    report = organiser.kits.take_in(written.data, source="J1.scores.json")
    assert (report.new, report.changed, report.unchanged, report.conflicts) == (4, 0, 0, ())
    assert report.submitted == ("E01",) and report.recused == ("E03",)
    view = organiser.scoring.sheet("R1", "J1", "E01")
    assert view.state is SheetState.SUBMITTED
    assert {m.criterion_code: m.value for m in view.marks} == MARKS
    assert all(m.origin is Origin.FILE for m in view.marks)
    assert view.mark("NEW") is not None and view.mark("NEW").comment == "Rất mới"  # type: ignore[union-attr]
    assert organiser.scoring.sheet("R1", "J1", "E02").state is SheetState.IN_PROGRESS
    e03 = organiser.scoring.sheet("R1", "J1", "E03")
    assert (e03.state, e03.recusal_reason) == (SheetState.RECUSED, "Cùng đơn vị công tác")


def test_replay_and_older_file_change_nothing(
    organiser: Services, laptop: tuple[Path, Services], db_path: Path
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge)
    score(judge, "J1", "E01", {"NEW": Decimal(20)})
    first = judge.kits.scorefile().data
    score(judge, "J1", "E01", {"NEW": Decimal(25)})
    second = judge.kits.scorefile().data
    assert organiser.kits.take_in(second, source="2.json").changed == 0
    before = dump(db_path)
    assert organiser.kits.take_in(second, source="2.json").stale
    assert organiser.kits.take_in(first, source="1.json").stale
    assert dump(db_path) == before
    assert organiser.scoring.sheet("R1", "J1", "E01").mark("NEW").value == 25  # type: ignore[union-attr]


def refused(organiser: Services, db_path: Path, data: bytes) -> P | None:
    before = dump(db_path)
    with pytest.raises(InputError) as caught:
        organiser.kits.take_in(data, source="bad.json")
    assert dump(db_path) == before
    return caught.value.code


def test_a_flipped_byte_in_a_real_score_file_changes_nothing(
    organiser: Services, laptop: tuple[Path, Services], db_path: Path
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge)
    score(judge, "J1", "E01", MARKS)
    data = judge.kits.scorefile().data
    for i in range(0, len(data), max(1, len(data) // 97)):
        changed = bytearray(data)
        changed[i] ^= 0x04
        assert refused(organiser, db_path, bytes(changed)) in (
            P.SCOREFILE_TAMPERED,
            P.SCOREFILE_MALFORMED,
            P.SCOREFILE_VERSION_UNKNOWN,
            P.SCOREFILE_UNKNOWN_KIT,
        )
    assert refused(organiser, db_path, data[: len(data) // 2]) is P.SCOREFILE_MALFORMED
    assert organiser.kits.take_in(data, source="good.json").new == 3


def test_a_kit_of_another_competition_is_refused(
    organiser: Services, db_path: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.sqlite"
    other_db = open_database(str(other_path))
    try:
        other = build_services(other_db.uow_factory, location=str(other_path))
        scoring_helpers.build(other, other_db)
        laptop_db = open_database(str(tmp_path / "l2.sqlite"))
        try:
            judge = build_services(laptop_db.uow_factory, location="l2")
            open_on_laptop(other, judge)
            score(judge, "J1", "E01", MARKS)
            data = judge.kits.scorefile().data
        finally:
            laptop_db.close()
    finally:
        other_db.close()
    assert refused(organiser, db_path, data) is P.SCOREFILE_UNKNOWN_KIT


def test_a_file_claiming_another_judge_or_unassigned_entries_is_refused(
    organiser: Services, laptop: tuple[Path, Services], db_path: Path
) -> None:
    _, judge = laptop
    kit = open_on_laptop(organiser, judge, "J2")
    score(judge, "J2", "E01", MARKS)
    honest = kf.verify_scorefile(
        kf.open_scorefile(judge.kits.scorefile().data, "s"), kit.secret, "s"
    )
    # signed with J2's own secret, but claiming to be J1's marks
    as_j1 = kf.write_scorefile(replace(honest, judge_code="J1", sequence=5), kit.secret)
    assert refused(organiser, db_path, as_j1) is P.SCOREFILE_OTHER_ROUND
    # E03 is J1's entry, not J2's
    foreign = replace(
        honest,
        sequence=6,
        sheets=(*honest.sheets, replace(honest.sheets[0], entry="E03")),
    )
    assert (
        refused(organiser, db_path, kf.write_scorefile(foreign, kit.secret))
        is P.SCOREFILE_NOT_ASSIGNED
    )
    # a mark the criterion does not allow
    sheet = honest.sheets[0]
    wrong = replace(
        honest,
        sequence=7,
        sheets=(replace(sheet, marks=(replace(sheet.marks[0], value=Decimal(99)),)),),
    )
    assert (
        refused(organiser, db_path, kf.write_scorefile(wrong, kit.secret)) is P.SCOREFILE_BAD_MARK
    )


def test_each_distinct_mark_is_judged_by_its_text_not_its_value(
    organiser: Services, laptop: tuple[Path, Services], db_path: Path
) -> None:
    """The take-in judges each distinct mark once: "27.500000" (six places, more than a mark
    may have) is refused on a later sheet even though "27.5" passed on an earlier one; the
    same file with "27.50" is taken in."""
    _, judge = laptop
    kit = open_on_laptop(organiser, judge)
    score(judge, "J1", "E01", MARKS)
    honest = kf.verify_scorefile(
        kf.open_scorefile(judge.kits.scorefile().data, "s"), kit.secret, "s"
    )
    first = next(s for s in honest.sheets if s.entry == "E01")
    new = next(m for m in first.marks if m.criterion == "NEW")

    def with_later(text: str, sequence: int) -> bytes:
        later = replace(first, entry="E04", marks=(replace(new, value=Decimal(text)),))
        scores = replace(honest, sequence=sequence, sheets=(first, later))
        return kf.write_scorefile(scores, kit.secret)

    before = dump(db_path)
    with pytest.raises(InputError) as caught:
        organiser.kits.take_in(with_later("27.500000", 2), source="fine.judgescores")
    assert caught.value.code is P.SCOREFILE_BAD_MARK
    assert (caught.value.params["entry"], caught.value.params["criterion"]) == ("E04", "NEW")
    assert dump(db_path) == before
    report = organiser.kits.take_in(with_later("27.50", 3), source="plain.judgescores")
    assert report.new == 4
    stored = organiser.scoring.sheet("R1", "J1", "E04").mark("NEW")
    assert stored is not None and stored.value == Decimal("27.5")


def test_paper_marks_are_left_and_listed_as_conflicts(
    organiser: Services, laptop: tuple[Path, Services]
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge)
    organiser.scoring.enter_paper_sheets("R1", "J1", {"E01": {"NEW": Decimal(10)}})
    score(judge, "J1", "E01", MARKS)
    report = organiser.kits.take_in(judge.kits.scorefile().data, source="s.json")
    assert (report.new, report.changed) == (2, 0)
    [conflict] = report.conflicts
    assert (conflict.entry_code, conflict.criterion_code, conflict.reason) == (
        "E01",
        "NEW",
        "paper",
    )
    assert (conflict.stored, conflict.in_file) == (Decimal(10), Decimal("27.5"))
    mark = organiser.scoring.sheet("R1", "J1", "E01").mark("NEW")
    assert mark is not None and (mark.value, mark.origin) == (Decimal(10), Origin.PAPER)


def test_a_newer_kit_adds_entries_and_keeps_the_marks_typed(
    organiser: Services, laptop: tuple[Path, Services], database: OpenDatabase
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge)
    score(judge, "J1", "E01", MARKS)
    scoring_helpers.add_assignments(database, {"J1": ("E05",)})
    kit = kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit")
    opened = judge.kits.open_kit(kit)
    assert (opened.created, opened.entries_added) == (False, 1)
    assert not opened.definition.changed  # the same criteria: the definition is left alone
    sheets = judge.scoring.judge_sheets("R1", "J1")
    assert [s.entry_code for s in sheets.sheets] == ["E01", "E02", "E03", "E04", "E05"]
    assert {
        m.criterion_code: m.value for m in judge.scoring.sheet("R1", "J1", "E01").marks
    } == MARKS
    # opening the older kit again changes nothing
    assert judge.kits.open_kit(replace(kit, issue=1)).entries_added == 0


def test_a_kit_of_another_judge_is_refused_in_a_kit_database(
    organiser: Services, laptop: tuple[Path, Services]
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge, "J1")
    other = kf.read_kit(organiser.kits.export_kit("R1", "J2").data, "kit")
    with pytest.raises(Conflict) as caught:
        judge.kits.open_kit(other)
    assert caught.value.code is P.KIT_OTHER_KIT


def test_score_file_only_from_a_kit_database(organiser: Services) -> None:
    with pytest.raises(InputError) as caught:
        organiser.kits.scorefile()
    assert caught.value.code is P.KIT_NOT_KIT_DATABASE


def test_a_recusal_does_not_hide_paper_marks(
    organiser: Services, laptop: tuple[Path, Services]
) -> None:
    _, judge = laptop
    open_on_laptop(organiser, judge)
    organiser.scoring.enter_paper_sheets("R1", "J1", {"E02": {"EFF": Decimal(30)}})
    judge.scoring.recuse("R1", "J1", "E02", "Cùng đơn vị công tác")
    report = organiser.kits.take_in(judge.kits.scorefile().data, source="s.json")
    assert report.recused == ()
    [conflict] = report.conflicts
    # one conflict for the whole sheet: the recusal against the paper sheet
    assert (conflict.entry_code, conflict.criterion_code, conflict.reason) == (
        "E02",
        "",
        "recused",
    )
    assert organiser.scoring.sheet("R1", "J1", "E02").state is SheetState.IN_PROGRESS


def test_no_kit_for_a_round_that_is_not_open(organiser: Services) -> None:
    organiser.ranking.close_round("R1")
    with pytest.raises(Conflict) as caught:
        organiser.kits.export_kit("R1", "J1")
    assert caught.value.code is P.ROUND_NOT_OPEN
