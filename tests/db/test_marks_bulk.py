"""Marks in bulk (issue 13): ``import-marks`` writes set-based, with the same rows the per-mark
path (``write_mark`` and ``save_sheet`` for each mark and sheet) writes, all or nothing, and a
version row for every change.

The round has 1,000 entries, 50 judges, 5 judges an entry and 4 criteria: 20,000 marks."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from db.database import OpenDatabase, open_database
from db.repositories import scoring as scoring_repository
from judging.app import Services, build_services
from judging.errors import InputError
from judging.model import Competition, Criterion, Entry, Judge, Round
from judging.scoring import marks_csv, marks_import
from judging.scoring import service as scoring_service
from judging.scoring.model import Origin, SheetState, StoredMark

D = Decimal
ENTRIES = 1_000
JUDGES = 50
PER_ENTRY = 5
CRITERIA = (
    Criterion("NEW", "Tính mới", D(30), step=D("0.5")),
    Criterion("EFF", "Hiệu quả", D(40), step=D(1)),
    Criterion("APP", "Khả năng áp dụng", D(30), step=D("0.25")),
    Criterion("SUS", "Tính bền vững", D(10), step=D("0.5")),
)
HEADER = "round,entry,judge,criterion,mark,comment\n"


def pairs() -> list[tuple[str, str]]:
    """(judge, entry): five judges an entry, walking round the judges."""
    return [
        (f"J{(e * PER_ENTRY + k) % JUDGES + 1:02d}", f"E{e + 1:04d}")
        for e in range(ENTRIES)
        for k in range(PER_ENTRY)
    ]


def make(path: Path) -> tuple[OpenDatabase, Services]:
    database = open_database(str(path))
    services = build_services(database.uow_factory, location=database.location)
    populate(database, services)
    return database, services


def populate(database: OpenDatabase, services: Services) -> None:
    """The competition, its entries, judges and assignments."""
    services.core.create_competition(
        Competition(
            code="SKCD", name="Sáng kiến", rounds=(Round("R1", "Vòng sơ khảo", criteria=CRITERIA),)
        ),
        [Entry(f"E{e + 1:04d}", f"Hồ sơ {e + 1}") for e in range(ENTRIES)],
        [Judge(f"J{j + 1:02d}", f"Giám khảo {j + 1}") for j in range(JUDGES)],
    )
    with database.uow_factory() as uow:
        uow.setup.add_assignments("R1", pairs(), "auto")
        uow.commit()


def mark_text(rng: random.Random, criterion: Criterion) -> str:
    steps = int(criterion.max / criterion.step)
    value = criterion.step * rng.randrange(0, steps + 1)
    text = format(value.normalize(), "f")
    if "." in text and rng.random() < 0.1:  # a decimal comma now and then, quoted
        return '"' + text.replace(".", ",") + '"'
    return text


def marks_file(seed: int, *, skip: int = 0) -> str:
    """A mark for every judge × entry × criterion (but every ``skip``-th left out), a comment
    on some; the same seed gives the same file."""
    rng = random.Random(seed)
    rows = [HEADER]
    count = 0
    for judge, entry in pairs():
        for criterion in CRITERIA:
            count += 1
            if skip and count % skip == 0:
                continue
            comment = f"Nhận xét {count}" if rng.random() < 0.05 else ""
            rows.append(
                f"R1,{entry},{judge},{criterion.code},{mark_text(rng, criterion)},{comment}\n"
            )
    return "".join(rows)


def typed_before(services: Services, seed: int, count: int) -> None:
    """Marks typed on some sheets first (those sheets are then in progress)."""
    rng = random.Random(seed)
    for judge, entry in rng.sample(pairs(), count):
        criterion = rng.choice(CRITERIA)
        value = D(mark_text(rng, criterion).strip('"').replace(",", "."))
        services.scoring.set_mark("R1", judge, entry, criterion.code, value)
        if rng.random() < 0.3:
            services.scoring.set_mark_comment("R1", judge, entry, criterion.code, "Gõ tay")


def per_mark_import(database: OpenDatabase, data: bytes, actor: str = "organiser") -> None:
    """The import as it was written before the set-based path: the same checks, then
    ``write_mark`` for each changed mark and ``save_sheet`` for each sheet to submit."""
    lines = marks_csv.read_marks(data, "m.csv")
    with database.uow_factory() as uow:
        context = scoring_service._marks_context(uow, lines)
        accepted, problems = marks_import.check_rows(lines, context, "m.csv")
        assert not problems
        now = uow.core.now()
        touched = {}
        for mark in accepted:
            ref, value, comment = mark.sheet, mark.value, mark.comment
            code = mark.criterion.criterion.code
            of_sheet = context.rounds["R1"].stored.setdefault(ref.assignment_id, {})
            old = of_sheet.get(code)
            touched[ref.assignment_id] = ref
            if old is not None and old.value == value and (not comment or old.comment == comment):
                continue
            version = uow.scoring.write_mark(
                ref.assignment_id,
                mark.criterion.id,
                old,
                value=value,
                comment=comment or (old.comment if old else ""),
                origin=Origin.FILE,
                actor=actor,
                at=now,
            )
            of_sheet[code] = StoredMark(-1, code, value, comment, version, Origin.FILE)
        for assignment_id, ref in touched.items():
            if ref.state is not SheetState.SUBMITTED:
                uow.scoring.save_sheet(
                    assignment_id, state=SheetState.SUBMITTED, at=now, submitted_at=now
                )
        uow.commit()


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every mark, version and sheet by codes (no ids, UUIDs or times)."""
    key = (
        "j.code, e.code FROM assignment a JOIN judge j ON j.id = a.judge_id"
        " JOIN entry e ON e.id = a.entry_id"
    )
    with sqlite3.connect(path) as con:
        return {
            "marks": con.execute(
                "SELECT j.code, e.code, c.code, m.value, m.comment, m.version, m.origin"
                " FROM mark m JOIN criterion c ON c.id = m.criterion_id"
                " JOIN assignment a ON a.id = m.assignment_id JOIN judge j ON j.id = a.judge_id"
                " JOIN entry e ON e.id = a.entry_id ORDER BY 1, 2, 3"
            ).fetchall(),
            "versions": con.execute(
                "SELECT j.code, e.code, c.code, v.version, v.old_value, v.new_value, v.comment,"
                " v.origin, v.actor FROM mark_version v JOIN mark m ON m.id = v.mark_id"
                " JOIN criterion c ON c.id = m.criterion_id"
                " JOIN assignment a ON a.id = m.assignment_id JOIN judge j ON j.id = a.judge_id"
                " JOIN entry e ON e.id = a.entry_id ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            "sheets": con.execute(
                "SELECT s.state, s.comment, s.recusal_reason, s.submitted_at IS NOT NULL, "
                + key
                + " JOIN score_sheet s ON s.assignment_id = a.id ORDER BY 5, 6"
            ).fetchall(),
        }


