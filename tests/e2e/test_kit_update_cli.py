"""A newer kit of the same judge with changed criteria, end to end through main.main: the judge
opens the first kit (`--kit FILE import-marks`), the organiser changes the round's criteria
(a weight and bands, a criterion added) and exports the judge's kit again, the judge's
`--kit NEWER import-marks` scores the new criterion in the same local database (the marks
already typed stay), and the organiser takes the score file in with every mark."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from pytest import CaptureFixture

import main
from db.database import open_database
from judging.app import build_services
from judging.kits.service import read_kit_file
from judging.model import Band, Criterion
from tests.e2e.test_kits_cli import demo, unscored_marks  # noqa: F401 (the demo fixture)
from ui import paths

JUDGE = "GK05"
IMPACT = Criterion(code="lan_toa", name="Sức lan tỏa", max=Decimal(10), step=Decimal("0.5"))


def write_csv(path: Path, marks: dict[str, dict[str, Decimal]]) -> Path:
    rows = ["round,entry,judge,criterion,mark,comment"]
    rows += [
        f"SK,{entry},{JUDGE},{code},{value},"
        for entry, row in marks.items()
        for code, value in row.items()
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def change_criteria(db: Path) -> str:
    """The organiser's change after the first kits; the code of the criterion reweighed."""
    database = open_database(str(db))
    try:
        services = build_services(database.uow_factory, location=str(db))
        competition = services.definitions.stored()
        assert competition is not None
        rnd = competition.rounds[0]
        first = rnd.criteria[0]
        reweighed = replace(
            first,
            weight=first.weight * 2,
            bands=(Band(Decimal(0), first.max, "một mức duy nhất"),),
        )
        criteria = (reweighed, *rnd.criteria[1:], IMPACT)
        services.definitions.update(
            replace(competition, rounds=(replace(rnd, criteria=criteria), *competition.rounds[1:]))
        )
        return first.code
    finally:
        database.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def test_a_newer_kit_with_changed_criteria_through_the_command_line(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    capsys: CaptureFixture[str],
) -> None:
    marks = unscored_marks(demo)[JUDGE]
    entries = sorted(marks)[:2]
    first_kit = tmp_path / "kit1.judgekit"
    export = ["--db", str(demo), "export-kit", "--round", "SK", "--judge", JUDGE, "--out"]
    assert main.main([*export, str(first_kit)]) == 0
    typed = write_csv(tmp_path / "m1.csv", {e: marks[e] for e in entries})
    assert main.main(["--kit", str(first_kit), "import-marks", str(typed)]) == 0

    reweighed = change_criteria(demo)
    second_kit = tmp_path / "kit2.judgekit"
    assert main.main([*export, str(second_kit)]) == 0
    # the new criterion only: the rest was typed with the first kit
    extra = write_csv(tmp_path / "m2.csv", {e: {IMPACT.code: Decimal("7.5")} for e in entries})
    assert main.main(["--kit", str(second_kit), "import-marks", str(extra)]) == 0

    local = paths.kit_database(read_kit_file(second_kit).kit_id)
    assert local == paths.kit_database(read_kit_file(first_kit).kit_id)  # one database
    # the judge's round has the organiser's criteria now, weights and all
    sk = "SELECT c.code, c.weight FROM criterion c JOIN round r ON r.id = c.round_id"
    criteria = dict(query(local, sk))
    assert IMPACT.code in criteria
    assert criteria == dict(query(demo, f"{sk} WHERE r.code = 'SK'"))
    ((bands,),) = query(
        local,
        "SELECT count(*) FROM band b JOIN criterion c ON c.id = b.criterion_id "
        f"WHERE c.code = '{reweighed}'",
    )
    assert bands == 1

    out = tmp_path / "s.json"
    assert main.main(["--kit", str(second_kit), "export-scorefile", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main.main(["--db", str(demo), "--lang", "en", "import-scorefile", str(out)]) == 0
    said = capsys.readouterr().out
    count = sum(len(marks[e]) + 1 for e in entries)
    assert f"score file no. 1: {count} new marks, 0 changed" in said
    assert "2 sheets submitted" in said
    stored = query(
        demo,
        "SELECT e.code, c.code, m.value FROM mark m JOIN criterion c ON c.id = m.criterion_id "
        "JOIN assignment a ON a.id = m.assignment_id JOIN entry e ON e.id = a.entry_id "
        f"JOIN judge j ON j.id = a.judge_id WHERE j.code = '{JUDGE}'",
    )
    got = {(str(e), str(c)): Decimal(str(v)) / 10_000 for e, c, v in stored}
    for entry in entries:
        assert got[(entry, IMPACT.code)] == Decimal("7.5")
        for code, value in marks[entry].items():
            assert got[(entry, code)] == value
