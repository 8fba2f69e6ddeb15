"""Set-up tables (migration 0002): components, prizes, attachments, conflicts of interest,
panels and assignments.

- ``component_def``/``component_value``: points outside the jury (community vote, deductions).
- ``conflict``: declared conflicts of interest (same-organisation ones are detected, not stored).
- ``panel_member``: a judge's seat on a round's panel, optionally for one category.
- ``assignment``: judge × entry × round; what a judge is asked to score.
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
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import core  # noqa: F401  (the tables its foreign keys name)
from db.models.base import Base, new_uuid, utcnow
from db.types import DecimalText


class ComponentDefRow(Base):
    __tablename__ = "component_def"
    __table_args__ = (
        UniqueConstraint("round_id", "code"),
        CheckConstraint("kind IN ('bonus', 'deduction')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="bonus")
    scale: Mapped[str | None] = mapped_column(String(32))
    points: Mapped[Decimal | None] = mapped_column(DecimalText)
    places: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class ComponentValueRow(Base):
    __tablename__ = "component_value"
    __table_args__ = (UniqueConstraint("component_def_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    component_def_id: Mapped[int] = mapped_column(
        ForeignKey("component_def.id", ondelete="CASCADE")
    )
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    value: Mapped[Decimal] = mapped_column(DecimalText)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class PrizeRow(Base):
    __tablename__ = "prize"
    __table_args__ = (
        UniqueConstraint("competition_id", "code"),
        CheckConstraint("on_tie IN ('share', 'chair')", name="on_tie"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    count: Mapped[int | None] = mapped_column(Integer)
    per_category: Mapped[bool] = mapped_column(Boolean, default=False)
    min_total: Mapped[Decimal | None] = mapped_column(DecimalText)
    on_tie: Mapped[str] = mapped_column(String(16), default="share")
    position: Mapped[int] = mapped_column(Integer)


class AttachmentRow(Base):
    """A file attached to an entry, kept inside the database (the single source of truth)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConflictRow(Base):
    """A declared conflict of interest (judge × entry) with its reason."""

    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("judge_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judge.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PanelMemberRow(Base):
    """A judge's seat on a round's panel; ``category_id`` NULL means every category."""

    __tablename__ = "panel_member"
    __table_args__ = (UniqueConstraint("round_id", "category_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judge.id", ondelete="CASCADE"))


class AssignmentRow(Base):
    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("round_id", "judge_id", "entry_id"),
        CheckConstraint("origin IN ('manual', 'file', 'auto')", name="origin"),
        Index("ix_assignment_entry", "round_id", "entry_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judge.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    origin: Mapped[str] = mapped_column(String(16), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
