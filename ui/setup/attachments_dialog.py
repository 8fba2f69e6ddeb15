"""An entry's attachments (PDF and images), kept inside the database: add, open with the
system viewer (a temporary copy; the database stays the single source of truth), remove."""

from __future__ import annotations

import hashlib
import mimetypes
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.setup.dto import AttachmentData, AttachmentInfo
from judging.textfiles import media_type_of, safe_child, safe_name, write_output
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.operations import Operation
from ui.setup.common import Column, RowsModel

FILTER = "PDF, images (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff *.bmp)"


_COPIES: list[tempfile.TemporaryDirectory[str]] = []


def copies_folder() -> Path:
    """Where the copies shown to the system viewer go: one folder for the program's run,
    removed when it ends (a viewer may still be reading a copy when the dialog closes)."""
    if not _COPIES:
        _COPIES.append(tempfile.TemporaryDirectory(prefix="judging-attachments-"))
    return Path(_COPIES[0].name)


def viewer_copy(folder: Path, attachment_id: str, attachment: AttachmentData) -> Path:
    """Write the attachment to a copy the system viewer may open, inside ``folder`` whatever
    the database says: the sub-folder is named by a hash of the id and the file by its name
    made safe, and the file's suffix is the one its content has (a script called
    "anh.png" is refused: the viewer would run it, not show it)."""
    kind = media_type_of(attachment.data)
    if kind is None:
        raise InputError(P.ATTACHMENT_UNKNOWN_CONTENT, name=attachment.filename)
    subfolder = safe_child(folder, hashlib.sha256(attachment_id.encode()).hexdigest()[:16])
    subfolder.mkdir(exist_ok=True)
    name = Path(safe_name(attachment.filename, fallback="tep-dinh-kem"))
    suffix = _SUFFIXES.get(kind) or mimetypes.guess_extension(kind) or ""
    if mimetypes.guess_type(name.name)[0] != kind:
        name = name.with_name(name.name + suffix) if not name.suffix else name.with_suffix(suffix)
    path = safe_child(subfolder, name.name)
    write_output(path, attachment.data)
    return path


#: The suffix a copy gets for its content (where mimetypes' first guess is not the usual one).
_SUFFIXES = {"image/jpeg": ".jpg", "image/tiff": ".tif"}


def open_in_viewer(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class AttachmentsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        entry_code: str,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], bool] = open_in_viewer,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AttachmentsDialog")
        self.services = services
        self.bus = bus
        self.entry_code = entry_code
        self.prompter = prompter
        self.open_url = open_url
        locale = QLocale()
        self.model: RowsModel[AttachmentInfo] = RowsModel(
            [
                Column(lambda: self.tr("File"), lambda a: a.filename),
                Column(lambda: self.tr("Type"), lambda a: a.media_type),
                Column(lambda: self.tr("Size"), lambda a: locale.formattedDataSize(a.size)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.add_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(560, 340)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Attachments of {code}").format(code=self.entry_code))
        self.note.setText(
            self.tr("PDF files and images are kept inside the database; opening one shows a copy.")
        )
        self.add_button.setText(self.tr("&Add…"))
        self.open_button.setText(self.tr("&Open"))
        self.remove_button.setText(self.tr("&Remove"))
        self.model.retranslate()

    def refresh(self) -> None:
        rows = Operation(self, lambda: self.services.setup.attachments(self.entry_code)).run()
        self.model.set_rows(rows or [])
        has = bool(rows)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has:
            self.table.selectRow(0)

    def add_file(self, path: Path) -> bool:
        info = Operation(
            self,
            lambda: self.services.setup.add_attachment(self.entry_code, path),
        ).run()
        if info is None:
            return False
        self.refresh()
        return True

    def open_selected(self) -> Path | None:
        info = self._selected()
        if info is None:
            return None
        path = Operation(
            self,
            lambda: viewer_copy(
                copies_folder(), info.id, self.services.setup.attachment_data(info.id)
            ),
        ).run()
        if path is None:
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def _selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_add_clicked(self) -> None:
        name = self.prompter.open_file(self, self.tr("Attach a file"), FILTER)
        if name:
            self.add_file(Path(name))

    def _on_open_clicked(self) -> None:
        self.open_selected()

    def _on_remove_clicked(self) -> None:
        info = self._selected()
        if info is None:
            return
        if not self.prompter.ask(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove {name} from entry {code}?").format(
                name=info.filename, code=self.entry_code
            ),
        ):
            return
        Operation(self, lambda: self.services.setup.remove_attachment(info.id)).run()
        self.refresh()
