"""Opening a judge kit from the file manager (Linux): `register-file-type` writes the
freedesktop type for *.judgekit, a desktop entry running `<launcher> --kit FILE`, and the
default association, all under XDG_DATA_HOME / XDG_CONFIG_HOME (pointed at tmp_path here);
`--remove` takes them away and leaves the person's other associations. Where GIO is installed
(what GNOME's file manager uses), a real kit file is recognised and "opened" through it."""

from __future__ import annotations

import configparser
import json
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytest import CaptureFixture, MonkeyPatch

import main
from judging.kits.format import KIT_SUFFIX
from tests.e2e.test_kits_cli import demo  # noqa: F401 (the demo fixture)
from ui import file_type

MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
OTHER = "text/plain=org.gnome.TextEditor.desktop"


@pytest.fixture
def homes(tmp_path: Path, monkeypatch: MonkeyPatch) -> tuple[Path, Path]:
    data = tmp_path / "dữ liệu home"  # a space and Vietnamese in the path
    config = tmp_path / "config"
    config.mkdir()
    (config / "mimeapps.list").write_text(f"[Default Applications]\n{OTHER}\n", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return data, config


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_register_and_remove_the_kit_file_type(
    homes: tuple[Path, Path], tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    data, config = homes
    db = str(tmp_path / "x.sqlite")
    assert main.main(["--db", db, "--lang", "vi", "register-file-type"]) == 0
    said = capsys.readouterr().out
    assert "Từ nay tệp bộ hồ sơ giám khảo (*.judgekit) được mở bằng" in said

    package = data / "mime" / "packages" / "judging-desk.xml"
    mime_type = ET.parse(package).getroot().find(f"{MIME}mime-type")
    assert mime_type is not None and mime_type.get("type") == "application/x-judging-kit"
    glob = mime_type.find(f"{MIME}glob")
    assert glob is not None and glob.get("pattern") == f"*{KIT_SUFFIX}"
    parent = mime_type.find(f"{MIME}sub-class-of")
    assert parent is not None and parent.get("type") == "application/zip"

    entry = desktop_entry(data / "applications" / "judging-desk.desktop")
    launcher = Path(__file__).resolve().parents[2] / "judging-desk"
    assert entry["Exec"] == f"{launcher} --kit %f"
    assert entry["MimeType"] == "application/x-judging-kit;"
    assert entry["Name[vi]"] == "Bàn chấm giải"
    assert (entry["Type"], entry["NoDisplay"]) == ("Application", "true")
    listed = (config / "mimeapps.list").read_text(encoding="utf-8")
    assert OTHER in listed
    assert "application/x-judging-kit=judging-desk.desktop\n" in listed
    if shutil.which("update-mime-database"):  # the desktop's database was brought up to date
        assert (data / "mime" / "application" / "x-judging-kit.xml").is_file()
        assert f"*{KIT_SUFFIX}" in (data / "mime" / "globs2").read_text(encoding="utf-8")

    assert main.main(["--db", db, "--lang", "en", "register-file-type", "--remove"]) == 0
    assert "Removed" in capsys.readouterr().out
    assert not package.exists()
    assert not (data / "applications" / "judging-desk.desktop").exists()
    listed = (config / "mimeapps.list").read_text(encoding="utf-8")
    assert OTHER in listed and "judging-kit" not in listed


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says() -> None:
    assert file_type.exec_argument("/opt/judging-desk") == "/opt/judging-desk"
    assert file_type.exec_argument("/home/an nguyen/jd") == '"/home/an nguyen/jd"'
    # inside quotes `$` is escaped with a backslash, and every backslash is doubled again
    assert file_type.exec_argument("/tmp/$x") == '"/tmp/\\\\$x"'


@pytest.mark.skipif(shutil.which("gio") is None, reason="GIO (GNOME's file opener) not here")
def test_a_real_kit_is_recognised_and_opened_through_gio(
    homes: tuple[Path, Path],
    demo: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    kit = tmp_path / "bộ hồ sơ" / "GK05 của tôi.judgekit"
    kit.parent.mkdir()
    assert main.main(["--db", str(demo), "export-kit", "--judge", "GK05", "--out", str(kit)]) == 0
    # a stand-in launcher in a folder with a space: it records how it was started, writing
    # aside and renaming, so the test never reads the record half written
    recorder = tmp_path / "chương trình" / "launcher.py"
    recorder.parent.mkdir()
    recorder.write_text(
        "import json, os, pathlib, sys\n"
        "record = pathlib.Path(sys.argv[0]).with_name('argv.json')\n"
        "aside = record.with_name('argv.json.part')\n"
        "aside.write_text(json.dumps(sys.argv[1:]))\n"
        "os.replace(aside, record)\n",
        encoding="utf-8",
    )
    file_type.register((sys.executable, str(recorder)))
    info = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(kit)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "standard::content-type: application/x-judging-kit" in info.stdout
    subprocess.run(["gio", "open", str(kit)], check=True, timeout=60)
    argv = recorder.with_name("argv.json")
    deadline = time.monotonic() + 60
    while not argv.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert json.loads(argv.read_text(encoding="utf-8")) == ["--kit", str(kit)]
