"""Reading commands on an up-to-date database load only what they use (issue 13, item 4):
no Alembic or its template engine, no Qt, no file-format library. Structural, never timed:
the modules loaded are read back from the command's own process."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

import main
from db.migrate import alembic_config, head_revision

ROOT = Path(__file__).resolve().parents[2]

#: Top-level packages a reading command must not load.
HEAVY = (
    "alembic",
    "mako",
    "pygments",
    "PySide6",
    "shiboken6",
    "openpyxl",
    "docx",
    "lxml",
    "numpy",
    "pyqtgraph",
    "segno",
    "PIL",
)

#: Runs one command in a fresh interpreter, then writes the modules it loaded.
RUNNER = """
import json, sys
import main
status = main.main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as handle:
    json.dump({"status": status, "modules": sorted(sys.modules)}, handle)
"""

COMMANDS = [
    pytest.param(["info"], id="info"),
    pytest.param(["rank", "--round", "SK"], id="rank"),
    pytest.param(["entries"], id="entries"),
]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main.main(["--db", str(path), "--lang", "en", "demo"]) == 0
    return path


def _loaded(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(report), *argv],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert report.exists(), done.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    return int(result["status"]), {name.split(".")[0] for name in result["modules"]}


def _revision(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]


@pytest.mark.parametrize("arguments", COMMANDS)
def test_a_reading_command_loads_no_migration_qt_or_file_format_library(
    arguments: list[str], demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    status, packages = _loaded(tmp_path, "--lang", "en", "--db", str(path), *arguments)
    assert status == 0
    assert "sqlalchemy" in packages and "judging" in packages  # it did the work
    assert sorted(packages & set(HEAVY)) == []


def test_an_older_file_still_loads_alembic_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "edition-2025.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    status, packages = _loaded(tmp_path, "--lang", "en", "--db", str(path), "info")
    assert status == 0
    assert "alembic" in packages
    assert _revision(path) == [head_revision()]


def test_a_new_file_is_made_with_alembic_and_then_opened_without(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    status, packages = _loaded(tmp_path, "--lang", "en", "--db", str(path), "info")
    assert status == 0 and "alembic" in packages
    assert _revision(path) == [head_revision()]
    status, packages = _loaded(tmp_path, "--lang", "en", "--db", str(path), "info")
    assert status == 0 and "alembic" not in packages
