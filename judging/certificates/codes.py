"""Serial numbers and verification codes.

A serial is ``<competition code>-<year>-<4 digits>``, numbered in the order of issue across
the competition ("SKCD-2026-0001"); a competition code that already ends with the year
("SKCD-2026") does not repeat it. A verification code is 12 characters drawn at random
(``secrets``) from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), stored as the 12
characters and shown in groups of four ("K7QF-29XM-HD4T"); what a person types is read in any
case, with or without dashes and spaces.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
LENGTH = 12
GROUP = 4


def serial(competition_code: str, year: int, sequence: int) -> str:
    stem = competition_code.removesuffix(f"-{year}")
    return f"{stem}-{year}-{sequence:04d}"


def new_code() -> str:
    """A fresh verification code, grouped."""
    return group("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def group(code: str) -> str:
    plain = normalise(code)
    return "-".join(plain[i : i + GROUP] for i in range(0, len(plain), GROUP))


def normalise(typed: str) -> str:
    """What a person typed as the stored form: upper case, no dashes or spaces."""
    return "".join(ch for ch in typed.upper() if ch not in "- \t\u2010\u2011\u2012\u2013")
