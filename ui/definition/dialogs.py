"""The questions the Competition section asks, through a prompter tests can replace."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QWidget

from ui.errors import Prompter


class DefinitionPrompter(Prompter):
    def choose_template(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]
    ) -> str | None:
        """Pick one of ``(name, title)``; returns the name, or None when cancelled."""
        shown = [f"{item_title}  ({name})" for name, item_title in items]
        choice, ok = QInputDialog.getItem(parent, title, label, shown, 0, False)
        if not ok or choice not in shown:
            return None
        return items[shown.index(choice)][0]
