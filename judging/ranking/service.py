"""Ranking use cases: results, explanations, ties, advancement, round life (issue 6)."""

from __future__ import annotations

from judging.ports import UnitOfWorkFactory


class RankingService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
