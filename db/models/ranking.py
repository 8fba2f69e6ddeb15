"""Ranking tables: the chair's decisions on ties (migration 0004) and the approved results
(migration 0005).

``tie_decision``: for a group of entries the rules leave tied in a round (and category), the
order the chair decided and the reason, as recorded by ``resolve-tie``.
``ranking_snapshot``: the whole round's result as it stood when the round was approved (the
``judging-ranking/1`` JSON: ranks, totals, prizes, who advances), one row per approval.
"""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import core  # noqa: F401  (the tables its foreign keys name)
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


class RankingSnapshotRow(Base):
    __tablename__ = "ranking_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(40))  # "judging-ranking/1"
    content: Mapped[str] = mapped_column(Text)  # the result in that format (JSON text)
    approved_by: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
