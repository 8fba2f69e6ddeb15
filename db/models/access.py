"""Wrong PINs and passwords, counted per account (migration 0010), so that a restart of the
program forgives nothing (judging.setup.pins has the policy)."""

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class LoginAttemptsRow(Base):
    """``judge:<code>`` or ``organiser``: wrong tries since the last right one."""

    __tablename__ = "login_attempts"

    account: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure: Mapped[datetime | None] = mapped_column(DateTime)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
