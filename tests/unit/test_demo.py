"""The demo competition: its definition is consistent and it fills only an empty database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judging.app import Services
from judging.demo import DEMO_CODE, build_demo, demo_competition, demo_entries, demo_judges
from judging.errors import Conflict
from judging.model import Criterion, EntryStatus, Role
from judging.setup.definition import parse, template_text
from judging.text import nfc


def _tiling_faults(criterion: Criterion) -> list[str]:
    """Bands must not overlap and must cover 0..max in the criterion's steps."""
    bands = sorted(criterion.bands, key=lambda b: b.min)
    faults = []
    expected = Decimal(0)
    for band in bands:
        if band.min != expected:
            faults.append(
                f"{criterion.code}: band {band.label!r} starts at {band.min}, not {expected}"
            )
        if band.max < band.min:
            faults.append(f"{criterion.code}: band {band.label!r} is empty")
        if (band.min / criterion.step) % 1 or (band.max / criterion.step) % 1:
            faults.append(f"{criterion.code}: band {band.label!r} is off the step")
        expected = band.max + criterion.step
    if bands and bands[-1].max != criterion.max:
        faults.append(f"{criterion.code}: the bands end at {bands[-1].max}, not {criterion.max}")
    return faults


def test_definition_is_the_one_described() -> None:
    competition = demo_competition()
    assert competition.code == DEMO_CODE
    assert [c.code for c in competition.categories] == ["QLNN", "KTCN", "GDYTXH", "NNMT"]
    assert [(r.code, r.judges_per_entry) for r in competition.rounds] == [("SK", 3), ("CK", 5)]
    for rnd in competition.rounds:
        assert [(c.code, c.max) for c in rnd.criteria] == [
            ("tinh_moi", 30),
            ("kha_nang_ap_dung", 30),
            ("hieu_qua", 30),
            ("kha_nang_nhan_rong", 10),
        ]
        assert rnd.jury_max == 100
        assert rnd.ranking.tie_break == ("jury_total", "criterion:tinh_moi", "criterion:hieu_qua")
        for criterion in rnd.criteria:
            assert criterion.step == Decimal(1)
            assert _tiling_faults(criterion) == []
    assert competition.rounds[0].advance is not None
    assert competition.rounds[0].advance.top == 5
    assert [(p.code, p.count) for p in competition.prizes] == [
        ("nhat", 1),
        ("nhi", 2),
        ("ba", 3),
        ("khuyen_khich", 5),
    ]


def test_the_demo_is_the_template_under_the_editions_name() -> None:
    """One set of names (issue 9): the demo's categories, criteria and prizes are the
    sang-kien-cong-dong template's, so the registration form that fits one fits the other."""
    template = parse(template_text("sang-kien-cong-dong"), "sang-kien-cong-dong.toml")
    demo = demo_competition()
    assert (demo.code, demo.name) == (DEMO_CODE, "Giải thưởng Sáng kiến cộng đồng 2026")
    assert (demo.categories, demo.rounds, demo.prizes) == (
        template.categories,
        template.rounds,
        template.prizes,
    )
    assert [c.name for c in demo.categories] == [
        "Quản lý nhà nước, cải cách hành chính",
        "Kỹ thuật, công nghệ",
        "Giáo dục, y tế, xã hội",
        "Nông nghiệp, môi trường",
    ]


def test_tiling_check_catches_an_overlap() -> None:
    criterion = demo_competition().rounds[0].criteria[0]
    from dataclasses import replace

    from judging.model import Band

    broken = replace(criterion, bands=(*criterion.bands, Band(Decimal(20), Decimal(22), "x")))
    assert _tiling_faults(broken)


def test_entries_and_judges_are_realistic() -> None:
    entries = demo_entries()
    judges = demo_judges()
    assert 28 <= len(entries) <= 36
    assert len({e.code for e in entries}) == len(entries)
    categories = {c.code for c in demo_competition().categories}
    assert {e.category for e in entries} == categories
    assert any(len(e.authors) > 1 for e in entries)
    assert any(e.status is EntryStatus.WITHDRAWN and e.status_reason for e in entries)
    for entry in entries:
        assert entry.title == nfc(entry.title)
        assert all(a == nfc(a) for a in entry.authors)
    assert [j.code for j in judges] == [f"GK{n:02d}" for n in range(1, 10)]
    assert [j.role for j in judges].count(Role.CHAIR) == 1
    assert [j.role for j in judges].count(Role.TRAINEE) == 1


def test_build_demo_fills_an_empty_database(services: Services) -> None:
    build_demo(services)
    competition = services.core.require_competition()
    assert competition == demo_competition()
    rows = services.core.entry_rows()
    assert [r.code for r in rows] == [e.code for e in demo_entries()]
    assert rows[0].category_name == "Quản lý nhà nước, cải cách hành chính"
    assert len(services.core.judge_rows()) == 9


def test_build_demo_refuses_a_database_with_a_competition(services: Services) -> None:
    build_demo(services)
    before = services.core.report().counts
    with pytest.raises(Conflict, match="already holds a competition"):
        build_demo(services)
    assert services.core.report().counts == before
