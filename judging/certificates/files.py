"""File names for certificates written one file each: "0001-Nguyen-Van-An.pdf".

A name starts with the serial's number (the digits at its end), or else the certificate's
place in the batch, then the recipient with Vietnamese diacritics folded (đ → d), anything but
letters and digits turned into single hyphens. Every name is safe on Windows (no ``<>:"/\\|?*``,
no control characters, no reserved device names, no trailing dot or space), bounded in length,
and distinct within the batch, case folded (Windows and macOS disks ignore case).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from judging.certificates.model import Certificate

#: The longest stem (name without ".pdf"); a long name is cut at a word boundary.
MAX_STEM = 60
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")
_TRAILING_NUMBER = re.compile(r"(\d+)\D*$")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}


def ascii_words(text: str) -> str:
    """``text`` as ASCII words joined by hyphens: "Nguyễn Văn Ân" → "Nguyen-Van-An"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub("-", stripped).strip("-")


def serial_number(serial: str) -> str | None:
    """The number a serial ends with ("SK-2026-0012" → "0012"), or None when it has none."""
    found = _TRAILING_NUMBER.search(serial)
    return found.group(1) if found else None


def _bounded(stem: str, limit: int) -> str:
    if len(stem) <= limit:
        return stem
    cut = stem[:limit]
    if "-" in cut and stem[limit] != "-":
        cut = cut.rsplit("-", 1)[0]
    return cut.rstrip("-")


def file_stem(number: str, recipient: str, *, limit: int = MAX_STEM) -> str:
    """One safe stem: "0001-Nguyen-Van-An" (the number alone when the name folds to nothing)."""
    name = ascii_words(recipient)
    stem = f"{number}-{name}" if name else number
    stem = _bounded(stem, limit) or "certificate"
    if stem.split("-", 1)[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def unique_names(stems: Iterable[str], *, suffix: str = ".pdf") -> list[str]:
    """The stems with ``suffix``, a clash (case folded) answered with "-2", "-3"…"""
    taken: set[str] = set()
    names = []
    for stem in stems:
        candidate, count = stem, 1
        while candidate.casefold() in taken:
            count += 1
            candidate = f"{stem}-{count}"
        taken.add(candidate.casefold())
        names.append(candidate + suffix)
    return names


def certificate_file_names(certificates: Sequence[Certificate]) -> list[str]:
    """A distinct, safe file name for each certificate, in the batch's order."""
    width = max(4, len(str(len(certificates))))
    stems = []
    for index, certificate in enumerate(certificates, 1):
        number = serial_number(certificate.serial) or str(index).zfill(width)
        stems.append(file_stem(number, certificate.recipient))
    return unique_names(stems)
