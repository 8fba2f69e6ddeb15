"""The shell's Vietnamese translation file is complete, current and keeps its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.test_main_window_helpers import (
    build_translations,
    reset_translations,
    translations_for,
)
from ui.app import Translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "shell_vi.ts"
EXTRA_TS = ROOT / "ui" / "i18n" / "shell_extra_vi.ts"
SOURCES = [
    "ui/main_window.py",
    "ui/sections/entries.py",
    "ui/models/entries.py",
    "ui/widgets/search_box.py",
    "ui/widgets/entry_details.py",
    "ui/errors.py",
]
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.text or "",
                translation.get("type"),
            )
    return found


def test_every_text_is_translated_with_its_placeholders() -> None:
    messages = {**_messages(TS), **_messages(EXTRA_TS)}
    assert len(messages) > 100
    for (context, source), (translation, kind) in messages.items():
        assert kind is None, f"{context}: {source!r} is {kind}"
        assert translation.strip(), f"{context}: {source!r} has no translation"
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(translation)), (
            f"{context}: {source!r} → {translation!r}"
        )
        assert source.count("&") == translation.count("&"), f"{context}: mnemonic of {source!r}"


def test_the_file_holds_every_text_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_vi.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *SOURCES, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


def test_qt_standard_buttons_speak_vietnamese(qtbot: QtBot) -> None:
    translations_for("vi")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes
        )
        qtbot.addWidget(box)
        texts = {b.text() for b in box.buttons()}
        assert texts == {"Đồng ý", "Hủy", "&Có"}
    finally:
        reset_translations()


def test_a_qm_file_rewritten_after_loading_does_not_matter(tmp_path: Path) -> None:
    # The translations are read into memory: a .qm file rebuilt in place under a running
    # program (a mapped file would then crash it with SIGBUS) changes nothing.
    build_translations()
    for qm in (ROOT / "ui" / "i18n").glob("shell*_vi.qm"):
        shutil.copyfile(qm, tmp_path / qm.name)
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app, folder=tmp_path)
    translations.set_language("vi")
    try:
        for qm in tmp_path.glob("*.qm"):
            with qm.open("r+b") as handle:
                handle.truncate(0)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    finally:
        translations.set_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_numbers_follow_the_language() -> None:
    translations_for("vi")
    try:
        assert QLocale().toString(12345) == "12.345"
    finally:
        reset_translations()
    assert QLocale().toString(12345) in ("12,345", "12345")
