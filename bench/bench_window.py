"""Benchmark: the main window ready on a 10,000-entry database (budget: under 2 s), beside a
bare ``services.core.entry_rows()`` call (the one query the entries table needs) in the same
run; and the search box and sorting of the entries table at that size.

    .venv/bin/python bench/bench_window.py [--entries 10000]

What is timed, on a fresh SQLite file (the demo's definition plus N generated entries):
- "window ready": QApplication, the shipped font, the Vietnamese translations, the main window
  with all six sections built, shown and painted once, showing the entries section;
- a keystroke in the search box (filter over the stored folded text, the table updated), for
  a one-letter query and for a longer one; sorting by title.
Runs offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.database import open_database
from judging.app import build_services
from judging.demo import demo_competition
from judging.model import Entry
from judging.text import clean

BUDGET_S = 2.0

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Huỳnh")
_MIDDLE = ("Văn", "Thị", "Minh", "Ngọc", "Đức", "Thùy", "Quốc", "Hữu")
_GIVEN = ("An", "Bình", "Châu", "Dũng", "Hà", "Hiếu", "Lan", "Long", "Mai", "Nam", "Oanh")
_THINGS = ("Ứng dụng", "Mô hình", "Giải pháp", "Hệ thống", "Phần mềm", "Thiết bị")
_TOPICS = (
    "quản lý hồ sơ đất đai",
    "cảnh báo triều cường",
    "tưới tiết kiệm nước",
    "theo dõi sức khỏe người cao tuổi",
    "đặt lịch khám bệnh",
    "phân loại rác tại nguồn",
)
_CATEGORIES = ("QLNN", "KTCN", "GDYTXH", "NNMT")


def generated_entries(count: int, seed: int = 1) -> list[Entry]:
    rng = random.Random(seed)
    entries = []
    for n in range(count):
        authors = tuple(
            f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
            for _ in range(rng.randint(1, 3))
        )
        entries.append(
            Entry(
                code=f"HS-{n + 1:05d}",
                title=clean(f"{rng.choice(_THINGS)} {rng.choice(_TOPICS)} số {n + 1}"),
                category=_CATEGORIES[n % 4],
                authors=authors,
                organisation=f"UBND Phường {n % 199 + 1}, Quận {n % 12 + 1}",
                summary="Tóm tắt nội dung sáng kiến, hiệu quả và khả năng nhân rộng.",
            )
        )
    return entries


def median_time(action: object, repeat: int) -> float:
    assert callable(action)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "bench.sqlite"))
        try:
            services = build_services(database.uow_factory, location=database.location)
            services.core.create_competition(demo_competition(), generated_entries(args.entries))
            bare = median_time(services.core.entry_rows, 5)

            start = time.perf_counter()
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QApplication

            from ui.app import Translations
            from ui.errors import ErrorHandler, Prompter
            from ui.fonts import apply_app_font
            from ui.main_window import MainWindow
            from ui.sections.entries import EntriesSection

            app = QApplication.instance() or QApplication(sys.argv)
            assert isinstance(app, QApplication)
            apply_app_font(app)
            translations = Translations(app)
            translations.set_language("vi")
            prompter = Prompter()
            window = MainWindow(
                services,
                languages=translations,
                prompter=prompter,
                errors=ErrorHandler(prompter, log_path=lambda: None),
            )
            window.show_section("entries")
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            window.grab()  # one full paint
            ready = time.perf_counter() - start

            section = window.sections["entries"]
            assert isinstance(section, EntriesSection)
            assert section.model.rowCount() == args.entries
            search = section.search

            def type_query(text: str) -> None:
                search.setText(text)
                app.processEvents()
                search.clear()
                app.processEvents()

            one_letter = median_time(lambda: type_query("n"), 7) / 2
            words = median_time(lambda: type_query("nguyen van an dat dai"), 7) / 2
            sort_title = median_time(
                lambda: (
                    section.table.sortByColumn(1, Qt.SortOrder.AscendingOrder),
                    section.table.sortByColumn(0, Qt.SortOrder.AscendingOrder),
                ),
                3,
            )
            window.close()
        finally:
            database.close()

    print(f"entries:                          {args.entries:,}")
    print(f"bare services.core.entry_rows():  {bare * 1000:8.1f} ms")
    print(
        f"main window ready (entries shown): {ready * 1000:7.1f} ms  "
        f"({ready / bare:.1f}× the bare query; budget {BUDGET_S:.1f} s)"
    )
    print(f"search keystroke, one letter:     {one_letter * 1000:8.1f} ms")
    print(f"search keystroke, five words:     {words * 1000:8.1f} ms")
    print(f"sort by title and back by code:   {sort_title * 1000:8.1f} ms")
    return 0 if ready < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
