"""Benchmark: the Results section's table on a 10,000-entry round (500,000 marks, data from
bench/gen_ranking_data.py), from asking to the table painted.

    .venv/bin/python bench/bench_results.py [--db FILE] [--repeat N]

Timed, on the real ``ResultsSection`` (offscreen, Vietnamese) with the app's own runner (the
ranking and the rows on a worker thread, the collector held off meanwhile), from the refresh
until the rows are in and painted, ``--repeat`` times each, taking turns:
- afresh: the section refreshed with no kept ranking (a mark was typed just before): the
  ranking, the table's rows, the model filled, one paint;
- kept: the section refreshed again with nothing stored in between (coming back to Results):
  the kept ranking, the rows, the model, one paint;
- a category chosen, then all categories again (the kept ranking, for each choice).
Budget (issue 13): the results table under 0.5 s — met by the kept ranking; afresh it is the
whole ranking's time (bench_rank.py) plus the table.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.gen_ranking_data import generate
from db.database import open_database
from judging.app import build_services

BUDGET_S = 0.5


def timed(run: Callable[[], object], times: list[float]) -> None:
    start = time.perf_counter()
    run()
    times.append(time.perf_counter() - start)


def row(name: str, times: list[float]) -> str:
    median = statistics.median(times)
    return f"{name:38s} {median * 1000:8.1f} ms  ({min(times) * 1000:.1f}–{max(times) * 1000:.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing benchmark database")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ui.app import Translations
    from ui.bus import ChangeBus
    from ui.fonts import apply_app_font
    from ui.sections.results import ResultsSection
    from ui.setup.runner import ThreadRunner

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_app_font(app)
    Translations(app).set_language("vi")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if path is None:
            path = Path(tmp) / "rank.sqlite"
            generate(path)
        database = open_database(str(path))
        try:
            services = build_services(database.uow_factory, location=database.location)
            section = ResultsSection(services, ChangeBus(), runner=ThreadRunner())
            section.resize(1280, 800)
            section.show()
            print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

            def settled() -> None:
                """Until the worker's rows are in the table, then one full paint."""
                app.processEvents()
                while section.ranking_busy:
                    app.processEvents()
                    time.sleep(0.001)
                section.grab()

            def shown() -> None:
                section.refresh()
                settled()

            def category_and_back() -> None:
                section.category_box.setCurrentIndex(1)
                settled()
                section.category_box.setCurrentIndex(0)
                settled()

            shown()  # the first time: Qt's own warming up, not timed
            assert section.model.rowCount() == 10_000, section.model.rowCount()
            fresh: list[float] = []
            kept: list[float] = []
            categories: list[float] = []
            for _ in range(args.repeat):
                services.ranking.forget()
                timed(shown, fresh)
                timed(shown, kept)
                timed(category_and_back, categories)
            categories = [t / 2 for t in categories]
            print(row("results table, ranking afresh", fresh))
            print(row("results table, kept ranking", kept))
            print(row("a category chosen (kept ranking)", categories))
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"peak memory (RSS): {peak:.0f} MB; load average at the end: "
                f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}"
            )
        finally:
            database.close()
    met = statistics.median(kept) < BUDGET_S and statistics.median(categories) < BUDGET_S
    print(f"{'met' if met else 'NOT MET'}: results table with the kept ranking under 0.5 s")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
