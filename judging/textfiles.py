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
import errno
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from judging import faults
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


#: What a file the program reads may weigh when its reader names no smaller bound (a judge
#: kit, the largest, may hold 200 MB); each reader's own bound is in docs/reliability.md.
DEFAULT_READ_LIMIT = 256 * 2**20


def read_bytes(path: Path, *, source: str | None = None, limit: int = DEFAULT_READ_LIMIT) -> bytes:
    """The file's bytes; a missing file or a folder is the person's to fix (exit 2), a file
    the system will not let us read is the environment's (exit 3). A file larger than
    ``limit`` is refused before it is read (exit 2), so memory stays bounded by the limit
    (and at most ``limit`` bytes are read from a file that grows, or a device)."""
    name = source or path.name
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise too_large(name, limit)
            data = handle.read(size + 1)  # one more byte: has it grown since?
            if len(data) > size:  # growing, or a pipe or device that states no size
                data += _read_to(handle, limit + 1 - len(data))
    except FileNotFoundError:
        raise InputError(P.FILE_MISSING, name=name) from None
    except IsADirectoryError:
        raise InputError(P.FILE_IS_FOLDER, name=name) from None
    except PermissionError:
        raise EnvironmentFault(P.FILE_NO_PERMISSION, name=name) from None
    except OSError as exc:
        raise EnvironmentFault(P.FILE_UNREADABLE, name=name, reason=exc.strerror) from None
    if len(data) > limit:
        raise too_large(name, limit)
    return data


