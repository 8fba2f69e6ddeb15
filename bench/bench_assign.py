"""Benchmark: assigning 10,000 entries to 300 judges, 5 an entry (budget: under 2 s).

    .venv/bin/python bench/bench_assign.py [--entries 10000 --judges 300 --k 5]

Times the pure assignment (``plan_assignment`` on a snapshot, with same-organisation and
declared conflicts) and, for scale, a bare loop that hands out the same number of pairs
round-robin with no checks at all, in the same run. Also reports the spread of the loads.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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
    return 0 if best < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
