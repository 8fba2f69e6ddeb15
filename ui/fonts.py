"""The shipped font: Be Vietnam Pro (OFL, full Vietnamese coverage), from the
``fontpkg_be_vietnam_pro`` package, registered with Qt and made the application's font so the
program looks the same, with exact Vietnamese, on every machine."""

from __future__ import annotations

import logging
from pathlib import Path

import fontpkg_be_vietnam_pro
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FAMILY: str = fontpkg_be_vietnam_pro.FAMILY
_loaded: list[str] = []


def font_files() -> list[Path]:
    return sorted((Path(fontpkg_be_vietnam_pro.__file__).parent / "files").glob("*.ttf"))


def load_fonts() -> list[str]:
    """Register the shipped font files with Qt (once); returns the families they provide."""
    if _loaded:
        return list(_loaded)
    families: set[str] = set()
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded.extend(sorted(families))
    return list(_loaded)


def apply_app_font(app: QApplication, point_size: float = 10.0) -> QFont:
    """Make Be Vietnam Pro the application's font (the system font stays the fallback)."""
    families = load_fonts()
    font = QFont(app.font())
    if FAMILY in families:
        font.setFamilies([FAMILY])
    font.setPointSizeF(point_size)
    app.setFont(font)
    return font
