"""The judge kit and score file formats (judging.kits.format): round trips, and every kind of
bad file refused with its problem code — a flipped byte anywhere, a truncated file, member
names that climb out of a folder, sizes and numbers beyond their bounds, unknown versions."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judging.errors import InputError
from judging.kits import format as kf
from judging.kits.format import (
    Kit,
    KitAttachment,
    KitEntry,
    KitJudge,
    ScoreFile,
    ScoreMark,
    ScoreSheet,
    ScoreVersion,
)
from judging.problems import ProblemCode as P

SECRET = bytes(range(32))
PDF = b"%PDF-1.4 a tiny attachment\n%%EOF"


def a_kit() -> Kit:
    member = kf.attachment_member(1)
    return Kit(
        kit_id="0f8fad5b-d9cb-469f-a165-70867728950e",
        issue=1,
        issued_at="2026-12-06T10:00:00",
        competition_code="SKCD2026",
        competition_name="Giải thưởng Sáng kiến cộng đồng 2026",
        round_code="R1",
        judge=KitJudge("J1", "Phạm Thị Lan", "TS.", "member"),
        definition='format = "judging-definition/1"\n',
        entries=(
            KitEntry(
                code="E01",
                title="Ứng dụng Bình Thạnh trực tuyến",
                category=None,
                summary="Tóm tắt",
                authors=("Nguyễn Văn An",),
                organisation="UBND quận Bình Thạnh",
                attachments=(
                    KitAttachment(
                        member,
                        "../../thuyet-minh.pdf",
                        "application/pdf",
                        hashlib.sha256(PDF).hexdigest(),
                        len(PDF),
                    ),
                ),
            ),
        ),
        secret=SECRET,
        files={member: PDF},
    )


def a_scorefile(sequence: int = 1) -> ScoreFile:
    return ScoreFile(
        kit_id="0f8fad5b-d9cb-469f-a165-70867728950e",
        competition_code="SKCD2026",
        round_code="R1",
        judge_code="J1",
        sequence=sequence,
        written_at="2026-12-06T11:00:00",
        sheets=(
            ScoreSheet(
                entry="E01",
                state="submitted",
                comment="Giải pháp thiết thực",
                submitted_at="2026-12-06T10:59:00",
                marks=(
                    ScoreMark(
                        "NEW",
                        Decimal("27.5"),
                        "Rất mới",
                        (
                            ScoreVersion(
                                1, None, Decimal(26), "", "typed", "J1", "2026-12-06T10:50:00"
                            ),
                            ScoreVersion(
                                2,
                                Decimal(26),
                                Decimal("27.5"),
                                "Rất mới",
                                "typed",
                                "J1",
                                "2026-12-06T10:51:00",
                            ),
                        ),
                    ),
                ),
            ),
            ScoreSheet(entry="E02", state="recused", recusal_reason="Cùng đơn vị"),
        ),
    )


def read_back(data: bytes, secret: bytes = SECRET) -> ScoreFile:
    return kf.verify_scorefile(kf.open_scorefile(data, "s.json"), secret, "s.json")


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def manifest_of(kit: Kit) -> bytes:
    return json.dumps(kf.kit_manifest(kit)).encode("utf-8")


# -- kits ---------------------------------------------------------------------------------------


def test_kit_round_trip_keeps_everything_and_names_attachments_itself() -> None:
    kit = a_kit()
    back = kf.read_kit(kf.write_kit(kit), "k.judgekit")
    assert back == kit
    with zipfile.ZipFile(io.BytesIO(kf.write_kit(kit))) as archive:
        assert archive.namelist() == ["manifest.json", "attachments/0001"]


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/passwd", "attachments/../../x", "a\\..\\b", "C:evil", "./x"]
)
def test_a_member_name_that_climbs_out_refuses_the_kit(name: str) -> None:
    kit = a_kit()
    data = zip_of({"manifest.json": manifest_of(kit), "attachments/0001": PDF, name: b"whatever"})
    with pytest.raises(InputError) as caught:
        kf.read_kit(data, "k.judgekit")
    assert caught.value.code is P.KIT_UNSAFE_NAME


def test_the_manifest_cannot_point_an_attachment_at_a_path() -> None:
    manifest = kf.kit_manifest(a_kit())
    manifest["entries"][0]["attachments"][0]["member"] = "../attachments/0001"
    data = zip_of({"manifest.json": json.dumps(manifest).encode(), "attachments/0001": PDF})
    with pytest.raises(InputError) as caught:
        kf.read_kit(data, "k.judgekit")
    assert caught.value.code is P.KIT_MALFORMED


def test_unknown_kit_version_and_not_a_kit_and_truncated() -> None:
    manifest = kf.kit_manifest(a_kit())
    manifest["format"] = "judging-kit/2"
    data = zip_of({"manifest.json": json.dumps(manifest).encode(), "attachments/0001": PDF})
    with pytest.raises(InputError) as caught:
        kf.read_kit(data, "k.judgekit")
    assert caught.value.code is P.KIT_VERSION_UNKNOWN
    assert "judging-kit/2" in caught.value.text("en")
    good = kf.write_kit(a_kit())
    for cut in (0, 10, len(good) // 2, len(good) - 1):
        with pytest.raises(InputError) as caught:
            kf.read_kit(good[:cut], "k.judgekit")
        assert caught.value.code in (P.KIT_NOT_A_KIT, P.KIT_MALFORMED)


def test_an_attachment_changed_inside_the_kit_is_refused() -> None:
    kit = a_kit()
    data = zip_of({"manifest.json": manifest_of(kit), "attachments/0001": PDF + b"x"})
    with pytest.raises(InputError) as caught:
        kf.read_kit(data, "k.judgekit")
    assert caught.value.code is P.KIT_MALFORMED


def test_oversized_kits_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = kf.write_kit(a_kit())
    monkeypatch.setattr(kf, "MAX_KIT_BYTES", len(data) - 1)
    with pytest.raises(InputError) as caught:
        kf.read_kit(data, "k.judgekit")
    assert caught.value.code is P.KIT_TOO_LARGE
    assert "k.judgekit" in caught.value.text("vi")


def test_too_many_members_or_a_member_larger_than_it_may_be(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit = a_kit()
    many = {"manifest.json": manifest_of(kit), "attachments/0001": PDF}
    many |= {f"extra/{i}": b"" for i in range(20)}
    monkeypatch.setattr(kf, "MAX_KIT_MEMBERS", 10)
    with pytest.raises(InputError) as caught:
        kf.read_kit(zip_of(many), "k.judgekit")
    assert caught.value.code is P.KIT_TOO_LARGE
    monkeypatch.setattr(kf, "MAX_KIT_MEMBERS", 10_000)
    monkeypatch.setattr(kf, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(InputError) as caught:
        kf.read_kit(kf.write_kit(kit), "k.judgekit")
    assert caught.value.code in (P.KIT_TOO_LARGE, P.KIT_MALFORMED)


def test_numbers_and_codes_in_a_manifest_are_bounded() -> None:
    for change in (
        lambda m: m.__setitem__("issue", 10**12),
        lambda m: m.__setitem__("issue", True),
        lambda m: m.__setitem__("kit_id", "../../etc"),
        lambda m: m.__setitem__("secret", "00"),
        lambda m: m["entries"][0].__setitem__("code", "E01/../x"),
        lambda m: m["entries"][0]["attachments"][0].__setitem__("size", -1),
        lambda m: m["judge"].__setitem__("role", "organiser"),
    ):
        manifest = kf.kit_manifest(a_kit())
        change(manifest)
        data = zip_of({"manifest.json": json.dumps(manifest).encode(), "attachments/0001": PDF})
        with pytest.raises(InputError) as caught:
            kf.read_kit(data, "k.judgekit")
        assert caught.value.code is P.KIT_MALFORMED


# -- score files --------------------------------------------------------------------------------


def test_score_file_round_trip() -> None:
    scores = a_scorefile()
    data = kf.write_scorefile(scores, SECRET)
    assert read_back(data) == scores


def test_a_flipped_bit_anywhere_is_refused() -> None:
    data = kf.write_scorefile(a_scorefile(), SECRET)
    for i in range(len(data)):
        for bit in (0x01, 0x20):
            changed = bytearray(data)
            changed[i] ^= bit
            with pytest.raises(InputError) as caught:
                read_back(bytes(changed))
            assert caught.value.code in (
                P.SCOREFILE_TAMPERED,
                P.SCOREFILE_MALFORMED,
                P.SCOREFILE_VERSION_UNKNOWN,
            ), (i, bit, caught.value.code)


def test_a_truncated_score_file_is_refused() -> None:
    data = kf.write_scorefile(a_scorefile(), SECRET)
    for cut in range(len(data) - 1):  # without its last newline the file is still whole
        with pytest.raises(InputError):
            read_back(data[:cut])


def test_another_secret_fails_and_the_text_says_changed_or_forged() -> None:
    data = kf.write_scorefile(a_scorefile(), SECRET)
    with pytest.raises(InputError) as caught:
        read_back(data, secret=bytes(32))
    assert caught.value.code is P.SCOREFILE_TAMPERED
    assert "chữ ký không khớp" in caught.value.text("vi")


def test_the_same_values_written_otherwise_are_refused_as_changed() -> None:
    """Only the exact bytes the kit wrote are taken in: the signature, checked over the file's
    own bytes, proves the canonical form (no second encoding of the file). The same values
    with the same, valid signature, written any other way, are refused as changed."""
    payload = kf.scorefile_payload(a_scorefile())
    body = {**payload, "signature": kf.sign(payload, SECRET)}
    canonical = kf.canonical(body)
    assert read_back(canonical + b"\n") == a_scorefile()
    reordered = {"signature": body["signature"], **payload}
    others = {
        "indented": json.dumps(body, sort_keys=True, ensure_ascii=False, indent=1).encode(),
        "spaced": json.dumps(body, sort_keys=True, ensure_ascii=False).encode(),
        "ASCII escapes": json.dumps(
            body, sort_keys=True, ensure_ascii=True, separators=(",", ":")
        ).encode(),
        "keys unsorted": json.dumps(reordered, ensure_ascii=False, separators=(",", ":")).encode(),
        "a key twice": b'{"competition":"X",' + canonical[1:],
        "two line ends": canonical + b"\n\n",
        "a line end first": b"\n" + canonical,
    }
    assert others["ASCII escapes"] != canonical  # the sample has Vietnamese text
    for how, data in others.items():
        assert json.loads(data) == body, how  # the same values, the same signature
        with pytest.raises(InputError) as caught:
            read_back(data)
        assert caught.value.code is P.SCOREFILE_TAMPERED, how


_SIGNED = kf.write_scorefile(a_scorefile(), SECRET)


@settings(derandomize=True, max_examples=400)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_SIGNED)),  # where
            st.integers(0, 3),  # how many bytes taken out there
            st.binary(max_size=4) | st.sampled_from([b" ", b"\n", b",", b'"', b"\\", b"0"]),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_edit_of_a_signed_file_is_refused(edits: list[tuple[int, int, bytes]]) -> None:
    """Bytes taken out or put in anywhere, a few times over: the file is refused (changed,
    not JSON, another format), or it is the very file the kit wrote."""
    data = _SIGNED
    for at, taken, put in edits:
        at = min(at, len(data))
        data = data[:at] + put + data[at + taken :]
    if data in (_SIGNED, _SIGNED[:-1]):  # the edits undid themselves (or took the line end)
        assert read_back(data) == a_scorefile()
        return
    with pytest.raises(InputError) as caught:
        read_back(data)
    assert caught.value.code in (
        P.SCOREFILE_TAMPERED,
        P.SCOREFILE_MALFORMED,
        P.SCOREFILE_VERSION_UNKNOWN,
    ), (edits, caught.value.code)


def test_unknown_score_file_version() -> None:
    payload = kf.scorefile_payload(a_scorefile())
    payload["format"] = "judging-scores/9"
    data = kf.canonical({**payload, "signature": kf.sign(payload, SECRET)})
    with pytest.raises(InputError) as caught:
        read_back(data)
    assert caught.value.code is P.SCOREFILE_VERSION_UNKNOWN


def test_an_oversized_score_file_is_refused_before_it_is_parsed() -> None:
    data = b" " * (kf.MAX_SCOREFILE_BYTES + 1)
    with pytest.raises(InputError) as caught:
        read_back(data)
    assert caught.value.code is P.SCOREFILE_TOO_LARGE


def test_numbers_are_bounded_even_in_a_correctly_signed_file() -> None:
    for change in (
        lambda p: p.__setitem__("sequence", 10**30),
        lambda p: p.__setitem__("sequence", 0),
        lambda p: p.__setitem__("sequence", 1.5),
        lambda p: p["sheets"][0]["marks"][0].__setitem__("value", "1e999999"),
        lambda p: p["sheets"][0]["marks"][0].__setitem__("value", "NaN"),
        lambda p: p["sheets"][0]["marks"][0].__setitem__("value", 27.5),
        lambda p: p["sheets"][0]["marks"][0]["versions"][0].__setitem__("version", -3),
        lambda p: p["sheets"][0].__setitem__("state", "approved"),
        lambda p: p["sheets"].append(dict(p["sheets"][0])),  # one entry twice
    ):
        payload = kf.scorefile_payload(a_scorefile())
        change(payload)
        data = kf.canonical({**payload, "signature": kf.sign(payload, SECRET)})
        with pytest.raises(InputError) as caught:
            read_back(data)
        assert caught.value.code is P.SCOREFILE_MALFORMED


def test_deeply_nested_json_is_refused_not_a_crash() -> None:
    data = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(InputError) as caught:
        read_back(data)
    assert caught.value.code is P.SCOREFILE_MALFORMED


# -- the quick reader of large score files (issue 13) -------------------------------------------


def a_large_payload(sheets: int) -> dict[str, Any]:
    """The payload of one judge's score file of ``sheets`` submitted sheets: one mark of one
    version each, the last three marks of two versions each."""
    sheet = a_scorefile().sheets[0]
    full = tuple(replace(sheet.marks[0], criterion=code) for code in ("NEW", "EFF", "APP"))
    one = (replace(sheet.marks[0], versions=sheet.marks[0].versions[:1]),)
    many = [replace(sheet, entry=f"E{i:05d}", marks=one) for i in range(sheets - 1)]
    many.append(replace(sheet, entry=f"E{sheets - 1:05d}", marks=full))
    return kf.scorefile_payload(replace(a_scorefile(), sheets=tuple(many)))


def signed(payload: dict[str, Any]) -> bytes:
    return kf.canonical({**payload, "signature": kf.sign(payload, SECRET)})


@pytest.fixture(scope="module")
def large_file() -> bytes:
    """A signed score file of 10,000 sheets, read back whole once."""
    data = signed(a_large_payload(10_000))
    assert len(read_back(data).sheets) == 10_000
    return data


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: s["marks"][2].__setitem__("value", "27.5.5"), "sheets[9999].marks[2].value"),
        (lambda s: s["marks"][2].__setitem__("value", "-1"), "sheets[9999].marks[2].value"),
        (lambda s: s["marks"][1].__setitem__("comment", "a\x00b"), "sheets[9999].marks[1].comment"),
        (
            lambda s: s["marks"][1].__setitem__("criterion", "NEW"),
            "sheets[9999].marks[1].criterion",
        ),
        (
            lambda s: s["marks"][0].__setitem__("criterion", "a/b"),
            "sheets[9999].marks[0].criterion",
        ),
        (
            lambda s: s["marks"][0]["versions"][1].__setitem__("version", True),
            "sheets[9999].marks[0].versions[1].version",
        ),
        (
            lambda s: s["marks"][0]["versions"][1].__setitem__("origin", "typed "),
            "sheets[9999].marks[0].versions[1].origin",
        ),
        (
            lambda s: s["marks"][0]["versions"][0].__setitem__("at", "x" * 65),
            "sheets[9999].marks[0].versions[0].at",
        ),
        (lambda s: s["marks"][0]["versions"].append([]), "sheets[9999].marks[0].versions[2]"),
        (lambda s: s.__setitem__("state", "approved"), "sheets[9999].state"),
        (lambda s: s.__setitem__("submitted_at", 5), "sheets[9999].submitted_at"),
        (lambda s: s.__setitem__("entry", "E00000"), "sheets[9999].entry"),  # the first's twice
    ],
)
def test_a_fault_in_the_last_of_10000_sheets_is_refused_and_named(
    large_file: bytes, change: Callable[[dict[str, Any]], None], field: str
) -> None:
    payload = json.loads(large_file)
    del payload["signature"]
    change(payload["sheets"][-1])
    with pytest.raises(InputError) as caught:
        read_back(signed(payload))
    assert caught.value.code is P.SCOREFILE_MALFORMED
    assert caught.value.params["field"] == field


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 2**31)
    | st.floats(allow_nan=False)
    | st.sampled_from(["", "27.5", "0", "1e5", "NEW", "a\x00", "typed", "submitted", "x" * 70]),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=4,
)
_PLACES = st.sampled_from(
    [
        (),
        ("marks",),
        ("marks", 0),
        ("marks", 0, "versions"),
        ("marks", 0, "versions", 0),
        ("marks", 1),
    ]
)
_KEYS = st.sampled_from(
    [
        "entry",
        "state",
        "comment",
        "recusal_reason",
        "submitted_at",
        "marks",
        "criterion",
        "value",
        "versions",
        "version",
        "old",
        "new",
        "origin",
        "actor",
        "at",
        "other",
    ]
)


@settings(derandomize=True, max_examples=600)
@given(st.lists(st.tuples(_PLACES, _KEYS, _JSON_VALUES | st.just(KeyError)), max_size=3))
def test_the_quick_reader_reads_exactly_what_the_field_by_field_reader_reads(
    changes: list[tuple[tuple[str | int, ...], str, object]],
) -> None:
    """Whatever is changed in a sheet, the quick reader either gives up (and the field by
    field reader decides) or reads exactly the sheet that reader reads: never one it
    refuses."""
    sheet = json.loads(json.dumps(a_large_payload(2)["sheets"][1]))
    for path, key, value in changes:
        place: Any = sheet
        for step in path:
            try:
                place = place[step]
            except (KeyError, IndexError, TypeError):
                break
        if isinstance(place, dict):
            if value is KeyError:
                place.pop(key, None)
            else:
                place[key] = value
        elif isinstance(place, list) and value is not KeyError:
            place.append(value)
    quick = kf._QuickReader().sheet(sheet)
    reader = kf._Reader(P.SCOREFILE_MALFORMED, "s.json")
    try:
        expected = kf._score_sheet(reader, reader.obj(sheet, "sheets[1]"), "sheets[1]")
    except InputError:
        assert quick is None
    else:
        assert quick is None or quick == expected
        if not changes:
            assert quick == expected  # an untouched sheet goes the quick way


def test_the_signature_is_checked_over_unknown_members_before_and_after_it() -> None:
    """The bytes signed are cut from the one re-encoding of the file: members sorted before
    and after ``signature`` (unknown ones too) are in them, and a change to either is
    refused."""
    payload: dict[str, Any] = kf.scorefile_payload(a_scorefile())
    payload["aaa"] = {"x": [1, "ü"]}
    payload["zzz"] = ["after", {"signature": "0" * 64}]
    data = signed(payload)
    assert data.index(b'"signature"') < data.index(b'"written_at"') < data.index(b'"zzz"')
    assert read_back(data) == a_scorefile()
    opened = kf.open_scorefile(data, "s.json")
    assert opened.unsigned == kf.canonical(payload)
    for old, new in ((b'"after"', b'"later"'), (b'"aaa"', b'"aab"'), ('"ü"'.encode(), b'"u"')):
        with pytest.raises(InputError) as caught:
            read_back(data.replace(old, new))
        assert caught.value.code is P.SCOREFILE_TAMPERED
    alone = {k: v for k, v in payload.items() if k not in ("zzz", "written_at")}
    assert kf.open_scorefile(signed(alone), "s.json").unsigned == kf.canonical(alone)
