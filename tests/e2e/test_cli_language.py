"""The command line speaks the chosen language everywhere a person reads it: every `--help`,
argparse's own words, the tables of `entries`, `judges`, `rank`, `info`, `advance`, its
refusals, and its numbers (a decimal comma in Vietnamese, the round's places in both); files
for programs (`--format json|csv`) stay the same whatever the language."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytest import CaptureFixture

import main
from db.database import open_database
from judging.app import build_services
from judging.model import Round

#: Words that give English away in text meant to be Vietnamese.
_ENGLISH_WORDS = """usage options positional arguments show help message exit the of and or with
    from for file files default required error only every when this not is are into entries
    entry judges judge round rounds active yes no code title status share closed open approved
    incomplete withdrawn rank final jury prize note category name text table none written
    supported invalid choose"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())

#: Vietnamese that every translated help page has (argparse's own words included).
VIETNAMESE_HELP = ("Cách dùng:", "tùy chọn:", "hiện hướng dẫn này rồi thoát")


def words_for_people(text: str) -> set[str]:
    """The words of ``text`` a person reads as language: without option names, code spans,
    choice sets, file names, paths and identifier lists such as ``round,entry,judge``."""
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"'[^'\s]*'", " ", text)  # a value as typed: 'xml', 'table'
    words: set[str] = set()
    for chunk in text.split():
        chunk = chunk.strip("()[]:;,.'\"“”!?")
        if chunk.startswith("-") or re.search(r"\w[-/_.,=|]\w", chunk):
            continue
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", chunk))
    return words


def english_in(text: str, commands: frozenset[str] = frozenset()) -> set[str]:
    """English words in ``text``; ``commands`` (command names, typed as they are) aside."""
    return (words_for_people(text) - commands) & ENGLISH


def commands() -> list[str]:
    parser = main.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)  # type: ignore[arg-type]