def _read_to(handle: BinaryIO, most: int) -> bytes:
    """What a file of no stated size (a pipe, a device) holds, in pieces, up to ``most``."""
    pieces: list[bytes] = []
    total = 0
    while total < most:
        piece = handle.read(min(2**20, most - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    return b"".join(pieces)


def too_large(name: str, limit: int) -> InputError:
    """A file over its reader's bound: refused whole, nothing read."""
    return InputError(P.FILE_TOO_LARGE, name=name, megabytes=max(1, limit // 2**20))


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


_LINE_END = re.compile(r"\r\n|\r|\n")


def text_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, as ``io.StringIO(text, newline="")`` gives them
    to ``csv.reader``, without StringIO's copy of the whole text (four bytes a character)."""
    start = 0
    for match in _LINE_END.finditer(text):
        yield text[start : match.end()]
        start = match.end()
    if start < len(text):
        yield text[start:]


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


#: The fault point of every file the program writes, for drills (tests): when set, it is
#: called with the temporary file once its writer is done, before the file is checked, flushed
#: and renamed; a drill cuts the file short, or raises ``OSError(ENOSPC)`` as a full disk does.
write_fault: Callable[[Path], None] | None = None


def pdf_is_whole(path: Path) -> bool:
    """A PDF ends with ``%%EOF`` (and maybe a line end): Qt's PDF writers do not report a
    write that failed part-way (a full disk), so a PDF is checked before it replaces a file."""
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            return False
        handle.seek(max(0, path.stat().st_size - 1024))
        return b"%%EOF" in handle.read()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path, in ``path``'s folder, to write an exported file to (by any writer:
    openpyxl, QPdfWriter…). When the block ends normally the file is checked (a file that
    begins as a PDF must end as one), flushed to disk and renamed over ``path``; when it
    raises (a full disk, a cancelled export) or the check fails, the temporary file is removed
    and whatever ``path`` held before is left as it was. ``check_output`` first; then the traces
    of earlier killed writes of ``path`` are removed (``remove_leftovers``)."""
    check_output(path)
    remove_leftovers(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise _unwritable(path, exc) from None
    temporary = Path(name)
    try:
        # mkstemp makes the file private; the export gets the old file's mode, or the usual one.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        yield temporary
        if write_fault is not None:
            write_fault(temporary)
        faults.reach("output")
        _check_whole(temporary, path)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _unwritable(path, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


#: A temporary file left by a killed writer (``.NAME.xxxx.part``: hidden, never taken for the
#: file) is removed by the next write of the same file once it is this old; a younger one may
#: belong to a write still under way in another process.
LEFTOVER_AGE_SECONDS = 600


#: The traces found in each folder the first time this process writes there, by the name of
#: the file they were for: a folder of 1,000 certificates is listed once, not 1,000 times.
_traces: dict[Path, dict[str, list[str]]] = {}


def remove_leftovers(path: Path) -> None:
    """Remove the temporary files that killed writes of ``path`` left beside it."""
    found = _traces.get(path.parent)
    if found is None:
        found = _traces[path.parent] = _find_traces(path.parent)
    now = time.time()
    for name in found.pop(path.name, ()):
        leftover = path.parent / name
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > LEFTOVER_AGE_SECONDS:
                leftover.unlink()


def _find_traces(folder: Path) -> dict[str, list[str]]:
    """``.NAME.xxxxxxxx.part`` files in ``folder``, by NAME (mkstemp's part has no dot)."""
    found: dict[str, list[str]] = {}
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(".part"):
                target = entry.name[1 : -len(".part")].rpartition(".")[0]
                found.setdefault(target, []).append(entry.name)
    return found


def _check_whole(temporary: Path, path: Path) -> None:
    with temporary.open("rb") as handle:
        starts_as_pdf = handle.read(5) == b"%PDF-"
    if starts_as_pdf and not pdf_is_whole(temporary):
        raise EnvironmentFault(P.OUTPUT_INCOMPLETE, path=path)


def _unwritable(path: Path, exc: OSError) -> EnvironmentFault:
    """A full disk, a folder one may not write in, a read-only disk: said as such, in the
    person's language; any other refusal with the system's reason."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return EnvironmentFault(P.OUTPUT_DISK_FULL, path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return EnvironmentFault(P.OUTPUT_NO_PERMISSION, path=path)
    if exc.errno == errno.EROFS:
        return EnvironmentFault(P.OUTPUT_READ_ONLY, path=path)
    return EnvironmentFault(P.OUTPUT_UNWRITABLE, path=path, reason=exc.strerror)


# -- paths built from names that come from files -------------------------------------------------
#: What may stand in a file name made from a stored name: letters (any script), digits, and a
#: few harmless marks; everything else (slashes, ``..``, control characters…) becomes ``_``.
_NAME_UNSAFE = re.compile(r"[^\w.\- ()+,]+", re.UNICODE)
_MAX_NAME = 120


def safe_name(name: str, *, fallback: str = "file") -> str:
    """A file name made from text read from a file or a database (an attachment's name, an
    id): no folder parts, no ``..``, no leading dot, no control or reserved characters, at
    most 120 characters with its suffix kept; ``fallback`` when nothing usable is left."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _NAME_UNSAFE.sub("_", base).strip(" .")
    if not cleaned or set(cleaned) <= {"_", ".", " "}:
        return fallback
    if len(cleaned) > _MAX_NAME:
        stem, dot, suffix = cleaned.rpartition(".")
        ending = "." + suffix[:16] if dot and stem else ""
        cleaned = cleaned[: _MAX_NAME - len(ending)].rstrip(" .") + ending
    return cleaned


def safe_child(folder: Path, *names: str) -> Path:
    """``folder / safe_name(n1) / safe_name(n2)…``, and proven to stay inside ``folder``
    (symbolic links resolved): the one way a path is built from a name someone else chose.
    A path that would leave the folder is refused (``ValueError``: a bug, since the names
    were made safe)."""
    base = folder.resolve()
    path = base.joinpath(*(safe_name(n) for n in names))
    if not path.resolve().is_relative_to(base) or path.resolve() == base:
        raise ValueError(f"{path} is not inside {base}")
    return path


# -- what a file is, by its content --------------------------------------------------------------
#: The first bytes of the kinds of files an attachment may be, and their media types.
_MEDIA_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)


def media_type_of(data: bytes) -> str | None:
    """The media type ``data`` really is (PDF, PNG, JPEG, GIF, WebP, TIFF, BMP), by its first
    bytes rather than a name; None for anything else (a script named .png is None)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for magic, media_type in _MEDIA_MAGIC:
        if data.startswith(magic):
            return media_type
    return None
