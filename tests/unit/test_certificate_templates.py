"""Certificate templates as TOML: the shipped ones read back exactly, every bound is refused
with its line and field, serials and verification codes have their documented shape."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from judging.certificates import codes
from judging.certificates.model import (
    PLACEHOLDERS,
    Align,
    CertificateTemplate,
    Orientation,
    QrField,
    TextField,
    fill,
)
from judging.certificates.service import written_date
from judging.certificates.templates import (
    FORMAT,
    check_template,
    parse_template,
    read_template_file,
    shipped,
    shipped_names,
    template_text,
)
from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.setup.definition import template_names

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def minimal(**changes: object) -> str:
    field = {
        "text": '"{name}"',
        "x": "20",
        "y": "70",
        "width": "257",
        "height": "14",
        "size": "28",
        "colour": '"#1F3A93"',
    }
    field.update({k: str(v) for k, v in changes.items()})
    body = "\n".join(f"{k} = {v}" for k, v in field.items())
    return (
        f'format = "{FORMAT}"\ncode = "thu"\nname = "Mẫu thử"\npage = "A4"\n'
        f'orientation = "landscape"\n\n[[fields]]\n{body}\n'
    )


def refusal(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_template(text, "mau.toml")
    assert caught.value.code == P.CERT_TEMPLATE_FAULTS
    return caught.value


def test_every_shipped_award_has_a_ready_template_that_reads_back_as_written() -> None:
    assert shipped_names() == template_names()
    for name in shipped_names():
        read = shipped(name)
        template = read.template
        assert template.code == name and read.award == name
        assert template.page == "A4" and template.orientation is Orientation.LANDSCAPE
        assert template.size_mm == (297.0, 210.0)
        texts = [f.text for f in template.fields]
        for wanted in (
            "GIẤY CHỨNG NHẬN",
            "{name}",
            "{organisation}",
            "{achievement}",
            "{competition}",
            "Số: {serial}",
        ):
            assert any(wanted in text for text in texts), (name, wanted)
        assert any("{entry_title}" in t for t in texts) and any("{date}" in t for t in texts)
        assert template.qr is not None and template.qr.x < 50  # bottom left
        assert template.qr.y + template.qr.size > 150
        again = parse_template(template_text(template, award=name), "again.toml").template
        assert again == replace(template, background=None)


def test_a_template_written_and_read_keeps_every_value() -> None:
    template = CertificateTemplate(
        code="rieng-2027",
        name='Mẫu "riêng" của Ban tổ chức',
        page="A5",
        orientation=Orientation.PORTRAIT,
        fields=(
            TextField(
                "Tác giả: {name}\n{organisation}",
                10.5,
                20,
                120,
                30,
                size=16.5,
                min_size=9,
                font="Be Vietnam Pro",
                bold=True,
                italic=True,
                align=Align.RIGHT,
                colour="#AB12CD",
            ),
        ),
        qr=QrField(100, 170, 30),
        language="en",
    )
    text = template_text(template, background_name="nen.png")
    read = parse_template(text, "rieng.toml")
    assert read.template == template and read.background_name == "nen.png"


def test_numbers_out_of_bounds_are_refused_with_line_and_field() -> None:
    error = refusal(minimal(size=250, x=-3))
    lines = error.text("en").splitlines()
    assert "mau.toml: the certificate template has 2 problem(s)" in lines[0]
    assert any(
        re.search(r"mau\.toml:\d+: fields\[1\]\.size = 250 is outside 4 to 200", ln) for ln in lines
    )
    assert any("fields[1].x = -3 is outside 0 to 297" in ln for ln in lines)
    line_of_size = minimal(size=250, x=-3).splitlines().index("size = 250") + 1
    assert f"mau.toml:{line_of_size}: fields[1].size" in error.text("en")
    vi = error.text("vi")
    assert "mẫu giấy chứng nhận có 2 lỗi" in vi and "nằm ngoài khoảng từ 4 đến 200" in vi


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"width": 290}, "fields[1].width: the box reaches 310 mm, beyond the page's 297 mm"),
        ({"height": 150}, "fields[1].height: the box reaches 220 mm, beyond the page's 210 mm"),
        ({"colour": '"red"'}, "fields[1].colour = 'red' is not a colour written #RRGGBB"),
        ({"size": 3}, "fields[1].size = 3 is outside 4 to 200"),
        ({"min_size": 30}, "fields[1].min_size = 30 is larger than the field's size 28"),
        ({"align": '"middle"'}, "fields[1].align = 'middle': choose one of left, center, right"),
        ({"text": '"{ten}"'}, "fields[1].text: {ten} is not a placeholder"),
        ({"size": '"big"'}, "fields[1].size must be a number"),
        ({"bold": '"yes"'}, "fields[1].bold must be true or false"),
        ({"colur": '"#000000"'}, "fields[1].colur is not part of a certificate template"),
    ],
)
def test_each_bad_value_is_named(changes: dict[str, object], expected: str) -> None:
    assert expected in refusal(minimal(**changes)).text("en")


def test_page_qr_and_format_are_checked() -> None:
    text = minimal().replace('page = "A4"', 'page = "Letter"')
    assert "page = 'Letter': choose one of A4, A5, A3" in refusal(text).text("en")
    text = minimal() + "\n[qr]\nx = 280\ny = 180\nsize = 25\n"
    assert "qr.size: the box reaches 305 mm" in refusal(text).text("en")
    text = minimal() + "\n[qr]\nx = 10\ny = 10\nsize = 5\n"
    assert "qr.size = 5 is outside 10 to 100" in refusal(text).text("en")
    text = minimal().replace(FORMAT, "judging-competition/1")
    assert "is not a certificate template" in refusal(text).text("en")
    assert "TOML syntax error" in refusal("code = = 1").text("en")
    assert "lỗi cú pháp TOML" in refusal("code = = 1").text("vi")
    text = minimal().replace('code = "thu"', 'code = "có dấu"')
    assert "code = 'có dấu': use up to 40 letters" in refusal(text).text("en")


def test_a_template_made_in_the_program_is_held_to_the_same_bounds() -> None:
    good = shipped("sang-kien-cong-dong").template
    check_template(good)
    bad = replace(good, fields=(replace(good.fields[0], size=500.0),))
    with pytest.raises(InputError) as caught:
        check_template(bad, "sang-kien-cong-dong")
    assert "fields[1].size = 500 is outside 4 to 200" in caught.value.text("en")


def test_a_template_file_brings_its_background_from_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "mau.toml"
    path.write_text(
        minimal().replace('page = "A4"', 'page = "A4"\nbackground = "nen.png"'), "utf-8"
    )
    with pytest.raises(InputError) as caught:
        read_template_file(path)
    assert caught.value.code == P.CERT_BACKGROUND_MISSING
    (tmp_path / "nen.png").write_bytes(b"GIF89a not a png")
    with pytest.raises(InputError) as caught:
        read_template_file(path)
    assert caught.value.code == P.CERT_BACKGROUND_NOT_IMAGE
    (tmp_path / "nen.png").write_bytes(PNG)
    assert read_template_file(path).template.background == PNG
    path.write_text(
        minimal().replace('page = "A4"', 'page = "A4"\nbackground = "../x.png"'), "utf-8"
    )
    assert "name a file beside the template" in refusal(path.read_text("utf-8")).text("en")


def test_fill_replaces_known_placeholders_only() -> None:
    values = {name: name.upper() for name in PLACEHOLDERS}
    assert fill("Số: {serial} · {code} · {khac}", values) == "Số: SERIAL · CODE · {khac}"


def test_serial_and_verification_code_shapes() -> None:
    assert codes.serial("SKCD-2026", 2026, 1) == "SKCD-2026-0001"
    assert codes.serial("SKCD", 2026, 42) == "SKCD-2026-0042"
    assert codes.serial("STNN-2025", 2026, 7) == "STNN-2025-2026-0007"
    seen = set()
    for _ in range(200):
        code = codes.new_code()
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code.replace("-", "")) & set("01OIL")
        seen.add(code)
    assert len(seen) == 200
    assert codes.normalise(" k7qf-29xm hd4t ") == "K7QF29XMHD4T"
    assert codes.group("k7qf29xmhd4t") == "K7QF-29XM-HD4T"


def test_dates_are_written_as_each_language_writes_them() -> None:
    assert written_date(date(2026, 12, 6), "vi") == "ngày 06 tháng 12 năm 2026"
    assert written_date(date(2026, 2, 14), "vi") == "ngày 14 tháng 02 năm 2026"
    assert written_date(date(2026, 3, 9), "vi") == "ngày 09 tháng 3 năm 2026"
    assert written_date(date(2026, 12, 6), "en") == "6 December 2026"
