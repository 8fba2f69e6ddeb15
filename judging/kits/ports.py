"""What the kit services need from storage: the judges' kits and secrets (organiser side), the
score files taken in, and when each of a judge's sheets was submitted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


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
