"""Benchmark: a typed mark committed through the service (budget: under 5 ms, median).

    .venv/bin/python bench/bench_mark.py [--marks 300] [--db FILE]

Enters marks one by one through ``ScoringService.set_mark`` — each one user action, one unit
of work, one committed transaction (a new ``mark`` value and a ``mark_version`` row) — on a
fresh SQLite file in WAL mode with ``synchronous=FULL``, and beside it, on the same file with
the same pragmas, a bare sqlite3 ``INSERT`` + ``COMMIT``. Prints both medians and the ratio;
exits 1 when the service's median is over budget.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.database import open_database
from judging.app import build_services
from judging.model import Competition, Criterion, Entry, Judge, Round

BUDGET_MS = 5.0


def build(path: Path, n_entries: int = 80, n_judges: int = 8, n_criteria: int = 10):  # type: ignore[no-untyped-def]
    database = open_database(str(path))
    services = build_services(database.uow_factory, location=database.location)
    criteria = tuple(
        Criterion(code=f"C{i:02d}", name=f"Tiêu chí {i}", max=Decimal(10), step=Decimal("0.25"))
        for i in range(n_criteria)
    )
    services.core.create_competition(
        Competition(code="BENCH", name="Bench", rounds=(Round("R1", "Vòng 1", criteria=criteria),)),
        [Entry(code=f"E{i:03d}", title=f"Hồ sơ {i}") for i in range(n_entries)],
        [Judge(code=f"J{i:02d}", name=f"Giám khảo {i}") for i in range(n_judges)],
    )
    pairs = []
    for e in range(n_entries):
        for k in range(3):
            judge, entry = f"J{(e + k) % n_judges:02d}", f"E{e:03d}"
            services.setup.add_assignment("R1", judge, entry)
            pairs.append((judge, entry))
    return database, services, pairs, [c.code for c in criteria]


def bench_service(services, pairs, codes, n: int, start: int = 0) -> list[float]:  # type: ignore[no-untyped-def]
    """``n`` marks typed for the first time (each a new mark and its first version), sheet
    by sheet as a judge types them (criterion after criterion, then the next entry), from the
    ``start``-th mark on, so that runs compare like with like."""
    times = []
    i = start
    while len(times) < n:
        judge, entry = pairs[(i // len(codes)) % len(pairs)]
        code = codes[i % len(codes)]
        value = Decimal(i % 40) / 4
        began = time.perf_counter()
        services.scoring.set_mark("R1", judge, entry, code, value)
        times.append(time.perf_counter() - began)
        i += 1
    return times


def bench_bare(path: Path, n: int) -> list[float]:
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, v INTEGER)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO bench_bare (v) VALUES (?)", (i,))
        con.execute("COMMIT")
        times.append(time.perf_counter() - start)
    con.close()
    return times


def bench_bare_reconnecting(path: Path, n: int) -> list[float]:
    """The same INSERT + COMMIT, but on a new connection each time, closed after: what the
    engine's NullPool does for every unit of work (closing the last connection of a WAL
    database checkpoints it)."""
    times = []
    for i in range(n):
        start = time.perf_counter()
        con = sqlite3.connect(str(path), isolation_level=None)
        con.execute("PRAGMA busy_timeout = 5000")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO bench_bare (v) VALUES (?)", (i,))
        con.execute("COMMIT")
        con.close()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--marks", type=int, default=300)
    parser.add_argument("--db", type=Path, help="the file to use (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench-mark.sqlite"
        if path.exists():
            path.unlink()
        database, services, pairs, codes = build(path)
        try:
            bench_service(services, pairs, codes, 20)  # warm up
            service = bench_service(services, pairs, codes, args.marks, start=20)
            # For comparison only: the same with one more connection held open on the file,
            # so that closing a unit of work's connection is not the last close (which
            # checkpoints a WAL database). The program itself does not do this (yet).
            keeper = sqlite3.connect(str(path))
            keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
            try:
                kept = bench_service(services, pairs, codes, args.marks, start=20 + args.marks)
            finally:
                keeper.close()
        finally:
            database.close()
        bare = bench_bare(path, args.marks)
        reconnecting = bench_bare_reconnecting(path, args.marks)
    med_service = statistics.median(service) * 1000
    med_bare = statistics.median(bare) * 1000
    med_reconnecting = statistics.median(reconnecting) * 1000
    print(f"typed mark through the service: median {med_service:.2f} ms over {len(service)}")
    print(f"  p90 {statistics.quantiles(service, n=10)[-1] * 1000:.2f} ms")
    print(
        "  same, another connection kept open (no checkpoint on each close): "
        f"median {statistics.median(kept) * 1000:.2f} ms"
    )
    print(f"bare sqlite3 INSERT + COMMIT:   median {med_bare:.2f} ms over {len(bare)}")
    print(f"  same, a new connection each time: median {med_reconnecting:.2f} ms")
    print(f"ratio service / bare: {med_service / med_bare:.1f}×  (budget {BUDGET_MS} ms)")
    return 0 if med_service < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
