"""A refused entry or judge says why in both languages, from the service itself (screens show
``Problem.vi``; they do not parse English)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judging.app import Services
from judging.errors import InputError
from judging.model import Category, Competition, Criterion, Entry, Judge, Round


@pytest.fixture
def ready(services: Services) -> Services:
    services.core.create_competition(
        Competition(
            code="SKCD",
            name="Giải thưởng Sáng kiến cộng đồng",
            categories=(Category("KTCN", "Kỹ thuật và công nghệ"),),
            rounds=(
                Round("SK", "Vòng sơ khảo", criteria=(Criterion("c", "Tính mới", Decimal(30)),)),
            ),
        )
    )
    return services


def test_a_duplicate_entry_is_refused_in_both_languages(ready: Services) -> None:
    ready.setup.add_entry(Entry("E001", "Bản đồ số", "KTCN"))
    with pytest.raises(InputError) as info:
        ready.setup.add_entry(Entry("E001", "", "KTCN"))
    texts = {(p.message, p.vi) for p in info.value.problems}
    assert ("duplicate: entry E001 already exists", "Đã có hồ sơ E001: hãy chọn mã khác.") in texts
    assert ("missing title", "Chưa có tên hồ sơ.") in texts
    assert [row.code for row in ready.core.entry_rows()] == ["E001"]


def test_a_judge_without_a_name_is_refused_in_both_languages(ready: Services) -> None:
    with pytest.raises(InputError) as info:
        ready.setup.add_judge(Judge("GK01", ""))
    assert [(p.message, p.vi) for p in info.value.problems] == [("missing name", "Chưa có họ tên.")]
    assert ready.core.judge_rows() == []
