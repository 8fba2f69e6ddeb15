"""The data folder worked out without Qt (for a quick command line) is the one QStandardPaths
gives the desktop app, for each way the environment can name it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "xdg_data_home",
    [None, "", "relative/share", "{tmp}/data", "{tmp}/data/"],
    ids=["unset", "empty", "relative", "absolute", "trailing-slash"],
)
def test_the_plain_data_folder_is_qts(
    xdg_data_home: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg_data_home.format(tmp=tmp_path))
    assert paths.plain_data_folder() == paths.qt_data_folder()


def test_a_command_line_process_finds_the_folder_without_loading_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from ui import paths\n"
        "print(paths.data_folder())\n"
        "print('PySide6' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    folder, qt_loaded = done.stdout.splitlines()
    assert Path(folder) == tmp_path / "data" / "judging-desk" / "judging-desk"
    assert Path(folder).is_dir()
    assert qt_loaded == "False"
