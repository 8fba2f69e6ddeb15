"""Certificates (giấy chứng nhận) as values: a template that says where each text goes on the
page, and the certificates issued from it with their serial and verification code.

Lengths are in millimetres from the page's top-left corner, font sizes in points. A text
field's ``text`` may hold placeholders (``{name}``, ``{prize}``…, ``PLACEHOLDERS``) that
``fill`` replaces with a certificate's values; a long text is drawn smaller until it fits its
box (down to ``min_size``). The drawing itself (preview, PDF and printer alike) is ui/'s one
QPainter routine; nothing here knows Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

#: What a text field may name, and what each holds.
PLACEHOLDERS: tuple[str, ...] = (
    "name",  # the recipient: the author (one per author) or the authors joined (one per entry)
    "organisation",
    "prize",  # the prize's name (or, reaching a later round, that round's name)
    "achievement",  # what was achieved as a phrase: "Đã đạt Giải Nhất", "Đã vào vòng chung khảo"
    "entry_title",
    "category",  # the category's name
    "competition",  # the competition's name
    "date",  # the date of issue, as the template's language writes it ("ngày 6 tháng 12 năm 2026")
    "serial",  # the certificate's serial number ("SK-2026-0001")
    "code",  # the verification code as people type it ("K7QF-29XM-HD4T"), also in the QR code
)

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

#: The "prize" of a certificate for reaching a later round: this, then that round's code.
ADVANCES = "advances:"


def achievement(prize: str, name: str, language: str) -> str:
    """What a certificate says its holder achieved: "Đã đạt Giải Nhất" for a prize, "Đã vào
    vòng chung khảo" for reaching a later round (``prize`` ``ADVANCES + code``, ``name`` that
    round's name)."""
    if prize.startswith(ADVANCES):
        lowered = name[:1].lower() + name[1:]
        return f"Đã vào {lowered}" if language == "vi" else f"Advanced to the {lowered}"
    return f"Đã đạt {name}" if language == "vi" else f"Awarded {name}"


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Per(StrEnum):
    """One certificate per winning entry, or one per author of a winning entry."""

    ENTRY = "entry"
    AUTHOR = "author"


#: Paper sizes by name, (width, height) in millimetres, portrait.
PAGE_SIZES: dict[str, tuple[int, int]] = {"A4": (210, 297), "A5": (148, 210), "A3": (297, 420)}


@dataclass(frozen=True)
class TextField:
    text: str  # with placeholders: "Tác giả: {name}"
    x: float  # box left, mm
    y: float  # box top, mm
    width: float  # mm
    height: float  # mm
    size: float = 14.0  # points
    min_size: float = 8.0  # a long text shrinks to this at most, then wraps within the box
    font: str = "Be Vietnam Pro"
    bold: bool = False
    italic: bool = False
    align: Align = Align.CENTER
    colour: str = "#000000"  # "#RRGGBB"


@dataclass(frozen=True)
class QrField:
    """Where the verification QR code goes (a square)."""

    x: float  # mm
    y: float  # mm
    size: float = 25.0  # mm


@dataclass(frozen=True)
class CertificateTemplate:
    code: str
    name: str
    page: str = "A4"  # a key of PAGE_SIZES
    orientation: Orientation = Orientation.LANDSCAPE
    #: the background image's bytes (PNG or JPEG), drawn over the whole page; None: white
    background: bytes | None = field(default=None, repr=False)
    fields: tuple[TextField, ...] = ()
    qr: QrField | None = None
    language: str = "vi"  # how the template writes {date}: "vi" or "en"

    @property
    def size_mm(self) -> tuple[float, float]:
        """(width, height) of the page as drawn, in millimetres."""
        width, height = PAGE_SIZES[self.page]
        if self.orientation == Orientation.LANDSCAPE:
            return float(height), float(width)
        return float(width), float(height)


@dataclass(frozen=True)
class Certificate:
    """One issued certificate: who, for what, and how it is checked."""

    serial: str  # "SK-2026-0001"
    verification_code: str  # what the QR code carries and ``verify-certificate`` takes
    round: str  # round code
    entry: str  # entry code
    recipient: str  # the name printed
    prize: str  # prize code
    issued_on: date
    values: Mapping[str, str]  # placeholder → text (every name of PLACEHOLDERS)
    per: Per = Per.ENTRY
    void: bool = False  # withdrawn: its holder is no longer a winner of the approved result
    template: str = ""  # the code of the template it was issued with

    @property
    def award(self) -> str:
        """What it was given for, as people read it: the prize's name ("Giải Nhất"), or, for
        reaching a later round, the phrase ("Đã vào vòng chung khảo")."""
        if self.prize.startswith(ADVANCES):
            return self.values.get("achievement") or self.values.get("prize", "")
        return self.values.get("prize", "")


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholder names a field's text uses, in order (unknown ones included)."""
    return tuple(_PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each known placeholder replaced; anything else stays as written."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return values.get(name, match.group(0)) if name in PLACEHOLDERS else match.group(0)

    return _PLACEHOLDER.sub(replace, text)
