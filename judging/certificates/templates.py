"""Certificate templates as files: a documented TOML text plus its background image.

The format (``judging-certificate-template/1``, docs/formats.md "Certificate templates")::

    format = "judging-certificate-template/1"
    code = "sang-kien-cong-dong"        # letters, digits, "-" and "_"
    name = "Giấy chứng nhận — Sáng kiến cộng đồng"
    award = "sang-kien-cong-dong"       # optional: the award template it was made for
    language = "vi"                     # how {date} is written: "vi" or "en"
    page = "A4"                         # A4, A5 or A3
    orientation = "landscape"           # or "portrait"
    background = "sang-kien-cong-dong.png"  # optional: PNG or JPEG beside this file

    [qr]                                # optional: the verification QR code (mm)
    x = 15
    y = 160
    size = 25

    [[fields]]                          # one per text on the page (mm, points)
    text = "{name}"
    x = 20
    y = 75
    width = 257
    height = 14
    size = 28
    min_size = 12
    bold = true
    align = "center"
    colour = "#1F3A93"

Every number is bounded (a box within the page, sizes 4–200 pt, a QR code 10–100 mm); a
faulty template is refused as a whole, each fault named with its line and field.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from judging.certificates.model import (
    PAGE_SIZES,
    PLACEHOLDERS,
    Align,
    CertificateTemplate,
    Orientation,
    QrField,
    TextField,
    placeholders_in,
)
from judging.errors import InputError, Problem
from judging.nesting import MAX_DEPTH, too_deep_at
from judging.problems import ProblemCode as P
from judging.setup.definition.lines import LineMap
from judging.setup.definition.writer import toml_string
from judging.textfiles import read_bytes

FORMAT = "judging-certificate-template/1"
LANGUAGES = ("vi", "en")
SIZE_RANGE = (4.0, 200.0)  # font sizes, points
QR_RANGE = (10.0, 100.0)  # QR code side, mm
MAX_FIELDS = 60
MAX_TEXT = 500
MAX_BACKGROUND = 20 * 1024 * 1024  # bytes
MAX_TEMPLATE_BYTES = 2**20  # the template's TOML file
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_EPSILON = 1e-6

_TOP_KEYS = ("format", "code", "name", "award", "language", "page", "orientation", "background")
_FIELD_KEYS = (
    "text",
    "x",
    "y",
    "width",
    "height",
    "size",
    "min_size",
    "font",
    "bold",
    "italic",
    "align",
    "colour",
)
_QR_KEYS = ("x", "y", "size")

Key = tuple[str | int, ...]


@dataclass(frozen=True)
class TemplateFile:
    """A template as read from its text: the template (no background yet), the background
    file it names (None: none), and the award template it was made for."""

    template: CertificateTemplate
    background_name: str | None = None
    award: str | None = None


def key_text(key: Key) -> str:
    """``("fields", 2, "size")`` → ``fields[3].size`` (counted from 1, as people count)."""
    out = ""
    for part in key:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass
class _Reader:
    source: str
    lines: LineMap
    problems: list[Problem] = field(default_factory=list)

    def fault(self, key: Key, code: P, **params: object) -> None:
        where = f"{self.source}:{self.lines.line(key)}"
        self.problems.append(Problem.of(where, code, field=key_text(key), **params))

    def unknown_keys(self, table: Mapping[str, Any], known: tuple[str, ...], key: Key) -> None:
        for name in table:
            if name not in known:
                self.fault((*key, name), P.CERT_FIELD_UNKNOWN, known=", ".join(known))

    def text(self, table: Mapping[str, Any], key: Key, *, default: str | None = None) -> str | None:
        name = key[-1]
        assert isinstance(name, str)
        if name not in table:
            if default is None:
                self.fault(key, P.CERT_FIELD_MISSING)
            return default
        value = table[name]
        if not isinstance(value, str):
            self.fault(key, P.CERT_NOT_TEXT)
            return None
        return value

    def number(
        self,
        table: Mapping[str, Any],
        key: Key,
        low: float,
        high: float,
        *,
        default: float | None = None,
    ) -> float | None:
        name = key[-1]
        assert isinstance(name, str)
        if name not in table:
            if default is None:
                self.fault(key, P.CERT_FIELD_MISSING)
            return default
        value = table[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fault(key, P.CERT_NOT_NUMBER)
            return None
        number = float(value)
        if not math.isfinite(number) or number < low - _EPSILON or number > high + _EPSILON:
            self.fault(key, P.CERT_OUT_OF_RANGE, value=_mm(number), low=_mm(low), high=_mm(high))
            return None
        return number

    def flag(self, table: Mapping[str, Any], key: Key) -> bool:
        name = key[-1]
        assert isinstance(name, str)
        value = table.get(name, False)
        if not isinstance(value, bool):
            self.fault(key, P.CERT_NOT_BOOL)
            return False
        return value

    def choice(
        self, table: Mapping[str, Any], key: Key, known: tuple[str, ...], default: str
    ) -> str | None:
        value = self.text(table, key, default=default)
        if value is None:
            return None
        if value not in known:
            self.fault(key, P.CERT_CHOICE_BAD, value=value, known=", ".join(known))
            return None
        return value


def _mm(value: float) -> str:
    """A number as a template writes it: no trailing ".0"."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(round(value, 4))


