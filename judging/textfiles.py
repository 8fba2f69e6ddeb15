"""Reading the text files people bring (one reader for every CSV import), and writing the
files the program hands out (one set of checks for every export).

A *source* is the name a message gives the file (its file name). Bytes are read with the
faults a person can fix named (no such file, a folder, not a text file); text is decoded
strictly, in this order: UTF-8 with a BOM, UTF-16 with a BOM, UTF-8, then CP1258 (Vietnamese
Windows), and a row none of them can read is named. The delimiter is sniffed: ``,`` or ``;``.
Entries, judges, conflicts, assignments, components (judging.setup.imports) and marks
(judging.scoring.marks_csv) all read through here, so they take the same files. An export
to a folder, or into a folder that does not exist, is the person's mistake (exit 2, nothing
created); a file the system will not let us write is the environment's (exit 3).
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from judging.errors import EnvironmentFault, InputError, Problem
from judging.problems import ProblemCode as P

#: The first bytes of files that are often renamed or picked by mistake, and what they are.
_NOT_TEXT = (
    (b"%PDF", P.TERM_PDF),
    (b"PK\x03\x04", P.TERM_ZIP),
    (b"\xd0\xcf\x11\xe0", P.TERM_OLD_OFFICE),
    (b"SQLite format 3\x00", P.TERM_SQLITE),
    (b"\x89PNG", P.TERM_PNG),
    (b"\xff\xd8\xff", P.TERM_JPEG),
)

#: A well-formed UTF-8 sequence of two to four bytes (what a mostly-UTF-8 file is full of).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def read_bytes(path: Path, *, source: str | None = None) -> bytes:
    """The file's bytes; a missing file or a folder is the person's to fix (exit 2), a file
    the system will not let us read is the environment's (exit 3)."""
    name = source or path.name
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(P.FILE_MISSING, name=name) from None
    except IsADirectoryError:
        raise InputError(P.FILE_IS_FOLDER, name=name) from None
    except OSError as exc:
        raise EnvironmentFault(P.FILE_UNREADABLE, name=name, reason=exc.strerror) from None


def refuse_if_not_text(data: bytes, *, source: str, wanted: P = P.TERM_CSV_FILE) -> None:
    """Refuse a file that plainly is not text (a PDF renamed .csv, a workbook, an image)
    before it is decoded into rows of noise."""
    for magic, kind in _NOT_TEXT:
        if data.startswith(magic):
            raise InputError(P.FILE_NOT_TEXT, source=source, kind=kind, wanted=wanted)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(P.FILE_BINARY, source=source, wanted=wanted)


def decode_csv(data: bytes, *, source: str) -> str:
    """Decode strictly: UTF-8 with BOM, UTF-16 with BOM, UTF-8, CP1258; name what fails."""
    refuse_if_not_text(data, source=source)
    if data.startswith(codecs.BOM_UTF8):
        return _strict_utf8(data, source, bom=3)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].decode("utf-16", errors="replace").count("\n") + 1
            raise InputError(
                P.FILE_NOT_UTF16,
                [Problem.of(f"{source}, row {line}", P.FILE_ROW_NOT_UTF16)],
                source=source,
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    bad_utf8 = _bad_lines(data, "utf-8")
    valid_sequences = len(_UTF8_MULTIBYTE.findall(data))
    if valid_sequences > len(bad_utf8):
        # Mostly UTF-8 with a few broken rows: reading it all as CP1258 would garble the rest.
        raise _not_utf8(source, bad_utf8)
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        lines = _bad_lines(data, "cp1258")
        raise InputError(
            P.FILE_UNDECODABLE,
            [Problem.of(f"{source}, row {line}", P.FILE_ROW_UNDECODABLE) for line in lines],
            source=source,
        ) from None


def _not_utf8(source: str, lines: list[int]) -> InputError:
    return InputError(
        P.FILE_NOT_UTF8,
        [Problem.of(f"{source}, row {line}", P.FILE_ROW_NOT_UTF8) for line in lines],
        source=source,
    )


def _strict_utf8(data: bytes, source: str, *, bom: int) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _not_utf8(source, _bad_lines(data[bom:], "utf-8")) from None


def _bad_lines(data: bytes, encoding: str) -> list[int]:
    """Row numbers (1-based lines) holding bytes ``encoding`` cannot decode."""
    bad = []
    for number, line in enumerate(data.split(b"\n"), 1):
        try:
            line.decode(encoding)
        except UnicodeDecodeError:
            bad.append(number)
    return bad


def sniff_delimiter(text: str) -> str:
    """``;`` when the header line has more semicolons than commas (outside quotes), else ``,``."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    return ";" if unquoted.count(";") > unquoted.count(",") else ","


def check_output(path: Path) -> None:
    """Refuse an output path that names a folder, or a file in a folder that does not exist
    (a typo there must not create folders nobody asked for)."""
    if path.is_dir():
        raise InputError(P.OUTPUT_IS_FOLDER, path=path)
    if path.parent.exists() and not path.parent.is_dir():
        raise InputError(P.OUTPUT_PARENT_IS_FILE, path=path, parent=path.parent)
    if not path.parent.is_dir():
        raise InputError(P.OUTPUT_FOLDER_MISSING, path=path, parent=path.parent)


def write_output(path: Path, data: bytes) -> None:
    """Write an exported file whole, after ``check_output``: the bytes go to a temporary file
    beside it, which replaces the old file only once it is complete and on disk."""
    with atomic_output(path) as temporary:
        temporary.write_bytes(data)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path, in ``path``'s folder, to write an exported file to (by any writer:
    openpyxl, QPdfWriter…). When the block ends normally the file is flushed to disk and
    renamed over ``path``; when it raises (a full disk, a cancelled export) the temporary file
    is removed and whatever ``path`` held before is left as it was. ``check_output`` first."""
    check_output(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise EnvironmentFault(P.OUTPUT_UNWRITABLE, path=path, reason=exc.strerror) from None
    temporary = Path(name)
    try:
        # mkstemp makes the file private; the export gets the old file's mode, or the usual one.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise EnvironmentFault(P.OUTPUT_UNWRITABLE, path=path, reason=exc.strerror) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
