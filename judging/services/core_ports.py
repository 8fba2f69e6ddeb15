"""The core repository: the competition's definition, entries, judges, the audit log and the
database's own health (schema revision, integrity check)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from judging.audit import AuditEvent
from judging.model import Competition, Entry, Judge
from judging.services.dto import AuditRecord, EntryRow, JudgeRow
from judging.setup.definition import DefinitionUsage


class CoreRepository(Protocol):
    # -- competition definition (the whole tree) --------------------------------------------
    def competition(self) -> Competition | None: ...

    def create_competition(self, competition: Competition) -> None: ...

    def replace_definition(self, competition: Competition) -> None:
        """Store a changed definition in place (codes identify what is kept)."""
        ...

    def definition_usage(self) -> DefinitionUsage:
        """Which categories, rounds, criteria and components entries, assignments and marks
        use (added by the definition editor, issue 4)."""
        ...

    # -- entries ------------------------------------------------------------------------------
    def entry_rows(self) -> list[EntryRow]: ...

    def entry(self, code: str) -> EntryRow | None: ...

    def add_entries(self, entries: Iterable[Entry]) -> None: ...

    def update_entry(self, code: str, entry: Entry) -> None: ...

    def delete_entry(self, code: str) -> None: ...

    def entry_codes(self) -> set[str]: ...

    # -- judges -------------------------------------------------------------------------------
    def judge_rows(self) -> list[JudgeRow]: ...

    def add_judges(self, judges: Iterable[Judge]) -> None: ...

    def update_judge(self, code: str, judge: Judge) -> None: ...

    def set_judge_pin_hash(self, code: str, pin_hash: str | None) -> None: ...

    def judge_pin_hash(self, code: str) -> str | None: ...

    # -- audit log ----------------------------------------------------------------------------
    def audit(self, *, actor: str, action: str, subject: str, detail: str = "") -> None: ...

    def audit_records(self, limit: int = 500) -> Sequence[AuditRecord]: ...

    def sheet_comments(self) -> dict[int, str]:
        """Every score sheet's comment by assignment id (for the submissions' digests)."""
        ...

    def audit_chain(self) -> list[AuditEvent]:
        """Every audit event in id order, with its stored hashes (judging/audit.py)."""
        ...

    def now(self) -> datetime: ...


class ListingRepository(Protocol):
    """What the quick reading commands show: ``info``'s summary of the database itself and the
    ``entries`` listing (read without loading the other areas)."""

    def competition_title(self) -> tuple[str, str] | None:
        """The competition's code and name, or None when there is none yet."""
        ...

    def counts(self) -> dict[str, int]: ...

    def schema_revision(self) -> str: ...

    def integrity_check(self) -> list[str]: ...

    def setting(self, key: str) -> str | None: ...

    def entry_rows(self) -> list[EntryRow]:
        """Every entry, in the order they were added (as ``CoreRepository.entry_rows``)."""
        ...

    def competition(self) -> Competition | None:
        """The competition's definition (as ``CoreRepository.competition``), or None."""
        ...
