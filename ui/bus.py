"""The "changed" signal: services' callers announce what changed; views refresh themselves.

Views never call each other: a view that changed something emits ``bus.changed`` with the
areas it touched; every view listening to one of those areas reloads its rows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: Areas a change can touch.
AREAS = ("competition", "entries", "judges", "assignments", "marks", "results", "certificates")


class ChangeBus(QObject):
    changed = Signal(frozenset)  # frozenset[str] of AREAS

    def announce(self, *areas: str) -> None:
        unknown = set(areas) - set(AREAS)
        assert not unknown, f"unknown areas {unknown}"
        self.changed.emit(frozenset(areas))
