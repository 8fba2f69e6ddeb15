"""The desktop app on a judge's laptop (``judging-desk --kit FILE``): judge mode for the kit's
judge only, on the local database made from the kit. Nothing else of the competition is
shown; no PIN is asked (the kit is the judge's own). Leaving judge mode ends the program."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from judging.app import Services
from judging.kits.service import OpenedKit, ScoreFileWritten
from judging.textfiles import write_output
from ui import paths
from ui.app import Translations, _pick_language, default_settings
from ui.bus import ChangeBus
from ui.errors import ErrorHandler, Prompter
from ui.fonts import apply_app_font
from ui.operations import Operation
from ui.scoring.judge_mode import JudgeMode


class KitWindow(QWidget):
    """Judge mode for the kit's judge, with "Send my scores…" above it."""

    def __init__(self, services: Services, *, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.services = services
        self.prompter = prompter or Prompter()
        self.bus = ChangeBus(self)
        self.setObjectName("kit_window")
        self.judge_mode = JudgeMode(services, self.bus, prompter=self.prompter, parent=self)
        self.judge_mode.start_as(services.kits.kit_login())
        # the laptop is the judge's own: nobody else logs in here
        self.judge_mode.logout_button.hide()
        self.note = QLabel(self)
        self.note.setObjectName("kit_note")
        self.note.setWordWrap(True)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("send_scores")
        self.send_button.clicked.connect(self.send_scores)
        head = QHBoxLayout()
        head.addWidget(self.note, 1)
        head.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.judge_mode, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Judge kit"))
        self.note.setText(
            self.tr(
                "Your marks are saved on this computer as you type them. When you are done "
                "(or at any time), send your scores to the organiser."
            )
        )
        self.send_button.setText(self.tr("Send my scores…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # every mark is committed as it is typed; a mark still being typed is kept too
        if self.judge_mode.walkthrough is not None:
            self.judge_mode.walkthrough.commit_pending()
        event.accept()

    def news(self, opened: OpenedKit) -> str:
        """What a newer kit changed, in words for the judge ("" when nothing did, and on the
        kit's first opening, which brings everything)."""
        if opened.created:
            return ""
        names = self._criterion_names(opened.round_code)
        lines = []
        if opened.entries_added:
            lines.append(
                self.tr("%n more entry(ies) to score came with this kit.", "", opened.entries_added)
            )
        change = opened.definition
        if change.changed:
            lines.append(
                self.tr(
                    "The organiser changed the criteria or their scales; the marks you gave "
                    "are kept."
                )
            )
        if change.criteria_added:
            lines.append(
                self.tr("New criteria to mark: %1.").replace(
                    "%1", ", ".join(names.get(c, c) for c in change.criteria_added)
                )
            )
        if change.marks_set_aside:
            lines.append(
                self.tr(
                    "%n mark(s) of criteria no longer in the round are kept aside and not sent.",
                    "",
                    change.marks_set_aside,
                )
            )
        if change.marks_cleared:
            lines.append(
                self.tr("Marks the new scales no longer allow, to give again: %1.").replace(
                    "%1", ", ".join(self._mark_name(m, names) for m in change.marks_cleared)
                )
            )
        if change.sheets_reopened:
            lines.append(
                self.tr("Sheets open again to complete: %1.").replace(
                    "%1", ", ".join(change.sheets_reopened)
                )
            )
        return "\n".join(lines)

    def _criterion_names(self, round_code: str) -> dict[str, str]:
        competition = self.services.core.competition()
        found = competition.round(round_code) if competition else None
        return {c.code: c.name for c in found.criteria} if found else {}

    @staticmethod
    def _mark_name(mark: str, names: dict[str, str]) -> str:
        """ "E01/tinh_moi" as the judge reads it: "E01 (Tính mới)"."""
        entry, _, criterion = mark.partition("/")
        return f"{entry} ({names.get(criterion, criterion)})"

    def tell_news(self, opened: OpenedKit) -> None:
        """Say once, when the window opens, what a newer kit brought or changed."""
        text = self.news(opened)
        if text:
            self.prompter.inform(self, self.tr("A newer judge kit"), text)

    def send_scores(self) -> Path | None:
        """Write the signed score file where the judge chooses, and say where it is."""
        judge = self.judge_mode.judge
        suggested = f"{judge.code if judge else 'diem'}.scores.json"
        name = self.prompter.save_file(
            self, self.tr("Send my scores"), self.tr("Score files (*.scores.json)"), suggested
        )
        if not name:
            return None
        path = Path(name)
        if self.judge_mode.walkthrough is not None:
            self.judge_mode.walkthrough.commit_pending()
        written = Operation(self, lambda: self._write(path), prompter=self.prompter).run()
        if written is None:
            return None
        self.prompter.inform(
            self,
            self.tr("Send my scores"),
            self.tr(
                "Score file no. {number} is written to:\n{path}\n\n{marks} marks, {submitted} "
                "sheets submitted. Send this file to the organiser (by e-mail or on a USB "
                "stick). You may go on scoring and send a newer file later: the organiser "
                "takes in the newest."
            )
            .replace("{number}", str(written.sequence))
            .replace("{path}", str(path.resolve()))
            .replace("{marks}", str(written.marks))
            .replace("{submitted}", str(written.submitted)),
        )
        return path

    def _write(self, path: Path) -> ScoreFileWritten:
        written = self.services.kits.scorefile()
        write_output(path, written.data)
        return written


def open_kit_window(services: Services, *, prompter: Prompter | None = None) -> KitWindow:
    """Judge mode, already showing the kit's judge's entries."""
    return KitWindow(services, prompter=prompter)


def run_kit_app(
    services: Services,
    judge_code: str,
    *,
    opened: OpenedKit | None = None,
    language: str | None = None,
    prompter: Prompter | None = None,
    settings: QSettings | None = None,
) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    paths.data_folder()
    font_before = app.font()
    apply_app_font(app)
    settings = settings or default_settings()
    translations = Translations(app)
    translations.set_language(_pick_language(language, settings))
    prompter = prompter or Prompter()
    window: KitWindow | None = None
    errors = ErrorHandler(prompter, log_path=paths.log_file, parent_widget=lambda: window)
    errors.install()
    try:
        window = open_kit_window(services, prompter=prompter)
        assert window.judge_mode.judge is not None and window.judge_mode.judge.code == judge_code
        window.judge_mode.left.connect(window.close)  # leaving judge mode ends the program
        window.showMaximized()
        if opened is not None:
            window.tell_news(opened)
        return int(app.exec())
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        errors.uninstall()
        translations.set_language("en")
        app.setFont(font_before)  # as it was: matters when this runs inside a test
