"""Ranking in the database (marks summed per entry and criterion) and the kept last ranking.

Over real SQLite files: the demo (partly scored: complete, unsubmitted, not started and
trainees' sheets side by side) and a generated round. The ranking from summed marks equals the
ranking from every mark, whatever the rules; the last ranking is kept, and any change — a mark
typed, the definition edited, components imported, a write by another program — makes the
next ranking worked out afresh, equal to what a new program would compute.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.gen_ranking_data import generate
from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.demo import build_demo
from judging.model import Aggregate, Normalise, Role
from judging.ranking.engine import rank_round
from judging.ranking.results import RoundResult
from judging.scoring.model import SheetState


def every_mark(
    database: OpenDatabase, round_code: str, *, drafts: bool = False, category: str | None = None
) -> RoundResult:
    """The round ranked from every sheet, as the repository hands them over unsummed."""
    with database.uow_factory() as uow:
        competition = uow.core.competition()
        assert competition is not None
        entries = uow.ranking.round_entries(round_code)
        assert all(e.sums is None for e in entries)
        return rank_round(
            competition,
            round_code,
            entries,
            uow.ranking.judges(),
            decisions=uow.ranking.tie_decisions(round_code),
            drafts=drafts,
            category=category,
            explain=False,
        )


def fresh(database: OpenDatabase) -> Services:
    """Services as a program just started on the file would have them (nothing kept)."""
    return build_services(database.uow_factory, location=database.location)


def with_rules(services: Services, **rules: Any) -> None:
    competition = services.core.require_competition()
    first = competition.rounds[0]
    ranking = replace(first.ranking, **rules)
    services.definitions.update(
        replace(competition, rounds=(replace(first, ranking=ranking), *competition.rounds[1:]))
    )


@pytest.fixture
def demo(services: Services) -> Services:
    build_demo(services)
    return services


MEAN: dict[str, object] = {"aggregate": Aggregate.MEAN, "trim": 0, "normalise": Normalise.NONE}
RULES = [
    {},
    {**MEAN, "aggregate": Aggregate.TRIMMED_MEAN, "trim": 1},
    {**MEAN, "aggregate": Aggregate.MEDIAN},
    {**MEAN, "normalise": Normalise.ZSCORE},
    MEAN,
]
#: the generated round has five judges an entry (the demo three): two can go at each end
GENERATED_RULES = [*RULES, {**MEAN, "aggregate": Aggregate.TRIMMED_MEAN, "trim": 2}]


@pytest.mark.parametrize("rules", RULES, ids=["as-defined", "trim1", "median", "zscore", "mean"])
def test_the_demo_ranks_from_summed_marks_as_from_every_mark(
    demo: Services, database: OpenDatabase, rules: dict[str, object]
) -> None:
    if rules:
        with_rules(demo, **rules)
    competition = demo.core.require_competition()
    code = competition.rounds[0].code
    for drafts in (False, True):
        for category in (None, *(c.code for c in competition.categories)):
            demo.ranking.forget()
            result = demo.ranking.rank(code, category=category, drafts=drafts)
            assert result == every_mark(database, code, drafts=drafts, category=category)
    statuses = {r.status for r in demo.ranking.rank(code).results}
    assert {"ranked", "incomplete"} <= statuses  # both paths were taken


def test_summed_and_unsummed_entries_side_by_side(demo: Services, database: OpenDatabase) -> None:
    """The repository sums exactly the entries whose sheets all count and are complete."""
    from judging.ranking.engine import summing

    competition = demo.core.require_competition()
    code = competition.rounds[0].code
    with database.uow_factory() as uow:
        entries = uow.ranking.round_entries(code, summing=summing(competition, code))
        full = {e.code: e for e in uow.ranking.round_entries(code)}
        judges = {j.code: j.role for j in uow.ranking.judges()}
    summed = [e for e in entries if e.sums is not None]
    assert summed and len(summed) < len(entries)
    for item in entries:
        counting = [
            s
            for s in full[item.code].sheets
            if judges[s.judge] in (Role.MEMBER, Role.CHAIR) and s.state != SheetState.RECUSED
        ]
        complete = bool(counting) and all(
            s.state == SheetState.SUBMITTED and None not in s.values for s in counting
        )
        assert (item.sums is not None) == complete, item.code
        if item.sums is not None:
            assert not item.sheets and item.sums.judges == len(counting)
            assert item.sums.sums == tuple(
                sum(v) for v in zip(*[s.values for s in counting], strict=True)
            )
        else:
            assert item.sheets == full[item.code].sheets


def test_a_generated_round_ranks_alike_with_every_rule(tmp_path: Path) -> None:
    path = tmp_path / "generated.sqlite"
    generate(path, entries=120, judges=15)
    # Unfinished work here and there: a sheet in progress, a mark cleared, a trainee.
    con = sqlite3.connect(path)
    con.execute("UPDATE score_sheet SET state = 'in_progress' WHERE id IN (3, 50)")
    con.execute("UPDATE mark SET value = NULL WHERE id IN (101, 777)")
    con.execute("UPDATE judge SET role = 'trainee' WHERE code = 'J007'")
    con.commit()
    con.close()
    database = open_database(str(path))
    try:
        services = fresh(database)
        for rules in GENERATED_RULES:
            if rules:
                with_rules(services, **rules)
            for drafts in (False, True):
                services.ranking.forget()
                result = services.ranking.rank("R1", drafts=drafts)
                assert result == every_mark(database, "R1", drafts=drafts), rules
                # J007's 40 entries keep four counting judges: too few to trim two at each end
                assert sum(r.status == "ranked" for r in result.results) > 70
    finally:
        database.close()


# -- the kept ranking ---------------------------------------------------------------------------


def assert_kept(before: RoundResult, after: RoundResult) -> None:
    assert after == before
    assert all(a is b for a, b in zip(after.results, before.results, strict=True))


def assert_worked_out_afresh(
    before: RoundResult, after: RoundResult, database: OpenDatabase, code: str, drafts: bool
) -> None:
    assert not any(a is b for a, b in zip(after.results, before.results, strict=False))
    assert after == fresh(database).ranking.rank(code, drafts=drafts)
    assert after == every_mark(database, code, drafts=drafts)


def test_the_last_ranking_is_kept_until_a_mark_is_typed(
    demo: Services, database: OpenDatabase
) -> None:
    code = demo.core.require_competition().rounds[0].code
    ranked = next(r for r in demo.ranking.rank(code, drafts=True).results if r.is_ranked)
    mark = next(m for m in demo.ranking.explain(ranked.entry, code).criteria[0].marks if m.counted)
    demo.scoring.reopen(code, mark.judge, ranked.entry, "Giám khảo xin sửa điểm")
    first = demo.ranking.rank(code, drafts=True)
    assert_kept(first, demo.ranking.rank(code, drafts=True))
    new = Decimal(0) if mark.value else Decimal(1)
    demo.scoring.set_mark(code, mark.judge, ranked.entry, ranked.criteria[0].criterion, new)
    after = demo.ranking.rank(code, drafts=True)
    assert after.entry(ranked.entry) != first.entry(ranked.entry)  # the typed mark counts
    assert_worked_out_afresh(first, after, database, code, drafts=True)
    assert_kept(after, demo.ranking.rank(code, drafts=True))


def test_an_edited_definition_makes_the_ranking_worked_out_again(
    demo: Services, database: OpenDatabase
) -> None:
    competition = demo.core.require_competition()
    code = competition.rounds[0].code
    first = demo.ranking.rank(code)
    with_rules(demo, total_places=0)
    after = demo.ranking.rank(code)
    assert after != first
    assert_worked_out_afresh(first, after, database, code, drafts=False)


def test_imported_components_make_the_ranking_worked_out_again(tmp_path: Path) -> None:
    path = tmp_path / "generated.sqlite"
    generate(path, entries=40, judges=10)  # a community vote worth up to 20 points
    database = open_database(str(path))
    try:
        services = fresh(database)
        first = services.ranking.rank("R1")
        last = first.results[-1]
        votes = tmp_path / "votes.csv"
        votes.write_text(f"round,entry,component,value\nR1,{last.entry},vote,100000\n")
        services.setup.import_components(votes)
        after = services.ranking.rank("R1")
        found = after.entry(last.entry)
        assert found is not None and found.components[0].value == Decimal(20)  # the most votes
        assert found.rank is not None and last.rank is not None and found.rank < last.rank
        assert_worked_out_afresh(first, after, database, "R1", drafts=False)
    finally:
        database.close()


def test_a_write_by_another_program_makes_the_ranking_worked_out_again(
    demo: Services, database: OpenDatabase, db_path: Path
) -> None:
    code = demo.core.require_competition().rounds[0].code
    first = demo.ranking.rank(code)
    top = first.results[0]
    con = sqlite3.connect(db_path)  # another program on the same file
    con.execute(
        "UPDATE mark SET value = 0 WHERE assignment_id IN (SELECT a.id FROM assignment a"
        " JOIN entry e ON e.id = a.entry_id WHERE e.code = ?)",
        (top.entry,),
    )
    con.commit()
    con.close()
    after = demo.ranking.rank(code)
    assert after.entry(top.entry) != top
    assert_worked_out_afresh(first, after, database, code, drafts=False)


def test_one_entry_explained_from_the_kept_ranking(demo: Services, database: OpenDatabase) -> None:
    code = demo.core.require_competition().rounds[0].code
    result = demo.ranking.rank(code)
    for entry in [r.entry for r in result.results][:6]:
        explained = demo.ranking.explain(entry, code)
        assert explained == fresh(database).ranking.explain(entry, code)
        assert explained == demo.ranking.rank(code, explain={entry}).entry(entry)
        if explained.status == "ranked":
            assert all(c.marks and c.steps for c in explained.criteria)
    assert_kept(result, demo.ranking.rank(code))  # explaining kept the ranking
    from judging.errors import NotFound

    with pytest.raises(NotFound):
        demo.ranking.explain("NO-SUCH-ENTRY", code)


def test_nothing_is_kept_where_changes_cannot_be_told(
    demo: Services, database: OpenDatabase
) -> None:
    """A factory without a change counter (as a server database's): each call ranks anew."""

    def factory(*, read_only: bool = False):  # type: ignore[no-untyped-def]
        return database.uow_factory(read_only=read_only)

    services = build_services(factory, location=database.location)
    code = services.core.require_competition().rounds[0].code
    first = services.ranking.rank(code)
    again = services.ranking.rank(code)
    assert again == first and not any(
        a is b for a, b in zip(again.results, first.results, strict=True)
    )
    assert again.results[0].final_total is None or isinstance(again.results[0].final_total, Decimal)
