"""The results screen over a synthetic round result (tests/unit/test_consistency_data.py):
the table, its sorting, the explanation, the provisional toggle, ties, round actions and the
consistency view. The engine itself is not needed here."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from judging.changes import Area, changes, declared
from judging.errors import Conflict
from judging.model import Competition, RoundStatus
from judging.ranking.consistency import consistency
from judging.ranking.results import EntryResult, RoundResult
from judging.ranking.service import RankingService, RoundGaps
from tests.unit.test_consistency_data import MAXIMA, sample_competition, sample_round
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.results.consistency_view import ConsistencyView, JudgeStatsModel, OutlierModel
from ui.results.dialogs import ExplanationDialog, ResolveTieDialog, TieOrder
from ui.results.rows import Kind, build_rows, columns_for
from ui.results.table_model import ResultsTableModel
from ui.sections.results import ResultsSection
from ui.setup.runner import SyncRunner

# The texts and numbers read here are English: pinned, whatever the machine's locale.
pytestmark = pytest.mark.usefixtures("english")


def _bare(entry: EntryResult) -> EntryResult:
    """What the engine gives without ``explain``: panels and totals, no marks, no steps."""
    criteria = tuple(dataclasses.replace(c, marks=(), steps=()) for c in entry.criteria)
    components = tuple(dataclasses.replace(c, steps=()) for c in entry.components)
    return dataclasses.replace(entry, criteria=criteria, components=components, steps=())


@dataclass
class FakeRanking:
    """Stands in for services.ranking: records the calls, answers with a synthetic result."""

    status: RoundStatus = RoundStatus.OPEN
    fail: Exception | None = None
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)

    def rank(
        self,
        code: str | None = None,
        *,
        category: str | None = None,
        drafts: bool = False,
        explain: bool = False,
        steps: bool = True,
    ) -> RoundResult:
        self.calls.append(("rank", (code,), {"category": category, "drafts": drafts}))
        base = sample_round(drafts=drafts)
        results = base.results if explain else tuple(_bare(e) for e in base.results)
        return dataclasses.replace(base, category=category, status=self.status, results=results)

    def explain(self, entry: str, round_code: str | None = None, *, drafts: bool = False) -> Any:
        self.calls.append(("explain", (entry, round_code), {"drafts": drafts}))
        if self.fail is not None:
            raise self.fail
        return sample_round(drafts=drafts).entry(entry)

    def _act(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.calls.append((name, args, kwargs))
        if self.fail is not None:
            raise self.fail

    @changes(declared(RankingService.resolve_tie))  # what the real one declares
    def resolve_tie(self, *args: Any, **kwargs: Any) -> None:
        self._act("resolve_tie", *args, **kwargs)

    @changes(declared(RankingService.close_round))  # what the real one declares
    def close_round(self, *args: Any, **kwargs: Any) -> None:
        self._act("close_round", *args, **kwargs)

    @changes(declared(RankingService.approve_round))  # what the real one declares
    def approve_round(self, *args: Any, **kwargs: Any) -> None:
        self._act("approve_round", *args, **kwargs)

    @changes(declared(RankingService.reopen_round))  # what the real one declares
    def reopen_round(self, *args: Any, **kwargs: Any) -> None:
        self._act("reopen_round", *args, **kwargs)

    def round_gaps(self, code: str | None = None) -> RoundGaps:
        self.calls.append(("round_gaps", (code,), {}))
        return RoundGaps(code or "so_khao", ())


@dataclass
class FakePrompter(Prompter):
    answer_tie: TieOrder | None = None
    answer_confirm: bool = True
    errors: list[str] = field(default_factory=list)
    explained: list[tuple[str, str]] = field(default_factory=list)
    tie_groups: list[list[str]] = field(default_factory=list)
    previous: list[str | None] = field(default_factory=list)  # the earlier reason, if any

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.errors.append(text)

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        buttons: tuple[str, str],
        details: str = "",
    ) -> bool:
        return self.answer_confirm

    def tie_order(
        self, parent: QWidget, entries: Sequence[EntryResult], previous: str | None = None
    ) -> TieOrder | None:
        self.tie_groups.append([e.entry for e in entries])
        self.previous.append(previous)
        return self.answer_tie

    def explain(self, parent: QWidget, title: str, html: str) -> None:
        self.explained.append((title, html))


def show_consistency(qtbot: Any, section: ResultsSection) -> None:
    bar = section.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert section.tabs.currentWidget() is section.consistency_view


def make_section(
    qtbot: Any, ranking: FakeRanking | None = None, competition: Competition | None = None
) -> tuple[ResultsSection, FakeRanking, FakePrompter, ChangeBus]:
    ranking = ranking or FakeRanking()
    comp = competition or sample_competition()
    services = SimpleNamespace(core=SimpleNamespace(competition=lambda: comp), ranking=ranking)
    bus = ChangeBus()
    prompter = FakePrompter()
    section = ResultsSection(services, bus, prompter=prompter, runner=SyncRunner())  # type: ignore[arg-type]
    assert ranking.calls == []  # nothing is ranked before the section is shown
    qtbot.addWidget(section)
    section.resize(1400, 700)
    section.show()
    return section, ranking, prompter, bus


def column_of(section: ResultsSection, kind: Kind, code: str = "") -> int:
    return next(
        i for i, c in enumerate(section.model.columns()) if c.kind == kind and c.code == code
    )


def cell(section: ResultsSection, row: int, column: int, role: int = 0) -> Any:
    return section.model.data(section.model.index(row, column), role)


# -- models ----------------------------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    result = sample_round()
    round_ = sample_competition().rounds[0]
    columns = columns_for(round_, result)
    model = ResultsTableModel()
    model.set_rows(columns, build_rows(result, columns))
    qtmodeltester.check(model)
    report = consistency(result.results, MAXIMA)
    judges = JudgeStatsModel()
    judges.set_stats(report.judges)
    qtmodeltester.check(judges)
    outliers = OutlierModel()
    outliers.set_points(report.outliers)
    qtmodeltester.check(outliers)
    empty = ResultsTableModel()
    qtmodeltester.check(empty)


def test_columns_follow_the_round_and_its_tie_break_chain() -> None:
    round_ = sample_competition().rounds[0]
    columns = columns_for(round_, None)
    kinds = [(c.kind.value, c.code, c.tie_break) for c in columns]
    # Who won what and who goes on first; the numbers behind the total after them.
    assert kinds == [
        ("rank", "", None),
        ("code", "", None),
        ("title", "", None),
        ("final_total", "", None),
        ("prize", "", None),
        ("advanced", "", None),
        ("category", "", None),
        ("jury_total", "", 1),
        ("criterion", "tinh_moi", 2),
        ("criterion", "hieu_qua", None),
        ("component", "binh_chon", None),
        ("component", "tru_diem", None),
        ("status", "", None),
        ("tie_decision", "", None),
    ]
    model = ResultsTableModel()
    model.set_rows(columns, ())
    # The header is the name alone; its place in the tie-break order is said in words.
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Jury total"
    assert model.headerData(8, Qt.Orientation.Horizontal) == "Tính mới"
    tip = model.headerData(8, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "tinh_moi" not in tip
    assert "Separates equal final totals: comparison no. 2" in tip


# -- the table -------------------------------------------------------------------------------
def test_table_shows_the_engine_numbers_exactly(qtbot: Any) -> None:
    section, ranking, _, _ = make_section(qtbot)
    assert ranking.calls[0] == ("rank", ("so_khao",), {"category": None, "drafts": False})
    model = section.model
    assert model.rowCount() == 5
    rank, final = column_of(section, Kind.RANK), column_of(section, Kind.FINAL_TOTAL)
    tinh_moi = column_of(section, Kind.CRITERION, "tinh_moi")
    vote = column_of(section, Kind.COMPONENT, "binh_chon")
    assert [cell(section, r, rank) for r in range(5)] == ["1", "2=", "2=", "", ""]
    assert [cell(section, r, final) for r in range(3)] == ["81.25", "64.50", "64.50"]
    assert cell(section, 0, tinh_moi) == "26.25"
    assert cell(section, 0, vote) == "20.0"  # the component's own places
    assert cell(section, 0, column_of(section, Kind.PRIZE)) == "nhat"  # no ladder name known
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(section, 0, final, Qt.ItemDataRole.TextAlignmentRole) == right
    assert "đồng hạng" in cell(section, 1, rank, Qt.ItemDataRole.ToolTipRole)
    assert "Tác động xã hội" in cell(section, 1, rank, Qt.ItemDataRole.ToolTipRole)
    # Incomplete and withdrawn: at the end, greyed, no rank, why in the tooltip.
    status = column_of(section, Kind.STATUS)
    assert [cell(section, r, status) for r in (3, 4)] == ["incomplete", "withdrawn"]
    assert cell(section, 3, status, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(section, 0, status, Qt.ItemDataRole.ForegroundRole) is None
    assert "GK04: hieu_qua" in cell(section, 3, status, Qt.ItemDataRole.ToolTipRole)
    assert cell(section, 1, column_of(section, Kind.TIE_DECISION)) == "Tác động xã hội rộng hơn"


def test_sorting_keeps_unranked_entries_last(qtbot: Any) -> None:
    section, *_ = make_section(qtbot)
    final = column_of(section, Kind.FINAL_TOTAL)
    code = column_of(section, Kind.CODE)
    header = section.table.horizontalHeader()
    section.table.scrollTo(section.model.index(0, final))
    position = QPoint(header.sectionViewportPosition(final) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert header.sortIndicatorSection() == final
    codes = [cell(section, r, code) for r in range(5)]
    assert codes[3:] == ["E04", "E05"]
    assert set(codes[:3]) == {"E01", "E02", "E03"}
    section.model.sort(final, Qt.SortOrder.AscendingOrder)
    assert [cell(section, r, code) for r in range(5)] == ["E02", "E03", "E01", "E04", "E05"]
    section.model.sort(final, Qt.SortOrder.DescendingOrder)
    assert [cell(section, r, code) for r in range(5)] == ["E01", "E02", "E03", "E04", "E05"]
    title = column_of(section, Kind.TITLE)
    section.model.sort(title, Qt.SortOrder.AscendingOrder)
    assert [cell(section, r, code) for r in range(3)] == ["E03", "E01", "E02"]


def test_all_categories_are_grouped_by_category() -> None:
    base = sample_round()
    moved = tuple(
        EntryResult(**{**e.__dict__, "category": "khac"}) if e.entry == "E01" else e
        for e in base.results
    )
    result = RoundResult(base.competition, base.round, None, False, base.status, moved, base.flags)
    columns = columns_for(None, result)
    rows = build_rows(
        result, columns, category_names={"nong_nghiep": "Nông nghiệp", "khac": "Khác"}
    )
    assert [r.entry.entry for r in rows] == ["E02", "E03", "E01", "E04", "E05"]
    assert rows[0].cells[[c.kind for c in columns].index(Kind.CATEGORY)] == "Nông nghiệp"


# -- the explanation -------------------------------------------------------------------------
def test_double_click_on_a_criterion_explains_it_down_to_every_mark(qtbot: Any) -> None:
    section, ranking, prompter, _ = make_section(qtbot)
    column = column_of(section, Kind.CRITERION, "tinh_moi")
    assert section.result is not None and section.result.results[0].criteria[0].marks == ()
    view = section.table
    rect = view.visualRect(section.model.index(0, column))
    # A double-click arrives after the first click's press and release, as from a real mouse.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(prompter.explained) == 1
    # The table's result holds no marks: the explanation asked the service for this entry.
    assert ("explain", ("E01", "so_khao"), {"drafts": False}) in ranking.calls
    title, html = prompter.explained[0]
    assert title.endswith("Tính mới")
    dialog = ExplanationDialog(title, html)
    qtbot.addWidget(dialog)
    text = dialog.text()
    # GK03's 28 and GK04's 20 were dropped by trimming: struck through and said so.
    # With the round's places, as the panel mark has them.
    assert "<s>28.00</s>" in html and "<s>20.00</s>" in html
    assert text.count("dropped by trimming") == 2
    assert "trainee: shown, not counted" in text
    assert "trimmed mean of 25.5, 27" in text
    assert "half-up to 2 decimal place(s)" in text
    assert "Panel mark: 26.25; weighted: 26.25" in text


def test_enter_on_the_final_total_explains_the_whole_entry(qtbot: Any) -> None:
    section, _, prompter, _ = make_section(qtbot)
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(1, column_of(section, Kind.FINAL_TOTAL)))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    title, html = prompter.explained[-1]
    assert title.startswith("E02")
    dialog = ExplanationDialog(title, html)
    qtbot.addWidget(dialog)
    text = dialog.text()
    for expected in (
        "Jury total: 54.50",
        "20 × 200 ÷ 400",  # the component's scaling
        "final = 54.50 + 10.0 − 0",
        "Tie-break chain",
        "Tác động xã hội rộng hơn",
        "Trừ điểm",
        "deduction",
    ):
        assert expected in text, expected
    # The chain table lists both tied entries with their jury totals.
    assert text.count("54.50") >= 3 and "E03" in text


def test_incomplete_entry_explains_what_is_missing(qtbot: Any) -> None:
    section, _, prompter, _ = make_section(qtbot)
    section.table.setCurrentIndex(section.model.index(3, column_of(section, Kind.CODE)))
    qtbot.keyClick(section.table, Qt.Key.Key_Enter)
    _, html = prompter.explained[-1]
    assert "Missing marks" in html and "GK04: hieu_qua" in html
    assert "no mark (recused or not given)" in html


# -- provisional, refresh --------------------------------------------------------------------
def test_provisional_toggle_is_clearly_marked(qtbot: Any) -> None:
    section, ranking, prompter, _ = make_section(qtbot)
    assert not section.draft_banner.isVisible()
    qtbot.mouseClick(section.drafts_box, Qt.MouseButton.LeftButton)
    assert ranking.calls[-1] == ("rank", ("so_khao",), {"category": None, "drafts": True})
    assert section.draft_banner.isVisible()
    assert "PROVISIONAL" in section.draft_banner.text()
    section.table.setCurrentIndex(section.model.index(0, column_of(section, Kind.FINAL_TOTAL)))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert "Provisional" in prompter.explained[-1][1]


def test_category_choice_and_bus_refresh(qtbot: Any) -> None:
    section, ranking, _, bus = make_section(qtbot)
    section.category_box.setCurrentIndex(section.category_box.findData("nong_nghiep"))
    assert ranking.calls[-1][2]["category"] == "nong_nghiep"
    count = len(ranking.calls)
    bus.announce(Area.JUDGES)
    assert len(ranking.calls) == count
    bus.announce(Area.MARKS)
    assert len(ranking.calls) == count + 1
    assert ranking.calls[-1][2]["category"] == "nong_nghiep"  # the choice survives a refresh
    # Hidden (another section in front): marks typed meanwhile rank nothing until shown.
    section.hide()
    for _ in range(3):
        bus.announce(Area.MARKS)
    assert len(ranking.calls) == count + 1
    section.show()
    assert len(ranking.calls) == count + 2


# -- ties and round actions ------------------------------------------------------------------
def test_resolve_tie_dialog_requires_a_reason(qtbot: Any) -> None:
    entries = [e for e in sample_round().results if e.tied]
    dialog = ResolveTieDialog(entries)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button().isEnabled()
    dialog.accept()  # Enter with no reason changes nothing
    assert dialog.result() == 0 and dialog.isVisible()
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.reason, "wider use")
    assert dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert dialog.order() == TieOrder(("E03", "E02"), "wider use")


def test_revising_a_decided_tie_shows_the_earlier_reason_and_asks_a_new_one(
    qtbot: Any,
) -> None:
    entries = [e for e in sample_round().results if e.tied]
    dialog = ResolveTieDialog(entries, previous="Tác động rộng hơn")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Revise the chair's order"
    assert "Tác động rộng hơn" in dialog.intro.text() and "replaces" in dialog.intro.text()
    assert dialog.reason.toPlainText() == "" and not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.reason, "drawn again")
    assert dialog.ok_button().isEnabled()


def test_resolve_tie_calls_the_service_once_and_announces(qtbot: Any) -> None:
    section, ranking, prompter, bus = make_section(qtbot)
    assert section.tie_button.isEnabled()
    prompter.answer_tie = TieOrder(("E03", "E02"), "Tác động xã hội rộng hơn")
    with qtbot.waitSignal(bus.changed) as signal:
        qtbot.mouseClick(section.tie_button, Qt.MouseButton.LeftButton)
    assert signal.args == [Area.RESULTS]
    assert prompter.tie_groups == [["E02", "E03"]]
    actions = [c for c in ranking.calls if c[0] == "resolve_tie"]
    assert actions == [
        (
            "resolve_tie",
            ("so_khao", ["E03", "E02"], "Tác động xã hội rộng hơn"),
            {"category": None},
        )
    ]


def test_a_refused_action_is_shown_in_plain_words(qtbot: Any) -> None:
    ranking = FakeRanking(fail=Conflict("the round is closed: reopen it first"))
    section, _, prompter, bus = make_section(qtbot, ranking)
    prompter.answer_tie = TieOrder(("E02", "E03"), "lý do")
    announced: list[Area] = []
    bus.changed.connect(announced.append)
    qtbot.mouseClick(section.tie_button, Qt.MouseButton.LeftButton)
    assert prompter.errors == ["the round is closed: reopen it first"]
    assert announced == []


def test_close_and_approve_follow_the_round_status(qtbot: Any) -> None:
    section, ranking, prompter, _ = make_section(qtbot)
    assert section.close_button.isEnabled() and not section.approve_button.isEnabled()
    prompter.answer_confirm = False
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    assert not [c for c in ranking.calls if c[0] == "close_round"]
    prompter.answer_confirm = True
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    assert [c for c in ranking.calls if c[0] == "close_round"] == [
        ("close_round", ("so_khao",), {})
    ]
    closed, *_ = make_section(qtbot, FakeRanking(status=RoundStatus.CLOSED))
    assert closed.approve_button.isEnabled() and not closed.close_button.isEnabled()
    assert closed.status_label.text() == "Round closed"


def test_without_a_ranking_service_the_screen_says_so(qtbot: Any) -> None:
    services = SimpleNamespace(
        core=SimpleNamespace(competition=sample_competition), ranking=object()
    )
    section = ResultsSection(services, ChangeBus(), prompter=FakePrompter())  # type: ignore[arg-type]
    qtbot.addWidget(section)
    section.show()
    assert section.model.rowCount() == 0
    assert "not available" in section.message.text()


# -- consistency -----------------------------------------------------------------------------
def test_consistency_view_builds_with_plots(qtbot: Any, tmp_path: Any) -> None:
    section, *_ = make_section(qtbot)
    view: ConsistencyView = section.consistency_view
    assert view.report is None  # worked out only when its tab is shown
    show_consistency(qtbot, section)
    assert view.report is not None
    assert view.judges_model.rowCount() == 5
    assert view.outlier_model.rowCount() == 2
    assert view.outlier_model.data(view.outlier_model.index(1, 5)) == "-13.50"
    assert view.outlier_model.data(view.outlier_model.index(1, 1)) == "Tính mới"
    assert "Kendall's W = <b>0.563</b>" in view.agreement.text()
    assert "moderate agreement" in view.agreement.text()
    assert "ICC(1) = <b>0.474</b>" in view.agreement.text()
    spread = view.spread_plot.getPlotItem().items
    assert any(isinstance(i, pg.ErrorBarItem) for i in spread)
    scatter = [
        i for i in view.scatter_plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)
    ]
    assert sum(len(s.data) for s in scatter) >= 30
    image = view.grab().toImage()
    assert image.width() > 300 and image.height() > 300
    assert image.save(str(tmp_path / "consistency.png"))


@pytest.mark.parametrize("judges", [1, 0])
def test_consistency_view_with_too_few_judges(qtbot: Any, judges: int) -> None:
    view = ConsistencyView()
    qtbot.addWidget(view)
    results = sample_round().results
    if judges == 0:
        results = results[4:]  # only the withdrawn entry: no marks at all
    else:
        results = tuple(
            EntryResult(
                **{
                    **e.__dict__,
                    "criteria": tuple(
                        type(c)(**{**c.__dict__, "marks": c.marks[:1]}) for c in e.criteria
                    ),
                }
            )
            for e in results
        )
    view.set_report(consistency(results, MAXIMA))
    assert "not computable" in view.agreement.text()
    assert view.judges_model.rowCount() == judges


# -- Vietnamese ------------------------------------------------------------------------------
def test_the_screen_speaks_vietnamese_and_switches_back(qtbot: Any, tmp_path: Any) -> None:
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    source = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "results_vi.ts"
    compiled = tmp_path / "results_vi.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    section, _, prompter, _ = make_section(qtbot)
    translator = QTranslator()
    assert translator.load(str(compiled))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert section.tabs.tabText(0) == "Xếp hạng"
        assert section.tabs.tabText(1) == "Độ nhất quán của giám khảo"
        assert section.model.headerData(0, Qt.Orientation.Horizontal) == "Hạng"
        jury = column_of(section, Kind.JURY_TOTAL)
        assert section.model.headerData(jury, Qt.Orientation.Horizontal) == "Tổng điểm hội đồng"
        assert cell(section, 3, column_of(section, Kind.STATUS)) == "chưa đủ điểm"
        show_consistency(qtbot, section)
        assert "thống nhất vừa phải" in section.consistency_view.agreement.text()
        section.table.setCurrentIndex(
            section.model.index(0, column_of(section, Kind.CRITERION, "tinh_moi"))
        )
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
        html = prompter.explained[-1][1]
        assert "bị loại (cao nhất/thấp nhất)" in html
        assert "làm tròn lên nửa, 2 chữ số thập phân" in html
    finally:
        app.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert section.tabs.tabText(0) == "Ranking"
    assert section.model.headerData(0, Qt.Orientation.Horizontal) == "Rank"


def test_a_component_cell_explains_its_scaling(qtbot: Any) -> None:
    section, _, prompter, _ = make_section(qtbot)
    vote = column_of(section, Kind.COMPONENT, "binh_chon")
    section.table.setCurrentIndex(section.model.index(0, vote))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    title, html = prompter.explained[-1]
    assert title.endswith("Bình chọn cộng đồng")
    assert "Raw value: 400 → points: <b>20.0</b>" in html
    assert "20 × 400 ÷ 400" in html and "half-up to 1 decimal place(s)" in html
    assert "Tính mới" not in html  # only that component


def test_one_category_hides_the_category_column(qtbot: Any) -> None:
    section, *_ = make_section(qtbot)
    category = column_of(section, Kind.CATEGORY)
    assert not section.table.isColumnHidden(category)
    section.category_box.setCurrentIndex(section.category_box.findData("nong_nghiep"))
    assert section.table.isColumnHidden(category)


def test_numbers_are_printed_as_given_never_in_exponent_form() -> None:
    from decimal import Decimal

    from ui.results.rows import number_text

    assert number_text(Decimal("27.00")) == "27.00"
    assert number_text(Decimal("1E+1")) == "10"
    assert number_text(Decimal("0E-2")) == "0.00"
    assert number_text(None) == ""


def test_a_failed_explanation_is_shown_in_words(qtbot: Any) -> None:
    section, ranking, prompter, _ = make_section(qtbot)
    ranking.fail = Conflict("the database is locked by another program")
    section.table.setCurrentIndex(section.model.index(0, column_of(section, Kind.FINAL_TOTAL)))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert prompter.explained == []
    assert prompter.errors == ["the database is locked by another program"]


class CancellingRunner:
    """Runs the work as if the person pressed Cancel while it ran."""

    def run(self, parent: Any, label: str, work: Any, done: Any, failed: Any) -> None:
        self.label = label
        done(work(lambda: True))


def test_cancelled_consistency_is_worked_out_again_next_time(qtbot: Any) -> None:
    section, *_ = make_section(qtbot)
    runner = CancellingRunner()
    section.runner = runner
    show_consistency(qtbot, section)
    assert "consistency" in runner.label
    assert section.consistency_view.report is None
    assert section.consistency_view.agreement.text() == "Cancelled."
    section.runner = SyncRunner()
    qtbot.mouseClick(
        section.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=section.tabs.tabBar().tabRect(0).center(),
    )
    show_consistency(qtbot, section)
    assert section.consistency_view.report is not None


def test_normalised_marks_get_their_own_column_in_the_explanation() -> None:
    from decimal import Decimal

    from judging.ranking.results import JudgeMark
    from ui.results.explain import Numbers, criterion_html

    base = sample_round().results[0].criteria[0]
    marks = tuple(
        dataclasses.replace(m, normalised=Decimal("24.13")) if m.judge == "GK01" else m
        for m in base.marks
    )
    html = criterion_html(dataclasses.replace(base, marks=marks), Numbers())
    assert "<th>Normalised</th>" in html and "24.13" in html
    assert "Normalised" not in criterion_html(base, Numbers())
    assert isinstance(marks[0], JudgeMark)


def test_the_real_prompter_opens_a_non_modal_explanation(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    Prompter().explain(parent, "E01 — X", "<p>dropped by trimming</p>")
    (dialog,) = parent.findChildren(ExplanationDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Explanation: E01 — X"
    assert "dropped by trimming" in dialog.text()
    dialog.close()


def test_every_string_of_the_explanation_and_consistency_is_translated() -> None:
    from pathlib import Path

    from ui.results import update_translations as ut

    translated = {
        (ctx, msg[2]) for ctx, items in ut.read_ts(ut.TS).items() for msg, text in items if text
    }
    for file, context in ut.MODULE_CONTEXTS.items():
        strings = ut.module_strings(Path(ut.ROOT) / "ui" / "results" / file)
        assert len(strings) > 20
        missing = [text for _, _, text, _ in strings if (context, text) not in translated]
        assert missing == [], f"{file}: run ui/results/update_translations.py and translate"


# -- ranking off the GUI thread ----------------------------------------------------------------
class DeferredRunner:
    """Keeps each job until the test finishes it: the order in which results come back is
    the test's to choose (a real worker thread may answer late)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, Any, Any, Any]] = []

    def run(self, parent: Any, label: str, work: Any, done: Any, failed: Any) -> None:
        self.jobs.append((label, work, done, failed))

    def finish(self, index: int, *, cancel: bool = False) -> None:
        _, work, done, failed = self.jobs[index]
        try:
            result = work(lambda: cancel)
        except Conflict as exc:
            failed(exc)
            return
        done(result)


