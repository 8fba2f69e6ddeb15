"""The Competition section of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from judging.app import Services
from ui.bus import ChangeBus
from ui.sections.base import Section


class CompetitionSection(Section):
    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The competition's definition: categories, rounds, criteria with weights and rubric bands, ranking rules and prizes — with editors validated as you type."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note)

    def title(self) -> str:
        return self.tr("Competition")
