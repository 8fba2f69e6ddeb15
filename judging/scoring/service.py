"""Scoring use cases: marks typed or imported, sheets, submission, versions (issue 5)."""

from __future__ import annotations

from judging.ports import UnitOfWorkFactory


class ScoringService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
