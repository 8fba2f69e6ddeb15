"""Core tables (migration 0001): the competition and its definition, entries, judges, audit.

The definition tree: competition → category, round → criterion → band. A round carries its
ranking rules and advancement rule as columns. Codes are unique within their parent.
"""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, new_uuid, utcnow
from db.types import DecimalText


class CompetitionRow(Base):
    __tablename__ = "competition"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    organiser: Mapped[str] = mapped_column(Text, default="")
    blind: Mapped[bool] = mapped_column(Boolean, default=False)
    show_running_total: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    categories: Mapped[list["CategoryRow"]] = relationship(
        back_populates="competition", order_by="CategoryRow.position", cascade="all, delete-orphan"
    )
    rounds: Mapped[list["RoundRow"]] = relationship(
        back_populates="competition", order_by="RoundRow.position", cascade="all, delete-orphan"
    )


class CategoryRow(Base):
    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("competition_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    name_folded: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)

    competition: Mapped[CompetitionRow] = relationship(back_populates="categories")


class RoundRow(Base):
    __tablename__ = "round"
    __table_args__ = (
        UniqueConstraint("competition_id", "code"),
        CheckConstraint("status IN ('open', 'closed', 'approved')", name="status"),
        CheckConstraint("aggregate IN ('mean', 'median', 'trimmed_mean')", name="aggregate"),
        CheckConstraint("normalise IN ('none', 'zscore')", name="normalise"),
        CheckConstraint("judges_per_entry >= 1", name="judges_per_entry"),
        CheckConstraint("trim >= 0", name="trim"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    judges_per_entry: Mapped[int] = mapped_column(Integer, default=3)
    status: Mapped[str] = mapped_column(String(16), default="open")
    # ranking rules
    aggregate: Mapped[str] = mapped_column(String(16), default="mean")
    trim: Mapped[int] = mapped_column(Integer, default=0)
    normalise: Mapped[str] = mapped_column(String(16), default="none")
    panel_places: Mapped[int | None] = mapped_column(Integer)
    weighted_places: Mapped[int | None] = mapped_column(Integer)
    total_places: Mapped[int | None] = mapped_column(Integer)
    tie_break: Mapped[str] = mapped_column(Text, default="")  # codes joined by "\n"
    # advancement rule (all NULL: no advancement from this round)
    has_advance: Mapped[bool] = mapped_column(Boolean, default=False)
    advance_top: Mapped[int | None] = mapped_column(Integer)
    advance_per_category: Mapped[bool] = mapped_column(Boolean, default=False)
    advance_min_total: Mapped[Decimal | None] = mapped_column(DecimalText)
    advance_on_tie: Mapped[str] = mapped_column(String(16), default="share")

    competition: Mapped[CompetitionRow] = relationship(back_populates="rounds")
    criteria: Mapped[list["CriterionRow"]] = relationship(
        back_populates="round", order_by="CriterionRow.position", cascade="all, delete-orphan"
    )


class CriterionRow(Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("round_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    max_value: Mapped[Decimal] = mapped_column(DecimalText)
    step: Mapped[Decimal] = mapped_column(DecimalText)
    weight: Mapped[Decimal] = mapped_column(DecimalText)
    position: Mapped[int] = mapped_column(Integer)

    round: Mapped[RoundRow] = relationship(back_populates="criteria")
    bands: Mapped[list["BandRow"]] = relationship(
        back_populates="criterion", order_by="BandRow.position", cascade="all, delete-orphan"
    )


class BandRow(Base):
    __tablename__ = "band"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    min_value: Mapped[Decimal] = mapped_column(DecimalText)
    max_value: Mapped[Decimal] = mapped_column(DecimalText)
    label: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)

    criterion: Mapped[CriterionRow] = relationship(back_populates="bands")


class EntryRowModel(Base):
    __tablename__ = "entry"
    __table_args__ = (
        UniqueConstraint("competition_id", "code"),
        CheckConstraint("status IN ('active', 'withdrawn', 'ineligible')", name="status"),
        Index("ix_entry_category", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="RESTRICT"))
    authors: Mapped[str] = mapped_column(Text, default="")  # joined by "; "
    organisation: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    folded: Mapped[str] = mapped_column(Text, default="")  # for diacritic-blind search
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class JudgeRowModel(Base):
    __tablename__ = "judge"
    __table_args__ = (
        UniqueConstraint("competition_id", "code"),
        CheckConstraint("role IN ('member', 'chair', 'trainee')", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(16), default="member")
    pin_hash: Mapped[str | None] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text, default="")


class AuditRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (migration 0008, judging/audit.py): the hash of the event before this
    # one, and this event's own. Unique prev_hash: two writers can never fork the chain.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))
