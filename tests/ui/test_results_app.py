"""The Results section inside the main window, in Vietnamese, on the demo database (issue 9):
closing a round says what is missing and asks; reopening asks a reason and is audited; the
columns a council reads first fit a 1024- and a 1366-pixel screen; numbers with a decimal
comma and the round's places; no English word and no internal code on the screen, in the
explanation, the tie dialog or the consistency tab.

Every question is the real one (``QMessageBox``, the reason dialog, the tie dialog), answered
through the application's active modal widget; what changed is read back from the database
file with sqlite3."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services, build_services
from judging.numbers import format_places
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import make_shell, reset_translations
from ui.results.consistency_view import ConsistencyView
from ui.results.dialogs import ExplanationDialog, ReopenRoundDialog, ResolveTieDialog
from ui.results.rows import Kind
from ui.sections.results import ResultsSection

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services

W = TypeVar("W", bound=QWidget)

# Laptop screens without a 40-pixel task bar, less the window's frame (title bar and borders).
SIZES = {"1024x768": (1024 - 16, 728 - 40), "1366x768": (1366 - 16, 728 - 40)}

#: English words that must not be seen on the Vietnamese Results screen.
ENGLISH = re.compile(
    r"\b(share|rank(ed)?|total|jury|round|entry|entries|judge|tie|prize|criterion|"
    r"incomplete|withdrawn|the|and|of|seed|Yes|No|OK|Cancel|Close)\b"
)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


def _db_file(database: OpenDatabase) -> str:
    url = database.engine.url
    assert url.database
    return str(url.database)


def _query(database: OpenDatabase, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(_db_file(database)) as connection:
        return list(connection.execute(sql, args))


def _round_status(database: OpenDatabase, code: str) -> str:
    ((status,),) = _query(database, "SELECT status FROM round WHERE code = ?", code)
    return str(status)


def _audit(database: OpenDatabase, action: str) -> list[tuple[str, str, str]]:
    return [
        (str(a), str(s), str(d))
        for a, s, d in _query(
            database,
            "SELECT actor, subject, detail FROM audit_log WHERE action = ? ORDER BY id",
            action,
        )
    ]


def _unsubmitted_sheets(database: OpenDatabase, code: str) -> int:
    """Counted judges' sheets of active entries not submitted (or never started), from SQL."""
    ((count,),) = _query(
        database,
        """SELECT count(*) FROM assignment a
           JOIN round r ON r.id = a.round_id
           JOIN judge j ON j.id = a.judge_id
           JOIN entry e ON e.id = a.entry_id
           LEFT JOIN score_sheet s ON s.assignment_id = a.id
           WHERE r.code = ? AND j.role != 'trainee' AND e.status = 'active'
             AND coalesce(s.state, 'not_started') IN ('not_started', 'in_progress')""",
        code,
    )
    return int(count)


def button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, [b.text() for b in widget.findChildren(QPushButton)]
    return found[0]


def results_in_window(
    qtbot: QtBot, services: Services, tmp_path: Path, size: tuple[int, int] | None = None
) -> ResultsSection:
    shell = make_shell(qtbot, services, tmp_path, language="vi")
    if size is not None:
        shell.window.resize(*size)
    shell.window.show_section("results")
    section = shell.window.section("results")
    assert isinstance(section, ResultsSection)
    qtbot.waitUntil(lambda: section.result is not None and not section.background_busy())
    return section


def visible_texts(section: ResultsSection) -> list[str]:
    """What the Results screen shows: headers, every cell, the status, legend and messages."""
    model = section.model
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if not section.table.isColumnHidden(column):
                texts.append(model.data(model.index(row, column)))
    texts += [section.status_label.text(), section.legend.text(), section.message.text()]
    texts += [b.text() for b in section.action_buttons()] + [section.drafts_box.text()]
    texts += [section.round_box.itemText(i) for i in range(section.round_box.count())]
    return [t for t in texts if t]


# -- closing and reopening -------------------------------------------------------------------
def test_closing_says_what_is_missing_and_keeping_it_open_changes_nothing(
    qtbot: QtBot, demo_services: Services, demo_database: OpenDatabase, tmp_path: Path
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path)
    assert section.round_code() == "SK" and _round_status(demo_database, "SK") == "open"
    missing = _unsubmitted_sheets(demo_database, "SK")
    assert missing > 0
    boxes = when_modal(
        QMessageBox,
        lambda box: qtbot.mouseClick(button(box, "Chưa kết thúc"), Qt.MouseButton.LeftButton),
    )
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes))
    box = boxes[0]
    text = box.text()
    assert f"{missing} phiếu chấm chưa nộp" in text
    assert "hồ sơ chưa đủ điểm để xếp hạng" in text and "Vòng sơ khảo" in text
    # The first entries are named, with the judges whose sheets are missing.
    ((title,),) = _query(demo_database, "SELECT title FROM entry WHERE code = 'HS-017'")
    assert f"HS-017 — {title}" in box.informativeText()
    assert re.search(r"GK\d\d: chưa (chấm|nộp phiếu)", box.informativeText())
    assert not ENGLISH.search(text + box.informativeText())
    qtbot.wait(50)
    assert _round_status(demo_database, "SK") == "open"
    assert _audit(demo_database, "ranking.close_round") == []


