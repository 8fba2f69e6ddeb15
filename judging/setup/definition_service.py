"""Competition definitions: init from a file or template, export, edit (issue 4)."""

from __future__ import annotations

from judging.ports import UnitOfWorkFactory


class DefinitionService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
