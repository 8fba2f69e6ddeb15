"""The built program (``scripts/build_app.sh --smoke``), tried as a judge's laptop would run
it: the folder copied where there is no virtual environment, started with a bare environment
(no PYTHONPATH, no venv on PATH, a home folder of its own), offscreen. It shows its version,
makes and reads a database, draws its window, and scores through a judge kit that the source
tree exported; the source tree takes the score file back in.

Runs only where ``JUDGING_BUILT`` names the built folder (the build takes a minute: it is a
step of .ci/run, not of every test run)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import main
from db.database import open_database
from judging import __version__
from judging.app import build_services
from judging.scoring.demo import demo_mark
from judging.scoring.model import SheetState

BUILT = os.environ.get("JUDGING_BUILT", "")

pytestmark = pytest.mark.skipif(
    not BUILT, reason="JUDGING_BUILT not set (scripts/build_app.sh --smoke sets it)"
)


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder, copied away from the source tree and its virtual environment."""
    target = tmp_path_factory.mktemp("laptop") / "judging-desk"
    shutil.copytree(BUILT, target, symlinks=True)
    return target / ("judging-desk.exe" if os.name == "nt" else "judging-desk")


def run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The built program with a bare environment: nothing of this test's Python reaches it."""
    home.mkdir(exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(program), *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_version_database_and_window(program: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shown = run(program, home, "--version")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"judging-desk {__version__}"

    db = tmp_path / "giai-thuong.sqlite"
    made = run(program, home, "--db", str(db), "--lang", "vi", "demo")
    assert made.returncode == 0, made.stderr
    assert "Giải thưởng Sáng kiến cộng đồng 2026" in made.stdout  # Vietnamese intact
    info = run(program, home, "--db", str(db), "--lang", "en", "info")
    assert info.returncode == 0, info.stderr
    assert "SKCD-2026" in info.stdout and "Integrity check: ok" in info.stdout

    # what Help opens, offline: the guides and their pictures travel inside the folder
    internal = program.parent / "_internal"
    for guide in ("huong-dan-ban-to-chuc.md", "huong-dan-giam-khao.md", "user-guide.md"):
        assert (internal / "docs" / guide).is_file(), guide
    assert (internal / "docs" / "screenshots" / "kit-walkthrough.png").is_file()

    shot = tmp_path / "cua-so.png"
    drawn = run(program, home, "--db", str(db), "--screenshot", str(shot), "--view", "results")
    assert drawn.returncode == 0, drawn.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 700
    # drawn, not blank: the window has more than a handful of colours in it
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 400, 7)}
    assert len(colours) > 20


def test_a_kit_from_the_source_tree_is_scored_with_the_built_program(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    organiser = tmp_path / "organiser.sqlite"
    assert main.main(["--db", str(organiser), "--lang", "en", "demo"]) == 0
    judge = "GK03"
    database = open_database(str(organiser))
    try:
        services = build_services(database.uow_factory, location=str(organiser))
        criteria = services.core.require_competition().rounds[0].criteria
        sheets = services.scoring.judge_sheets("SK", judge).sheets
        todo = [s.entry_code for s in sheets if s.state is SheetState.NOT_STARTED]
    finally:
        database.close()
    assert todo
    kit = tmp_path / "GK03.judgekit"
    args = ["--db", str(organiser), "export-kit", "--round", "SK", "--judge", judge]
    assert main.main([*args, "--out", str(kit)]) == 0

    rows = ["round,entry,judge,criterion,mark,comment"]
    rows += [
        f"SK,{entry},{judge},{c.code},{demo_mark(c, entry, judge)},Đã xem kỹ hồ sơ"
        for entry in todo
        for c in criteria
    ]
    marks = tmp_path / "diem.csv"
    marks.write_text("\n".join(rows) + "\n", encoding="utf-8")
    home = tmp_path / "judge-home"
    typed = run(program, home, "--kit", str(kit), "--lang", "vi", "import-marks", str(marks))
    assert typed.returncode == 0, typed.stderr
    scores = tmp_path / "diem-GK03.json"
    sent = run(
        program, home, "--kit", str(kit), "--lang", "vi", "export-scorefile", "--out", str(scores)
    )
    assert sent.returncode == 0, sent.stderr
    assert str(scores) in sent.stdout
    # the kit's own database went into the judge's data folder, not beside the kit
    assert any(home.rglob("*.sqlite"))

    capsys.readouterr()
    assert main.main(["--db", str(organiser), "--lang", "en", "import-scorefile", str(scores)]) == 0
    said = capsys.readouterr().out
    count = len(todo) * len(criteria)
    assert f"judge {judge}, round SK, score file no. 1: {count} new marks, 0 changed" in said
