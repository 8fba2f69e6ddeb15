"""Core statements compiled once and run on the driver's own cursor, for the few statements
a person waits on many times a minute (a typed mark: issue 13 item 3).

SQLAlchemy's execution of an already compiled statement still costs about 80 µs a statement
here (the connection's state, the execution context, the result's wrapping), which is most
of a typed mark beside the disk's own work. A ``DriverStatement`` keeps the one definition of
the statement (the Core construct, the columns' types) and does only what those need: each
parameter passes through its column type's bind processor (a mark's ``Decimal`` to its
scaled integer, a time to the dialect's form), the driver runs the SQL in the caller's
transaction, and each result value passes through its column's result processor. A driver
error leaves as SQLAlchemy's ``DBAPIError``, as it would from SQLAlchemy itself, so that the
unit of work sorts it (a locked or full database) as for every other statement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

#: A parameter the caller must give (``bindparam("name")`` without a value).
_GIVEN = object()


class Driver(NamedTuple):
    """A unit of work's driver connection in its transaction (``SqlUnitOfWork.driver()``)."""

    connection: Any  # the DBAPI connection (sqlite3's, psycopg's)
    dialect: Dialect


class DriverStatement:
    """``statement`` compiled for ``dialect`` (with the parameters named by ``keys`` for an
    insert or an update), run on a unit of work's driver connection."""

    def __init__(
        self, statement: ClauseElement, dialect: Dialect, keys: Sequence[str] | None = None
    ) -> None:
        compiled = cast(
            SQLCompiler,
            statement.compile(dialect=dialect, column_keys=list(keys) if keys else None),
        )
        self.sql = compiled.string
        self._positions: list[str] | None = (
            list(compiled.positiontup) if compiled.positiontup is not None else None
        )
        # Each parameter: its name, its type's processor, and the value the statement itself
        # gives it (a literal in the statement) or a marker that the caller must.
        self._binds: list[tuple[str, Callable[[Any], Any] | None, Any]] = [
            (
                name,
                bind.type.bind_processor(dialect),
                _GIVEN if bind.required else bind.effective_value,
            )
            for name, bind in compiled.binds.items()
        ]
        returned = getattr(statement, "selected_columns", None)
        if returned is None:
            returned = getattr(statement, "_returning", ()) or ()
        self._results: list[Callable[[Any], Any] | None] = [
            column.type.result_processor(dialect, None) for column in returned
        ]

    def _parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        processed: dict[str, Any] = {}
        for name, process, own in self._binds:
            value = values[name] if own is _GIVEN or name in values else own
            processed[name] = process(value) if process is not None else value
        if self._positions is None:
            return processed
        return [processed[name] for name in self._positions]

    def first(self, driver: Driver, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The first row (its values as the columns' types give them), or None."""
        cursor = self._run(driver, values)
        try:
            row = cursor.fetchone()
        except driver.dialect.loaded_dbapi.Error as exc:
            error = driver.dialect.loaded_dbapi.Error
            raise DBAPIError.instance(self.sql, None, exc, error) from exc
        finally:
            cursor.close()
        if row is None:
            return None
        return tuple(
            process(value) if process is not None and value is not None else value
            for process, value in zip(self._results, row, strict=True)
        )

    def execute(self, driver: Driver, values: Mapping[str, Any]) -> int:
        """Run it; the number of rows it changed."""
        cursor = self._run(driver, values)
        try:
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def _run(self, driver: Driver, values: Mapping[str, Any]) -> Any:
        """A driver cursor that has run the statement (the caller closes it); the driver's
        errors leave as ``DBAPIError``."""
        parameters = self._parameters(values)
        cursor = driver.connection.cursor()
        try:
            cursor.execute(self.sql, parameters)
        except driver.dialect.loaded_dbapi.Error as exc:
            cursor.close()
            error = driver.dialect.loaded_dbapi.Error
            raise DBAPIError.instance(self.sql, parameters, exc, error) from exc
        return cursor
