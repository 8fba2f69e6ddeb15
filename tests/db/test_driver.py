"""db.driver: Core statements compiled once and run on the driver's cursor give what
SQLAlchemy's own execution gives: parameters through their types, results back through
them, literals kept, and driver errors as SQLAlchemy's."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    insert,
    select,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from db.driver import Driver, DriverStatement
from db.types import ScaledDecimal

METADATA = MetaData()
MARK = Table(
    "mark",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("code", String(10), unique=True),
    Column("value", ScaledDecimal),
    Column("version", Integer),
)


def test_values_go_through_their_types_both_ways() -> None:
    engine = create_engine("sqlite://")
    METADATA.create_all(engine)
    with engine.begin() as connection:
        dialect = connection.dialect
        driver = Driver(connection.connection.dbapi_connection, dialect)
        add = DriverStatement(
            insert(MARK).returning(MARK.c.id), dialect, ("code", "value", "version")
        )
        new = add.first(driver, {"code": "A", "value": Decimal("8.25"), "version": 1})
        assert new == (1,)
        # Stored as the type stores it (ten-thousandths), read back as a Decimal.
        assert connection.exec_driver_sql("SELECT value FROM mark").scalar() == 82500
        find = DriverStatement(
            select(MARK.c.code, MARK.c.value).where(
                MARK.c.id == bindparam("id"),
                MARK.c.version == 1,  # a literal in the statement
            ),
            dialect,
        )
        assert find.first(driver, {"id": 1}) == ("A", Decimal("8.25"))
        assert find.first(driver, {"id": 2}) is None
        with pytest.raises(KeyError):
            find.first(driver, {})  # a parameter the caller must give


def test_a_driver_error_leaves_as_sqlalchemys() -> None:
    engine = create_engine("sqlite://")
    METADATA.create_all(engine)
    with engine.begin() as connection:
        driver = Driver(connection.connection.dbapi_connection, connection.dialect)
        add = DriverStatement(insert(MARK), driver.dialect, ("code", "value", "version"))
        assert add.execute(driver, {"code": "A", "value": None, "version": 1}) == 1
        with pytest.raises(IntegrityError) as raised:
            add.execute(driver, {"code": "A", "value": None, "version": 1})
        assert isinstance(raised.value, DBAPIError)
        assert "UNIQUE" in str(raised.value.orig)
