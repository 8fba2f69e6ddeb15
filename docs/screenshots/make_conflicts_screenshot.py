"""Make the conflicts dialog's picture again, offscreen, in Vietnamese.

    .venv/bin/python docs/screenshots/make_conflicts_screenshot.py

conflicts-dialog.png: Scoring → "Xử lý điểm chênh lệch…" on the demo, after judge GK05's
score file came back while the secretary had typed part of GK05's paper sheets (two marks
that differ, and a recusal in the file over a paper sheet); the first row set to the judge's
mark.
"""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

import main  # noqa: E402
from db.database import open_database  # noqa: E402
from judging.app import Services, build_services  # noqa: E402
from judging.kits.conflicts import Keep  # noqa: E402
from judging.kits.format import read_kit  # noqa: E402
from judging.scoring.demo import demo_mark  # noqa: E402
from judging.scoring.model import SheetState  # noqa: E402

JUDGE = "GK05"


def judge_scores(organiser: Services, folder: Path) -> bytes:
    """GK05 scores every sheet not started at the organiser's on a laptop, recusing from the
    last one; the score file."""
    path = folder / "laptop.sqlite"
    database = open_database(str(path))
    try:
        laptop = build_services(database.uow_factory, location=str(path))
        laptop.kits.open_kit(read_kit(organiser.kits.export_kit("SK", JUDGE).data, "kit"))
        criteria = laptop.core.require_competition().rounds[0].criteria
        sheets = [s for s in laptop.scoring.judge_sheets("SK", JUDGE).sheets]
        for sheet in sheets[:-1]:
            for c in criteria:
                laptop.scoring.set_mark(
                    "SK", JUDGE, sheet.entry_code, c.code, demo_mark(c, sheet.entry_code, JUDGE)
                )
            laptop.scoring.submit("SK", JUDGE, sheet.entry_code)
        laptop.scoring.recuse("SK", JUDGE, sheets[-1].entry_code, "Là đồng tác giả của giải pháp")
        return laptop.kits.scorefile().data
    finally:
        database.close()


def main_() -> None:
    app = QApplication.instance() or QApplication([])
    from tests.ui.test_main_window_helpers import translations_for
    from ui.fonts import load_fonts

    load_fonts()
    translations_for("vi")
    folder = Path(tempfile.mkdtemp())
    db = folder / "demo.sqlite"
    assert main.main(["--db", str(db), "--lang", "vi", "demo"]) == 0
    database = open_database(str(db))
    try:
        organiser = build_services(database.uow_factory, location=str(db))
        todo = [
            s.entry_code
            for s in organiser.scoring.judge_sheets("SK", JUDGE).sheets
            if s.state is SheetState.NOT_STARTED
        ]
        criteria = organiser.core.require_competition().rounds[0].criteria
        first, last = todo[0], todo[-1]
        paper = {
            first: {c.code: demo_mark(c, first, JUDGE) for c in criteria[:2]},
            last: {criteria[0].code: demo_mark(criteria[0], last, JUDGE)},
        }
        # the secretary misread two of the first sheet's marks
        for c in criteria[:2]:
            paper[first][c.code] = max(paper[first][c.code] - 2 * c.step, Decimal(0))
        organiser.scoring.enter_paper_sheets("SK", JUDGE, paper, submit_complete=False)
        organiser.kits.take_in(judge_scores(organiser, folder), source="GK05.scores.json")
        from ui.scoring.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(organiser, "SK")
        dialog.model.set_choice(0, Keep.JUDGE)
        dialog.resize(1100, 360)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(ROOT / "docs" / "screenshots" / "conflicts-dialog.png"))
    finally:
        database.close()


if __name__ == "__main__":
    main_()
