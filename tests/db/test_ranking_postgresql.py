"""Ranking in the database on a PostgreSQL server: the summed marks give the same result as
every mark, to the last digit, as on SQLite (the same SQL text; SUM over the integers of
ten-thousandths is exact on both). Runs where JUDGING_TEST_PG_URL names a server (see
tests/db/test_postgresql.py)."""

from __future__ import annotations

from judging.app import build_services
from judging.demo import build_demo
from judging.model import Aggregate, Normalise
from judging.ranking.engine import summing
from tests.db.test_postgresql import pg_database, pg_url
from tests.db.test_ranking_kept import every_mark, with_rules

__all__ = ["pg_database", "pg_url"]  # the server's fixtures, used below by name


def test_the_demo_ranks_alike_on_postgresql(pg_database) -> None:  # type: ignore[no-untyped-def]
    services = build_services(pg_database.uow_factory, location=pg_database.location)
    build_demo(services)
    competition = services.core.require_competition()
    code = competition.rounds[0].code
    with pg_database.uow_factory() as uow:  # the server adds up the finished entries' marks
        entries = uow.ranking.round_entries(code, summing=summing(competition, code))
    assert any(e.sums for e in entries) and any(e.sheets for e in entries)
    rules: list[dict[str, object]] = [
        {},
        {"aggregate": Aggregate.TRIMMED_MEAN, "trim": 1, "normalise": Normalise.NONE},
        {"aggregate": Aggregate.MEDIAN, "trim": 0, "normalise": Normalise.NONE},
    ]
    for rule in rules:
        if rule:
            with_rules(services, **rule)
        for drafts in (False, True):
            for category in (None, competition.categories[0].code):
                result = services.ranking.rank(code, category=category, drafts=drafts)
                assert result == every_mark(pg_database, code, drafts=drafts, category=category)
        ranked = [r for r in services.ranking.rank(code).results if r.is_ranked]
        assert ranked and ranked[0].final_total is not None
        explained = services.ranking.explain(ranked[0].entry, code)
        assert explained == services.ranking.rank(code, explain={ranked[0].entry}).entry(
            ranked[0].entry
        )
        assert all(c.marks and c.steps for c in explained.criteria)
    # No change counter on a server: nothing is kept, each ranking is worked out anew.
    again = services.ranking.rank(code)
    assert again == services.ranking.rank(code)
    assert again.results[0] is not services.ranking.rank(code).results[0]
