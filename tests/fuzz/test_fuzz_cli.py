"""A few mutated files through the real command line, each in a process of its own: the exit
status is 0 (accepted) or 2 (refused, a message on stderr), never 4 or a traceback, and a
refusal leaves the database as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.conftest import World
from tests.fuzz.harness import digest
from tests.fuzz.mutations import mutated_text

ROOT = Path(__file__).resolve().parents[2]

CLI = settings(
    derandomize=True,
    max_examples=5,
    deadline=timedelta(seconds=60),  # a whole process: Python, Qt-free imports, the database
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "vi", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def check(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode in (0, 2), (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    if done.returncode == 2:
        assert done.stderr.strip(), "a refusal says why"


@pytest.mark.parametrize(
    ("command", "seed", "name"),
    [
        ("import-marks", "marks_csv", "marks.csv"),
        ("import-components", "components_csv", "components.csv"),
        ("init", "definition", "definition.toml"),
    ],
)
@CLI
@given(data=st.data())
def test_mutated_files_through_the_command_line_exit_0_or_2(
    world: World, tmp_path: Path, command: str, seed: str, name: str, data: st.DataObject
) -> None:
    text = data.draw(mutated_text(getattr(world, seed), toml=name.endswith(".toml")))
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        db = Path(folder) / "db.sqlite"
        shutil.copyfile(world.empty if command == "init" else world.demo, db)
        before = digest(db)
        args = ["--definition", str(path)] if command == "init" else [str(path)]
        done = cli("--db", str(db), command, *args)
        check(done)
        if done.returncode == 2:
            assert digest(db) == before
