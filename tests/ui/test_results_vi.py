"""The results screen and its explanation in Vietnamese, over the real engine's output: every
sentence the engine writes (step labels, flags, why an entry is incomplete) comes as a kind
code and parameters (``Note``) and is shown through tr() — no English is left."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator

from judging.model import Role, RoundStatus
from judging.problems import CATALOGUE, ProblemCode
from judging.ranking.engine import EntryInput, JudgeInfo, SheetInput, rank_round
from judging.ranking.results import Note, RoundResult
from tests.unit.test_consistency_data import JUDGES, sample_competition
from ui.results import explain, notes
from ui.results.dialogs import ExplanationDialog
from ui.results.rows import Kind, columns_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vietnamese(tmp_path: Path) -> Iterator[None]:
    compiled = tmp_path / "results_vi.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ROOT / "ui/i18n/results_vi.ts"), "-qm", str(compiled)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    # What the program does when it speaks Vietnamese: the translator and the locale (numbers,
    # and the sentences worded from the catalogue, follow the locale).
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _sheet(judge: str, a: str, b: str) -> SheetInput:
    return SheetInput(judge, "submitted", (int(Decimal(a) * 10000), int(Decimal(b) * 10000)))


def tied_round() -> RoundResult:
    """E01 and E02 with the same marks and votes: trimming (4 members, trim 1), rounding to
    2 places ((25.5 + 27) ÷ 2 = 26.25; (17 + 17.5) ÷ 2 = 17.25 × 2 = 34.50), a share-of-max
    bonus rounded to 1 place (20 × 130 ÷ 390 = 6.67 → 6.7), a deduction, and a tie the whole
    chain leaves open; E03 lacks a judge's sheet (incomplete)."""
    marks = [("GK01", "27", "18"), ("GK02", "25.5", "17"), ("GK03", "28", "17.5")]
    marks += [("GK04", "20", "15"), ("TS01", "29", "19")]
    sheets = tuple(_sheet(*m) for m in marks)
    entries = [
        EntryInput(
            "E01", "Máy sấy", "nong_nghiep", sheets=sheets, components={"binh_chon": Decimal(130)}
        ),
        EntryInput(
            "E02", "Ứng dụng", "nong_nghiep", sheets=sheets, components={"binh_chon": Decimal(130)}
        ),
        EntryInput(
            "E03",
            "Điện mặt trời",
            "nong_nghiep",
            sheets=(*sheets[:3], SheetInput("GK04", "in_progress", (None, None))),
            components={"binh_chon": Decimal(390)},
        ),
    ]
    judges = [
        JudgeInfo(code, name, Role.TRAINEE if code.startswith("TS") else Role.MEMBER)
        for code, name in JUDGES.items()
    ]
    return rank_round(sample_competition(), "so_khao", entries, judges)


def english_fragments() -> set[str]:
    """Runs of words of the engine's English sentences and the explanation's own strings
    (placeholders cut out), which must not be seen in Vietnamese."""
    sources = [CATALOGUE[code].en for code in ProblemCode if code.value.startswith("note.")]
    sources += [text for _, _, text, _ in _module_strings("explain.py")]
    found = set()
    for text in sources:
        for part in re.split(r"\{\w+\}|%n|%1|[():;,.=×÷+−→]", text):
            part = part.strip()
            if len(part) >= 5 and re.search(r"[a-z]{3}", part):
                found.add(part)
    return found


def _module_strings(name: str) -> list[tuple[str, int, str, bool]]:
    from ui.results import update_translations as ut

    return ut.module_strings(ROOT / "ui" / "results" / name)


def test_the_engine_writes_every_sentence_as_a_note() -> None:
    result = tied_round()
    e01 = result.entry("E01")
    assert e01 is not None and e01.tied and e01.rank == 1
    assert [n.kind for n in e01.flag_notes] == ["tied"]
    assert e01.flags == ("tie unresolved",)  # the plain text stays for the JSON and the CLI
    steps = [s for c in e01.criteria for s in c.steps] + list(e01.steps)
    steps += [s for c in e01.components for s in c.steps]
    assert all(s.note is not None and s.label == s.note.text for s in steps)
    assert {s.note.kind for s in steps if s.note} == {
        "panel_trimmed",
        "weighted",
        "jury_sum",
        "final_total",
        "component_share",
        "component_none",
    }
    assert ("E01", "E02") in result.ties
    assert [n.kind for n in result.flag_notes] == ["tie_group"]
    assert result.flags == ("tie unresolved: E01, E02 share rank 1",)
    e03 = result.entry("E03")
    assert e03 is not None and e03.missing == ("GK04: not submitted",)
    assert result.blocking == ("E03 is incomplete: GK04: not submitted",)
    assert result.blocking_notes[0].details == e03.missing_notes


