"""Set-up use cases: entries, imports, judges, conflicts, panels and assignment (issue 4)."""

from __future__ import annotations

from judging.ports import UnitOfWorkFactory


class SetupService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
