"""The competition editor names its coded choices in words (issue 9, defect 5): a prize's rule
for a tie at the boundary is "cùng nhận giải (đồng hạng)", not ``share``; a component's kind
and scale likewise. The combo box that edits such a cell shows the words and stores the code,
which the saved definition keeps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.model import OnTie
from tests.ui.test_competition_section import FakePrompter, make_section
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from ui.definition.drafts import ComponentDraft
from ui.definition.editor import component_columns
from ui.definition.table_model import DraftTableModel


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[None]:  # translators need the application
    translations_for("vi")
    yield
    reset_translations()


def test_prizes_say_their_tie_rule_in_words_and_store_the_code(
    qtbot: QtBot, services: Services, vietnamese: None, tmp_path: Path
) -> None:
    services.definitions.init_from_template("sang-kien-cong-dong")
    prompter = FakePrompter()
    section = make_section(qtbot, services, prompter)
    bar = section.editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    editor = section.editor.prizes_editor
    model = editor.model
    column = [c.field for c in model.columns].index("on_tie")
    shown = {model.data(model.index(r, column)) for r in range(model.rowCount())}
    assert shown == {"cùng nhận giải (đồng hạng)"}
    assert model.data(model.index(0, column), Qt.ItemDataRole.EditRole) == "share"

    # Edit the first prize's rule with the real combo box: words shown, the code stored.
    view = editor.view
    view.setFocus()
    index = model.index(0, column)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    box = view.indexWidget(index)
    assert isinstance(box, QComboBox)
    items = [box.itemText(i) for i in range(box.count())]
    assert items == ["cùng nhận giải (đồng hạng)", "chủ tịch hội đồng quyết định"]
    assert box.currentIndex() == 0
    box.setCurrentIndex(1)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert model.row(0).on_tie == "chair"
    assert model.data(index) == "chủ tịch hội đồng quyết định"
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert prompter.warned == []
    stored = services.definitions.stored()
    assert stored is not None
    assert [p.on_tie for p in stored.prizes][:2] == [OnTie.CHAIR, OnTie.SHARE]


def test_components_say_their_kind_and_scale_in_words(vietnamese: None) -> None:
    model: DraftTableModel[ComponentDraft] = DraftTableModel(component_columns(), ComponentDraft)
    model.set_rows(
        [
            ComponentDraft("binh_chon", "Bình chọn", "bonus", "share_of_max", "20", "1"),
            ComponentDraft("tru_diem", "Trừ điểm", "deduction", ""),
        ]
    )
    fields = [c.field for c in model.columns]
    kind, scale = fields.index("kind"), fields.index("scale")
    assert [model.data(model.index(r, kind)) for r in range(2)] == ["điểm cộng", "điểm trừ"]
    assert [model.data(model.index(r, scale)) for r in range(2)] == [
        "tỉ lệ theo giá trị lớn nhất",
        "giữ nguyên giá trị",
    ]
    # What is stored (and edited) stays the code.
    assert model.data(model.index(0, scale), Qt.ItemDataRole.EditRole) == "share_of_max"
