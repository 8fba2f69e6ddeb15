"""Reading commands on an up-to-date database load only what they use (issue 13, item 4):
no Alembic or its template engine, no Qt, no file-format library; ``info``, ``entries`` and
``rank`` (all its formats) read through SQLAlchemy Core without the ORM or the mapped classes;
each command loads the
repositories of the areas it reads, not all of them. Structural, never timed: the modules
loaded are read back from the command's own process."""

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
from tests.approved_demo import approved_demo_file

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

#: Modules ``info`` and ``entries`` do without: the ORM, the mapped classes, the domain modules
#: of the areas they do not read.
NOT_FOR_LISTINGS = (
    "sqlalchemy.orm",
    "db.models",
    "db.types",
    "judging.scoring.model",
    "judging.ranking.engine",
    "judging.setup.definition",
)

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


def _modules(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    """The exit status of a command run in a fresh interpreter and every module it loaded."""
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
    return int(result["status"]), set(result["modules"])


def _loaded(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    """The exit status and the top-level packages loaded."""
    status, modules = _modules(tmp_path, *argv)
    return status, {name.split(".")[0] for name in modules}


def _under(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


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


@pytest.mark.parametrize("arguments", [["info"], ["entries"]], ids=["info", "entries"])
def test_the_listings_load_no_orm_and_no_mapped_class(
    arguments: list[str], demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    status, modules = _modules(tmp_path, "--lang", "en", "--db", str(path), *arguments)
    assert status == 0
    assert "sqlalchemy.engine" in modules and "db.uow" in modules  # it did read the database
    assert _under(modules, NOT_FOR_LISTINGS) == []
    assert _under(modules, ("db.repositories",)) == ["db.repositories", "db.repositories.listing"]


#: Modules ``rank`` does without: the ORM, the mapped classes, the areas it does not read.
NOT_FOR_RANK = (
    "sqlalchemy.orm",
    "db.models",
    "db.repositories.core",
    "judging.scoring.model",
    "judging.setup.definition",
)

RANK_COMMANDS = [
    pytest.param(["rank", "--round", "SK"], id="table"),
    pytest.param(["rank", "--round", "SK", "--format", "json"], id="json"),
    pytest.param(["rank", "--round", "SK", "--format", "csv", "--sep", ";"], id="csv"),
    pytest.param(["rank", "--round", "SK", "--drafts", "--category", "KTCN"], id="drafts-category"),
    pytest.param(["rank"], id="only-round"),  # the round found from the definition
]


@pytest.fixture(scope="module")
def approved_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return approved_demo_file(tmp_path_factory.mktemp("approved"))


@pytest.mark.parametrize("arguments", RANK_COMMANDS)
def test_rank_loads_no_orm_and_no_mapped_class(
    arguments: list[str], approved_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(approved_file, path)
    out = tmp_path / "out.txt"
    argv = ["--lang", "en", "--db", str(path), *arguments, "--out", str(out)]
    status, modules = _modules(tmp_path, *argv)
    assert status == 0
    assert "judging.ranking.engine" in modules  # it did rank
    assert "HS-0" in out.read_text(encoding="utf-8")  # and wrote the ranking
    assert _under(modules, NOT_FOR_RANK) == []
    assert _under(modules, ("db.repositories",)) == [
        "db.repositories",
        "db.repositories.definition",  # the competition's definition, read through Core
        "db.repositories.listing",
        "db.repositories.ranking",
        "db.repositories.source",  # what the ranking area is given: the unit of work
    ]


def test_rank_approved_loads_no_orm(approved_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(approved_file, path)
    out = tmp_path / "approved.json"
    argv = ["--lang", "en", "--db", str(path), "rank", "--approved", "--out", str(out)]
    status, modules = _modules(tmp_path, *argv)
    assert status == 0
    assert json.loads(out.read_text(encoding="utf-8"))["round"] == "SK"
    assert _under(modules, NOT_FOR_RANK) == []


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
