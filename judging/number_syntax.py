"""The one syntax of a number in a file or typed by a person, and the range of every number the
program reads (docs/formats.md, "Numbers", lists them for people).

A number is written in plain ASCII digits: an optional sign, at most one decimal separator (a
point, or a comma where people type: "27,5"), no exponent, no digit group separators ("2_5",
"1 000"), no other scripts' digits ("٢٥", "２５"). It has at most ``MAX_DIGITS`` significant
digits, at most ``MAX_DECIMALS`` of them after the separator, and is at most ``MAX_TEXT``
characters long. Numbers that arrive typed (TOML, JSON) are held to the same digit bounds.

Each kind of number has a documented upper bound and number of decimal places
(``DEFINITION_BOUNDS``, ``COMPONENT_VALUE``); lower bounds (above zero, at least one) are checked
where they always were, with their own wording.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from judging.errors import InputError
from judging.problems import ProblemCode as P

#: Significant digits a number may have (all of a Decimal's exact arithmetic stays well inside
#: the default 28-digit context, and a mark × 10⁴ fits a 64-bit integer).
MAX_DIGITS = 15
#: Digits after the decimal separator.
MAX_DECIMALS = 6
#: Characters in a number's text (with its sign and surrounding spaces removed).
MAX_TEXT = 32
#: How much of a refused text a message repeats.
SHOWN = 24

_SYNTAX = re.compile(r"([+-]?)([0-9]*)(?:[.,]([0-9]*))?")


@dataclass(frozen=True)
class Bound:
    """The largest value a number may take and how many decimal places it may have."""

    high: Decimal
    places: int


def _bound(high: int, places: int) -> Bound:
    return Bound(Decimal(high), places)


#: The largest maximum a criterion may have (a mark never exceeds its criterion's maximum).
MARK_HIGH = 1000
#: A total (a prize's or an advance rule's min_total).
TOTAL_HIGH = 1_000_000
#: How many entries or prizes a rule may name.
COUNT_HIGH = 100_000
#: Decimal places a stage may round to.
PLACES_HIGH = 6

#: (table, key) of a competition definition → its bound. The table is the kind of TOML table
#: the key sits in (``[[rounds.criteria]]`` is "criterion").
DEFINITION_BOUNDS: Mapping[tuple[str, str], Bound] = MappingProxyType(
    {
        ("criterion", "max"): _bound(MARK_HIGH, 4),
        ("criterion", "step"): _bound(MARK_HIGH, 4),
        ("criterion", "weight"): _bound(1000, MAX_DECIMALS),
        ("band", "min"): _bound(MARK_HIGH, 4),
        ("band", "max"): _bound(MARK_HIGH, 4),
        ("round", "judges_per_entry"): _bound(100, 0),
        ("ranking", "trim"): _bound(49, 0),
        ("ranking", "panel_places"): _bound(PLACES_HIGH, 0),
        ("ranking", "weighted_places"): _bound(PLACES_HIGH, 0),
        ("ranking", "total_places"): _bound(PLACES_HIGH, 0),
        ("component", "points"): _bound(MARK_HIGH, 4),
        ("component", "places"): _bound(PLACES_HIGH, 0),
        ("advance", "top"): _bound(COUNT_HIGH, 0),
        ("advance", "min_total"): _bound(TOTAL_HIGH, 4),
        ("prize", "count"): _bound(COUNT_HIGH, 0),
        ("prize", "min_total"): _bound(TOTAL_HIGH, 4),
    }
)

#: A component value (community votes, a deduction) in a components file.
COMPONENT_VALUE = _bound(1_000_000_000, 4)


def shown(text: str | Decimal | int) -> str:
    """A refused value as a message repeats it: at most ``SHOWN`` characters."""
    if isinstance(text, bool):
        raw = str(text)
    elif isinstance(text, int):
        raw = _int_text(text)
    else:
        raw = str(text)
    return raw if len(raw) <= SHOWN else raw[: SHOWN - 1] + "…"


def decimals(value: Decimal | int) -> int:
    """Digits after the point of an exact value, trailing zeros ignored (1.50 → 1; 1E-9 → 9)."""
    if isinstance(value, int) or not value.is_finite() or value == 0:
        return 0
    # From the digits, not through ``normalize``: that would round 1E-999999999 to zero.
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing))


def within_digits(value: Decimal | int) -> bool:
    """True if ``value`` has at most ``MAX_DIGITS`` significant digits before the point and
    ``MAX_DECIMALS`` after it: a number any reader of the program may take."""
    if isinstance(value, int):
        return bool(abs(value) < 10**MAX_DIGITS)
    if not value.is_finite():
        return False
    return value == 0 or (value.adjusted() < MAX_DIGITS and decimals(value) <= MAX_DECIMALS)


def read_decimal(text: str, *, what: str = P.TERM_NUMBER, comma: bool = True) -> Decimal:
    """A number written as text, strictly: plain ASCII digits, an optional sign, one decimal
    separator (a point; a comma too when ``comma``), bounded digits. ``InputError`` otherwise,
    naming ``what`` and repeating (the start of) the text."""
    raw = text.strip()
    if len(raw) > MAX_TEXT:
        raise InputError(
            P.NUMBER_TOO_LONG, what=what, text=shown(raw), digits=MAX_DIGITS, places=MAX_DECIMALS
        )
    found = _SYNTAX.fullmatch(raw)
    if found is None or not (found.group(2) or found.group(3)) or (not comma and "," in raw):
        raise InputError(P.NUMBER_INVALID, what=what, text=shown(raw))
    sign, whole, fraction = found.group(1), found.group(2), found.group(3) or ""
    if len(whole.lstrip("0")) > MAX_DIGITS or len(fraction) > MAX_DECIMALS:
        raise InputError(
            P.NUMBER_TOO_LONG, what=what, text=shown(raw), digits=MAX_DIGITS, places=MAX_DECIMALS
        )
    return Decimal(f"{sign}{whole or '0'}.{fraction}" if fraction else f"{sign}{whole}")


def check_digits(value: Decimal | int, *, what: str = P.TERM_NUMBER) -> Decimal:
    """A number that arrived typed (TOML, JSON) as a ``Decimal``, held to the digit bounds."""
    if isinstance(value, Decimal) and not value.is_finite():
        raise InputError(P.NUMBER_NOT_FINITE, what=what, text=shown(value))
    if not within_digits(value):
        raise InputError(
            P.NUMBER_TOO_LONG,
            what=what,
            text=shown(value),
            digits=MAX_DIGITS,
            places=MAX_DECIMALS,
        )
    return Decimal(value)


def check_bound(value: Decimal, bound: Bound, *, what: str = P.TERM_NUMBER) -> Decimal:
    """``value`` if it is at most ``bound.high`` with at most ``bound.places`` decimals."""
    if value > bound.high:
        raise InputError(
            P.NUMBER_OUT_OF_RANGE, what=what, value=shown(value), low=0, high=bound.high
        )
    if decimals(value) > bound.places:
        raise InputError(P.NUMBER_TOO_FINE, what=what, places=bound.places, value=shown(value))
    return value


def _int_text(value: int) -> str:
    """The start of a (possibly huge) integer's digits, without converting all of them."""
    if value.bit_length() < 200:
        return str(value)
    return f"{'-' if value < 0 else ''}~1E+{value.bit_length() * 3 // 10}"
