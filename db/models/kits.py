"""Kit tables (migration 0007): the judge kits the organiser issued, with each judge's signing
secret, and the score files taken in from them.

``judge_kit``: one per judge and round: the kit id every kit of that judge carries, the
HMAC-SHA256 secret (hex), how many kits were issued, and the sequence number of the newest
score file taken in (an older or equal one changes nothing).
``score_file``: each score file taken in: its sequence, the SHA-256 of its bytes, where it came
from and what it did.
"""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import core, setup  # noqa: F401  (the tables its foreign keys name)
from db.models.base import Base, utcnow
from db.types import ScaledDecimal


class JudgeKitRow(Base):
    __tablename__ = "judge_kit"
    __table_args__ = (UniqueConstraint("round_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judge.id", ondelete="CASCADE"))
    secret: Mapped[str] = mapped_column(String(64))
    issue: Mapped[int] = mapped_column(Integer, default=1)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ScoreFileRow(Base):
    __tablename__ = "score_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("judge_kit.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MarkConflictRow(Base):
    """A mark (or, with no criterion, a whole sheet) a score file disagrees with, kept for the
    organiser to resolve (migration 0009; judging.kits.conflicts)."""

    __tablename__ = "mark_conflict"
    __table_args__ = (
        CheckConstraint("reason IN ('paper', 'locked', 'recused')", name="reason"),
        CheckConstraint("status IN ('pending', 'paper', 'judge', 'superseded')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("judge_kit.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"))
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(16))
    stored_value: Mapped[Decimal | None] = mapped_column(ScaledDecimal)
    file_value: Mapped[Decimal | None] = mapped_column(ScaledDecimal)
    file_comment: Mapped[str] = mapped_column(Text, default="")
    file_state: Mapped[str] = mapped_column(String(16))
    recusal_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(Text, default="")
