"""The Certificates section of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from judging.app import Services
from ui.bus import ChangeBus
from ui.sections.base import Section


class CertificatesSection(Section):
    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Certificates for the prize winners of an approved round, to PDF or straight to a printer."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note)

    def title(self) -> str:
        return self.tr("Certificates")
