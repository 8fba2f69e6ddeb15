"""Ranking tables (migration 0004): the chair's decisions on ties.

``tie_decision``: for a group of entries the rules leave tied in a round (and category), the
order the chair decided and the reason, as recorded by ``resolve-tie``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utcnow


class TieDecisionRow(Base):
    __tablename__ = "tie_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"))
    entry_order: Mapped[str] = mapped_column(Text)  # entry codes, best first, joined by "\n"
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16), default="rank")
