"""Judge kits end to end through main.main, as the organiser and three judges run it: kits
exported from the demo, three kit databases score through `--kit FILE import-marks`, each
writes its score file, the organiser takes the three in, and the ranking equals that of the
same marks typed at the organiser's computer."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytest import CaptureFixture

import main
from db.database import open_database
from judging.app import build_services
from judging.scoring.demo import demo_mark
from judging.scoring.model import SheetState

JUDGES = ("GK03", "GK05", "GK06")
Marks = dict[str, dict[str, dict[str, Decimal]]]  # judge → entry → criterion → mark


def unscored_marks(db: Path) -> Marks:
    """Marks for every sheet of the three judges not yet started at the organiser's."""
    database = open_database(str(db))
    try:
        services = build_services(database.uow_factory, location=str(db))
        criteria = services.core.require_competition().rounds[0].criteria
        marks: Marks = {}
        for judge in JUDGES:
            sheets = services.scoring.judge_sheets("SK", judge).sheets
            marks[judge] = {
                s.entry_code: {c.code: demo_mark(c, s.entry_code, judge) for c in criteria}
                for s in sheets
                if s.state is SheetState.NOT_STARTED
            }
        return marks
    finally:
        database.close()


def type_directly(db: Path, marks: Marks) -> None:
    database = open_database(str(db))
    try:
        services = build_services(database.uow_factory, location=str(db))
        for judge, entries in marks.items():
            for entry, row in entries.items():
                for code, value in row.items():
                    services.scoring.set_mark("SK", judge, entry, code, value)
                services.scoring.submit("SK", judge, entry)
    finally:
        database.close()


def rank(db: Path, capsys: CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert (
        main.main(["--db", str(db), "--lang", "en", "rank", "--round", "SK", "--format", "json"])
        == 0
    )
    payload: dict[str, Any] = json.loads(capsys.readouterr().out)
    return payload


@pytest.fixture
def demo(tmp_path: Path, capsys: CaptureFixture[str]) -> Path:
    db = tmp_path / "organiser.sqlite"
    assert main.main(["--db", str(db), "--lang", "en", "demo"]) == 0
    capsys.readouterr()
    return db


def test_three_kits_out_three_score_files_in_same_ranking_as_typed(
    demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    typed = tmp_path / "typed.sqlite"
    shutil.copyfile(demo, typed)
    marks = unscored_marks(demo)
    assert all(marks[j] for j in JUDGES)
    before = rank(demo, capsys)

    kits = tmp_path / "kits"
    assert (
        main.main(
            [
                "--db",
                str(demo),
                "--lang",
                "vi",
                "export-kit",
                "--all",
                "--round",
                "SK",
                "--out",
                str(kits),
            ]
        )
        == 0
    )
    assert "8 bộ hồ sơ giám khảo" in capsys.readouterr().out
    files = []
    for judge in JUDGES:
        kit = kits / f"SKCD-2026-SK-{judge}.judgekit"
        rows = ["round,entry,judge,criterion,mark,comment"]
        rows += [
            f"SK,{entry},{judge},{code},{value},"
            for entry, row in marks[judge].items()
            for code, value in row.items()
        ]
        csv = tmp_path / f"{judge}.csv"
        csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
        assert main.main(["--kit", str(kit), "--lang", "en", "import-marks", str(csv)]) == 0
        out = tmp_path / f"{judge}.scores.json"
        assert (
            main.main(["--kit", str(kit), "--lang", "vi", "export-scorefile", "--out", str(out)])
            == 0
        )
        said = capsys.readouterr().out
        assert f"tệp điểm số 1 của giám khảo {judge}" in said and str(out) in said
        files.append(str(out))

    assert main.main(["--db", str(demo), "--lang", "en", "import-scorefile", *files]) == 0
    said = capsys.readouterr().out
    for judge in JUDGES:
        count = sum(len(row) for row in marks[judge].values())
        assert f"judge {judge}, round SK, score file no. 1: {count} new marks, 0 changed" in said

    type_directly(typed, marks)
    taken_in, typed_in = rank(demo, capsys), rank(typed, capsys)
    assert taken_in == typed_in
    assert taken_in != before  # the marks taken in moved the ranking

    # the same files again: nothing changes
    assert main.main(["--db", str(demo), "--lang", "en", "import-scorefile", *files]) == 0
    assert capsys.readouterr().out.count("nothing changed") == 3
    assert rank(demo, capsys) == typed_in


def test_refusals_name_the_reason_in_vietnamese_and_exit_2(
    demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    kit = tmp_path / "gk03.judgekit"
    args = ["--db", str(demo), "--lang", "vi", "export-kit", "--round", "SK"]
    assert main.main([*args, "--judge", "GK99", "--out", str(kit)]) == 2
    assert "GK99" in capsys.readouterr().err
    assert not kit.exists()
    assert main.main([*args, "--judge", "GK03", "--out", str(kit)]) == 0
    out = tmp_path / "s.json"
    assert main.main(["--kit", str(kit), "export-scorefile", "--out", str(out)]) == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.json"
    bad.write_bytes(bytes(data))
    capsys.readouterr()
    assert (
        main.main(["--db", str(demo), "--lang", "vi", "import-scorefile", str(bad), str(out)]) == 2
    )
    captured = capsys.readouterr()
    assert "bad.json" in captured.err and "không có gì thay đổi" in captured.err
    assert "s.json: giám khảo GK03" in captured.out  # the good file is still taken in


def test_a_kit_with_a_path_traversal_name_is_refused_before_any_database(
    tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    import zipfile

    kit = tmp_path / "evil.judgekit"
    with zipfile.ZipFile(kit, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../evil.sh", "rm -rf ~")
    assert main.main(["--kit", str(kit), "--lang", "en", "info"]) == 2
    assert "points outside its folder" in capsys.readouterr().err
    assert not (tmp_path.parent / "evil.sh").exists()


def test_paper_marks_are_listed_as_conflicts_with_a_decimal_comma(
    demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    judge, marks = "GK05", unscored_marks(demo)["GK05"]
    entry = sorted(marks)[0]
    criterion = sorted(marks[entry])[0]
    database = open_database(str(demo))
    try:
        services = build_services(database.uow_factory, location=str(demo))
        paper = services.core.require_competition().rounds[0].criterion(criterion)
        assert paper is not None
        services.scoring.enter_paper_sheets(
            "SK", judge, {entry: {criterion: paper.max - paper.step}}, submit_complete=False
        )
    finally:
        database.close()
    kit = tmp_path / "gk05.judgekit"
    assert (
        main.main(
            ["--db", str(demo), "export-kit", "--round", "SK", "--judge", judge, "--out", str(kit)]
        )
        == 0
    )
    csv = tmp_path / "m.csv"
    rows = [f"SK,{entry},{judge},{code},{value}," for code, value in marks[entry].items()]
    csv.write_text(
        "round,entry,judge,criterion,mark,comment\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    assert main.main(["--kit", str(kit), "import-marks", str(csv)]) == 0
    out = tmp_path / "s.json"
    assert main.main(["--kit", str(kit), "export-scorefile", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main.main(["--db", str(demo), "--lang", "vi", "import-scorefile", str(out)]) == 0
    said = capsys.readouterr().out
    here = format(paper.max - paper.step, "f").replace(".", ",")
    there = format(marks[entry][criterion], "f").replace(".", ",")
    assert (
        f"chênh lệch, giữ nguyên: {entry} / {criterion}: {here} nhập từ phiếu giấy, {there} trong tệp"
        in said
    )
    assert "1 điểm chênh lệch" in said
