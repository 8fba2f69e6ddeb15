"""Reading registration spreadsheets (xlsx, csv) and checking their rows, all or nothing.

Terms: a *table* is what a file holds: its header cells and its data rows, each with the row
number a person sees in a spreadsheet program (the header is row 1). A *mapping* says which
column feeds which canonical *field* (entries: code, title, category, authors, organisation,
summary); every other column (a timestamp, an e-mail) is ignored. A *check* turns the mapped
rows into entries and lists every faulty row (missing title, unknown category, duplicate,
undecodable text); nothing is stored while any row is faulty.

CSV files are read through judging.textfiles (the one reader of every CSV import): decoded
strictly, UTF-8 with a BOM, UTF-16 with a BOM, UTF-8, then CP1258 (Vietnamese Windows), a row
that none of them can read named; the delimiter sniffed, ``,`` or ``;``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tomllib
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from judging.errors import InputError, Problem
from judging.model import Category, Entry, Judge, Role
from judging.nesting import MAX_DEPTH, too_deep_at
from judging.number_syntax import MAX_DECIMALS, MAX_DIGITS
from judging.problems import Message
from judging.problems import ProblemCode as P
from judging.publish.cells import csv_writer, unguard
from judging.text import clean, fold
from judging.textfiles import (
    decode_csv,
    read_bytes,
    sniff_delimiter,
    text_lines,
    too_large,
    write_output,
)

#: Bounds of a table file (entries, judges, conflicts, assignments, components; docs/reliability.md):
#: the file (a workbook may be larger: pictures pasted in it), its rows, its filled cells, and a
#: workbook's parts unpacked; a map file.
MAX_TABLE_BYTES = 32 * 2**20
MAX_WORKBOOK_BYTES = 64 * 2**20
MAX_TABLE_ROWS = 100_000
MAX_TABLE_CELLS = 2_000_000
MAX_WORKBOOK_UNPACKED = 256 * 2**20
MAX_MAP_BYTES = 2**20

ENTRY_FIELDS: tuple[str, ...] = ("code", "title", "category", "authors", "organisation", "summary")
JUDGE_FIELDS: tuple[str, ...] = ("code", "name", "title", "organisation", "role")
CONFLICT_FIELDS: tuple[str, ...] = ("judge", "entry", "reason")
ASSIGNMENT_FIELDS: tuple[str, ...] = ("round", "judge", "entry")
COMPONENT_FIELDS: tuple[str, ...] = ("round", "entry", "component", "value")

#: Folded phrases that, found in a header, suggest a field (registration forms in Vietnamese
#: and English). Exact canonical names always win; the first field to claim a column keeps it.
ENTRY_HINTS: Mapping[str, tuple[str, ...]] = {
    "code": ("ma ho so", "ma so", "ma sang kien", "ma du thi", "entry code"),
    "authors": ("tac gia", "author", "nguoi thuc hien"),
    "title": (
        "ten sang kien",
        "ten giai phap",
        "ten de tai",
        "ten cong trinh",
        "ten du an",
        "ten san pham",
        "tieu de",
        "title",
    ),
    "category": ("linh vuc", "bang du thi", "category", "field"),
    "organisation": (
        "don vi",
        "co quan",
        "to chuc",
        "organisation",
        "organization",
        "noi cong tac",
    ),
    "summary": ("tom tat", "mo ta", "summary", "description"),
}
JUDGE_HINTS: Mapping[str, tuple[str, ...]] = {
    "code": ("ma giam khao", "ma so"),
    "name": ("ho va ten", "ho ten", "ten giam khao"),
    "title": ("hoc ham", "hoc vi", "chuc danh"),
    "organisation": ("don vi", "co quan", "organization"),
    "role": ("vai tro", "vi tri"),
}

_ROLE_WORDS = {
    "member": Role.MEMBER,
    "thanh vien": Role.MEMBER,
    "uy vien": Role.MEMBER,
    "chair": Role.CHAIR,
    "chu tich": Role.CHAIR,
    "trainee": Role.TRAINEE,
    "du khuyet": Role.TRAINEE,
    "tap su": Role.TRAINEE,
}

CODE_RE = re.compile(r"^[\w.\-/]{1,64}$", re.UNICODE)


# -- tables --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    """A file's header and data rows; ``rows`` are (row number, cells), header is row 1."""

    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    problems: tuple[Problem, ...] = ()  # rows that could not be read at all (undecodable)

    def header_key(self) -> str:
        """The folded header set: what a remembered mapping is keyed by."""
        return "|".join(sorted(fold(h) for h in self.headers if h))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return unguard(clean(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # a spreadsheet number: integral ones are codes or counts ("12", not "12.0")
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        # written out, not "2.5e-05": readers take no exponent (judging.number_syntax)
        return format(Decimal(repr(value)), "f") if 1e-7 < abs(value) < 1e15 else repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return clean(str(value))


def read_table(path: Path, *, source: str | None = None) -> Table:
    """Read an xlsx or csv file (by its content, not only its name)."""
    name = source or path.name
    workbook = _looks_like_workbook(path)
    data = read_bytes(path, source=name, limit=MAX_WORKBOOK_BYTES if workbook else MAX_TABLE_BYTES)
    if workbook or data[:4] == b"PK\x03\x04":
        return read_xlsx(data, source=name)
    return read_csv(data, source=name)


def _looks_like_workbook(path: Path) -> bool:
    """A workbook by its name or its first bytes (a zip), before it is read."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False  # read_bytes names what is wrong


def read_xlsx(data: bytes, *, source: str) -> Table:
    """The first worksheet of a workbook (read-only, cached values rather than formulas)."""
    from openpyxl import load_workbook

    headers: tuple[str, ...] = ()
    body: list[tuple[int, tuple[str, ...]]] = []
    _refuse_a_workbook_too_large(data, source)
    count = _TableCount(source)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a broken zip, XML or workbook: all the same to the person
        raise InputError(P.XLSX_UNREADABLE, source=source, reason=str(exc)) from None
    try:
        for number, values in enumerate(workbook.worksheets[0].iter_rows(values_only=True), 1):
            cells = tuple(_cell_text(v) for v in values)
            if not any(cells):
                continue
            count.add(cells)
            if not headers:
                headers = cells
            else:
                body.append((number, cells))
    except InputError:
        raise
    except Exception as exc:  # a sheet whose XML breaks half-way
        raise InputError(P.XLSX_UNREADABLE, source=source, reason=str(exc)) from None
    finally:
        workbook.close()
    if not headers:
        raise InputError(P.XLSX_EMPTY, source=source)
    if not body:
        raise no_rows(source)
    return Table(source=source, headers=_trim_headers(headers), rows=tuple(body))


class _TableCount:
    """Counts a table's rows and filled cells as they are read; past the bounds the file is
    refused at once, before its rows take the memory."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.rows = 0
        self.cells = 0

    def add(self, cells: Sequence[str]) -> None:
        self.rows += 1
        self.cells += sum(1 for c in cells if c)
        if self.rows > MAX_TABLE_ROWS + 1 or self.cells > MAX_TABLE_CELLS:
            raise InputError(
                P.TABLE_TOO_LARGE, source=self.source, rows=MAX_TABLE_ROWS, cells=MAX_TABLE_CELLS
            )


def _refuse_a_workbook_too_large(data: bytes, source: str) -> None:
    """A workbook whose parts unpack to more than the bound (a zip bomb) is refused before
    openpyxl reads it; a broken zip is left to openpyxl to name."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if unpacked > MAX_WORKBOOK_UNPACKED:
        raise too_large(source, MAX_WORKBOOK_UNPACKED)


def no_rows(source: str) -> InputError:
    """A file with a header and nothing below it: most likely the wrong file or sheet."""
    return InputError(P.TABLE_NO_ROWS, source=source)


def _trim_headers(headers: Sequence[str]) -> tuple[str, ...]:
    out = [clean(h) for h in headers]
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def read_csv(data: bytes, *, source: str) -> Table:
    text = decode_csv(data, source=source)
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = sniff_delimiter(text)
    reader = csv.reader(text_lines(text), delimiter=delimiter)
    headers: tuple[str, ...] = ()
    body: list[tuple[int, tuple[str, ...]]] = []
    count = _TableCount(source)
    try:
        # Rows are numbered as a spreadsheet shows them: a cell holding line breaks (a summary
        # typed on several lines) is still one row, so this counts records, not lines.
        for number, cells in enumerate(reader, 1):
            row = tuple(unguard(clean(c)) for c in cells)
            count.add(row)
            if not headers:
                if any(row):
                    headers = _trim_headers(row)
                continue
            if any(row):
                body.append((number, row))
    except csv.Error as exc:
        raise InputError(
            P.CSV_UNREADABLE,
            [Problem.of(f"{source}, row {reader.line_num}", P.CSV_ROW_BROKEN, reason=str(exc))],
            source=source,
        ) from None
    if not headers:
        raise InputError(P.CSV_EMPTY, source=source)
    if not body:
        raise no_rows(source)
    # Text beyond the last header is a cell split where it should not be (a comma inside an
    # unquoted title): taking the row as it stands would file half a title as the category.
    overfull = capped(
        source,
        (
            Problem.of(
                f"{source}, row {number}",
                P.CSV_ROW_OVERFULL,
                cells=len(_trim_headers(row)),
                header=len(headers),
                delimiter=delimiter,
            )
            for number, row in body
            if any(row[len(headers) :])
        ),
    )
    if overfull:
        raise InputError(P.CSV_OVERFULL, overfull, source=source)
    return Table(source=source, headers=headers, rows=tuple(body))


# -- mapping -------------------------------------------------------------------------------------


def guess_mapping(
    headers: Sequence[str],
    fields: Sequence[str],
    hints: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[str, int]:
    """Field → column: exact canonical names first, then the hints (folded phrase found in
    the header). A column feeds at most one field."""
    folded = [fold(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for name in fields:
        for i, header in enumerate(folded):
            if header == name and i not in used:
                mapping[name] = i
                used.add(i)
                break
    for name, phrases in (hints or {}).items():
        if name in mapping or name not in fields:
            continue
        for i, header in enumerate(folded):
            if i in used:
                continue
            if any(re.search(rf"(^|\W){re.escape(p)}(\W|$)", header) for p in phrases):
                mapping[name] = i
                used.add(i)
                break
    return mapping


def mapping_from_names(
    headers: Sequence[str], names: Mapping[str, str], fields: Sequence[str], *, source: str
) -> dict[str, int]:
    """A mapping given as ``{"Header in file": "field"}`` (a map file), checked."""
    folded = {fold(h): i for i, h in reversed(list(enumerate(headers)))}
    mapping: dict[str, int] = {}
    problems = []
    for header, field_name in names.items():
        target = fold(field_name)
        if target not in fields:
            problems.append(
                Problem.of(
                    f"{source}: {header!r}",
                    P.MAP_UNKNOWN_FIELD,
                    field=field_name,
                    fields=", ".join(fields),
                )
            )
            continue
        index = folded.get(fold(header))
        if index is None:
            problems.append(Problem.of(f"{source}: {header!r}", P.MAP_NO_SUCH_COLUMN))
            continue
        mapping[target] = index
    if problems:
        raise InputError(P.MAP_DOES_NOT_FIT, problems, source=source)
    return mapping


@dataclass(frozen=True)
class ColumnMap:
    """A map file: which column feeds which field, and (its ``[category]`` table) what a
    category the form spells its own way stands for."""

    names: Mapping[str, str]  # "Header in file" → field
    categories: Mapping[str, str] = field(default_factory=dict)  # text in the file → category


def read_column_map(path: Path) -> ColumnMap:
    """A map file: ``"Header in file" = "field"`` lines, and optionally a ``[category]`` table
    of ``"Text in the file" = "CODE or name of a category"`` lines."""
    try:
        text = read_bytes(path, source=path.name, limit=MAX_MAP_BYTES).decode("utf-8-sig")
        if too_deep_at(text, toml=True) is not None:
            too_deep = Message(P.FILE_TOO_DEEP, {"depth": MAX_DEPTH})
            raise InputError(P.MAP_INVALID, name=path.name, reason=too_deep)
        raw = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(P.MAP_INVALID, name=path.name, reason=str(exc)) from None
    except ValueError:  # an integer of more than 4,300 digits (Python's own limit)
        too_long = Message(
            P.NUMBER_TOO_LONG,
            {"what": P.TERM_NUMBER, "text": "…", "digits": MAX_DIGITS, "places": MAX_DECIMALS},
        )
        raise InputError(P.MAP_INVALID, name=path.name, reason=too_long) from None
    names: dict[str, str] = {}
    categories: dict[str, str] = {}
    problems = []
    for key, value in raw.items():
        if key == "category" and isinstance(value, dict):
            for text, target in value.items():
                if isinstance(target, str) and clean(target):
                    categories[clean(text)] = clean(target)
                else:
                    problems.append(
                        Problem.of(f"{path.name}: [category] {text!r}", P.MAP_CATEGORY_NOT_TEXT)
                    )
        elif not isinstance(value, str):
            problems.append(Problem.of(f"{path.name}: {key!r}", P.MAP_FIELD_NOT_TEXT))
        else:
            names[key] = value
    if problems:
        raise InputError(P.MAP_FAULTY, problems, name=path.name)
    return ColumnMap(names=names, categories=categories)


def category_overrides(
    table: Table, mapping: Mapping[str, int], categories: Mapping[str, str]
) -> dict[tuple[int, str], str]:
    """The category cells a map's ``[category]`` table renames, as ``check_entries``
    overrides: (row, "category") → the category it stands for (matched folded)."""
    index = mapping.get("category")
    if index is None or not categories:
        return {}
    wanted = {fold(text): target for text, target in categories.items()}
    overrides: dict[tuple[int, str], str] = {}
    for number, cells in table.rows:
        if index < len(cells) and fold(cells[index]) in wanted:
            overrides[(number, "category")] = wanted[fold(cells[index])]
    return overrides


def read_mapped(
    path: Path,
    fields: Sequence[str],
    required: Sequence[str],
    hints: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[Table, dict[str, int]]:
    """A file read and its columns found by their headers, refused without a required one:
    what every import but the entries' (which may take a map) begins with."""
    table = read_table(path)
    mapping = guess_mapping(table.headers, fields, hints)
    require_fields(mapping, required, source=table.source, fields=fields)
    return table, mapping


def refused(source: str, problems: Sequence[Problem]) -> InputError:
    """The refusal of a file with faulty rows: nothing was imported."""
    return InputError(P.IMPORT_REFUSED, capped(source, problems), source=source)


#: Faults named one by one in a refusal; the rest are counted (docs/reliability.md).
MAX_NAMED_FAULTS = 1000


def capped(source: str, problems: Iterable[Problem]) -> list[Problem]:
    """The first ``MAX_NAMED_FAULTS`` problems, and one that counts the rest."""
    named: list[Problem] = []
    more = 0
    for problem in problems:
        if len(named) < MAX_NAMED_FAULTS:
            named.append(problem)
        else:
            more += 1
    if more:
        named.append(Problem.of(source, P.IMPORT_MORE_FAULTS, count=more))
    return named


def require_fields(
    mapping: Mapping[str, int],
    required: Iterable[str],
    *,
    source: str,
    fields: Sequence[str],
    mappable: bool = False,
) -> None:
    """Refuse a table without a column for each required field. ``mappable``: the import
    takes a column map (only entries do), so the message may offer one."""
    missing = [f for f in required if f not in mapping]
    if missing:
        code = P.IMPORT_NO_COLUMN_MAPPABLE if mappable else P.IMPORT_NO_COLUMN
        raise InputError(code, source=source, missing=", ".join(missing), fields=", ".join(fields))


def _cell(cells: tuple[str, ...], mapping: Mapping[str, int], name: str) -> str:
    index = mapping.get(name)
    if index is None or index >= len(cells):
        return ""
    return cells[index]


# -- entries -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryContext:
    """What checking entries needs to know of the database: categories, existing entries."""

    categories: tuple[Category, ...]
    existing_codes: frozenset[str]
    existing_keys: Mapping[str, str] = field(default_factory=dict)  # duplicate key → code


@dataclass(frozen=True)
class RowProblem:
    """A faulty row: the field at fault, and its problem as a code with parameters
    (judging.problems words it: ``text(language)``)."""

    row: int
    field: str  # the canonical field at fault ("" for the whole row)
    code: P
    params: tuple[tuple[str, object], ...] = ()

    @property
    def said(self) -> Message:
        return Message(self.code, dict(self.params))

    def text(self, language: str) -> str:
        return self.said.text(language)

    @property
    def message(self) -> str:
        return self.text("en")

    @property
    def vi(self) -> str:
        return self.text("vi")


@dataclass(frozen=True)
class EntryCheck:
    """The outcome of checking an entries table: what would be stored and every fault."""

    entries: tuple[tuple[int, Entry], ...]  # (row, entry), rows without faults
    problems: tuple[RowProblem, ...]
    skipped: tuple[int, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_problems(self, source: str) -> list[Problem]:
        return [
            Problem.of(f"{source}, row {p.row}", p.code, **dict(p.params)) for p in self.problems
        ]


def duplicate_key(title: str, authors: Sequence[str], organisation: str) -> str:
    return "\x1f".join([fold(title), ";".join(fold(a) for a in authors), fold(organisation)])


def split_authors(text: str) -> tuple[str, ...]:
    return tuple(a for a in (clean(part) for part in text.split(";")) if a)


def match_category(text: str, categories: Sequence[Category]) -> Category | None:
    """By code (exact after trimming, then folded) or by name (NFC, trimmed, folded)."""
    return _CategoryMatcher(categories)(text)


class _CategoryMatcher:
    """``match_category`` with the folded codes and names computed once, answers cached."""

    def __init__(self, categories: Sequence[Category]) -> None:
        self.exact = {c.code: c for c in categories}
        self.folded: dict[str, Category] = {}
        for c in reversed(categories):  # the first category wins a folded clash
            self.folded[fold(c.name)] = c
        for c in reversed(categories):
            self.folded[fold(c.code)] = c
        self.cache: dict[str, Category | None] = {}

    def __call__(self, text: str) -> Category | None:
        if text in self.cache:
            return self.cache[text]
        wanted = clean(text)
        found = self.exact.get(wanted) or self.folded.get(fold(wanted))
        self.cache[text] = found
        return found


def next_codes(existing: Iterable[str], prefix: str = "E", width: int = 3) -> Iterator[str]:
    """Generated codes ``E001``, ``E002``…, after the highest of that form already in use."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    highest = 0
    taken = set(existing)
    for code in taken:
        m = pattern.match(code)
        if m:
            highest = max(highest, int(m.group(1)))
    number = highest
    while True:
        number += 1
        code = f"{prefix}{number:0{width}d}"
        if code not in taken:
            yield code


def check_entries(
    table: Table,
    mapping: Mapping[str, int],
    context: EntryContext,
    *,
    skip: Iterable[int] = (),
    overrides: Mapping[tuple[int, str], str] | None = None,
) -> EntryCheck:
    """Turn mapped rows into entries; list every faulty row. ``skip``: row numbers left out;
    ``overrides``: (row, field) → text typed in the preview to fix a cell."""
    skipped = set(skip)
    fixes = overrides or {}
    problems: list[RowProblem] = [
        RowProblem(
            row=_row_of(p.where),
            field="",
            code=p.code or P.FILE_ROW_UNDECODABLE,
            params=tuple(p.params.items()),
        )
        for p in table.problems
    ]
    seen_codes: dict[str, int] = {}
    seen_keys: dict[str, int] = {}
    pending: list[tuple[int, dict[str, object]]] = []
    has_categories = bool(context.categories)
    matcher = _CategoryMatcher(context.categories)
    folded_cache: dict[str, str] = {}

    def cached_fold(text: str) -> str:
        value = folded_cache.get(text)
        if value is None:
            value = folded_cache[text] = fold(text)
        return value

    def value(number: int, cells: tuple[str, ...], name: str) -> str:
        fixed = fixes.get((number, name))
        return clean(fixed) if fixed is not None else _cell(cells, mapping, name)

    for number, cells in table.rows:
        if number in skipped:
            continue
        row_problems: list[RowProblem] = []
        code = value(number, cells, "code")
        title = value(number, cells, "title")
        category_text = value(number, cells, "category")
        authors = split_authors(value(number, cells, "authors"))
        organisation = value(number, cells, "organisation")
        summary = value(number, cells, "summary")
        if not title:
            row_problems.append(RowProblem(number, "title", P.ROW_TITLE_MISSING))
        category: Category | None = None
        if category_text:
            category = matcher(category_text)
            if category is None:
                known: str = (
                    "; ".join(f"{c.code} = {c.name}" for c in context.categories)
                    or P.TERM_NONE_DEFINED
                )
                row_problems.append(
                    RowProblem(
                        number,
                        "category",
                        P.ROW_CATEGORY_UNKNOWN,
                        (("category", category_text), ("known", known)),
                    )
                )
        elif has_categories:
            row_problems.append(RowProblem(number, "category", P.ROW_CATEGORY_MISSING))
        if code:
            if not CODE_RE.match(code):
                row_problems.append(RowProblem(number, "code", P.ROW_BAD_CODE, (("code", code),)))
            elif code in context.existing_codes:
                row_problems.append(
                    RowProblem(number, "code", P.ROW_CODE_IN_DATABASE, (("code", code),))
                )
            elif code in seen_codes:
                row_problems.append(
                    RowProblem(
                        number,
                        "code",
                        P.ROW_CODE_ON_ROW,
                        (("code", code), ("row", seen_codes[code])),
                    )
                )
        if title:
            key = "\x1f".join(
                [fold(title), ";".join(cached_fold(a) for a in authors), cached_fold(organisation)]
            )
            if key in context.existing_keys:
                row_problems.append(
                    RowProblem(
                        number,
                        "",
                        P.ROW_DUPLICATE_IN_DATABASE,
                        (("code", context.existing_keys[key]),),
                    )
                )
            elif key in seen_keys:
                row_problems.append(
                    RowProblem(number, "", P.ROW_DUPLICATE_ROW, (("row", seen_keys[key]),))
                )
            else:
                seen_keys[key] = number
        if code and code not in seen_codes:
            seen_codes[code] = number
        if row_problems:
            problems.extend(row_problems)
            continue
        pending.append(
            (
                number,
                {
                    "code": code,
                    "title": title,
                    "category": category.code if category else None,
                    "authors": authors,
                    "organisation": organisation,
                    "summary": summary,
                },
            )
        )
    generator = next_codes(set(context.existing_codes) | set(seen_codes))
    entries: list[tuple[int, Entry]] = []
    for number, values in pending:
        code = str(values["code"]) or next(generator)
        category_code = values["category"]
        authors_value = values["authors"]
        assert isinstance(authors_value, tuple)
        entries.append(
            (
                number,
                Entry(
                    code=code,
                    title=str(values["title"]),
                    category=category_code if isinstance(category_code, str) else None,
                    authors=authors_value,
                    organisation=str(values["organisation"]),
                    summary=str(values["summary"]),
                ),
            )
        )
    problems.sort(key=lambda p: (p.row, p.field))
    return EntryCheck(
        entries=tuple(entries), problems=tuple(problems), skipped=tuple(sorted(skipped))
    )


def _row_of(where: str) -> int:
    m = re.search(r"row (\d+)", where)
    return int(m.group(1)) if m else 0


# -- judges, conflicts, assignments, components -------------------------------------------------
def parse_role(text: str) -> Role | None:
    if not text:
        return Role.MEMBER
    return _ROLE_WORDS.get(fold(text))


def check_judges(
    table: Table, mapping: Mapping[str, int], existing_codes: Iterable[str]
) -> tuple[list[Judge], list[Problem]]:
    existing = set(existing_codes)
    problems: list[Problem] = []
    judges: list[Judge] = []
    seen: dict[str, int] = {}
    pending: list[tuple[int, dict[str, str], Role]] = []
    for number, cells in table.rows:
        where = f"{table.source}, row {number}"
        values = {name: _cell(cells, mapping, name) for name in JUDGE_FIELDS}
        bad = False
        if not values["name"]:
            problems.append(Problem.of(where, P.ROW_NAME_MISSING))
            bad = True
        role = parse_role(values["role"])
        if role is None:
            problems.append(Problem.of(where, P.ROW_ROLE_UNKNOWN, role=values["role"]))
            bad = True
        code = values["code"]
        if code:
            if not CODE_RE.match(code):
                problems.append(Problem.of(where, P.ROW_BAD_CODE, code=code))
                bad = True
            elif code in existing:
                problems.append(Problem.of(where, P.ROW_JUDGE_IN_DATABASE, code=code))
                bad = True
            elif code in seen:
                problems.append(Problem.of(where, P.ROW_CODE_ON_ROW, code=code, row=seen[code]))
                bad = True
            else:
                seen[code] = number
        if not bad and role is not None:
            pending.append((number, values, role))
    generator = next_codes(existing | set(seen), prefix="J", width=2)
    for _number, values, role in pending:
        judges.append(
            Judge(
                code=values["code"] or next(generator),
                name=values["name"],
                title=values["title"],
                organisation=values["organisation"],
                role=role,
            )
        )
    return judges, problems


def rows_of(
    table: Table, mapping: Mapping[str, int], fields: Sequence[str]
) -> list[tuple[int, dict[str, str]]]:
    return [
        (number, {name: _cell(cells, mapping, name) for name in fields})
        for number, cells in table.rows
    ]


# -- writing -------------------------------------------------------------------------------------


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *, delimiter: str = ","
) -> None:
    """UTF-8 with a BOM (so Excel reads the diacritics), ``\\r\\n`` line ends."""
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer, delimiter=delimiter)  # every cell guarded (the one rule)
    writer.writerow(header)
    writer.writerows(rows)
    write_output(path, codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8"))
