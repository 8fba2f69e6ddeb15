"""Immutable rows the set-up services hand out: assignments, conflicts, panels, attachments,
import checks and the outcome of an automatic assignment.

An *assignment* is judge × entry × round (what a judge is asked to score); its *origin* says
how it came about: ``manual`` (by hand), ``file`` (``import-assignments``) or ``auto``
(``assign``). A *conflict* is a declared conflict of interest; same-organisation conflicts are
detected, not stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from judging.model import Entry


@dataclass(frozen=True)
class AssignmentRow:
    round: str
    judge: str
    entry: str
    origin: str  # manual | file | auto


@dataclass(frozen=True)
class ConflictRow:
    judge: str
    entry: str
    reason: str
    declared: bool = True  # False: detected (same organisation)


@dataclass(frozen=True)
class PanelSeat:
    round: str
    category: str | None  # None: every category
    judge: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: str  # the attachment's uuid
    entry: str
    filename: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class AttachmentData:
    entry: str
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class ComponentValueRow:
    round: str
    entry: str
    component: str
    value: str  # exact decimal text


@dataclass(frozen=True)
class Uncovered:
    """An entry that could not get all the judges it needs, and why."""

    entry: str
    assigned: int
    needed: int
    reason: str  # in English; ``kind`` (no_judges, no_panel, conflicts, short) for screens
    kind: str = ""
    free: int = 0  # judges of the panel without a conflict of interest
    category: str | None = None

    def __str__(self) -> str:
        return f"{self.entry}: {self.reason}"


@dataclass(frozen=True)
class AssignOutcome:
    round: str
    added: int
    removed: int
    kept: int
    uncovered: tuple[Uncovered, ...]
    loads: tuple[tuple[str, int], ...]  # (judge code, entries assigned), by code


@dataclass(frozen=True)
class ImportOutcome:
    """What an import stored (``added``) and what it left alone (``unchanged``)."""

    what: str
    added: int
    unchanged: int = 0
    removed: int = 0
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeletedEntry:
    """Everything deleting an entry removed, so that undo can put it back."""

    entry: Entry
    attachments: tuple[AttachmentData, ...]
    conflicts: tuple[ConflictRow, ...]
    components: tuple[ComponentValueRow, ...]
