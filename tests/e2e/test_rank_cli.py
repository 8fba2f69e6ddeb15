"""Ranking as a new user would do it: a definition file, entries, judges, assignments, marks
and community votes taken in through the commands, then `rank --format json` gives what a
council computes by hand; resolve-tie, advance and the round's life through main.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytest import CaptureFixture

import main

# Thái Nguyên 2025 style: jury 80 = innovation 20 + socio-economic effect 30 +
# applicability 30; community vote 20 × votes ÷ most votes, rounded to 0.1.
DEFINITION = """\
format = "judging-competition/1"

[competition]
code = "TN-2025"
name = "Giải thưởng Sáng tạo Thái Nguyên 2025"

[[rounds]]
code = "V1"
name = "Vòng chấm"
judges_per_entry = 3

[[rounds.criteria]]
code = "tinh_moi"
name = "Tính mới, sáng tạo"
max = 20
step = 0.5
weight = 1

[[rounds.criteria]]
code = "hieu_qua"
name = "Hiệu quả kinh tế - xã hội"
max = 30
step = 0.5
weight = 1

[[rounds.criteria]]
code = "ap_dung"
name = "Khả năng áp dụng"
max = 30
step = 0.5
weight = 1

[rounds.ranking]
aggregate = "mean"
normalise = "none"
panel_places = 2
weighted_places = 2
total_places = 2
tie_break = ["jury_total", "component:binh_chon"]

[[rounds.components]]
code = "binh_chon"
name = "Bình chọn cộng đồng"
kind = "bonus"
scale = "share_of_max"
points = 20
places = 1

[[prizes]]
code = "nhat"
name = "Giải Nhất"
count = 1

[[prizes]]
code = "nhi"
name = "Giải Nhì"
count = 1

[[prizes]]
code = "ba"
name = "Giải Ba"
count = 1

[[prizes]]
code = "kk"
name = "Giải Khuyến khích"
count = 1
min_total = 60
on_tie = "chair"
"""

# The same first round followed by a final: the first round's top 3 advance.
TWO_ROUNDS = (
    DEFINITION.split("[[prizes]]")[0]
    + """[rounds.advance]
top = 3
on_tie = "share"

[[rounds]]
code = "V2"
name = "Vòng chung khảo"