def test_every_note_kind_is_worded_by_the_catalogue_in_both_languages() -> None:
    # The screen, the command line and the exports all word a note from the one catalogue.
    note = Note.of(
        "judge_normalised", judge="GK01", total="26.33", mean="25.5", spread="1.2", z="-0.52"
    )
    assert (
        note.render("en")
        == note.text
        == ("judge GK01: total 26.33, judge mean 25.5, judge spread 1.2, z = -0.52")
    )
    assert note.render("vi") == (
        "giám khảo GK01: tổng 26,33, trung bình của giám khảo 25,5, "
        "độ lệch chuẩn của giám khảo 1,2, z = -0,52"
    )
    assert Note("unknown_kind").render("vi") == "unknown_kind"
    with pytest.raises(AssertionError, match="no sentence"):
        Note.of("unknown_kind")


def test_the_explanation_dialog_in_vietnamese_has_no_english_left(
    qtbot: Any, vietnamese: None
) -> None:
    result = tied_round()
    entry = result.entry("E01")
    assert entry is not None
    rnd = sample_competition().rounds[0]
    columns = columns_for(rnd, result)
    final = next(c for c in columns if c.kind == Kind.FINAL_TOTAL)
    title, html = explain.explanation_html(result, entry, final, columns, lang="vi")
    dialog = ExplanationDialog(title, html)
    qtbot.addWidget(dialog)
    text = dialog.text()
    # the Vietnamese of the steps, the rounding, the component and the tie
    assert "điểm hội đồng: trung bình sau khi bỏ 1 điểm cao nhất và 1 điểm thấp nhất" in text
    assert "trong 4 điểm được tính" in text
    assert "làm tròn lên nửa, 2 chữ số thập phân" in text
    # the component by its name, not its code; numbers with a decimal comma
    (vote,) = [c for c in rnd.components if c.code == "binh_chon"]
    assert f"{vote.name}: số điểm × giá trị ÷ giá trị lớn nhất trong nhóm" in text
    assert "binh_chon" not in text and "tinh_moi" not in text
    assert "20 × 130 ÷ 390 = 20/3 ≈ 6,666666666667" in text and "6,7" in text
    assert not re.search(r"\d\.\d", text)
    assert "tổng điểm cuối: tổng điểm hội đồng + điểm cộng − điểm trừ" in text
    assert "đồng hạng chưa được phân định" in text
    assert "Các hồ sơ có cùng tổng điểm cuối, so sánh lần lượt" in text  # the chain table
    assert dialog.windowTitle().startswith("Giải thích: ")
    left = sorted(f for f in english_fragments() if f in text or f in dialog.windowTitle())
    assert left == []
    for word in ("panel", "weighted", "tie", "trimm", "half-up", "counted", "exact", "judge"):
        assert word not in text.lower()
    # an incomplete entry says why, in Vietnamese
    e03 = result.entry("E03")
    assert e03 is not None
    _, html = explain.explanation_html(result, e03, final, columns)
    assert "GK04: chưa nộp phiếu" in html and "not submitted" not in html


def test_the_screen_flags_and_approval_reasons_in_vietnamese(vietnamese: None) -> None:
    result = tied_round()
    assert notes.round_flag_texts(result) == ["đồng hạng chưa được phân định: E01, E02 cùng hạng 1"]
    assert notes.blocking_texts(result) == ["E03 chưa đủ điểm: GK04: chưa nộp phiếu"]


def test_the_chain_table_compares_only_entries_of_the_same_group() -> None:
    import dataclasses

    result = tied_round()
    rnd = sample_competition().rounds[0]
    columns = columns_for(rnd, result)
    final = next(c for c in columns if c.kind == Kind.FINAL_TOTAL)
    e01 = result.entry("E01")
    assert e01 is not None
    _, html = explain.explanation_html(result, e01, final, columns)
    assert "Tie-break chain" in html and html.count("<td>E02</td>") == 1
    # The same rank and total in another category is no tie: no chain table.
    moved = tuple(
        dataclasses.replace(r, category="khac") if r.entry == "E02" else r for r in result.results
    )
    _, html = explain.explanation_html(
        dataclasses.replace(result, results=moved), e01, final, columns
    )
    assert "Tie-break chain" not in html


