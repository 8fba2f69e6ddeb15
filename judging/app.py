"""The set of services the desktop app and the command line are given by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from judging.ports import UnitOfWorkFactory
from judging.services.core import CoreService


@dataclass(frozen=True)
class Services:
    core: CoreService


def build_services(uow_factory: UnitOfWorkFactory, *, location: str) -> Services:
    return Services(core=CoreService(uow_factory, location=location))
