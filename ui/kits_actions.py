"""The organiser's side of judge kits in the app: "Export judge kits…" (Judges screen: one
judge's kit, or every judge's into a folder), "Take in score files…" (Scoring screen: several
signed score files, each verified, with a report of what they did) and "Resolve mark
conflicts…" (Scoring screen, and offered right after a take-in that left conflicts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from judging.app import Services
from judging.errors import JudgingError
from judging.kits.conflicts import ConflictsResolved
from judging.kits.format import MAX_SCOREFILE_BYTES
from judging.kits.service import MarkConflict, ScoreFileReport
from judging.numbers import format_places
from judging.textfiles import read_bytes, safe_child, write_output
from ui.errors import Prompter
from ui.numbers import ui_language
from ui.operations import Operation

ALL = "*"


class KitActions(QObject):
    def __init__(self, parent: QWidget, services: Services, prompter: Prompter) -> None:
        super().__init__(parent)
        self.widget = parent
        self.services = services
        self.prompter = prompter

    # -- kits out ----------------------------------------------------------------------------
    def export_kits(self, round_code: str | None, judge: tuple[str, str] | None) -> list[Path]:
        """With a judge (code, name) selected, ask: that judge's kit, or every judge's; without
        one, every judge's into a folder. The files written."""
        title = self.tr("Export judge kits")
        choice = ALL
        if judge is not None:
            picked = self.prompter.choose(
                self.widget,
                title,
                self.tr("Which kits?"),
                [
                    (judge[0], self.tr("Only {name}'s kit, to a file").replace("{name}", judge[1])),
                    (ALL, self.tr("Every judge with entries in the round, into a folder")),
                ],
            )
            if picked is None:
                return []
            choice = picked
        if choice == ALL:
            return self._export_all(round_code, title)
        return self._export_one(round_code, choice, title)

    def _export_one(self, round_code: str | None, judge_code: str, title: str) -> list[Path]:
        competition = Operation(self.widget, self.services.core.require_competition).run()
        if competition is None:
            return []
        rnd = round_code or ""
        name = self.prompter.save_file(
            self.widget,
            title,
            self.tr("Judge kits (*.judgekit)"),
            f"{competition.code}-{rnd}-{judge_code}.judgekit" if rnd else f"{judge_code}.judgekit",
        )
        if not name:
            return []
        path = Path(name)

        def work() -> str:
            kit = self.services.kits.export_kit(round_code, judge_code)
            write_output(path, kit.data)
            return kit.judge_code

        if Operation(self.widget, work, prompter=self.prompter).run() is None:
            return []
        self.prompter.inform(
            self.widget,
            title,
            self.tr(
                "The kit of judge {judge} is written to:\n{path}\n\nGive the judge this file; "
                "they open it with the judging desk on their own computer."
            )
            .replace("{judge}", judge_code)
            .replace("{path}", str(path)),
        )
        return [path]

    def _export_all(self, round_code: str | None, title: str) -> list[Path]:
        folder = self.prompter.choose_folder(self.widget, title)
        if not folder:
            return []

        def work() -> list[Path]:
            written = []
            for code in self.services.kits.kit_judges(round_code):
                kit = self.services.kits.export_kit(round_code, code)
                path = safe_child(Path(folder), kit.file_name)
                write_output(path, kit.data)
                written.append(path)
            return written

        paths = Operation(self.widget, work, prompter=self.prompter).run()
        if not paths:
            return []
        self.prompter.inform(
            self.widget,
            title,
            self.tr(
                "{n} judge kits are written to the folder:\n{folder}\n\n{files}\n\nGive each "
                "judge their own file."
            )
            .replace("{n}", str(len(paths)))
            .replace("{folder}", folder)
            .replace("{files}", "\n".join(p.name for p in paths)),
        )
        return paths

    # -- score files in ----------------------------------------------------------------------
    def take_in(self) -> list[ScoreFileReport]:
        """Ask for score files, take each in (one transaction each), and report."""
        title = self.tr("Take in score files")
        names = self.prompter.open_files(
            self.widget, title, self.tr("Score files (*.scores.json *.json)")
        )
        return self.take_in_files([Path(n) for n in names], title) if names else []

    def take_in_files(self, paths: list[Path], title: str = "") -> list[ScoreFileReport]:
        title = title or self.tr("Take in score files")
        language = ui_language()
        reports: list[ScoreFileReport] = []
        lines: list[str] = []
        for path in paths:
            refusal: list[JudgingError] = []
            report = (
                Operation(self.widget, self._taking_in(path), prompter=self.prompter)
                .failure(refusal.append)
                .run()
            )
            if report is None:
                text = refusal[0].text(language) if refusal else path.name
                lines.append(self.tr("Refused: {reason}").replace("{reason}", text))
                continue
            reports.append(report)
            lines.append(self._report_line(report))
            lines.extend(self._conflict_line(c, language) for c in report.conflicts)
        if lines:
            if len(reports) == len(paths):
                self.prompter.inform(self.widget, title, "\n\n".join(lines))
            else:
                self.prompter.warn(self.widget, title, "\n\n".join(lines))
        self._offer_to_resolve(reports)
        return reports

    def _offer_to_resolve(self, reports: list[ScoreFileReport]) -> None:
        left = [r for r in reports if r.conflicts]
        if not left:
            return
        count = sum(len(r.conflicts) for r in left)
        if self.prompter.confirm(
            self.widget,
            self.tr("Resolve mark conflicts"),
            self.tr(
                "{n} marks in the score files differ from marks typed from paper or on "
                "submitted sheets. They are kept as they are until you decide. Decide now?"
            ).replace("{n}", str(count)),
            (self.tr("Resolve now"), self.tr("Later")),
        ):
            self.resolve_conflicts(left[0].round_code)

    # -- conflicts left by score files -------------------------------------------------------
    def resolve_conflicts(self, round_code: str | None) -> ConflictsResolved | None:
        """The dialog of the round's pending conflicts; what applying the choices did (None:
        cancelled), said in a message."""
        from ui.scoring.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.services, round_code, self.widget)
        try:
            if dialog.exec() != ConflictsDialog.DialogCode.Accepted or dialog.result_ is None:
                return None
            done = dialog.result_
        finally:
            dialog.deleteLater()
        said = self.tr(
            "{kept} marks kept as they were, {taken} taken from the judges' score files."
        )
        lines = [said.replace("{kept}", str(done.kept)).replace("{taken}", str(done.taken))]
        if done.corrected:
            lines.append(
                self.tr(
                    "Corrected on submitted sheets (recorded in the audit log): {list}"
                ).replace("{list}", ", ".join(done.corrected))
            )
        if done.submitted:
            lines.append(
                self.tr("Sheets submitted as the judges' files say: {list}").replace(
                    "{list}", ", ".join(done.submitted)
                )
            )
        if done.recused:
            lines.append(
                self.tr("Sheets recused as the judges' files say: {list}").replace(
                    "{list}", ", ".join(done.recused)
                )
            )
        if done.reopened:
            lines.append(
                self.tr("Sheets back in progress (a mark was cleared): {list}").replace(
                    "{list}", ", ".join(done.reopened)
                )
            )
        self.prompter.inform(self.widget, self.tr("Resolve mark conflicts"), "\n".join(lines))
        return done

    def _taking_in(self, path: Path) -> Callable[[], ScoreFileReport]:
        return lambda: self.services.kits.take_in(
            read_bytes(path, source=path.name, limit=MAX_SCOREFILE_BYTES), source=path.name
        )

    def _report_line(self, r: ScoreFileReport) -> str:
        if r.stale:
            return (
                self.tr(
                    "{file}: score file no. {n} of judge {judge} was taken in already, or a "
                    "newer one was: nothing changed."
                )
                .replace("{file}", r.source)
                .replace("{n}", str(r.sequence))
                .replace("{judge}", r.judge_code)
            )
        return (
            self.tr(
                "{file}: judge {judge}, score file no. {n}: {new} new marks, {changed} changed, "
                "{unchanged} unchanged, {conflicts} conflicts; {submitted} sheets submitted."
            )
            .replace("{file}", r.source)
            .replace("{judge}", r.judge_code)
            .replace("{n}", str(r.sequence))
            .replace("{new}", str(r.new))
            .replace("{changed}", str(r.changed))
            .replace("{unchanged}", str(r.unchanged))
            .replace("{conflicts}", str(len(r.conflicts)))
            .replace("{submitted}", str(len(r.submitted)))
        )

    def _conflict_line(self, c: MarkConflict, language: str) -> str:
        text = (
            self.tr(
                "  left as it is: {entry}: marks typed from paper; in the file the judge "
                "recused from this entry"
            )
            if c.reason == "recused"
            else self.tr(
                "  left as it is: {entry} / {criterion}: {here} typed from paper, {there} in the file"
            )
            if c.reason == "paper"
            else self.tr(
                "  left as it is: {entry} / {criterion}: {here} on a submitted sheet, {there} in the file"
            )
        )
        return (
            text.replace("{entry}", c.entry_code)
            .replace("{criterion}", c.criterion_code)
            .replace("{here}", format_places(c.stored, lang=language) or "—")
            .replace("{there}", format_places(c.in_file, lang=language) or "—")
        )
