"""The desktop app's entry point (the main window arrives with its own issue)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

from judging.app import Services


def run_app(
    services: Services,
    *,
    language: str,
    screenshot: str | None = None,
    view: str | None = None,
    offer_demo: bool = False,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    report = services.core.report()
    label = QLabel(report.competition_name or "judging desk")
    if screenshot:
        label.grab().save(screenshot)
        return 0
    label.show()
    return int(app.exec())
