"""Issue 12, defect 3, each reproduction as it was reported, through the command line: every one
is now a clear refusal (exit 2, the line or row and the key named) that changes nothing, and
the numbers at the documented bounds still work end to end."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest import CaptureFixture

import main
from tests.fuzz.conftest import World
from tests.fuzz.harness import digest

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main.main(["--db", str(db), "--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def definition_with(world: World, old: str, new: str, count: int = 1) -> str:
    assert old in world.definition
    return world.definition.replace(old, new, count)


@pytest.fixture
def demo(world: World, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(world.demo, path)
    return path


FIRST_CRITERION = "max = 30\nstep = 1\nweight = 1"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            FIRST_CRITERION,
            "max = 1000000000000000\nstep = 1\nweight = 1",
            "max must be at most 1000",
        ),
        ("judges_per_entry = 3", "judges_per_entry = 99999999999999999999", "at most 100"),
        (FIRST_CRITERION, "max = 30\nstep = 1\nweight = 1e999999", "weight must be at most 1000"),
        (FIRST_CRITERION, "max = 30\nstep = 1\nweight = 1e-999999", "more than 6 decimal places"),
        (FIRST_CRITERION, "max = 30\nstep = 1\nweight = 1E+999999999", "at most 1000"),
        ("panel_places = 2", "panel_places = 99999999999", "panel_places must be at most 6"),
        ("count = 1\n", "count = 1000000000000000000000\n", "count must be at most 100000"),
    ],
)
def test_a_definition_number_out_of_bounds_is_refused_at_init(
    world: World, tmp_path: Path, capsys: CaptureFixture[str], old: str, new: str, said: str
) -> None:
    path = tmp_path / "definition.toml"
    path.write_text(definition_with(world, old, new), encoding="utf-8")
    db = tmp_path / "new.sqlite"
    started = time.monotonic()
    code, text = run(capsys, db, "init", "--definition", str(path))
    assert (code, time.monotonic() - started < 10) == (2, True), text
    assert said in text and re.search(r"definition\.toml:\d+", text), text
    assert "Traceback" not in text
    assert run(capsys, db, "info")[0] in (0, 2)  # no competition was stored
    assert "SKCD-2026" not in run(capsys, db, "info")[1]


def test_a_definition_three_thousand_arrays_deep_is_refused(
    world: World, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(world.definition + "\nx = " + "[" * 3000 + "]" * 3000 + "\n", "utf-8")
    code, text = run(capsys, tmp_path / "new.sqlite", "init", "--definition", str(path))
    assert code == 2, text
    assert "nested more than 32 levels deep" in text and "deep.toml:" in text


def test_a_map_file_three_thousand_arrays_deep_is_refused(
    world: World, demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    entries = tmp_path / "entries.csv"
    entries.write_text(world.entries_for_map, encoding="utf-8")
    mapping = tmp_path / "map.toml"
    mapping.write_text(world.map_toml + "x = " + "[" * 3000 + "]" * 3000 + "\n", "utf-8")
    before = digest(demo)
    code, text = run(capsys, demo, "import-entries", "--map", str(mapping), str(entries))
    assert code == 2, text
    assert "nested more than 32 levels deep" in text
    assert digest(demo) == before


@pytest.mark.parametrize("mark", ["2_5", "\u0662\u0665", "\uff12\uff15", "25e0", "1e1", "2 5"])
def test_marks_in_other_digits_or_with_separators_are_not_25(
    world: World, demo: Path, tmp_path: Path, capsys: CaptureFixture[str], mark: str
) -> None:
    line = next(r for r in world.marks_csv.splitlines()[1:] if r.split(",")[4] != "25")
    cells = line.split(",")
    cells[4] = mark
    path = tmp_path / "marks.csv"
    path.write_text("round,entry,judge,criterion,mark,comment\n" + ",".join(cells) + "\n", "utf-8")
    before = digest(demo)
    code, text = run(capsys, demo, "import-marks", str(path))
    assert code == 2, text
    assert "row 2" in text or "line 2" in text, text
    assert digest(demo) == before


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("1E+99999999", "not a number"),
        ("1E+999999999", "not a number"),
        ("1_0", "not a number"),
        ("\uff11\uff10", "not a number"),
        ("1000000000000000", "too many digits"),
        ("1000000001", "outside the range 0 to 1000000000"),
        ("0.00001", "at most 4 decimal places"),
    ],
)
def test_component_values_out_of_syntax_or_range_are_refused(
    world: World, demo: Path, tmp_path: Path, capsys: CaptureFixture[str], value: str, said: str
) -> None:
    path = tmp_path / "components.csv"
    entry = world.components_csv.splitlines()[1].split(",")[1]
    path.write_text(f"round,entry,component,value\nSK,{entry},binh_chon,{value}\n", "utf-8")
    size, before = demo.stat().st_size, digest(demo)
    code, text = run(capsys, demo, "import-components", str(path))
    assert code == 2, text
    assert said in text and "row 2" in text, text
    assert digest(demo) == before
    assert demo.stat().st_size <= size + 64 * 1024  # not 100 MB


def test_numbers_at_their_bounds_work_end_to_end(
    world: World, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    """max 1000 with a mark at that maximum, weight 1000, 100 judges an entry: init, a mark at
    the maximum, rank: all exit 0 (the mark at 10¹⁵ used to end in an OverflowError)."""
    text = definition_with(world, FIRST_CRITERION, "max = 1000\nstep = 0.0001\nweight = 1000")
    text = text.replace("judges_per_entry = 5", "judges_per_entry = 100")
    first_band = r"(\[\[rounds\.criteria\.bands\]\]\nmin = \d+\nmax = )30\n"
    text = re.sub(first_band, r"\g<1>1000\n", text, count=1)
    path = tmp_path / "bounds.toml"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "bounds.sqlite"
    code, said = run(capsys, db, "init", "--definition", str(path))
    assert code == 0, said
    for name, rows in (
        ("entries.csv", "code,title,category\nA1,Giải pháp thử,QLNN\n"),
        ("judges.csv", "code,name\nJ1,Giám khảo Một\n"),
        ("assignments.csv", "round,judge,entry\nSK,J1,A1\n"),
    ):
        (tmp_path / name).write_text(rows, encoding="utf-8")
    assert run(capsys, db, "import-entries", str(tmp_path / "entries.csv"))[0] == 0
    assert run(capsys, db, "import-judges", str(tmp_path / "judges.csv"))[0] == 0
    assert run(capsys, db, "import-assignments", str(tmp_path / "assignments.csv"))[0] == 0
    marks = tmp_path / "marks.csv"
    marks.write_text(
        "round,entry,judge,criterion,mark\nSK,A1,J1,tinh_moi,1000\nSK,A1,J1,kha_nang_ap_dung,30\n"
        "SK,A1,J1,hieu_qua,30\nSK,A1,J1,kha_nang_nhan_rong,10\n",
        "utf-8",
    )
    code, said = run(capsys, db, "import-marks", str(marks))
    assert code == 0, said
    code, said = run(capsys, db, "rank", "--round", "SK", "--drafts", "--format", "csv")
    assert code == 0, said
    assert ",1000070.00," in said  # 1000 × weight 1000 + 30 + 30 + 10, exact


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "vi", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_through_the_command_line_a_refusal_is_exit_2_in_vietnamese(
    world: World, demo: Path, tmp_path: Path
) -> None:
    """In a process of its own: exit statuses and the Vietnamese message, no traceback."""
    path = tmp_path / "weight.toml"
    path.write_text(
        definition_with(world, FIRST_CRITERION, "max = 30\nstep = 1\nweight = 1e999999")
    )
    done = cli("--db", str(tmp_path / "new.sqlite"), "init", "--definition", str(path))
    assert done.returncode == 2, done.stderr
    assert "weight không được lớn hơn 1000 (1E+999999)" in done.stderr
    assert "Traceback" not in done.stderr

    marks = tmp_path / "marks.csv"
    line = world.marks_csv.splitlines()[1].split(",")
    line[4] = "\uff12\uff15"
    marks.write_text("round,entry,judge,criterion,mark,comment\n" + ",".join(line) + "\n", "utf-8")
    done = cli("--db", str(demo), "import-marks", str(marks))
    assert done.returncode == 2, done.stderr
    assert "không phải là số" in done.stderr and "Traceback" not in done.stderr