def parse_template(text: str, source: str = "template.toml") -> TemplateFile:
    """Read a template's TOML text; refuses it whole (``CERT_TEMPLATE_FAULTS``) naming each
    fault's line and field."""
    try:
        if too_deep_at(text, toml=True) is not None:  # before tomllib recurses
            raise tomllib.TOMLDecodeError(f"lists nested more than {MAX_DEPTH} levels deep")
        doc = tomllib.loads(text)
    except ValueError as exc:  # TOMLDecodeError, or an integer past Python's 4,300 digits
        raise InputError(
            P.CERT_TEMPLATE_FAULTS,
            [Problem.of(source, P.CERT_TOML_SYNTAX, detail=str(exc))],
            source=source,
            count=1,
        ) from None
    reader = _Reader(source, LineMap(text))
    read = _read(doc, reader)
    if reader.problems or read is None:
        raise InputError(
            P.CERT_TEMPLATE_FAULTS,
            reader.problems,
            source=source,
            count=len(reader.problems),
        )
    return read


def _read(doc: Mapping[str, Any], r: _Reader) -> TemplateFile | None:
    r.unknown_keys(doc, (*_TOP_KEYS, "fields", "qr"), ())
    fmt = r.text(doc, ("format",))
    if fmt is not None and fmt != FORMAT:
        r.fault(("format",), P.CERT_FORMAT_BAD, value=fmt, wanted=FORMAT)
    code = r.text(doc, ("code",))
    if code is not None and not CODE.fullmatch(code):
        r.fault(("code",), P.CERT_CODE_BAD, value=code)
    name = r.text(doc, ("name",))
    if name is not None and not name.strip():
        r.fault(("name",), P.CERT_FIELD_MISSING)
    award = r.text(doc, ("award",), default="") or None
    language = r.choice(doc, ("language",), LANGUAGES, "vi")
    page = r.choice(doc, ("page",), tuple(PAGE_SIZES), "A4")
    orientation = r.choice(doc, ("orientation",), tuple(o.value for o in Orientation), "landscape")
    background = r.text(doc, ("background",), default="") or None
    if background is not None and (
        Path(background).name != background or background in {".", ".."}
    ):
        r.fault(("background",), P.CERT_BACKGROUND_NAME_BAD, value=background)
    if page is None or orientation is None:
        return None
    probe = CertificateTemplate(code="x", name="x", page=page, orientation=Orientation(orientation))
    width, height = probe.size_mm
    fields = _read_fields(doc, r, width, height)
    qr = _read_qr(doc, r, width, height)
    if r.problems or code is None or name is None or language is None:
        return None
    template = CertificateTemplate(
        code=code,
        name=name.strip(),
        page=page,
        orientation=Orientation(orientation),
        fields=fields,
        qr=qr,
        language=language,
    )
    return TemplateFile(template, background, award)


