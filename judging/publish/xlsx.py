"""A small streaming writer of Office Open XML workbooks (.xlsx), for the ranking workbook.

Why not openpyxl here: the ranking workbook of a 10,000-entry round holds about a million
cells, and openpyxl builds an object and an XML element for each (about 7 µs a cell), which
alone took the export past its 10 s budget (issue 10, bench/README.md). This writer streams
each sheet's rows straight into its part of the zip archive as text: a cell is one formatted
string. It writes what the ranking workbook uses and nothing more:

- cells: text (shared strings, as Excel writes them), integers and ``Decimal``s (their exact
  digits, never a float's noise), each with an optional ``CellStyle``; no formulas, ever;
- per sheet: column widths, frozen panes, the rows repeated on every printed page, landscape
  A4 fitted to the page's width;
- the workbook: its sheets in order, the styles used (fonts, number formats, wrapping, the
  quote prefix), the document's properties.

Text is XML-escaped; characters XML cannot hold (control characters other than tab, line feed
and carriage return) are written as Excel's ``_xHHHH_`` escapes, which Excel, LibreOffice and
openpyxl read back as the character (and a literal ``_xHHHH_`` in the text is escaped itself).

The archive is written to a file object or path the caller owns: the ranking workbook writes
into judging.textfiles' temporary file, renamed when whole.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

#: Characters XML 1.0 cannot hold, and a text that looks like an escape already.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LOOKS_ESCAPED = re.compile("_(x[0-9A-Fa-f]{4}_)")
_NEEDS_SPACE = re.compile(r"^\s|\s$|[\n\t\r]")

#: Rows gathered before they are written to the archive.
_ROWS_A_WRITE = 2000

#: Excel's built-in number formats (the rest get ids from 164 on).
_BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2}

#: Excel's limit on a cell's text.
CELL_TEXT_MAX = 32767


@dataclass(frozen=True)
class CellStyle:
    """How a cell looks: its font, number format, wrapping and quote prefix."""

    bold: bool = False
    size: int | None = None  # points; None: the workbook's 11
    color: str | None = None  # "RRGGBB"
    number_format: str = "General"
    wrap: bool = False  # wrapped text, aligned to the top
    quote_prefix: bool = False  # Excel's "this is text" mark


@dataclass(frozen=True, slots=True)
class Styled:
    """A cell's value with its style (an index from ``XlsxBook.style``)."""

    value: Any
    style: int


def column_letter(n: int) -> str:
    """The letters of the ``n``-th column (1: "A", 27: "AA")."""
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xml_text(text: str) -> str:
    """``text`` as XML character data: escaped, with Excel's escapes for what XML cannot hold."""
    if "_x" in text:
        text = _LOOKS_ESCAPED.sub(r"_x005F_\1", text)
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return escape(text)


def _number(value: Decimal | int | float) -> str:
    """A number's shortest exact digits: Decimal("44.00") is "44", "8.50" is "8.5"."""
    text = str(value)
    if "E" in text or "e" in text:  # Decimal("1E+1"), 1e-07: written with their digits
        text = format(Decimal(text), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


class XlsxSheet:
    """One worksheet, its rows streamed into the archive as they are appended."""

    def __init__(
        self,
        book: XlsxBook,
        title: str,
        *,
        widths: Sequence[float],
        freeze: str | None,
        print_rows: tuple[int, int] | None,
    ) -> None:
        self.book = book
        self.title = title
        self.print_rows = print_rows
        self.index = len(book.sheets)
        self._rows = 0
        self._pending: list[str] = []
        self._letters = [column_letter(n) for n in range(1, 65)]
        self._stream = book.archive.open(f"xl/worksheets/sheet{self.index + 1}.xml", "w")
        self._stream.write(self._start(widths, freeze).encode())

    @property
    def rows(self) -> int:
        return self._rows

    def _start(self, widths: Sequence[float], freeze: str | None) -> str:
        selected = ' tabSelected="1"' if self.index == 0 else ""
        view = f'<sheetView{selected} workbookViewId="0"'
        if freeze:
            view += ">" + _frozen_pane(freeze) + "</sheetView>"
        else:
            view += "/>"
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{width}" customWidth="1"/>'
            for i, width in enumerate(widths, 1)
        )
        return (
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            f"<sheetViews>{view}</sheetViews>"
            '<sheetFormatPr defaultRowHeight="15"/>'
            f"{f'<cols>{cols}</cols>' if cols else ''}<sheetData>"
        )

    def append(self, row: Sequence[Any]) -> None:
        """Add a row: each cell a str, int, Decimal, float, ``Styled`` or None (empty)."""
        self._rows += 1
        number = str(self._rows)
        strings = self.book.strings
        letters = self._letters
        if len(row) > len(letters):
            letters.extend(column_letter(n) for n in range(len(letters) + 1, len(row) + 1))
        parts = [f'<row r="{number}">']
        add = parts.append
        for at, value in enumerate(row):
            if value is None:
                continue
            style = ""
            if type(value) is Styled:
                if value.style:
                    style = f' s="{value.style}"'
                value = value.value
                if value is None:
                    add(f'<c r="{letters[at]}{number}"{style}/>')
                    continue
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                found = strings.get(value)
                if found is None:
                    found = strings[value] = len(strings)
                add(f'<c r="{letters[at]}{number}"{style} t="s"><v>{found}</v></c>')
            elif kind is Decimal or kind is int or kind is float:
                add(f'<c r="{letters[at]}{number}"{style}><v>{_number(value)}</v></c>')
            else:
                raise TypeError(f"a workbook cell cannot hold {kind.__name__}")
        add("</row>")
        self._pending.append("".join(parts))
        if len(self._pending) >= _ROWS_A_WRITE:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._stream.write("".join(self._pending).encode())
            self._pending.clear()

    def close(self) -> None:
        self._flush()
        self._stream.write(
            b"</sheetData>"
            b'<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
            b'footer="0.5"/>'
            b'<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" '
            b'fitToHeight="0"/>'
            b"</worksheet>"
        )
        self._stream.close()


