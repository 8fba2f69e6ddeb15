"""Opening an attachment from a database someone sent (issue 12, defect 1): the copy handed to
the system viewer stays inside the copies folder whatever id and name the database holds, and
only a file whose content is a PDF or an image is handed over at all."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.errors import InputError
from judging.model import Entry
from judging.problems import ProblemCode as P
from tests.ui.test_setup import FakePrompter, competition
from ui.bus import ChangeBus
from ui.setup import attachments_dialog
from ui.setup.attachments_dialog import AttachmentsDialog

pytestmark = pytest.mark.usefixtures("english")


def png_bytes() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def tamper(db_path: Path, **columns: str | bytes) -> None:
    """Change the one attachment row behind the program's back, as a sent database could."""
    sets = ", ".join(f"{name} = ?" for name in columns)
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"UPDATE attachment SET {sets}", tuple(columns.values()))
    connection.close()


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The copies folder, four levels down, so that ``../../../../x`` would still land inside
    ``tmp_path`` where the test can see it."""
    folder = tmp_path / "a" / "b" / "c" / "d" / "copies"
    folder.mkdir(parents=True)
    monkeypatch.setattr(attachments_dialog, "copies_folder", lambda: folder)
    return folder


def open_dialog(
    qtbot: QtBot, services: Services, prompter: FakePrompter, opened: list[QUrl]
) -> AttachmentsDialog:
    dialog = AttachmentsDialog(
        services,
        ChangeBus(),
        "E001",
        prompter,
        open_url=lambda url: opened.append(url) or True,
    )
    qtbot.addWidget(dialog)
    return dialog


def add_attachment(services: Services, tmp_path: Path, name: str, data: bytes) -> None:
    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc nước mưa", category="KTCN"))
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_bytes(data)
    services.setup.add_attachment("E001", source)


def test_an_id_and_a_name_that_climb_out_stay_in_the_copies_folder(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, copies: Path
) -> None:
    add_attachment(services, tmp_path, "anh.png", png_bytes())
    tamper(db_path, uuid="../../../../x", filename="../../evil.sh")
    before = files_under(tmp_path)
    opened: list[QUrl] = []
    prompter = FakePrompter()
    dialog = open_dialog(qtbot, services, prompter, opened)

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert prompter.warnings == []
    new = files_under(tmp_path) - before
    assert len(new) == 1
    (copy,) = new
    assert copy.resolve().is_relative_to(copies.resolve())
    assert copy.read_bytes() == png_bytes()
    # the content is a PNG: the viewer is given a .png, never a .sh
    assert copy.name == "evil.png"
    assert [Path(url.toLocalFile()) for url in opened] == [copy]
    assert not (tmp_path / "a" / "x").exists()


@pytest.mark.parametrize("name", ["..", ".", "", "/", "\x00\n", "../../../.."])
def test_a_name_that_is_only_dots_or_slashes_gets_a_plain_name(
    qtbot: QtBot,
    services: Services,
    db_path: Path,
    tmp_path: Path,
    copies: Path,
    name: str,
) -> None:
    add_attachment(services, tmp_path, "thuyet-minh.pdf", b"%PDF-1.4\n%%EOF\n")
    tamper(db_path, uuid="..", filename=name)
    before = files_under(tmp_path)
    opened: list[QUrl] = []
    dialog = open_dialog(qtbot, services, FakePrompter(), opened)

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    (copy,) = files_under(tmp_path) - before
    assert copy.resolve().is_relative_to(copies.resolve())
    assert copy.parent != copies and copy.parent.parent == copies
    assert copy.suffix == ".pdf"


def test_a_script_that_calls_itself_an_image_is_not_handed_to_the_viewer(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, copies: Path
) -> None:
    add_attachment(services, tmp_path, "anh.png", png_bytes())
    tamper(db_path, data=b"#!/bin/sh\nrm -rf ~\n", filename="anh.png")
    opened: list[QUrl] = []
    prompter = FakePrompter()
    dialog = open_dialog(qtbot, services, prompter, opened)

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert opened == []
    assert files_under(copies) == set()
    assert len(prompter.warnings) == 1
    assert (
        "anh.png" in prompter.warnings[0] and "not a PDF file or an image" in prompter.warnings[0]
    )


def test_a_file_whose_content_is_not_what_its_name_says_is_not_attached(
    services: Services, tmp_path: Path
) -> None:
    """Checked by content when added too: a script named .png is refused, nothing stored."""
    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc nước mưa", category="KTCN"))
    script = tmp_path / "anh.png"
    script.write_bytes(b"#!/bin/sh\nrm -rf ~\n")
    with pytest.raises(InputError) as refused:
        services.setup.add_attachment("E001", script)
    assert refused.value.code is P.ATTACHMENT_UNKNOWN_CONTENT
    assert "nội dung không phải tệp PDF hay ảnh" in refused.value.text("vi")
    assert services.setup.attachments("E001") == []


def test_an_attachment_over_its_bound_is_refused_before_it_is_read(
    services: Services, tmp_path: Path
) -> None:
    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc nước mưa", category="KTCN"))
    big = tmp_path / "ban-ve.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(51 * 2**20)  # sparse: nothing to read unless the program reads it
    with pytest.raises(InputError) as refused:
        services.setup.add_attachment("E001", big)
    assert refused.value.code is P.ATTACHMENT_TOO_LARGE
    assert services.setup.attachments("E001") == []
