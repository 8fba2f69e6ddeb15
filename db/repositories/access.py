"""Wrong tries at PINs and the organiser's password (judging.setup.pins.AttemptsRepository)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.access import LoginAttemptsRow
from judging.setup.pins import Attempts


class SqlAttemptsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def attempts(self, account: str) -> Attempts:
        row = self.session.get(LoginAttemptsRow, account)
        if row is None:
            return Attempts()
        return Attempts(row.failures, row.last_failure, row.locked)

    def store_attempts(self, account: str, attempts: Attempts) -> None:
        row = self.session.get(LoginAttemptsRow, account)
        if attempts == Attempts():
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(
                LoginAttemptsRow(
                    account=account,
                    failures=attempts.failures,
                    last_failure=attempts.last_failure,
                    locked=attempts.locked,
                )
            )
        else:
            row.failures = attempts.failures
            row.last_failure = attempts.last_failure
            row.locked = attempts.locked
        self.session.flush()

    def locked_accounts(self) -> list[str]:
        query = select(LoginAttemptsRow.account).where(LoginAttemptsRow.locked.is_(True))
        return list(self.session.scalars(query.order_by(LoginAttemptsRow.account)))
