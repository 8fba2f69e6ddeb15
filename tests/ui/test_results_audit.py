"""The Results screen says whether the audit log's hash chain is intact, refreshed with the
section: on a real database scored through the services, in Vietnamese, then with an event
changed behind the program's back (sqlite3), the first broken event in red."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from db.database import OpenDatabase
from judging.app import Services
from tests.ui.test_results import FakePrompter
from tests.ui.test_results_db import fill
from tests.ui.test_results_vi import vietnamese  # noqa: F401 - the fixture
from ui.bus import ChangeBus
from ui.sections.results import ResultsSection
from ui.setup.runner import SyncRunner


def events(path: Path) -> tuple[int, str]:
    with sqlite3.connect(path) as conn:
        count, head = conn.execute(
            "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log"
        ).fetchone()
    return int(count), str(head)


def section_on(qtbot: Any, services: Services) -> ResultsSection:
    section = ResultsSection(
        services,
        ChangeBus(),
        prompter=FakePrompter(),
        runner=SyncRunner(),
    )
    qtbot.addWidget(section)
    section.show()
    return section


def test_results_say_the_audit_chain_is_intact_then_name_the_broken_event(
    qtbot: Any,
    services: Services,
    database: OpenDatabase,
    db_path: Path,
    vietnamese: None,  # noqa: F811
) -> None:
    fill(services)
    count, head = events(db_path)
    section = section_on(qtbot, services)
    qtbot.waitUntil(lambda: section.audit_label.isVisible())
    assert section.audit_label.text() == (
        f"Nhật ký kiểm tra: nguyên vẹn ({count} sự kiện) · mã nhận dạng sự kiện cuối: {head[:12]}"
    )
    assert "#166534" in section.audit_label.styleSheet()  # green

    # a sheet reopened through the app: one event more, refreshed with the section
    services.scoring.reopen("so_khao", "GK03", "E03", "Giám khảo xin chấm lại")
    section.refresh()
    qtbot.waitUntil(lambda: f"({count + 1} sự kiện)" in section.audit_label.text())

    # an event changed behind the program's back
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE audit_log SET detail = 'đã sửa' WHERE id = 7")
    section.refresh()
    qtbot.waitUntil(lambda: "bị phá vỡ" in section.audit_label.text())
    text = section.audit_label.text()
    assert text.startswith("Nhật ký kiểm tra: bị phá vỡ tại sự kiện số 7 (ghi lúc ")
    assert text.endswith("sự kiện đã bị sửa sau khi ghi, ngoài chương trình")
    assert "#991b1b" in section.audit_label.styleSheet()  # red
    assert section.audit_label.isVisible()


def test_results_say_it_in_english_too(
    qtbot: Any, services: Services, db_path: Path, english: None
) -> None:
    fill(services)
    count, head = events(db_path)
    section = section_on(qtbot, services)
    qtbot.waitUntil(lambda: section.audit_label.isVisible())
    assert section.audit_label.text() == (
        f"Audit log: chain intact ({count} events) · fingerprint of the last event: {head[:12]}"
    )
