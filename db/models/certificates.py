"""Certificate tables (migration 0006).

``certificate_template``: templates kept in the database (their TOML text and background).
``issued_certificate``: every certificate issued, never deleted: the serial and verification
code are unique for ever; a certificate whose holder is no longer a winner is marked void.
"""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import core  # noqa: F401  (the tables its foreign keys name)
from db.models.base import Base, utcnow


class CertificateTemplateRow(Base):
    __tablename__ = "certificate_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)  # judging-certificate-template/1 (TOML)
    background: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IssuedCertificateRow(Base):
    __tablename__ = "issued_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(80), unique=True)
    sequence: Mapped[int] = mapped_column(Integer)
    verification_code: Mapped[str] = mapped_column(String(20), unique=True)  # 12, no dashes
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    per: Mapped[str] = mapped_column(String(10))  # "entry" | "author"
    recipient: Mapped[str] = mapped_column(Text)
    prize: Mapped[str] = mapped_column(String(40))  # prize code
    issued_on: Mapped[date] = mapped_column(Date)
    values_json: Mapped[str] = mapped_column(Text)  # placeholder → text, as last issued
    template_code: Mapped[str] = mapped_column(String(40))
    void: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