def _read_fields(
    doc: Mapping[str, Any], r: _Reader, width: float, height: float
) -> tuple[TextField, ...]:
    raw = doc.get("fields", [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        r.fault(("fields",), P.CERT_NOT_TABLES)
        return ()
    if len(raw) > MAX_FIELDS:
        r.fault(("fields",), P.CERT_TOO_MANY_FIELDS, count=len(raw), most=MAX_FIELDS)
        return ()
    fields = []
    for index, table in enumerate(raw):
        read = _read_field(table, r, ("fields", index), width, height)
        if read is not None:
            fields.append(read)
    return tuple(fields)


def _read_field(
    table: Mapping[str, Any], r: _Reader, key: Key, page_w: float, page_h: float
) -> TextField | None:
    before = len(r.problems)
    r.unknown_keys(table, _FIELD_KEYS, key)
    text = r.text(table, (*key, "text"))
    if text is not None:
        if not text.strip():
            r.fault((*key, "text"), P.CERT_FIELD_MISSING)
        elif len(text) > MAX_TEXT:
            r.fault((*key, "text"), P.CERT_TEXT_TOO_LONG, count=len(text), most=MAX_TEXT)
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                r.fault(
                    (*key, "text"),
                    P.CERT_PLACEHOLDER_UNKNOWN,
                    name="{" + name + "}",
                    known=", ".join("{" + p + "}" for p in PLACEHOLDERS),
                )
    x = r.number(table, (*key, "x"), 0, page_w)
    y = r.number(table, (*key, "y"), 0, page_h)
    width = r.number(table, (*key, "width"), 1, page_w)
    height = r.number(table, (*key, "height"), 1, page_h)
    if x is not None and width is not None and x + width > page_w + _EPSILON:
        r.fault((*key, "width"), P.CERT_OFF_PAGE, reach=_mm(x + width), limit=_mm(page_w))
    if y is not None and height is not None and y + height > page_h + _EPSILON:
        r.fault((*key, "height"), P.CERT_OFF_PAGE, reach=_mm(y + height), limit=_mm(page_h))
    size = r.number(table, (*key, "size"), *SIZE_RANGE, default=14.0)
    min_size = r.number(table, (*key, "min_size"), *SIZE_RANGE, default=min(8.0, size or 8.0))
    if size is not None and min_size is not None and min_size > size:
        r.fault((*key, "min_size"), P.CERT_MIN_ABOVE_SIZE, value=_mm(min_size), size=_mm(size))
    font = r.text(table, (*key, "font"), default="Be Vietnam Pro")
    if font is not None and not font.strip():
        r.fault((*key, "font"), P.CERT_FIELD_MISSING)
    bold = r.flag(table, (*key, "bold"))
    italic = r.flag(table, (*key, "italic"))
    align = r.choice(table, (*key, "align"), tuple(a.value for a in Align), "center")
    colour = r.text(table, (*key, "colour"), default="#000000")
    if colour is not None and not COLOUR.fullmatch(colour):
        r.fault((*key, "colour"), P.CERT_COLOUR_BAD, value=colour)
    if len(r.problems) > before:
        return None
    assert text is not None and x is not None and y is not None and width is not None
    assert height is not None and size is not None and min_size is not None
    assert font is not None and align is not None and colour is not None
    return TextField(
        text=text,
        x=x,
        y=y,
        width=width,
        height=height,
        size=size,
        min_size=min_size,
        font=font.strip(),
        bold=bold,
        italic=italic,
        align=Align(align),
        colour=colour.upper(),
    )


def _read_qr(doc: Mapping[str, Any], r: _Reader, page_w: float, page_h: float) -> QrField | None:
    if "qr" not in doc:
        return None
    table = doc["qr"]
    if not isinstance(table, dict):
        r.fault(("qr",), P.CERT_NOT_TABLES)
        return None
    before = len(r.problems)
    r.unknown_keys(table, _QR_KEYS, ("qr",))
    x = r.number(table, ("qr", "x"), 0, page_w)
    y = r.number(table, ("qr", "y"), 0, page_h)
    size = r.number(table, ("qr", "size"), *QR_RANGE, default=25.0)
    if x is not None and size is not None and x + size > page_w + _EPSILON:
        r.fault(("qr", "size"), P.CERT_OFF_PAGE, reach=_mm(x + size), limit=_mm(page_w))
    if y is not None and size is not None and y + size > page_h + _EPSILON:
        r.fault(("qr", "size"), P.CERT_OFF_PAGE, reach=_mm(y + size), limit=_mm(page_h))
    if len(r.problems) > before or x is None or y is None or size is None:
        return None
    return QrField(x=x, y=y, size=size)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def template_text(
    template: CertificateTemplate, *, background_name: str | None = None, award: str | None = None
) -> str:
    """The template as its TOML text (``parse_template`` reads it back as it was)."""
    lines = [
        "# A certificate template of the judging desk (docs/formats.md, Certificate templates).",
        "# Lengths in millimetres from the page's top-left corner; font sizes in points.",
        f"format = {toml_string(FORMAT)}",
        f"code = {toml_string(template.code)}",
        f"name = {toml_string(template.name)}",
    ]
    if award:
        lines.append(f"award = {toml_string(award)}")
    lines += [
        f"language = {toml_string(template.language)}",
        f"page = {toml_string(template.page)}",
        f"orientation = {toml_string(template.orientation.value)}",
    ]
    if background_name:
        lines.append(f"background = {toml_string(background_name)}")
    if template.qr is not None:
        qr = template.qr
        lines += ["", "[qr]", f"x = {_mm(qr.x)}", f"y = {_mm(qr.y)}", f"size = {_mm(qr.size)}"]
    for item in template.fields:
        lines += [
            "",
            "[[fields]]",
            f"text = {toml_string(item.text)}",
            f"x = {_mm(item.x)}",
            f"y = {_mm(item.y)}",
            f"width = {_mm(item.width)}",
            f"height = {_mm(item.height)}",
            f"size = {_mm(item.size)}",
            f"min_size = {_mm(item.min_size)}",
            f"font = {toml_string(item.font)}",
            f"bold = {'true' if item.bold else 'false'}",
            f"italic = {'true' if item.italic else 'false'}",
            f"align = {toml_string(item.align.value)}",
            f"colour = {toml_string(item.colour)}",
        ]
    return "\n".join(lines) + "\n"


def check_template(template: CertificateTemplate, source: str = "template") -> None:
    """Refuse a template made in the program with values a file could not hold (the same
    bounds and the same problems as reading it)."""
    parse_template(template_text(template), source)


# ---------------------------------------------------------------------------------------------
# Background images
# ---------------------------------------------------------------------------------------------


def image_kind(data: bytes) -> str | None:
    """``"png"`` or ``"jpeg"`` from the file's first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def check_background(data: bytes, name: str) -> None:
    if image_kind(data) is None:
        raise InputError(P.CERT_BACKGROUND_NOT_IMAGE, name=name)
    if len(data) > MAX_BACKGROUND:
        raise InputError(
            P.CERT_BACKGROUND_TOO_LARGE, name=name, most=MAX_BACKGROUND // (1024 * 1024)
        )


def background_file_name(template: CertificateTemplate, stem: str | None = None) -> str | None:
    """The file name a template's background is written under, beside its TOML file."""
    if template.background is None:
        return None
    suffix = ".jpg" if image_kind(template.background) == "jpeg" else ".png"
    return f"{stem or template.code}{suffix}"


def read_template_file(path: Path) -> TemplateFile:
    """A template file and the background image it names (beside it)."""
    data = read_bytes(path, limit=MAX_TEMPLATE_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(P.CERT_TEMPLATE_NOT_UTF8, name=path.name) from None
    read = parse_template(text, path.name)
    return _with_background(read, lambda name: _read_beside(path, name))


def _read_beside(path: Path, name: str) -> bytes:
    image = path.parent / name
    if not image.is_file():
        raise InputError(P.CERT_BACKGROUND_MISSING, name=name, template=path.name)
    data = read_bytes(image, limit=MAX_BACKGROUND)
    check_background(data, name)
    return data


def _with_background(read: TemplateFile, load: Callable[[str], bytes]) -> TemplateFile:
    if read.background_name is None:
        return read
    return replace(read, template=replace(read.template, background=load(read.background_name)))


# ---------------------------------------------------------------------------------------------
# The templates shipped with the program
# ---------------------------------------------------------------------------------------------


def shipped_names() -> list[str]:
    """The shipped templates' codes (one per shipped award template), sorted."""
    folder = resources.files("judging.certificates").joinpath("templates")
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


def shipped(name: str) -> TemplateFile:
    """A shipped template with its background (a shipped template without its image yet is
    drawn on white)."""
    folder = resources.files("judging.certificates").joinpath("templates")
    read = parse_template(folder.joinpath(f"{name}.toml").read_text("utf-8"), f"{name}.toml")
    if read.background_name is None:
        return read
    image = folder.joinpath(read.background_name)
    if not image.is_file():
        return replace(read, background_name=None)
    return _with_background(read, lambda _name: image.read_bytes())