def test_ranking_runs_in_the_background_and_drops_stale_results(qtbot: Any) -> None:
    ranking = FakeRanking()
    comp = sample_competition()
    services = SimpleNamespace(core=SimpleNamespace(competition=lambda: comp), ranking=ranking)
    runner = DeferredRunner()
    section = ResultsSection(
        services,  # type: ignore[arg-type]
        ChangeBus(),
        prompter=FakePrompter(),
        runner=runner,  # type: ignore[arg-type]
    )
    qtbot.addWidget(section)
    section.show()
    # Shown: the ranking is asked of the runner, not done on the GUI thread.
    assert [job[0] for job in runner.jobs] == ["Ranking the round…"]
    assert ranking.calls == [] and section.model.rowCount() == 0
    assert section.busy.isVisible() and section.ranking_busy
    assert not section.tie_button.isEnabled()
    runner.finish(0)
    everything = section.model.rowCount()
    assert everything == len(sample_round().results) and not section.busy.isVisible()
    assert section.tie_button.isEnabled()

    # The person picks a category, then goes back to all of them before the first answer.
    section.category_box.setCurrentIndex(section.category_box.findData("nong_nghiep"))
    assert len(runner.jobs) == 2 and section.busy.isVisible()
    assert section.model.rowCount() == everything  # the old rows stay meanwhile
    assert section.result is not None and section.result.category is None
    section.category_box.setCurrentIndex(0)
    runner.finish(2)
    assert not section.busy.isVisible() and section.result.category is None
    runner.finish(1)  # the answer for a choice since changed: dropped
    assert section.result.category is None
    assert section.model.rowCount() == everything

    # Cancelled: the old rows stay; ranked again next time.
    qtbot.mouseClick(section.drafts_box, Qt.MouseButton.LeftButton)
    runner.finish(3, cancel=True)
    assert not section.busy.isVisible() and section.result.drafts is False
    assert section.model.rowCount() == everything and section._stale

    # A refusal in words; a stale one is dropped.
    def refuse(*_args: Any, **_kwargs: Any) -> RoundResult:
        raise Conflict("the database is locked by another program")

    ranking.rank = refuse  # type: ignore[method-assign]
    section.drafts_box.setChecked(False)
    section.category_box.setCurrentIndex(section.category_box.findData("nong_nghiep"))
    runner.finish(4)  # stale
    assert section.busy.isVisible() and section.model.rowCount() == everything
    runner.finish(5)
    assert not section.busy.isVisible() and section.result is None
    assert section.model.rowCount() == 0
    assert section.message.text() == "the database is locked by another program"


