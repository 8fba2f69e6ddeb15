"""The judge kit and score file formats (judging.kits.format): round trips, and every kind of
bad file refused with its problem code — a flipped byte anywhere, a truncated file, member
names that climb out of a folder, sizes and numbers beyond their bounds, unknown versions."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from decimal import Decimal

import pytest

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
