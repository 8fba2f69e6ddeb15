"""Benchmark: importing a 10,000-row entries workbook (budget: under 5 s), reported beside
bare openpyxl reading the same file (read_only, values only) in the same run.

    .venv/bin/python bench/bench_import.py [--entries 10000]

What is timed: reading the workbook, mapping its Vietnamese headers, checking every row
(categories, duplicates, codes) and storing the entries in one transaction on a fresh SQLite
file (WAL, synchronous=FULL) — the whole ``import-entries`` command minus start-up.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import CATEGORIES, write_workbook
from db.database import open_database
from judging.app import build_services
from judging.model import Competition, Criterion, Round


def bare_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workbook = write_workbook(Path(folder) / "entries.xlsx", args.entries)
        bare_times, import_times = [], []
        for attempt in range(args.repeat):
            t0 = time.perf_counter()
            rows = bare_openpyxl(workbook)
            bare_times.append(time.perf_counter() - t0)
            database = open_database(str(Path(folder) / f"bench-{attempt}.sqlite"))
            services = build_services(database.uow_factory, location=database.location)
            services.core.create_competition(
                Competition(
                    code="BENCH",
                    name="Benchmark",
                    categories=CATEGORIES,
                    rounds=(Round("R1", "Round", criteria=(Criterion("c", "C", Decimal(10)),)),),
                )
            )
            t0 = time.perf_counter()
            outcome = services.setup.import_entries_file(workbook)
            import_times.append(time.perf_counter() - t0)
            database.close()
            assert outcome.added == args.entries == rows - 1
        bare, whole = min(bare_times), min(import_times)
        print(f"entries: {args.entries} (best of {args.repeat})")
        print(f"bare openpyxl read:   {bare:6.3f} s")
        print(f"import-entries:       {whole:6.3f} s   (budget 5 s)")
        print(f"ratio import / bare:  {whole / bare:6.2f}x")
        return 0 if whole < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
