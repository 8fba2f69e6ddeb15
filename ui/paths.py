"""Where the program keeps its files: the default database and the log, in the user's data
folder as Qt reports it (QStandardPaths).

A command-line command does not load Qt for this: where Qt is not loaded yet, the folder is
worked out the way QStandardPaths does (``AppDataLocation``; tests/ui/test_paths.py compares
the two), so that a command starts quickly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "judging-desk"
ORG_NAME = "judging-desk"


def _set_names() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)


def qt_data_folder() -> Path:
    """The application data folder as QStandardPaths reports it (names set first)."""
    from PySide6.QtCore import QStandardPaths

    _set_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def plain_data_folder() -> Path | None:
    """QStandardPaths' ``AppDataLocation`` worked out without Qt, or None where it is not
    known how (then Qt is asked)."""
    if sys.platform == "win32":
        roaming = os.environ.get("APPDATA", "")
        base = Path(roaming) if roaming and Path(roaming).is_absolute() else None
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:  # XDG: $XDG_DATA_HOME when it is an absolute path, else ~/.local/share
        value = os.environ.get("XDG_DATA_HOME", "")
        base = Path(value) if value and Path(value).is_absolute() else None
        base = base or Path.home() / ".local" / "share"
    return None if base is None else base / ORG_NAME / APP_NAME


def data_folder() -> Path:
    # Once Qt is loaded (the desktop app, Qt's test mode) it answers and learns the names.
    plain = None if "PySide6.QtCore" in sys.modules else plain_data_folder()
    folder = plain if plain is not None else qt_data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_folder() / "judging.sqlite"


def kit_database(kit_id: str) -> Path:
    """The local database made from a judge kit, keyed by the kit's id (one per judge and
    round): opening the kit again, or a newer kit of the same judge, continues in it. The id
    is a UUID the kit reader checked, so it is a safe file name."""
    folder = data_folder() / "kits"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{kit_id}.sqlite"


def log_file() -> Path:
    return data_folder() / "judging-desk.log"
