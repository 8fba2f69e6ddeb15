"""Benchmark: taking in one judge's score file (``take-in``) of many sheets, beside bare
``executemany`` inserting the same mark and mark-version rows into tables of the same shape.

    .venv/bin/python bench/bench_scorefile.py [--sheets 10000] [--repeat 3] [--growth]

One judge is assigned ``--sheets`` entries of a round with 10 criteria (10,000 is what a kit
may hold, judging/kits/format.py); the organiser's database exports the judge's kit (the
signing secret), and the score file says every sheet submitted with every mark and one version
each, signed as the judge's laptop signs it. Each measurement runs in a fresh interpreter on a
fresh copy of the database, the two taking turns:
- take-in: ``services.kits.take_in(data)``: open and verify the signed file, check every
  sheet and mark against the round, store marks, versions and sheets, one transaction;
- bare: as in bench/bench_marks_import.py, the same number of mark and mark-version rows
  into copies of the tables (same file, constraints, indexes and pragmas).
``--growth`` measures 625, 2,500 and 10,000 sheets (1×, 4×, 16×) instead. Exits 1 when the
file of 10,000 sheets is over its budget, within 3× of bare (the budget is for the largest
file: in smaller ones the take-in's fixed part weighs more).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_marks_import import peak_mb, run_bare  # noqa: E402

CRITERIA = 10


def make(folder: Path, sheets: int) -> tuple[Path, Path]:
    """The organiser's database with the judge's kit exported, and the judge's score file."""
    from db.database import open_database
    from judging.app import build_services
    from judging.kits import format as kitformat
    from judging.model import Competition, Criterion, Entry, Judge, Round

    path = folder / "template.sqlite"
    criteria = tuple(
        Criterion(f"C{i:02d}", f"Criterion {i}", Decimal(10), step=Decimal("0.5"))
        for i in range(1, CRITERIA + 1)
    )
    database = open_database(str(path))
    services = build_services(database.uow_factory, location=database.location)
    codes = [f"E{i + 1:05d}" for i in range(sheets)]
    services.core.create_competition(
        Competition(code="BENCH", name="Benchmark", rounds=(Round("R1", "R", criteria=criteria),)),
        [Entry(code, f"Entry {code}") for code in codes],
        [Judge("J001", "Judge 1")],
    )
    with database.uow_factory() as uow:
        uow.setup.add_assignments("R1", [("J001", code) for code in codes], "auto")
        uow.commit()
    services.kits.export_kit("R1", "J001")
    with database.uow_factory() as uow:
        record = uow.kits.kit_for("R1", "J001")
    database.close()
    assert record is not None
    rng = random.Random(3)
    at = "2026-12-06T10:00:00"
    score_sheets = []
    for code in codes:
        marks = []
        for criterion in criteria:
            value = Decimal(rng.randrange(0, 21)) / 2
            version = kitformat.ScoreVersion(1, None, value, "", "typed", "J001", at)
            marks.append(kitformat.ScoreMark(criterion.code, value, "", (version,)))
        score_sheets.append(
            kitformat.ScoreSheet(code, "submitted", submitted_at=at, marks=tuple(marks))
        )
    scores = kitformat.ScoreFile(record.kit_id, "BENCH", "R1", "J001", 1, at, tuple(score_sheets))
    scorefile = folder / "J001.judgescores"
    scorefile.write_bytes(kitformat.write_scorefile(scores, record.secret))
    return path, scorefile


def run_take_in(db: Path, scorefile: Path) -> dict[str, float]:
    from db.database import open_database
    from judging.app import build_services

    database = open_database(str(db))
    services = build_services(database.uow_factory, location=database.location)
    data = scorefile.read_bytes()
    before = peak_mb()
    start = time.perf_counter()
    report = services.kits.take_in(data, source=scorefile.name)
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "peak_mb": peak_mb(), "before_mb": before, "rows": report.new}


def child(kind: str, template: Path, scorefile: Path, marks: int, folder: Path) -> dict[str, float]:
    db = folder / f"{kind}.sqlite"
    shutil.copyfile(template, db)
    command = [sys.executable, __file__, "--child", kind, "--db", str(db)]
    command += ["--file", str(scorefile), "--marks", str(marks)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(sheets: int, repeat: int, folder: Path) -> float:
    """Both sides at one size, taking turns; prints them and returns the ratio of medians."""
    marks = sheets * CRITERIA
    size = folder / str(sheets)
    size.mkdir()
    template, scorefile = make(size, sheets)
    runs: dict[str, list[dict[str, float]]] = {"take-in": [], "bare": []}
    for _ in range(repeat):
        for kind in ("bare", "take-in"):
            runs[kind].append(child(kind, template, scorefile, marks, size))
    assert all(r["rows"] == marks for r in runs["take-in"]), runs["take-in"]
    megabytes = scorefile.stat().st_size / 2**20
    print(f"score file: {sheets:,} sheets, {marks:,} marks ({megabytes:.1f} MB)")
    medians = {}
    for kind, results in runs.items():
        seconds = [r["seconds"] for r in results]
        medians[kind] = statistics.median(seconds)
        peak = max(r["peak_mb"] for r in results)
        added = max(r["peak_mb"] - r["before_mb"] for r in results)
        print(
            f"  {kind:8s} median {medians[kind]:7.3f} s  ({min(seconds):.3f}-{max(seconds):.3f})"
            f"  peak RSS {peak:5.0f} MB (+{added:.0f} MB over the work)"
        )
    ratio = medians["take-in"] / medians["bare"]
    print(f"  ratio take-in / bare: {ratio:.2f}x (budget 3x at 10,000 sheets)", flush=True)
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--growth", action="store_true", help="625, 2,500 and 10,000 sheets")
    parser.add_argument("--child", choices=("take-in", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--marks", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "take-in":
        print(json.dumps(run_take_in(args.db, args.file)))
        return 0
    if args.child == "bare":
        print(json.dumps(run_bare(args.db, args.marks)))
        return 0
    sizes = [625, 2_500, 10_000] if args.growth else [args.sheets]
    with tempfile.TemporaryDirectory() as name:
        ratios = [measure(sheets, args.repeat, Path(name)) for sheets in sizes]
    over = sizes[-1] >= 10_000 and ratios[-1] > 3  # the budget is for the largest file
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
