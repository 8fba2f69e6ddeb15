"""Ports: what the services need from persistence, as protocols that db/ implements.

A service runs each user action in one unit of work: ``with uow_factory() as uow: …;
uow.commit()``. Leaving the block without ``commit()`` rolls back. The unit of work gives one
repository per area of the program; each area's protocol lives beside its services.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from judging.certificates.ports import CertificateRepository
    from judging.kits.ports import KitRepository
    from judging.ranking.ports import RankingRepository
    from judging.scoring.ports import ScoringRepository
    from judging.services.core_ports import CoreRepository, ListingRepository
    from judging.setup.pins import AttemptsRepository
    from judging.setup.ports import SetupRepository


class UnitOfWork(Protocol):
    # Read-only members (properties), so that a unit of work holding the SQL repositories,
    # which are these protocols' implementations, is a UnitOfWork to the type checker.
    @property
    def core(self) -> CoreRepository: ...
    @property
    def setup(self) -> SetupRepository: ...
    @property
    def scoring(self) -> ScoringRepository: ...
    @property
    def ranking(self) -> RankingRepository: ...
    @property
    def certificates(self) -> CertificateRepository: ...
    @property
    def kits(self) -> KitRepository: ...
    @property
    def access(self) -> AttemptsRepository: ...
    @property
    def listing(self) -> ListingRepository: ...

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    """Makes a fresh unit of work for each user action. ``read_only=True``: one that only reads
    (it never waits on another program's writing, and works on a file that cannot be written);
    a use case that stores nothing asks for one."""

    def __call__(self, *, read_only: bool = False) -> UnitOfWork: ...
