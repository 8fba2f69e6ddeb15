"""Column types for exact numbers.

- ``DecimalText``: a ``Decimal`` stored as its canonical text (weights, maxima, totals): exact,
  portable between SQLite and PostgreSQL, never a float.
- ``ScaledDecimal``: a mark stored as an integer of ten-thousandths, so that SQL can count and
  sum marks cheaply and Python turns them into exact values without parsing text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from judging.numbers import from_scaled, to_scaled


class DecimalText(TypeDecorator[Decimal]):
    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"DecimalText takes Decimal, not {type(value).__name__}")
        return format(value, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class ScaledDecimal(TypeDecorator[Decimal]):
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"ScaledDecimal takes Decimal, not {type(value).__name__}")
        return to_scaled(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_scaled(int(value))