def test_a_round_is_closed_then_reopened_with_a_reason_in_the_app(
    qtbot: QtBot, demo_services: Services, demo_database: OpenDatabase, tmp_path: Path
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path)
    assert not section.reopen_button.isEnabled()
    boxes = when_modal(
        QMessageBox,
        lambda box: qtbot.mouseClick(button(box, "Kết thúc vòng"), Qt.MouseButton.LeftButton),
    )
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _round_status(demo_database, "SK") == "closed")
    assert boxes
    assert [(a, s) for a, s, _ in _audit(demo_database, "ranking.close_round")] == [
        ("organiser", "SK")
    ]
    qtbot.waitUntil(lambda: section.status_label.text() == "Vòng đã kết thúc")
    qtbot.waitUntil(lambda: section.reopen_button.isEnabled())
    assert not section.close_button.isEnabled()

    reason = "GK05 nộp bổ sung phiếu chấm"

    def give_reason(dialog: ReopenRoundDialog) -> None:
        ok = button(dialog, "Mở lại vòng")
        assert not ok.isEnabled()  # a reason is required
        assert "Vòng sơ khảo" in dialog.question.text()
        # Typed keys are ASCII only (QTest); the Vietnamese words come as an input method
        # commits them.
        qtbot.keyClicks(dialog.reason, "GK05 ")
        assert ok.isEnabled()
        dialog.reason.insertPlainText("nộp bổ sung phiếu chấm")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    dialogs = when_modal(ReopenRoundDialog, give_reason)
    qtbot.mouseClick(section.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _round_status(demo_database, "SK") == "open")
    assert dialogs
    ((actor, subject, detail),) = _audit(demo_database, "ranking.reopen_round")
    assert (actor, subject) == ("organiser", "SK")
    assert detail == f"closed → open: {reason}"
    qtbot.waitUntil(lambda: section.close_button.isEnabled())
    assert not section.reopen_button.isEnabled()


def test_cancelling_the_reason_keeps_the_round_closed(
    qtbot: QtBot, demo_services: Services, demo_database: OpenDatabase, tmp_path: Path
) -> None:
    demo_services.ranking.close_round("SK")
    section = results_in_window(qtbot, demo_services, tmp_path)
    assert section.reopen_button.isEnabled()
    dialogs = when_modal(
        ReopenRoundDialog,
        lambda dialog: qtbot.mouseClick(button(dialog, "Hủy"), Qt.MouseButton.LeftButton),
    )
    qtbot.mouseClick(section.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs))
    qtbot.wait(50)
    assert _round_status(demo_database, "SK") == "closed"
    assert _audit(demo_database, "ranking.reopen_round") == []


def test_round_gaps_name_every_entry_without_its_marks(
    demo_services: Services, demo_database: OpenDatabase
) -> None:
    gaps = demo_services.ranking.round_gaps("SK")
    assert gaps.unsubmitted == _unsubmitted_sheets(demo_database, "SK")
    incomplete = {
        str(code)
        for (code,) in _query(
            demo_database,
            """SELECT DISTINCT e.code FROM assignment a
               JOIN round r ON r.id = a.round_id JOIN judge j ON j.id = a.judge_id
               JOIN entry e ON e.id = a.entry_id
               LEFT JOIN score_sheet s ON s.assignment_id = a.id
               WHERE r.code = 'SK' AND j.role != 'trainee' AND e.status = 'active'
                 AND coalesce(s.state, 'not_started') IN ('not_started', 'in_progress')""",
        )
    }
    assert {e.entry for e in gaps.incomplete} == incomplete
    assert not gaps.complete


