"""The drills' world, made once a session: the demo (with a community vote on round SK, so that
component files have a target), the approved demo (for certificates and the result's
exports), and for every import kind a file whose rows are all new to the demo."""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.database import open_database
from judging.app import Services, build_services
from judging.demo import build_demo
from judging.kits.format import read_kit
from judging.model import EntryStatus, Role
from judging.scoring.demo import demo_mark
from judging.scoring.model import SheetState
from tests.approved_demo import add_community_vote, copy_of_approved_demo


@dataclass(frozen=True)
class World:
    demo: Path  # never changed: copy it
    approved: Path  # never changed: copy it
    empty: Path
    kit: bytes  # judge GK03's kit of round SK
    imports: dict[str, tuple[str, bytes, str, int]]  # kind: (command, file, table, new rows)


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _import_files(services: Services) -> dict[str, tuple[str, bytes, str, int]]:
    """A file of new rows for every import kind, and the table that grows by how many."""
    entries = services.core.entry_rows()
    judges = services.core.judge_rows()
    assigned = {(a.judge, a.entry) for a in services.setup.assignments("SK")}
    conflicted = {(c.judge, c.entry) for c in services.setup.conflicts()}
    members = [j.code for j in judges if j.role is Role.MEMBER]
    taken = assigned | conflicted
    active = [e.code for e in entries if e.status is EntryStatus.ACTIVE]
    free = [(j, e) for j in members for e in active if (j, e) not in taken]
    conflicts, assignments = free[:6], free[6:12]
    criteria = services.core.require_competition().rounds[0].criteria
    unmarked = [s for s in services.scoring.round_sheets("SK") if s.state is SheetState.NOT_STARTED]
    marks = [["round", "entry", "judge", "criterion", "mark", "comment"]]
    marks += [
        [
            "SK",
            s.entry_code,
            s.judge_code,
            c.code,
            str(demo_mark(c, s.entry_code, s.judge_code)),
            "",
        ]
        for s in unmarked
        for c in criteria
    ]
    return {
        "entries": (
            "import-entries",
            _csv(
                [["code", "title", "category", "authors", "organisation", "summary"]]
                + [
                    [
                        f"N{e.code}",
                        f"{e.title} (bản mới)",
                        e.category or "",
                        "; ".join(e.authors),
                        e.organisation,
                        "",
                    ]
                    for e in entries
                ]
            ),
            "entry",
            len(entries),
        ),
        "judges": (
            "import-judges",
            _csv(
                [["code", "name", "title", "organisation", "role"]]
                + [[f"N{j.code}", j.name, j.title, j.organisation, j.role.value] for j in judges]
            ),
            "judge",
            len(judges),
        ),
        "conflicts": (
            "import-conflicts",
            _csv(
                [["judge", "entry", "reason"]]
                + [[j, e, "Cùng đơn vị công tác"] for j, e in conflicts]
            ),
            "conflict",
            len(conflicts),
        ),
        "assignments": (
            "import-assignments",
            _csv([["round", "judge", "entry"]] + [["SK", j, e] for j, e in assignments]),
            "assignment",
            len(assignments),
        ),
        "components": (
            "import-components",
            _csv(
                [["round", "entry", "component", "value"]]
                + [["SK", e.code, "binh_chon", str(100 + 37 * i)] for i, e in enumerate(entries)]
            ),
            "component_value",
            len(entries),
        ),
        "marks": ("import-marks", _csv(marks), "mark", len(marks) - 1),
    }


def _scorefile(empty: Path, folder: Path, kit_data: bytes) -> bytes:
    """Judge GK03's score file: the kit opened in its own database, marks typed, written."""
    path = folder / "kit.sqlite"
    shutil.copyfile(empty, path)
    database = open_database(str(path))
    try:
        services = build_services(database.uow_factory, location=str(path))
        opened = services.kits.open_kit(read_kit(kit_data, "GK03.judgekit"), location=str(path))
        criteria = services.core.require_competition().rounds[0].criteria
        for sheet in services.scoring.judge_sheets("SK", opened.judge_code).sheets:
            for criterion in criteria:
                value = demo_mark(criterion, sheet.entry_code, opened.judge_code)
                services.scoring.set_mark(
                    "SK", opened.judge_code, sheet.entry_code, criterion.code, value
                )
        return services.kits.scorefile().data
    finally:
        database.close()


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("drills-world")
    empty = folder / "empty.sqlite"
    open_database(str(empty)).close()
    demo = folder / "demo.sqlite"
    shutil.copyfile(empty, demo)
    database = open_database(str(demo))
    try:
        services = build_services(database.uow_factory, location=str(demo))
        build_demo(services)
        add_community_vote(services)
        imports = _import_files(services)
        kit = services.kits.export_kit("SK", "GK03").data
    finally:
        database.close()
    imports["scorefile"] = ("import-scorefile", _scorefile(empty, folder, kit), "score_file", 1)
    approved_folder = tmp_path_factory.getbasetemp() / "approved-demo"
    approved_folder.mkdir(exist_ok=True)
    approved = copy_of_approved_demo(approved_folder, folder / "approved.sqlite")
    return World(demo=demo, approved=approved, empty=empty, kit=kit, imports=imports)


def copy_to(source: Path, folder: Path, name: str = "drill.sqlite") -> Path:
    """A copy of a world database in ``folder`` (the world's files are never changed)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target
