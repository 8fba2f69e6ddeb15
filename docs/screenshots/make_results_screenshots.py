"""Make the results screen's pictures again, offscreen, in Vietnamese and English.

    .venv/bin/python docs/screenshots/make_results_screenshots.py

- results*.png, results_provisional*.png, consistency*.png, explanation_criterion*.png: the
  demo's first round (built in a temporary folder), entry HS-002;
- explanation_total*.png, explanation_trimmed.png: a small round typed through the services —
  four members and a trainee, trimmed mean (trim 1), rounding to 2 places, a community-vote
  bonus, and E02 and E03 tied after the whole chain — so one picture shows every kind of step;
- results_main_window.png: ``--screenshot --view results`` (the main window).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from db.database import open_database  # noqa: E402
from judging.app import Services, build_services  # noqa: E402
from judging.demo import build_demo  # noqa: E402
from judging.model import Entry, Judge, Role  # noqa: E402
from tests.ui.test_results_db import MARKS, TITLES  # noqa: E402
from tests.unit.test_consistency_data import JUDGES, sample_competition  # noqa: E402
from ui.app import Translations  # noqa: E402
from ui.bus import ChangeBus  # noqa: E402
from ui.fonts import apply_app_font  # noqa: E402
from ui.results.dialogs import ExplanationDialog, Prompter  # noqa: E402
from ui.results.rows import Kind  # noqa: E402
from ui.sections.results import ResultsSection  # noqa: E402
from ui.setup.runner import SyncRunner  # noqa: E402

OUT = Path(__file__).resolve().parent


class Keep(Prompter):
    """Keeps the explanation asked for instead of showing it."""

    last: tuple[str, str] = ("", "")

    def explain(self, parent: QWidget, title: str, html: str) -> None:
        self.last = (title, html)

    def error(self, parent: QWidget, message: str) -> None:
        print(f"error: {message}", file=sys.stderr)


def tied_round(services: Services, folder: Path) -> None:
    base = sample_competition()
    rnd = dataclasses.replace(base.rounds[0], components=base.rounds[0].components[:1])
    services.core.create_competition(
        dataclasses.replace(base, rounds=(rnd,)),
        [Entry(code, title, "nong_nghiep") for code, title in TITLES.items()],
        [
            Judge(code, name, role=Role.TRAINEE if code.startswith("TS") else Role.MEMBER)
            for code, name in JUDGES.items()
        ],
    )
    for entry, criteria in MARKS.items():
        for judge in criteria["tinh_moi"]:
            services.setup.add_assignment("so_khao", judge, entry)
            for criterion, marks in criteria.items():
                services.scoring.set_mark("so_khao", judge, entry, criterion, Decimal(marks[judge]))
            services.scoring.submit("so_khao", judge, entry)
    votes = folder / "votes.csv"
    votes.write_text(
        "round,entry,component,value\n"
        "so_khao,E01,binh_chon,400\nso_khao,E02,binh_chon,130\nso_khao,E03,binh_chon,130\n",
        encoding="utf-8",
    )
    services.setup.import_components(votes)


def section(app: QApplication, services: Services, size: tuple[int, int]) -> ResultsSection:
    shown = ResultsSection(services, ChangeBus(), prompter=Keep(), runner=SyncRunner())
    shown.resize(*size)
    shown.show()
    app.processEvents()
    return shown


def explanation(
    app: QApplication, shown: ResultsSection, entry: str, kind: Kind, code: str, height: int
) -> QWidget:
    model = shown.model
    columns = model.columns()
    code_column = next(i for i, c in enumerate(columns) if c.kind == Kind.CODE)
    row = next(r for r in range(model.rowCount()) if model.index(r, code_column).data() == entry)
    column = next(i for i, c in enumerate(columns) if c.kind == kind and c.code == code)
    shown._on_table_open(model.index(row, column))
    assert isinstance(shown.prompter, Keep)
    dialog = ExplanationDialog(*shown.prompter.last)
    dialog.resize(820, height)
    dialog.show()
    app.processEvents()
    return dialog


def main() -> int:
    app = QApplication([])
    apply_app_font(app)
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as tmp:
        demo_path, tie_path = Path(tmp) / "demo.sqlite", Path(tmp) / "tie.sqlite"
        demo_db, tie_db = open_database(str(demo_path)), open_database(str(tie_path))
        demo = build_services(demo_db.uow_factory, location=demo_db.location)
        tie = build_services(tie_db.uow_factory, location=tie_db.location)
        build_demo(demo)
        tied_round(tie, Path(tmp))
        for language in ("vi", "en"):
            translations.set_language(language)
            suffix = "" if language == "vi" else "_en"
            shown = section(app, demo, (1500, 760))
            shown.grab().save(str(OUT / f"results{suffix}.png"))
            explanation(app, shown, "HS-002", Kind.CRITERION, "tinh_moi", 520).grab().save(
                str(OUT / f"explanation_criterion{suffix}.png")
            )
            shown.resize(1500, 640)
            shown.drafts_box.setChecked(True)
            app.processEvents()
            shown.grab().save(str(OUT / f"results_provisional{suffix}.png"))
            shown.drafts_box.setChecked(False)
            shown.resize(1400, 980)
            shown.tabs.setCurrentIndex(1)
            app.processEvents()
            shown.grab().save(str(OUT / f"consistency{suffix}.png"))
            shown = section(app, tie, (1500, 760))
            explanation(app, shown, "E02", Kind.FINAL_TOTAL, "", 1000).grab().save(
                str(OUT / f"explanation_total{suffix}.png")
            )
            if language == "vi":
                explanation(app, shown, "E02", Kind.CRITERION, "tinh_moi", 520).grab().save(
                    str(OUT / "explanation_trimmed.png")
                )
        demo_db.close()
        tie_db.close()
        # The main window as --screenshot makes it (a process of its own).
        subprocess.run(
            [
                str(ROOT / "judging-desk"),
                "--db",
                str(demo_path),
                "--lang",
                "vi",
                "--screenshot",
                str(OUT / "results_main_window.png"),
                "--view",
                "results",
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
