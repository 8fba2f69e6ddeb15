"""The fuzzers' world: a demo database (with a component, so that every reader has something to
read into) and, for every reader, a valid file the program itself wrote from it.

The long runs (``@pytest.mark.fuzz_long``) are skipped unless asked for: ``-m fuzz_long`` or
``FUZZ_LONG=1``.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.database import open_database
from judging.app import build_services
from judging.demo import build_demo
from judging.kits.format import read_kit
from judging.scoring import marks_csv
from tests.approved_demo import add_community_vote


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    asked = "fuzz_long" in (config.getoption("-m") or "") or os.environ.get("FUZZ_LONG") == "1"
    if asked:
        return
    skip = pytest.mark.skip(reason="long fuzzing: run with -m fuzz_long or FUZZ_LONG=1")
    for item in items:
        if "fuzz_long" in item.keywords:
            item.add_marker(skip)


@dataclass(frozen=True)
class World:
    """The demo database (to be copied, never changed) and the seed files written from it."""

    folder: Path
    demo: Path
    empty: Path
    definition: str
    entries_csv: str
    entries_xlsx: bytes
    entries_for_map: str
    map_toml: str
    judges_csv: str
    conflicts_csv: str
    assignments_csv: str
    components_csv: str
    marks_csv: str
    kit: bytes
    scorefile: bytes
    kit_secret: bytes


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _xlsx(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("fuzz-world")
    empty = folder / "empty.sqlite"
    open_database(str(empty)).close()
    demo = folder / "demo.sqlite"
    shutil.copyfile(empty, demo)
    database = open_database(str(demo))
    try:
        services = build_services(database.uow_factory, location=str(demo))
        build_demo(services)
        add_community_vote(services)
        entries = services.core.entry_rows()
        entry_rows = [["code", "title", "category", "authors", "organisation", "summary"]]
        entry_rows += [
            [
                f"N{e.code}",
                f"{e.title} (bản mới)",
                e.category,
                "; ".join(e.authors),
                e.organisation,
                "",
            ]
            for e in entries
        ]
        judge_rows = [["code", "name", "title", "organisation", "role"]]
        judge_rows += [
            [f"N{j.code}", j.name, j.title, j.organisation, j.role.value]
            for j in services.core.judge_rows()
        ]
        conflicts = [["judge", "entry", "reason"]]
        conflicts += [[c.judge, c.entry, c.reason] for c in services.setup.conflicts()]
        if len(conflicts) == 1:
            conflicts.append([judge_rows[1][0][1:], entries[0].code, "Cùng đơn vị công tác"])
        assignments = [["round", "judge", "entry"]]
        assignments += [[a.round, a.judge, a.entry] for a in services.setup.assignments("SK")]
        components = [["round", "entry", "component", "value"]]
        components += [
            ["SK", e.code, "binh_chon", str(100 + 37 * i)] for i, e in enumerate(entries)
        ]
        kit_file = services.kits.export_kit("SK", "GK03")
        marks = marks_csv.write_marks(services.scoring.export_marks("SK", include_drafts=True))
        definition = services.definitions.export_text()
    finally:
        database.close()
    kit = read_kit(kit_file.data, "fuzz.judgekit")
    scorefile = _scorefile(folder, empty, kit_file.data)
    yield World(
        folder=folder,
        demo=demo,
        empty=empty,
        definition=definition,
        entries_csv=_csv(entry_rows),
        entries_xlsx=_xlsx(entry_rows),
        entries_for_map=_csv([["Mã", "Tên giải pháp", "Lĩnh vực", "Tác giả", "Đơn vị", "Tóm tắt"]])
        + _csv(entry_rows[1:]).replace(",QLNN,", ",Quản lý nhà nước,"),
        map_toml='"Mã" = "code"\n"Tên giải pháp" = "title"\n"Lĩnh vực" = "category"\n'
        '"Tác giả" = "authors"\n"Đơn vị" = "organisation"\n\n[category]\n'
        '"Quản lý nhà nước" = "QLNN"\n',
        judges_csv=_csv(judge_rows),
        conflicts_csv=_csv(conflicts),
        assignments_csv=_csv(assignments),
        components_csv=_csv(components),
        marks_csv=marks.decode("utf-8-sig"),
        kit=kit_file.data,
        scorefile=scorefile,
        kit_secret=kit.secret,
    )


def _scorefile(folder: Path, empty: Path, kit_data: bytes) -> bytes:
    """A judge's score file: the kit opened in its own database, a few marks typed, written."""
    path = folder / "kit.sqlite"
    shutil.copyfile(empty, path)
    database = open_database(str(path))
    try:
        services = build_services(database.uow_factory, location=str(path))
        opened = services.kits.open_kit(read_kit(kit_data, "fuzz.judgekit"), location=str(path))
        competition = services.core.require_competition()
        criteria = competition.rounds[0].criteria
        sheets = services.scoring.judge_sheets("SK", opened.judge_code).sheets
        for sheet in sheets[:3]:
            for criterion in criteria:
                services.scoring.set_mark(
                    "SK", opened.judge_code, sheet.entry_code, criterion.code, criterion.step * 3
                )
        return services.kits.scorefile().data
    finally:
        database.close()
