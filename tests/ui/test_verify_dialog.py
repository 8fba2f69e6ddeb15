"""The Verify certificate dialog, driven through its real widgets inside ``exec()``: a code
typed as printed is answered in Vietnamese words (who, which prize, which entry, when); a code
never issued is refused in Vietnamese, and nothing English reaches the screen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.database import open_database
from judging.app import Services, build_services
from judging.certificates.model import Certificate
from tests.approved_demo import copy_of_approved_demo
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from ui.certificates.verify_dialog import VerifyCertificateDialog, open_verify_dialog

ENGLISH = re.compile(r"\b(Valid|VOID|Awarded|Prize|Entry|Round|Issued|certificate|Verify)\b")


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


@pytest.fixture
def issued(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Services, list[Certificate]]]:
    folder = tmp_path_factory.getbasetemp() / "approved-demo"
    folder.mkdir(exist_ok=True)
    database = open_database(str(copy_of_approved_demo(folder, tmp_path / "demo.sqlite")))
    services = build_services(database.uow_factory, location=database.location)
    yield services, list(services.certificates.issue().certificates)
    database.close()


@dataclass
class Seen:
    title: str
    button: str
    answer: str
    certificate: Certificate | None


def _verify_in_dialog(qtbot: QtBot, services: Services, typed: str) -> Seen:
    """Open the dialog as the Certificates section does, type ``typed`` into the real line
    edit, press the real Verify button, read the answer, press Close."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[Seen] = []

    def type_and_verify(dialog: VerifyCertificateDialog) -> None:
        assert not dialog.verify_button.isEnabled()  # nothing typed yet
        qtbot.keyClicks(dialog.code, typed)
        assert dialog.verify_button.isEnabled()
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
        seen.append(
            Seen(
                dialog.windowTitle(),
                dialog.verify_button.text(),
                dialog.answer.text(),
                dialog.certificate,
            )
        )
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    opened = when_modal(VerifyCertificateDialog, type_and_verify)
    open_verify_dialog(parent, services, None)
    assert len(opened) == 1 and len(seen) == 1
    return seen[0]


def test_a_printed_code_says_whose_certificate_it_is_in_vietnamese(
    qtbot: QtBot, issued: tuple[Services, list[Certificate]], vietnamese: None
) -> None:
    services, certificates = issued
    certificate = certificates[1]
    typed = certificate.verification_code.lower()  # as a person types it off the paper
    seen = _verify_in_dialog(qtbot, services, typed)
    assert seen.title == "Kiểm tra giấy chứng nhận"
    assert seen.button == "Kiểm tra"
    assert seen.certificate == certificate
    answer = seen.answer
    assert f"Giấy chứng nhận số {certificate.serial} còn hiệu lực" in answer
    for label, value in (
        ("Trao cho", certificate.recipient),
        ("Giải", certificate.values["prize"]),
        ("Tác phẩm", certificate.values["entry_title"]),
        ("Vòng thi", "Vòng sơ khảo"),
        ("Cuộc thi", "Giải thưởng Sáng kiến cộng đồng 2026"),
        ("Ngày cấp", certificate.values["date"]),
    ):
        assert f"{label}:</td><td><b>{value}</b>" in answer
    assert not ENGLISH.search(re.sub(r"<[^>]+>", " ", answer))


def test_a_code_never_issued_is_refused_in_vietnamese(
    qtbot: QtBot, issued: tuple[Services, list[Certificate]], vietnamese: None
) -> None:
    services, _ = issued
    seen = _verify_in_dialog(qtbot, services, "ZZZZ-ZZZZ-ZZZZ")
    assert seen.certificate is None
    answer = re.sub(r"<[^>]+>", " ", seen.answer)
    assert "Không phải giấy chứng nhận do cơ sở dữ liệu này cấp" in answer
    assert "Chưa từng cấp giấy chứng nhận nào có mã xác minh ZZZZ-ZZZZ-ZZZZ" in answer
    assert not ENGLISH.search(answer)