# -- the columns a council reads first, on small screens -------------------------------------
@pytest.mark.parametrize("name", list(SIZES))
def test_rank_to_advancement_are_visible_without_scrolling(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, name: str
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path, SIZES[name])
    window = section.window()
    assert (window.width(), window.height()) == SIZES[name]
    table, header = section.table, section.table.horizontalHeader()
    assert table.horizontalScrollBar().value() == 0
    kinds = [c.kind for c in section.model.columns()]
    first = [Kind.RANK, Kind.CODE, Kind.TITLE, Kind.FINAL_TOTAL, Kind.PRIZE, Kind.ADVANCED]
    assert kinds[:6] == first  # and the criteria after them
    assert kinds.index(Kind.CRITERION) > kinds.index(Kind.ADVANCED)
    # The section fits the window: the window's scroll area around it scrolls neither way,
    # and every action button is whole and on screen.
    holder = section.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    # with room to spare (a longer status or a wider font must not tip it over)
    assert section.minimumSizeHint().width() <= holder.viewport().width() - 40
    assert section.minimumSizeHint().height() <= holder.viewport().height()
    # The scroll bars follow the layout a moment later (a queued relayout, slower on a loaded
    # machine): wait for them to settle rather than read them mid-way.
    qtbot.waitUntil(
        lambda: (
            not holder.horizontalScrollBar().isVisible()
            and not holder.verticalScrollBar().isVisible()
        ),
        timeout=5000,
    )
    for action in section.action_buttons():
        right = action.mapTo(window, action.rect().topRight()).x()
        assert right <= holder.mapTo(window, holder.rect().topRight()).x(), action.text()
        assert action.width() >= action.minimumSizeHint().width(), action.text()
    viewport = table.viewport()
    corner = viewport.mapTo(window, viewport.rect().topLeft())
    assert corner.x() >= 0 and corner.x() + viewport.width() <= window.width()
    for i in range(6):
        left = header.sectionViewportPosition(i)
        assert left >= 0 and left + header.sectionSize(i) <= viewport.width(), (name, kinds[i])
        assert header.sectionSize(i) >= 40
    # The title keeps room to be read, and the prize's name is whole.
    assert header.sectionSize(2) >= 160
    prize = kinds.index(Kind.PRIZE)
    assert header.sectionSize(prize) >= table.sizeHintForColumn(prize)


# -- words and numbers -------------------------------------------------------------------------
def test_the_vietnamese_results_screen_has_no_english_and_no_codes(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path)
    competition = demo_services.core.competition()
    assert competition is not None
    round_ = competition.round("SK")
    assert round_ is not None and round_.ranking.total_places == 2
    texts = visible_texts(section)
    assert section.round_box.currentText() == round_.name  # no "(SK)"
    codes = {r.code for r in competition.rounds} | {p.code for p in competition.prizes}
    for text in texts:
        assert not ENGLISH.search(text), text
        for criterion in round_.criteria:
            assert criterion.code not in text, text
        assert not re.search(r"\[\d\]", text), text
        assert not codes & set(re.findall(r"\b[A-Z]{2,4}\b", text)), text
    # Prizes by their names, never the internal codes.
    prizes = {p.name for p in competition.prizes}
    prize_column = [c.kind for c in section.model.columns()].index(Kind.PRIZE)
    rows = range(section.model.rowCount())
    shown = {section.model.data(section.model.index(r, prize_column)) for r in rows}
    assert shown <= prizes | {""}
    # The order of the tie-break is said in words, with the criteria's names.
    tinh_moi = round_.criterion("tinh_moi")
    assert tinh_moi is not None
    assert f"Tổng điểm hội đồng, rồi đến {tinh_moi.name}" in section.legend.text()
    # Numbers: a decimal comma, the round's two places.
    result = section.result
    assert result is not None
    final = [c.kind for c in section.model.columns()].index(Kind.FINAL_TOTAL)
    for row in range(section.model.rowCount()):
        entry = section.model.entry_at(section.model.index(row, final))
        assert entry is not None
        text = section.model.data(section.model.index(row, final))
        assert text == format_places(entry.final_total, 2, "vi")
        if entry.final_total is not None:
            assert re.fullmatch(r"\d+,\d\d", text), text


def test_the_explanation_in_vietnamese_names_criteria_and_writes_commas(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path)
    final = [c.kind for c in section.model.columns()].index(Kind.FINAL_TOTAL)
    section.table.setCurrentIndex(section.model.index(0, final))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(section.findChildren(ExplanationDialog)))
    (dialog,) = section.findChildren(ExplanationDialog)
    text = dialog.text()
    round_ = demo_services.core.competition().round("SK")  # type: ignore[union-attr]
    assert round_ is not None
    for criterion in round_.criteria:
        assert criterion.name in text
        assert f"({criterion.code})" not in text and criterion.code not in text
    assert not re.search(r"\d\.\d", text), "a decimal point in the Vietnamese explanation"
    assert re.search(r"\d,\d\d", text)
    assert not ENGLISH.search(text + dialog.windowTitle()), ENGLISH.search(text)
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Đóng"]
    dialog.close()


