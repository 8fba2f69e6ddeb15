"""Exact numbers: parsing decimals (a point or a comma), half-up rounding, fixed-place output.

Binary floating point never touches a mark, a mean or a total. Rounding is ROUND_HALF_UP at
the stages a competition names; a stage with named places is printed with exactly that many
places ("27.00").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from judging.errors import InputError
from judging.number_syntax import check_digits, read_decimal
from judging.problems import ProblemCode as P

#: Marks and steps are stored with at most this many decimal places (scaled integers in the db).
MARK_PLACES = 4
MARK_SCALE = 10**MARK_PLACES

#: Precision of the few computations that cannot be exact (z-scores: a square root).
APPROX_PRECISION = 28


def parse_decimal(text: str | int | Decimal, *, what: str = P.TERM_NUMBER) -> Decimal:
    """Read a decimal typed by a person or found in a file; "27,5" is 27.5.

    The syntax and digit bounds are ``judging.number_syntax``'s: plain ASCII digits, one
    decimal separator, no exponent ("2_5", "٢٥", "1E+9" are refused). Refuses floats on
    purpose: a float has already lost the exact value.
    """
    if isinstance(text, bool):
        raise InputError(P.NUMBER_INVALID, what=what, text=text)
    if isinstance(text, Decimal | int):
        return check_digits(text, what=what)
    if isinstance(text, str):
        return read_decimal(text, what=what)
    raise InputError(P.NUMBER_INVALID, what=what, text=text)


def round_half_up(value: Fraction | Decimal | int, places: int) -> Decimal:
    """Round an exact value half-up (away from zero on a tie) to ``places`` decimals."""
    quantum = Decimal(1).scaleb(-places)
    if isinstance(value, Decimal) and value.is_finite() and not value.is_signed():
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent <= places:
            return value.quantize(quantum)  # no more places than asked: nothing to round
    frac = Fraction(value)
    # Exact: numerator / denominator computed with enough digits that the tie is decided right.
    with localcontext() as ctx:
        ctx.prec = 60
        ctx.rounding = ROUND_HALF_UP
        scaled = frac * (10**places)
        whole, remainder = divmod(abs(scaled.numerator), scaled.denominator)
        if 2 * remainder >= scaled.denominator:
            whole += 1
        signed = -whole if scaled < 0 else whole
        return (Decimal(signed).scaleb(-places)).quantize(quantum)


def fraction_to_decimal(value: Fraction, places: int | None = None) -> Decimal:
    """A Fraction as a Decimal: rounded half-up when ``places`` is given, else exact when the
    fraction terminates, else to 12 places (half-up) and never through float."""
    if places is not None:
        return round_half_up(value, places)
    den = value.denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    if den == 1:
        with localcontext() as ctx:
            ctx.prec = 100
            return (Decimal(value.numerator) / Decimal(value.denominator)).normalize(ctx)
    return round_half_up(value, 12)


def format_decimal(value: Decimal | None, places: int | None = None) -> str:
    """A decimal as text with a point: fixed places when named, else without trailing zeros."""
    if value is None:
        return ""
    if places is not None:
        return str(round_half_up(value, places))
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def to_scaled(value: Decimal, *, what: str = P.TERM_MARK) -> int:
    """A mark as a scaled integer (value × 10⁴) for storage; refuses finer values."""
    scaled = value * MARK_SCALE
    if scaled != scaled.to_integral_value():
        raise InputError(P.NUMBER_TOO_FINE, what=what, places=MARK_PLACES, value=value)
    return int(scaled)


def from_scaled(scaled: int) -> Decimal:
    return (
        (Decimal(scaled) / MARK_SCALE).normalize()
        if scaled % MARK_SCALE
        else Decimal(scaled // MARK_SCALE)
    )


def is_multiple(value: Decimal, step: Decimal) -> bool:
    """True if ``value`` is a whole number of ``step``s (exact)."""
    if step == 0:
        return True
    return (value / step) == (value / step).to_integral_value()


def places_of(step: Decimal) -> int:
    """How many decimal places a step needs: 1 → 0, 0.5 → 1, 0.25 → 2."""
    exponent = step.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def trimmed(value: Decimal | None) -> Decimal | None:
    """Without trailing zeros ("30.0" → 30, "26.50" → 26.5): a bound or a step as written by
    people, for ``format_places`` without places."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def format_places(
    value: Decimal | Fraction | int | None, places: int | None = None, lang: str = "en"
) -> str:
    """A number for a person to read, the one way every screen and report writes it.

    Half-up to ``places`` when named ("88" → "88.00"), else exactly as given (never in
    exponent form); a decimal comma in Vietnamese ("26,33"), a point otherwise ("26.33"); no
    thousands grouping (a total of 1234,5 stays one number to the eye). ``None`` is "".
    Files meant for programs (json, csv) keep their point: they do not use this.
    """
    if value is None:
        return ""
    if places is not None:
        text = format(round_half_up(value, places), "f")
    elif isinstance(value, Fraction):
        text = format(fraction_to_decimal(value), "f")
    else:
        text = format(Decimal(value), "f")
    return text.replace(".", ",") if lang == "vi" else text
