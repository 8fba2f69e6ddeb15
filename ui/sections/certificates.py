"""The Certificates section of the main window (a later issue fills it; until then it says
what will come)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from judging.app import Services
from ui.bus import ChangeBus
from ui.sections.base import Section


class CertificatesSection(Section):
    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("certificatesNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Certificates")

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Certificates for the prize winners of an approved round, to PDF or straight "
                "to a printer, will be made here."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
