"""How deeply a TOML or JSON text nests its lists and tables, found before a parser recurses.

``tomllib`` and ``json`` descend one Python call per level: a file 3,000 arrays deep ends in a
``RecursionError``. The program's own files nest a few levels; ``MAX_DEPTH`` leaves room for
hand-written ones. The scan skips strings and comments, so brackets inside text do not count.
"""

from __future__ import annotations

MAX_DEPTH = 32

_OPEN = frozenset("[{")
_CLOSE = frozenset("]}")


def too_deep_at(text: str, *, toml: bool, limit: int = MAX_DEPTH) -> int | None:
    """The line (1-based) where ``text`` first nests deeper than ``limit``, or None."""
    depth = 0
    line = 1
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch in _OPEN:
            depth += 1
            if depth > limit:
                return line
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"' or (toml and ch == "'"):
            i, line = _skip_string(text, i, line, toml=toml)
            continue
        elif toml and ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        i += 1
    return None


def _skip_string(text: str, start: int, line: int, *, toml: bool) -> tuple[int, int]:
    """The index after the string opening at ``start`` (and the line it ends on)."""
    quote = text[start]
    triple = toml and text.startswith(quote * 3, start)
    closing = quote * 3 if triple else quote
    escapes = quote == '"'
    i = start + len(closing)
    n = len(text)
    while i < n:
        ch = text[i]
        if escapes and ch == "\\":
            if text.startswith("\n", i + 1):
                line += 1
            i += 2
            continue
        if ch == "\n":
            line += 1
            if not triple:  # an unclosed one-line string: let the parser say so
                return i + 1, line
        if text.startswith(closing, i):
            end = i + len(closing)
            # a triple-quoted string may end with up to two more quotes inside it
            while triple and end < n and text[end] == quote and end - i < 5:
                end += 1
            return end, line
        i += 1
    return n, line
