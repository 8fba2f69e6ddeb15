"""Round trips through the formula guard (issue 12, defect 7): codes that begin with ``-`` (the
one such character a code may hold) and names, titles and comments that begin with ``-``,
``=``, ``+`` or ``@`` are written with the guard's ``'`` by every CSV export, and every
reader of the program's own formats takes the guard off again, so that what is exported
imports back as it was (marks, assignments, judges, entries, conflicts, components)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest

import main
from db.database import open_database
from judging.app import Services, build_services
from judging.model import Category, Competition, ComponentDef, Criterion, Round
from judging.publish.cells import csv_writer

ENTRIES = [
    # code, title, category, authors, organisation
    ("-E1", '=HYPERLINK("http://x","Bấm")', "KTCN", "+Nguyễn An", "@Phường 1"),
    ("E2", "-Bể lọc nước mưa", "QLNN", "=Trần Bình", "-Quận 3"),
    ("-E3", "+Bản đồ ngập", "KTCN", "Lê Chi", "Sở KH&CN"),
]
JUDGES = [
    # code, name, title, organisation, role
    ("-J1", "=Phạm Dũng", "+TS.", "@Đại học Bách khoa", "member"),
    ("J2", "-Võ Hà", "", "=Viện", "member"),
    ("-J3", "@Đỗ Khánh", "ThS.", "", "member"),
]


def competition() -> Competition:
    return Competition(
        code="SK-2026",
        name="Giải thưởng Sáng kiến cộng đồng 2026",
        categories=(
            Category("QLNN", "Quản lý nhà nước, cải cách hành chính"),
            Category("KTCN", "Kỹ thuật, công nghệ"),
        ),
        rounds=(
            Round(
                code="SK",
                name="Vòng sơ khảo",
                judges_per_entry=3,
                criteria=(
                    Criterion("-moi", "Tính mới", Decimal(30)),
                    Criterion("hieu_qua", "Hiệu quả", Decimal(40)),
                ),
                components=(ComponentDef("-vote", "Bình chọn"),),
            ),
        ),
    )


def new_database(path: Path) -> str:
    database = open_database(str(path))
    try:
        services = build_services(database.uow_factory, location=database.location)
        services.core.create_competition(competition())
    finally:
        database.close()
    return str(path)


def services_of(path: str) -> tuple[Services, object]:
    database = open_database(path)
    return build_services(database.uow_factory, location=database.location), database


def run(db: str, *args: str) -> int:
    return main.main(["--db", db, "--lang", "en", *args])


def plain_csv(path: Path, header: list[str], rows: Sequence[tuple[str, ...]]) -> Path:
    """A file as a person types it: no guard at all."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows([header, *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def program_csv(path: Path, header: list[str], rows: Sequence[tuple[str, ...]]) -> Path:
    """A file as the program writes one: every cell through the one guarded writer."""
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path


