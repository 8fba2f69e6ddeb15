"""Set-up through the service on real SQLite files: imports all or nothing, assignment,
conflicts, entries with undo, attachments, PINs, blind view."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from db.database import OpenDatabase
from db.models.scoring import ScoreSheetRow
from db.models.setup import AssignmentRow as AssignmentModel
from judging.app import Services
from judging.errors import Conflict, InputError
from judging.model import (
    Category,
    Competition,
    ComponentDef,
    Criterion,
    Entry,
    EntryStatus,
    Judge,
    Role,
    Round,
)
from judging.setup.pins import verify_pin

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "setup" / "dang-ky-sang-kien-2026.xlsx"

#: The sample's field names as categories (the competition the registration form belongs to).
SAMPLE_CATEGORIES = (
    Category("QLNN", "Quản lý nhà nước, cải cách hành chính"),
    Category("KTCN", "Kỹ thuật, công nghệ"),
    Category("NNMT", "Nông nghiệp, môi trường"),
    Category("GDYTXH", "Giáo dục, y tế, xã hội"),
)


def make_competition(
    services: Services,
    *,
    blind: bool = False,
    k: int = 3,
    entries: Sequence[Entry] = (),
    judges: Sequence[Judge] = (),
) -> Competition:
    competition = Competition(
        code="SK-2026",
        name="Giải thưởng Sáng kiến cộng đồng 2026",
        blind=blind,
        categories=SAMPLE_CATEGORIES,
        rounds=(
            Round(
                code="SK",
                name="Vòng sơ khảo",
                judges_per_entry=k,
                criteria=(Criterion("tinh_moi", "Tính mới", Decimal(30)),),
                components=(ComponentDef("vote", "Bình chọn"),),
            ),
        ),
    )
    return services.core.create_competition(competition, entries, judges)


def cleaned_sample(tmp_path: Path) -> Path:
    """The sample without its three faulty rows (50, 51, 52)."""
    source = load_workbook(SAMPLE, read_only=True, data_only=True)
    rows = list(source.worksheets[0].iter_rows(values_only=True))
    source.close()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for number, row in enumerate(rows, 1):
        if number not in (50, 51, 52):
            sheet.append(list(row))
    path = tmp_path / "cleaned.xlsx"
    book.save(path)
    return path


def judges(n: int, *, organisations: tuple[str, ...] = ("",)) -> list[Judge]:
    return [
        Judge(
            code=f"GK{i:02d}",
            name=f"Giám khảo {i}",
            organisation=organisations[(i - 1) % len(organisations)],
        )
        for i in range(1, n + 1)
    ]


def test_sample_refused_with_its_three_rows_and_nothing_imported(services: Services) -> None:
    make_competition(services)
    with pytest.raises(InputError) as caught:
        services.setup.import_entries_file(SAMPLE)
    rows = [p.where for p in caught.value.problems]
    assert rows == [
        "dang-ky-sang-kien-2026.xlsx, row 50",
        "dang-ky-sang-kien-2026.xlsx, row 51",
        "dang-ky-sang-kien-2026.xlsx, row 52",
    ]
    messages = [p.message for p in caught.value.problems]
    assert messages[0] == "missing title"
    assert messages[1].startswith("duplicate")
    assert messages[2].startswith("unknown category 'Nông nghiệp'")
    assert services.core.entry_rows() == []


def test_cleaned_sample_imports(services: Services, tmp_path: Path) -> None:
    make_competition(services)
    outcome = services.setup.import_entries_file(cleaned_sample(tmp_path))
    assert outcome.added == 48
    rows = services.core.entry_rows()
    assert [r.code for r in rows[:2]] == ["E001", "E002"]
    assert rows[3].title == "Mô hình nuôi tôm tuần hoàn tiết kiệm nước"
    assert rows[3].category == "NNMT"
    assert rows[0].authors == ("Dương Thùy Trang", "Phan Minh Trang", "Lý Hoài Xuân")
    # the same file again: every row is now a duplicate of the database, nothing changes
    with pytest.raises(InputError) as caught:
        services.setup.import_entries_file(cleaned_sample(tmp_path))
    assert len(caught.value.problems) == 48
    assert len(services.core.entry_rows()) == 48


def test_map_file_maps_the_sample(services: Services, tmp_path: Path) -> None:
    make_competition(services)
    map_file = tmp_path / "map.toml"
    map_file.write_text(
        '"Tên sáng kiến / giải pháp" = "title"\n'
        '"Lĩnh vực dự thi" = "category"\n'
        '"Đơn vị công tác" = "organisation"\n'
        '"Họ và tên tác giả (cách nhau bởi dấu ;)" = "authors"\n',
        encoding="utf-8",
    )
    outcome = services.setup.import_entries_file(cleaned_sample(tmp_path), map_file)
    assert outcome.added == 48
    first = services.core.entry_rows()[0]
    assert first.summary == ""  # the summary was not mapped
    assert first.authors == ("Dương Thùy Trang", "Phan Minh Trang", "Lý Hoài Xuân")


def test_fixing_and_skipping_in_the_preview(services: Services) -> None:
    make_competition(services)
    table = services.setup.read_table(SAMPLE)
    mapping = services.setup.entry_mapping(table)
    check = services.setup.check_entries(table, mapping)
    assert [p.row for p in check.problems] == [50, 51, 52]
    outcome = services.setup.import_entries(
        table, mapping, skip=[50, 51], overrides={(52, "category"): "Nông nghiệp, môi trường"}
    )
    assert outcome.added == 49
    assert services.core.entry_rows()[-1].category == "NNMT"


def _setup_for_assignment(services: Services, n_entries: int = 20) -> None:
    orgs = ("UBND Quận 1", "Sở Y tế", "")
    entries = [
        Entry(
            code=f"E{i:03d}",
            title=f"Sáng kiến {i}",
            category=SAMPLE_CATEGORIES[i % 4].code,
            organisation=orgs[(i - 1) % 3],
        )
        for i in range(1, n_entries + 1)
    ]
    people = [
        *judges(7, organisations=("ubnd quan 1", "Trường ĐH", "")),
        Judge(code="TS1", name="Tập sự", role=Role.TRAINEE),
    ]
    # one transaction for the lot: each of those tests starts from this set-up
    make_competition(services, entries=entries, judges=people)


def test_assign_balanced_without_conflicts_and_seeded(services: Services) -> None:
    _setup_for_assignment(services)
    services.setup.declare_conflict("GK02", "E002", "Hướng dẫn tác giả")
    outcome = services.setup.assign("SK", seed=11)
    assert outcome.uncovered == ()
    rows = services.setup.assignments("SK")
    assert len(rows) == 60 and {r.origin for r in rows} == {"auto"}
    per_entry = Counter(r.entry for r in rows)
    assert set(per_entry.values()) == {3}
    loads = Counter(r.judge for r in rows)
    assert "TS1" not in loads
    assert max(loads.values()) - min(loads.values()) <= 1
    conflicted = {(c.judge, c.entry) for c in services.setup.conflicts()}
    assert ("GK02", "E002") in conflicted
    assert ("GK01", "E001") in conflicted  # "ubnd quan 1" == "UBND Quận 1", folded
    assert not conflicted & {(r.judge, r.entry) for r in rows}
    # assign again: nothing to add; the API for scoring agrees with the rows
    assert services.setup.assign("SK", seed=11).added == 0
    assert services.setup.assigned_entries("SK", "GK03") == sorted(
        r.entry for r in rows if r.judge == "GK03"
    )


def test_same_seed_same_assignment_in_two_databases(
    services: Services, tmp_path: Path, _empty_template: Path
) -> None:
    import shutil

    from db.database import open_database
    from judging.app import build_services

    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(_empty_template, other_path)
    other_db = open_database(str(other_path))
    try:
        other = build_services(other_db.uow_factory, location=other_db.location)
        _setup_for_assignment(services)
        _setup_for_assignment(other)
        services.setup.assign("SK", seed=5)
        other.setup.assign("SK", seed=5)
        assert services.setup.assignments() == other.setup.assignments()
    finally:
        other_db.close()


def test_replace_keeps_marked_assignments(services: Services, database: OpenDatabase) -> None:
    _setup_for_assignment(services, 8)
    services.setup.assign("SK", seed=1)
    first = services.setup.assignments("SK")
    marked = first[0]
    with database.uow_factory() as uow:
        assignment_id = uow.session.scalar(
            select(AssignmentModel.id).order_by(AssignmentModel.id).limit(1)
        )
        assert assignment_id is not None
        uow.session.add(ScoreSheetRow(assignment_id=assignment_id, state="in_progress"))
        uow.commit()
    marked_pairs = {
        (a.judge, a.entry) for a in first if (a.judge, a.entry) in _pairs_with_sheet(database)
    }
    assert len(marked_pairs) == 1
    outcome = services.setup.assign("SK", seed=99, replace=True)
    assert outcome.removed == len(first) - 1
    after = {(a.judge, a.entry) for a in services.setup.assignments("SK")}
    assert marked_pairs <= after
    with pytest.raises(Conflict):
        judge, entry = next(iter(marked_pairs))
        services.setup.remove_assignment("SK", judge, entry)
    del marked


def _pairs_with_sheet(database: OpenDatabase) -> set[tuple[str, str]]:
    with database.uow_factory() as uow:
        return uow.setup.marked_pairs("SK")


def test_withdrawn_entries_are_not_assigned(services: Services) -> None:
    _setup_for_assignment(services, 6)
    with pytest.raises(InputError):
        services.setup.set_entry_status("E001", EntryStatus.WITHDRAWN, "  ")
    services.setup.set_entry_status("E001", EntryStatus.WITHDRAWN, "Tác giả rút hồ sơ")
    services.setup.set_entry_status("E002", EntryStatus.INELIGIBLE, "Không đúng lĩnh vực")
    services.setup.assign("SK", seed=3)
    entries = {a.entry for a in services.setup.assignments("SK")}
    assert entries == {"E003", "E004", "E005", "E006"}
    with pytest.raises(Conflict):
        services.setup.add_assignment("SK", "GK03", "E001")


def test_manual_assignment_refuses_conflicts(services: Services) -> None:
    _setup_for_assignment(services, 3)
    with pytest.raises(Conflict, match="organisation"):
        services.setup.add_assignment("SK", "GK01", "E001")  # same organisation
    row = services.setup.add_assignment("SK", "GK03", "E001")
    assert row.origin == "manual"
    services.setup.add_assignment("SK", "GK03", "E001")  # twice changes nothing
    assert len(services.setup.assignments("SK")) == 1
    services.setup.remove_assignment("SK", "GK03", "E001")
    assert services.setup.assignments("SK") == []


def test_import_assignments_refuses_conflicted_rows(services: Services, tmp_path: Path) -> None:
    _setup_for_assignment(services, 4)
    services.setup.declare_conflict("GK03", "E003", "Đồng tác giả")
    path = tmp_path / "assign.csv"
    path.write_text(
        "round,judge,entry\nSK,GK03,E002\nSK,GK01,E001\nSK,GK03,E003\nSK,GK09,E002\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        services.setup.import_assignments(path)
    assert [str(p) for p in caught.value.problems] == [
        "assign.csv, row 3: judge GK01 may not judge entry E001: the judge belongs to the "
        "entry's organisation",
        "assign.csv, row 4: judge GK03 may not judge entry E003: declared conflict of "
        "interest (Đồng tác giả)",
        "assign.csv, row 5: unknown judge 'GK09'",
    ]
    assert services.setup.assignments() == []
    path.write_text("judge;entry\nGK03;E002\nGK02;E001\n", encoding="utf-8")
    assert services.setup.import_assignments(path).added == 2
    assert {a.origin for a in services.setup.assignments()} == {"file"}


def test_import_conflicts_drops_unmarked_assignments(services: Services, tmp_path: Path) -> None:
    _setup_for_assignment(services, 4)
    services.setup.add_assignment("SK", "GK03", "E002")
    path = tmp_path / "conflicts.csv"
    path.write_text("judge,entry,reason\nGK03,E002,Người thân\nGK04,E001,\n", encoding="utf-8")
    outcome = services.setup.import_conflicts(path)
    assert (outcome.added, outcome.removed) == (2, 1)
    assert services.setup.assignments() == []
    assert services.setup.import_conflicts(path).added == 0  # the same file twice
    path.write_text("judge,entry,reason\nGK03,E404,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2"):
        services.setup.import_conflicts(path)


def test_import_judges_with_roles(services: Services, tmp_path: Path) -> None:
    make_competition(services)
    path = tmp_path / "judges.csv"
    path.write_text(
        "code,name,title,organisation,role\n"
        "GK01,Trần Minh Khoa,PGS.TS.,ĐH Bách khoa,chair\n"
        ",Nguyễn Thị Hà,TS.,Viện,member\n"
        "GK03,Bùi Tùng,ThS.,Sở KH&CN,trainee\n",
        encoding="utf-8",
    )
    assert services.setup.import_judges(path).added == 3
    rows = services.core.judge_rows()
    assert [(j.code, j.role) for j in rows] == [
        ("GK01", Role.CHAIR),
        ("J01", Role.MEMBER),
        ("GK03", Role.TRAINEE),
    ]
    path.write_text("code,name,role\nGK01,Lặp,member\nGK09,,boss\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        services.setup.import_judges(path)
    assert [p.where for p in caught.value.problems] == [
        "judges.csv, row 2",
        "judges.csv, row 3",
        "judges.csv, row 3",
    ]
    assert len(services.core.judge_rows()) == 3


def test_set_pin_stores_a_slow_hash(services: Services, database: OpenDatabase) -> None:
    make_competition(services)
    services.setup.add_judge(Judge(code="GK01", name="An"))
    with pytest.raises(InputError):
        services.setup.set_pin("GK01", "12")
    services.setup.set_pin("GK01", "246813")
    with database.uow_factory() as uow:
        stored = uow.core.judge_pin_hash("GK01")
    assert stored is not None and "246813" not in stored
    assert verify_pin("246813", stored) and not verify_pin("246814", stored)
    assert services.core.judge_rows()[0].has_pin


def test_import_components(services: Services, tmp_path: Path) -> None:
    _setup_for_assignment(services, 3)
    path = tmp_path / "votes.csv"
    path.write_text("entry;component;value\nE001;vote;120\nE002;vote;87,5\n", encoding="utf-8")
    assert services.setup.import_components(path).added == 2
    values = {(v.entry, v.value) for v in services.setup.component_values("SK")}
    assert values == {("E001", "120"), ("E002", "87.5")}
    path.write_text("entry,component,value\nE001,vote,abc\nE009,votes,1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        services.setup.import_components(path)
    assert [p.where for p in caught.value.problems] == [
        "votes.csv, row 2",
        "votes.csv, row 3",
        "votes.csv, row 3",
    ]


def test_delete_entry_and_undo_with_attachments(services: Services, tmp_path: Path) -> None:
    _setup_for_assignment(services, 3)
    pdf = tmp_path / "ho-so.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% test\n")
    info = services.setup.add_attachment("E003", pdf)
    assert info.media_type == "application/pdf" and info.size == pdf.stat().st_size
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(InputError):
        services.setup.add_attachment("E003", text)
    services.setup.declare_conflict("GK03", "E003", "Người thân")
    deleted = services.setup.delete_entry("E003")
    assert "E003" not in {e.code for e in services.core.entry_rows()}
    services.setup.restore_entry(deleted)
    assert "E003" in {e.code for e in services.core.entry_rows()}
    restored = services.setup.attachments("E003")
    assert [a.filename for a in restored] == ["ho-so.pdf"]
    assert services.setup.attachment_data(restored[0].id).data == pdf.read_bytes()
    assert ("GK03", "E003") in {(c.judge, c.entry) for c in services.setup.conflicts()}
    # an assigned entry is refused
    services.setup.add_assignment("SK", "GK04", "E003")
    with pytest.raises(Conflict):
        services.setup.delete_entry("E003")


def test_add_and_edit_entry_checks(services: Services) -> None:
    make_competition(services)
    row = services.setup.add_entry(Entry(code="", title=" Bể lọc  nước ", category="KTCN"))
    assert (row.code, row.title) == ("E001", "Bể lọc nước")
    with pytest.raises(InputError) as caught:
        services.setup.add_entry(Entry(code="E001", title="", category="XX"))
    assert {p.where for p in caught.value.problems} == {"code", "title", "category"}
    edited = services.setup.edit_entry(
        "E001", replace(Entry(code="E001", title="Bể lọc nước mưa", category="KTCN"))
    )
    assert edited.title == "Bể lọc nước mưa"


def test_blind_view(services: Services) -> None:
    make_competition(services, blind=True)
    services.setup.add_entry(
        Entry(
            code="E001",
            title="Sáng kiến của Lê Văn Tám",
            category="QLNN",
            authors=("Lê Văn Tám",),
            organisation="UBND Phường Bến Nghé",
            summary="Áp dụng tại UBND phường Bến Nghé.",
        )
    )
    view = services.setup.judge_view_of_entry("E001")
    assert view.authors == () and view.organisation == ""
    assert view.title == "Sáng kiến của ***"
    assert view.summary == "Áp dụng tại ***."


def test_panels_per_category_limit_the_assignment(services: Services) -> None:
    _setup_for_assignment(services, 8)
    services.setup.set_category_panel("SK", "KTCN", ["GK02", "GK03"])
    services.setup.set_category_panel("SK", None, ["GK05"])
    services.setup.set_category_panel("SK", "QLNN", ["GK04", "GK06", "GK07"])
    seats = {(s.category, s.judge) for s in services.setup.panel("SK")}
    assert seats == {
        ("KTCN", "GK02"),
        ("KTCN", "GK03"),
        (None, "GK05"),
        ("QLNN", "GK04"),
        ("QLNN", "GK06"),
        ("QLNN", "GK07"),
    }
    outcome = services.setup.assign("SK", seed=1)
    entries = {e.code: e for e in services.core.entry_rows()}
    for a in services.setup.assignments("SK"):
        category = entries[a.entry].category
        allowed = {j for c, j in seats if c in (category, None)}
        assert a.judge in allowed
    # NNMT and GDYTXH have only the every-category seat: one judge, three needed
    uncovered = {u.entry: u.reason for u in outcome.uncovered}
    lonely = {code for code, e in entries.items() if e.category in ("NNMT", "GDYTXH")}
    assert lonely <= set(uncovered)
    for code in lonely:
        assert uncovered[code] == "only 1 judge without a conflict of interest, 3 needed"
    # E004 (QLNN, UBND Quận 1): GK04 and GK07 are of that organisation, GK05 and GK06 remain
    assert uncovered["E004"] == "only 2 judges without a conflict of interest, 3 needed"
    with pytest.raises(InputError):
        services.setup.set_category_panel("SK", "XX", ["GK01"])
    with pytest.raises(InputError):
        services.setup.set_category_panel("SK", "KTCN", ["GK99"])
    services.setup.set_category_panel("SK", "KTCN", [])  # clears that panel only
    assert ("KTCN", "GK02") not in {(s.category, s.judge) for s in services.setup.panel("SK")}


def test_demo_has_a_balanced_first_round_without_conflicts(services: Services) -> None:
    from judging.demo import build_demo

    build_demo(services)
    competition = services.core.require_competition()
    first = competition.rounds[0]
    rows = services.setup.assignments(first.code)
    active = {e.code for e in services.core.entry_rows() if e.status is EntryStatus.ACTIVE}
    assert {a.entry for a in rows} == active
    per_entry = Counter(a.entry for a in rows)
    assert set(per_entry.values()) == {first.judges_per_entry}
    loads = Counter(a.judge for a in rows)
    assert max(loads.values()) - min(loads.values()) <= 1
    conflicts = services.setup.conflicts()
    assert sum(1 for c in conflicts if c.declared) == 2
    assert not {(c.judge, c.entry) for c in conflicts} & {(a.judge, a.entry) for a in rows}
    trainees = {j.code for j in services.core.judge_rows() if j.role is Role.TRAINEE}
    assert not trainees & set(loads)


def test_a_cancelled_import_stores_nothing(services: Services, tmp_path: Path) -> None:
    make_competition(services)
    table = services.setup.read_table(cleaned_sample(tmp_path))
    mapping = services.setup.entry_mapping(table)
    with pytest.raises(InputError, match="cancelled"):
        services.setup.import_entries(table, mapping, cancelled=lambda: True)
    assert services.core.entry_rows() == []


def test_judge_entries_are_the_assigned_ones_anonymised_when_blind(services: Services) -> None:
    make_competition(
        services,
        blind=True,
        entries=[
            Entry(code="E001", title="Bể lọc của An", category="KTCN", authors=("An",)),
            Entry(code="E002", title="Bản đồ", category="KTCN", organisation="Sở Y tế"),
            Entry(code="E003", title="Robot", category="KTCN"),
        ],
        judges=[Judge(code="GK01", name="Bình")],
    )
    services.setup.add_assignment("SK", "GK01", "E002")
    services.setup.add_assignment("SK", "GK01", "E001")
    rows = services.setup.judge_entries("SK", "GK01")
    assert [(r.code, r.title, r.authors, r.organisation) for r in rows] == [
        ("E001", "Bể lọc của ***", (), ""),
        ("E002", "Bản đồ", (), ""),
    ]
