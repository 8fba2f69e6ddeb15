"""Split a PDF written by Qt's QPdfWriter into one small PDF per page, without drawing again.

A batch of certificates written one file each would make Qt encode the background image
again for every file (about 30 ms a page, so 1,000 files took most of a minute). Instead the
batch is drawn once into one PDF, where the image is encoded once, and each page is copied
out with what it uses (its content stream, resources, fonts, the image) into a file of its
own. Only the layout Qt writes is read: numbered objects listed in a classic cross-reference
table, and references ``N 0 R`` in the objects' dictionaries; stream data is copied as bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_REF = re.compile(rb"\b(\d+) 0 R\b")
_HEADER = re.compile(rb"^(\d+) 0 obj\s*")
_PARENT = re.compile(rb"/Parent\s+\d+ 0 R")


class PdfLayoutError(ValueError):
    """The PDF is not laid out as QPdfWriter writes it."""


def _xref(pdf: bytes) -> tuple[dict[int, int], int]:
    """Object number → offset, and where the cross-reference table starts."""
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
    if not found:
        raise PdfLayoutError("no startxref")
    start = int(found.group(1))
    lines = pdf[start:].split(b"\n")
    if lines[0].strip() != b"xref":
        raise PdfLayoutError("no classic xref table")
    first, count = (int(x) for x in lines[1].split())
    offsets = {}
    for index, line in enumerate(lines[2 : 2 + count]):
        fields = line.split()
        if len(fields) >= 3 and fields[2] == b"n":
            offsets[first + index] = int(fields[0])
    return offsets, start


def _objects(pdf: bytes) -> dict[int, bytes]:
    """Each object's body (between ``N 0 obj`` and ``endobj``)."""
    offsets, xref_start = _xref(pdf)
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    bodies = {}
    for index, (number, offset) in enumerate(ordered):
        end = ordered[index + 1][1] if index + 1 < len(ordered) else xref_start
        chunk = pdf[offset:end]
        header = _HEADER.match(chunk)
        if not header or int(header.group(1)) != number:
            raise PdfLayoutError(f"object {number} is not where the table says")
        body = chunk[header.end() :]
        close = body.rfind(b"endobj")
        if close < 0:
            raise PdfLayoutError(f"object {number} has no endobj")
        bodies[number] = body[:close]
    return bodies


def _dictionary(body: bytes) -> bytes:
    """The part of an object that may hold references (a stream's data never does)."""
    cut = body.find(b"stream")
    return body if cut < 0 else body[:cut]


def _trailer_ref(pdf: bytes, key: bytes) -> int | None:
    trailer = pdf[pdf.rfind(b"trailer") :]
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", trailer)
    return int(found.group(1)) if found else None


def _page_numbers(objects: dict[int, bytes], root: int) -> list[int]:
    pages_ref = re.search(rb"/Pages\s+(\d+) 0 R", objects[root])
    if not pages_ref:
        raise PdfLayoutError("catalog without pages")
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", objects[int(pages_ref.group(1))])
    if not kids:
        raise PdfLayoutError("page tree without kids")
    return [int(n) for n in _REF.findall(kids.group(1))]


def _used_by(objects: dict[int, bytes], page: int) -> list[int]:
    """The page and every object it reaches (not its parent), in a stable order."""
    seen = [page]
    known = {page}
    index = 0
    while index < len(seen):
        number = seen[index]
        index += 1
        found = _dictionary(objects[number])
        if number == page:
            found = _PARENT.sub(b"", found)
        for ref in _REF.findall(found):
            target = int(ref)
            if target not in known and target in objects:
                known.add(target)
                seen.append(target)
    return seen


def _renumbered(body: bytes, numbers: dict[int, int]) -> bytes:
    cut = body.find(b"stream")
    head, tail = (body, b"") if cut < 0 else (body[:cut], body[cut:])

    def replace(match: re.Match[bytes]) -> bytes:
        return b"%d 0 R" % numbers.get(int(match.group(1)), 0)

    return _REF.sub(replace, head) + tail


def _one_page(objects: dict[int, bytes], page: int, info: bytes | None) -> bytes:
    used = _used_by(objects, page)
    # 1 catalog, 2 page tree, 3 information, then the page and what it uses
    numbers = {old: new for new, old in enumerate(used, 4)}
    parts: list[bytes] = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
    offsets: list[int] = []

    def add(number: int, body: bytes) -> None:
        offsets.append(sum(len(p) for p in parts))
        parts.append(b"%d 0 obj\n" % number + body.rstrip(b"\n") + b"\nendobj\n")

    add(1, b"<<\n/Type /Catalog\n/Pages 2 0 R\n>>")
    add(2, b"<<\n/Type /Pages\n/Kids [%d 0 R]\n/Count 1\n>>" % numbers[page])
    add(3, info if info is not None else b"<<\n>>")
    for old in used:
        body = objects[old]
        if old == page:
            body = _PARENT.sub(b"/Parent 2 0 R", body)
        add(numbers[old], _renumbered(body, numbers))
    xref_at = sum(len(p) for p in parts)
    table = [b"xref\n0 %d\n" % (len(offsets) + 1), b"0000000000 65535 f \n"]
    table += [b"%010d 00000 n \n" % offset for offset in offsets]
    trailer = b"trailer\n<<\n/Size %d\n/Root 1 0 R\n/Info 3 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        xref_at,
    )
    return b"".join(parts) + b"".join(table) + trailer


def split_pages(pdf: bytes) -> Iterator[bytes]:
    """One PDF per page of ``pdf`` (as QPdfWriter writes it), in page order."""
    objects = _objects(pdf)
    root = _trailer_ref(pdf, b"Root")
    if root is None or root not in objects:
        raise PdfLayoutError("no catalog")
    info_number = _trailer_ref(pdf, b"Info")
    info = objects.get(info_number) if info_number is not None else None
    for page in _page_numbers(objects, root):
        yield _one_page(objects, page, info)