def stdout_of(db: str, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert run(db, *args) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.fixture
def first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A database filled from plain files with formula-like codes and names."""
    db = new_database(tmp_path / "first.sqlite")
    entries = plain_csv(
        tmp_path / "entries.csv",
        ["code", "title", "category", "authors", "organisation"],
        ENTRIES,
    )
    judges = plain_csv(
        tmp_path / "judges.csv", ["code", "name", "title", "organisation", "role"], JUDGES
    )
    assert run(db, "import-entries", str(entries)) == 0, capsys.readouterr().err
    assert run(db, "import-judges", str(judges)) == 0, capsys.readouterr().err
    assignments = plain_csv(
        tmp_path / "assignments.csv",
        ["round", "judge", "entry"],
        [("SK", j[0], e[0]) for j in JUDGES for e in ENTRIES],
    )
    assert run(db, "import-assignments", str(assignments)) == 0, capsys.readouterr().err
    marks = plain_csv(
        tmp_path / "marks.csv",
        ["round", "entry", "judge", "criterion", "mark", "comment"],
        [
            ("SK", "-E1", "-J1", "-moi", "27", "=1+1 rất mới"),
            ("SK", "-E1", "-J1", "hieu_qua", "35", "-ổn"),
            ("SK", "-E3", "-J3", "-moi", "20", "@chú ý"),
        ],
    )
    assert run(db, "import-marks", str(marks)) == 0, capsys.readouterr().err
    return db


def test_a_person_typed_file_and_the_exports_carry_the_guard(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "marks-out.csv"
    assert run(first, "export-marks", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "SK,'-E1,'-J1,'-moi,27,'=1+1 rất mới" in text
    assignments = stdout_of(first, capsys, "export-assignments", "--out", "-")
    assert "SK,'-J1,'-E1," in assignments
    entries = stdout_of(first, capsys, "entries", "--format", "csv")
    assert "'-E1" in entries and "'=HYPERLINK" in entries


def test_marks_export_imports_back(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "marks-out.csv"
    assert run(first, "export-marks", "--out", str(exported)) == 0
    second = new_database(tmp_path / "second.sqlite")
    for kind in ("entries", "judges"):
        listing = tmp_path / f"{kind}.csv"
        listing.write_text(stdout_of(first, capsys, kind, "--format", "csv"))
        assert run(second, f"import-{kind}", str(listing)) == 0, capsys.readouterr().err
    assignments = tmp_path / "assignments-out.csv"
    assert run(first, "export-assignments", "--out", str(assignments)) == 0
    assert run(second, "import-assignments", str(assignments)) == 0, capsys.readouterr().err
    assert run(second, "import-marks", str(exported)) == 0, capsys.readouterr().err

    again = tmp_path / "marks-again.csv"
    assert run(second, "export-marks", "--out", str(again)) == 0
    assert again.read_bytes() == exported.read_bytes()
    for kind in ("entries", "judges"):
        assert stdout_of(second, capsys, kind, "--format", "csv") == stdout_of(
            first, capsys, kind, "--format", "csv"
        )
    assert stdout_of(second, capsys, "export-assignments", "--out", "-") == stdout_of(
        first, capsys, "export-assignments", "--out", "-"
    )
    services, database = services_of(second)
    try:
        assert {e.code for e in services.core.entry_rows()} == {e[0] for e in ENTRIES}
        assert {(j.code, j.name) for j in services.core.judge_rows()} == {
            (j[0], j[1]) for j in JUDGES
        }
    finally:
        database.close()  # type: ignore[attr-defined]


def test_conflicts_and_components_written_by_the_program_read_back(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conflicts = program_csv(
        tmp_path / "conflicts.csv",
        ["judge", "entry", "reason"],
        [("-J3", "-E1", "=cùng đơn vị"), ("J2", "-E3", "-họ hàng")],
    )
    components = program_csv(
        tmp_path / "components.csv",
        ["round", "entry", "component", "value"],
        [("SK", "-E1", "-vote", "5"), ("SK", "-E3", "-vote", "12")],
    )
    assert "'-J3,'-E1,'=cùng đơn vị" in conflicts.read_text(encoding="utf-8-sig")
    assert run(first, "import-conflicts", str(conflicts)) == 0, capsys.readouterr().err
    assert run(first, "import-components", str(components)) == 0, capsys.readouterr().err
    services, database = services_of(first)
    try:
        assert {(c.judge, c.entry, c.reason) for c in services.setup.conflicts()} == {
            ("-J3", "-E1", "=cùng đơn vị"),
            ("J2", "-E3", "-họ hàng"),
        }
        values = {(v.entry, Decimal(v.value)) for v in services.setup.component_values("SK")}
        assert values == {("-E1", Decimal(5)), ("-E3", Decimal(12))}
    finally:
        database.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("start", ["-", "=", "+", "@"])
def test_an_apostrophe_a_person_typed_is_kept(
    first: str, tmp_path: Path, start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the guard is taken off: ``''-x`` (a quote typed before a guarded cell) keeps one."""
    conflicts = program_csv(
        tmp_path / "conflicts.csv", ["judge", "entry", "reason"], [("J2", "E2", f"'{start}x")]
    )
    assert f"''{start}x" in conflicts.read_text(encoding="utf-8-sig")
    assert run(first, "import-conflicts", str(conflicts)) == 0, capsys.readouterr().err
    services, database = services_of(first)
    try:
        assert [c.reason for c in services.setup.conflicts()] == [f"'{start}x"]
    finally:
        database.close()  # type: ignore[attr-defined]
