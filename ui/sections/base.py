"""The contract every section of the main window follows.

A section is built with the services and the change bus. When an area it ``listens_to``
changes, a shown section reloads itself (``refresh()``) at once; a hidden one only notes that
it is stale and reloads when it is shown again (reloading 50,000 assignments or ranking a
round while the person types marks elsewhere would be wasted work). That rule lives here, once.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from judging.app import Services
from judging.changes import Area
from ui.bus import ChangeBus


class Section(QWidget):
    #: Areas whose change makes this section refresh.
    listens_to: Area = Area.NONE

    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        #: True when something it shows changed while it was hidden: refreshed when shown.
        self._stale = False
        bus.changed.connect(self._on_bus_changed)

    def title(self) -> str:
        """The section's name in the navigation, through tr()."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload rows from the services."""

    def refresh_when_shown(self) -> None:
        """Refresh now if the section is shown, else as soon as it is."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def is_stale(self) -> bool:
        """True while a change it listens to waits for the section to be shown."""
        return self._stale

    def focus_widget(self) -> QWidget | None:
        """Where the keys go when the section is opened from the keyboard (None: its first
        widget that takes the keys)."""
        return None

    def has_unsaved_work(self) -> bool:
        """True while the section holds edits that leaving it (closing the window, opening
        another database) would lose; the window then asks first."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_bus_changed(self, areas: Area) -> None:
        if areas & self.listens_to:
            self.refresh_when_shown()