def help_text(capsys: CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main.main(list(argv))
    assert stopped.value.code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def test_the_word_filter_catches_english_and_leaves_codes_alone() -> None:
    assert english_in("usage: judging-desk rank [-h] [--round CODE]", frozenset({"rank"})) == {
        "usage",
        "code",
    }
    assert english_in("show this help message and exit") == {
        "show",
        "this",
        "help",
        "message",
        "and",
        "exit",
    }
    assert english_in("các cột round,entry,judge; xem `rank --round SK`; {text,json}") == set()
    assert english_in("Mã  Tên hồ sơ  Trạng thái  đang xét  tinh_moi  docs/a-b.md") == set()


def test_every_help_is_vietnamese_with_lang_vi(capsys: CaptureFixture[str]) -> None:
    pages = {"": help_text(capsys, "--lang", "vi", "--help")}
    for name in commands():
        pages[name] = help_text(capsys, "--lang", "vi", name, "--help")
    assert len(pages) > 25
    names = frozenset(pages)
    for name, page in pages.items():
        assert english_in(page, names) == set(), (name, english_in(page, names), page)
        for words in VIETNAMESE_HELP:
            assert words in page, (name, words, page)
    assert "Mã thoát: 0 xong" in pages[""]
    assert "--round MÃ" in pages["rank"] and "--out TỆP" in pages["rank"]
    assert "tham số:" in pages["import-marks"] and "TỆP.csv" in pages["import-marks"]


def test_every_help_is_english_with_lang_en(capsys: CaptureFixture[str]) -> None:
    for name in ["", *commands()]:
        page = help_text(capsys, "--lang", "en", *([name] if name else []), "--help")
        assert "usage: judging-desk" in page and "options:" in page, name
        assert "show this help message and exit" in page, name
        assert not any(words in page for words in (*VIETNAMESE_HELP, "tham số:", "TỆP", "MÃ")), name


def test_help_follows_the_locale_without_lang(
    capsys: CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "vi_VN.UTF-8")
    assert "Cách dùng: judging-desk rank" in help_text(capsys, "rank", "--help")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert "usage: judging-desk rank" in help_text(capsys, "rank", "--help")
    # --lang wins over the locale, in either order of its value
    assert "usage:" in help_text(capsys, "--lang=en", "rank", "--help")


COMMANDS = frozenset(commands())


def usage_error(capsys: CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main.main(list(argv))
    assert stopped.value.code == 2
    return capsys.readouterr().err


def test_usage_errors_in_vietnamese(capsys: CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    err = usage_error(capsys, "--lang", "vi", "--db", db, "rank", "--format", "xml")
    assert "judging-desk rank: lỗi: --format: không có lựa chọn 'xml'" in err
    assert english_in(err, COMMANDS) == set(), err
    err = usage_error(capsys, "--lang", "vi", "--db", db, "resolve-tie", "--order", "E1,E2")
    assert "còn thiếu: --reason" in err and english_in(err, COMMANDS) == set(), err
    err = usage_error(capsys, "--lang", "vi", "--db", db, "no-such-command")
    assert "không có lựa chọn 'no-such-command'" in err
    err = usage_error(capsys, "--lang", "vi", "--kit", "")
    assert "--kit: hãy ghi tệp bộ hồ sơ giám khảo" in err and english_in(err, COMMANDS) == set(), (
        err
    )
    err = usage_error(capsys, "--lang", "en", "--kit", " ")
    assert "error: --kit: give a judge kit file (the value is empty)" in err
    err = usage_error(capsys, "--lang", "vi", "--db", db, "--view", "results", "info")
    assert "--view chỉ dùng cùng --screenshot" in err


# -- output on the demo ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main.main(["--lang", "en", "--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, capsys: CaptureFixture[str]) -> Path:
    path = tmp_path / "giai-thuong.sqlite"
    shutil.copyfile(demo_file, path)
    capsys.readouterr()
    return path


def output(capsys: CaptureFixture[str], db: Path, language: str, *argv: str) -> str:
    status = main.main(["--lang", language, "--db", str(db), *argv])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return captured.out


def test_entries_in_vietnamese(demo: Path, capsys: CaptureFixture[str]) -> None:
    out = output(capsys, demo, "vi", "entries")
    header = out.splitlines()[0].split()
    assert header[:3] == ["Mã", "Tên", "hồ"] and "Trạng" in header and "Đơn" in header
    assert english_in(out) == set(), english_in(out)
    row = next(line for line in out.splitlines() if line.startswith("HS-016"))
    assert "đã rút" in row
    assert out.count("đang xét") == 31
    english = output(capsys, demo, "en", "entries")
    assert english.split()[:2] == ["code", "title"] and english.count(" active") == 31


def test_judges_in_vietnamese(demo: Path, capsys: CaptureFixture[str]) -> None:
    out = output(capsys, demo, "vi", "judges")
    assert out.splitlines()[0].split()[:3] == ["Mã", "Họ", "tên"]
    gk01 = next(line for line in out.splitlines() if line.startswith("GK01"))
    gk09 = next(line for line in out.splitlines() if line.startswith("GK09"))
    assert "chủ tịch" in gk01 and gk01.rstrip().endswith("có")
    assert "tập sự" in gk09
    assert english_in(out) == set(), english_in(out)


def test_info_in_vietnamese_on_the_demo(demo: Path, capsys: CaptureFixture[str]) -> None:
    out = output(capsys, demo, "vi", "info")
    assert "Cuộc thi:        SKCD-2026" in out and "hồ sơ         32" in out
    assert english_in(out) == set(), english_in(out)


def first_round(db: Path) -> Round:
    database = open_database(str(db))
    try:
        competition = build_services(database.uow_factory, location=str(db)).core.competition()
    finally:
        database.close()
    assert competition is not None
    rnd = competition.round("SK")
    assert rnd is not None
    return rnd


def padded(value: str, places: int, mark: str) -> str:
    """``value`` (as the JSON writes it) with ``places`` places and the decimal ``mark``."""
    return format(Decimal(value).quantize(Decimal(1).scaleb(-places)), "f").replace(".", mark)


def ranked_json(db: Path, capsys: CaptureFixture[str]) -> list[dict[str, Any]]:
    result = json.loads(output(capsys, db, "en", "rank", "--round", "SK", "--format", "json"))
    return [r for r in result["results"] if r["status"] == "ranked"]


def number_cells(table: str, entry: str) -> list[str]:
    line = next(line for line in table.splitlines() if re.match(rf"\s+\d+=?\s+{entry}\s", line))
    return re.findall(r"(?<!\S)\d+[.,]\d+(?!\S)", line)


def test_rank_in_vietnamese_writes_decimal_commas_with_the_rounds_places(
    demo: Path, capsys: CaptureFixture[str]
) -> None:
    rnd = first_round(demo)
    rules = rnd.ranking
    assert (rules.panel_places, rules.weighted_places, rules.total_places) == (2, None, 2)
    ranked = ranked_json(demo, capsys)
    assert len(ranked) == 15
    values = [
        v
        for r in ranked
        for v in (r["jury_total"], *(c["weighted"] for c in r["criteria"].values()))
    ]
    # the JSON keeps exact values ("88", "27"): the table must pad them to the round's places
    assert any("." not in v for v in values)
    out = output(capsys, demo, "vi", "rank", "--round", "SK")
    english = output(capsys, demo, "en", "rank", "--round", "SK")
    assert out.startswith("Vòng SK (đang mở)\nHạng  Hồ sơ")
    assert english_in(out) == set(), english_in(out)
    assert not re.search(r"\d\.\d", out) and not re.search(r"\d,\d", english)
    for r in ranked:
        shown = [
            r["final_total"],
            r["jury_total"],
            *(c["weighted"] for c in r["criteria"].values()),
        ]
        assert number_cells(out, r["entry"]) == [padded(v, 2, ",") for v in shown], r["entry"]
        assert number_cells(english, r["entry"]) == [padded(v, 2, ".") for v in shown]
    # the criteria's codes head their columns; their names are written under the table
    assert all(f"\n  {c.code}: {c.name}\n" in out for c in rnd.criteria)


def test_advance_in_vietnamese(demo: Path, capsys: CaptureFixture[str]) -> None:
    advancing = json.loads(
        output(capsys, demo, "en", "advance", "--round", "SK", "--format", "json")
    )["advanced"]
    out = output(capsys, demo, "vi", "advance", "--round", "SK")
    english = output(capsys, demo, "en", "advance", "--round", "SK")
    assert f"Vào vòng sau từ vòng SK: {len(advancing)}" in out
    assert len(advancing) == 10 and out.count(" — ") == 10
    for a in advancing:
        assert (
            f"{a['entry']} [{a['category']}] {a['title']} — {padded(a['final_total'], 2, ',')}\n"
            in out
        )
        assert f" — {padded(a['final_total'], 2, '.')}\n" in english
    assert not re.search(r"\d\.\d", out)
    assert english_in(out) == set(), english_in(out)


@pytest.mark.parametrize(
    "argv",
    [
        ["rank", "--round", "SK", "--format", "json"],
        ["rank", "--round", "SK", "--format", "csv"],
        ["rank", "--round", "SK", "--format", "csv", "--sep", ";"],
        ["advance", "--round", "SK", "--format", "json"],
        ["entries", "--format", "csv"],
        ["entries", "--format", "json"],
        ["judges", "--format", "csv"],
        ["info", "--format", "json"],
    ],
    ids=lambda argv: "-".join(a for a in argv if a not in ("--round", "SK", "--format")),
)
def test_files_for_programs_do_not_change_with_the_language(
    demo: Path, capsys: CaptureFixture[str], argv: list[str]
) -> None:
    vietnamese = output(capsys, demo, "vi", *argv)
    assert vietnamese == output(capsys, demo, "en", *argv)


def test_rank_json_keeps_its_documented_numbers(demo: Path, capsys: CaptureFixture[str]) -> None:
    result = json.loads(output(capsys, demo, "vi", "rank", "--round", "SK", "--format", "json"))
    assert result["format"] == "judging-ranking/1"
    ranked = [r for r in result["results"] if r["status"] == "ranked"]
    # docs/format-ranking.md: a stage with named places has exactly those (total_places = 2),
    # one without is written exactly ("27", "8.67"); always a decimal point
    assert all(re.fullmatch(r"\d+\.\d\d", r["final_total"]) for r in ranked)
    weighted = [c["weighted"] for r in ranked for c in r["criteria"].values()]
    assert all(re.fullmatch(r"\d+(\.\d{1,2})?", w) for w in weighted)
    assert any("." not in w for w in weighted)
    csv_text = output(capsys, demo, "vi", "rank", "--round", "SK", "--format", "csv")
    assert csv_text.startswith("\ufeffrank,tied,entry,title,category,status,final_total")
    first = ranked[0]
    assert f",{first['final_total']},{first['jury_total']}," in csv_text
    entries = output(capsys, demo, "vi", "entries", "--format", "csv")
    assert entries.startswith("code,title,category,authors,organisation,status,reason")
    assert ",active," in entries


def test_marks_into_a_closed_round_are_refused_in_vietnamese(
    demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    output(capsys, demo, "vi", "close-round", "--round", "SK", "--yes")
    marks = tmp_path / "diem.csv"
    marks.write_text(
        "round,entry,judge,criterion,mark\nSK,HS-017,GK05,tinh_moi,20\n", encoding="utf-8"
    )
    status = main.main(["--lang", "vi", "--db", str(demo), "import-marks", str(marks)])
    err = capsys.readouterr().err
    assert status == 2
    assert "dòng 2: vòng SK đã đóng" in err, err
    assert english_in(err) == set(), err


def test_other_commands_report_in_vietnamese(
    demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    reports = {
        "assign": output(capsys, demo, "vi", "assign", "--round", "CK", "--seed", "7"),
        "panel": output(capsys, demo, "vi", "panel", "--round", "SK"),
        "export-marks": output(
            capsys, demo, "vi", "export-marks", "--out", str(tmp_path / "diem.csv")
        ),
        "close-round": output(capsys, demo, "vi", "close-round", "--round", "CK", "--yes"),
        "reopen-round": output(
            capsys, demo, "vi", "reopen-round", "--round", "CK", "--reason", "đóng nhầm"
        ),
    }
    for name, text in reports.items():
        assert text.strip() and english_in(text) == set(), (name, text)
    assert "(số khởi tạo 7)" in reports["assign"]
    # the assignments just made have no marks yet: listed, then closed as --yes asks
    assert reports["close-round"].startswith("“Vòng chung khảo” chưa chấm xong: ")
    assert reports["close-round"].endswith("\nVòng CK đã đóng: không nhận thêm điểm.\n")


def test_output_follows_the_locale_and_an_abbreviated_lang(
    demo: Path, capsys: CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "vi_VN.UTF-8")
    assert main.main(["--db", str(demo), "judges"]) == 0
    assert capsys.readouterr().out.startswith("Mã    Họ tên")
    assert main.main(["--lan", "en", "--db", str(demo), "judges"]) == 0
    assert capsys.readouterr().out.startswith("code  name")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_option_of_every_command_says_what_it_does(language: str) -> None:
    parser = main.build_parser(language)
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    parsers = {"": parser, **sub.choices}  # type: ignore[dict-item]
    for name, each in parsers.items():
        assert each.description, name
        for action in each._actions:
            if action is not sub:
                assert action.help, (name, action.dest)
