"""Benchmark: a typed mark committed through the service, against a bare INSERT + COMMIT.

    .venv/bin/python bench/bench_mark.py [--marks 300] [--base 10000] [--scales 1,4,16]

For each scale, a fresh SQLite file (made by the program: WAL, ``synchronous=FULL``) already
holding ``base × scale`` marks (each with its version row, put in with bare ``executemany``),
then ``--marks`` marks typed one by one through ``ScoringService.set_mark``: each one user
action, one unit of work, one committed transaction (a new ``mark`` row, its ``mark_version``
row, the sheet's state on its first mark). Beside each typed mark, taking turns so that both
see the same load, a bare sqlite3 ``INSERT`` + ``COMMIT`` (``BEGIN IMMEDIATE``) of one row on
the same file, on one kept connection with the same pragmas. Prints per scale the median, the
10th and 90th percentiles of both, the ratio of the medians and the peak memory (RSS) of the
process so far; exits 1 when the ratio at the first scale is over the budget (3×).

With ``--floor``, the floor, taking turns with the other two: the typed mark's own statements (the program's
Core statements compiled once, with named parameters) run with sqlite3 alone on another kept
connection to the same file, their parameters given as stored (scaled integers, ISO times),
for marks on other sheets of the same round: what SQLite itself does for a typed mark on this
schema, without any of the program's Python. (Off by default: its writes go to the same
file's log, and the budget is measured as before, the typed mark and the bare row alone.)
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.dialects import sqlite

from db.database import OpenDatabase, open_database
from db.repositories.scoring import _Typed
from judging.app import Services, build_services
from judging.model import Competition, Criterion, Entry, Judge, Round

BUDGET_RATIO = 3.0
CRITERIA = 10
JUDGES = 8
NOW = "2026-12-06 17:00:00.000000"


def build(path: Path, n_entries: int = 80) -> tuple[OpenDatabase, Services, list[tuple[str, str]]]:
    """A competition of ``n_entries`` entries, 3 of the 8 judges each (the sheets typed in)."""
    database = open_database(str(path))
    services = build_services(database.uow_factory, location=database.location)
    criteria = tuple(
        Criterion(code=f"C{i:02d}", name=f"Tiêu chí {i}", max=Decimal(10), step=Decimal("0.25"))
        for i in range(CRITERIA)
    )
    services.core.create_competition(
        Competition(code="BENCH", name="Bench", rounds=(Round("R1", "Vòng 1", criteria=criteria),)),
        [Entry(code=f"E{i:03d}", title=f"Hồ sơ {i}") for i in range(n_entries)],
        [Judge(code=f"J{i:02d}", name=f"Giám khảo {i}") for i in range(JUDGES)],
    )
    pairs = []
    for e in range(n_entries):
        for k in range(3):
            judge, entry = f"J{(e + k) % JUDGES:02d}", f"E{e:03d}"
            services.setup.add_assignment("R1", judge, entry)
            pairs.append((judge, entry))
    return database, services, pairs


def prefill(path: Path, marks: int) -> None:
    """``marks`` marks already in the table (and their versions), on further entries, each
    entry 5 judges × 10 criteria; bare ``executemany``, one transaction."""
    con = sqlite3.connect(str(path))
    try:
        cur = con.cursor()
        competition_id = cur.execute("SELECT id FROM competition").fetchone()[0]
        round_id = cur.execute("SELECT id FROM round").fetchone()[0]
        criteria = [r[0] for r in cur.execute("SELECT id FROM criterion ORDER BY position")]
        judges = [r[0] for r in cur.execute("SELECT id FROM judge ORDER BY id")]
        first_entry = cur.execute("SELECT max(id) FROM entry").fetchone()[0] + 1
        first_assignment = cur.execute("SELECT max(id) FROM assignment").fetchone()[0] + 1
        n_entries = -(-marks // (5 * CRITERIA))
        entries = range(first_entry, first_entry + n_entries)
        cur.executemany(
            "INSERT INTO entry (id, uuid, competition_id, code, title, category_id, authors, "
            "organisation, summary, status, status_reason, folded, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, NULL, '', '', '', 'active', '', ?, ?, ?)",
            (
                (e, str(uuid.uuid4()), competition_id, f"P{e:06d}", f"Có sẵn {e}", "", NOW, NOW)
                for e in entries
            ),
        )
        assignments = [
            (first_assignment + i * 5 + k, str(uuid.uuid4()), round_id, judges[k], e)
            for i, e in enumerate(entries)
            for k in range(5)
        ]
        cur.executemany(
            "INSERT INTO assignment (id, uuid, round_id, judge_id, entry_id, origin, created_at) "
            f"VALUES (?, ?, ?, ?, ?, 'auto', '{NOW}')",
            assignments,
        )
        rows = [
            (str(uuid.uuid4()), a[0], cid, (n * 2500) % 102_500)
            for n, (a, cid) in enumerate((a, cid) for a in assignments for cid in criteria)
        ][:marks]
        cur.executemany(
            "INSERT INTO mark (uuid, assignment_id, criterion_id, value, comment, version, "
            f"origin, updated_at) VALUES (?, ?, ?, ?, '', 1, 'file', '{NOW}')",
            rows,
        )
        cur.execute(
            "INSERT INTO mark_version (mark_id, version, old_value, new_value, comment, origin, "
            f"actor, at) SELECT id, 1, NULL, value, '', 'file', 'bench', '{NOW}' FROM mark"
        )
        con.commit()
    finally:
        con.close()


def bare_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA busy_timeout = 5000")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, v INTEGER)")
    return con


@dataclass
class Run:
    scale: int
    existing: int
    service: list[float]
    bare: list[float]
    service_cpu: float  # CPU seconds of all the typed marks together
    bare_cpu: float
    peak_mb: float
    floor: list[float]  # the typed mark's statements with sqlite3 alone


class Floor:
    """The typed mark's statements (db/repositories/scoring.py ``_Typed``) compiled once with
    named parameters and run with sqlite3 alone, as the service runs them for a new mark:
    find the sheet, the criterion and its mark; insert the mark; insert its version."""

    def __init__(self, con: sqlite3.Connection) -> None:
        dialect = sqlite.dialect(paramstyle="named")
        self.con = con
        self.sql = {
            name: str(statement.compile(dialect=dialect, column_keys=list(keys) if keys else None))
            for name, (statement, keys) in _Typed.driver.items()
        }

    def mark(self, judge: str, entry: str, criterion: str, value: Decimal) -> None:
        con, sql = self.con, self.sql
        con.execute("BEGIN IMMEDIATE")
        found = con.execute(
            sql["sheet_and_mark"],
            {"round_code": "R1", "judge_code": judge, "entry_code": entry, "code": criterion},
        ).fetchone()
        assert found is not None and found[6] is not None and found[11] is None  # a new mark
        stored = int(value * 10_000)  # db.types.ScaledDecimal's scale
        mark_id = con.execute(
            sql["insert_mark"],
            {
                "uuid": str(uuid.uuid4()),
                "assignment_id": found[0],
                "criterion_id": found[6],
                "value": stored,
                "comment": "",
                "version": 1,
                "origin": "typed",
                "updated_at": NOW,
            },
        ).fetchone()[0]
        con.execute(
            sql["insert_version"],
            {
                "mark_id": mark_id,
                "version": 1,
                "old_value": None,
                "new_value": stored,
                "comment": "",
                "origin": "typed",
                "actor": judge,
                "at": NOW,
            },
        )
        con.execute("COMMIT")


def measure(
    services: Services,
    bare: sqlite3.Connection,
    floor: Floor | None,
    pairs: list[tuple[str, str]],
    n: int,
    start: int,
) -> tuple[list[float], list[float], float, float, list[float]]:
    """``n`` marks typed for the first time (each a new mark and its first version), sheet by
    sheet as a judge types them, each followed by one bare INSERT + COMMIT and one new mark of
    the floor (on the sheets from the other end of the list). The wall times of each, and the
    CPU time of all of the first two (what the machine's load and the disk do not blur)."""
    service_times, bare_times, floor_times = [], [], []
    service_cpu = bare_cpu = 0.0
    for i in range(start, start + n):
        judge, entry = pairs[(i // CRITERIA) % len(pairs)]
        value = Decimal(i % 40) / 4
        cpu, began = time.process_time(), time.perf_counter()
        services.scoring.set_mark("R1", judge, entry, f"C{i % CRITERIA:02d}", value)
        service_times.append(time.perf_counter() - began)
        service_cpu += time.process_time() - cpu
        cpu, began = time.process_time(), time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO bench_bare (v) VALUES (?)", (i,))
        bare.execute("COMMIT")
        bare_times.append(time.perf_counter() - began)
        bare_cpu += time.process_time() - cpu
        if floor is not None:
            judge, entry = pairs[-1 - (i // CRITERIA) % len(pairs)]
            began = time.perf_counter()
            floor.mark(judge, entry, f"C{i % CRITERIA:02d}", value)
            floor_times.append(time.perf_counter() - began)
    return service_times, bare_times, service_cpu, bare_cpu, floor_times


def run_scale(folder: Path, scale: int, base: int, marks: int, with_floor: bool) -> Run:
    path = folder / f"bench-mark-{scale}.sqlite"
    database, services, pairs = build(path)
    try:
        prefill(path, base * scale)
        bare = bare_connection(path)
        floor = Floor(bare_connection(path)) if with_floor else None
        try:
            measure(services, bare, floor, pairs, 20, 0)  # warm up
            service, bare_times, service_cpu, bare_cpu, floor_times = measure(
                services, bare, floor, pairs, marks, 20
            )
        finally:
            bare.close()
            if floor is not None:
                floor.con.close()
    finally:
        database.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Run(
        scale, base * scale, service, bare_times, service_cpu, bare_cpu, peak_mb, floor_times
    )


def spread(times: list[float]) -> str:
    deciles = statistics.quantiles(times, n=10)
    return (
        f"median {statistics.median(times) * 1000:.2f} ms "
        f"(p10 {deciles[0] * 1000:.2f}, p90 {deciles[-1] * 1000:.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--marks", type=int, default=300, help="typed marks measured a scale")
    parser.add_argument("--base", type=int, default=10_000, help="marks already in the table")
    parser.add_argument("--scales", default="1,4,16")
    parser.add_argument(
        "--floor", action="store_true", help="also the typed mark's statements, sqlite3 alone"
    )
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for scale in (int(s) for s in args.scales.split(",")):
            run = run_scale(Path(folder), scale, args.base, args.marks, args.floor)
            runs.append(run)
            ratio = statistics.median(run.service) / statistics.median(run.bare)
            print(f"{run.existing:,} marks already stored ({scale}×), {args.marks} typed:")
            print(f"  typed mark through the service: {spread(run.service)}")
            print(f"  bare sqlite3 INSERT + COMMIT:   {spread(run.bare)}")
            floor = ""
            if run.floor:
                print(f"  its statements, sqlite3 alone:  {spread(run.floor)}")
                ratio_floor = statistics.median(run.floor) / statistics.median(run.bare)
                floor = f" (the floor: {ratio_floor:.2f}×)"
            print(f"  ratio of the medians: {ratio:.2f}×{floor}  peak RSS {run.peak_mb:.0f} MB")
            print(
                f"  CPU a mark: service {run.service_cpu / args.marks * 1000:.2f} ms, bare "
                f"{run.bare_cpu / args.marks * 1000:.2f} ms "
                f"({run.service_cpu / run.bare_cpu:.2f}×)"
            )
    first = runs[0]
    ratio = statistics.median(first.service) / statistics.median(first.bare)
    print(f"budget: within {BUDGET_RATIO}× of the bare INSERT + COMMIT: {ratio:.2f}×")
    return 0 if ratio <= BUDGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
