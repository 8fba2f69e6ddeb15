"""DefinitionService over a real SQLite file: create, update, refusals that protect judging."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from judging.app import Services
from judging.demo import demo_competition, demo_entries, demo_judges
from judging.errors import Conflict, InputError, NotFound
from judging.model import Category, Competition, RoundStatus
from judging.setup import definition


def with_demo(services: Services) -> Competition:
    return services.core.create_competition(demo_competition(), demo_entries(), demo_judges())


def test_init_from_template_and_export_text(services: Services) -> None:
    created = services.definitions.init_from_template("sang-tao-nha-nong")
    assert services.definitions.stored() == created
    assert definition.parse(services.definitions.export_text()) == created
    with pytest.raises(Conflict):
        services.definitions.init_from_template("i-star")


def test_templates_are_name_and_title(services: Services) -> None:
    assert ("i-star", definition.parse(definition.template_text("i-star")).name) in (
        services.definitions.templates()
    )
    with pytest.raises(NotFound):
        services.definitions.template("no-such")


def test_create_refuses_a_faulty_definition(services: Services) -> None:
    faulty = replace(demo_competition(), rounds=())
    with pytest.raises(InputError) as caught:
        services.definitions.create(faulty)
    assert "has no round" in str(caught.value)
    assert services.definitions.stored() is None


def test_update_stores_changes_and_keeps_round_status(services: Services) -> None:
    with_demo(services)
    stored = services.definitions.stored()
    assert stored is not None
    rnd = stored.rounds[0]
    crit = replace(rnd.criteria[0], name="Tính mới, sáng tạo", step=Decimal("0.25"))
    changed = replace(
        stored,
        name="Giải thưởng Sáng kiến cộng đồng 2027",
        categories=(*stored.categories, Category("KHAC", "Lĩnh vực khác")),
        rounds=(replace(rnd, criteria=(crit, *rnd.criteria[1:])), *stored.rounds[1:]),
    )
    services.definitions.update(changed)
    again = services.definitions.stored()
    assert again == changed
    assert again is not None and all(r.status is RoundStatus.OPEN for r in again.rounds)


def test_update_refuses_faults_and_changes_nothing(services: Services) -> None:
    with_demo(services)
    stored = services.definitions.stored()
    assert stored is not None
    rnd = stored.rounds[0]
    bad = replace(rnd.criteria[0], step=Decimal("0.7"))
    with pytest.raises(InputError) as caught:
        services.definitions.update(
            replace(
                stored, rounds=(replace(rnd, criteria=(bad, *rnd.criteria[1:])), stored.rounds[1])
            )
        )
    assert caught.value.problems[0].where == "round SK › criterion tinh_moi › step"
    assert services.definitions.stored() == stored


def test_update_refuses_removing_a_category_that_entries_use(services: Services) -> None:
    with_demo(services)
    stored = services.definitions.stored()
    assert stored is not None
    used = {row.category for row in services.core.entry_rows()}
    assert "QLNN" in used
    without = replace(stored, categories=tuple(c for c in stored.categories if c.code != "QLNN"))
    with pytest.raises(Conflict) as caught:
        services.definitions.update(without)
    assert caught.value.problems[0].where == "category QLNN"
    assert "entries belong to it" in caught.value.problems[0].message
    assert services.definitions.stored() == stored


def test_update_removes_an_unused_category(services: Services) -> None:
    services.definitions.init_from_template("sang-kien-cong-dong")
    stored = services.definitions.stored()
    assert stored is not None
    fewer = replace(stored, categories=stored.categories[:2])
    # prizes per category still make sense with two categories
    services.definitions.update(fewer)
    assert services.definitions.stored() == fewer


def test_update_refuses_removing_a_round_with_assignments_and_a_criterion_with_marks(
    services: Services,
) -> None:
    with_demo(services)
    entry = services.core.entry_rows()[0].code
    judge = services.core.judge_rows()[0].code
    services.setup.add_assignment("SK", judge, entry)
    services.scoring.set_mark("SK", judge, entry, "tinh_moi", Decimal(25))
    stored = services.definitions.stored()
    assert stored is not None
    sk, ck = stored.rounds
    # the criterion with a mark
    no_criterion = replace(
        stored,
        rounds=(
            replace(
                sk,
                criteria=sk.criteria[1:],
                ranking=replace(sk.ranking, tie_break=("jury_total",)),
            ),
            ck,
        ),
    )
    with pytest.raises(Conflict) as caught:
        services.definitions.update(no_criterion)
    wheres = [p.where for p in caught.value.problems]
    assert "round SK, criterion tinh_moi" in wheres
    # a maximum below a mark already given
    lower = replace(sk.criteria[0], max=Decimal(20), bands=())
    with pytest.raises(Conflict) as caught:
        services.definitions.update(
            replace(stored, rounds=(replace(sk, criteria=(lower, *sk.criteria[1:])), ck))
        )
    assert "a mark of 25 is already given" in caught.value.problems[0].message
    # the round with assignments (renaming it is removing it)
    renamed = replace(stored, rounds=(replace(sk, code="SK1", advance=sk.advance), ck))
    with pytest.raises(Conflict) as caught:
        services.definitions.update(renamed)
    assert "round SK" in [p.where for p in caught.value.problems]
    assert services.definitions.stored() == stored
    # the other round is free to change
    ck2 = replace(ck, name="Vòng chung khảo (thẩm định)", judges_per_entry=4)
    services.definitions.update(replace(stored, rounds=(sk, ck2)))
    again = services.definitions.stored()
    assert again is not None and again.rounds[1] == ck2


def test_usage_is_read_from_the_database(services: Services) -> None:
    with_demo(services)
    entry = services.core.entry_rows()[0]
    judge = services.core.judge_rows()[0].code
    services.setup.add_assignment("SK", judge, entry.code)
    services.scoring.set_mark("SK", judge, entry.code, "hieu_qua", Decimal("27"))
    database_usage = _usage(services)
    assert entry.category in database_usage.categories
    assert database_usage.rounds == {"SK"}
    assert database_usage.criteria == {("SK", "hieu_qua")}
    assert database_usage.highest_marks == {("SK", "hieu_qua"): Decimal("27")}


def _usage(services: Services) -> definition.DefinitionUsage:
    # the service reads usage inside update(); ask the repository the same way
    uow_factory = services.definitions._uow
    with uow_factory() as uow:
        return uow.core.definition_usage()


def test_update_removes_an_unused_round_with_its_component(services: Services) -> None:
    services.definitions.init_from_template("i-star")
    stored = services.definitions.stored()
    assert stored is not None
    first = replace(stored.rounds[0], advance=None)
    one_round = replace(stored, rounds=(first,))
    services.definitions.update(one_round)
    assert services.definitions.stored() == one_round
    # and back again: a round and a component added by code
    services.definitions.update(stored)
    assert services.definitions.stored() == stored


def test_an_approved_round_cannot_change() -> None:
    from judging.setup.definition_service import _refusals

    competition = demo_competition()
    sk, ck = competition.rounds
    approved = replace(competition, rounds=(replace(sk, status=RoundStatus.APPROVED), ck))
    changed = replace(competition, rounds=(replace(sk, judges_per_entry=4), ck))
    problems = _refusals(approved, changed, definition.DefinitionUsage())
    assert [(p.where, p.message) for p in problems] == [
        ("round SK", "the round is approved (locked): it cannot change")
    ]
    # the same definition (status aside) is no change at all
    assert _refusals(approved, competition, definition.DefinitionUsage()) == []


def test_a_component_with_values_cannot_be_removed() -> None:
    from judging.setup.definition_service import _refusals

    istar = definition.parse(definition.template_text("i-star"))
    v1, v2 = istar.rounds
    without = replace(
        istar, rounds=(replace(v1, components=(), ranking=replace(v1.ranking, tie_break=())), v2)
    )
    usage = definition.DefinitionUsage(components=frozenset({("V1", "binh_chon")}))
    (problem,) = _refusals(istar, without, usage)
    assert problem.where == "round V1, component binh_chon"
