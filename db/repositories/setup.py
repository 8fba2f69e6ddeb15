"""SQL implementation of ``judging.setup.ports.SetupRepository``."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlSetupRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
