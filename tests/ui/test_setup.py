"""Set-up screens driven as a person would: the import dialog, entry actions with undo,
attachments, and the Judges section with its assignment tab."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QLineEdit, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.changes import Area
from judging.model import (
    Category,
    Competition,
    Criterion,
    Entry,
    EntryStatus,
    Judge,
    Role,
    Round,
)
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.sections.judges import JudgesSection
from ui.setup.attachments_dialog import AttachmentsDialog
from ui.setup.entry_actions import install_entry_actions
from ui.setup.import_dialog import PROBLEM, SKIP, ImportEntriesDialog
from ui.setup.runner import SyncRunner, ThreadRunner

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "setup" / "dang-ky-sang-kien-2026.xlsx"

# These tests read the English texts of refusals and counts (a test that wants Vietnamese
# switches the language itself); the machine's locale may be vi_VN.
pytestmark = pytest.mark.usefixtures("english")


class FakePrompter(Prompter):
    """Answers by itself and records what it was asked."""

    def __init__(self) -> None:
        self.reasons: list[str | None] = []
        self.pins: list[str | None] = []
        self.files: list[str | None] = []
        self.answers: list[bool] = []
        self.warnings: list[str] = []
        self.informed: list[str] = []
        self.suggested: list[str] = []

    def reason(self, parent: QWidget | None, title: str, label: str) -> str | None:
        return self.reasons.pop(0)

    def pin(self, parent: QWidget | None, title: str, label: str) -> str | None:
        return self.pins.pop(0)

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self.answers.pop(0) if self.answers else True

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.warnings.append(details or text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.informed.append(text)

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return self.files.pop(0) if self.files else None

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        self.suggested.append(suggested)
        return self.files.pop(0) if self.files else None


def competition(services: Services) -> None:
    services.core.create_competition(
        Competition(
            code="SK-2026",
            name="Giải thưởng Sáng kiến cộng đồng 2026",
            categories=(
                Category("QLNN", "Quản lý nhà nước, cải cách hành chính"),
                Category("KTCN", "Kỹ thuật, công nghệ"),
                Category("NNMT", "Nông nghiệp, môi trường"),
                Category("GDYTXH", "Giáo dục, y tế, xã hội"),
            ),
            rounds=(
                Round(
                    code="SK",
                    name="Vòng sơ khảo",
                    judges_per_entry=2,
                    criteria=(Criterion("tinh_moi", "Tính mới", Decimal(30)),),
                ),
            ),
        )
    )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_import_dialog_maps_shows_faults_skips_and_imports(
    qtbot: QtBot, qtmodeltester: object, services: Services, settings: QSettings
) -> None:
    competition(services)
    bus = ChangeBus()
    prompter = FakePrompter()
    dialog = ImportEntriesDialog(services, bus, prompter, settings=settings, runner=SyncRunner())
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.load(SAMPLE)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    # the Vietnamese headers were mapped; the timestamp, e-mail… are ignored
    assert dialog.combos["title"].currentText() == "Tên sáng kiến / giải pháp"
    assert dialog.combos["code"].currentIndex() == 0
    assert "Dấu thời gian" in dialog.ignored_label.text()
    # the three faulty rows are shown, nothing can be imported yet
    assert dialog.model.faulty_numbers() == [50, 51, 52]
    assert not dialog.import_button.isEnabled()
    assert "50, 51, 52" in dialog.summary.text()
    last = dialog.model.rowCount() - 1
    assert dialog.model.index(last, PROBLEM).data().startswith("unknown category 'Nông nghiệp'")

    # unmapping the summary and mapping it back: a person uses the combo box
    dialog.combos["summary"].setFocus()
    qtbot.keyClick(dialog.combos["summary"], Qt.Key.Key_Home)
    assert "summary" not in dialog.mapping()
    dialog.set_field_column("summary", "Tóm tắt nội dung (tối đa 300 chữ)")

    # fix row 52 by typing the right category into its cell
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.setFocus()
    cell = dialog.model.index(last, 4)
    dialog.view.setCurrentIndex(cell)
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    editor = dialog.view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Nông nghiệp"
    editor.selectAll()
    # QTest types ASCII only (a Vietnamese letter aborts it): the category's code is typed
    qtbot.keyClicks(editor, "NNMT")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits the edit through a queued call
    qtbot.waitUntil(lambda: dialog.model.faulty_numbers() == [50, 51])
    assert dialog.model.overrides == {(52, "category"): "NNMT"}

    # skip the rest with the button, then import
    qtbot.mouseClick(dialog.skip_faulty_button, Qt.MouseButton.LeftButton)
    assert dialog.model.skip == {50, 51}
    assert dialog.model.index(last - 1, SKIP).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(bus.changed, timeout=2000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None and dialog.outcome.added == 49
    rows = services.core.entry_rows()
    assert len(rows) == 49 and rows[-1].category == "NNMT"
    assert prompter.warnings == []

    # the mapping is remembered for files with the same headers
    dialog.combos  # noqa: B018
    second = ImportEntriesDialog(services, bus, prompter, settings=settings, runner=SyncRunner())
    qtbot.addWidget(second)
    assert second.load(SAMPLE)
    assert second.mapping() == dialog.mapping()


def test_remembered_mapping_wins_over_the_guess(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    competition(services)
    path = tmp_path / "form.csv"
    path.write_text("Tên,Nhóm\nMáy bóc vỏ,KTCN\n", encoding="utf-8")
    prompter = FakePrompter()
    dialog = ImportEntriesDialog(
        services, ChangeBus(), prompter, settings=settings, runner=SyncRunner()
    )
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.mapping() == {}
    assert not dialog.import_button.isEnabled()
    dialog.set_field_column("title", "Tên")
    dialog.set_field_column("category", "Nhóm")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [e.title for e in services.core.entry_rows()] == ["Máy bóc vỏ"]
    again = ImportEntriesDialog(
        services, ChangeBus(), prompter, settings=settings, runner=SyncRunner()
    )
    qtbot.addWidget(again)
    again.load(path)
    assert again.mapping() == {"title": 0, "category": 1}
    # now every row is a duplicate of the database: nothing can be imported
    assert again.model.faulty_numbers() == [2]


def test_entry_actions_withdraw_delete_undo_attachments(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc nước mưa", category="KTCN"))
    services.setup.add_entry(Entry(code="E002", title="Bản đồ ngập", category="QLNN"))
    parent = QWidget()
    qtbot.addWidget(parent)
    toolbar = QToolBar(parent)
    bus = ChangeBus()
    prompter = FakePrompter()
    selected: list[str | None] = ["E001"]
    actions = install_entry_actions(
        parent, toolbar, services, bus, lambda: selected[0], prompter=prompter, settings=settings
    )
    assert toolbar.actions() == actions.toolbar_actions()

    prompter.reasons.append("Tác giả xin rút")
    actions.withdraw_action.trigger()
    row = services.core.entry_rows()[0]
    assert (row.status, row.status_reason) == (EntryStatus.WITHDRAWN, "Tác giả xin rút")
    prompter.reasons.append(None)  # cancelled: nothing changes
    actions.ineligible_action.trigger()
    assert services.core.entry_rows()[0].status is EntryStatus.WITHDRAWN
    actions.reactivate_action.trigger()
    assert services.core.entry_rows()[0].status is EntryStatus.ACTIVE

    pdf = tmp_path / "thuyet-minh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    opened: list[QUrl] = []
    dialog = AttachmentsDialog(
        services, bus, "E001", prompter, parent, open_url=lambda url: opened.append(url) or True
    )
    qtbot.addWidget(dialog)
    qtmodeltester_rows = dialog.model.rowCount()
    assert qtmodeltester_rows == 0
    prompter.files.append(str(pdf))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == pdf.read_bytes() and copy != pdf

    # delete (confirmed), then undo brings the entry and its attachment back
    prompter.answers.append(True)
    actions.delete_action.trigger()
    assert [e.code for e in services.core.entry_rows()] == ["E002"]
    assert actions.undo_action.isEnabled()
    actions.undo_action.trigger()
    assert [e.code for e in services.core.entry_rows()] == ["E002", "E001"]
    assert [a.filename for a in services.setup.attachments("E001")] == ["thuyet-minh.pdf"]

    # an assigned entry is refused with a message, and nothing is put on the undo stack
    services.setup.add_judge(Judge(code="GK01", name="An"))
    services.setup.add_assignment("SK", "GK01", "E001")
    prompter.answers.append(True)
    actions.delete_action.trigger()
    assert prompter.warnings and "assigned" in prompter.warnings[-1]
    assert "E001" in {e.code for e in services.core.entry_rows()}


def test_entry_dialog_creates_and_refuses(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    competition(services)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = install_entry_actions(
        parent, QToolBar(parent), services, ChangeBus(), lambda: None, settings=settings
    )
    dialog = actions.make_entry_dialog(None)
    qtbot.addWidget(dialog)
    # QTest types ASCII only; Vietnamese text arrives as an input method would commit it
    qtbot.keyClicks(dialog.title_edit, "Den duong ")
    dialog.title_edit.insert("năng lượng mặt trời")
    dialog.category.setCurrentIndex(1)
    dialog.authors.insertPlainText("Võ Quốc Xuân; Vũ Kim Oanh")
    qtbot.keyClicks(dialog.organisation, "Cong ty Phu My")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    row = services.core.entry_rows()[0]
    assert (row.code, row.category, row.authors) == (
        "E001",
        "KTCN",
        ("Võ Quốc Xuân", "Vũ Kim Oanh"),
    )
    # the same again is a duplicate: the dialog says so and stays open
    again = actions.make_entry_dialog(None)
    qtbot.addWidget(again)
    again.title_edit.insert("Đèn đường năng lượng mặt trời")  # folds equal to the first
    again.category.setCurrentIndex(1)
    again.authors.insertPlainText("vo quoc xuan\nVũ Kim Oanh")
    qtbot.keyClicks(again.organisation, "CONG TY PHU MY")
    qtbot.mouseClick(
        again.buttons.button(again.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "duplicate" in again.error.text()
    assert len(services.core.entry_rows()) == 1


def test_judges_section_lists_assigns_and_sets_pins(
    qtbot: QtBot, qtmodeltester: object, services: Services
) -> None:
    competition(services)
    for i in range(1, 7):
        services.setup.add_entry(
            Entry(
                code=f"E{i:03d}",
                title=f"Sáng kiến {i}",
                category="KTCN",
                organisation="UBND Quận 1" if i == 1 else "",
            )
        )
    services.setup.add_judge(Judge(code="GK01", name="Trần Minh Khoa", organisation="UBND quận 1"))
    services.setup.add_judge(Judge(code="GK02", name="Nguyễn Thị Hà", role=Role.CHAIR))
    services.setup.add_judge(Judge(code="GK03", name="Lê Quang Vinh"))
    services.setup.add_judge(Judge(code="TS01", name="Bùi Tùng", role=Role.TRAINEE))
    bus = ChangeBus()
    section = JudgesSection(services, bus)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    prompter = FakePrompter()
    section.prompter = prompter
    for model in (section.judges_model, section.conflicts_model, section.assignments_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    # the judges are listed, with their roles
    assert section.judges_model.rowCount() == 4
    assert section.judges_model.index(3, 4).data() == "trainee"
    # the same-organisation conflict is detected and shown
    assert section.conflicts_model.rowCount() == 1
    assert section.conflicts_model.index(0, 0).data() == "GK01 — Trần Minh Khoa"

    # a PIN for the first judge
    section.tabs.setCurrentIndex(0)
    section.judges_view.selectRow(0)
    prompter.pins.append("604517")
    qtbot.mouseClick(section.pin_button, Qt.MouseButton.LeftButton)
    assert services.core.judge_rows()[0].has_pin
    assert section.judges_model.index(0, 5).data() == "set"

    # assign automatically with a seed typed in
    section.tabs.setCurrentIndex(2)
    section.seed.selectAll()
    qtbot.keyClicks(section.seed, "42")
    with qtbot.waitSignal(bus.changed, timeout=2000):
        qtbot.mouseClick(section.assign_button, Qt.MouseButton.LeftButton)
    rows = services.setup.assignments("SK")
    assert len(rows) == 12 and ("GK01", "E001") not in {(a.judge, a.entry) for a in rows}
    assert section.assignments_model.rowCount() == 12
    assert "with 4 to 4 entries each" in section.loads_label.text()
    assert services.setup.assignments("SK") == list(section.assignments_model.rows())

    # a conflicted pair by hand is refused with a message
    section.pair_judge.setCurrentIndex(section.pair_judge.findData("GK01"))
    section.pair_entry.setCurrentIndex(section.pair_entry.findData("E001"))
    qtbot.mouseClick(section.add_pair_button, Qt.MouseButton.LeftButton)
    assert prompter.warnings and "organisation" in prompter.warnings[-1]
    # removing a pair
    section.assignments_view.selectRow(0)
    qtbot.mouseClick(section.remove_pair_button, Qt.MouseButton.LeftButton)
    assert section.assignments_model.rowCount() == 11


def test_judges_section_import_judges(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    competition(services)
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    prompter = FakePrompter()
    section.prompter = prompter
    path = tmp_path / "judges.csv"
    path.write_text("code,name,role\nGK01,An,chair\nGK02,Bình,nobody\n", encoding="utf-8")
    prompter.files.append(str(path))
    qtbot.mouseClick(section.import_judges_button, Qt.MouseButton.LeftButton)
    assert "row 3" in prompter.warnings[-1]
    assert section.judges_model.rowCount() == 0
    path.write_text("code,name,role\nGK01,An,chair\nGK02,Bình,member\n", encoding="utf-8")
    prompter.files.append(str(path))
    qtbot.mouseClick(section.import_judges_button, Qt.MouseButton.LeftButton)
    assert section.judges_model.rowCount() == 2


def test_panel_dialog_seats_judges_per_category(qtbot: QtBot, services: Services) -> None:
    competition(services)
    for code, name in (("GK01", "An"), ("GK02", "Bình"), ("GK03", "Chi")):
        services.setup.add_judge(Judge(code=code, name=name))
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    assert "no panels" in section.loads_label.text()
    dialog = section.make_panel_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("KTCN"))
    for row in (0, 2):  # tick GK01 and GK03 as a person would: click, then space
        item = dialog.judges.item(row)
        dialog.judges.setCurrentItem(item)
        qtbot.keyClick(dialog.judges, Qt.Key.Key_Space)
    assert dialog.checked() == ["GK01", "GK03"]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(s.category, s.judge) for s in services.setup.panel("SK")] == [
        ("KTCN", "GK01"),
        ("KTCN", "GK03"),
    ]
    # another category shows its own (empty) panel; coming back shows the saved one
    dialog.category.setCurrentIndex(dialog.category.findData("QLNN"))
    assert dialog.checked() == []
    dialog.category.setCurrentIndex(dialog.category.findData("KTCN"))
    assert dialog.checked() == ["GK01", "GK03"]
    section.refresh()
    assert "KTCN: 2 judges" in section.loads_label.text()


def test_import_runs_off_the_gui_thread(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    competition(services)
    path = tmp_path / "form.csv"
    path.write_text(
        "title,category\n" + "".join(f"Sáng kiến {i},KTCN\n" for i in range(200)), "utf-8"
    )
    dialog = ImportEntriesDialog(
        services, ChangeBus(), FakePrompter(), settings=settings, runner=ThreadRunner()
    )
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.table is not None)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert dialog.outcome is not None and dialog.outcome.added == 200
    assert len(services.core.entry_rows()) == 200


def test_a_hidden_judges_section_reloads_when_shown(qtbot: QtBot, services: Services) -> None:
    competition(services)
    bus = ChangeBus()
    section = JudgesSection(services, bus)
    qtbot.addWidget(section)
    services.setup.add_judge(Judge(code="GK01", name="An"))
    bus.announce(Area.JUDGES)
    assert section.judges_model.rowCount() == 0  # hidden: only noted as stale
    section.show()
    qtbot.waitExposed(section)
    assert section.judges_model.rowCount() == 1


def test_conflict_dialog_declares_and_drops_the_assignment(
    qtbot: QtBot, services: Services
) -> None:
    from ui.setup.judge_dialogs import ConflictDialog

    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc", category="KTCN"))
    services.setup.add_entry(Entry(code="E002", title="Bản đồ", category="KTCN"))
    services.setup.add_judge(Judge(code="GK01", name="An"))
    services.setup.add_assignment("SK", "GK01", "E002")

    def save(judge: str, entry: str, reason: str) -> object:
        return services.setup.declare_conflict(judge, entry, reason)

    dialog = ConflictDialog(services.core.judge_rows(), services.core.entry_rows(), save)
    qtbot.addWidget(dialog)
    dialog.bus = ChangeBus()  # type: ignore[attr-defined]  # its save announces here
    announced: list[Area] = []
    dialog.bus.changed.connect(announced.append)  # type: ignore[attr-defined]
    dialog.entry.lineEdit().selectAll()
    qtbot.keyClicks(dialog.entry.lineEdit(), "E002")
    qtbot.keyClicks(dialog.reason, "Dong tac gia")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert announced == [Area.JUDGES | Area.ASSIGNMENTS]  # what declare_conflict declares
    declared = [c for c in services.setup.conflicts() if c.declared]
    assert [(c.judge, c.entry, c.reason) for c in declared] == [("GK01", "E002", "Dong tac gia")]
    assert services.setup.assignments("SK") == []  # the conflicted assignment was dropped
    # an unknown entry is refused inside the dialog
    again = ConflictDialog(services.core.judge_rows(), services.core.entry_rows(), save)
    qtbot.addWidget(again)
    again.entry.lineEdit().selectAll()
    qtbot.keyClicks(again.entry.lineEdit(), "E404")
    qtbot.mouseClick(
        again.buttons.button(again.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "unknown entry 'E404'" in again.error.text()


def test_entry_dialog_edits_an_entry(
    qtbot: QtBot, qtmodeltester: object, services: Services, settings: QSettings
) -> None:
    competition(services)
    services.setup.add_entry(
        Entry(code="E001", title="Bể lọc", category="KTCN", authors=("An", "Bình"))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = install_entry_actions(
        parent, QToolBar(parent), services, ChangeBus(), lambda: "E001", settings=settings
    )
    dialog = actions.make_entry_dialog("E001")
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Bể lọc"
    assert dialog.authors.toPlainText() == "An\nBình"
    assert dialog.category.currentData() == "KTCN"
    dialog.code.selectAll()
    qtbot.keyClicks(dialog.code, "HS-001")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_End)  # the title shows its beginning
    qtbot.keyClicks(dialog.title_edit, " nuoc mua")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    row = services.core.entry_rows()[0]
    assert (row.code, row.title, row.authors) == ("HS-001", "Bể lọc nuoc mua", ("An", "Bình"))
    attachments = AttachmentsDialog(services, ChangeBus(), "HS-001", FakePrompter(), parent)
    qtbot.addWidget(attachments)
    qtmodeltester.check(attachments.model)  # type: ignore[attr-defined]
