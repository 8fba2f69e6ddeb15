"""Blind judging: what a judge sees of an entry when the competition is blind.

``anonymise`` keeps the entry's code, category, status and its title and summary, drops the
authors and the organisation, and masks in the title and summary every occurrence of an
author's name or the organisation's name (matched case- and diacritic-blind, as whole words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from judging.services.dto import EntryRow
from judging.text import fold, nfc

MASK = "***"
_WORD = re.compile(r"\w", re.UNICODE)


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        piece = fold(ch) if not ch.isspace() else " "
        if not piece and ch.strip():
            # a lone combining mark folds to nothing; keep nothing
            continue
        for c in piece or " ":
            out.append(c)
            where.append(i)
    return "".join(out), where


def mask_names(text: str, names: list[str]) -> str:
    """``text`` with every whole-word occurrence of any of ``names`` replaced by ``***``."""
    text = nfc(text)
    folded, where = _folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for name in sorted({fold(n) for n in names if fold(n)}, key=len, reverse=True):
        for match in re.finditer(re.escape(name), folded):
            start, end = match.start(), match.end()
            if start > 0 and _WORD.match(folded[start - 1]):
                continue
            if end < len(folded) and _WORD.match(folded[end]):
                continue
            s, e = where[start], where[end - 1] + 1
            # swallow combining marks that follow the last character
            while e < len(text) and unicodedata.combining(text[e]):
                e += 1
            if not any(s < ee and e > ss for ss, ee in spans):
                spans.append((s, e))
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + MASK + text[e:]
    return text


def anonymise(row: EntryRow) -> EntryRow:
    """The entry as a judge sees it in blind judging: code and anonymised content only."""
    names = [*row.authors, row.organisation]
    title = mask_names(row.title, names)
    summary = mask_names(row.summary, names)
    return replace(
        row,
        title=title,
        summary=summary,
        authors=(),
        organisation="",
        folded=fold(f"{row.code} {title}"),
    )
