"""What every set-up area shares: the unit of work."""

from __future__ import annotations

from judging.ports import UnitOfWorkFactory


class SetupArea:
    """One area of the set-up use cases; each opens its own units of work."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
