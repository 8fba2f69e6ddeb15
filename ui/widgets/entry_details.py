"""The details pane of the entries section: everything about the selected entry."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from judging.model import EntryStatus
from judging.services.dto import EntryRow


class EntryDetails(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(280)
        self._row: EntryRow | None = None
        self.show_entry(None)

    def entry(self) -> EntryRow | None:
        return self._row

    def show_entry(self, row: EntryRow | None) -> None:
        self._row = row
        status_labels = {
            EntryStatus.ACTIVE: self.tr("Active"),
            EntryStatus.WITHDRAWN: self.tr("Withdrawn"),
            EntryStatus.INELIGIBLE: self.tr("Ineligible"),
        }
        if row is None:
            hint = self.tr("Select an entry to see its details.")
            self.setHtml(f"<p style='color:#666'>{escape(hint)}</p>")
            return
        parts = [
            f"<p style='color:#555'>{escape(row.code)}</p>",
            f"<h3>{escape(row.title)}</h3>",
            "<table cellspacing='0' cellpadding='3'>",
        ]

        def line(label: str, value: str) -> None:
            parts.append(
                f"<tr><td style='color:#555; padding-right:10px' valign='top'>{escape(label)}</td>"
                f"<td>{value}</td></tr>"
            )

        line(self.tr("Category"), escape(row.category_name or "—"))
        authors = "<br>".join(escape(a) for a in row.authors) or "—"
        line(self.tr("Authors"), authors)
        line(self.tr("Organisation"), escape(row.organisation or "—"))
        status = escape(status_labels.get(row.status, row.status.value))
        if row.status_reason:
            status += f" — {escape(row.status_reason)}"
        line(self.tr("Status"), status)
        parts.append("</table>")
        if row.summary:
            heading = self.tr("Summary")
            parts.append(f"<h4>{escape(heading)}</h4><p>{escape(row.summary)}</p>")
        self.setHtml("".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_entry(self._row)
        super().changeEvent(event)
