"""Set-up use cases: entries, imports, judges, conflicts, panels and assignment (issue 4).

Each public method is one user action: one unit of work, checked in full before anything is
stored (all or nothing), DTOs out. Codes name everything: rounds, judges, entries.

The use cases live in one class per area (``entries``, ``entry_imports``, ``judges``,
``conflicts``, ``assignments``, ``components``); ``SetupService`` is the facade that puts them
together, so that callers keep one ``services.setup``.
"""

from __future__ import annotations

from judging.setup.service.assignments import ORIGINS, AssignmentService
from judging.setup.service.common import SetupArea
from judging.setup.service.components import ComponentService
from judging.setup.service.conflicts import ConflictService
from judging.setup.service.entries import (
    ATTACHMENT_TYPES,
    MAX_ATTACHMENT_BYTES,
    EntryService,
    entry_from_row,
)
from judging.setup.service.entry_imports import EntryImportService
from judging.setup.service.judges import JudgeService


class SetupService(
    EntryService,
    EntryImportService,
    JudgeService,
    ConflictService,
    AssignmentService,
    ComponentService,
):
    """Every set-up use case, area by area (each area also works on its own)."""


__all__ = [
    "ATTACHMENT_TYPES",
    "MAX_ATTACHMENT_BYTES",
    "ORIGINS",
    "AssignmentService",
    "ComponentService",
    "ConflictService",
    "EntryImportService",
    "EntryService",
    "JudgeService",
    "SetupArea",
    "SetupService",
    "entry_from_row",
]
