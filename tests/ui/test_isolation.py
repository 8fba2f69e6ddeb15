"""The test session keeps off the user's files and state (issue 9): Qt's settings (QFileDialog
writes QtProject.conf), the program's data folder and the default locale are the test's own."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from ui import paths


def _real_home() -> Path:
    return Path(pwd.getpwuid(os.getuid()).pw_dir)


def test_qt_settings_and_data_live_in_the_tests_own_home(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    assert home != _real_home()
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt_own.fileName()).is_relative_to(home)
    assert not Path(qt_own.fileName()).is_relative_to(_real_home())
    assert paths.data_folder().is_relative_to(home)


@pytest.mark.parametrize("turn", [1, 2])
def test_each_test_starts_in_the_machines_locale(turn: int) -> None:
    # Whichever turn runs second finds the machine's locale, not the first turn's Vietnamese.
    assert QLocale().name() == QLocale.system().name()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
