"""The entries import dialog as a secretary meets it (issue 9, defects 4 and 10): the city's
registration sample taken into the demo competition through the real action, the real modal
dialog, a category name mapped for every row at once, the real Import button and the real
confirmation; and a dialog that fits a 1024×768 screen with OK and Cancel in view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.text import fold
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from tests.ui.test_setup import FakePrompter, competition
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.fonts import FAMILY, load_fonts
from ui.setup.entry_actions import install_entry_actions
from ui.setup.import_dialog import PROBLEM, ImportEntriesDialog
from ui.setup.runner import SyncRunner

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "setup" / "dang-ky-sang-kien-2026.xlsx"

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services


class ChosenFile(Prompter):
    """The real prompter (real message boxes) but for the system's file chooser."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return str(self.path)


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


def test_the_registration_sample_goes_into_the_demo_with_one_category_mapped(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, vietnamese: None
) -> None:
    before = {e.code for e in demo_services.core.entry_rows()}
    parent = QWidget()
    qtbot.addWidget(parent)
    bus = ChangeBus()
    actions = install_entry_actions(
        parent,
        QToolBar(parent),
        demo_services,
        bus,
        lambda: None,
        prompter=ChosenFile(SAMPLE),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    seen: dict[str, object] = {}

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["confirmation"] = (box.windowTitle(), box.text())
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    def work_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportEntriesDialog)
        qtbot.waitUntil(lambda: dialog.check is not None, timeout=10000)
        # Against the demo only the sample's three planted faults are faults.
        seen["faulty"] = dialog.model.faulty_numbers()
        seen["box"] = (dialog.category_box.title(), dialog.category_box.isVisible())
        seen["labels"] = [label.text() for label in dialog.category_labels.values()]
        # "Nông nghiệp" stands for NNMT: chosen once, from the keyboard, in its combo box
        combo = dialog.category_combos["Nông nghiệp"]
        combo.setFocus()
        while combo.currentData() != "NNMT":
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        seen["after_mapping"] = dialog.model.faulty_numbers()
        seen["problems"] = [
            dialog.model.index(dialog.model.row_of_number(n) or 0, PROBLEM).data()
            for n in dialog.model.faulty_numbers()
        ]
        seen["category_cell"] = dialog.model.index(dialog.model.rowCount() - 1, 4).data()
        qtbot.mouseClick(dialog.skip_faulty_button, Qt.MouseButton.LeftButton)
        when_modal(QMessageBox, confirm)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal(ImportEntriesDialog, work_in)
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: "confirmation" in seen, timeout=15000)

    assert seen["faulty"] == [50, 51, 52]
    assert seen["box"] == ("Tên lĩnh vực trong tệp", True)
    assert seen["labels"] == ["“Nông nghiệp” (số dòng: 1)"]
    assert seen["after_mapping"] == [50, 51]
    assert seen["problems"] == [
        "thiếu tên hồ sơ",
        "trùng: cùng tên, tác giả và đơn vị với dòng 3",
    ]
    assert seen["category_cell"] == "NNMT"
    assert seen["confirmation"] == ("Nhập hồ sơ", "Đã nhập 49 hồ sơ.")
    rows = demo_services.core.entry_rows()
    added = [r for r in rows if r.code not in before]
    assert len(rows) == len(before) + 49 and len(added) == 49
    assert {r.category for r in added} == {"QLNN", "KTCN", "GDYTXH", "NNMT"}
    [farm] = [r for r in added if fold(r.title) == fold("Hệ thống tưới tiết kiệm")]
    assert farm.category == "NNMT"


