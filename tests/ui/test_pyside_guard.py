"""Guard against the PySide6 6.12.0 abort on CPython 3.11 ("none_dealloc: deallocating None"
after about 5,000 Qt calls that return None): 20,000 such calls must run through."""

from __future__ import annotations

import PySide6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_many_calls_returning_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    results = [label.setText(f"Nguyễn {n}") for n in range(20_000)]
    assert results.count(None) == 20_000
    assert label.text() == "Nguyễn 19999"


def test_pinned_pyside6_version() -> None:
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) == (6, 11), PySide6.__version__
