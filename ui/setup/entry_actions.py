"""Actions on entries that the entries section shows in its toolbar and context menu:
new, edit, withdraw, mark ineligible, delete (with undo), attachments, import.

The entries section calls ``install_entry_actions`` once; ``current_code`` tells which entry
is selected (None when none is).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QToolBar, QWidget

from judging.app import Services
from ui.bus import ChangeBus


def install_entry_actions(
    parent: QWidget,
    toolbar: QToolBar,
    services: Services,
    bus: ChangeBus,
    current_code: Callable[[], str | None],
) -> None:
    """Adds the entry actions to ``toolbar`` (none yet: they come with the set-up issue)."""
