"""The demo gains a ranked first round: two categories finished and ranked, the rest in
progress, advancement shown."""

from __future__ import annotations

from judging.app import Services
from judging.demo import build_demo


def test_demo_first_round_ranks_two_categories(services: Services) -> None:
    build_demo(services)
    competition = services.core.require_competition()
    first = competition.rounds[0]
    result = services.ranking.rank(first.code)
    finished = {c.code for c in competition.categories[:2]}
    ranked = [r for r in result.results if r.status == "ranked"]
    assert ranked and {r.category for r in ranked} == finished
    for category in finished:
        ranks = [r.rank for r in ranked if r.category == category]
        assert ranks[0] == 1 and ranks == sorted(ranks)
    others = [r for r in result.results if r.category not in finished and r.status != "withdrawn"]
    assert others and all(r.status == "incomplete" and r.missing for r in others)
    assert any(r.advanced for r in ranked)  # the round's top 5 per category go on
    assert not result.ties  # a tie the rules leave open in a finished category is ordered
    explained = services.ranking.explain(ranked[0].entry, first.code)
    assert all(c.marks and c.steps for c in explained.criteria)
