"""Lines of a TOML text: which line wrote which path (``tomllib`` gives no positions)."""

from __future__ import annotations

from judging.setup.definition.issues import Path

# ---------------------------------------------------------------------------------------------
# Lines of a TOML text
# ---------------------------------------------------------------------------------------------


class LineMap:
    """Maps a path in the parsed document to the line (1-based) that wrote it.

    Scans the text for table headers (``[a.b]``, ``[[a.b]]``) and ``key =`` lines in order,
    keeping a count of each array of tables, as TOML does. A path with no line of its own (a
    value inside an inline table) falls back to its nearest ancestor that has one.
    """

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._scan(text)

    def line(self, path: Path) -> int:
        for length in range(len(path), -1, -1):
            found = self._lines.get(path[:length])
            if found is not None:
                return found
        return 1

    def _record(self, path: Path, line: int) -> None:
        self._lines.setdefault(path, line)

    def _scan(self, text: str) -> None:
        counts: dict[Path, int] = {}
        current: Path = ()
        state = _ValueState()
        for number, raw in enumerate(text.splitlines(), start=1):
            if state.open:
                state.feed(raw)
                continue
            stripped = raw.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("["):
                double = stripped.startswith("[[")
                inner = stripped[2:] if double else stripped[1:]
                end = inner.find("]]" if double else "]")
                names = _split_key(inner[:end] if end >= 0 else inner)
                path: Path = ()
                for name in names[:-1]:
                    path = (*path, name)
                    if path in counts:
                        path = (*path, counts[path] - 1)
                if not names:
                    continue
                full: Path = (*path, names[-1])
                if double:
                    index = counts.get(full, 0)
                    counts[full] = index + 1
                    current = (*full, index)
                else:
                    current = full
                self._record(current, number)
                continue
            key_text, sep, value = _split_assignment(stripped)
            if not sep:
                continue
            names = _split_key(key_text)
            for length in range(1, len(names) + 1):
                self._record((*current, *names[:length]), number)
            spans_lines = state.feed(value)
            # an array value spread over lines: record each element's line
            if spans_lines and value.strip().startswith("["):
                self._array_lines(text, number, (*current, *names))

    def _array_lines(self, text: str, start: int, path: Path) -> None:
        """Record the line of each element of an array value that spans lines."""
        lines = text.splitlines()
        index = 0
        depth = 0
        expecting = False
        for number in range(start, len(lines) + 1):
            raw = lines[number - 1]
            pos = raw.index("=") + 1 if number == start else 0
            while pos < len(raw):
                ch = raw[pos]
                if ch == "#":
                    break
                if ch in "[{":
                    if depth == 1 and expecting:
                        self._record((*path, index), number)
                        expecting = False
                    depth += 1
                    if depth == 1:
                        expecting = True
                elif ch in "]}":
                    depth -= 1
                    if depth == 0:
                        return
                elif ch == ",":
                    if depth == 1:
                        index += 1
                        expecting = True
                elif not ch.isspace() and depth == 1 and expecting:
                    self._record((*path, index), number)
                    expecting = False
                if ch in "\"'" and depth >= 1:
                    end = raw.find(ch, pos + 1)
                    while ch == '"' and end > 0 and raw[end - 1] == "\\":
                        end = raw.find(ch, end + 1)
                    pos = len(raw) if end < 0 else end
                pos += 1


def _split_key(text: str) -> list[str]:
    names: list[str] = []
    buf = ""
    quote = ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
            else:
                buf += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            names.append(buf.strip())
            buf = ""
        else:
            buf += ch
    if buf.strip() or names:
        names.append(buf.strip())
    return names


def _split_assignment(line: str) -> tuple[str, str, str]:
    quote = ""
    for pos, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "=":
            return line[:pos], "=", line[pos + 1 :]
    return line, "", ""


class _ValueState:
    """Follows a value over lines: open brackets, multi-line strings."""

    def __init__(self) -> None:
        self.depth = 0
        self.multiline = ""  # '"""' or "'''" while inside one

    @property
    def open(self) -> bool:
        return self.depth > 0 or bool(self.multiline)

    def feed(self, text: str) -> bool:
        """Follow one more line; True while the value goes on to the next line."""
        i = 0
        n = len(text)
        while i < n:
            if self.multiline:
                if text.startswith(self.multiline, i) and not (
                    self.multiline == '"""' and i > 0 and text[i - 1] == "\\"
                ):
                    i += 3
                    self.multiline = ""
                else:
                    i += 1
                continue
            ch = text[i]
            if text.startswith('"""', i) or text.startswith("'''", i):
                self.multiline = text[i : i + 3]
                i += 3
            elif ch == '"':
                i += 1
                while i < n and text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
                i += 1
            elif ch == "'":
                end = text.find("'", i + 1)
                i = n if end < 0 else end + 1
            elif ch == "#":
                break
            elif ch in "[{":
                self.depth += 1
                i += 1
            elif ch in "]}":
                self.depth = max(0, self.depth - 1)
                i += 1
            else:
                i += 1
        return self.open


# ---------------------------------------------------------------------------------------------
# Reading a file
# ---------------------------------------------------------------------------------------------