def test_the_consistency_tab_explains_its_figures_in_vietnamese(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path)
    section.tabs.setCurrentIndex(1)
    view = section.consistency_view
    assert isinstance(view, ConsistencyView)
    qtbot.waitUntil(lambda: view.report is not None)
    text = re.sub(r"<[^>]+>", "", view.agreement.text())
    assert "Độ tin cậy của điểm, ICC(1)" in text
    assert "ICC(1) cho biết tổng điểm chênh nhau" in text
    assert "Hệ số W của Kendall cho biết" in text
    assert not re.search(r"\d\.\d", text)
    stats = view.judges_model
    cells = [stats.data(stats.index(r, c)) for r in range(stats.rowCount()) for c in range(3, 9)]
    assert any(re.fullmatch(r"[+-]?\d+,\d\d", str(c)) for c in cells)
    assert not any(re.search(r"\d\.\d", str(c)) for c in cells)


def test_the_tie_dialog_speaks_vietnamese(qtbot: QtBot, demo_services: Services) -> None:
    from tests.ui.test_main_window_helpers import translations_for

    translations_for("vi")
    result = demo_services.ranking.rank("SK")
    dialog = ResolveTieDialog(result.results[:2])
    qtbot.addWidget(dialog)
    texts = [dialog.windowTitle(), dialog.intro.text(), dialog.hint.text()]
    texts += [b.text() for b in dialog.findChildren(QPushButton)]
    assert "Ghi nhận thứ tự" in texts and "Hủy" in texts
    for text in texts:
        assert not ENGLISH.search(text.replace("&", "")), text


def test_in_english_the_numbers_have_a_point_and_the_figures_their_sentences(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    shell = make_shell(qtbot, demo_services, tmp_path, language="en")
    shell.window.show_section("results")
    section = shell.window.section("results")
    assert isinstance(section, ResultsSection)
    qtbot.waitUntil(lambda: section.result is not None and not section.background_busy())
    final = [c.kind for c in section.model.columns()].index(Kind.FINAL_TOTAL)
    entry = section.model.entry_at(section.model.index(0, final))
    assert entry is not None and entry.final_total is not None
    text = section.model.data(section.model.index(0, final))
    assert text == format_places(entry.final_total, 2, "en") and re.fullmatch(r"\d+\.\d\d", text)
    assert "Equal totals are separated by: Jury total, then Tính mới" in section.legend.text()
    assert "“=” after a rank: tied" in section.legend.text()
    section.tabs.setCurrentIndex(1)
    view = section.consistency_view
    qtbot.waitUntil(lambda: view.report is not None)
    agreement = view.agreement.text()
    assert "ICC(1) says how far the totals differ" in agreement
    assert "Kendall's W says whether judges who scored the same entries" in agreement


def test_approving_a_round_with_gaps_says_why_in_vietnamese_and_changes_nothing(
    qtbot: QtBot, demo_services: Services, demo_database: OpenDatabase, tmp_path: Path
) -> None:
    demo_services.ranking.close_round("SK")
    section = results_in_window(qtbot, demo_services, tmp_path)
    assert section.approve_button.isEnabled()
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    boxes = when_modal(QMessageBox, read_and_close)
    qtbot.mouseClick(section.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes))
    (text,) = texts
    assert text.startswith("Chưa thể phê duyệt vòng này:")
    assert "HS-017" in text
    assert not ENGLISH.search(text), ENGLISH.search(text)
    assert _round_status(demo_database, "SK") == "closed"
    assert _audit(demo_database, "ranking.approve_round") == []


# -- the chair's order for a tie, through the real dialog ------------------------------------
#: The same mark on each criterion from every judge: the entries it is given to tie exactly.
EQUAL_MARKS = {"tinh_moi": 25, "kha_nang_ap_dung": 24, "hieu_qua": 26, "kha_nang_nhan_rong": 8}


def make_a_tie(services: Services, round_code: str, entries: tuple[str, ...]) -> None:
    """Type and submit the same marks on every sheet of ``entries``, through the services."""
    for assignment in services.setup.assignments(round_code):
        if assignment.entry not in entries:
            continue
        for criterion, mark in EQUAL_MARKS.items():
            services.scoring.set_mark(
                round_code, assignment.judge, assignment.entry, criterion, Decimal(mark)
            )
        services.scoring.submit(round_code, assignment.judge, assignment.entry)