def test_the_explanation_is_worked_out_in_the_background(qtbot: Any) -> None:
    section, ranking, prompter, _ = make_section(qtbot)
    runner = DeferredRunner()
    section.runner = runner
    section.table.setCurrentIndex(section.model.index(0, column_of(section, Kind.FINAL_TOTAL)))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert [job[0] for job in runner.jobs] == ["Working out the explanation…"]
    assert prompter.explained == [] and not any(c[0] == "explain" for c in ranking.calls)
    runner.finish(0)
    assert [c[0] for c in ranking.calls].count("explain") == 1
    assert len(prompter.explained) == 1 and prompter.explained[0][0].startswith("E01")
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    runner.finish(1, cancel=True)  # cancelled: nothing opens
    assert len(prompter.explained) == 1 and prompter.errors == []


def test_a_round_action_runs_in_the_background_then_announces(qtbot: Any) -> None:
    section, ranking, _, bus = make_section(qtbot)
    runner = DeferredRunner()
    section.runner = runner
    announced: list[Area] = []
    bus.changed.connect(announced.append)
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    # First what the round still lacks is worked out, then (once confirmed) it is closed.
    assert [job[0] for job in runner.jobs] == ["Checking what the round still lacks…"]
    runner.finish(0)
    assert [job[0] for job in runner.jobs][1:] == ["Recording the decision…"]
    assert announced == [] and not any(c[0] == "close_round" for c in ranking.calls)
    runner.finish(1)
    assert [c[0] for c in ranking.calls if c[0] == "close_round"] == ["close_round"]
    assert announced == [Area.MARKS | Area.RESULTS]  # what close_round declares
