"""Immutable rows handed to views and the command line (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from judging.model import EntryStatus, Role


@dataclass(frozen=True)
class EntryRow:
    code: str
    title: str
    category: str | None  # category code
    category_name: str
    authors: tuple[str, ...]
    organisation: str
    summary: str
    status: EntryStatus
    status_reason: str
    folded: str  # folded title, authors, organisation and code: what search matches


@dataclass(frozen=True)
class JudgeRow:
    code: str
    name: str
    title: str
    organisation: str
    role: Role
    has_pin: bool
    folded: str


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    subject: str
    detail: str


@dataclass(frozen=True)
class DatabaseReport:
    """What ``info`` shows."""

    location: str
    schema_revision: str
    competition_code: str | None
    competition_name: str | None
    counts: dict[str, int]
    integrity: tuple[str, ...]  # ("ok",) when healthy
    written_by: str | None = None  # the version of the program that last wrote it

    @property
    def healthy(self) -> bool:
        return self.integrity == ("ok",)
