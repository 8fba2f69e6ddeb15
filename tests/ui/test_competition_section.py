"""The Competition section driven as a person would: keyboard and mouse, offscreen."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.changes import Area
from judging.demo import demo_competition, demo_entries, demo_judges
from judging.setup import definition
from ui.bus import ChangeBus
from ui.definition.drafts import CriterionDraft
from ui.definition.editor import criterion_columns
from ui.definition.table_model import DraftTableModel
from ui.definition.widgets import TableEditor
from ui.errors import Prompter
from ui.sections.competition import CompetitionSection

# The problems and labels read below are English: pinned, whatever the machine's locale.
pytestmark = pytest.mark.usefixtures("english")

STEP = [c.field for c in criterion_columns()].index("step")


class FakePrompter(Prompter):
    """Answers by itself and records what it was asked."""

    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []
        self.warned: list[tuple[str, str, str]] = []
        self.open_answer: str | None = None
        self.save_answer: str | None = None
        self.suggested: list[str] = []
        self.template_answer: str | None = None
        self.asked: list[str] = []
        self.answers: list[bool] = []

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else True

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.warned.append((title, text, details))

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return self.open_answer

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        self.suggested.append(suggested)
        return self.save_answer

    def choose_template(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]
    ) -> str | None:
        assert [name for name, _ in items] == definition.template_names()
        return self.template_answer


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


def make_section(qtbot: QtBot, services: Services, prompter: FakePrompter) -> CompetitionSection:
    bus = ChangeBus()
    section = CompetitionSection(services, bus, prompter=prompter)
    section._test_bus = bus  # type: ignore[attr-defined]  # keep the bus alive
    qtbot.addWidget(section)
    section.resize(1100, 760)
    section.show()
    qtbot.waitExposed(section)
    return section


def type_into_cell(qtbot: QtBot, editor: TableEditor, row: int, column: int, text: str) -> None:
    view = editor.view
    view.setFocus()
    index = editor.model.index(row, column)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # EditKeyPressed opens the cell's editor
    line = view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # the delegate commits through a queued call
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)


def problems(section: CompetitionSection) -> list[str]:
    return [section.problem_list.item(i).text() for i in range(section.problem_list.count())]


def test_draft_table_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: DraftTableModel[CriterionDraft] = DraftTableModel(criterion_columns(), CriterionDraft)
    model.set_rows([CriterionDraft(code="a", name="A"), CriterionDraft(code="b", name="B")])
    qtmodeltester.check(model)
    model.add_row(1)
    assert model.move_row(0, +1) == 1
    assert [r.code for r in model.rows] == ["", "a", "b"]
    qtmodeltester.check(model)


def test_invalid_step_shows_the_problem_and_disables_save_then_fix_save_reload(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    services.definitions.init_from_template("sang-kien-cong-dong")
    section = make_section(qtbot, services, prompter)
    assert section.issues == [] and not section.save_button.isEnabled()
    qtbot.mouseClick(
        section.editor.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=section.editor.tabs.tabBar().tabRect(1).center(),
    )
    assert section.editor.tabs.currentIndex() == 1
    round_editor = section.editor.current_round_editor()
    assert round_editor is not None and round_editor.code.text() == "SK"

    type_into_cell(qtbot, round_editor.criteria_editor, 0, STEP, "0.7")
    assert round_editor.criteria.row(0).step == "0.7"
    assert any("step 0.7 does not divide the maximum 30" in p for p in problems(section)), problems(
        section
    )
    assert any(p.startswith("round SK › criterion tinh_moi › step") for p in problems(section))
    assert not section.save_button.isEnabled()
    assert section.revert_button.isEnabled()

    type_into_cell(qtbot, round_editor.criteria_editor, 0, STEP, "0,5")  # a decimal comma
    assert problems(section) == []
    assert section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert prompter.warned == []
    stored = services.definitions.stored()
    assert stored is not None and stored.rounds[0].criteria[0].step == Decimal("0.5")
    assert not section.save_button.isEnabled()

    fresh = make_section(qtbot, services, prompter)
    fresh_round = fresh.editor.round_editors()[0]
    assert fresh_round.criteria.row(0).step == "0.5"


def test_typing_a_name_and_reverting(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    services.definitions.init_from_template("i-star")
    section = make_section(qtbot, services, prompter)
    section.editor.name.setFocus()
    section.editor.name.selectAll()
    qtbot.keyClick(section.editor.name, Qt.Key.Key_Delete)
    assert any("the name is empty" in p for p in problems(section))
    assert not section.save_button.isEnabled()
    # QTest types Latin-1 only (Vietnamese comes through the input method)
    qtbot.keyClicks(section.editor.name, "I-Star 2027")
    assert problems(section) == [] and section.save_button.isEnabled()
    # reverting asks first: "no" keeps the typed name
    prompter.answers = [False]
    qtbot.mouseClick(section.revert_button, Qt.MouseButton.LeftButton)
    assert prompter.asked == ["Discard the changes?"]
    assert section.editor.name.text() == "I-Star 2027"
    qtbot.mouseClick(section.revert_button, Qt.MouseButton.LeftButton)
    assert prompter.asked == ["Discard the changes?", "Discard the changes?"]
    assert section.editor.name.text().startswith("Giải thưởng Đổi mới sáng tạo")
    assert not section.save_button.isEnabled() and not section.revert_button.isEnabled()


def test_band_overlap_and_a_tie_break_on_a_removed_criterion(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    services.definitions.init_from_template("sang-kien-cong-dong")
    section = make_section(qtbot, services, prompter)
    section.editor.show_round(0)
    rnd = section.editor.current_round_editor()
    assert rnd is not None
    rnd.criteria_editor.select_row(0)
    type_into_cell(qtbot, rnd.bands_editor, 1, 1, "27")  # 21–27 overlaps 27–30
    assert rnd.criteria.row(0).bands[1].max == "27"
    assert any("overlaps band" in p for p in problems(section))
    type_into_cell(qtbot, rnd.bands_editor, 1, 1, "26")
    assert problems(section) == []
    # remove the first criterion: the tie-break chain still names it
    rnd.criteria_editor.select_row(0)
    qtbot.mouseClick(rnd.criteria_editor.remove_button, Qt.MouseButton.LeftButton)
    assert any("has no criterion 'tinh_moi'" in p for p in problems(section))
    # take it out of the chain with the keyboard-reachable buttons
    rnd.tie_break.list.setCurrentRow(1)
    qtbot.mouseClick(rnd.tie_break.remove_button, Qt.MouseButton.LeftButton)
    assert rnd.tie_break.metrics() == ("jury_total", "criterion:hieu_qua")
    assert problems(section) == []


def test_tie_break_chain_add_and_reorder(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    services.definitions.init_from_template("i-star")
    section = make_section(qtbot, services, prompter)
    rnd = section.editor.round_editors()[0]
    chain = rnd.tie_break
    assert chain.metrics() == ("jury_total", "component:binh_chon")
    chain.choice.setCurrentIndex(chain.choice.findData("criterion:sang_tao"))
    qtbot.mouseClick(chain.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chain.up_button, Qt.MouseButton.LeftButton)
    assert chain.metrics() == ("jury_total", "criterion:sang_tao", "component:binh_chon")
    assert section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    stored = services.definitions.stored()
    assert stored is not None
    assert stored.rounds[0].ranking.tie_break == chain.metrics()


def test_a_refused_save_is_explained(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    services.core.create_competition(demo_competition(), demo_entries(), demo_judges())
    section = make_section(qtbot, services, prompter)
    categories = section.editor.categories_editor
    categories.select_row(0)
    qtbot.mouseClick(categories.remove_button, Qt.MouseButton.LeftButton)
    assert problems(section) == [] and section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    (warning,) = prompter.warned
    assert "category QLNN" in warning[2] and "entries belong to it" in warning[2]
    assert services.definitions.stored() == demo_competition()


def test_empty_database_from_template(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    section = make_section(qtbot, services, prompter)
    assert section.pages.currentWidget() is section.empty_page
    prompter.template_answer = "sang-tao-nha-nong"
    changed: list[Area] = []
    section.bus.changed.connect(changed.append)
    qtbot.mouseClick(section.empty_template_button, Qt.MouseButton.LeftButton)
    assert changed == [Area.COMPETITION]
    assert section.pages.currentWidget() is section.editor
    assert section.editor.code.text() == "STNN"
    assert [r.code.text() for r in section.editor.round_editors()] == ["SK", "CK"]
    # a second template or file is refused, with the reason
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    assert not section.import_button.isEnabled()
    section.import_file()
    assert prompter.told and "already holds a competition (STNN)" in prompter.told[-1][1]


def test_import_a_file_into_an_empty_database(
    qtbot: QtBot, services: Services, prompter: FakePrompter, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        definition.template_text("i-star").replace("step = 0.5", "step = 0.7", 1), encoding="utf-8"
    )
    section = make_section(qtbot, services, prompter)
    prompter.open_answer = str(broken)
    qtbot.mouseClick(section.empty_import_button, Qt.MouseButton.LeftButton)
    (warning,) = prompter.warned
    assert "broken.toml:" in warning[2] and "does not divide" in warning[2]
    assert services.definitions.stored() is None
    good = tmp_path / "good.toml"
    good.write_text(definition.template_text("i-star"), encoding="utf-8")
    prompter.open_answer = str(good)
    qtbot.mouseClick(section.empty_import_button, Qt.MouseButton.LeftButton)
    assert section.editor.code.text() == "ISTAR"


def test_start_an_empty_definition_and_save_it(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    section = make_section(qtbot, services, prompter)
    qtbot.mouseClick(section.empty_new_button, Qt.MouseButton.LeftButton)
    assert any("the code is empty" in p for p in problems(section))
    assert not section.save_button.isEnabled()
    qtbot.keyClicks(section.editor.code, "HCM-2027")
    qtbot.keyClicks(section.editor.name, "HCMC Innovation Award 2027")
    assert problems(section) == []
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    stored = services.definitions.stored()
    assert stored is not None and stored.code == "HCM-2027"
    assert stored.rounds[0].criteria[0].max == 10


def test_export_writes_the_stored_definition(
    qtbot: QtBot, services: Services, prompter: FakePrompter, tmp_path: Path
) -> None:
    services.definitions.init_from_template("i-star")
    section = make_section(qtbot, services, prompter)
    prompter.save_answer = str(tmp_path / "istar-export")
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "istar-export.toml"
    assert definition.parse(written.read_text(encoding="utf-8")) == services.definitions.stored()
    assert prompter.told
    stored = services.definitions.stored()
    assert stored is not None and prompter.suggested == [f"{stored.code}.toml"]


def test_add_and_remove_rounds(qtbot: QtBot, services: Services, prompter: FakePrompter) -> None:
    services.definitions.init_from_template("sang-kien-cong-dong")
    section = make_section(qtbot, services, prompter)
    editor = section.editor
    qtbot.mouseClick(editor.add_round_button, Qt.MouseButton.LeftButton)
    assert editor.round_list.count() == 3
    assert any("has no criterion" in p for p in problems(section))
    qtbot.mouseClick(editor.round_up_button, Qt.MouseButton.LeftButton)
    assert [r.code.text() for r in editor.round_editors()] == ["SK", "V3", "CK"]
    qtbot.mouseClick(editor.remove_round_button, Qt.MouseButton.LeftButton)
    assert [r.code.text() for r in editor.round_editors()] == ["SK", "CK"]
    assert problems(section) == [] and not section.save_button.isEnabled()  # back as stored


def test_problems_follow_the_language(
    qtbot: QtBot, services: Services, prompter: FakePrompter
) -> None:
    from PySide6.QtCore import QLocale

    services.definitions.init_from_template("sang-kien-cong-dong")
    section = make_section(qtbot, services, prompter)
    rnd = section.editor.round_editors()[0]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        type_into_cell(qtbot, rnd.criteria_editor, 0, STEP, "0.7")
        assert problems(section) == [
            "vòng SK › tiêu chí tinh_moi › step: bước 0,7 không chia hết điểm tối đa 30"
        ]
    finally:
        QLocale.setDefault(previous)


def test_vietnamese_translation_reaches_the_editor(
    qtbot: QtBot, services: Services, prompter: FakePrompter, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    ts = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "definition_vi.ts"
    qm = tmp_path / "definition_vi.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    services.definitions.init_from_template("i-star")
    section = make_section(qtbot, services, prompter)
    assert section.save_button.text() == "&Save"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert section.save_button.text() == "&Lưu"
        assert section.editor.tabs.tabText(1) == "&Vòng thi và tiêu chí"
        rnd = section.editor.round_editors()[0]
        assert rnd.inner_tabs.tabText(0) == "Tiêu chí và mức điểm"
        assert rnd.criteria.headerData(2, Qt.Orientation.Horizontal) == "Điểm tối đa"
        assert rnd.criteria_editor.add_button.text() == "&Thêm"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert section.save_button.text() == "&Save"
