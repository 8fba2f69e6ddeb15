"""Checking a certificate: the verification code printed on it (and carried by its QR code) is
typed or pasted, and the dialog says in words whose certificate it is, for which prize and
entry, when it was issued, and whether it still stands; a code never issued is refused.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.certificates.model import Certificate
from judging.certificates.service import written_date
from judging.errors import JudgingError
from ui.errors import Prompter
from ui.numbers import ui_language
from ui.operations import Operation


class VerifyCertificateDialog(QDialog):
    def __init__(
        self, services: Services, prompter: Prompter | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        if prompter is not None:
            self.prompter = prompter
        self.setWindowTitle(self.tr("Check a certificate"))
        layout = QVBoxLayout(self)
        prompt = QLabel(
            self.tr("Verification code printed on the certificate (e.g. K7QF-29XM-HD4T):"), self
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        row = QHBoxLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("verificationCode")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText("K7QF-29XM-HD4T")
        prompt.setBuddy(self.code)
        row.addWidget(self.code, 1)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setDefault(True)
        row.addWidget(self.verify_button)
        layout.addLayout(row)
        self.answer = QLabel(self)
        self.answer.setObjectName("verificationAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setMinimumHeight(150)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.answer, 1)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.verify_button.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)
        self.code.textChanged.connect(self._update)
        self.certificate: Certificate | None = None
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        self.verify_button.setEnabled(bool(self.code.text().strip()))

    def verify(self) -> None:
        typed = self.code.text().strip()
        if not typed:
            return
        Operation(self, lambda: self.services.certificates.verify(typed)).success(
            self._show
        ).failure(self._refused).run()

    def _show(self, certificate: Certificate) -> None:
        self.certificate = certificate
        self.answer.setText(self.describe(certificate))

    def _refused(self, exc: JudgingError) -> None:
        self.certificate = None
        self.answer.setText(
            f'<p style="color:#B3261E"><b>{escape(self.tr("Not a certificate of this database"))}'
            f"</b></p><p>{escape(_sentence(exc.text(ui_language())))}</p>"
        )

    def describe(self, certificate: Certificate) -> str:
        """The answer in words, as rich text."""
        values = certificate.values
        if certificate.void:
            head = (
                '<p style="color:#B3261E"><b>'
                + escape(
                    self.tr(
                        "Certificate no. %1 was issued but is VOID: its holder is no longer a "
                        "prize winner of the approved result."
                    ).replace("%1", certificate.serial)
                )
                + "</b></p>"
            )
        else:
            head = (
                '<p style="color:#1E6B30"><b>'
                + escape(self.tr("Valid certificate no. %1").replace("%1", certificate.serial))
                + "</b></p>"
            )
        rows = [
            (self.tr("Awarded to"), certificate.recipient),
            (self.tr("Prize"), certificate.award),
            (self.tr("Entry"), values.get("entry_title", "")),
            (self.tr("Organisation"), values.get("organisation", "")),
            (self.tr("Round"), self._round_name(certificate.round)),
            (self.tr("Competition"), values.get("competition", "")),
            (self.tr("Issued on"), written_date(certificate.issued_on, ui_language())),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'>{escape(label)}:</td><td><b>{escape(value)}"
            "</b></td></tr>"
            for label, value in rows
            if value
        )
        return f"{head}<table>{table}</table>"

    def _round_name(self, code: str) -> str:
        competition = self.services.core.competition()
        found = competition.round(code) if competition is not None else None
        return found.name if found is not None else code


def _sentence(text: str) -> str:
    """A catalogue message (written to sit inside a line) as a sentence on its own."""
    return text[:1].upper() + text[1:]


def open_verify_dialog(
    parent: QWidget | None, services: Services, prompter: Prompter | None = None
) -> None:
    """Open the dialog (modal) until the person closes it."""
    dialog = VerifyCertificateDialog(services, prompter, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