def import_times(path: Path) -> set[str]:
    """The times the file's rows carry: the marks', their versions' and the sheets'."""
    with sqlite3.connect(path) as con:
        return {
            r[0]
            for r in con.execute(
                "SELECT updated_at FROM mark WHERE origin = 'file'"
                " UNION SELECT at FROM mark_version WHERE origin = 'file'"
                " UNION SELECT submitted_at FROM score_sheet WHERE state = 'submitted'"
            )
        }


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[tuple[OpenDatabase, Services], ...]]:
    """Two equal databases: one for the import, one for the per-mark path."""
    made = (make(tmp_path / "bulk.sqlite"), make(tmp_path / "per-mark.sqlite"))
    yield made
    for database, _services in made:
        database.close()


@pytest.mark.slow  # the per-mark path takes most of a minute for 20,000 marks
def test_a_large_import_writes_what_the_per_mark_path_writes(
    pair: tuple[tuple[OpenDatabase, Services], ...], tmp_path: Path
) -> None:
    (_bulk_db, bulk), (ref_db, ref) = pair
    for services in (bulk, ref):
        typed_before(services, seed=3, count=150)
    data = marks_file(seed=5).encode()
    report = bulk.scoring.import_marks(data, source="m.csv")
    per_mark_import(ref_db, data)
    got, expected = snapshot(tmp_path / "bulk.sqlite"), snapshot(tmp_path / "per-mark.sqlite")
    assert len(expected["marks"]) == ENTRIES * PER_ENTRY * len(CRITERIA) == 20_000
    assert got == expected
    assert report.rows == 20_000
    assert report.changed == sum(1 for v in got["versions"] if v[7] == "file")
    assert report.changed + report.unchanged == 20_000
    assert report.unchanged > 0  # some typed marks were already so
    assert report.sheets_submitted == ENTRIES * PER_ENTRY
    # typed marks the file changed: a second version from the file, over the typed value
    changed_typed = [v for v in got["versions"] if v[3] == 2 and v[7] == "file"]
    assert changed_typed and all(v[4] is not None and v[4] != v[5] for v in changed_typed)
    # one moment for the whole import, every new mark with its own UUID
    assert len(import_times(tmp_path / "bulk.sqlite")) == 1
    with sqlite3.connect(tmp_path / "bulk.sqlite") as con:
        uuids = [r[0] for r in con.execute("SELECT uuid FROM mark")]
    assert len(set(uuids)) == len(uuids) == 20_000
    # the same file again changes nothing
    again = bulk.scoring.import_marks(data, source="m.csv")
    assert (again.changed, again.unchanged, again.sheets_submitted) == (0, 20_000, 0)
    assert snapshot(tmp_path / "bulk.sqlite") == got


