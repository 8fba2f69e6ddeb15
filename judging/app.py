"""The set of services the desktop app and the command line are given by the composition root.

Each service is made (and its module imported) on first use: a command-line command loads the
modules of the services it calls, not all of them, so that it starts quickly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from judging.backup import BackupService
from judging.ports import UnitOfWorkFactory

if TYPE_CHECKING:
    from judging.certificates.service import CertificateService
    from judging.kits.service import KitService
    from judging.ranking.service import RankingService
    from judging.scoring.service import ScoringService
    from judging.services.core import CoreService
    from judging.setup.definition_service import DefinitionService
    from judging.setup.service import SetupService


@dataclass(frozen=True)
class Services:
    uow_factory: UnitOfWorkFactory
    location: str
    backups: BackupService | None = None  # SQLite files only; set by the composition root

    @cached_property
    def core(self) -> CoreService:
        from judging.services.core import CoreService

        return CoreService(self.uow_factory, location=self.location)

    @cached_property
    def definitions(self) -> DefinitionService:
        from judging.setup.definition_service import DefinitionService

        return DefinitionService(self.uow_factory)

    @cached_property
    def setup(self) -> SetupService:
        from judging.setup.service import SetupService

        return SetupService(self.uow_factory)

    @cached_property
    def scoring(self) -> ScoringService:
        from judging.scoring.service import ScoringService

        return ScoringService(self.uow_factory)

    @cached_property
    def ranking(self) -> RankingService:
        from judging.ranking.service import RankingService

        return RankingService(self.uow_factory)

    @cached_property
    def certificates(self) -> CertificateService:
        from judging.certificates.service import CertificateService

        return CertificateService(self.uow_factory)

    @cached_property
    def kits(self) -> KitService:
        from judging.kits.service import KitService

        return KitService(self.uow_factory)


def build_services(uow_factory: UnitOfWorkFactory, *, location: str) -> Services:
    return Services(uow_factory, location)


def service_classes() -> tuple[type, ...]:
    """The class of each service, in the order of ``Services``' attributes. Imports them all:
    for tests and tools that look at every service, never for start-up."""
    from judging.certificates.service import CertificateService
    from judging.kits.service import KitService
    from judging.ranking.service import RankingService
    from judging.scoring.service import ScoringService
    from judging.services.core import CoreService
    from judging.setup.definition_service import DefinitionService
    from judging.setup.service import SetupService

    known: tuple[type, ...] = (
        CoreService,
        DefinitionService,
        SetupService,
        ScoringService,
        RankingService,
        CertificateService,
        KitService,
    )
    by_name = {cls.__name__: cls for cls in known}
    return tuple(
        by_name[str(made.func.__annotations__["return"])]
        for made in vars(Services).values()
        if isinstance(made, cached_property)
    )
