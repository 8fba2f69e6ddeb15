"""The audit chain on a PostgreSQL server: written through the same repository, so chained
the same way; writers in parallel never fork it (a transaction-scoped advisory lock, and the
unique prev_hash behind it); an event edited on the server is named. Runs where
JUDGING_TEST_PG_URL names a server database that may be emptied (tests/db/test_postgresql.py)."""

from __future__ import annotations

import threading
from decimal import Decimal

from sqlalchemy import text

from db.database import OpenDatabase
from judging.app import build_services
from judging.audit import FaultKind
from judging.model import Competition, Criterion, Entry, Judge, Round
from tests.db.test_postgresql import pg_database, pg_url  # noqa: F401 - the fixtures

WRITERS = 4
JUDGES_EACH = 8


def test_the_chain_on_postgresql_with_writers_in_parallel(
    pg_database: OpenDatabase,  # noqa: F811
) -> None:
    services = build_services(pg_database.uow_factory, location=pg_database.location)  # type: ignore[arg-type]
    services.core.create_competition(
        Competition(
            code="ISTAR",
            name="Giải thưởng I-Star 2026",
            rounds=(
                Round(
                    code="CK",
                    name="Vòng chung khảo",
                    criteria=(Criterion("sang_tao", "Tính sáng tạo", Decimal(30)),),
                ),
            ),
        )
    )
    failures: list[BaseException] = []

    def write(writer: int) -> None:
        # each unit of work its own session and pooled connection: real parallel transactions
        try:
            for i in range(JUDGES_EACH):
                services.setup.add_judge(
                    Judge(code=f"GK{writer}{i:02d}", name=f"Giám khảo {writer}.{i}")
                )
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []

    check = services.core.verify_audit()
    assert check.intact, check.fault
    assert check.events == 1 + WRITERS * JUDGES_EACH
    # a sheet submitted on the server is sealed and checked the same way
    services.setup.add_entry(Entry("E1", "Nền tảng số cho nông dân"))
    services.setup.add_assignment("CK", "GK000", "E1")
    services.scoring.set_mark("CK", "GK000", "E1", "sang_tao", Decimal("27"))
    services.scoring.set_sheet_comment("CK", "GK000", "E1", "Ý tưởng tốt, cần số liệu")
    services.scoring.submit("CK", "GK000", "E1")
    sheets = services.core.verify_sheets()
    assert sheets.intact and sheets.sheets == 1

    engine = pg_database.engine
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'ai đó' WHERE id = 5"))
        conn.execute(text("UPDATE mark SET comment = 'Xuất sắc'"))
    fault = services.core.verify_audit().fault
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.EDITED, 5)
    changed = services.core.verify_sheets().fault
    assert changed is not None and changed.sheet == "CK/GK000/E1"
