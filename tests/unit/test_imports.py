"""Reading registration spreadsheets: encodings, delimiters, mapping, row checks."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judging.errors import InputError
from judging.model import Category, EntryStatus
from judging.services.dto import EntryRow
from judging.setup.blind import anonymise, mask_names
from judging.setup.imports import (
    ENTRY_FIELDS,
    ENTRY_HINTS,
    EntryContext,
    Table,
    check_entries,
    decode_csv,
    guess_mapping,
    mapping_from_names,
    match_category,
    read_csv,
    read_table,
    sniff_delimiter,
    split_authors,
    write_csv,
)
from judging.text import clean, fold, nfc

#: A copy of ../shared/samples/dang-ky-sang-kien-2026.xlsx (a registration form's export).
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "setup" / "dang-ky-sang-kien-2026.xlsx"

CATEGORIES = (
    Category("QLNN", "Quản lý nhà nước, cải cách hành chính"),
    Category("KTCN", "Kỹ thuật, công nghệ"),
    Category("NNMT", "Nông nghiệp, môi trường"),
    Category("GDYTXH", "Giáo dục, y tế, xã hội"),
)
CONTEXT = EntryContext(categories=CATEGORIES, existing_codes=frozenset())

ROW = "A1;Bản đồ số điểm ngập;kỹ thuật, công nghệ;Nguyễn Văn Á;UBND Quận 1;ghi chú\n"
HEADER = "code;title;category;authors;organisation;summary\n"


def to_cp1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: a precomposed letter where CP1258 has one, else the
    base letter and a combining tone mark."""
    out = bytearray()
    for ch in nfc(text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = next(m for m in decomposed if m in "\u0300\u0301\u0303\u0309\u0323")
            out += (nfc(decomposed.replace(tone, "")) + tone).encode("cp1258")
    return bytes(out)


def test_decode_each_encoding() -> None:
    text = HEADER + ROW
    assert decode_csv(text.encode("utf-8"), source="f") == text
    assert decode_csv(codecs.BOM_UTF8 + text.encode("utf-8"), source="f").lstrip("\ufeff") == text
    assert decode_csv(text.encode("utf-16"), source="f") == text  # Python writes a BOM
    assert decode_csv(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), source="f") == text
    # CP1258 spells many letters with combining marks: compare after NFC
    cp1258 = to_cp1258(text)
    assert nfc(decode_csv(cp1258, source="f")) == nfc(text)


