"""SQL implementation of ``judging.scoring.ports.ScoringRepository``."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlScoringRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