def test_the_chair_orders_a_tie_through_the_real_dialog(
    qtbot: QtBot, demo_services: Services, demo_database: OpenDatabase, tmp_path: Path
) -> None:
    tied = ("HS-017", "HS-018")
    make_a_tie(demo_services, "SK", tied)
    before = demo_services.ranking.rank("SK")
    assert tied in before.ties  # the engine sees the tie the marks make
    section = results_in_window(qtbot, demo_services, tmp_path)
    assert section.tie_button.text() == "Xử lý đồng hạng…"
    assert section.tie_button.isEnabled()
    reason = "HS-018 áp dụng rộng hơn ở các phường"
    seen: dict[str, object] = {}

    def chair_orders(dialog: ResolveTieDialog) -> None:
        items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["items"] = items
        ok = button(dialog, "Ghi nhận thứ tự")
        assert not ok.isEnabled()  # a reason is required
        # HS-018 first: select it with a click, then the real "Move up" button
        second = dialog.list.visualItemRect(dialog.list.item(1)).center()
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=second)
        qtbot.mouseClick(button(dialog, "Chuyển &lên"), Qt.MouseButton.LeftButton)
        seen["ordered"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        qtbot.keyClicks(dialog.reason, "HS-018 ")
        dialog.reason.insertPlainText("áp dụng rộng hơn ở các phường")  # as an input method
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    dialogs = when_modal(ResolveTieDialog, chair_orders)
    qtbot.mouseClick(section.tie_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(_query(demo_database, "SELECT id FROM tie_decision")), timeout=60_000
    )
    assert dialogs
    titles = dict(_query(demo_database, "SELECT code, title FROM entry"))
    assert seen["items"] == [f"{code} — {titles[code]}" for code in tied]
    assert seen["ordered"] == [f"{code} — {titles[code]}" for code in reversed(tied)]
    # The decision as stored in the file: the chair's order and the reason, for SK
    ((order, stored_reason, round_code),) = _query(
        demo_database,
        "SELECT t.entry_order, t.reason, r.code FROM tie_decision t "
        "JOIN round r ON r.id = t.round_id",
    )
    assert (stored_reason, round_code) == (reason, "SK")
    assert [code for code in tied[::-1] if code in order] == ["HS-018", "HS-017"]
    assert order.index("HS-018") < order.index("HS-017")
    # The ranking, worked out afresh from the file, follows the chair's order ...
    fresh = build_services(demo_database.uow_factory, location=demo_database.location)
    after = {e.entry: e for e in fresh.ranking.rank("SK").results}
    assert after["HS-018"].rank is not None and after["HS-017"].rank is not None
    assert after["HS-018"].rank < after["HS-017"].rank
    assert after["HS-018"].tie_decision == reason

    # ... and so does the screen, once it has refreshed
    def screen_order() -> list[str]:
        codes = [
            section.model.entry_at(section.model.index(r, 0))
            for r in range(section.model.rowCount())
        ]
        return [e.entry for e in codes if e is not None and e.entry in tied]

    qtbot.waitUntil(lambda: screen_order() == ["HS-018", "HS-017"], timeout=60_000)


def test_coming_back_to_an_unchanged_result_builds_no_rows_again(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    from decimal import Decimal

    section = results_in_window(qtbot, demo_services, tmp_path)
    first = section.model.row(0)
    section.refresh()  # nothing stored meanwhile: the kept ranking, the same rows
    qtbot.waitUntil(lambda: not section.background_busy())
    assert section.model.row(0) is first
    # a mark typed elsewhere: ranked afresh, rows built again, and they show it
    sheet = next(
        s for s in demo_services.scoring.round_sheets("SK") if s.state.value == "in_progress"
    )
    demo_services.scoring.set_mark("SK", sheet.judge_code, sheet.entry_code, "tinh_moi", Decimal(1))
    section.refresh()
    qtbot.waitUntil(lambda: not section.background_busy())
    assert section.model.row(0) is not first


def test_widths_a_person_dragged_stay_when_the_result_is_shown_again(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    section = results_in_window(qtbot, demo_services, tmp_path)
    header = section.table.horizontalHeader()
    kinds = [c.kind for c in section.model.columns()]
    category = kinds.index(Kind.CATEGORY)
    header.resizeSection(category, 123)  # the person drags the column narrower
    section.category_box.setCurrentIndex(1)  # one category, then all again
    qtbot.waitUntil(lambda: not section.background_busy())
    assert section.table.isColumnHidden(category)  # its name on every row would say nothing
    section.category_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not section.background_busy())
    assert not section.table.isColumnHidden(category)
    assert header.sectionSize(category) == 123
