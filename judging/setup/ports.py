"""What the set-up services (entries, imports, conflicts, panels, assignment) need from storage.

Everything is named by codes (round, judge, entry, category, component); the repository turns
them into rows. Entries and judges themselves are stored through the core repository.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Protocol

from judging.model import Entry
from judging.setup.dto import (
    AssignmentRow,
    AttachmentData,
    AttachmentInfo,
    ComponentValueRow,
    ConflictRow,
    PanelSeat,
)


class SetupRepository(Protocol):
    # -- entries in bulk ------------------------------------------------------------------------
    def insert_entries(self, entries: Sequence[Entry]) -> None:
        """Store many new, already checked entries at once (an import)."""
        ...

    # -- assignments --------------------------------------------------------------------------
    def assignment_rows(self, round_code: str | None = None) -> list[AssignmentRow]:
        """Every assignment (of one round, when named), by round, judge and entry."""
        ...

    def assigned_entries(self, round_code: str, judge_code: str) -> list[str]: ...

    def add_assignments(
        self, round_code: str, pairs: Iterable[tuple[str, str]], origin: str
    ) -> int:
        """Store (judge, entry) pairs; pairs already there are left alone. Returns how many
        were added."""
        ...

    def remove_assignments(self, round_code: str, pairs: Iterable[tuple[str, str]]) -> int: ...

    def marked_pairs(self, round_code: str | None = None) -> set[tuple[str, str]]:
        """(judge, entry) pairs of the round whose sheet holds a mark or was submitted or
        recused: they are never dropped."""
        ...

    def entry_has_marks(self, entry_code: str) -> bool: ...

    # -- conflicts of interest (declared) -------------------------------------------------------
    def conflict_rows(self) -> list[ConflictRow]: ...

    def add_conflicts(self, rows: Iterable[tuple[str, str, str]]) -> int:
        """(judge, entry, reason); an existing pair gets the new reason. Returns the number of
        new pairs."""
        ...

    def remove_conflict(self, judge_code: str, entry_code: str) -> None: ...

    # -- panels -------------------------------------------------------------------------------
    def panel_seats(self, round_code: str | None = None) -> list[PanelSeat]: ...

    def set_panel(self, round_code: str, seats: Iterable[tuple[str | None, str]]) -> None:
        """Replace the round's panel seats with (category or None, judge) pairs."""
        ...

    # -- attachments --------------------------------------------------------------------------
    def attachments(self, entry_code: str) -> list[AttachmentInfo]: ...

    def attachment_data(self, attachment_id: str) -> AttachmentData: ...

    def add_attachment(
        self, entry_code: str, filename: str, media_type: str, data: bytes
    ) -> AttachmentInfo: ...

    def delete_attachment(self, attachment_id: str) -> None: ...

    # -- components ---------------------------------------------------------------------------
    def component_values(self, round_code: str | None = None) -> list[ComponentValueRow]: ...

    def set_component_values(self, rows: Iterable[tuple[str, str, str, Decimal]]) -> int:
        """(round, entry, component, value): inserted or replaced. Returns the number stored."""
        ...
