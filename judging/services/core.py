"""Core use cases: the database report, the competition's definition, entries and judges."""

from __future__ import annotations

from collections.abc import Iterable

from judging.changes import Area, changes
from judging.errors import Conflict
from judging.lookup import WhenOmitted, find_round, require_competition
from judging.model import Competition, Entry, Judge, Round
from judging.ports import UnitOfWorkFactory
from judging.problems import ProblemCode as P
from judging.services.dto import DatabaseReport, EntryRow, JudgeRow


class CoreService:
    def __init__(self, uow_factory: UnitOfWorkFactory, *, location: str) -> None:
        self._uow = uow_factory
        self.location = location

    def report(self) -> DatabaseReport:
        """Competition, counts, schema revision and ``PRAGMA integrity_check``."""
        with self._uow(read_only=True) as uow:
            competition = uow.core.competition()
            return DatabaseReport(
                location=self.location,
                schema_revision=uow.core.schema_revision(),
                competition_code=competition.code if competition else None,
                competition_name=competition.name if competition else None,
                counts=uow.core.counts(),
                integrity=tuple(uow.core.integrity_check()),
            )

    def competition(self) -> Competition | None:
        with self._uow(read_only=True) as uow:
            return uow.core.competition()

    def require_competition(self) -> Competition:
        """The competition, or ``NoCompetition``."""
        with self._uow(read_only=True) as uow:
            return require_competition(uow)

    def find_round(self, round_code: str | None, *, when_omitted: WhenOmitted) -> Round:
        """The round named, or, left out, the one ``when_omitted`` says (DESIGN.md §8)."""
        with self._uow(read_only=True) as uow:
            return find_round(require_competition(uow), round_code, when_omitted=when_omitted)

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

    def entry_rows(self) -> list[EntryRow]:
        with self._uow(read_only=True) as uow:
            return uow.core.entry_rows()

    def judge_rows(self) -> list[JudgeRow]:
        with self._uow(read_only=True) as uow:
            return uow.core.judge_rows()
