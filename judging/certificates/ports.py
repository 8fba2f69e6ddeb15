"""What the certificate services need from storage: the templates kept in the database and
the certificates issued (each with its serial and verification code, never deleted: a
certificate whose holder is no longer a winner is marked void)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from judging.certificates.model import Certificate, Per


@dataclass(frozen=True)
class StoredTemplate:
    """A template as kept: its TOML text (``judging.certificates.templates``) and the bytes of
    its background image, if any."""

    code: str
    name: str
    content: str
    background: bytes | None = field(default=None, repr=False)


class CertificateRepository(Protocol):
    def templates(self) -> list[StoredTemplate]:
        """Every stored template, by code."""
        ...

    def template(self, code: str) -> StoredTemplate | None: ...

    def save_template(self, template: StoredTemplate) -> None:
        """Store a template; one with the same code is replaced."""
        ...

    def issued(self, round_code: str, per: Per) -> list[Certificate]:
        """The certificates issued for a round, one per entry or per author, void ones
        included, in serial order."""
        ...

    def add_issued(self, certificate: Certificate, sequence: int) -> None:
        """Store a new certificate; ``sequence`` is the number its serial ends with."""
        ...

    def update_issued(self, certificate: Certificate) -> None:
        """Store a certificate's values, template and void mark again (found by serial)."""
        ...

    def last_sequence(self) -> int:
        """The highest serial number issued so far in the database (0: none)."""
        ...

    def by_code(self, code: str) -> Certificate | None:
        """The certificate with this verification code (as ``codes.normalise`` writes it)."""
        ...
