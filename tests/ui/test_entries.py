"""The entries section and its table model, on the demo and on 10,000 generated rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QToolBar, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from judging.changes import Area
from judging.model import Entry, EntryStatus
from judging.services.dto import EntryRow
from judging.text import fold
from tests.ui import test_main_window_helpers as helpers
from tests.ui.test_main_window_helpers import (
    reset_translations,
    translations_for,
)
from ui.bus import ChangeBus
from ui.models.entries import AUTHORS, CODE, STATUS, TITLE, EntriesModel
from ui.sections import entries as entries_module
from ui.sections.entries import EntriesSection

# The demo database, built once and copied for each test.
demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


@pytest.fixture
def section(qtbot: QtBot, demo_services: Services) -> Iterator[EntriesSection]:
    bus = ChangeBus()
    section = EntriesSection(demo_services, bus)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    qtbot.waitExposed(section)
    yield section


def _visible(section: EntriesSection, column: int = CODE) -> list[str]:
    model = section.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _folded_of(section: EntriesSection) -> list[str]:
    model = section.model
    rows = [model.row_at(row) for row in range(model.rowCount())]
    return [row.folded for row in rows if row is not None]


def test_table_shows_every_demo_entry(section: EntriesSection) -> None:
    assert section.model.rowCount() == 32
    assert _visible(section)[:2] == ["HS-001", "HS-002"]
    assert section.model.data(section.model.index(0, AUTHORS)) == (
        "Lê Hoàng Phúc, Trần Thị Mỹ Duyên, Đặng Quốc Bảo"
    )
    assert section.count_label.text() == "32 entries"
    assert not section.empty_note.isVisible()
    # The withdrawn entry is greyed; the others keep the view's colour.
    withdrawn = section.model.row_of("HS-016")
    assert withdrawn is not None
    foreground = Qt.ItemDataRole.ForegroundRole
    assert section.model.data(section.model.index(withdrawn, TITLE), foreground) is not None
    assert section.model.data(section.model.index(0, TITLE), foreground) is None


def test_search_filters_as_typed_folding_case_and_diacritics(
    qtbot: QtBot, section: EntriesSection
) -> None:
    qtbot.keyClicks(section.search, "nguyen")
    shown = _visible(section, AUTHORS)
    assert shown, "no entry found for 'nguyen'"
    assert len(shown) < 32
    assert all("nguyen" in folded for folded in _folded_of(section))
    assert any("Nguyễn" in authors for authors in shown)
    assert section.count_label.text() == f"{len(shown)} of 32 entries"
    # Every entry whose text holds "Nguyễn" (any case, any tone marks) is among them.
    expected = {row.code for row in section.services.core.entry_rows() if "nguyen" in row.folded}
    assert set(_visible(section)) == expected


def test_d_finds_the_vietnamese_d_with_stroke(qtbot: QtBot, section: EntriesSection) -> None:
    qtbot.keyClicks(section.search, "dinh cong minh")
    assert _visible(section, AUTHORS) == ["Đinh Công Minh, Hà Thị Thu Trang"]
    section.search.clear()
    # QTest types Latin-1 only: Vietnamese text arrives as a paste does.
    section.search.insert("ĐINH CÔNG MINH")
    assert _visible(section, AUTHORS) == ["Đinh Công Minh, Hà Thị Thu Trang"]


def test_every_word_must_match_and_escape_clears(qtbot: QtBot, section: EntriesSection) -> None:
    qtbot.keyClicks(section.search, "can gio")
    can_gio = set(_visible(section))
    assert can_gio and len(can_gio) < 32
    qtbot.keyClicks(section.search, " cua")
    assert set(_visible(section)) < can_gio
    assert _visible(section, TITLE) == ["Mô hình trồng rừng ngập mặn kết hợp nuôi cua sinh thái"]
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    assert section.search.text() == ""
    assert section.model.rowCount() == 32


def test_nothing_found_shows_an_empty_table(qtbot: QtBot, section: EntriesSection) -> None:
    qtbot.keyClicks(section.search, "zzzz")
    assert section.model.rowCount() == 0
    assert section.count_label.text() == "0 of 32 entries"
    assert section.current_code() is None


def test_clicking_a_row_shows_its_details(qtbot: QtBot, section: EntriesSection) -> None:
    row = section.model.row_of("HS-016")
    assert row is not None
    rect = section.table.visualRect(section.model.index(row, TITLE))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.current_code() == "HS-016"
    text = section.details.toPlainText()
    assert "Ứng dụng trí tuệ nhân tạo đọc biển số" in text
    assert "Kiều Anh Tuấn" in text
    assert "Withdrawn" in text and "sở hữu trí tuệ" in text


def test_selection_survives_filtering_and_sorting(qtbot: QtBot, section: EntriesSection) -> None:
    assert section.select_code("HS-020")
    qtbot.keyClicks(section.search, "chu thap")
    assert section.current_code() == "HS-020"
    section.search.clear()
    header = section.table.horizontalHeader()
    x = header.sectionViewportPosition(TITLE) + header.sectionSize(TITLE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    titles = _visible(section, TITLE)
    assert [fold(t) for t in titles] == sorted(fold(t) for t in titles)
    assert section.current_code() == "HS-020"
    selected = section.table.selectionModel().selectedRows()
    assert [section.model.row_at(i.row()).code for i in selected] == ["HS-020"]  # type: ignore[union-attr]


def test_table_refreshes_when_entries_change(
    section: EntriesSection, demo_database: OpenDatabase
) -> None:
    with demo_database.uow_factory() as uow:
        uow.core.add_entries(
            [Entry(code="HS-099", title="Đèn giao thông thông minh", category="KTCN")]
        )
        uow.commit()
    assert section.model.rowCount() == 32  # nothing announced yet
    section.bus.announce(Area.JUDGES)
    assert section.model.rowCount() == 32  # not an area the section listens to
    section.bus.announce(Area.ENTRIES)
    assert section.model.rowCount() == 33
    assert "HS-099" in _visible(section)


def test_entry_actions_are_installed_once_with_the_toolbar(
    qtbot: QtBot, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, ...]] = []

    def record(
        parent: QWidget,
        toolbar: QToolBar,
        services: Services,
        bus: ChangeBus,
        current_code: Callable[[], str | None],
    ) -> None:
        calls.append((parent, toolbar, services, bus, current_code))

    monkeypatch.setattr(entries_module, "install_entry_actions", record)
    bus = ChangeBus()
    section = EntriesSection(demo_services, bus)
    qtbot.addWidget(section)
    section.bus.announce(Area.ENTRIES)
    assert len(calls) == 1
    parent, toolbar, services, given_bus, current_code = calls[0]
    assert parent is section and toolbar is section.toolbar
    assert services is demo_services and given_bus is bus
    section.select_code("HS-005")
    assert current_code() == "HS-005"


def test_empty_database_says_what_to_do(qtbot: QtBot, services: Services) -> None:
    section = EntriesSection(services, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    assert section.model.rowCount() == 0
    assert section.empty_note.isVisible()
    assert "demo" in section.empty_note.text()


def test_section_speaks_vietnamese(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> None:
    translations_for("vi")
    section = EntriesSection(demo_services, ChangeBus())
    qtbot.addWidget(section)
    assert section.title() == "Hồ sơ"
    assert section.model.headerData(TITLE, Qt.Orientation.Horizontal) == "Tên hồ sơ"
    row = section.model.row_of("HS-016")
    assert section.model.data(section.model.index(row or 0, STATUS)) == "Đã rút"
    assert section.count_label.text() == "32 hồ sơ"


# -- the model on its own ---------------------------------------------------------------------


def _generated_rows(count: int) -> list[EntryRow]:
    surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Võ", "Huỳnh", "Đỗ"]
    rows = []
    for n in range(count):
        author = f"{surnames[n % len(surnames)]} Văn {n}"
        title = f"Sáng kiến số {n} về {'đường' if n % 3 else 'điện'} thông minh"
        code = f"E{n:05d}"
        rows.append(
            EntryRow(
                code=code,
                title=title,
                category="C",
                category_name="Kỹ thuật",
                authors=(author,),
                organisation=f"Quận {n % 24 + 1}",
                summary="",
                status=EntryStatus.WITHDRAWN if n % 50 == 0 else EntryStatus.ACTIVE,
                status_reason="",
                folded=fold(" ".join([code, title, author, f"Quận {n % 24 + 1}"])),
            )
        )
    return rows


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_services: Services) -> None:
    model = EntriesModel()
    model.set_rows(demo_services.core.entry_rows())
    qtmodeltester.check(model)
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    model.set_query("nguyen")
    qtmodeltester.check(model)
    model.set_query("")
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_category("KTCN")
    assert model.rowCount() == 8
    qtmodeltester.check(model)


def test_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = EntriesModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_ten_thousand_rows_filter_and_sort_in_the_model(qtmodeltester: ModelTester) -> None:
    rows = _generated_rows(10_000)
    model = EntriesModel()
    model.set_rows(rows)
    assert model.rowCount() == 10_000
    model.set_query("dang")  # "Đặng" authors and "đường" titles
    expected = [r.code for r in rows if "dang" in r.folded]
    assert [model.data(model.index(i, CODE)) for i in range(model.rowCount())] == expected
    model.set_query("Dang DUONG 12")
    codes = [model.data(model.index(i, CODE)) for i in range(model.rowCount())]
    assert codes == [r.code for r in rows if all(w in r.folded for w in ("dang", "duong", "12"))]
    model.sort(CODE, Qt.SortOrder.DescendingOrder)
    codes = [model.data(model.index(i, CODE)) for i in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)
    qtmodeltester.check(model)


def test_enter_goes_to_the_table_and_ctrl_f_back_to_the_search(
    qtbot: QtBot, section: EntriesSection
) -> None:
    section.table.clearSelection()
    qtbot.keyClicks(section.search, "can gio")
    qtbot.keyClick(section.search, Qt.Key.Key_Return)
    assert section.table.hasFocus()
    first = section.model.row_at(0)
    assert first is not None and section.current_code() == first.code
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    second = section.model.row_at(1)
    assert second is not None and section.current_code() == second.code
    qtbot.keyClick(section.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert section.search.hasFocus()
    assert section.search.selectedText() == "can gio"


def test_category_filter_combines_with_the_search(qtbot: QtBot, section: EntriesSection) -> None:
    box = section.category_box
    assert box.isVisible()
    assert [box.itemText(i) for i in range(box.count())] == [
        "All categories",
        "Quản lý nhà nước, cải cách hành chính",
        "Kỹ thuật, công nghệ",
        "Giáo dục, y tế, xã hội",
        "Nông nghiệp, môi trường",
    ]
    # Chosen from the keyboard: focus the box and step down to the last category.
    box.setFocus()
    for _ in range(4):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "NNMT"
    assert section.model.rowCount() == 8
    assert section.count_label.text() == "8 of 32 entries"
    qtbot.keyClicks(section.search, "can gio")
    codes = set(_visible(section))
    assert codes and all(
        r.category == "NNMT" and "can gio" in r.folded
        for r in section.services.core.entry_rows()
        if r.code in codes
    )
    # A reload keeps the chosen category.
    section.bus.announce(Area.ENTRIES)
    assert box.currentData() == "NNMT"
    assert set(_visible(section)) == codes
    assert section.select_category(None)
    section.search.clear()
    assert section.model.rowCount() == 32


# -- a 1024×768 laptop, in Vietnamese ----------------------------------------------------------
def test_at_1024_by_768_every_action_shows_and_the_table_fits(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QToolButton

    from tests.ui.test_main_window_helpers import make_shell

    shell = make_shell(qtbot, demo_services, tmp_path, language="vi")
    shell.window.resize(1024 - 16, 728 - 40)  # the screen less its task bar and the frame
    shell.window.show_section("entries")
    section = shell.window.section("entries")
    assert isinstance(section, EntriesSection)
    qtbot.waitUntil(lambda: section.model.rowCount() == 32)
    qtbot.wait(20)  # let the layouts settle
    toolbar = section.toolbar
    # No "»": the toolbar's overflow button is hidden and every action's button is whole.
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    texts = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert toolbar.rect().contains(button.geometry()), action.text()
        texts.append(action.text().replace("&", ""))
    assert texts == ["Nhập hồ sơ…", "Mới", "Sửa…", "Trạng thái", "Xóa", "Hoàn tác", "Tệp đính kèm…"]
    # The default columns fit: no sideways scrolling; the title takes the room left.
    table = section.table
    shown = [c for c in range(section.model.columnCount()) if not table.isColumnHidden(c)]
    headers = [section.model.headerData(c, Qt.Orientation.Horizontal) for c in shown]
    assert headers == ["Mã", "Tên hồ sơ", "Lĩnh vực", "Trạng thái"]
    assert table.horizontalScrollBar().maximum() == 0
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    assert table.columnWidth(TITLE) >= max(table.columnWidth(c) for c in shown if c != TITLE)
    # Code and status are whole (as wide as their contents).
    metrics = table.fontMetrics()
    for row in range(section.model.rowCount()):
        for column in (CODE, STATUS):
            text = section.model.data(section.model.index(row, column))
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), text


def test_authors_and_organisation_come_back_from_the_header_menu(
    qtbot: QtBot, section: EntriesSection
) -> None:
    translations_for("vi")
    assert section.table.isColumnHidden(AUTHORS)
    actions = section.column_actions()
    assert [a.text() for a in actions] == ["Tác giả", "Đơn vị"]
    assert not any(a.isChecked() for a in actions)
    actions[0].setChecked(True)
    assert not section.table.isColumnHidden(AUTHORS)
    assert section.column_actions()[0].isChecked()
    actions[0].setChecked(False)
    assert section.table.isColumnHidden(AUTHORS)
