"""SQL implementation of ``judging.ranking.ports.RankingRepository``."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlRankingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