def test_a_category_chosen_then_unchosen_brings_the_fault_back(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    competition(services)
    path = tmp_path / "dang-ky.csv"
    path.write_text(
        "Tên sáng kiến,Lĩnh vực\n"
        "Máy bóc vỏ hạt điều,Kỹ thuật\n"
        "Bản đồ ngập,Kỹ thuật\n"
        "Sổ hộ tịch số,Hành chính\n",
        encoding="utf-8",
    )
    dialog = ImportEntriesDialog(
        services,
        ChangeBus(),
        FakePrompter(),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        runner=SyncRunner(),
    )
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.category_texts() == ["Hành chính", "Kỹ thuật"]
    assert dialog.model.faulty_numbers() == [2, 3, 4]
    dialog.set_category("Kỹ thuật", "KTCN")
    assert dialog.model.faulty_numbers() == [4]
    assert dialog.category_texts() == ["Hành chính", "Kỹ thuật"]  # a chosen one stays listed
    dialog.set_category("Hành chính", "QLNN")
    assert dialog.model.faulty_numbers() == []
    dialog.set_category("Kỹ thuật", None)
    assert dialog.model.faulty_numbers() == [2, 3]
    dialog.set_category("Kỹ thuật", "KTCN")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [(e.title, e.category) for e in services.core.entry_rows()] == [
        ("Máy bóc vỏ hạt điều", "KTCN"),
        ("Bản đồ ngập", "KTCN"),
        ("Sổ hộ tịch số", "QLNN"),
    ]


def test_a_cell_fixed_by_hand_wins_over_the_category_table(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    competition(services)
    path = tmp_path / "dang-ky.csv"
    path.write_text("title,category\nMáy bóc vỏ,Kỹ thuật\nBản đồ ngập,Kỹ thuật\n", "utf-8")
    dialog = ImportEntriesDialog(
        services,
        ChangeBus(),
        FakePrompter(),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        runner=SyncRunner(),
    )
    qtbot.addWidget(dialog)
    dialog.load(path)
    dialog.set_category("Kỹ thuật", "KTCN")
    dialog.model.setData(dialog.model.index(1, 4), "QLNN")
    assert dialog.model.index(0, 4).data() == "KTCN"
    assert dialog.model.index(1, 4).data() == "QLNN"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [e.category for e in services.core.entry_rows()] == ["KTCN", "QLNN"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dialog_fits_a_1024_by_768_screen(
    qtbot: QtBot, services: Services, tmp_path: Path, language: str
) -> None:
    translations_for(language)
    try:
        competition(services)
        host = QWidget()
        qtbot.addWidget(host)
        host.setGeometry(0, 0, 1024, 768)
        dialog = ImportEntriesDialog(
            services,
            ChangeBus(),
            FakePrompter(),
            host,
            settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
            runner=SyncRunner(),
        )
        assert FAMILY in load_fonts()
        font = QFont(dialog.font())
        font.setFamilies([FAMILY])
        font.setPointSizeF(10.0)
        dialog.setFont(font)  # the program's own font (as apply_app_font), for this window only
        assert dialog.load(SAMPLE)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.minimumSizeHint().width() <= 1000
        assert dialog.sizeHint().width() <= 1000
        assert dialog.width() <= 1000 and dialog.height() <= 720
        # a 1024×768 screen: the dialog at its largest there still shows both buttons whole
        dialog.resize(1000, 720)
        qtbot.wait(10)
        inside = dialog.rect()
        for button in (dialog.import_button, dialog.cancel_button):
            place = button.rect().translated(button.mapTo(dialog, button.rect().topLeft()))
            assert button.isVisible() and inside.contains(place), button.text()
        assert dialog.width() <= 1000
    finally:
        reset_translations()


def test_a_chosen_category_name_is_remembered_for_the_next_file(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    competition(services)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = tmp_path / "dot-1.csv"
    first.write_text("title,category\nMáy bóc vỏ,Kỹ thuật\n", "utf-8")
    second = tmp_path / "dot-2.csv"
    second.write_text("title,category\nBản đồ ngập,kỹ thuật\nSổ hộ tịch,Hành chính\n", "utf-8")

    def dialog_on(path: Path) -> ImportEntriesDialog:
        dialog = ImportEntriesDialog(
            services, ChangeBus(), FakePrompter(), settings=settings, runner=SyncRunner()
        )
        qtbot.addWidget(dialog)
        assert dialog.load(path)
        return dialog

    dialog = dialog_on(first)
    dialog.set_category("Kỹ thuật", "KTCN")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None

    again = dialog_on(second)
    assert again.category_map == {"kỹ thuật": "KTCN"}
    assert again.category_combos["kỹ thuật"].currentData() == "KTCN"
    assert again.model.faulty_numbers() == [3]  # "Hành chính" was never given a category
    assert again.category_combos["Hành chính"].currentIndex() == 0