def test_approval_refused_in_vietnamese_without_a_service_call(
    qtbot: Any, vietnamese: None
) -> None:
    from types import SimpleNamespace

    from judging.model import RoundStatus
    from tests.ui.test_results import FakePrompter
    from ui.bus import ChangeBus
    from ui.sections.results import ResultsSection
    from ui.setup.runner import SyncRunner

    calls: list[str] = []

    class Ranking:
        def rank(self, *args: Any, **kwargs: Any) -> RoundResult:
            import dataclasses

            return dataclasses.replace(tied_round(), status=RoundStatus.CLOSED)

        def approve_round(self, *args: Any) -> None:
            calls.append("approve_round")

    comp = sample_competition(RoundStatus.CLOSED)
    services = SimpleNamespace(core=SimpleNamespace(competition=lambda: comp), ranking=Ranking())
    prompter = FakePrompter()
    section = ResultsSection(
        services,  # type: ignore[arg-type]
        ChangeBus(),
        prompter=prompter,  # type: ignore[arg-type]
        runner=SyncRunner(),
    )
    qtbot.addWidget(section)
    section.show()
    assert section.message.text().splitlines() == [
        "đồng hạng chưa được phân định: E01, E02 cùng hạng 1",
        "Chưa thể phê duyệt vì: E03 chưa đủ điểm: GK04: chưa nộp phiếu",
    ]
    assert section.approve_button.isEnabled()
    qtbot.mouseClick(section.approve_button, Qt.MouseButton.LeftButton)
    assert calls == []
    assert prompter.errors == [
        "Chưa thể phê duyệt vòng này:\n• E03 chưa đủ điểm: GK04: chưa nộp phiếu"
    ]


def test_provisional_is_said_once_by_the_banner(qtbot: Any, vietnamese: None) -> None:
    import dataclasses
    from types import SimpleNamespace

    from tests.ui.test_results import FakePrompter
    from ui.bus import ChangeBus
    from ui.sections.results import ResultsSection
    from ui.setup.runner import SyncRunner

    provisional = Note.of("provisional")

    class Ranking:
        def rank(self, *args: Any, drafts: bool = False, **kwargs: Any) -> RoundResult:
            result = tied_round()
            notes = (provisional, *result.flag_notes) if drafts else result.flag_notes
            flags = tuple(n.text for n in notes)
            return dataclasses.replace(result, drafts=drafts, flag_notes=notes, flags=flags)

    comp = sample_competition()
    services = SimpleNamespace(core=SimpleNamespace(competition=lambda: comp), ranking=Ranking())
    section = ResultsSection(
        services,  # type: ignore[arg-type]
        ChangeBus(),
        prompter=FakePrompter(),  # type: ignore[arg-type]
        runner=SyncRunner(),
    )
    qtbot.addWidget(section)
    section.show()
    qtbot.mouseClick(section.drafts_box, Qt.MouseButton.LeftButton)
    assert section.draft_banner.isVisible() and "TẠM TÍNH" in section.draft_banner.text()
    assert section.message.text() == "đồng hạng chưa được phân định: E01, E02 cùng hạng 1"


def test_a_refused_approval_says_why_in_vietnamese(qtbot: Any, vietnamese: None) -> None:
    from judging.ranking.service import ApprovalBlocked
    from tests.ui.test_results import FakeRanking, make_section

    result = tied_round()
    ranking = FakeRanking(
        status=RoundStatus.CLOSED, fail=ApprovalBlocked("so_khao", result.blocking_notes)
    )
    section, _, prompter, _ = make_section(qtbot, ranking, sample_competition(RoundStatus.CLOSED))
    qtbot.mouseClick(section.approve_button, Qt.MouseButton.LeftButton)
    assert prompter.errors == [
        "Chưa thể phê duyệt vòng này:\n• E03 chưa đủ điểm: GK04: chưa nộp phiếu"
    ]


def test_notes_call_prizes_rounds_components_and_criteria_by_name(vietnamese: None) -> None:
    names = notes.Names(
        criterion={"tinh_moi": "Tính mới"},
        component={"binh_chon": "Bình chọn cộng đồng"},
        prize={"NHAT": "Giải Nhất"},
        round={"SK": "Vòng sơ khảo"},
    )
    prize = Note.of("prize_boundary_tie", prize="NHAT", codes="E01, E02", places=1)
    advance = Note.of("advance_boundary_held", round="SK")
    missing = Note.of("mark_missing", judge="GK04", criterion="tinh_moi")
    share = Note.of("component_share", component="binh_chon")
    texts = notes.notes_text([prize, advance, missing, share], names)
    assert "Giải Nhất" in texts[0] and "NHAT" not in texts[0]
    assert "Vòng sơ khảo" in texts[1] and "SK" not in texts[1]
    assert texts[2] == "GK04: chưa chấm Tính mới"
    assert texts[3].startswith("Bình chọn cộng đồng: ")
    # Without names a code stays as it is (the command line's English is unchanged).
    assert notes.note_text(missing) == "GK04: chưa chấm tinh_moi"
