"""A newer kit of the same judge whose round's criteria changed (a weight, bands, a lower
maximum, a criterion added, one removed) brings the judge's local definition up to date on
real SQLite files: marks typed stay; the removed criterion's marks are set aside in the
database, neither shown nor sent; a mark the new maximum no longer allows is cleared by a new
version; a submitted sheet left incomplete is back in progress; the next score file is taken in
by the organiser."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.kits import format as kf
from judging.model import Band, Criterion
from judging.scoring.model import SheetState
from tests import scoring_helpers

IMPACT = Criterion(code="IMP", name="Sức lan tỏa", max=Decimal(10), step=Decimal(1))


def change_criteria(organiser: Services) -> None:
    """The organiser, after the first kits: NEW weighs twice with new bands, EFF's maximum
    drops to 30, APP goes, IMP comes."""
    competition = organiser.definitions.stored()
    assert competition is not None
    rnd = competition.rounds[0]
    new = rnd.criterion("NEW")
    eff = rnd.criterion("EFF")
    assert new is not None and eff is not None
    new = replace(
        new,
        weight=Decimal(2),
        bands=(
            Band(Decimal(25), Decimal(30), "xuất sắc"),
            Band(Decimal(0), Decimal("24.5"), "chưa nổi bật"),
        ),
    )
    eff = replace(eff, max=Decimal(30))
    changed = replace(rnd, criteria=(new, eff, IMPACT))
    organiser.definitions.update(replace(competition, rounds=(changed,)))


def test_a_newer_kit_with_changed_criteria_updates_the_judges_definition(
    services: Services, database: OpenDatabase, tmp_path: Path
) -> None:
    organiser = scoring_helpers.build(services, database)
    path = tmp_path / "laptop.sqlite"
    laptop_db = open_database(str(path))
    try:
        judge = build_services(laptop_db.uow_factory, location=str(path))
        judge.kits.open_kit(kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit"))
        for code, value in {"NEW": "27.5", "EFF": "35", "APP": "22.75"}.items():
            judge.scoring.set_mark("R1", "J1", "E01", code, Decimal(value))
        judge.scoring.submit("R1", "J1", "E01")
        judge.scoring.set_mark("R1", "J1", "E02", "EFF", Decimal(25))

        change_criteria(organiser)
        second = kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit")
        opened = judge.kits.open_kit(second)
        update = opened.definition
        assert (update.changed, update.criteria_added, update.criteria_removed) == (
            True,
            ("IMP",),
            ("APP",),
        )
        assert (update.marks_set_aside, update.marks_cleared, update.sheets_reopened) == (
            1,
            ("E01/EFF",),
            ("E01",),
        )
        view = judge.scoring.sheet("R1", "J1", "E01")
        assert [(c.code, c.weight, c.max) for c in view.criteria] == [
            ("NEW", Decimal(2), Decimal(30)),
            ("EFF", Decimal(1), Decimal(30)),
            ("IMP", Decimal(1), Decimal(10)),
        ]
        assert [b.label for b in view.criteria[0].bands] == ["xuất sắc", "chưa nổi bật"]
        assert {m.criterion_code: m.value for m in view.marks} == {
            "NEW": Decimal("27.5"),
            "EFF": None,
        }
        assert view.state is SheetState.IN_PROGRESS
        # E02's mark is still allowed: it stays as typed
        assert judge.scoring.sheet("R1", "J1", "E02").mark("EFF").value == 25  # type: ignore[union-attr]
        # EFF's 35 is in its history; APP's mark is kept aside in the laptop's database
        history = judge.scoring.mark_history("R1", "J1", "E01", "EFF")
        assert [(v.old, v.new, v.actor) for v in history][-1] == (Decimal(35), None, "kit")
        connection = sqlite3.connect(path)
        try:
            ((kept,),) = connection.execute(
                "SELECT value FROM setting WHERE key = 'kit.set_aside.2'"
            ).fetchall()
        finally:
            connection.close()
        [aside] = json.loads(kept)
        assert (aside["entry"], aside["criterion"], aside["value"]) == ("E01", "APP", "22.75")
        assert aside["versions"][-1]["new"] == "22.75"

        # the judge finishes against the new criteria; the organiser takes the file in
        for code, value in {"EFF": "28", "IMP": "7"}.items():
            judge.scoring.set_mark("R1", "J1", "E01", code, Decimal(value))
        judge.scoring.submit("R1", "J1", "E01")
        report = organiser.kits.take_in(judge.kits.scorefile().data, source="J1.scores.json")
    finally:
        laptop_db.close()
    assert report.submitted == ("E01",) and report.conflicts == ()
    sheet = organiser.scoring.sheet("R1", "J1", "E01")
    assert {m.criterion_code: m.value for m in sheet.marks} == {
        "NEW": Decimal("27.5"),
        "EFF": Decimal(28),
        "IMP": Decimal(7),
    }
    assert sheet.state is SheetState.SUBMITTED
