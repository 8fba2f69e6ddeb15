"""Structure-aware mutations of a valid file: hypothesis strategies that start from what the
program itself wrote and break it the ways people and attackers do.

Text files (TOML, CSV, JSON) are mutated line by line and token by token: a number replaced by an
extreme one (the issue's reproductions, other scripts' digits, exponents), a line deleted,
duplicated or truncated, deep nesting inserted, bytes flipped. Binary files (xlsx, zip kits) get
byte flips and truncation.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

#: Numbers that broke, or could break, a reader (issue 12, defect 3) and their relatives.
EXTREME_NUMBERS = (
    "1000000000000000",
    "99999999999999999999",
    "1e999999",
    "1e-999999",
    "1E+99999999",
    "1E+999999999",
    "-1E+999999999",
    "1e400",
    "inf",
    "-inf",
    "nan",
    "NaN",
    "Infinity",
    "2_5",
    "1_0",
    "\u0662\u0665",  # Arabic-Indic 25
    "\uff12\uff15",  # full-width 25
    "\u0968\u096b",  # Devanagari 25
    "25\u00a0",  # with a no-break space
    "2 5",
    "0x19",
    "0b11001",
    "1,5",
    "1,2,3",
    "1.2.3",
    "-0",
    "-1",
    "+30",
    ".5",
    "5.",
    "0.00000001",
    "0.12345678901234567890",
    "1" * 40,
    "9" * 5000,
    "-" + "9" * 300,
    "1e-7",
    "3.4028235e38",
    "",
    " ",
    "true",
    "[]",
    "{}",
)

_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:[.,]\d+)?(?![\w.])")


#: Ordinary numbers, so that some mutated files are still valid and take the accepting path.
PLAIN_NUMBERS = ("0", "1", "2", "7", "10", "15", "20", "27,5", "0.5", "100", "4500")


def deep(depth: int) -> str:
    """A value nested ``depth`` levels deep."""
    return "[" * depth + "]" * depth


@st.composite
def mutated_text(draw: st.DrawFn, seed: str, *, toml: bool = False) -> str:
    """``seed`` with one to three structure-aware mutations."""
    text = seed
    for _ in range(draw(st.integers(1, 3))):
        text = draw(st.sampled_from(_TEXT_MUTATIONS))(draw, text, toml)
    return text


def _replace_number(draw: st.DrawFn, text: str, toml: bool) -> str:
    found = list(_NUMBER.finditer(text))
    if not found:
        return text
    match = draw(st.sampled_from(found))
    extreme = draw(st.sampled_from(EXTREME_NUMBERS + PLAIN_NUMBERS))
    return text[: match.start()] + extreme + text[match.end() :]


def _replace_every_number(draw: st.DrawFn, text: str, toml: bool) -> str:
    extreme = draw(st.sampled_from(EXTREME_NUMBERS))
    return _NUMBER.sub(lambda _m: extreme, text)


def _line_op(draw: st.DrawFn, text: str, toml: bool) -> str:
    lines = text.split("\n")
    if not lines:
        return text
    i = draw(st.integers(0, len(lines) - 1))
    op = draw(st.sampled_from(("delete", "duplicate", "truncate", "swap")))
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "truncate":
        lines[i] = lines[i][: draw(st.integers(0, max(0, len(lines[i]))))]
    else:
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _truncate(draw: st.DrawFn, text: str, toml: bool) -> str:
    return text[: draw(st.integers(0, len(text)))]


def _flip(draw: st.DrawFn, text: str, toml: bool) -> str:
    if not text:
        return text
    i = draw(st.integers(0, len(text) - 1))
    char = draw(st.sampled_from(("\x00", "\ufffd", '"', "'", ",", ";", "\n", "[", "=", "\\", "é")))
    return text[:i] + char + text[i + 1 :]


def _deep(draw: st.DrawFn, text: str, toml: bool) -> str:
    depth = draw(st.sampled_from((33, 200, 3000)))
    if toml:
        return text + f"\nzz_deep = {deep(depth)}\n"
    # JSON: wrap a value deep inside
    return text.replace("[", "[" * depth, 1).replace("]", "]" * depth, 1)


def _insert_cell(draw: st.DrawFn, text: str, toml: bool) -> str:
    lines = text.split("\n")
    i = draw(st.integers(0, len(lines) - 1))
    lines[i] = lines[i] + "," + draw(st.sampled_from(EXTREME_NUMBERS))
    return "\n".join(lines)


_TEXT_MUTATIONS = (
    _replace_number,
    _replace_number,
    _replace_number,
    _replace_every_number,
    _line_op,
    _line_op,
    _truncate,
    _flip,
    _deep,
    _insert_cell,
)


@st.composite
def mutated_bytes(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with byte flips, a truncation or a repeated block."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(("flip", "truncate", "repeat", "zero")))
        # a position drawn whatever the length: the same draws on a replay even when the seed's
        # length varies (a workbook's bytes carry the time it was saved)
        at = draw(st.integers(0, 2**24))
        if not data:
            break
        i = at % len(data)
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[i:]
        elif op == "repeat":
            data[i:i] = data[i : i + draw(st.integers(1, 64))]
        else:
            data[i : i + 16] = bytes(min(16, len(data) - i))
    return bytes(data)
