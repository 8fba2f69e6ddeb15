"""Conflicts between paper marks and a judge's score file through main.main, as the organiser
runs it: `conflicts` lists what is pending (Vietnamese, decimal commas), `resolve-conflicts`
applies a decision to the conflicts its filters select, and the database says so after."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from pytest import CaptureFixture

import main
from db.database import open_database
from judging.app import build_services
from tests.e2e.test_kits_cli import demo, unscored_marks  # noqa: F401 (the demo fixture)

JUDGE = "GK05"


def vi(value: Decimal) -> str:
    return format(value, "f").replace(".", ",")


def stored(db: Path, entry: str) -> dict[str, tuple[Decimal, str]]:
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT c.code, m.value, m.origin FROM mark m "
            "JOIN criterion c ON c.id = m.criterion_id "
            "JOIN assignment a ON a.id = m.assignment_id "
            "JOIN entry e ON e.id = a.entry_id JOIN judge j ON j.id = a.judge_id "
            "WHERE e.code = ? AND j.code = ?",
            (entry, JUDGE),
        )
        return {code: (Decimal(value) / 10_000, origin) for code, value, origin in rows}
    finally:
        connection.close()


def test_conflicts_listed_then_resolved_by_filters_from_the_command_line(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    capsys: CaptureFixture[str],
) -> None:
    marks = unscored_marks(demo)[JUDGE]
    entry = sorted(marks)[0]
    first, second = sorted(marks[entry])[:2]
    database = open_database(str(demo))
    try:
        services = build_services(database.uow_factory, location=str(demo))
        criteria = services.core.require_competition().rounds[0]
        paper = {}
        for code in (first, second):
            criterion = criteria.criterion(code)
            assert criterion is not None
            # a value the judge's file does not have
            paper[code] = (
                criterion.max if marks[entry][code] != criterion.max else criterion.max - 1
            )
        services.scoring.enter_paper_sheets("SK", JUDGE, {entry: paper}, submit_complete=False)
    finally:
        database.close()
    kit = tmp_path / "gk05.judgekit"
    assert main.main(["--db", str(demo), "export-kit", "--judge", JUDGE, "--out", str(kit)]) == 0
    csv = tmp_path / "m.csv"
    rows = [f"SK,{entry},{JUDGE},{code},{value}," for code, value in marks[entry].items()]
    csv.write_text(
        "round,entry,judge,criterion,mark,comment\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    assert main.main(["--kit", str(kit), "import-marks", str(csv)]) == 0
    out = tmp_path / "s.json"
    assert main.main(["--kit", str(kit), "export-scorefile", "--out", str(out)]) == 0
    assert main.main(["--db", str(demo), "--lang", "vi", "import-scorefile", str(out)]) == 0
    said = capsys.readouterr().out
    assert "2 điểm chênh lệch" in said and "resolve-conflicts" in said

    assert main.main(["--db", str(demo), "--lang", "vi", "conflicts", "--round", "SK"]) == 0
    listed = capsys.readouterr().out
    assert "Vòng SK: 2 điểm chênh lệch cần xử lý" in listed
    for code in (first, second):
        assert (
            f"  {JUDGE} / {entry} / {code}: {vi(paper[code])} nhập từ phiếu giấy, "
            f"{vi(marks[entry][code])} trong tệp"
        ) in listed

    assert main.main(["--db", str(demo), "conflicts", "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["format"], payload["round"]) == ("judging-conflicts/1", "SK")
    assert sorted(
        (c["judge"], c["entry"], c["criterion"], c["reason"], c["here"], c["in_file"])
        for c in payload["conflicts"]
    ) == [
        (JUDGE, entry, code, "paper", format(paper[code], "f"), format(marks[entry][code], "f"))
        for code in (first, second)
    ]

    argv = ["--db", str(demo), "--lang", "vi", "resolve-conflicts", "--round", "SK"]
    assert main.main([*argv, "--keep", "judge", "--criterion", first]) == 0
    said = capsys.readouterr().out
    assert "Vòng SK: đã giữ nguyên 0 điểm, lấy 1 điểm từ tệp điểm của giám khảo." in said
    assert "Còn 1 điểm chênh lệch chưa xử lý." in said
    assert main.main([*argv, "--keep", "paper", "--entry", entry, "--judge", JUDGE]) == 0
    assert "đã giữ nguyên 1 điểm, lấy 0 điểm" in capsys.readouterr().out

    now = stored(demo, entry)
    assert now[first] == (marks[entry][first], "file")
    assert now[second] == (paper[second], "paper")
    assert main.main(["--db", str(demo), "--lang", "vi", "conflicts", "--round", "SK"]) == 0
    assert "Vòng SK: không có điểm chênh lệch nào cần xử lý." in capsys.readouterr().out
    # nothing left to match: refused with the reason, exit 2
    assert main.main([*argv, "--keep", "judge"]) == 2
    assert "vòng SK không có điểm chênh lệch nào đang chờ xử lý" in capsys.readouterr().err
    assert stored(demo, entry) == now
