"""``verify`` as a person uses it, in both languages: the demo's audit log is intact; an
event changed with sqlite3 behind the program's back is named, exit 1; a fingerprint
written down earlier is checked; a fingerprint that is none is refused, exit 2."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite"
    status, _, err = run(capsys, "--db", str(path), "--lang", "en", "demo")
    assert status == 0, err
    return path


def test_verify_the_demo_in_both_languages(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo) as conn:
        count, head = conn.execute(
            "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log"
        ).fetchone()
        # the demo's sheets submitted, none reopened since: each sealed by its submission
        (sheets,) = conn.execute(
            "SELECT count(*) FROM score_sheet WHERE state = 'submitted'"
        ).fetchone()
    assert count > 10 and sheets > 10

    status, out, err = run(capsys, "--db", str(demo), "--lang", "en", "verify")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == f"Audit log: chain intact ({count} events)"
    assert out.splitlines()[1] == (
        f"Submitted sheets: {sheets} hold the marks and comments sealed at submission"
    )
    assert out.splitlines()[2].startswith(f"Fingerprint of the last event: {head[:12]} ")

    status, out, err = run(capsys, "--db", str(demo), "--lang", "vi", "verify")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == f"Nhật ký kiểm tra: nguyên vẹn ({count} sự kiện)"
    assert out.splitlines()[1] == (
        f"Phiếu chấm đã nộp: {sheets} phiếu giữ nguyên điểm và nhận xét như lúc nộp"
    )
    assert out.splitlines()[2].startswith(f"Mã nhận dạng sự kiện cuối: {head[:12]} ")

    status, out, _ = run(capsys, "--db", str(demo), "verify", "--format", "json")
    payload = json.loads(out)
    assert status == 0
    assert payload == {
        "format": "judging-verify/1",
        "intact": True,
        "events": count,
        "head": head,
        "fault": None,
        "sheets": {"checked": sheets, "fault": None},
    }


def test_verify_names_an_event_changed_behind_the_programs_back(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo) as conn:
        (event,) = conn.execute(
            "SELECT min(id) FROM audit_log WHERE action = 'sheet.submit'"
        ).fetchone()
        conn.execute("UPDATE audit_log SET actor = 'GK09' WHERE id = ?", (event,))
    status, out, err = run(capsys, "--db", str(demo), "--lang", "vi", "verify")
    assert status == 1
    assert "nguyên vẹn (" not in out and "Mã nhận dạng" not in out
    assert err.startswith(f"Nhật ký kiểm tra: bị phá vỡ tại sự kiện số {event} (ghi lúc ")
    assert "sự kiện đã bị sửa sau khi ghi, ngoài chương trình" in err
    assert "Traceback" not in err
    status, _, err = run(capsys, "--db", str(demo), "--lang", "en", "verify")
    assert status == 1
    assert f"broken at event {event} " in err


def test_a_fingerprint_written_down_earlier(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--db", str(demo), "--lang", "en", "verify")
    written_down = out.split("Fingerprint of the last event: ")[1][:12]
    # an event since (the round closed): the one written down is still there
    status, _, err = run(
        capsys, "--db", str(demo), "--lang", "en", "close-round", "--round", "SK", "--yes"
    )
    assert status == 0, err
    status, _, _ = run(capsys, "--db", str(demo), "--lang", "vi", "verify", "--head", written_down)
    assert status == 0
    # the last two events deleted: what is left is a whole chain, but the head is gone
    with sqlite3.connect(demo) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert run(capsys, "--db", str(demo), "--lang", "vi", "verify")[0] == 0
    with sqlite3.connect(demo) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    status, _, err = run(
        capsys, "--db", str(demo), "--lang", "vi", "verify", "--head", written_down
    )
    assert status == 1
    assert f"không còn sự kiện nào có mã nhận dạng {written_down}" in err


def test_a_fingerprint_that_is_none_is_refused(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--db", str(demo), "--lang", "vi", "verify", "--head", "xyz")
    assert status == 2
    assert out == ""
    assert err.strip() == (
        "'xyz' không phải mã nhận dạng: hãy ghi ít nhất 12 chữ số thập lục phân (0–9, a–f) mà "
        "lệnh verify đã in"
    )


def test_verify_help_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main.main(["--lang", "vi", "verify", "--help"])
    out, _ = capsys.readouterr()
    assert done.value.code == 0
    words = " ".join(out.split())  # argparse wraps the lines
    assert "Kiểm tra nhật ký kiểm tra: mỗi sự kiện mang mã băm của sự kiện trước nó" in words
    assert "--head MÃ mã nhận dạng đã ghi lại từ lần verify trước" in words
    assert "ít nhất 12 chữ số thập lục phân" in words


def test_verify_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite"
    status, out, err = run(capsys, "--db", str(path), "--lang", "vi", "verify")
    assert (status, err) == (0, "")
    assert out == "Nhật ký kiểm tra: nguyên vẹn (0 sự kiện)\n"  # nothing to write down yet
