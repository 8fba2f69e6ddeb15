"""The audit log as a hash chain: each event carries the SHA-256 of the one before it.

An event's hash is the SHA-256 (lower-case hex) of its canonical serialisation, the UTF-8
bytes of the compact JSON array::

    ["judging-audit/1", id, "at", "actor", "action", "subject", "detail", "prev_hash"]

``id`` a JSON integer; ``at`` the time in UTC as ISO 8601 with microseconds and a "Z"
(``2026-12-06T16:01:23.000042Z``); the texts as stored (JSON escapes, ``ensure_ascii`` off,
no spaces: ``separators=(",", ":")``); ``prev_hash`` the hash of the event before it, or 64
zeros for the first event. docs/audit.md describes it, what it covers and what it cannot.

``check_chain`` walks the events in id order and names the first fault: an event whose
stored hash is not the hash of its content (edited, or written by something other than the
program), and an event whose ``prev_hash`` is not the previous event's hash (events deleted
before it when ids are missing there, otherwise an event inserted or replaced before it).
Pure functions over plain values: no database here.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from judging.problems import Message
from judging.problems import ProblemCode as P

FORMAT = "judging-audit/1"
#: The ``prev_hash`` of the first event.
GENESIS = "0" * 64


def iso_utc(at: datetime | None) -> str:
    """``at`` (naive UTC, as stored, or aware) as ``2026-12-06T16:01:23.000042Z``; a time
    that could not be read back (None) as ""."""
    if at is None:
        return ""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def canonical(
    *,
    id: int,
    at: datetime | None,
    actor: str,
    action: str,
    subject: str,
    detail: str,
    prev_hash: str,
) -> bytes:
    """The bytes an event's hash is taken over (see the module's text)."""
    fields = [FORMAT, id, iso_utc(at), actor, action, subject, detail, prev_hash]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(
    *,
    id: int,
    at: datetime | None,
    actor: str,
    action: str,
    subject: str,
    detail: str,
    prev_hash: str,
) -> str:
    data = canonical(
        id=id,
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        detail=detail,
        prev_hash=prev_hash,
    )
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    """One stored event, as read back (``prev_hash`` and ``hash`` may be empty or missing in
    a row written behind the program's back)."""

    id: int
    at: datetime | None  # None: stored as something that is not a time
    actor: str
    action: str
    subject: str
    detail: str
    prev_hash: str
    hash: str

    def computed_hash(self) -> str:
        return event_hash(
            id=self.id,
            at=self.at,
            actor=self.actor,
            action=self.action,
            subject=self.subject,
            detail=self.detail,
            prev_hash=self.prev_hash,
        )


class FaultKind(enum.Enum):
    #: The event's content (or its prev_hash) is not what its hash was taken over.
    EDITED = "edited"
    #: Events are missing before this one: its ids are not all there, and its prev_hash
    #: is not the hash of the event now before it.
    DELETED = "deleted"
    #: This event was not written after the event now before it (no id is missing): an
    #: event was inserted, or the one before replaced with a freshly hashed one; or the
    #: event has no hash at all (written by something other than this program).
    INSERTED = "inserted"
    #: No event has the head hash written down earlier (``check_chain(anchor=...)``).
    ANCHOR_MISSING = "anchor_missing"


@dataclass(frozen=True)
class AuditFault:
    kind: FaultKind
    event_id: int  # the first event at which the chain breaks
    previous_id: int | None  # the event before it in id order (None: it is the first)
    action: str  # the broken event's action, as stored, to help find it
    at: datetime | None


@dataclass(frozen=True)
class AuditCheck:
    """The chain walked: how many events, the hash of the last one (to write down and compare
    later), and the first fault, if any."""

    events: int
    head: str
    fault: AuditFault | None = None

    @property
    def intact(self) -> bool:
        return self.fault is None

    @property
    def head_short(self) -> str:
        """The first 12 hex digits of the head: enough to write down by hand."""
        return self.head[:ANCHOR_DIGITS]

    def message(self, anchor: str = "") -> Message:
        """What the check found, in words (``Message.text(language)``)."""
        fault = self.fault
        if fault is None:
            return Message(P.AUDIT_INTACT, {"events": self.events})
        at = _time_text(fault.at)
        if fault.kind is FaultKind.EDITED:
            return Message(P.AUDIT_EDITED, {"event": fault.event_id, "at": at})
        if fault.kind is FaultKind.DELETED:
            if fault.previous_id is None:
                return Message(P.AUDIT_DELETED_FIRST, {"event": fault.event_id})
            return Message(
                P.AUDIT_DELETED, {"event": fault.event_id, "previous": fault.previous_id}
            )
        if fault.kind is FaultKind.INSERTED:
            return Message(
                P.AUDIT_INSERTED,
                {"event": fault.event_id, "previous": fault.previous_id or 0, "at": at},
            )
        return Message(P.AUDIT_ANCHOR_MISSING, {"head": anchor})


def _time_text(at: datetime | None) -> str:
    return "?" if at is None else at.strftime("%Y-%m-%d %H:%M:%S UTC")


def check_chain(events: Iterable[AuditEvent], *, anchor: str | None = None) -> AuditCheck:
    """Walk ``events`` (in id order): all of them are counted, the first fault is named.

    ``anchor``: the start of a head hash written down earlier (``anchor_problem`` says what
    is acceptable); a chain with no event of that hash was cut short or rewritten since."""
    count = 0
    previous: AuditEvent | None = None
    first_fault: AuditFault | None = None
    anchored = anchor is None
    for event in events:
        count += 1
        if first_fault is None:
            first_fault = _fault_at(event, previous)
        if not anchored and event.hash.startswith(anchor or ""):
            anchored = True
        previous = event
    if first_fault is None and not anchored:
        first_fault = AuditFault(
            kind=FaultKind.ANCHOR_MISSING,
            event_id=previous.id if previous else 0,
            previous_id=None,
            action="",
            at=None,
        )
    head = previous.hash if previous else GENESIS
    return AuditCheck(events=count, head="" if first_fault else head, fault=first_fault)


#: The fewest hex digits of a head hash that ``check_chain`` takes as an anchor.
ANCHOR_DIGITS = 12


def normal_anchor(text: str) -> str | None:
    """A head hash (or its start) as written down: lower case, without spaces; None when it
    is not at least ``ANCHOR_DIGITS`` hexadecimal digits."""
    cleaned = "".join(text.split()).lower().rstrip(".…")
    if len(cleaned) < ANCHOR_DIGITS or len(cleaned) > 64:
        return None
    if any(c not in "0123456789abcdef" for c in cleaned):
        return None
    return cleaned


def _fault_at(event: AuditEvent, previous: AuditEvent | None) -> AuditFault | None:
    def fault(kind: FaultKind) -> AuditFault:
        return AuditFault(
            kind=kind,
            event_id=event.id,
            previous_id=previous.id if previous else None,
            action=event.action,
            at=event.at,
        )

    if previous is not None and event.id <= previous.id:
        return fault(FaultKind.INSERTED)  # out of order: not a chain at all
    if not event.hash:  # written by something other than this program
        return fault(FaultKind.INSERTED)
    if event.hash != event.computed_hash():
        return fault(FaultKind.EDITED)
    expected_prev = previous.hash if previous else GENESIS
    if event.prev_hash != expected_prev:
        expected_id = previous.id + 1 if previous else 1
        return fault(FaultKind.DELETED if event.id > expected_id else FaultKind.INSERTED)
    return None


def chain(
    events: Iterable[tuple[int, datetime | None, str, str, str, str]],
) -> list[AuditEvent]:
    """Chain plain ``(id, at, actor, action, subject, detail)`` rows in the order given, from
    the first (the migration that adds the chain, and tests, use it)."""
    chained: list[AuditEvent] = []
    prev = GENESIS
    for id_, at, actor, action, subject, detail in events:
        digest = event_hash(
            id=id_,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            detail=detail,
            prev_hash=prev,
        )
        chained.append(AuditEvent(id_, at, actor, action, subject, detail, prev, digest))
        prev = digest
    return chained


# -- what an event says about a sheet's marks -------------------------------------------------
def sheet_digest(marks: Mapping[str, tuple[Decimal | None, str]], comment: str) -> str:
    """SHA-256 over a sheet's marks and words at submission: per criterion (by code) its value
    (plain decimal, "" when blank) and comment, then the sheet's comment. A submission's audit
    event carries it, so the chain vouches for the marks as submitted without an event for
    each typed mark (docs/audit.md)."""
    rows = [
        [code, "" if value is None else format(value, "f"), text]
        for code, (value, text) in sorted(marks.items())
    ]
    data = json.dumps(["judging-sheet/1", rows, comment], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


#: How a submission's event states the digest of the sheet it sealed (``detail``).
SEAL_PREFIX = "marks sha256 "


def seal_detail(digest: str) -> str:
    return f"{SEAL_PREFIX}{digest}"


def latest_seals(events: Iterable[AuditEvent]) -> dict[str, tuple[int, str]]:
    """Sheet label → (event id, digest) of each sheet whose last submission or reopening in
    the log is a submission that carries a digest. A sheet reopened since, or submitted
    without a digest (a file taken in, an event before the chain), has none to check."""
    sealed: dict[str, tuple[int, str]] = {}
    for event in events:
        if event.action == "sheet.submit" and event.detail.startswith(SEAL_PREFIX):
            sealed[event.subject] = (event.id, event.detail.removeprefix(SEAL_PREFIX))
        elif event.action in ("sheet.submit", "sheet.reopen"):
            sealed.pop(event.subject, None)
    return sealed


@dataclass(frozen=True)
class SealFault:
    sheet: str  # the sheet's label, round/judge/entry
    event_id: int  # the submission that sealed it


@dataclass(frozen=True)
class SealCheck:
    """The submitted sheets compared with the digests their submissions carry."""

    sheets: int  # how many were checked
    fault: SealFault | None = None

    @property
    def intact(self) -> bool:
        return self.fault is None

    def message(self) -> Message:
        if self.fault is None:
            return Message(P.AUDIT_SHEETS_INTACT, {"sheets": self.sheets})
        return Message(
            P.AUDIT_SHEET_CHANGED, {"sheet": self.fault.sheet, "event": self.fault.event_id}
        )


def check_seals(sealed: Mapping[str, tuple[int, str]], current: Mapping[str, str]) -> SealCheck:
    """Compare each submitted sheet's digest now (``current``: label → digest) with the one
    its submission carries; the fault named is the one sealed earliest."""
    checked = 0
    faults: list[SealFault] = []
    for label, digest in current.items():
        if label not in sealed:
            continue
        checked += 1
        event_id, sealed_digest = sealed[label]
        if digest != sealed_digest:
            faults.append(SealFault(sheet=label, event_id=event_id))
    first = min(faults, key=lambda f: f.event_id) if faults else None
    return SealCheck(sheets=checked, fault=first)
