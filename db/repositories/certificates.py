"""SQL implementation of ``judging.certificates.ports.CertificateRepository``."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.base import utcnow
from db.models.certificates import CertificateTemplateRow, IssuedCertificateRow
from db.models.core import EntryRowModel, RoundRow
from judging.certificates import codes
from judging.certificates.model import Certificate, Per
from judging.certificates.ports import StoredTemplate
from judging.errors import NotFound
from judging.problems import ProblemCode as P


class SqlCertificateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- templates ------------------------------------------------------------------------
    def templates(self) -> list[StoredTemplate]:
        return [
            _template(row)
            for row in self.session.scalars(
                select(CertificateTemplateRow).order_by(CertificateTemplateRow.code)
            )
        ]

    def template(self, code: str) -> StoredTemplate | None:
        row = self._template_row(code)
        return None if row is None else _template(row)

    def save_template(self, template: StoredTemplate) -> None:
        row = self._template_row(template.code)
        if row is None:
            row = CertificateTemplateRow(code=template.code)
            self.session.add(row)
        row.name = template.name
        row.content = template.content
        row.background = template.background
        self.session.flush()

    def _template_row(self, code: str) -> CertificateTemplateRow | None:
        return self.session.scalars(
            select(CertificateTemplateRow).where(CertificateTemplateRow.code == code)
        ).first()

    # -- issued certificates --------------------------------------------------------------
    def issued(self, round_code: str, per: Per) -> list[Certificate]:
        query = (
            select(IssuedCertificateRow, RoundRow.code, EntryRowModel.code)
            .join(RoundRow, RoundRow.id == IssuedCertificateRow.round_id)
            .join(EntryRowModel, EntryRowModel.id == IssuedCertificateRow.entry_id)
            .where(RoundRow.code == round_code, IssuedCertificateRow.per == per.value)
            .order_by(IssuedCertificateRow.sequence)
        )
        return [_certificate(*row) for row in self.session.execute(query).tuples()]

    def add_issued(self, certificate: Certificate, sequence: int) -> None:
        round_id = self.session.scalar(
            select(RoundRow.id).where(RoundRow.code == certificate.round)
        )
        if round_id is None:
            raise NotFound(P.ROUND_NOT_FOUND, code=certificate.round)
        entry_id = self.session.scalar(
            select(EntryRowModel.id).where(EntryRowModel.code == certificate.entry)
        )
        if entry_id is None:
            raise NotFound(P.ENTRY_NOT_FOUND, code=certificate.entry)
        self.session.add(
            IssuedCertificateRow(
                serial=certificate.serial,
                sequence=sequence,
                verification_code=codes.normalise(certificate.verification_code),
                round_id=round_id,
                entry_id=entry_id,
                per=certificate.per.value,
                recipient=certificate.recipient,
                prize=certificate.prize,
                issued_on=certificate.issued_on,
                values_json=json.dumps(dict(certificate.values), ensure_ascii=False),
                template_code=certificate.template,
                void=certificate.void,
            )
        )
        self.session.flush()

    def update_issued(self, certificate: Certificate) -> None:
        row = self.session.scalars(
            select(IssuedCertificateRow).where(IssuedCertificateRow.serial == certificate.serial)
        ).one()
        row.values_json = json.dumps(dict(certificate.values), ensure_ascii=False)
        row.template_code = certificate.template
        row.void = certificate.void
        row.changed_at = utcnow()
        self.session.flush()

    def last_sequence(self) -> int:
        return int(self.session.scalar(select(func.max(IssuedCertificateRow.sequence))) or 0)

    def by_code(self, code: str) -> Certificate | None:
        query = (
            select(IssuedCertificateRow, RoundRow.code, EntryRowModel.code)
            .join(RoundRow, RoundRow.id == IssuedCertificateRow.round_id)
            .join(EntryRowModel, EntryRowModel.id == IssuedCertificateRow.entry_id)
            .where(IssuedCertificateRow.verification_code == code)
        )
        row = self.session.execute(query).tuples().first()
        return None if row is None else _certificate(*row)


def _template(row: CertificateTemplateRow) -> StoredTemplate:
    return StoredTemplate(row.code, row.name, row.content, row.background)


def _certificate(row: IssuedCertificateRow, round_code: str, entry_code: str) -> Certificate:
    return Certificate(
        serial=row.serial,
        verification_code=codes.group(row.verification_code),
        round=round_code,
        entry=entry_code,
        recipient=row.recipient,
        prize=row.prize,
        issued_on=row.issued_on,
        values=json.loads(row.values_json),
        per=Per(row.per),
        void=row.void,
        template=row.template_code,
    )
