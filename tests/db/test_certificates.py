"""Certificates over a real SQLite file: issued to the prize winners of the demo's approved
round, the same serials and codes when issued again, one per author, refused before approval,
verified by code, made void (never deleted) when a winner drops out; templates kept, imported
and exported."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.certificates.model import PLACEHOLDERS, Per
from judging.demo import build_demo
from judging.errors import Conflict, InputError, NotFound
from judging.model import EntryStatus
from judging.problems import ProblemCode as P
from tests.approved_demo import (
    ROUND,
    build_approved_demo,
    copy_of_approved_demo,
    finish_and_approve,
)
from tests.db import test_postgresql as postgresql

pg_url = postgresql.pg_url  # the PostgreSQL fixtures (skipped without a server)
pg_database = postgresql.pg_database

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64
ISSUED_ON = date(2026, 12, 6)


@pytest.fixture
def approved(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Services, Path]:
    folder = tmp_path_factory.getbasetemp() / "approved-demo"
    folder.mkdir(exist_ok=True)
    path = copy_of_approved_demo(folder, tmp_path / "demo.sqlite")
    database = open_database(str(path))
    yield build_services(database.uow_factory, location=database.location), path
    database.close()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def winners(services: Services) -> list[tuple[str, str]]:
    stored = json.loads(services.ranking.approved_result(ROUND).content)
    return [(r["entry"], r["prize"]) for r in stored["results"] if r["prize"]]


def test_one_certificate_per_winning_entry_with_every_value(
    approved: tuple[Services, Path],
) -> None:
    services, path = approved
    batch = services.certificates.issue(on=ISSUED_ON)
    assert batch.template.code == "sang-kien-cong-dong"  # the demo's award
    expected = winners(services)
    assert [(c.entry, c.prize) for c in batch.certificates] == expected
    assert [c.serial for c in batch.certificates] == [
        f"SKCD-2026-{n:04d}" for n in range(1, len(expected) + 1)
    ]
    entries = {e.code: e for e in services.core.entry_rows()}
    prizes = {p.code: p.name for p in services.core.require_competition().prizes}
    for certificate in batch.certificates:
        entry = entries[certificate.entry]
        assert certificate.recipient == ", ".join(entry.authors)
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", certificate.verification_code)
        assert set(certificate.values) == set(PLACEHOLDERS)
        assert certificate.values["name"] == certificate.recipient
        assert certificate.values["prize"] == prizes[certificate.prize]
        assert certificate.values["entry_title"] == entry.title
        assert certificate.values["organisation"] == entry.organisation
        assert certificate.values["category"] == entry.category_name
        assert certificate.values["competition"] == "Giải thưởng Sáng kiến cộng đồng 2026"
        assert certificate.values["date"] == "ngày 06 tháng 12 năm 2026"
        assert certificate.values["serial"] == certificate.serial
        assert certificate.values["code"] == certificate.verification_code
        assert not certificate.void and certificate.issued_on == ISSUED_ON
    stored = rows(path, "SELECT serial, verification_code, per, void FROM issued_certificate")
    assert len(stored) == len(expected)
    assert {s[1] for s in stored} == {
        c.verification_code.replace("-", "") for c in batch.certificates
    }
    assert rows(path, "SELECT action FROM audit_log WHERE action = 'certificates.issue'")


def test_issuing_again_gives_the_same_serials_and_codes(approved: tuple[Services, Path]) -> None:
    services, path = approved
    first = services.certificates.issue(ROUND, on=ISSUED_ON)
    again = services.certificates.issue(ROUND, on=date(2027, 1, 2))
    assert again.certificates == first.certificates  # the first date of issue stays
    assert rows(path, "SELECT COUNT(*) FROM issued_certificate") == [(len(first.certificates),)]


def test_the_preview_is_what_issuing_hands_out_and_stores_nothing(
    approved: tuple[Services, Path],
) -> None:
    services, path = approved
    previews = {per: services.certificates.preview(ROUND, per=per, on=ISSUED_ON) for per in Per}
    assert rows(path, "SELECT COUNT(*) FROM issued_certificate") == [(0,)]
    for per, preview in previews.items():
        assert preview.certificates
        assert all(c.serial == "" and c.verification_code == "" for c in preview.certificates)
        issued = services.certificates.issue(ROUND, per=per, on=ISSUED_ON)
        assert preview.template == issued.template
        assert [(c.entry, c.recipient, c.prize) for c in preview.certificates] == [
            (c.entry, c.recipient, c.prize) for c in issued.certificates
        ]
        for shown, handed in zip(preview.certificates, issued.certificates, strict=True):
            assert dict(shown.values) == {**handed.values, "serial": "", "code": ""}


def test_one_per_author_numbers_on_from_the_last_serial(approved: tuple[Services, Path]) -> None:
    services, _ = approved
    per_entry = services.certificates.issue(ROUND, on=ISSUED_ON)
    per_author = services.certificates.issue(ROUND, per=Per.AUTHOR, on=ISSUED_ON)
    entries = {e.code: e for e in services.core.entry_rows()}
    expected = [
        (entry, author) for entry, _prize in winners(services) for author in entries[entry].authors
    ]
    assert [(c.entry, c.recipient) for c in per_author.certificates] == expected
    assert len(per_author.certificates) > len(per_entry.certificates)
    first = len(per_entry.certificates) + 1
    assert per_author.certificates[0].serial == f"SKCD-2026-{first:04d}"
    assert all(c.per is Per.AUTHOR for c in per_author.certificates)
    assert services.certificates.issue(ROUND, per=Per.AUTHOR).certificates == (
        per_author.certificates
    )


def test_verify_takes_the_code_in_any_form(approved: tuple[Services, Path]) -> None:
    services, _ = approved
    certificate = services.certificates.issue(ROUND, on=ISSUED_ON).certificates[2]
    typed = certificate.verification_code.lower().replace("-", "")
    assert services.certificates.verify(typed) == certificate
    assert services.certificates.verify(f"  {certificate.verification_code} ") == certificate
    with pytest.raises(NotFound) as caught:
        services.certificates.verify("AAAA-BBBB-CCCC")
    assert caught.value.code == P.CERT_CODE_UNKNOWN
    assert "mã xác minh AAAA-BBBB-CCCC" in caught.value.text("vi")
    with pytest.raises(InputError) as empty:
        services.certificates.verify(" - ")
    assert empty.value.code == P.CERT_CODE_EMPTY


def test_a_winner_who_drops_out_keeps_a_void_certificate(
    approved: tuple[Services, Path],
) -> None:
    services, path = approved
    first = services.certificates.issue(ROUND, on=ISSUED_ON).certificates
    dropped = first[0]
    services.ranking.reopen_round(ROUND, reason="Hồ sơ vi phạm quy chế")
    services.setup.set_entry_status(dropped.entry, EntryStatus.WITHDRAWN, "Vi phạm quy chế")
    finish_and_approve(services)
    batch = services.certificates.issue(ROUND, on=date(2026, 12, 20))
    assert dropped.entry not in {c.entry for c in batch.certificates}
    assert dropped.serial in {c.serial for c in batch.voided}
    assert services.certificates.verify(dropped.verification_code).void
    kept = {(c.entry, c.prize): c for c in first}
    for certificate in batch.certificates:
        before = kept.get((certificate.entry, certificate.prize))
        if before is not None and before.recipient == certificate.recipient:
            assert certificate.serial == before.serial  # an unchanged winner keeps theirs
        else:
            assert certificate.issued_on == date(2026, 12, 20)
            assert int(certificate.serial[-4:]) > len(first)
    total = rows(path, "SELECT COUNT(*), SUM(void) FROM issued_certificate")[0]
    assert total == (len(batch.certificates) + len(batch.voided), len(batch.voided))


def test_an_unapproved_round_is_refused(services: Services) -> None:
    build_demo(services)
    with pytest.raises(Conflict) as caught:
        services.certificates.issue("CK")  # the last round, where prizes are awarded
    assert caught.value.code == P.CERT_ROUND_NOT_APPROVED
    assert "chưa được phê duyệt" in caught.value.text("vi")


def test_an_earlier_round_certifies_the_entries_that_go_on_to_the_next(
    services: Services,
) -> None:
    build_demo(services)  # SK is the first of two rounds: its best entries go on to CK
    finish_and_approve(services)
    going_on = [a.entry for a in services.ranking.advance("SK").advancing]
    assert going_on
    for asked in (services.certificates.preview, services.certificates.issue):
        batch = asked("SK")
        assert [c.entry for c in batch.certificates] == going_on
        for certificate in batch.certificates:
            assert certificate.prize == "advances:CK"
            assert certificate.values["prize"] == "Vòng chung khảo"
            assert certificate.values["achievement"] == "Đã vào vòng chung khảo"
    found = services.certificates.verify(batch.certificates[0].verification_code)
    assert found.values["achievement"] == "Đã vào vòng chung khảo"


def test_an_earlier_round_that_sends_no_one_on_is_refused(services: Services) -> None:
    build_demo(services)
    competition = services.core.require_competition()
    first, last = competition.rounds
    services.definitions.update(replace(competition, rounds=(replace(first, advance=None), last)))
    finish_and_approve(services)
    for asked in (services.certificates.issue, services.certificates.preview):
        with pytest.raises(InputError) as caught:
            asked("SK")
        assert caught.value.code == P.CERT_NOT_PRIZE_ROUND
        assert caught.value.text("vi") == (
            "vòng SK không trao giải và không chọn tác phẩm vào vòng sau: giải được trao ở "
            "vòng cuối (CK); giấy chứng nhận được cấp sau khi vòng CK được phê duyệt"
        )


def test_templates_kept_imported_and_exported(
    approved: tuple[Services, Path], tmp_path: Path
) -> None:
    services, path = approved
    shipped = services.certificates.template("sang-tao-nha-nong")
    assert [t.code for t in services.certificates.templates()] == [
        "i-star",
        "sang-kien-cong-dong",
        "sang-tao-nha-nong",
    ]
    edited = replace(shipped, name="Mẫu riêng", background=PNG)
    services.certificates.save_template(edited)
    assert services.certificates.template("sang-tao-nha-nong") == edited
    assert rows(path, "SELECT code, name FROM certificate_template") == [
        ("sang-tao-nha-nong", "Mẫu riêng")
    ]
    with pytest.raises(InputError) as caught:
        services.certificates.save_template(
            replace(edited, fields=(replace(edited.fields[0], colour="đỏ"),))
        )
    assert "fields[1].colour = 'đỏ'" in caught.value.text("en")
    assert services.certificates.template("sang-tao-nha-nong") == edited  # unchanged

    written = services.certificates.export_template("sang-tao-nha-nong", tmp_path / "mau.toml")
    assert written == [tmp_path / "mau.toml", tmp_path / "mau.png"]
    assert (tmp_path / "mau.png").read_bytes() == PNG
    assert 'background = "mau.png"' in (tmp_path / "mau.toml").read_text("utf-8")
    text = (
        (tmp_path / "mau.toml")
        .read_text("utf-8")
        .replace('code = "sang-tao-nha-nong"', 'code = "mau-2027"')
    )
    (tmp_path / "mau.toml").write_text(text, "utf-8")
    imported = services.certificates.import_template(tmp_path / "mau.toml")
    assert imported == replace(edited, code="mau-2027")
    batch = services.certificates.issue(ROUND, template="mau-2027", on=ISSUED_ON)
    assert batch.template == imported
    assert {c.template for c in batch.certificates} == {"mau-2027"}
    with pytest.raises(NotFound) as unknown:
        services.certificates.issue(ROUND, template="khong-co")
    assert unknown.value.code == P.CERT_TEMPLATE_UNKNOWN


def test_migration_0006_adds_and_removes_the_certificate_tables(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from db.engine import make_engine, parse_target
    from db.migrate import alembic_config

    ours = {"certificate_template", "issued_certificate"}
    engine = make_engine(parse_target(str(tmp_path / "m.sqlite")))
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            assert not ours & set(inspect(conn).get_table_names())
            command.upgrade(config, "0006")
            assert ours <= set(inspect(conn).get_table_names())
            command.downgrade(config, "0005")
            assert not ours & set(inspect(conn).get_table_names())
            assert "ranking_snapshot" in inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_certificates_on_postgresql(pg_database: OpenDatabase) -> None:
    services = build_services(pg_database.uow_factory, location=pg_database.location)
    build_approved_demo(services)
    batch = services.certificates.issue(ROUND, on=ISSUED_ON)
    assert [(c.entry, c.prize) for c in batch.certificates] == winners(services)
    assert batch.certificates[0].serial == "SKCD-2026-0001"
    assert services.certificates.issue(ROUND).certificates == batch.certificates
    by_author = services.certificates.issue(ROUND, per=Per.AUTHOR, on=ISSUED_ON)
    assert int(by_author.certificates[0].serial[-4:]) == len(batch.certificates) + 1
    found = services.certificates.verify(batch.certificates[-1].verification_code.lower())
    assert found == batch.certificates[-1]
    edited = replace(services.certificates.template("i-star"), name="Mẫu riêng", background=PNG)
    services.certificates.save_template(edited)
    assert services.certificates.template("i-star") == edited
