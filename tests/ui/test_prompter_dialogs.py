"""The Prompter's own dialogs, answered as a person would: the real QFileDialog, QColorDialog
and QPrintDialog come up, are filled in and accepted (or cancelled), and the Prompter hands
back what was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QColorDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.modal import when_modal
from ui import errors


def _type_names(dialog: QFileDialog, text: str, titles: list[str]) -> None:
    titles.append(dialog.windowTitle())
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText(text)
    dialog.accept()


def test_open_files_hands_back_every_file_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("GK01.json", "GK02.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    monkeypatch.setattr(errors, "_last_folder", [str(tmp_path)])
    titles: list[str] = []
    when_modal(QFileDialog, lambda d: _type_names(d, '"GK01.json" "GK02.json"', titles))
    chosen = errors.Prompter().open_files(None, "Nhận tệp điểm", "Tệp điểm (*.json)")
    assert titles == ["Nhận tệp điểm"]
    assert sorted(Path(p).name for p in chosen) == ["GK01.json", "GK02.json"]
    assert errors._last_folder == [str(tmp_path)]


def test_open_files_cancelled_is_an_empty_list(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "_last_folder", [str(tmp_path)])
    when_modal(QFileDialog, lambda d: d.reject())
    assert errors.Prompter().open_files(None, "Nhận tệp điểm", "*") == []


def test_choose_folder_hands_back_the_folder_and_remembers_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bo-ho-so"
    target.mkdir()
    monkeypatch.setattr(errors, "_last_folder", [str(tmp_path)])

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    when_modal(QFileDialog, choose)
    chosen = errors.Prompter().choose_folder(None, "Chọn thư mục")
    assert chosen is not None and Path(chosen) == target
    assert errors._last_folder == [chosen]
    when_modal(QFileDialog, lambda d: d.reject())
    assert errors.Prompter().choose_folder(None, "Chọn thư mục") is None


def test_choose_colour_hands_back_the_colour_as_hex_or_none(qtbot: QtBot) -> None:
    def pick(dialog: QColorDialog) -> None:
        assert dialog.currentColor() == QColor("#000000")  # opens on the current colour
        dialog.setCurrentColor(QColor("#1d4e89"))
        dialog.accept()

    when_modal(QColorDialog, pick)
    assert errors.Prompter().choose_colour(None, "Màu chữ", "#000000") == "#1d4e89"
    when_modal(QColorDialog, lambda d: d.reject())
    assert errors.Prompter().choose_colour(None, "Màu chữ", "#000000") is None


def test_choose_printer_says_whether_the_person_prints(qtbot: QtBot) -> None:
    printer = QPrinter()
    when_modal(QPrintDialog, lambda d: d.accept())
    assert errors.Prompter().choose_printer(None, printer) is True
    when_modal(QPrintDialog, lambda d: d.reject())
    assert errors.Prompter().choose_printer(None, printer) is False


def test_the_colour_chooser_speaks_vietnamese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    translations_for("vi")
    seen: list[str] = []

    def read(dialog: QColorDialog) -> None:
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text().strip())
        dialog.reject()

    try:
        when_modal(QColorDialog, read)
        errors.Prompter().choose_colour(None, "Màu chữ", "#000000")
    finally:
        reset_translations()
    assert "Màu &cơ bản" in seen and "Độ &bão hòa:" in seen
    assert "&Basic colors" not in seen
