"""Fixtures of the database tests: a small round whose three entries tie (``tied``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.database import OpenDatabase
from db.models.core import CriterionRow, EntryRowModel, JudgeRowModel
from db.models.scoring import MarkRow
from db.models.setup import AssignmentRow
from judging.app import Services
from tests.db.test_ranking_repository import ENTRIES, JUDGES, add_component, add_sheet, definition

AUTHORS = {"E1": ("Nguyễn Thị Ánh",), "E2": ("Trần Văn Đức", "Lê Thị Hồng"), "E3": ()}
ORGANISATIONS = {"E1": "UBND phường Bến Nghé", "E2": "Sở Y tế", "E3": ""}
REASON = "Giải pháp của E2 đã áp dụng rộng rãi hơn"


def set_comment(database: OpenDatabase, judge: str, entry: str, criterion: str, text: str) -> None:
    with Session(database.engine) as session:
        assignment = select(AssignmentRow.id).where(
            AssignmentRow.judge_id
            == select(JudgeRowModel.id).where(JudgeRowModel.code == judge).scalar_subquery(),
            AssignmentRow.entry_id
            == select(EntryRowModel.id).where(EntryRowModel.code == entry).scalar_subquery(),
        )
        criterion_ids = select(CriterionRow.id).where(CriterionRow.code == criterion)
        changed = session.execute(
            update(MarkRow)
            .where(MarkRow.assignment_id.in_(assignment), MarkRow.criterion_id.in_(criterion_ids))
            .values(comment=text)
        )
        assert changed.rowcount == 1  # type: ignore[attr-defined]
        session.commit()


@pytest.fixture
def tied(services: Services, database: OpenDatabase) -> Services:
    """E1, E2 and E3 all 44.00 (the rules cannot split them; one Nhất prize, chair decides);
    a trainee's marks on E1; E4 withdrawn; comments on two marks."""
    entries = [
        replace(e, authors=AUTHORS.get(e.code, ()), organisation=ORGANISATIONS.get(e.code, ""))
        for e in ENTRIES
    ]
    services.core.create_competition(definition(), entries, JUDGES)
    for judge, entry, a in [
        ("J1", "E1", "27"),
        ("J2", "E1", "27"),
        ("J1", "E2", "26"),
        ("J2", "E2", "28"),
        ("J1", "E3", "27"),
        ("J2", "E3", "27"),
    ]:
        add_sheet(database, "R1", judge, entry, {"A": a, "B": "8.5"})
    add_sheet(database, "R1", "T1", "E1", {"A": "1", "B": "1"})
    add_component(database, "E1", "0")
    set_comment(database, "J1", "E2", "A", "Ý tưởng mới, chi phí thấp")
    set_comment(database, "T1", "E1", "B", "Chưa rõ hiệu quả")
    return services
