"""Pure rules of scoring: reading a typed mark, range and step, bands, a sheet's total.

A mark is valid when it lies between 0 and the criterion's maximum (inclusive) and is a whole
number of steps. A typed mark may use a decimal point or comma ("27,5").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from judging.errors import InputError
from judging.model import Band, Criterion
from judging.numbers import (
    MARK_PLACES,
    format_places,
    is_multiple,
    parse_decimal,
    places_of,
    trimmed,
)


def _show(value: Decimal, language: str = "en") -> str:
    # A huge typed value ("1e400") cannot be quantised; show it as it came.
    return format_places(trimmed(value), None, language) if value.adjusted() < 20 else str(value)


def mark_problem(criterion: Criterion, value: Decimal, language: str = "en") -> str | None:
    """Why ``value`` is not a valid mark for ``criterion`` (a plain sentence in ``language``,
    ``en`` or ``vi``), or None."""
    vi = language == "vi"
    top = format_places(trimmed(criterion.max), None, language)
    shown = _show(value, language)
    if value < 0 or value > criterion.max:
        if vi:
            return f"{shown} nằm ngoài thang điểm: điểm từ 0 đến {top}"
        return f"{shown} is out of range: marks go from 0 to {top}"
    if not is_multiple(value, criterion.step):
        step = format_places(trimmed(criterion.step), None, language)
        if vi and criterion.step == 1:
            return f"{shown} không phải điểm nguyên: tiêu chí này chấm điểm nguyên"
        if vi:
            return f"{shown} không đúng bậc điểm: tiêu chí này chấm theo bậc {step}"
        return f"{shown} is not a multiple of the step {step}"
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MARK_PLACES:
        if vi:
            return f"{value} có quá {MARK_PLACES} chữ số thập phân"
        return f"{value} has more than {MARK_PLACES} decimal places"
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
