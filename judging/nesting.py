"""How deeply a TOML or JSON text nests its lists and tables, found before a parser recurses.

``tomllib`` and ``json`` descend one Python call per level: a file 3,000 arrays deep ends in a
``RecursionError``. The program's own files nest a few levels; ``MAX_DEPTH`` leaves room for
hand-written ones. The scan skips strings and comments, so brackets inside text do not count.
"""

from __future__ import annotations

import re

MAX_DEPTH = 32

_OPEN = frozenset("[{")
_CLOSE = frozenset("]}")
#: What the scan stops at; everything between is skipped by the regular expression engine
#: (a score file of 100,000 marks is 17 MB: a Python step per character took seconds).
_SPECIAL = {False: re.compile(r'[\[\]{}"\n]'), True: re.compile(r"[\[\]{}\"'#\n]")}
#: The inside of a one-line "basic" string: anything but its quote, a backslash or a line end,
#: or a backslash and the character after it (a line end too).
_BASIC_INSIDE = re.compile(r'(?:[^"\\\n]|\\.)*', re.DOTALL)


#: The quick JSON check keeps quotes, brackets (an opening one as "(", a closing one as ")"),
#: line ends and the NUL mark left where an escape was; it drops every other byte.
_BRACKETS = bytes.maketrans(b"[{]}", b"(())")
_DROPPED = bytes(b for b in range(256) if b not in b'"[]{}\n\x00')


def _json_fits(text: str, limit: int) -> bool:
    """True when JSON ``text`` surely nests no deeper than ``limit`` as ``scan_depth`` reads
    it, worked out with bytes operations (a 17 MB score file in well under 0.1 s); False
    sends it to the exact scan, which also finds the line.

    Escapes become a NUL mark, everything but quotes, brackets, line ends and marks is
    dropped, and each pair of quotes with nothing left between them is dropped too (an empty
    string, or the end of one string and the start of the next: either way nothing changes
    sides). Strings must then hold no line end (``scan_depth`` ends a string there), and what
    is outside them no mark (a backslash outside a string, or a NUL, which ``scan_depth``
    reads differently): otherwise the exact scan decides. Each pass then drops every innermost
    pair of brackets, so they are gone after ``limit`` passes when they nest no deeper (a
    closing bracket too many, or one left open, also sends the text to the exact scan)."""
    raw = text.encode("utf-8", "surrogatepass")
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"\x00").replace(b'\\"', b"\x00").replace(b"\\", b"\x00")
    kept = raw.translate(_BRACKETS, _DROPPED).replace(b'""', b"")
    if b'"' in kept:
        pieces = kept.split(b'"')
        if b"\n" in b"".join(pieces[1::2]):
            return False
        kept = b"".join(pieces[::2])
    outside = kept.replace(b"\n", b"")
    if b"\x00" in outside:
        return False
    for _ in range(limit):
        if not outside:
            break
        outside = outside.replace(b"()", b"")
    return not outside


def too_deep_at(text: str, *, toml: bool, limit: int = MAX_DEPTH) -> int | None:
    """The line (1-based) where ``text`` first nests deeper than ``limit``, or None."""
    if not toml and _json_fits(text, limit):
        return None
    return scan_depth(text, toml=toml, limit=limit)


def scan_depth(text: str, *, toml: bool, limit: int = MAX_DEPTH) -> int | None:
    """``too_deep_at`` by one pass over the text's brackets, strings and comments, finding the
    line: TOML always, JSON that the quick look could not clear."""
    special = _SPECIAL[toml]
    depth = 0
    line = 1
    n = len(text)
    found = special.search(text, 0)
    while found is not None:
        i = found.start()
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch in _OPEN:
            depth += 1
            if depth > limit:
                return line
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "#":  # a TOML comment, to the end of its line
            end = text.find("\n", i)
            i = n - 1 if end < 0 else end - 1
        else:  # a string
            after, line = _skip_string(text, i, line, toml=toml)
            i = after - 1
        found = special.search(text, i + 1)
    return None


def _skip_string(text: str, start: int, line: int, *, toml: bool) -> tuple[int, int]:
    """The index after the string opening at ``start`` (and the line it ends on)."""
    quote = text[start]
    triple = toml and text.startswith(quote * 3, start)
    closing = quote * 3 if triple else quote
    escapes = quote == '"'
    i = start + len(closing)
    n = len(text)
    if escapes and not triple:  # the common case, at the regular expression engine's speed
        inside = _BASIC_INSIDE.match(text, i)
        end = inside.end() if inside is not None else i
        line += text.count("\n", i, end)  # line ends escaped inside it
        if end >= n:
            return n, line
        if text[end] == quote:
            return end + 1, line
        return end + 1, line + 1  # an unclosed one-line string: let the parser say so
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
