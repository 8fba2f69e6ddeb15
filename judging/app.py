"""The set of services the desktop app and the command line are given by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from judging.backup import BackupService
from judging.certificates.service import CertificateService
from judging.kits.service import KitService
from judging.ports import UnitOfWorkFactory
from judging.ranking.service import RankingService
from judging.scoring.service import ScoringService
from judging.services.core import CoreService
from judging.setup.definition_service import DefinitionService
from judging.setup.service import SetupService


@dataclass(frozen=True)
class Services:
    core: CoreService
    definitions: DefinitionService
    setup: SetupService
    scoring: ScoringService
    ranking: RankingService
    certificates: CertificateService
    kits: KitService
    backups: BackupService | None = None  # SQLite files only; set by the composition root


def build_services(uow_factory: UnitOfWorkFactory, *, location: str) -> Services:
    return Services(
        core=CoreService(uow_factory, location=location),
        definitions=DefinitionService(uow_factory),
        setup=SetupService(uow_factory),
        scoring=ScoringService(uow_factory),
        ranking=RankingService(uow_factory),
        certificates=CertificateService(uow_factory),
        kits=KitService(uow_factory),
    )
