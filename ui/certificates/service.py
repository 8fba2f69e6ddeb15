"""What the Certificates section asks of ``services.certificates`` (the certificate service:
templates, their storage, and issuing), as a protocol the service meets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from judging.app import Services
from judging.certificates.model import Certificate, CertificateTemplate, Per


class IssuedBatchLike(Protocol):
    @property
    def template(self) -> CertificateTemplate: ...

    @property
    def certificates(self) -> Sequence[Certificate]: ...


class CertificateServiceLike(Protocol):
    def templates(self) -> Sequence[CertificateTemplate]: ...

    def save_template(self, template: CertificateTemplate) -> object: ...

    def issue(self, round_code: str, *, per: Per, template: str) -> IssuedBatchLike: ...

    def issued(self, round_code: str, *, per: Per) -> Sequence[Certificate]: ...


def certificate_service(services: Services) -> CertificateServiceLike | None:
    """The services' certificate service (None in a build that has none)."""
    found: CertificateServiceLike | None = getattr(services, "certificates", None)
    return found
