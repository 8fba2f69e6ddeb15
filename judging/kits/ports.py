"""What the kit services need from storage: the judges' kits and secrets (organiser side), the
score files taken in, when each of a judge's sheets was submitted, and the conflicts score files
left for the organiser to resolve."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from judging.kits.conflicts import ConflictKey, ConflictStatus, NewConflict, StoredConflict


@dataclass(frozen=True)
class KitRecord:
    """A kit issued to one judge for one round, as the organiser's database keeps it."""

    kit_id: str
    round_code: str
    judge_code: str
    secret: bytes
    issue: int  # how many kits were made for this judge and round
    last_sequence: int  # the sequence number of the newest score file taken in (0: none)


class KitRepository(Protocol):
    def kit_for(self, round_code: str, judge_code: str) -> KitRecord | None: ...

    def kit(self, kit_id: str) -> KitRecord | None: ...

    def save_kit(self, record: KitRecord, *, at: datetime) -> None:
        """Insert the kit, or update its issue and last sequence."""
        ...

    def scorefile_taken(self, digest: str) -> bool:
        """A score file with these exact bytes (SHA-256) was taken in before."""
        ...

    def record_scorefile(
        self, kit_id: str, *, sequence: int, digest: str, source: str, summary: str, at: datetime
    ) -> None: ...

    def submitted_at(self, assignment_ids: Sequence[int]) -> dict[int, datetime | None]:
        """When each sheet was submitted (None: not submitted, or no sheet yet)."""
        ...

    # -- conflicts a score file left (judging.kits.conflicts) --------------------------------
    def record_conflicts(
        self, kit_id: str, sequence: int, conflicts: Sequence[NewConflict], *, at: datetime
    ) -> None: ...

    def supersede_conflicts(self, kit_id: str, *, at: datetime) -> int:
        """Mark the kit's pending conflicts superseded (a newer score file came); how many."""
        ...

    def kept_conflicts(self, kit_id: str) -> set[ConflictKey]:
        """The disagreements of the kit resolved by keeping the mark here."""
        ...

    def pending_conflicts(self, round_code: str) -> Sequence[StoredConflict]:
        """The round's pending conflicts, by judge, entry and criterion order."""
        ...

    def resolve_conflict(
        self, conflict_id: int, status: ConflictStatus, *, actor: str, at: datetime
    ) -> None: ...
