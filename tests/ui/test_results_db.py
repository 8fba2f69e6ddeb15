"""The results screen on a real database: marks typed and submitted through the scoring
service, ranked by the real engine, shown, explained and resolved through the real services."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from judging.app import Services
from judging.changes import Area
from judging.model import Entry, Judge, Role
from tests.ui.test_results import FakePrompter, cell, column_of, show_consistency
from tests.unit.test_consistency_data import JUDGES, sample_competition
from ui.bus import ChangeBus
from ui.results.dialogs import ExplanationDialog, TieOrder
from ui.results.rows import Kind
from ui.sections.results import ResultsSection
from ui.setup.runner import SyncRunner

# The marks of tests/unit/test_consistency_data.py (E01–E03): trimmed mean, trim 1.
MARKS = {
    "E01": {
        "tinh_moi": {"GK01": "27", "GK02": "25.5", "GK03": "28", "GK04": "20", "TS01": "29"},
        "hieu_qua": {"GK01": "18", "GK02": "17", "GK03": "18.5", "GK04": "15", "TS01": "19"},
    },
    "E02": {
        "tinh_moi": {"GK01": "24", "GK02": "22", "GK03": "25", "GK04": "23"},
        "hieu_qua": {"GK01": "16", "GK02": "15", "GK03": "17", "GK04": "14.5"},
    },
    "E03": {
        "tinh_moi": {"GK01": "23", "GK02": "24", "GK03": "25", "GK04": "10"},
        "hieu_qua": {"GK01": "15.5", "GK02": "16.5", "GK03": "15", "GK04": "15.5"},
    },
}
TITLES = {
    "E01": "Máy sấy nông sản năng lượng mặt trời",
    "E02": "Ứng dụng Bình Thạnh trực tuyến",
    "E03": "Điện mặt trời áp mái cho trường học",
}


def fill(services: Services) -> None:
    base = sample_competition()
    rnd = dataclasses.replace(base.rounds[0], components=())
    competition = dataclasses.replace(base, rounds=(rnd,))
    entries = [Entry(code, title, "nong_nghiep") for code, title in TITLES.items()]
    judges = [
        Judge(code, name, role=Role.TRAINEE if code.startswith("TS") else Role.MEMBER)
        for code, name in JUDGES.items()
    ]
    services.core.create_competition(competition, entries, judges)
    for entry, criteria in MARKS.items():
        for judge in criteria["tinh_moi"]:
            services.setup.add_assignment("so_khao", judge, entry)
            for criterion, marks in criteria.items():
                services.scoring.set_mark("so_khao", judge, entry, criterion, Decimal(marks[judge]))
            services.scoring.submit("so_khao", judge, entry)


def test_results_screen_on_a_real_database(qtbot: Any, services: Services, english: None) -> None:
    fill(services)
    bus = ChangeBus()
    prompter = FakePrompter()
    section = ResultsSection(services, bus, prompter=prompter, runner=SyncRunner())  # type: ignore[arg-type]
    qtbot.addWidget(section)
    section.show()
    code, rank = column_of(section, Kind.CODE), column_of(section, Kind.RANK)
    final = column_of(section, Kind.FINAL_TOTAL)
    tinh_moi = column_of(section, Kind.CRITERION, "tinh_moi")
    rows = [
        (cell(section, r, code), cell(section, r, rank), cell(section, r, final)) for r in range(3)
    ]
    assert rows[0] == ("E01", "1", "61.25")
    assert {r[0] for r in rows[1:]} == {"E02", "E03"}
    assert [r[1:] for r in rows[1:]] == [("2=", "54.50"), ("2=", "54.50")]
    assert cell(section, 0, tinh_moi) == "26.25"

    # The engine's explanation of E01's "Tính mới": 28 and 20 dropped, the trainee's 29 shown.
    section.table.setCurrentIndex(section.model.index(0, tinh_moi))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    title, html = prompter.explained[-1]
    dialog = ExplanationDialog(title, html)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "<s>28.00</s>" in html and "<s>20.00</s>" in html  # with the round's places
    assert text.count("dropped by trimming") == 2
    assert "trainee: shown, not counted" in text and "29" in text
    assert "26.25" in text

    # Consistency from the engine's marks: the same W as worked out by hand (9/16 over
    # E01–E03 and the four members).
    show_consistency(qtbot, section)
    assert "Kendall's W = <b>0.563</b>" in section.consistency_view.agreement.text()
    assert section.consistency_view.outlier_model.rowCount() == 2

    # The chair orders the tie: one service call, "results" announced, the screen refreshed.
    assert section.tie_button.isEnabled()
    prompter.answer_tie = TieOrder(("E03", "E02"), "Tác động xã hội rộng hơn")
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(section.tie_button, Qt.MouseButton.LeftButton)
    assert prompter.errors == []
    decision = column_of(section, Kind.TIE_DECISION)
    by_code = {cell(section, r, code): r for r in range(3)}
    assert cell(section, by_code["E03"], decision) == "Tác động xã hội rộng hơn"
    # Now ranked 2 and 3; E02's explanation still compares the two on the chain.
    assert (cell(section, by_code["E03"], rank), cell(section, by_code["E02"], rank)) == ("2", "3")
    section.table.setCurrentIndex(section.model.index(by_code["E02"], final))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    explained = prompter.explained[-1][1]
    assert "Tie-break chain" in explained and "E03" in explained
    assert "Tác động xã hội rộng hơn" in explained

    # The chair revises that decision from the screen: the group comes in the recorded
    # order with the earlier reason; the new order and reason replace it.
    assert section.tie_button.isEnabled()
    prompter.answer_tie = TieOrder(("E02", "E03"), "Bốc thăm lại trước hội đồng")
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(section.tie_button, Qt.MouseButton.LeftButton)
    assert prompter.errors == []
    assert prompter.tie_groups[-1] == ["E03", "E02"]
    assert prompter.previous[-1] == "Tác động xã hội rộng hơn"
    by_code = {cell(section, r, code): r for r in range(3)}
    assert (cell(section, by_code["E02"], rank), cell(section, by_code["E03"], rank)) == ("2", "3")
    assert cell(section, by_code["E02"], decision) == "Bốc thăm lại trước hội đồng"

    # Close, then approve: each one service call; the screen follows the round's life.
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    assert prompter.errors == []
    assert section.status_label.text() == "Round closed"
    assert section.approve_button.isEnabled()
    qtbot.mouseClick(section.approve_button, Qt.MouseButton.LeftButton)
    assert prompter.errors == []
    assert section.status_label.text() == "Round approved (locked)"
    assert not section.close_button.isEnabled() and not section.approve_button.isEnabled()
    assert not section.tie_button.isEnabled()
    # Closing it again is refused by the service, in words, and nothing is announced.
    announced: list[Area] = []
    bus.changed.connect(announced.append)
    section.close_button.setEnabled(True)  # as if the screen were stale
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    assert announced == [] and len(prompter.errors) == 1
    assert "approved" in prompter.errors[0]
