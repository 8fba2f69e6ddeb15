"""Ports: what the services need from persistence, as protocols that db/ implements.

A service runs each user action in one unit of work: ``with uow_factory() as uow: …;
uow.commit()``. Leaving the block without ``commit()`` rolls back. The unit of work gives one
repository per area of the program; each area's protocol lives beside its services.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from judging.certificates.ports import CertificateRepository
    from judging.kits.ports import KitRepository
    from judging.ranking.ports import RankingRepository
    from judging.scoring.ports import ScoringRepository
    from judging.services.core_ports import CoreRepository
    from judging.setup.ports import SetupRepository


class UnitOfWork(Protocol):
    core: CoreRepository
    setup: SetupRepository
    scoring: ScoringRepository
    ranking: RankingRepository
    certificates: CertificateRepository
    kits: KitRepository

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
