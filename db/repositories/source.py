"""What a repository that may run without the ORM is given: its unit of work's session, made
on first use, the unit of work's connection, and its driver's connection.

A typed mark (db/repositories/scoring.py, db/driver.py) runs its statements on the driver's
connection; were its repository handed a session up front, every typed mark would make and
close an ORM session it never uses (a fifth of the mark's own time here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Connection

from db.driver import Driver

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class SessionSource(Protocol):
    @property
    def session(self) -> Session: ...

    def connection(self) -> Connection: ...

    def driver(self) -> Driver: ...
