"""The `demo` command through main.main, as a person runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

import main


def test_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main.main(["--db", str(db), "--lang", "en", "demo"]) == 0
    out = capsys.readouterr().out
    assert "SKCD-2026" in out and "32 entries" in out
    assert main.main(["--db", str(db), "--lang", "en", "info"]) == 0
    out = capsys.readouterr().out
    assert "Giải thưởng Sáng kiến cộng đồng 2026" in out


def test_demo_refuses_a_database_that_holds_a_competition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    assert main.main(["--lang", "en", "--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main.main(["--db", str(db), "--lang", "vi", "demo"]) == 2
    captured = capsys.readouterr()
    assert "đã có một cuộc thi" in captured.err
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
