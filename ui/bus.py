"""The "changed" signal: services' callers announce what changed; views refresh themselves.

Views never call each other: an operation that changed something announces the areas it
touched (``judging.changes.Area``, a flag); every view listening to one of them reloads its rows
(a hidden section when it is shown again: ``ui.sections.base.Section``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from judging.changes import Area


class ChangeBus(QObject):
    changed = Signal(object)  # Area: one or more areas, never NONE

    def announce(self, areas: Area) -> None:
        if not isinstance(areas, Area):
            raise TypeError(f"announce takes judging.changes.Area, not {areas!r}")
        if areas:
            self.changed.emit(areas)
