"""Benchmark: assigning 10,000 entries to 300 judges, 5 an entry (budget: under 2 s).

    .venv/bin/python bench/bench_assign.py [--entries 10000 --judges 300 --k 5]

Two measurements, each beside a bare baseline in the same run:
- the pure assignment (``plan_assignment`` on a snapshot, with same-organisation and declared
  conflicts) beside a bare loop handing out the same number of pairs round-robin;
- the whole ``assign`` service call on a SQLite file (WAL, synchronous=FULL): load the snapshot,
  plan, store 50,000 assignments, commit — beside bare sqlite3 inserting the same number of rows
  into a table of the same shape (indexes, no foreign keys) and committing.
Also reports the spread of the loads.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections import Counter
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.database import open_database
from judging.app import build_services
from judging.model import Competition, Criterion, Entry, Judge, Round
from judging.setup.assignment import (
    AssignmentSnapshot,
    EntryFacts,
    JudgeFacts,
    plan_assignment,
)


def snapshot(n_entries: int, n_judges: int, k: int, seed: int = 1) -> AssignmentSnapshot:
    rng = random.Random(seed)
    orgs = [f"don vi {i}" for i in range(400)]
    entries = tuple(
        EntryFacts(f"E{i:05d}", f"C{i % 4}", rng.choice(orgs)) for i in range(n_entries)
    )
    judges = tuple(JudgeFacts(f"J{i:03d}", rng.choice(orgs)) for i in range(n_judges))
    declared = frozenset(
        (rng.choice(judges).code, rng.choice(entries).code) for _ in range(n_entries // 10)
    )
    return AssignmentSnapshot(k=k, entries=entries, judges=judges, declared_conflicts=declared)


def bare(n_entries: int, n_judges: int, k: int) -> int:
    pairs = []
    j = 0
    for e in range(n_entries):
        for _ in range(k):
            pairs.append((j % n_judges, e))
            j += 1
    return len(pairs)


def service_run(n_entries: int, n_judges: int, k: int, folder: Path) -> tuple[float, int]:
    snap = snapshot(n_entries, n_judges, k)
    database = open_database(str(folder / "assign.sqlite"))
    try:
        services = build_services(database.uow_factory, location=database.location)
        services.core.create_competition(
            Competition(
                code="BENCH",
                name="Benchmark",
                rounds=(
                    Round(
                        "R1",
                        "Round",
                        judges_per_entry=k,
                        criteria=(Criterion("c", "C", Decimal(10)),),
                    ),
                ),
            ),
            (Entry(code=e.code, title=e.code, organisation=e.organisation) for e in snap.entries),
            (Judge(code=j.code, name=j.code, organisation=j.organisation) for j in snap.judges),
        )
        t0 = time.perf_counter()
        outcome = services.setup.assign("R1", seed=2026)
        return time.perf_counter() - t0, outcome.added
    finally:
        database.close()


def bare_sqlite(rows: int, folder: Path) -> float:
    connection = sqlite3.connect(str(folder / "bare.sqlite"), isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE assignment (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE NOT NULL, "
        "round_id INTEGER NOT NULL, judge_id INTEGER NOT NULL, entry_id INTEGER NOT NULL, "
        "origin TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (round_id, judge_id, entry_id))"
    )
    connection.execute("CREATE INDEX ix_assignment_entry ON assignment (round_id, entry_id)")
    t0 = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO assignment (uuid, round_id, judge_id, entry_id, origin, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            (str(uuid.uuid4()), 1, i % 300, i // 5, "auto", "2026-01-01 00:00:00")
            for i in range(rows)
        ),
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    connection.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--judges", type=int, default=300)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    snap = snapshot(args.entries, args.judges, args.k)
    times, bare_times = [], []
    plan = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        bare(args.entries, args.judges, args.k)
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        plan = plan_assignment(snap, seed=2026)
        times.append(time.perf_counter() - t0)
    assert plan is not None
    loads = Counter(j for j, _ in plan.added)
    best, bare_best = min(times), min(bare_times)
    print(
        f"entries {args.entries}, judges {args.judges}, {args.k} an entry (best of {args.repeat})"
    )
    print(f"pairs assigned:        {len(plan.added)}; uncovered entries: {len(plan.uncovered)}")
    print(f"loads:                 {min(loads.values())} to {max(loads.values())}")
    print(f"bare round-robin loop: {bare_best:6.3f} s")
    print(f"plan_assignment:       {best:6.3f} s   (budget 2 s)")
    print(f"ratio plan / bare:     {best / bare_best:6.1f}x")
    with tempfile.TemporaryDirectory() as folder:
        whole, added = service_run(args.entries, args.judges, args.k, Path(folder))
        bare_db = bare_sqlite(added, Path(folder))
    print(f"bare sqlite3 insert of {added} rows + commit: {bare_db:6.3f} s")
    print(f"assign service (load, plan, store, commit): {whole:6.3f} s   (budget 2 s)")
    print(f"ratio service / bare insert:  {whole / bare_db:6.1f}x")
    return 0 if best < 2 and whole < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
