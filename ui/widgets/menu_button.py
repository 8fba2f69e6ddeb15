"""A tool button that opens its menu: the menu's arrow sits beside the text, not drawn over
its last letter (as the style draws it on a text-only button)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

MENU_BUTTON_STYLE = (
    "QToolButton { padding: 3px 16px 3px 6px; }"
    "QToolButton::menu-indicator { subcontrol-origin: padding;"
    " subcontrol-position: center right; right: 4px; }"
)


def make_menu_button(button: QToolButton) -> QToolButton:
    """Opens the menu at once on a click; the arrow on the right, clear of the text."""
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet(MENU_BUTTON_STYLE)
    return button
