"""Benchmark: ``import-marks`` of a large marks CSV, beside bare ``executemany`` inserting the
same mark and mark-version rows into tables of the same shape, in the same file, same run.

    .venv/bin/python bench/bench_marks_import.py [--marks 500000] [--repeat 3] [--growth]

The database holds 10 criteria, 300 judges and ``marks / 50`` entries with 5 judges each
(bench/gen_ranking_data.py, its marks and sheets removed): every assigned judge × entry ×
criterion has one row in the CSV. Each measurement runs in a fresh interpreter on a fresh copy
of that database and reports its time and its peak resident memory (VmHWM), the two taking
turns:
- import: ``services.scoring.import_marks(data)`` — decoding and splitting the file, checking
  every row (round, judge, entry, criterion, number syntax, range, step, assignment, sheet
  state, a mark given twice), writing marks, versions and submitted sheets in one transaction,
  the audit event, the commit: the whole command minus start-up;
- bare: sqlite3 alone, ``executemany`` of the same number of mark rows and mark-version rows
  (made beforehand, not timed) into ``bare_mark``/``bare_mark_version``, copies of the
  program's tables with their constraints and indexes, same pragmas (WAL, synchronous=FULL,
  foreign_keys=ON), one transaction and its commit.
``--growth`` measures 1×, 4× and 16× of ``--base`` marks (default 31,250) instead.
Budget (issue 13): import within 3× of bare.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CRITERIA = 10
JUDGES_PER_ENTRY = 5
NOW = "2026-11-28 06:00:00.000000"


# -- the data ---------------------------------------------------------------------------------


def make_database(path: Path, marks: int) -> tuple[int, Path]:
    """A database with the assignments for ``marks`` marks and none stored; and its CSV."""
    from bench.gen_ranking_data import generate

    entries = marks // (CRITERIA * JUDGES_PER_ENTRY)
    generate(path, entries=entries, judges=300)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM mark")
    con.execute("DELETE FROM score_sheet")
    con.commit()
    con.execute("VACUUM")
    rows = con.execute(
        "SELECT e.code, j.code FROM assignment a JOIN entry e ON e.id = a.entry_id"
        " JOIN judge j ON j.id = a.judge_id ORDER BY a.id"
    ).fetchall()
    criteria = [r[0] for r in con.execute("SELECT code FROM criterion ORDER BY position")]
    con.close()
    rng = random.Random(7)
    csv_path = path.with_suffix(".csv")
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("round,entry,judge,criterion,mark,comment\n")
        for entry, judge in rows:
            for code in criteria:
                mark = rng.randrange(0, 21) / 2
                handle.write(f"R1,{entry},{judge},{code},{mark:g},\n")
    return len(rows) * len(criteria), csv_path


# -- one measurement, in a fresh interpreter --------------------------------------------------


def peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        found = re.search(r"VmHWM:\s+(\d+) kB", status.read())
    assert found is not None
    return int(found.group(1)) / 1024


def run_import(db: Path, csv_path: Path) -> dict[str, float]:
    from db.database import open_database
    from judging.app import build_services

    database = open_database(str(db))
    services = build_services(database.uow_factory, location=database.location)
    data = csv_path.read_bytes()
    before = peak_mb()
    start = time.perf_counter()
    report = services.scoring.import_marks(data, source=csv_path.name)
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "peak_mb": peak_mb(), "before_mb": before, "rows": report.changed}


def _copy_table(con: sqlite3.Connection, table: str, renames: dict[str, str]) -> None:
    """``bare_<table>``: the same columns, constraints and indexes."""
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    for old, new in renames.items():
        sql = re.sub(rf'\b(TABLE|REFERENCES) "?{old}"? ?\(', rf"\1 {new} (", sql)
    con.execute(sql)
    for (index_sql,) in con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall():
        index_sql = re.sub(r"INDEX (\w+) ON (\w+)", r"INDEX bare_\1 ON bare_\2", index_sql)
        con.execute(index_sql)


def run_bare(db: Path, marks: int) -> dict[str, float]:
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA busy_timeout = 5000")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    renames = {"mark_version": "bare_mark_version", "mark": "bare_mark"}
    _copy_table(con, "mark", renames)
    _copy_table(con, "mark_version", renames)
    assignments = [r[0] for r in con.execute("SELECT id FROM assignment ORDER BY id")]
    criteria = [r[0] for r in con.execute("SELECT id FROM criterion ORDER BY position")]
    rng = random.Random(7)
    mark_rows: list[tuple[object, ...]] = []
    version_rows: list[tuple[object, ...]] = []
    for aid in assignments:
        for cid in criteria:
            mid = len(mark_rows) + 1
            value = rng.randrange(0, 21) * 5000
            mark_rows.append((mid, str(uuid.uuid4()), aid, cid, value, "", 1, "file", NOW))
            version_rows.append((mid, 1, None, value, "", "file", "organiser", NOW))
    assert len(mark_rows) == marks
    before = peak_mb()
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO bare_mark (id, uuid, assignment_id, criterion_id, value, comment, version,"
        " origin, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        mark_rows,
    )
    con.executemany(
        "INSERT INTO bare_mark_version (mark_id, version, old_value, new_value, comment, origin,"
        " actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        version_rows,
    )
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return {"seconds": elapsed, "peak_mb": peak_mb(), "before_mb": before, "rows": marks}


def child(kind: str, template: Path, csv_path: Path, marks: int, folder: Path) -> dict[str, float]:
    """Run one measurement in a fresh interpreter on a fresh copy of the database."""
    db = folder / f"{kind}.sqlite"
    shutil.copyfile(template, db)
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--db",
            str(db),
            "--csv",
            str(csv_path),
            "--marks",
            str(marks),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    db.unlink()
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- the comparison ---------------------------------------------------------------------------


def measure(marks: int, repeat: int, folder: Path) -> dict[str, object]:
    template = folder / f"template-{marks}.sqlite"
    count, csv_path = make_database(template, marks)
    runs: dict[str, list[dict[str, float]]] = {"import": [], "bare": []}
    for _ in range(repeat):
        for kind in ("bare", "import"):
            runs[kind].append(child(kind, template, csv_path, count, folder))
    assert all(r["rows"] == count for r in runs["import"]), runs["import"]
    summary: dict[str, object] = {"marks": count, "csv_mb": csv_path.stat().st_size / 2**20}
    for kind, results in runs.items():
        seconds = [r["seconds"] for r in results]
        summary[kind] = {
            "median": statistics.median(seconds),
            "min": min(seconds),
            "max": max(seconds),
            "peak_mb": max(r["peak_mb"] for r in results),
            "added_mb": max(r["peak_mb"] - r["before_mb"] for r in results),
        }
    return summary


def show(summary: dict[str, object]) -> float:
    imp, bare = summary["import"], summary["bare"]
    assert isinstance(imp, dict) and isinstance(bare, dict)
    ratio = float(imp["median"]) / float(bare["median"])
    print(f"marks: {summary['marks']:,} (CSV {summary['csv_mb']:.1f} MB)")
    for name, r in (("import-marks", imp), ("bare executemany", bare)):
        print(
            f"  {name:17s} median {r['median']:7.3f} s  ({r['min']:.3f}-{r['max']:.3f})"
            f"  peak RSS {r['peak_mb']:6.0f} MB (+{r['added_mb']:.0f} MB over the work)"
        )
    print(f"  ratio import / bare: {ratio:.2f}x (budget 3x)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--marks", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--growth", action="store_true", help="1x, 4x and 16x of --base marks")
    parser.add_argument("--base", type=int, default=31_250)
    parser.add_argument("--child", choices=("import", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child == "import":
            result = run_import(args.db, args.csv)
        else:
            result = run_bare(args.db, args.marks)
        print(json.dumps(result))
        return 0
    sizes = [args.base, args.base * 4, args.base * 16] if args.growth else [args.marks]
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        for marks in sizes:
            ratios.append(show(measure(marks, args.repeat, Path(folder))))
    return 0 if all(r <= 3 for r in ratios) else 1


if __name__ == "__main__":
    sys.exit(main())
