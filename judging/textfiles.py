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
import re
from pathlib import Path

from judging.errors import EnvironmentFault, InputError, Problem

#: The first bytes of files that are often renamed or picked by mistake, and what they are.
_NOT_TEXT = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip file or an xlsx workbook"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) or Word (.doc) file"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)

#: The same, in Vietnamese, as the whole reason a file is refused.
_VI = {
    "a PDF document": "là tài liệu PDF, không phải tệp văn bản",
    "a zip file or an xlsx workbook": "là tệp zip hoặc bảng tính xlsx, không phải tệp văn bản",
    "an old Excel (.xls) or Word (.doc) file": "là tệp Excel (.xls) hoặc Word (.doc) cũ, "
    "không phải tệp văn bản",
    "a SQLite database": "là cơ sở dữ liệu SQLite, không phải tệp văn bản",
    "a PNG image": "là ảnh PNG, không phải tệp văn bản",
    "a JPEG image": "là ảnh JPEG, không phải tệp văn bản",
}

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
        raise InputError(f"{name}: no such file", vi=f"{name}: không có tệp này") from None
    except IsADirectoryError:
        raise InputError(
            f"{name}: is a folder, not a file", vi=f"{name}: là một thư mục, không phải tệp"
        ) from None
    except OSError as exc:
        raise EnvironmentFault(f"{name}: cannot be read ({exc.strerror})") from None


def refuse_if_not_text(data: bytes, *, source: str, wanted: str = "a CSV text file") -> None:
    """Refuse a file that plainly is not text (a PDF renamed .csv, a workbook, an image)
    before it is decoded into rows of noise."""
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise InputError(f"{source}: {what}, not {wanted}", vi=f"{source}: {_VI[what]}")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(
            f"{source}: a binary file, not {wanted}",
            vi=f"{source}: tệp nhị phân, không phải tệp văn bản",
        )


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
                f"{source}: cannot be read as UTF-16",
                [Problem(f"{source}, row {line}", "undecodable text (not valid UTF-16)")],
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
            f"{source}: not UTF-8, UTF-16 or CP1258 text; nothing was imported",
            [
                Problem(f"{source}, row {line}", "undecodable text (not UTF-8, UTF-16 or CP1258)")
                for line in lines
            ],
        ) from None


def _not_utf8(source: str, lines: list[int]) -> InputError:
    return InputError(
        f"{source}: some rows are not valid UTF-8; nothing was imported",
        [Problem(f"{source}, row {line}", "undecodable text (not valid UTF-8)") for line in lines],
        vi=f"{source}: có dòng không phải UTF-8 hợp lệ; chưa nhập gì",
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
        raise InputError(
            f"{path}: is a folder; give the name of the file to write",
            vi=f"{path}: là một thư mục; hãy cho tên tệp cần ghi",
        )
    if path.parent.exists() and not path.parent.is_dir():
        raise InputError(
            f"{path}: {path.parent} is a file, not a folder",
            vi=f"{path}: {path.parent} là một tệp, không phải thư mục",
        )
    if not path.parent.is_dir():
        raise InputError(
            f"{path}: the folder {path.parent} does not exist",
            vi=f"{path}: thư mục {path.parent} không tồn tại",
        )


def write_output(path: Path, data: bytes) -> None:
    """Write an exported file whole, after ``check_output``."""
    check_output(path)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise EnvironmentFault(f"{path}: cannot be written ({exc.strerror})") from None
