"""The audit chain's check on hand-made events (judging/audit.py): an intact chain passes;
an event edited, deleted, inserted, replaced or moved is named, the first one only; a head
written down earlier finds a chain cut short."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from judging.audit import (
    GENESIS,
    AuditEvent,
    FaultKind,
    SealFault,
    chain,
    check_chain,
    check_seals,
    event_hash,
    latest_seals,
    normal_anchor,
    seal_detail,
    sheet_digest,
)
from judging.problems import ProblemCode as P

START = datetime(2026, 12, 6, 8, 30, 0, 125)


def events(n: int = 6) -> list[AuditEvent]:
    rows = [
        (
            i,
            START + timedelta(minutes=i),
            "GK01" if i % 2 else "organiser",
            "sheet.submit" if i % 2 else "judge.add",
            f"SK/GK01/HS-00{i}",
            f"Nhận xét của giám khảo số {i}: “tốt”",
        )
        for i in range(1, n + 1)
    ]
    return chain(rows)


def test_the_serialisation_is_the_documented_one() -> None:
    first = events()[0]
    expected = json.dumps(
        [
            "judging-audit/1",
            1,
            "2026-12-06T08:31:00.000125Z",
            "GK01",
            "sheet.submit",
            "SK/GK01/HS-001",
            "Nhận xét của giám khảo số 1: “tốt”",
            GENESIS,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    assert first.hash == hashlib.sha256(expected).hexdigest()
    assert first.prev_hash == "0" * 64
    assert events()[1].prev_hash == first.hash


def test_an_intact_chain_passes_with_its_count_and_head() -> None:
    chained = events()
    check = check_chain(chained)
    assert check.intact and check.fault is None
    assert check.events == 6
    assert check.head == chained[-1].hash
    assert check.head_short == chained[-1].hash[:12]
    assert check.message().code is P.AUDIT_INTACT
    assert check.message().text("vi") == "Nhật ký kiểm tra: nguyên vẹn (6 sự kiện)"


def test_an_empty_log_is_intact() -> None:
    check = check_chain([])
    assert check.intact and check.events == 0 and check.head == GENESIS


@pytest.mark.parametrize(
    "field, value",
    [
        ("detail", "Nhận xét đã bị sửa"),
        ("actor", "GK02"),
        ("action", "ranking.approve_round"),
        ("subject", "SK/GK01/HS-009"),
        ("at", START),
        ("prev_hash", "f" * 64),
    ],
)
def test_an_edited_event_is_named(field: str, value: object) -> None:
    chained = events()
    chained[3] = replace(chained[3], **{field: value})  # type: ignore[arg-type]
    check = check_chain(chained)
    assert not check.intact and check.fault is not None
    assert check.fault.kind is FaultKind.EDITED
    assert check.fault.event_id == 4
    assert check.events == 6  # all counted, the first fault named
    text = check.message().text("en")
    assert "event 4" in text and "changed after it was written" in text


def test_only_the_first_fault_is_named() -> None:
    chained = events()
    chained[4] = replace(chained[4], detail="later")
    chained[1] = replace(chained[1], detail="earlier")
    fault = check_chain(chained).fault
    assert fault is not None and fault.event_id == 2


def test_a_deleted_event_is_named_by_the_gap() -> None:
    chained = events()
    del chained[2]  # event 3
    fault = check_chain(chained).fault
    assert fault is not None
    assert (fault.kind, fault.event_id, fault.previous_id) == (FaultKind.DELETED, 4, 2)
    assert check_chain(chained).message().text("vi") == (
        "Nhật ký kiểm tra: bị phá vỡ trước sự kiện số 4: các sự kiện giữa sự kiện số 2 và sự "
        "kiện số 4 đã bị xóa"
    )


def test_deleted_first_events_are_named() -> None:
    chained = events()[2:]
    check = check_chain(chained)
    assert check.fault is not None and check.fault.kind is FaultKind.DELETED
    assert check.message().code is P.AUDIT_DELETED_FIRST
    assert "3" in check.message().text("en")


def test_a_replaced_event_with_a_fresh_hash_is_named_at_the_next_one() -> None:
    """Someone who knows the serialisation rewrites event 3 and hashes it again: event 3 is
    whole by itself, but event 4 was not written after it."""
    chained = events()
    forged = replace(chained[2], detail="đã thay")
    chained[2] = replace(forged, hash=forged.computed_hash())
    fault = check_chain(chained).fault
    assert fault is not None
    assert (fault.kind, fault.event_id, fault.previous_id) == (FaultKind.INSERTED, 4, 3)


def test_an_inserted_event_is_named() -> None:
    """An event slipped in at the end (a free id), hashed correctly over what it claims to
    follow, but claiming to follow an older event: it does not follow the one before."""
    chained = events()
    claimed_prev = chained[3].hash
    forged = AuditEvent(7, START, "organiser", "ranking.resolve_tie", "SK", "", claimed_prev, "")
    chained.append(replace(forged, hash=forged.computed_hash()))
    fault = check_chain(chained).fault
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.INSERTED, 7)


def test_an_event_without_a_hash_was_not_written_by_the_program() -> None:
    chained = events()
    chained.append(AuditEvent(7, START, "x", "sheet.submit", "", "", "", ""))
    fault = check_chain(chained).fault
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.INSERTED, 7)


def test_reordered_events_are_named() -> None:
    chained = events()
    # two events' contents swapped, each keeping the other's id: the ids are hashed too
    a, b = chained[1], chained[2]
    chained[1] = replace(b, id=a.id)
    chained[2] = replace(a, id=b.id)
    fault = check_chain(chained).fault
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.EDITED, 2)
    # and handed over out of id order: at event 3, event 2 is not there before it
    swapped = events()
    swapped[1], swapped[2] = swapped[2], swapped[1]
    fault = check_chain(swapped).fault
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.DELETED, 3)


def test_a_time_that_could_not_be_read_is_a_fault() -> None:
    chained = events()
    chained[0] = replace(chained[0], at=None)
    fault = check_chain(chained).fault
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.EDITED, 1)


def test_a_chain_cut_short_is_found_against_the_head_written_down() -> None:
    chained = events()
    written_down = check_chain(chained).head_short
    assert check_chain(chained, anchor=written_down).intact
    # the last two events deleted: the rest is a whole chain, but the head is gone
    cut = chained[:-2]
    assert check_chain(cut).intact
    check = check_chain(cut, anchor=written_down)
    assert check.fault is not None and check.fault.kind is FaultKind.ANCHOR_MISSING
    assert written_down in check.message(written_down).text("vi")
    # an earlier head still in the chain: events since may be added, none removed
    assert check_chain(chained, anchor=chained[2].hash[:16]).intact


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("3F2A 9C81 D0E4", "3f2a9c81d0e4"),
        ("3f2a9c81d0e4…", "3f2a9c81d0e4"),
        ("3f2a9c81d0", None),  # too short
        ("3f2a9c81d0eg", None),  # not hexadecimal
        ("a" * 65, None),
    ],
)
def test_a_head_is_read_as_written_down(typed: str, expected: str | None) -> None:
    assert normal_anchor(typed) == expected


def test_the_hash_depends_on_every_field() -> None:
    base: dict[str, Any] = {
        "id": 1,
        "at": START,
        "actor": "a",
        "action": "b",
        "subject": "c",
        "detail": "d",
        "prev_hash": GENESIS,
    }
    first = event_hash(**base)
    for key, other in [
        ("id", 2),
        ("at", START + timedelta(microseconds=1)),
        ("actor", "A"),
        ("action", "B"),
        ("subject", "C"),
        ("detail", "D"),
        ("prev_hash", "1" * 64),
    ]:
        assert event_hash(**{**base, key: other}) != first, key
    # fields cannot run into each other: "ab" + "c" is not "a" + "bc"
    joined_ab: dict[str, Any] = {**base, "actor": "ab", "action": "c"}
    joined_bc: dict[str, Any] = {**base, "actor": "a", "action": "bc"}
    assert event_hash(**joined_ab) != event_hash(**joined_bc)


def test_a_sheet_digest_covers_values_comments_and_the_sheet_comment() -> None:
    marks: dict[str, tuple[Decimal | None, str]] = {
        "tinh_moi": (Decimal("27.5"), "Ý tưởng mới"),
        "hieu_qua": (Decimal("18"), ""),
    }
    digest = sheet_digest(marks, "Hồ sơ tốt")
    assert sheet_digest(dict(reversed(marks.items())), "Hồ sơ tốt") == digest  # order-free
    assert sheet_digest({**marks, "hieu_qua": (Decimal("18.5"), "")}, "Hồ sơ tốt") != digest
    assert sheet_digest({**marks, "hieu_qua": (Decimal("18"), "x")}, "Hồ sơ tốt") != digest
    assert sheet_digest(marks, "Hồ sơ khá") != digest
    assert sheet_digest({**marks, "hieu_qua": (None, "")}, "Hồ sơ tốt") != digest


# -- the sheets sealed at submission ----------------------------------------------------------
def sheet_events(*rows: tuple[str, str, str]) -> list[AuditEvent]:
    return chain(
        (i, START, "GK01", action, subject, detail)
        for i, (action, subject, detail) in enumerate(rows, start=1)
    )


def test_the_last_submission_of_each_sheet_is_its_seal() -> None:
    sealed = latest_seals(
        sheet_events(
            ("sheet.submit", "SK/GK01/HS-001", seal_detail("a" * 64)),
            ("sheet.submit", "SK/GK01/HS-002", seal_detail("b" * 64)),
            ("sheet.reopen", "SK/GK01/HS-001", "was submitted: sửa điểm"),
            ("sheet.submit", "SK/GK01/HS-003", seal_detail("c" * 64)),
            ("sheet.reopen", "SK/GK01/HS-003", "was submitted: sửa"),
            ("sheet.submit", "SK/GK01/HS-003", seal_detail("d" * 64)),
            ("sheet.submit", "SK/GK01/HS-004", ""),  # before the digests: nothing to check
            ("marks.import", "diem.csv", "3 rows"),
        )
    )
    assert sealed == {"SK/GK01/HS-002": (2, "b" * 64), "SK/GK01/HS-003": (6, "d" * 64)}


def test_a_sheet_changed_since_its_seal_is_named_the_earliest_first() -> None:
    sealed = {"SK/GK01/HS-002": (2, "b" * 64), "SK/GK01/HS-003": (6, "d" * 64)}
    now = {"SK/GK01/HS-002": "b" * 64, "SK/GK01/HS-003": "d" * 64, "SK/GK01/HS-009": "e" * 64}
    check = check_seals(sealed, now)
    assert check.intact and check.sheets == 2  # HS-009 has no seal: not counted
    assert check.message().text("vi") == (
        "Phiếu chấm đã nộp: 2 phiếu giữ nguyên điểm và nhận xét như lúc nộp"
    )
    changed = check_seals(sealed, {**now, "SK/GK01/HS-003": "0" * 64, "SK/GK01/HS-002": "1" * 64})
    assert changed.fault == SealFault("SK/GK01/HS-002", 2)
    assert changed.message().text("en") == (
        "Sheet SK/GK01/HS-002: its marks or comments are not those sealed at its submission "
        "(event 2); they were changed outside this program"
    )
