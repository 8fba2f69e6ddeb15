"""The judge rules that mutants survived (issue 9): the PIN's length, an edit that keeps the
judge's own code, the prefix of generated judge codes. Each refusal is matched by its message,
so a test knows which rule refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from judging.app import Services
from judging.errors import InputError
from judging.model import Category, Competition, Criterion, Judge, Role, Round

PIN_RULE = r"^a PIN is 6 to 12 digits$"


@pytest.fixture
def ready(services: Services) -> Services:
    services.core.create_competition(
        Competition(
            code="SKCD",
            name="Giải thưởng Sáng kiến cộng đồng",
            categories=(Category("KTCN", "Kỹ thuật, công nghệ"),),
            rounds=(
                Round("SK", "Vòng sơ khảo", criteria=(Criterion("c", "Tính mới", Decimal(30)),)),
            ),
        )
    )
    services.setup.add_judge(Judge("GK01", "Trần Minh Khoa", role=Role.CHAIR))
    services.setup.add_judge(Judge("GK02", "Nguyễn Thị Thu Hà"))
    return services


@pytest.mark.parametrize("pin", ["246810", "193746285019"])
def test_a_pin_of_6_to_12_digits_is_taken(ready: Services, pin: str) -> None:
    ready.setup.set_pin("GK01", pin)
    assert [j.has_pin for j in ready.core.judge_rows()] == [True, False]


@pytest.mark.parametrize("pin", ["123", "1357", "24680", "1357913579135", "135a79", "１３５７９１"])
def test_a_pin_outside_the_rule_is_refused_by_that_rule(ready: Services, pin: str) -> None:
    with pytest.raises(InputError, match=PIN_RULE):
        ready.setup.set_pin("GK01", pin)
    assert [j.has_pin for j in ready.core.judge_rows()] == [False, False]


def test_an_edit_that_keeps_the_judges_code_is_saved(ready: Services) -> None:
    row = ready.setup.edit_judge(
        "GK01", Judge("GK01", "Trần Minh Khoa", title="PGS.TS.", role=Role.CHAIR)
    )
    assert (row.code, row.title, row.role) == ("GK01", "PGS.TS.", Role.CHAIR)
    assert [(j.code, j.title) for j in ready.core.judge_rows()] == [
        ("GK01", "PGS.TS."),
        ("GK02", ""),
    ]


def test_an_edit_onto_another_judges_code_is_refused_as_a_duplicate(ready: Services) -> None:
    with pytest.raises(
        InputError, match=r"^judge GK02: not saved\n  code: duplicate: judge GK02 already exists$"
    ) as caught:
        ready.setup.edit_judge("GK01", Judge("GK02", "Trần Minh Khoa"))
    assert [(p.where, p.message) for p in caught.value.problems] == [
        ("code", "duplicate: judge GK02 already exists")
    ]
    assert [j.name for j in ready.core.judge_rows()] == ["Trần Minh Khoa", "Nguyễn Thị Thu Hà"]


def test_an_edit_may_change_the_code_to_a_free_one(ready: Services) -> None:
    ready.setup.edit_judge("GK02", Judge("GK05", "Nguyễn Thị Thu Hà"))
    assert [j.code for j in ready.core.judge_rows()] == ["GK01", "GK05"]


def test_a_judge_without_a_code_gets_the_next_j_code(ready: Services) -> None:
    first = ready.setup.add_judge(Judge("", "Lê Quang Vinh"))
    ready.setup.add_judge(Judge("J07", "Phạm Hồng Sơn"))
    after_seven = ready.setup.add_judge(Judge("", "Võ Thị Ngọc Trâm"))
    assert (first.code, after_seven.code) == ("J01", "J08")


def test_imported_judges_without_a_code_get_j_codes(ready: Services, tmp_path: Path) -> None:
    path = tmp_path / "judges.csv"
    path.write_text(
        "code,name,role\n,Lê Quang Vinh,member\nJ04,Phạm Hồng Sơn,\n,Võ Thị Ngọc Trâm,tập sự\n",
        encoding="utf-8",
    )
    ready.setup.import_judges(path)
    assert [(j.code, j.role) for j in ready.core.judge_rows()] == [
        ("GK01", Role.CHAIR),
        ("GK02", Role.MEMBER),
        ("J05", Role.MEMBER),
        ("J04", Role.MEMBER),
        ("J06", Role.TRAINEE),
    ]
