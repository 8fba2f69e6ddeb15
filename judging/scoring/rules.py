"""Pure rules of scoring: reading a typed mark, range and step, bands, a sheet's total.

A mark is valid when it lies between 0 and the criterion's maximum (inclusive) and is a whole
number of steps. A typed mark may use a decimal point or comma ("27,5").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from judging.errors import InputError
from judging.model import Band, Criterion
from judging.numbers import MARK_PLACES, format_decimal, is_multiple, parse_decimal, places_of
from judging.problems import Message, message
from judging.problems import ProblemCode as P


def _show(value: Decimal) -> Decimal | str:
    # A huge typed value ("1e400") cannot be quantised; show it as it came.
    return Decimal(format_decimal(value)) if value.adjusted() < 20 else str(value)


def mark_problem(criterion: Criterion, value: Decimal) -> Message | None:
    """Why ``value`` is not a valid mark for ``criterion`` (a problem code with the value and
    the range or step it misses), or None."""
    if value < 0 or value > criterion.max:
        return message(P.MARK_OUT_OF_RANGE, value=_show(value), max=_show(criterion.max))
    if not is_multiple(value, criterion.step) and criterion.step == 1:
        return message(P.MARK_NOT_WHOLE, value=_show(value))
    if not is_multiple(value, criterion.step):
        return message(P.MARK_NOT_A_STEP, value=_show(value), step=_show(criterion.step))
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MARK_PLACES:
        return message(P.MARK_TOO_FINE, value=value, places=MARK_PLACES)
    return None


def parse_mark(text: str, criterion: Criterion) -> Decimal | None:
    """A typed mark: empty text clears (None); otherwise a valid value, or ``InputError``."""
    if not text.strip():
        return None
    value = parse_decimal(text, what=criterion.code)
    problem = mark_problem(criterion, value)
    if problem is not None:
        raise InputError(problem)
    # "27.50" and "27.5" are the same mark: store one canonical form.
    return value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1))


def band_for(criterion: Criterion, value: Decimal | None) -> Band | None:
    if value is None:
        return None
    return next((b for b in criterion.bands if b.min <= value <= b.max), None)


def weighted_total(
    criteria: Iterable[Criterion], marks: Mapping[str, Decimal | None]
) -> Decimal | None:
    """Σ mark × weight over the criteria that have a mark; None when none has."""
    total: Decimal | None = None
    for criterion in criteria:
        value = marks.get(criterion.code)
        if value is not None:
            total = (total or Decimal(0)) + value * criterion.weight
    return total


def missing_criteria(
    criteria: Iterable[Criterion], marks: Mapping[str, Decimal | None]
) -> list[str]:
    return [c.code for c in criteria if marks.get(c.code) is None]


def total_places(criteria: Iterable[Criterion]) -> int:
    """The places a sheet's weighted total needs: its criteria's steps times their factors."""
    return max((places_of(c.step * c.weight) for c in criteria), default=0)
