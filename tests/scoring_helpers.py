"""A small scored competition for the scoring tests: one round, three criteria (steps 1, 0.5
and 0.25, with rubric bands), five entries, three judges (one a trainee), assignments.

Assignments are inserted as rows (the set-up area's service may not be there yet); tests may
use db/ directly.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from db.database import OpenDatabase
from db.models.core import EntryRowModel, JudgeRowModel, RoundRow
from db.models.setup import AssignmentRow
from judging.app import Services
from judging.model import Band, Competition, Criterion, Entry, Judge, Role, Round
from judging.setup.pins import hash_pin
from ui.errors import Prompter

PINS = {"J1": "1111", "J2": "2222", "J3": "3333"}

CRITERIA = (
    Criterion(
        code="NEW",
        name="Tính mới, tính sáng tạo",
        description="Mức độ mới so với giải pháp đã có",
        max=Decimal(30),
        step=Decimal("0.5"),
        bands=(
            Band(Decimal(27), Decimal(30), "hoàn toàn mới"),
            Band(Decimal(21), Decimal("26.5"), "cải tiến tốt"),
            Band(Decimal(16), Decimal("20.5"), "trung bình"),
            Band(Decimal(1), Decimal("15.5"), "ít"),
            Band(Decimal(0), Decimal("0.5"), "không có hoặc sao chép"),
        ),
    ),
    Criterion(
        code="EFF",
        name="Hiệu quả kinh tế - xã hội",
        max=Decimal(40),
        step=Decimal(1),
        weight=Decimal(1),
    ),
    Criterion(
        code="APP",
        name="Khả năng áp dụng",
        max=Decimal(30),
        step=Decimal("0.25"),
    ),
)

ENTRIES = tuple(
    Entry(
        code=f"E0{i}",
        title=title,
        authors=(author,),
        organisation=org,
        summary=f"Tóm tắt của hồ sơ {i}: giải pháp ứng dụng tại địa phương.",
    )
    for i, (title, author, org) in enumerate(
        [
            ("Ứng dụng Bình Thạnh trực tuyến", "Nguyễn Văn An", "UBND quận Bình Thạnh"),
            ("Điện mặt trời áp mái cho trường học", "Trần Thị Bích", "Trường THCS Lê Lợi"),
            ("Mô hình giáo dục STEM", "Lê Đức Cường", "Phòng GD&ĐT Quận 3"),
            ("Cải cách hành chính bằng GIS", "Phạm Minh Đức", "Sở TN&MT"),
            ("Máy gieo hạt cải tiến", "Võ Thị Em", "HTX Củ Chi"),
        ],
        start=1,
    )
)

JUDGES = (
    Judge(code="J1", name="Phạm Thị Lan", title="TS."),
    Judge(code="J2", name="Hoàng Văn Minh", title="ThS."),
    Judge(code="J3", name="Đỗ Thu Hà", role=Role.TRAINEE),
)

#: judge → assigned entries (round R1)
ASSIGNED = {
    "J1": ("E01", "E02", "E03", "E04"),
    "J2": ("E01", "E02", "E05"),
    "J3": ("E01",),
}


def competition(*, blind: bool = False, show_running_total: bool = True) -> Competition:
    return Competition(
        code="SKCD2026",
        name="Giải thưởng Sáng kiến cộng đồng 2026",
        organiser="Sở Khoa học và Công nghệ TP.HCM",
        blind=blind,
        show_running_total=show_running_total,
        rounds=(Round(code="R1", name="Vòng sơ khảo", criteria=CRITERIA),),
    )


def add_assignments(
    database: OpenDatabase, assigned: dict[str, tuple[str, ...]], round_code: str = "R1"
) -> None:
    with database.uow_factory() as uow:
        session = uow.session
        round_id = session.query(RoundRow.id).filter(RoundRow.code == round_code).scalar()
        judges = dict(session.query(JudgeRowModel.code, JudgeRowModel.id).all())
        entries = dict(session.query(EntryRowModel.code, EntryRowModel.id).all())
        for judge, codes in assigned.items():
            for code in codes:
                session.add(
                    AssignmentRow(round_id=round_id, judge_id=judges[judge], entry_id=entries[code])
                )
        uow.commit()


def build(
    services: Services,
    database: OpenDatabase,
    *,
    blind: bool = False,
    show_running_total: bool = True,
) -> Services:
    services.core.create_competition(
        competition(blind=blind, show_running_total=show_running_total), ENTRIES, JUDGES
    )
    with database.uow_factory() as uow:
        for code, pin in PINS.items():
            uow.core.set_judge_pin_hash(code, hash_pin(pin))
        uow.commit()
    add_assignments(database, ASSIGNED)
    return services


class FakePrompter(Prompter):
    """Answers by itself and remembers what it was asked."""

    def __init__(self, texts: list[str | None] | None = None, *, yes: bool = True) -> None:
        self.texts = list(texts or [])
        self.yes = yes
        self.asked: list[str] = []
        self.warnings: list[str] = []
        self.informed: list[str] = []
        self.files: list[str | None] = []
        self.suggested: list[str] = []  # the file names save dialogs offered

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.yes

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, password: bool = False
    ) -> str | None:
        self.asked.append(label)
        return self.texts.pop(0)

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.warnings.append(f"{text} {details}")

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.informed.append(text)

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return self.files.pop(0)

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        self.suggested.append(suggested)
        return self.files.pop(0)
