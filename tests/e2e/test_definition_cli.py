"""`init`, `templates` and `export-definition` as a person runs them (in-process)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import main
from db.database import open_database
from judging.app import build_services
from judging.model import Competition
from judging.setup import definition


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def stored(path: Path) -> Competition | None:
    database = open_database(str(path))
    try:
        return build_services(database.uow_factory, location=str(path)).core.competition()
    finally:
        database.close()


def test_init_from_the_i_star_template_then_info_shows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "istar.sqlite")
    status, out, err = run(capsys, "--db", db, "--lang", "en", "init", "--template", "i-star")
    assert status == 0, err
    assert "ISTAR" in out and "4 categories, 2 rounds, 6 criteria" in out
    status, out, err = run(capsys, "--db", db, "--lang", "en", "info", "--format", "json")
    assert status == 0, err
    info = json.loads(out)
    assert info["competition"]["code"] == "ISTAR"
    assert "I-Star" in info["competition"]["name"]
    assert info["counts"]["criteria"] == 6


def test_init_on_a_database_that_holds_a_competition_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.sqlite")
    assert (
        run(capsys, "--lang", "en", "--db", db, "init", "--template", "sang-kien-cong-dong")[0] == 0
    )
    status, _out, err = run(capsys, "--lang", "en", "--db", db, "init", "--template", "i-star")
    assert status == 2
    assert "already holds a competition" in err and "SKCD" in err
    assert "Traceback" not in err
    competition = stored(Path(db))
    assert competition is not None and competition.code == "SKCD"


def test_init_with_a_broken_file_names_the_line_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = definition.template_text("sang-tao-nha-nong")
    lines = text.splitlines()
    step_line = next(i for i, line in enumerate(lines, 1) if line.startswith("step = "))
    lines[step_line - 1] = "step = 0.7"
    weight_line = next(i for i, line in enumerate(lines, 1) if line.startswith("weight = "))
    lines[weight_line - 1] = "weigth = 1"
    broken = tmp_path / "broken.toml"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "b.sqlite"
    status, _out, err = run(
        capsys, "--db", str(db), "--lang", "en", "init", "--definition", str(broken)
    )
    assert status == 2
    assert f"broken.toml:{step_line}: step 0.7 does not divide the maximum 30" in err
    assert f"broken.toml:{weight_line}: unknown key 'weigth'" in err
    assert "Traceback" not in err
    assert stored(db) is None
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM round").fetchone() == (0,)


def test_init_with_a_toml_syntax_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "syntax.toml"
    broken.write_text(
        'format = "judging-competition/1"\n[competition\ncode = "X"\n', encoding="utf-8"
    )
    status, _, err = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(tmp_path / "c.sqlite"),
        "init",
        "--definition",
        str(broken),
    )
    assert status == 2
    assert "syntax.toml:2:" in err and "column" in err


def test_init_with_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(tmp_path / "d.sqlite"),
        "init",
        "--definition",
        str(tmp_path / "nope.toml"),
    )
    assert status == 2 and "no such file" in err


def test_unknown_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys, "--lang", "en", "--db", str(tmp_path / "e.sqlite"), "init", "--template", "nope"
    )
    assert status == 2 and "no template named 'nope'" in err and "i-star" in err


def test_templates_lists_the_three_awards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, "--lang", "en", "--db", str(tmp_path / "f.sqlite"), "templates", "--format", "json"
    )
    assert status == 0
    payload = json.loads(out)
    assert payload["format"] == "judging-templates/1"
    assert [t["name"] for t in payload["templates"]] == [
        "i-star",
        "sang-kien-cong-dong",
        "sang-tao-nha-nong",
    ]
    status, out, _ = run(capsys, "--lang", "en", "--db", str(tmp_path / "f.sqlite"), "templates")
    assert "Cuộc thi Sáng tạo nhà nông" in out


@pytest.mark.parametrize("template", ["i-star", "sang-kien-cong-dong", "sang-tao-nha-nong"])
def test_export_then_init_a_fresh_database_gives_an_equal_competition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str
) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    assert run(capsys, "--lang", "en", "--db", str(first), "init", "--template", template)[0] == 0
    out_file = tmp_path / "exported.toml"
    status, _, err = run(
        capsys, "--lang", "en", "--db", str(first), "export-definition", "--out", str(out_file)
    )
    assert status == 0, err
    assert out_file.read_text(encoding="utf-8").startswith('format = "judging-competition/1"')
    status, _, err = run(
        capsys, "--lang", "en", "--db", str(second), "init", "--definition", str(out_file)
    )
    assert status == 0, err
    a, b = stored(first), stored(second)
    assert a is not None and a == b
    assert a == definition.parse(definition.template_text(template))


def test_export_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "g.sqlite")
    run(capsys, "--lang", "en", "--db", db, "init", "--template", "i-star")
    status, out, _ = run(capsys, "--lang", "en", "--db", db, "export-definition", "--out", "-")
    assert status == 0
    assert definition.parse(out).code == "ISTAR"


def test_export_of_an_empty_database_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(tmp_path / "h.sqlite"),
        "export-definition",
        "--out",
        "-",
    )
    assert status == 2 and "no competition" in err


def test_messages_in_vietnamese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "vi.toml"
    broken.write_text(
        definition.template_text("i-star").replace("step = 0.5", "step = 0.7", 1), encoding="utf-8"
    )
    status, _, err = run(
        capsys,
        "--db",
        str(tmp_path / "i.sqlite"),
        "--lang",
        "vi",
        "init",
        "--definition",
        str(broken),
    )
    assert status == 2
    assert "không chia hết điểm tối đa 30" in err


def test_init_with_a_folder_or_a_pdf_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite")
    folder = tmp_path / "định nghĩa"
    folder.mkdir()
    status, _, err = run(capsys, "--lang", "en", "--db", db, "init", "--definition", str(folder))
    assert status == 2 and "is a folder" in err
    pdf = tmp_path / "giai-thuong.toml"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    status, _, err = run(capsys, "--lang", "en", "--db", db, "init", "--definition", str(pdf))
    assert status == 2 and "a PDF document, not a TOML definition" in err


def test_init_with_a_definition_saved_with_a_bom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Notepad on Windows saves "UTF-8" with a byte-order mark.
    path = tmp_path / "skcd.toml"
    path.write_bytes(b"\xef\xbb\xbf" + definition.template_text("i-star").encode("utf-8"))
    status, out, err = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(tmp_path / "e.sqlite"),
        "init",
        "--definition",
        str(path),
    )
    assert status == 0, err
    assert "ISTAR" in out


def test_init_counts_read_as_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "--db", str(tmp_path / "i.sqlite"), "--lang", "en", "init", "--template", "i-star"
    )
    assert status == 0
    assert out.rstrip().endswith(": 4 categories, 2 rounds, 6 criteria, 1 prize.")
    judges = tmp_path / "gk.csv"
    judges.write_text("code,name\nGK01,Nguyễn Văn An\n", encoding="utf-8")
    status, out, _ = run(
        capsys, "--db", str(tmp_path / "i.sqlite"), "--lang", "en", "import-judges", str(judges)
    )
    assert (status, out.strip()) == (0, "Imported 1 judge.")
