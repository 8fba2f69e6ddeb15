"""Core use cases: the database report, the competition's definition, entries and judges."""

from __future__ import annotations

from collections.abc import Iterable

from judging.audit import (
    AuditCheck,
    SealCheck,
    check_chain,
    check_seals,
    latest_seals,
    normal_anchor,
    sheet_digest,
)
from judging.changes import Area, changes
from judging.errors import Conflict, InputError
from judging.lookup import WhenOmitted, find_round, read_competition
from judging.model import Competition, Entry, Judge, Round, SheetState
from judging.ports import UnitOfWorkFactory
from judging.problems import ProblemCode as P
from judging.services.dto import DatabaseReport, EntryRow, JudgeRow

#: The setting naming the version of the program that last wrote the database (db.uow).
WRITTEN_BY = "program.version"


class CoreService:
    def __init__(self, uow_factory: UnitOfWorkFactory, *, location: str) -> None:
        self._uow = uow_factory
        self.location = location

    def report(self) -> DatabaseReport:
        """Competition, counts, schema revision and ``PRAGMA integrity_check``."""
        with self._uow(read_only=True) as uow:
            listing = uow.listing
            code, name = listing.competition_title() or (None, None)
            return DatabaseReport(
                location=self.location,
                schema_revision=listing.schema_revision(),
                competition_code=code,
                competition_name=name,
                counts=listing.counts(),
                integrity=tuple(listing.integrity_check()),
                written_by=listing.setting(WRITTEN_BY),
            )

    def competition(self) -> Competition | None:
        with self._uow(read_only=True) as uow:
            return uow.listing.competition()  # read without the ORM (issue 13, item 4)

    def require_competition(self) -> Competition:
        """The competition, or ``NoCompetition``."""
        with self._uow(read_only=True) as uow:
            return read_competition(uow)

    def find_round(self, round_code: str | None, *, when_omitted: WhenOmitted) -> Round:
        """The round named, or, left out, the one ``when_omitted`` says (DESIGN.md §8)."""
        with self._uow(read_only=True) as uow:
            return find_round(read_competition(uow), round_code, when_omitted=when_omitted)

    @changes(Area.COMPETITION)
    def create_competition(
        self,
        competition: Competition,
        entries: Iterable[Entry] = (),
        judges: Iterable[Judge] = (),
        *,
        actor: str = "organiser",
    ) -> Competition:
        """Store a new competition (one per database), optionally with entries and judges."""
        with self._uow() as uow:
            existing = uow.core.competition()
            if existing is not None:
                raise Conflict(P.COMPETITION_EXISTS, code=existing.code, name=existing.name)
            uow.core.create_competition(competition)
            uow.core.add_entries(entries)
            uow.core.add_judges(judges)
            uow.core.audit(actor=actor, action="competition.create", subject=competition.code)
            uow.commit()
        return competition

    def verify_audit(self, *, anchor: str | None = None) -> AuditCheck:
        """Walk the audit log's hash chain (``judging.audit.check_chain``). ``anchor``: a head
        hash written down earlier, as typed (at least 12 hex digits; ``InputError`` if not)."""
        wanted = None
        if anchor is not None:
            wanted = normal_anchor(anchor)
            if wanted is None:
                raise InputError(P.AUDIT_ANCHOR_BAD, head=anchor)
        with self._uow(read_only=True) as uow:
            events = uow.core.audit_chain()
        return check_chain(events, anchor=wanted)

    def verify_sheets(self) -> SealCheck:
        """Compare every submitted sheet's marks and comments with the digest its submission
        event carries (``judging.audit.latest_seals``): a mark or comment changed behind the
        program's back after submission is named."""
        with self._uow(read_only=True) as uow:
            competition = uow.core.competition()
            if competition is None:
                return SealCheck(sheets=0)
            sealed = latest_seals(uow.core.audit_chain())
            comments = uow.core.sheet_comments()
            current: dict[str, str] = {}
            for rnd in competition.rounds:
                marks = uow.scoring.round_marks(rnd.code)
                for ref in uow.scoring.round_sheets(rnd.code):
                    if ref.state is not SheetState.SUBMITTED or ref.label not in sealed:
                        continue
                    stored = marks.get(ref.assignment_id, {})
                    current[ref.label] = sheet_digest(
                        {code: (m.value, m.comment) for code, m in stored.items()},
                        comments.get(ref.assignment_id, ""),
                    )
        return check_seals(sealed, current)

    def entry_rows(self) -> list[EntryRow]:
        with self._uow(read_only=True) as uow:
            return uow.listing.entry_rows()

    def judge_rows(self) -> list[JudgeRow]:
        with self._uow(read_only=True) as uow:
            return uow.core.judge_rows()