def counts(path: Path) -> tuple[int, ...]:
    with sqlite3.connect(path) as con:
        return tuple(
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("mark", "mark_version", "score_sheet", "audit_log")
        )


def test_a_fault_in_the_last_row_stores_nothing(
    pair: tuple[tuple[OpenDatabase, Services], ...], tmp_path: Path, english: None
) -> None:
    (_database, services), _ = pair
    path = tmp_path / "bulk.sqlite"
    typed_before(services, seed=3, count=20)
    before, marks_before = counts(path), snapshot(path)
    lines = marks_file(seed=5).splitlines(keepends=True)
    last = lines[-1].split(",")
    lines[-1] = ",".join([*last[:4], "11", *last[5:]])  # SUS goes to 10
    with pytest.raises(InputError) as caught:
        services.scoring.import_marks("".join(lines).encode(), source="m.csv")
    assert [p.where for p in caught.value.problems] == [f"m.csv, row {len(lines)}"]
    assert "out of range" in caught.value.problems[0].message
    assert counts(path) == before
    assert snapshot(path) == marks_before


def test_a_database_fault_at_the_last_mark_written_stores_nothing(
    pair: tuple[tuple[OpenDatabase, Services], ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every row passes its checks; the database refuses the very last version row written
    (after every batch before it was written): the whole import is rolled back."""
    (_database, services), _ = pair
    path = tmp_path / "bulk.sqlite"
    typed_before(services, seed=3, count=20)
    monkeypatch.setattr(scoring_repository, "BATCH", 1_000)  # twenty batches
    before, marks_before = counts(path), snapshot(path)
    with sqlite3.connect(path) as con:
        last = con.execute(
            "SELECT a.id, c.id FROM assignment a JOIN judge j ON j.id = a.judge_id"
            " JOIN entry e ON e.id = a.entry_id, criterion c"
            " WHERE j.code = ? AND e.code = ? AND c.code = 'SUS'",
            pairs()[-1],
        ).fetchone()
        con.execute(
            "CREATE TRIGGER refuse_last BEFORE INSERT ON mark_version"
            " WHEN (SELECT assignment_id FROM mark WHERE id = NEW.mark_id) = ?"
            " AND (SELECT criterion_id FROM mark WHERE id = NEW.mark_id) = ?"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END".replace("?", "{}").format(
                *last
            )
        )
    with pytest.raises(Exception, match="refused by the test"):
        services.scoring.import_marks(marks_file(seed=5).encode(), source="m.csv")
    assert counts(path) == before
    assert snapshot(path) == marks_before
    with sqlite3.connect(path) as con:
        con.execute("DROP TRIGGER refuse_last")
    assert services.scoring.import_marks(marks_file(seed=5).encode(), source="m.csv").rows > 0
    assert counts(path)[0] == 20_000


def test_a_second_file_changes_typed_marks_and_adds_missing_ones_with_versions(
    pair: tuple[tuple[OpenDatabase, Services], ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Small batches, so that inserts, updates and sheets cross batch boundaries."""
    (_database, services), _ = pair
    path = tmp_path / "bulk.sqlite"
    monkeypatch.setattr(scoring_repository, "BATCH", 7)
    rng = random.Random(11)
    typed = rng.sample(pairs(), 40)
    for judge, entry in typed:
        services.scoring.set_mark("R1", judge, entry, "NEW", D(10))
    services.scoring.set_mark_comment("R1", *typed[0], "NEW", "Gõ tay")
    # the first file: the typed sheets' NEW changed to 12.5 on half of them, every other
    # criterion of those sheets given; the sheets become submitted, with APP missing on some
    first = [HEADER]
    for n, (judge, entry) in enumerate(typed):
        new = '"12,5"' if n % 2 else "10"
        first.append(f"R1,{entry},{judge},NEW,{new},\n")
        first.append(f"R1,{entry},{judge},EFF,{n},\n")
        first.append(f"R1,{entry},{judge},SUS,{n % 10},\n")
        if n % 3:
            first.append(f"R1,{entry},{judge},APP,2.25,Đã chấm\n")
    report = services.scoring.import_marks("".join(first).encode(), source="1.csv")
    assert report.changed == 20 + 40 + 40 + len([n for n in range(40) if n % 3])
    assert report.unchanged == 20
    assert report.sheets_submitted == 40
    assert len(report.incomplete) == len([n for n in range(40) if n % 3 == 0])
    for n, (judge, entry) in enumerate(typed):
        history = services.scoring.mark_history("R1", judge, entry, "NEW")
        if n % 2:
            assert [(h.version, h.old, h.new, h.origin, h.actor) for h in history] == [
                (1, None, D(10), Origin.TYPED, judge),
                (2, D(10), D("12.5"), Origin.FILE, "organiser"),
            ]
        elif n == 0:  # the comment was a version of its own; the same mark adds none
            assert [h.version for h in history] == [1, 2]
        else:
            assert [h.version for h in history] == [1]
        sheet = services.scoring.sheet("R1", judge, entry)
        assert sheet.state is SheetState.SUBMITTED
    first_comment = services.scoring.sheet("R1", *typed[0]).mark("NEW")
    assert first_comment is not None and first_comment.comment == "Gõ tay"
    # the second file gives the missing APP marks to the submitted sheets: new marks
    second = [HEADER] + [
        f"R1,{entry},{judge},APP,1.75,\n" for n, (judge, entry) in enumerate(typed) if n % 3 == 0
    ]
    again = services.scoring.import_marks("".join(second).encode(), source="2.csv")
    assert (again.changed, again.unchanged, again.sheets_submitted) == (len(second) - 1, 0, 0)
    assert again.incomplete == ()
    judge, entry = typed[0]
    app = services.scoring.mark_history("R1", judge, entry, "APP")
    assert [(h.version, h.old, h.new, h.origin) for h in app] == [(1, None, D("1.75"), Origin.FILE)]
    # a submitted sheet's mark is never changed by a file
    with pytest.raises(InputError):
        services.scoring.import_marks(
            (HEADER + f"R1,{entry},{judge},APP,2,\n").encode(), source="3.csv"
        )
    times = import_times(path)
    assert len(times) == 2  # one moment an import


def test_marks_file_rows_read_the_same_with_repeated_cells() -> None:
    """The reader keeps one cleaned copy of each cell text: a padded code and a plain one
    read the same, a guarded comment is unguarded."""
    text = HEADER + "R1, E0001 ,J01,NEW,1,\nR1,E0001,J01,EFF, 2 ,'=x\n"
    lines = marks_csv.read_marks(text.encode(), "m.csv")
    assert [(r.round_code, r.entry_code, r.mark, r.comment) for r in lines] == [
        ("R1", "E0001", "1", ""),
        ("R1", "E0001", "2", "=x"),
    ]
