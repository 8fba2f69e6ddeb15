"""Scoring tables (migration 0003): score sheets, marks and every version of every mark.

- ``score_sheet``: one judge × one entry in a round (one per assignment): its state
  (in progress, submitted, recused), the entry comment, the recusal reason.
- ``mark``: the current mark of a sheet for one criterion (exact, scaled integer).
- ``mark_version``: each change to a mark (who, when, old and new value, origin), never
  overwritten.
- ``setting``: small key → value settings of the scoring area (the organiser's password hash,
  which guards leaving judge mode on a shared machine).
"""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import core, setup  # noqa: F401  (the tables its foreign keys name)
from db.models.base import Base, new_uuid, utcnow
from db.types import ScaledDecimal


class ScoreSheetRow(Base):
    __tablename__ = "score_sheet"
    __table_args__ = (
        CheckConstraint(
            "state IN ('not_started', 'in_progress', 'submitted', 'recused')", name="state"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), unique=True
    )
    state: Mapped[str] = mapped_column(String(16), default="not_started")
    comment: Mapped[str] = mapped_column(Text, default="")
    recusal_reason: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class MarkRow(Base):
    __tablename__ = "mark"
    __table_args__ = (
        UniqueConstraint("assignment_id", "criterion_id"),
        Index("ix_mark_criterion", "criterion_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    value: Mapped[Decimal | None] = mapped_column(ScaledDecimal)  # NULL: cleared
    comment: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    origin: Mapped[str] = mapped_column(String(16), default="typed")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class MarkVersionRow(Base):
    __tablename__ = "mark_version"
    __table_args__ = (
        UniqueConstraint("mark_id", "version"),
        CheckConstraint("origin IN ('typed', 'paper', 'file')", name="origin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mark_id: Mapped[int] = mapped_column(ForeignKey("mark.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    old_value: Mapped[Decimal | None] = mapped_column(ScaledDecimal)
    new_value: Mapped[Decimal | None] = mapped_column(ScaledDecimal)
    comment: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
