"""What the council's minutes say that the database does not hold: the document's number, the
place, where and when the council met, the secretary, and the vote on the result.

Asked before the minutes are exported (.pdf, .docx) or printed; every field may stay empty,
and the minutes then keep a blank to write in by hand. The vote counts are checked by the same
rule as ``export-ranking``'s (``judging.publish.minutes.check_votes``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from judging.errors import InputError
from judging.publish.minutes import MOST_MEMBERS, MinutesMeta, check_votes
from ui.numbers import ui_language


class MinutesDetailsDialog(QDialog):
    """The minutes' details, filled from ``initial`` (the last ones typed for this round)."""

    def __init__(self, initial: MinutesMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Details of the minutes"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What the minutes say that the program does not know. A field left empty "
                "stays blank in the minutes, to be written in by hand."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.number = self._line(initial.number, self.tr("e.g. 12 (gives “Số: 12/BB-HĐ”)"))
        self.place = self._line(initial.place, self.tr("Hồ Chí Minh City when left empty"))
        self.venue = self._line(initial.venue, self.tr("e.g. Meeting room 2, 244 Điện Biên Phủ"))
        self.time = self._line(initial.time, self.tr("e.g. 14:00 on 06/12/2026"))
        self.secretary = self._line(initial.secretary, "")
        form.addRow(self.tr("Document &number:"), self.number)
        form.addRow(self.tr("&Place (city) in the date line:"), self.place)
        form.addRow(self.tr("&Venue of the meeting:"), self.venue)
        form.addRow(self.tr("&Time of the meeting:"), self.time)
        form.addRow(self.tr("&Secretary of the council:"), self.secretary)
        self.present = self._count(initial.present)
        self.in_favour = self._count(initial.in_favour)
        self.against = self._count(initial.against)
        self.labels = {
            "present": self.tr("Members present"),
            "in_favour": self.tr("Votes in favour"),
            "against": self.tr("Votes against"),
        }
        form.addRow(self.labels["present"] + ":", self.present)
        form.addRow(self.labels["in_favour"] + ":", self.in_favour)
        form.addRow(self.labels["against"] + ":", self.against)
        layout.addLayout(form)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #9a3412")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _line(self, text: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setPlaceholderText(placeholder)
        line.setMaxLength(200)
        return line

    def _count(self, value: int | None) -> QSpinBox:
        """A count of members; its lowest value, shown as a dash, means "left blank"."""
        box = QSpinBox(self)
        box.setRange(-1, MOST_MEMBERS)
        box.setSpecialValueText(self.tr("— (blank)"))
        box.setValue(-1 if value is None else value)
        return box

    def meta(self) -> MinutesMeta:
        def count(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return MinutesMeta(
            number=self.number.text().strip(),
            place=self.place.text().strip(),
            venue=self.venue.text().strip(),
            time=self.time.text().strip(),
            secretary=self.secretary.text().strip(),
            present=count(self.present),
            in_favour=count(self.in_favour),
            against=count(self.against),
        )

    def accept(self) -> None:
        try:
            check_votes(self.meta(), self.labels)
        except InputError as exc:
            self.hint.setText(exc.text(ui_language()))
            return
        super().accept()
