"""The contract every section of the main window follows.

A section is built with the services and the change bus; it reloads itself in ``refresh()``
when one of the areas it ``listens_to`` changed, and announces what it changes itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from judging.app import Services
from ui.bus import ChangeBus


class Section(QWidget):
    #: Areas whose change makes this section refresh.
    listens_to: frozenset[str] = frozenset()

    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        bus.changed.connect(self._on_bus_changed)

    def title(self) -> str:
        """The section's name in the navigation, through tr()."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload rows from the services."""

    def focus_widget(self) -> QWidget | None:
        """Where the keys go when the section is opened from the keyboard (None: its first
        widget that takes the keys)."""
        return None

    def has_unsaved_work(self) -> bool:
        """True while the section holds edits that leaving it (closing the window, opening
        another database) would lose; the window then asks first."""
        return False

    def _on_bus_changed(self, areas: frozenset[str]) -> None:
        if areas & self.listens_to:
            self.refresh()
