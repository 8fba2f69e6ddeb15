"""The Certificates section: certificates for the prize winners of an approved round.

The organiser chooses the round (approved rounds only), one certificate per entry or per
author, and the template. Before anything is issued the list shows who would get one (the
round's prize winners, from its approved result) and the preview shows their certificate
without serial or QR code. "Issue certificates" is the organiser's explicit action: it stores
serial numbers and verification codes (``services.certificates.issue``); only issued
certificates go to a PDF or to the printer. The template editor beside the preview changes
the page at once (undo with Ctrl+Z) and saves the template for next time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.certificates.model import Certificate, CertificateTemplate, Per
from judging.certificates.service import IssuedBatch
from judging.changes import Area
from judging.errors import InputError
from judging.model import RoundStatus
from judging.problems import ProblemCode as P
from ui.bus import ChangeBus
from ui.certificates.editor import TemplateEditor
from ui.certificates.preview import CertificatePreview
from ui.errors import Prompter
from ui.numbers import ui_language
from ui.operations import Operation, Runner
from ui.publish.certificates import (
    print_certificates,
    write_certificate_files,
    write_certificates_pdf,
)
from ui.sections.base import Section
from ui.setup.runner import ThreadRunner

Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Batch:
    """What the list shows: certificates issued (with serials), or a preview of the winners."""

    certificates: tuple[Certificate, ...]
    issued: bool
    #: why there is nobody to give a certificate to (the service's refusal, in the screen's
    #: language): a round that awards no prize, or whose result names no winner
    reason: str = ""


class CertificatesSection(Section):
    listens_to = Area.COMPETITION | Area.RESULTS | Area.CERTIFICATES | Area.ENTRIES

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(services, bus, parent)
        self.prompter = prompter or Prompter()
        self.runner: Runner = runner or ThreadRunner()
        self.templates: list[CertificateTemplate] = []
        self.batch = Batch((), issued=False)
        self._build()
        self.retranslate()
        self.refresh()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.round_label = QLabel(self)
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("certificateRound")
        self.per_label = QLabel(self)
        self.per_combo = QComboBox(self)
        self.per_combo.setObjectName("certificatePer")
        self.template_label = QLabel(self)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("certificateTemplate")
        for combo, letters in ((self.round_combo, 10), (self.template_combo, 16)):
            # a long name is cut in the box (whole in its list), never widening the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        self.issue_button = QPushButton(self)
        self.issue_button.setObjectName("issueCertificates")
        for label, combo in (
            (self.round_label, self.round_combo),
            (self.per_label, self.per_combo),
            (self.template_label, self.template_combo),
        ):
            label.setBuddy(combo)
        self.round_combo.currentIndexChanged.connect(lambda _i: self._load_recipients())
        self.per_combo.currentIndexChanged.connect(lambda _i: self._load_recipients())
        self.template_combo.currentIndexChanged.connect(lambda _i: self._template_chosen())
        self.issue_button.clicked.connect(self.issue)

        self.status = QLabel(self)
        self.status.setObjectName("certificateStatus")
        self.status.setWordWrap(True)
        self.recipients = QTableWidget(0, 3, self)
        self.recipients.setObjectName("certificateRecipients")
        self.recipients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients.verticalHeader().setVisible(False)
        header = self.recipients.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.recipients.currentCellChanged.connect(lambda *_: self._show_preview())
        self.preview = CertificatePreview(self)
        self.editor = TemplateEditor(self.prompter, self)
        self.editor.changed.connect(lambda _t: self._show_preview())
        self.editor.save_button.clicked.connect(self.save_template)

        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportCertificates")
        self.export_files_button = QPushButton(self)
        self.export_files_button.setObjectName("exportCertificateFiles")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printCertificates")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyCertificate")
        self.export_button.clicked.connect(self.export_pdf)
        self.export_files_button.clicked.connect(self.export_files)
        self.print_button.clicked.connect(self.print_batch)
        self.verify_button.clicked.connect(self.verify)

        choices = QHBoxLayout()
        for widget in (
            self.round_label,
            self.round_combo,
            self.per_label,
            self.per_combo,
            self.template_label,
            self.template_combo,
        ):
            choices.addWidget(widget)
        choices.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.recipients, 1)
        left_layout.addWidget(self.status)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(self.preview)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        actions = QHBoxLayout()
        for button in (
            self.issue_button,
            self.export_button,
            self.export_files_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

    def title(self) -> str:
        return self.tr("Certificates")

    def focus_widget(self) -> QWidget | None:
        return self.round_combo

    def has_unsaved_work(self) -> bool:
        return self.editor.is_modified()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        competition = self.services.core.competition()
        rounds = [
            r
            for r in (competition.rounds if competition else ())
            if r.status == RoundStatus.APPROVED
        ]
        chosen = self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_ in rounds:
            self.round_combo.addItem(round_.name, round_.code)
        index = self.round_combo.findData(chosen)
        self.round_combo.setCurrentIndex(index if index >= 0 else 0)
        self.round_combo.blockSignals(False)
        self._load_templates()
        self._load_recipients()

    def _load_templates(self) -> None:
        service = self.services.certificates
        if self.editor.is_modified():
            return  # the organiser's unsaved edits stay
        self.templates = service.templates()
        chosen = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in self.templates:
            self.template_combo.addItem(template.name, template.code)
        if chosen is None and self.templates and self.services.core.competition() is not None:
            chosen = service.default_template().code
        index = self.template_combo.findData(chosen)
        self.template_combo.setCurrentIndex(index if index >= 0 else 0)
        self.template_combo.blockSignals(False)
        self._template_chosen()

    def _template_chosen(self) -> None:
        code = self.template_combo.currentData()
        template = next((t for t in self.templates if t.code == code), None)
        self.editor.set_template(template)

    def current_round(self) -> str | None:
        code = self.round_combo.currentData()
        return str(code) if code else None

    def current_per(self) -> Per:
        return Per(self.per_combo.currentData() or Per.ENTRY.value)

    def _load_recipients(self) -> None:
        round_code = self.current_round()
        if round_code is None:
            self._show_batch(Batch((), issued=False))
            return

        per = self.current_per()
        service = self.services.certificates

        def work(cancelled: Cancelled) -> Batch | None:
            issued = [c for c in service.issued(round_code, per=per) if not c.void]
            if issued:
                return Batch(tuple(issued), issued=True)
            if cancelled():
                return None
            try:
                preview = service.preview(round_code, per=per)
            except InputError as nobody:
                if nobody.code not in (P.CERT_NO_WINNERS, P.CERT_NOT_PRIZE_ROUND):
                    raise
                return Batch((), issued=False, reason=nobody.text(ui_language()))
            return Batch(preview.certificates, issued=False)

        def loaded(batch: Batch | None) -> None:
            if batch is not None:
                self._show_batch(batch)

        Operation.cancellable(self, work, prompter=self.prompter).success(loaded).run()

    def _show_batch(self, batch: Batch) -> None:
        self.batch = batch
        rows = batch.certificates
        self.recipients.setRowCount(len(rows))
        for row, certificate in enumerate(rows):
            cells = (
                certificate.serial or "—",
                certificate.recipient,
                certificate.award,
            )
            title = certificate.values.get("entry_title", "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{certificate.recipient}\n{title}")
                self.recipients.setItem(row, column, item)
        if rows:
            self.recipients.setCurrentCell(0, 1)
        self._show_status()
        self._enable()
        self._show_preview()

    def _show_status(self) -> None:
        count = len(self.batch.certificates)
        if self.current_round() is None:
            text = self.tr(
                "No round is approved yet: certificates are made for the prize winners of an approved round."
            )
        elif self.batch.issued:
            text = self.tr("%n certificate(s) issued; export them to PDF or print them.", "", count)
        elif count:
            text = self.tr(
                "%n recipient(s) would get a certificate. Issuing gives each a serial number and a QR code.",
                "",
                count,
            )
        else:
            text = self.batch.reason or self.tr("This round has no prize winners.")
        self.status.setText(text)

    def _enable(self) -> None:
        issued = self.batch.issued and bool(self.batch.certificates)
        self.issue_button.setEnabled(
            self.current_round() is not None
            and bool(self.batch.certificates)
            and self.editor.template is not None
        )
        for button in (self.export_button, self.export_files_button, self.print_button):
            button.setEnabled(issued and self.editor.template is not None)

    def selected_certificate(self) -> Certificate | None:
        row = self.recipients.currentRow()
        if 0 <= row < len(self.batch.certificates):
            return self.batch.certificates[row]
        return None

    def _show_preview(self) -> None:
        self.preview.show_certificate(self.editor.template, self.selected_certificate())
        self._enable()

    # -- actions ---------------------------------------------------------------------------
    def issue(self) -> None:
        service, round_code = self.services.certificates, self.current_round()
        template = self.editor.template
        if round_code is None or template is None:
            return
        count = len(self.batch.certificates)
        question = self.tr("Issue %n certificate(s) for “%1”?", "", count).replace(
            "%1", self.round_combo.currentText()
        )
        details = self.tr(
            "Each certificate gets a serial number and a verification code, kept in the database."
        )
        buttons = (self.tr("Issue"), self.tr("Cancel"))
        if not self.prompter.confirm(self, self.tr("Certificates"), question, buttons, details):
            return
        per = self.current_per()

        def issued(batch: IssuedBatch) -> None:
            self._show_batch(Batch(batch.certificates, issued=True))

        Operation(
            self,
            lambda: service.issue(round_code, per=per, template=template.code),
            prompter=self.prompter,
        ).success(issued).run()

    def save_template(self) -> None:
        service, template = self.services.certificates, self.editor.template
        if template is None:
            return

        def saved(_answer: object) -> None:
            self.editor.mark_saved()
            self.templates = [template if t.code == template.code else t for t in self.templates]

        Operation(self, lambda: service.save_template(template), prompter=self.prompter).success(
            saved
        ).run()

    def _suggested_name(self) -> str:
        return f"giay-chung-nhan-{self.current_round() or ''}.pdf"

    def export_pdf(self) -> None:
        template = self.editor.template
        certificates = self.batch.certificates
        if template is None or not certificates:
            return
        name = self.prompter.save_file(
            self, self.tr("Export certificates"), self.tr("PDF (*.pdf)"), self._suggested_name()
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        self._run_batch(
            lambda cancelled: write_certificates_pdf(
                template, certificates, path, cancelled=cancelled
            ),
            self.tr("Writing certificates…"),
            lambda: self.tr("%n certificate(s) written to %1.", "", len(certificates)).replace(
                "%1", path.name
            ),
        )

    def export_files(self) -> None:
        template = self.editor.template
        certificates = self.batch.certificates
        if template is None or not certificates:
            return
        name = self.prompter.choose_folder(self, self.tr("Folder for the certificates"))
        if not name:
            return
        folder = Path(name)
        self._run_batch(
            lambda cancelled: write_certificate_files(
                template, certificates, folder, cancelled=cancelled
            ),
            self.tr("Writing certificates…"),
            lambda: self.tr("%n certificate file(s) written to %1.", "", len(certificates)).replace(
                "%1", str(folder)
            ),
        )

    def print_batch(self) -> None:
        template = self.editor.template
        certificates = self.batch.certificates
        if template is None or not certificates:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(template.name)
        if not self.prompter.choose_printer(self, printer):
            return
        # Drawn on the GUI thread: a printer is not a device to paint on from another thread.
        if not print_certificates(template, certificates, printer):
            self.prompter.warn(
                self,
                self.tr("Certificates"),
                self.tr("The printer could not be started. Nothing was printed."),
                printer.printerName(),
            )
        else:
            self.prompter.inform(
                self,
                self.tr("Certificates"),
                self.tr("%n certificate(s) sent to the printer.", "", len(certificates)),
            )

    def _run_batch(
        self, work: Callable[[Cancelled], object], label: str, message: Callable[[], str]
    ) -> None:
        def finished(answer: object) -> None:
            if answer not in (None, False):
                self.prompter.inform(self, self.tr("Certificates"), message())

        Operation.cancellable(self, work, prompter=self.prompter, runner=self.runner).success(
            finished
        ).run_in_background(label)

    def verify(self) -> None:
        import importlib

        try:
            module = importlib.import_module("ui.certificates.verify_dialog")
        except ImportError:
            return
        module.open_verify_dialog(self, self.services, self.prompter)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.round_label.setText(self.tr("&Round:"))
        self.per_label.setText(self.tr("&One for each:"))
        self.template_label.setText(self.tr("&Template:"))
        self.per_combo.blockSignals(True)
        chosen = self.per_combo.currentIndex()
        self.per_combo.clear()
        self.per_combo.addItem(self.tr("entry"), Per.ENTRY.value)
        self.per_combo.addItem(self.tr("author"), Per.AUTHOR.value)
        self.per_combo.setCurrentIndex(max(chosen, 0))
        self.per_combo.blockSignals(False)
        self.issue_button.setText(self.tr("Issue certificates…"))
        self.recipients.setHorizontalHeaderLabels(
            [self.tr("Serial"), self.tr("Recipient"), self.tr("Prize")]
        )
        self.export_button.setText(self.tr("Export PDF…"))
        self.export_files_button.setText(self.tr("One file each…"))
        self.print_button.setText(self.tr("Print…"))
        self.verify_button.setText(self.tr("Check a certificate…"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__: Sequence[str] = ("CertificatesSection",)
