"""Certificates from the command line, as a new user would: on the demo after its round is
approved, `certificates` issues them (refusing an unapproved round with a clear reason),
`verify-certificate` says whose a code is or refuses one never issued, and templates are
listed, exported and imported."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pytest import CaptureFixture

import main
from tests.approved_demo import copy_of_approved_demo


@pytest.fixture
def db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.getbasetemp() / "approved-demo"
    folder.mkdir(exist_ok=True)
    return copy_of_approved_demo(folder, tmp_path / "demo.sqlite")


def run(db: Path, *args: str, lang: str = "en") -> int:
    return main.main(["--db", str(db), "--lang", lang, *args])


def stored_codes(db: Path) -> list[tuple[str, str, str, int]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT serial, verification_code, recipient, void FROM issued_certificate"
            " ORDER BY sequence"
        ).fetchall()


def issue_through_the_service(db: Path) -> list[tuple[str, str, str, int]]:
    """Issue without drawing (the PDF writer is the painter's, tested where it lives)."""
    from db.database import open_database
    from judging.app import build_services

    database = open_database(str(db))
    try:
        build_services(database.uow_factory, location=database.location).certificates.issue()
    finally:
        database.close()
    return stored_codes(db)


def test_verify_certificate_says_whose_it_is_in_either_language(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    serial, code, recipient, _ = issue_through_the_service(db)[0]
    typed = f"{code[:4]}-{code[4:8]}-{code[8:]}".lower()
    assert run(db, "verify-certificate", typed) == 0
    out = capsys.readouterr().out
    assert f"Certificate {serial}: valid" in out
    assert f"Awarded to:  {recipient}" in out
    assert "Prize:       Giải Nhất" in out
    assert "Round:       Vòng sơ khảo" in out
    assert "Competition: Giải thưởng Sáng kiến cộng đồng 2026" in out
    assert run(db, "verify-certificate", code, lang="vi") == 0
    out = capsys.readouterr().out
    assert f"Giấy chứng nhận số {serial}: còn hiệu lực" in out
    assert f"Trao cho:    {recipient}" in out and "Giải:        Giải Nhất" in out


def test_verify_certificate_refuses_a_code_never_issued(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    issue_through_the_service(db)
    assert run(db, "verify-certificate", "ZZZZ-ZZZZ-ZZZZ") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no certificate was ever issued with the verification code ZZZZ-ZZZZ-ZZZZ" in (
        captured.err
    )
    assert run(db, "verify-certificate", "ZZZZ-ZZZZ-ZZZZ", lang="vi") == 2
    assert "chưa từng cấp giấy chứng nhận nào có mã xác minh" in capsys.readouterr().err


def test_certificates_refuses_an_unapproved_round(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    assert run(db, "reopen-round", "--reason", "Bổ sung điểm") == 0
    capsys.readouterr()
    out = tmp_path / "giay.pdf"
    assert run(db, "certificates", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "round SK is open, not approved" in err and "approve-round" in err
    assert run(db, "certificates", "--out", str(out), lang="vi") == 2
    assert "vòng SK chưa được phê duyệt (trạng thái: đang mở)" in capsys.readouterr().err
    assert not out.exists() and stored_codes(db) == []


def test_certificates_refuses_an_output_in_a_missing_folder(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    assert run(db, "certificates", "--out", str(tmp_path / "khong-co" / "giay.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_templates_are_listed_exported_and_imported(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    assert run(db, "certificate-templates") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        "i-star",
        "sang-kien-cong-dong",
        "sang-tao-nha-nong",
    ]
    assert lines[1].endswith("A4 landscape (default)")
    out = tmp_path / "mau.toml"
    assert run(db, "export-certificate-template", "i-star", "--out", str(out)) == 0
    capsys.readouterr()
    text = out.read_text("utf-8").replace('code = "i-star"', 'code = "istar-2027"')
    out.write_text(text.replace("Giải thưởng I-Star", "I-Star 2027"), "utf-8")
    assert run(db, "import-certificate-template", str(out), lang="vi") == 0
    assert "Đã lưu mẫu giấy chứng nhận istar-2027" in capsys.readouterr().out
    assert run(db, "certificate-templates") == 0
    assert "istar-2027\tGiấy chứng nhận — I-Star 2027" in capsys.readouterr().out
    out.write_text(text.replace("size = 40", "size = 400"), "utf-8")
    assert run(db, "import-certificate-template", str(out)) == 2
    err = capsys.readouterr().err
    assert "mau.toml: the certificate template has 1 problem(s)" in err
    assert re.search(r"mau\.toml:\d+: fields\[\d+\]\.size = 400 is outside 4 to 200", err)


def test_certificates_to_one_pdf_and_to_a_folder(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str], qapp: object
) -> None:
    # ``qapp``: the tests' QApplication, so that the command paints with it rather than make
    # a QGuiApplication of its own that would outlive this test.
    pytest.importorskip("ui.publish.certificates")  # the painter's writers (issue 10)
    out = tmp_path / "giay-chung-nhan.pdf"
    assert run(db, "certificates", "--out", str(out)) == 0
    said = capsys.readouterr().out
    issued = stored_codes(db)
    assert f"{len(issued)} certificate(s) SKCD-2026-0001 … SKCD-2026-{len(issued):04d}" in said
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for serial, _code, recipient, _void in issued:
        assert f"Số: {serial}" in text
        for name in recipient.split(", "):
            assert name in text
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    # Issued again into a folder, per entry: the same serials, a file each.
    folder = tmp_path / "tung-nguoi"
    assert run(db, "certificates", "--out", str(folder), lang="vi") == 0
    assert stored_codes(db) == issued
    assert len(list(folder.glob("*.pdf"))) == len(issued)


def test_a_certificate_made_void_is_reported_as_void(db: Path, capsys: CaptureFixture[str]) -> None:
    from db.database import open_database
    from judging.app import build_services
    from judging.model import EntryStatus
    from tests.approved_demo import finish_and_approve

    database = open_database(str(db))
    try:
        services = build_services(database.uow_factory, location=database.location)
        first = services.certificates.issue().certificates[0]
        services.ranking.reopen_round(reason="Hồ sơ vi phạm quy chế")
        services.setup.set_entry_status(first.entry, EntryStatus.WITHDRAWN, "Vi phạm quy chế")
        finish_and_approve(services)
    finally:
        database.close()
    issued = issue_through_the_service(db)  # issuing again makes the dropped one void
    assert [v for s, _c, _r, v in issued if s == first.serial] == [1]
    assert run(db, "verify-certificate", first.verification_code) == 1
    out = capsys.readouterr().out
    assert f"Certificate {first.serial}: VOID" in out and first.recipient in out
    assert run(db, "verify-certificate", first.verification_code, lang="vi") == 1
    assert f"Giấy chứng nhận số {first.serial}: ĐÃ HỦY" in capsys.readouterr().out
