"""The organiser's side of judge kits in the app, through the real buttons: Judges →
"Xuất bộ hồ sơ giám khảo…" (one judge's kit to a file, or every judge's into a folder) and
Scoring → "Nhận tệp điểm…" (several score files, a refused one named with its reason)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.kits import format as kf
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from ui.bus import ChangeBus
from ui.sections.judges import JudgesSection
from ui.sections.scoring import ScoringSection


class KitPrompter(FakePrompter):
    def __init__(self) -> None:
        super().__init__()
        self.folders: list[str | None] = []
        self.choices: list[str | None] = []
        self.many: list[list[str]] = []
        self.offered: list[list[str]] = []

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]
    ) -> str | None:
        self.offered.append([shown for _name, shown in items])
        return self.choices.pop(0)

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        return self.folders.pop(0)

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        return self.many.pop(0)


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


@pytest.fixture
def organiser(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def judges_section(qtbot: QtBot, services: Services, prompter: KitPrompter) -> JudgesSection:
    section = JudgesSection(services, ChangeBus())
    section.prompter = prompter
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    section.refresh()
    return section


def test_every_judges_kit_into_a_folder(qtbot: QtBot, organiser: Services, tmp_path: Path) -> None:
    prompter = KitPrompter()
    section = judges_section(qtbot, organiser, prompter)
    assert section.export_kits_button.text() == "Xuất bộ hồ sơ giám khảo…"
    folder = tmp_path / "bo-ho-so"
    folder.mkdir()
    prompter.folders.append(str(folder))
    qtbot.mouseClick(section.export_kits_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"SKCD2026-R1-{j}.judgekit" for j in ("J1", "J2", "J3")]
    for judge in ("J1", "J2", "J3"):
        kit = kf.read_kit((folder / f"SKCD2026-R1-{judge}.judgekit").read_bytes(), "k")
        assert kit.judge.code == judge
        assert [e.code for e in kit.entries] == list(scoring_helpers.ASSIGNED[judge])
    [said] = prompter.informed
    assert said.startswith("Đã ghi 3 bộ hồ sơ giám khảo vào thư mục:")


def test_one_judges_kit_to_a_file(qtbot: QtBot, organiser: Services, tmp_path: Path) -> None:
    prompter = KitPrompter()
    section = judges_section(qtbot, organiser, prompter)
    view = section.judges_view
    view.selectionModel().select(
        section.judges_model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    prompter.choices.append("J2")
    target = tmp_path / "J2.judgekit"
    prompter.files.append(str(target))
    qtbot.mouseClick(section.export_kits_button, Qt.MouseButton.LeftButton)
    assert prompter.offered == [
        [
            "Chỉ bộ hồ sơ của Hoàng Văn Minh, ra một tệp",
            "Mọi giám khảo có hồ sơ trong vòng, vào một thư mục",
        ]
    ]
    assert prompter.suggested == ["SKCD2026-R1-J2.judgekit"]
    kit = kf.read_kit(target.read_bytes(), "k")
    assert kit.judge.code == "J2" and [e.code for e in kit.entries] == ["E01", "E02", "E05"]
    assert "Đã ghi bộ hồ sơ của giám khảo J2 vào:" in prompter.informed[0]


def test_take_in_score_files_with_one_refused(
    qtbot: QtBot, organiser: Services, tmp_path: Path
) -> None:
    kit = kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit")
    path = tmp_path / "laptop.sqlite"
    laptop_db = open_database(str(path))
    try:
        judge = build_services(laptop_db.uow_factory, location=str(path))
        judge.kits.open_kit(kit)
        for code, value in {"NEW": "27.5", "EFF": "35", "APP": "22.75"}.items():
            judge.scoring.set_mark("R1", "J1", "E01", code, Decimal(value))
        judge.scoring.submit("R1", "J1", "E01")
        data = judge.kits.scorefile().data
    finally:
        laptop_db.close()
    good = tmp_path / "J1.scores.json"
    good.write_bytes(data)
    bad = tmp_path / "sua.scores.json"
    bad.write_bytes(data.replace(b'"27.5"', b'"29.5"'))

    section = ScoringSection(organiser, ChangeBus())
    prompter = KitPrompter()
    section.prompter = prompter
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    assert section.take_in_button.text() == "Nhận tệp điểm…"
    prompter.many.append([str(bad), str(good)])
    qtbot.mouseClick(section.take_in_button, Qt.MouseButton.LeftButton)
    [said] = prompter.warnings
    assert "Bị từ chối: sua.scores.json: tệp điểm đã bị sửa" in said
    assert "J1.scores.json: giám khảo J1, tệp điểm số 1: 3 điểm mới" in said
    sheet = organiser.scoring.sheet("R1", "J1", "E01")
    assert sheet.state is SheetState.SUBMITTED
    mark = sheet.mark("NEW")
    assert mark is not None and (mark.value, mark.origin) == (Decimal("27.5"), Origin.FILE)
