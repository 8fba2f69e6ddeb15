"""The file names save dialogs suggest (issue 9): Vietnamese words without diacritics and the
code of what is saved, so that a file found later in a folder says what it holds. Pure
functions; the score sheets' and marks' names are in ui.scoring.common, in the same shape."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _safe(code: str | None) -> str:
    """A code as it may stand in a file name on every system: Vietnamese letters without
    their marks ("mới" → "moi", "Đ" → "D"), anything else a hyphen ("" when nothing is left)."""
    text = (code or "").replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _UNSAFE.sub("-", bare).strip("-")


def definition_file_name(competition_code: str | None) -> str:
    """The definition export: "SKCD-2026.toml"; "cuoc-thi.toml" for a competition whose code
    gives no file name."""
    return f"{_safe(competition_code) or 'cuoc-thi'}.toml"


def assignments_file_name(round_code: str | None) -> str:
    """The assignments export: "phan-cong-SK.csv"; "phan-cong.csv" for no round."""
    safe = _safe(round_code)
    return f"phan-cong-{safe}.csv" if safe else "phan-cong.csv"


def database_file_name(
    competition_code: str | None, taken: Callable[[str], bool] = lambda _name: False
) -> str:
    """A new database: named after the open competition ("SKCD-2026.sqlite"), else
    "giai-thuong.sqlite"; a name ``taken`` already gets a number ("SKCD-2026-2.sqlite"), since
    a new database is never an existing file."""
    stem = _safe(competition_code) or "giai-thuong"
    name, number = f"{stem}.sqlite", 1
    while taken(name):
        number += 1
        name = f"{stem}-{number}.sqlite"
    return name


def results_file_name(round_code: str | None, suffix: str = ".xlsx") -> str:
    """A round's result: "ket-qua-SK.xlsx" (the suffix names the kind: .csv, .pdf, .docx,
    .html); "ket-qua.xlsx" for no round."""
    safe = _safe(round_code)
    return f"ket-qua-{safe}{suffix}" if safe else f"ket-qua{suffix}"
