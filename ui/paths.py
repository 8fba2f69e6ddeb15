"""Where the program keeps its files: the default database and the log, in the user's data
folder as Qt reports it (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "judging-desk"
ORG_NAME = "judging-desk"


def _set_names() -> None:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)


def data_folder() -> Path:
    _set_names()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
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
