"""Text on its way in: NFC normalisation, and folding for search and matching.

Folding removes case and Vietnamese diacritics so that "nguyen" finds "Nguyễn" and "d" finds
"Đ". SQLite's ``lower()``/``LIKE`` fold ASCII only, so folding is done here, in Python, and a
folded copy is stored beside names and titles.
"""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def nfc(text: str) -> str:
    """NFC-normalise; every text taken in (imports, typing, files) passes through here."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space collapsed to one space."""
    if text is None:
        return ""
    return " ".join(nfc(text).split())


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: ``fold("Nguyễn Đức") == "nguyen duc"``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches(query: str, folded_haystack: str) -> bool:
    """True if every word of the query occurs in the folded haystack."""
    return all(word in folded_haystack for word in fold(query).split())