def _frozen_pane(cell: str) -> str:
    """The pane that keeps the rows above and the columns left of ``cell`` in view."""
    letters = cell.rstrip("0123456789")
    row = int(cell[len(letters) :])
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - 64
    x, y = column - 1, row - 1
    if x and y:
        pane = "bottomRight"
    elif y:
        pane = "bottomLeft"
    else:
        pane = "topRight"
    split = (f' xSplit="{x}"' if x else "") + (f' ySplit="{y}"' if y else "")
    return (
        f'<pane{split} topLeftCell="{cell}" activePane="{pane}" state="frozen"/>'
        f'<selection pane="{pane}" activeCell="{cell}" sqref="{cell}"/>'
    )


class XlsxBook:
    """A workbook written as it is made: ``sheet()`` one after another (each is closed when
    the next begins), then ``close()`` writes the shared parts and ends the archive."""

    def __init__(
        self, target: str | Path | IO[bytes], *, creator: str = "", application: str = ""
    ) -> None:
        # Level 1: a third of the default's time for a slightly larger file.
        self.archive = zipfile.ZipFile(
            target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
        )
        self.creator = creator
        self.application = application
        self.sheets: list[XlsxSheet] = []
        self.strings: dict[str, int] = {}
        self._styles: dict[CellStyle, int] = {CellStyle(): 0}
        self._closed = False

    def style(self, style: CellStyle) -> int:
        """The index of ``style`` in the workbook's cell formats (added on first use)."""
        found = self._styles.get(style)
        if found is None:
            found = self._styles[style] = len(self._styles)
        return found

    def cell_style(self, index: int) -> CellStyle:
        """The style ``style()`` gave ``index``."""
        return list(self._styles)[index]

    def sheet(
        self,
        title: str,
        *,
        widths: Sequence[float] = (),
        freeze: str | None = None,
        print_rows: tuple[int, int] | None = None,
    ) -> XlsxSheet:
        if self.sheets:
            self.sheets[-1].close()
        sheet = XlsxSheet(self, title, widths=widths, freeze=freeze, print_rows=print_rows)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        """Finish the workbook. Without a sheet, it gets one empty sheet (Excel needs one)."""
        if self._closed:
            return
        if not self.sheets:
            self.sheet("Sheet1")
        self.sheets[-1].close()
        write = self.archive.writestr
        write("xl/sharedStrings.xml", self._shared_strings())
        write("xl/styles.xml", self._styles_part())
        write("xl/workbook.xml", self._workbook())
        write("xl/_rels/workbook.xml.rels", self._workbook_rels())
        write("docProps/core.xml", self._core())
        write("docProps/app.xml", _app(self.application))
        write("_rels/.rels", _package_rels())
        write("[Content_Types].xml", self._content_types())
        self.archive.close()
        self._closed = True

    def abandon(self) -> None:
        """Close the archive after a failure or a cancel (the caller discards the file)."""
        if not self._closed:
            self._closed = True
            try:
                for sheet in self.sheets[-1:]:
                    sheet._stream.close()
            finally:
                self.archive.close()

    # -- the shared parts ------------------------------------------------------------------
    def _shared_strings(self) -> str:
        parts = [
            f'{_HEAD}<sst xmlns="{_MAIN}" count="{len(self.strings)}" '
            f'uniqueCount="{len(self.strings)}">'
        ]
        add = parts.append
        for text in self.strings:  # a dict keeps the order the strings were first used
            text = text[:CELL_TEXT_MAX]
            space = ' xml:space="preserve"' if _NEEDS_SPACE.search(text) else ""
            add(f"<si><t{space}>{xml_text(text)}</t></si>")
        add("</sst>")
        return "".join(parts)

    def _styles_part(self) -> str:
        formats: dict[str, int] = {}
        fonts: dict[tuple[bool, int | None, str | None], int] = {(False, None, None): 0}
        xfs = []
        for style in self._styles:
            number = _BUILTIN_FORMATS.get(style.number_format)
            if number is None:
                number = formats.setdefault(style.number_format, 164 + len(formats))
            font = fonts.setdefault((style.bold, style.size, style.color), len(fonts))
            attributes = f'numFmtId="{number}" fontId="{font}" fillId="0" borderId="0" xfId="0"'
            if number:
                attributes += ' applyNumberFormat="1"'
            if font:
                attributes += ' applyFont="1"'
            if style.quote_prefix:
                attributes += ' quotePrefix="1"'
            if style.wrap:
                xfs.append(
                    f'<xf {attributes} applyAlignment="1">'
                    '<alignment vertical="top" wrapText="1"/></xf>'
                )
            else:
                xfs.append(f"<xf {attributes}/>")
        number_formats = "".join(
            f'<numFmt numFmtId="{n}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
            for code, n in formats.items()
        )
        return (
            f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(formats)}">{number_formats}</numFmts>' if formats else "")
            + f'<fonts count="{len(fonts)}">'
            + "".join(_font(*key) for key in fonts)
            + "</fonts>"
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name="{escape(s.title, {chr(34): "&quot;"})}" sheetId="{s.index + 1}" '
            f'r:id="rId{s.index + 1}"/>'
            for s in self.sheets
        )
        names = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{s.index}">'
            f"{escape(_quoted(s.title))}!${s.print_rows[0]}:${s.print_rows[1]}</definedName>"
            for s in self.sheets
            if s.print_rows
        )
        return (
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + '<calcPr calcId="191029"/></workbook>'
        )

    def _workbook_rels(self) -> str:
        kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        rels = [
            f'<Relationship Id="rId{s.index + 1}" Type="{kind}/worksheet" '
            f'Target="worksheets/sheet{s.index + 1}.xml"/>'
            for s in self.sheets
        ]
        n = len(self.sheets)
        rels.append(f'<Relationship Id="rId{n + 1}" Type="{kind}/styles" Target="styles.xml"/>')
        rels.append(
            f'<Relationship Id="rId{n + 2}" Type="{kind}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
        return f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{"".join(rels)}</Relationships>'

    def _core(self) -> str:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            f"{_HEAD}<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{xml_text(self.creator)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>"
        )

    def _content_types(self) -> str:
        sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{s.index + 1}.xml" ContentType="{sheet}"/>'
            for s in self.sheets
        )
        return (
            f"{_HEAD}<Types "
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ml}.sheet.main+xml"/>'
            f"{overrides}"
            f'<Override PartName="/xl/styles.xml" ContentType="{ml}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ml}.sharedStrings+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            "</Types>"
        )


def _font(bold: bool, size: int | None, color: str | None) -> str:
    return (
        "<font>"
        + ("<b/>" if bold else "")
        + f'<sz val="{size or 11}"/>'
        + (f'<color rgb="FF{color}"/>' if color else "")
        + '<name val="Calibri"/><family val="2"/></font>'
    )


def _quoted(title: str) -> str:
    """A sheet's name as a formula refers to it: in quotes, a quote doubled."""
    return "'" + title.replace("'", "''") + "'"


def _app(application: str) -> str:
    return (
        f"{_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{xml_text(application)}</Application></Properties>"
    )


def _package_rels() -> str:
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    meta = "http://schemas.openxmlformats.org/package/2006/relationships/metadata"
    return (
        f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{kind}/officeDocument" Target="xl/workbook.xml"/>'
        f'<Relationship Id="rId2" Type="{meta}/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{kind}/extended-properties" '
        'Target="docProps/app.xml"/>'
        "</Relationships>"
    )