[[rounds.criteria]]
code = "tong_the"
name = "Đánh giá tổng thể"
max = 100
step = 1
"""
)

ENTRIES = """\
code,title,category,authors,organisation,summary
E1,Máy sấy nông sản năng lượng mặt trời,,Nguyễn Văn An,HTX Tân Cương,
E2,Phần mềm quản lý chè,,Trần Thị Bình,Xã Phúc Xuân,
E3,Bếp đun tiết kiệm củi,,Lê Văn Cường,Xã Quyết Thắng,
E4,Hệ thống tưới tự động,,Phạm Thị Dung,HTX Hòa Bình,
E5,Chế phẩm ủ phân hữu cơ,,Hoàng Văn Em,Xã Sơn Cẩm,
E6,Ứng dụng đặt lịch khám,,Vũ Thị Giang,Phường Túc Duyên,
"""

JUDGES = """\
code,name,title,organisation,role
J1,Đỗ Minh Hải,TS.,Đại học Thái Nguyên,member
J2,Ngô Thu Hà,ThS.,Sở KH&CN,member
J3,Bùi Quang Huy,KS.,Hội Nông dân,chair
T1,Lý Thu Trang,,Sở KH&CN học việc,trainee
"""

# Marks (tinh_moi, hieu_qua, ap_dung) per judge; computed by hand:
# E1: tinh_moi (18+17+18)/3 = 17.666… → 17.67; hieu_qua (27+26+28)/3 = 27.00;
#     ap_dung (26+27+26)/3 = 26.333… → 26.33; jury 71.00; votes 1200 (most) → 20.0; 91.00
# E2: (16+17+16)/3 → 16.33; (25+25+26)/3 → 25.33; (25+24+25)/3 → 24.67; jury 66.33;
#     votes 900 → 20 × 900 ÷ 1200 = 15.0; final 81.33
# E3: 17.00; (26+26+27)/3 → 26.33; 25.00; jury 68.33; votes 780 → 13.0; final 81.33 —
#     equal to E2, and the chain's jury total puts E3 (68.33) before E2 (66.33)
# E4: 15, 22, 22 from everyone: jury 59.00; votes 600 → 10.0; final 69.00
# E5: (14+16+15)/3 = 15.00; (23+21+22)/3 = 22.00; 22.00: jury 59.00; votes 600: 69.00 —
#     equal to E4 on the total, the jury total and the votes: a tie only the chair can break
# E6: J2 never marked it: incomplete, not ranked. The trainee's 1s on E1 do not count.
MARKS = {
    "E1": {"J1": (18, 27, 26), "J2": (17, 26, 27), "J3": (18, 28, 26), "T1": (1, 1, 1)},
    "E2": {"J1": (16, 25, 25), "J2": (17, 25, 24), "J3": (16, 26, 25)},
    "E3": {"J1": (17, 26, 25), "J2": (17, 26, 25), "J3": (17, 27, 25)},
    "E4": {"J1": (15, 22, 22), "J2": (15, 22, 22), "J3": (15, 22, 22)},
    "E5": {"J1": (14, 23, 22), "J2": (16, 21, 22), "J3": (15, 22, 22)},
    "E6": {"J1": (10, 10, 10), "J3": (10, 10, 10)},
}
VOTES = {"E1": 1200, "E2": 900, "E3": 780, "E4": 600, "E5": 600, "E6": 10}
CRITERIA = ("tinh_moi", "hieu_qua", "ap_dung")


def run(db: Path, *args: str) -> int:
    return main.main(["--db", str(db), "--lang", "en", *args])


def build(tmp_path: Path, capsys: CaptureFixture[str], definition: str) -> Path:
    path = tmp_path / "tn.sqlite"

    def write(name: str, text: str) -> str:
        file = tmp_path / name
        file.write_text(text, encoding="utf-8")
        return str(file)

    assignments = "round,judge,entry\n" + "".join(
        f"V1,{judge},{entry}\n" for entry in MARKS for judge in ("J1", "J2", "J3", "T1")
    )
    marks = "round,entry,judge,criterion,mark,comment\n" + "".join(
        f"V1,{entry},{judge},{code},{mark},\n"
        for entry, sheets in MARKS.items()
        for judge, values in sheets.items()
        for code, mark in zip(CRITERIA, values, strict=True)
    )
    votes = "round,entry,component,value\n" + "".join(
        f"V1,{entry},binh_chon,{value}\n" for entry, value in VOTES.items()
    )
    steps = [
        ["init", "--definition", write("def.toml", definition)],
        ["import-entries", write("entries.csv", ENTRIES)],
        ["import-judges", write("judges.csv", JUDGES)],
        ["import-assignments", write("assignments.csv", assignments)],
        ["import-marks", write("marks.csv", marks)],
        ["import-components", write("votes.csv", votes)],
    ]
    for step in steps:
        code = run(path, *step)
        assert code == 0, (step, capsys.readouterr())
    capsys.readouterr()
    return path


@pytest.fixture
def db(tmp_path: Path, capsys: CaptureFixture[str]) -> Path:
    return build(tmp_path, capsys, DEFINITION)


def rank_json(db: Path, capsys: CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert run(db, "rank", "--format", "json", *args) == 0
    payload: dict[str, Any] = json.loads(capsys.readouterr().out)
    return payload


def test_rank_json_is_what_the_council_computes_by_hand(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    payload = rank_json(db, capsys)
    assert (payload["format"], payload["competition"], payload["round"]) == (
        "judging-ranking/1",
        "TN-2025",
        "V1",
    )
    got = [
        (r["entry"], r["rank"], r["tied"], r["status"], r["jury_total"], r["final_total"])
        for r in payload["results"]
    ]
    assert got == [
        ("E1", 1, False, "ranked", "71.00", "91.00"),
        ("E3", 2, False, "ranked", "68.33", "81.33"),
        ("E2", 3, False, "ranked", "66.33", "81.33"),
        ("E4", 4, True, "ranked", "59.00", "69.00"),
        ("E5", 4, True, "ranked", "59.00", "69.00"),
        ("E6", None, False, "incomplete", None, None),
    ]
    e1 = payload["results"][0]
    assert e1["criteria"] == {
        "tinh_moi": {"panel": "17.67", "weighted": "17.67"},
        "hieu_qua": {"panel": "27.00", "weighted": "27.00"},
        "ap_dung": {"panel": "26.33", "weighted": "26.33"},
    }
    assert [r["components"]["binh_chon"] for r in payload["results"]] == [
        "20.0",
        "13.0",
        "15.0",
        "10.0",
        "10.0",
        "0.2",
    ]
    assert [r["prize"] for r in payload["results"]] == ["nhat", "nhi", "ba", None, None, None]
    assert not any(r["advanced"] for r in payload["results"])  # one round: nowhere to go
    assert payload["results"][5]["missing"] == ["J2: not started"]
    assert payload["ties"] == [["E4", "E5"]]


def test_resolve_tie_then_the_prize_goes_by_the_chairs_order(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    assert run(db, "resolve-tie", "--order", "E4,E2", "--reason", "x") == 2
    assert "not a group tied now" in capsys.readouterr().err
    reason = "E5 được áp dụng tại 3 xã"
    assert run(db, "resolve-tie", "--order", "E5,E4", "--reason", reason) == 0
    assert "E5 > E4" in capsys.readouterr().out
    results = {r["entry"]: r for r in rank_json(db, capsys)["results"]}
    assert (results["E5"]["rank"], results["E5"]["prize"], results["E5"]["tied"]) == (
        4,
        "kk",
        False,
    )
    assert (results["E4"]["rank"], results["E4"]["prize"]) == (5, None)
    assert results["E5"]["tie_decision"] == results["E4"]["tie_decision"] == reason
    # the chair revises the decision: the new order and reason replace the recorded ones
    assert run(db, "resolve-tie", "--order", "E4,E5", "--reason", "bốc thăm lại") == 0
    assert "E4 > E5" in capsys.readouterr().out
    results = {r["entry"]: r for r in rank_json(db, capsys)["results"]}
    assert (results["E4"]["rank"], results["E4"]["prize"]) == (4, "kk")
    assert (results["E5"]["rank"], results["E5"]["prize"]) == (5, None)
    assert results["E4"]["tie_decision"] == "bốc thăm lại"
    with pytest.raises(SystemExit):
        run(db, "resolve-tie", "--help")
    assert "replace the recorded decision" in " ".join(capsys.readouterr().out.split())


def test_table_csv_advance_and_the_rounds_life(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    assert run(db, "rank") == 0
    table = capsys.readouterr().out
    assert "4=" in table and "incomplete: J2: not started" in table
    assert "! tie unresolved: E4, E5 share rank 4" in table
    assert main.main(["--db", str(db), "--lang", "vi", "rank"]) == 0
    table = capsys.readouterr().out
    # the engine's sentences in Vietnamese: the flags and why an entry is incomplete
    assert "chưa đủ điểm: J2: chưa chấm" in table
    assert "! đồng hạng chưa được phân định: E4, E5 cùng hạng 4" in table
    assert "tie unresolved" not in table and "not started" not in table
    assert main.main(["--db", str(db), "--lang", "vi", "rank", "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)  # for programs: the same in any language
    assert payload["flags"][0] == "tie unresolved: E4, E5 share rank 4"
    assert payload["results"][5]["missing"] == ["J2: not started"]
    assert main.main(["--db", str(db), "--lang", "vi", "rank", "--drafts"]) == 0
    table = capsys.readouterr().out
    assert table.count("TẠM TÍNH") == 1 and "tạm tính" not in table
    out = tmp_path / "rank.csv"
    assert run(db, "rank", "--format", "csv", "--sep", ";", "--out", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert "1;;E1;Máy sấy nông sản năng lượng mặt trời;;ranked;91,00;71,00" in data.decode()
    assert run(db, "advance") == 2
    assert "no advancement rule" in capsys.readouterr().err
    assert run(db, "approve-round") == 2
    assert "only a closed round can be approved" in capsys.readouterr().err
    assert run(db, "close-round", "--yes") == 0  # E6 lacks J2's sheet (listed, see below)
    capsys.readouterr()
    assert run(db, "approve-round") == 2
    err = capsys.readouterr().err
    assert "E6 is incomplete" in err and "prize kk: tie at the boundary unresolved" in err
    assert main.main(["--db", str(db), "--lang", "vi", "approve-round"]) == 2
    err = capsys.readouterr().err
    assert "vòng V1 chưa phê duyệt được" in err and "V1: E6 chưa đủ điểm: J2: chưa chấm" in err
    assert "giải kk: đồng hạng ở ranh giới chưa phân định: E4, E5 cho 1 suất" in err
    assert run(db, "reopen-round", "--reason", "J2 sẽ chấm E6") == 0
    assert "open again" in capsys.readouterr().out


def test_round_must_be_named_only_when_there_are_several(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    assert run(db, "rank", "--round", "V9") == 2
    assert "no round 'V9' (rounds: V1)" in capsys.readouterr().err
    assert run(db, "rank", "--category", "X") == 2
    assert "no category 'X'" in capsys.readouterr().err


def test_advance_from_the_first_of_two_rounds(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    db = build(tmp_path, capsys, TWO_ROUNDS)
    assert run(db, "rank") == 2
    assert "name the round with --round (rounds: V1, V2)" in capsys.readouterr().err
    assert run(db, "advance", "--round", "V1", "--format", "json") == 0
    advanced = json.loads(capsys.readouterr().out)["advanced"]
    assert [(a["entry"], a["final_total"]) for a in advanced] == [
        ("E1", "91.00"),
        ("E3", "81.33"),
        ("E2", "81.33"),
    ]
    assert run(db, "advance", "--round", "V1") == 0
    assert "Advancing from round V1: 3" in capsys.readouterr().out
    payload = rank_json(db, capsys, "--round", "V1")
    assert [r["prize"] for r in payload["results"]] == [None] * 6  # prizes: the last round


def test_approval_stores_the_result_and_who_advances(
    tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    db = build(tmp_path, capsys, TWO_ROUNDS)
    late = tmp_path / "late.csv"
    late.write_text(
        "round,entry,judge,criterion,mark,comment\n"
        + "".join(f"V1,E6,J2,{code},10,\n" for code in CRITERIA),
        encoding="utf-8",
    )
    assert run(db, "import-marks", str(late)) == 0
    assert run(db, "rank", "--round", "V1", "--approved") == 2
    assert "no approved result stored" in capsys.readouterr().err
    assert run(db, "advance", "--round", "V1") == 0
    out = capsys.readouterr().out
    assert "worked out from the marks as they stand" in out
    assert run(db, "close-round", "--round", "V1") == 0
    assert run(db, "approve-round", "--round", "V1", "--by", "Chủ tịch") == 0
    assert "advancing: 3" in capsys.readouterr().out
    # The stored result: exactly the judging-ranking/1 JSON of the round, now approved.
    assert run(db, "rank", "--round", "V1", "--approved") == 0
    stored = json.loads(capsys.readouterr().out)
    assert stored == rank_json(db, capsys, "--round", "V1")
    assert stored["round_status"] == "approved"
    assert [r["entry"] for r in stored["results"] if r["advanced"]] == ["E1", "E3", "E2"]
    # advance now lists the stored decision, with who approved it
    assert run(db, "advance", "--round", "V1", "--format", "json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert [a["entry"] for a in payload["advanced"]] == ["E1", "E3", "E2"]
    assert payload["approved"]["by"] == "Chủ tịch" and payload["unresolved"] == []
    assert main.main(["--db", str(db), "--lang", "vi", "advance", "--round", "V1"]) == 0
    assert "theo kết quả đã lưu khi phê duyệt vòng" in capsys.readouterr().out
    assert run(db, "rank", "--round", "V1", "--approved", "--format", "csv") == 2
    assert "--approved" in capsys.readouterr().err


def _round_status(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        ((status,),) = connection.execute("SELECT status FROM round WHERE code = 'V1'")
    return str(status)


def test_close_round_lists_what_is_missing_and_closes_only_with_yes(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    # E6: J2 never marked it (its sheet not started); everything else is submitted.
    assert run(db, "close-round") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "“Vòng chấm” is not complete: 1 sheet(s) not submitted and 1 entry(ies) cannot be ranked.",
        "  • E6 — Ứng dụng đặt lịch khám: J2: not started",
        "Nothing was changed. To close it anyway (judges can no longer change their marks, "
        "and these entries stay unranked until the round is reopened), run close-round again "
        "with --yes.",
    ]
    assert _round_status(db) == "open"
    assert main.main(["--db", str(db), "--lang", "vi", "close-round"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "“Vòng chấm” chưa chấm xong: 1 phiếu chấm chưa nộp và 1 hồ sơ chưa đủ điểm để xếp hạng.\n"
        "  • E6 — Ứng dụng đặt lịch khám: J2: chưa chấm\n"
    )
    assert "chạy lại close-round kèm --yes" in err
    assert _round_status(db) == "open"

    assert run(db, "close-round", "--yes") == 0
    out = capsys.readouterr().out
    assert "  • E6 — Ứng dụng đặt lịch khám: J2: not started" in out  # closed knowingly
    assert out.endswith("Round V1 is closed: no more marks are taken.\n")
    assert _round_status(db) == "closed"


def test_close_round_without_gaps_closes_at_once(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    late = tmp_path / "late.csv"
    late.write_text(
        "round,entry,judge,criterion,mark,comment\n"
        + "".join(f"V1,E6,J2,{code},10,\n" for code in CRITERIA),
        encoding="utf-8",
    )
    assert run(db, "import-marks", str(late)) == 0
    capsys.readouterr()
    assert run(db, "close-round") == 0
    assert capsys.readouterr().out == "Round V1 is closed: no more marks are taken.\n"
    assert _round_status(db) == "closed"