def test_each_encoding_reads_the_same_table(tmp_path: Path) -> None:
    text = HEADER + ROW
    tables = []
    for name, data in {
        "utf8.csv": text.encode("utf-8"),
        "bom.csv": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.csv": text.encode("utf-16"),
        "cp1258.csv": to_cp1258(text),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        table = read_table(path)
        tables.append((table.headers, table.rows))
    assert all(t == tables[0] for t in tables)
    assert tables[0][1][0][1][1] == "Bản đồ số điểm ngập"


def test_a_broken_utf8_row_is_named() -> None:
    lines = [HEADER, ROW, ROW.replace("A1", "A2"), "A3;Tiêu đề \xff\n"]
    data = "".join(lines[:3]).encode("utf-8") + b"A3;Ti\xc3\xaau \xff\xfe\n"
    with pytest.raises(InputError) as caught:
        decode_csv(data, source="broken.csv")
    assert [str(p) for p in caught.value.problems] == [
        "broken.csv, row 4: undecodable text (not valid UTF-8)"
    ]


def test_undecodable_in_any_encoding_names_the_row() -> None:
    # 0x81 is undefined in CP1258 and not UTF-8 either
    data = b"code;title\nA1;abc\nA2;x\x81y\n"
    with pytest.raises(InputError) as caught:
        decode_csv(data, source="bad.csv")
    assert [p.where for p in caught.value.problems] == ["bad.csv, row 3"]


def test_sniff_delimiter() -> None:
    assert sniff_delimiter("a;b;c\n1,5;2;3") == ";"
    assert sniff_delimiter("a,b,c\n1;2,3") == ","
    assert sniff_delimiter('"x;y",b,c\n') == ","


def test_header_cleaning_and_guessing_on_the_sample() -> None:
    table = read_table(SAMPLE)
    assert table.headers[-1] == "Đã áp dụng thực tế?"  # stray space stripped
    mapping = guess_mapping(table.headers, ENTRY_FIELDS, ENTRY_HINTS)
    named = {field: table.headers[i] for field, i in mapping.items()}
    assert named == {
        "title": "Tên sáng kiến / giải pháp",
        "category": "Lĩnh vực dự thi",
        "authors": "Họ và tên tác giả (cách nhau bởi dấu ;)",
        "organisation": "Đơn vị công tác",
        "summary": "Tóm tắt nội dung (tối đa 300 chữ)",
    }
    assert "Dấu thời gian" not in named.values()


def test_sample_has_exactly_three_faulty_rows() -> None:
    table = read_table(SAMPLE)
    mapping = guess_mapping(table.headers, ENTRY_FIELDS, ENTRY_HINTS)
    check = check_entries(table, mapping, CONTEXT)
    assert [(p.row, p.message) for p in check.problems] == [
        (50, "missing title"),
        (51, "duplicate: same title, authors and organisation as row 3"),
        (
            52,
            "unknown category 'Nông nghiệp' (categories: QLNN = Quản lý nhà nước, cải cách "
            "hành chính; KTCN = Kỹ thuật, công nghệ; NNMT = Nông nghiệp, môi trường; "
            "GDYTXH = Giáo dục, y tế, xã hội)",
        ),
    ]
    assert len(check.entries) == 48
    # skipping the faulty rows, or fixing them, makes the file good
    skipped = check_entries(table, mapping, CONTEXT, skip=[50, 51, 52])
    assert skipped.ok and len(skipped.entries) == 48
    fixed = check_entries(
        table,
        mapping,
        CONTEXT,
        skip=[51],
        overrides={(50, "title"): "Tên đã sửa", (52, "category"): "NNMT"},
    )
    assert fixed.ok and len(fixed.entries) == 50
    codes = [e.code for _, e in fixed.entries]
    assert codes[:3] == ["E001", "E002", "E003"] and len(set(codes)) == 50
    first = fixed.entries[0][1]
    assert first.authors == ("Dương Thùy Trang", "Phan Minh Trang", "Lý Hoài Xuân")
    assert first.category == "QLNN"
    # trailing spaces in titles are gone
    assert all(e.title == e.title.strip() for _, e in fixed.entries)


def test_duplicates_by_code_and_against_the_database() -> None:
    text = HEADER + "A1;T1;KTCN;X;Y;\nA1;T2;KTCN;X;Y;\nB1;T3;KTCN;P; Q;\n"
    table = read_csv(text.encode(), source="f.csv")
    mapping = guess_mapping(table.headers, ENTRY_FIELDS)
    context = EntryContext(
        categories=CATEGORIES,
        existing_codes=frozenset({"B1"}),
        existing_keys={},
    )
    check = check_entries(table, mapping, context)
    assert [(p.row, p.message) for p in check.problems] == [
        (3, "duplicate: code A1 is also on row 2"),
        (4, "duplicate: code B1 is already in the database"),
    ]


def test_generated_codes_follow_existing_ones() -> None:
    text = "title,category\nMột,KTCN\nHai,ktcn\n"
    table = read_csv(text.encode(), source="f.csv")
    context = EntryContext(categories=CATEGORIES, existing_codes=frozenset({"E007", "HS-1"}))
    check = check_entries(table, guess_mapping(table.headers, ENTRY_FIELDS), context)
    assert [e.code for _, e in check.entries] == ["E008", "E009"]


def test_category_matches_by_code_or_folded_name() -> None:
    assert match_category(" KTCN ", CATEGORIES) == CATEGORIES[1]
    assert match_category("ktcn", CATEGORIES) == CATEGORIES[1]
    assert match_category("KY THUAT,  cong nghe", CATEGORIES) == CATEGORIES[1]
    decomposed = "Ky\u0303 thua\u0323\u0302t, co\u0302ng nghe\u0323\u0302"
    assert match_category(decomposed, CATEGORIES) == CATEGORIES[1]
    assert match_category("Nông nghiệp", CATEGORIES) is None


def test_mapping_from_a_map_file_is_checked() -> None:
    headers = ("Dấu thời gian", "Tên sáng kiến ", "Lĩnh vực")
    mapping = mapping_from_names(
        headers, {"Tên sáng kiến": "title", "lĩnh vực": "category"}, ENTRY_FIELDS, source="m"
    )
    assert mapping == {"title": 1, "category": 2}
    with pytest.raises(InputError) as caught:
        mapping_from_names(
            headers, {"Không có": "title", "Lĩnh vực": "loai"}, ENTRY_FIELDS, source="m"
        )
    assert len(caught.value.problems) == 2


def test_split_authors() -> None:
    assert split_authors(" An ;  Bình;; Chi ") == ("An", "Bình", "Chi")


def test_csv_output_has_bom_and_is_formula_safe(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ["a", "b"], [["=1+1", "Đức"]])
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig") == "a,b\r\n'=1+1,Đức\r\n"


def test_blind_masks_names_in_title_and_summary() -> None:
    row = EntryRow(
        code="E001",
        title="Sáng kiến của Nguyễn Văn An tại UBND Quận 1",
        category="QLNN",
        category_name="Quản lý",
        authors=("Nguyễn Văn An",),
        organisation="UBND Quận 1",
        summary="Nhóm NGUYEN VAN AN (ubnd quan 1) đã áp dụng; không nhắc Anh.",
        status=EntryStatus.ACTIVE,
        status_reason="",
        folded="",
    )
    blind = anonymise(row)
    assert blind.authors == () and blind.organisation == ""
    assert blind.title == "Sáng kiến của *** tại ***"
    assert blind.summary == "Nhóm *** (***) đã áp dụng; không nhắc Anh."
    assert blind.code == "E001" and "nguyen" not in blind.folded
    untouched = mask_names("Bản đồ số", ["Nguyễn Văn An"])
    assert untouched == "Bản đồ số"


def test_empty_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError):
        read_table(path)
    assert isinstance(read_csv(b"title\nx\n", source="s"), Table)


_VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
    + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_cell = st.text(alphabet=_VI_LETTERS + " ,;\"'0123456789", max_size=20)


@given(
    rows=st.lists(st.lists(_cell, min_size=3, max_size=3), min_size=1, max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]),
    delimiter=st.sampled_from([",", ";"]),
)
def test_csv_reads_back_what_was_written_in_any_encoding(
    rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    """Whatever a spreadsheet program writes (quoted cells, `,` or `;`, any of the four
    encodings), the cells read back the same, cleaned."""
    import csv
    import io

    rows = [r for r in rows if any(clean(c) for c in r)]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["title", "category", "authors"])
    writer.writerows(rows)
    text = buffer.getvalue()
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    if not rows:  # a header alone is refused: most likely the wrong file
        with pytest.raises(InputError, match="a header but no rows below it"):
            read_csv(data, source="f.csv")
        return
    table = read_csv(data, source="f.csv")
    assert table.headers == ("title", "category", "authors")
    assert [cells for _, cells in table.rows] == [tuple(clean(c) for c in r) for r in rows]


_NAME_LETTERS = _VI_LETTERS + "ßİﬁ"
_word = st.text(alphabet=_NAME_LETTERS, min_size=1, max_size=8)


@given(
    name=st.lists(_word, min_size=1, max_size=3).map(" ".join),
    before=st.lists(_word, max_size=3).map(" ".join),
    after=st.lists(_word, max_size=3).map(" ".join),
)
def test_blind_never_leaves_an_authors_name_in_the_title(
    name: str, before: str, after: str
) -> None:
    title = " ".join(p for p in (before, name, after) if p)
    masked = mask_names(title, [name])
    # the name is gone as a whole phrase (folded), and what surrounds it is kept
    folded_words = fold(masked).split()
    name_words = fold(name).split()
    n = len(name_words)
    assert not any(folded_words[i : i + n] == name_words for i in range(len(folded_words)))
    assert "***" in masked


def test_judge_headers_in_vietnamese_are_recognised() -> None:
    from judging.setup.imports import JUDGE_FIELDS, JUDGE_HINTS, check_judges, parse_role

    headers = ("STT", "Họ và tên", "Học hàm, học vị", "Cơ quan công tác", "Vai trò")
    mapping = guess_mapping(headers, JUDGE_FIELDS, JUDGE_HINTS)
    assert mapping == {"name": 1, "title": 2, "organisation": 3, "role": 4}
    table = Table(
        source="gk.csv",
        headers=headers,
        rows=((2, ("1", "Trần Minh Khoa", "PGS.TS.", "ĐH Bách khoa", "Chủ tịch")),),
    )
    judges, problems = check_judges(table, mapping, existing_codes={"J01"})
    assert problems == []
    assert [(j.code, j.role.value) for j in judges] == [("J02", "chair")]
    assert parse_role("dự khuyết") is not None and parse_role("boss") is None


def test_a_broken_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"broken\.xlsx: not a readable xlsx workbook"):
        read_table(path)
    with pytest.raises(InputError, match="no such file"):
        read_table(tmp_path / "missing.csv")
