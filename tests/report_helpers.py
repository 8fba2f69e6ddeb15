"""Helpers for the tests of a round's report and its exports: the demo's first round
finished (every member's sheet marked and submitted), its ties ordered, closed and approved."""

from __future__ import annotations

from typing import Any

from judging.app import Services
from judging.model import Role
from judging.ranking.export import number, to_json
from judging.ranking.report import RoundReport
from judging.scoring.demo import demo_mark
from judging.scoring.model import Origin, SheetState

DEMO_REASON = "Hội đồng ưu tiên giải pháp đã được áp dụng rộng rãi hơn"


def submit_first_round(services: Services) -> str:
    """Every member's and the chair's open sheet of the demo's first round marked (the demo's
    stable made-up marks) and submitted; returns the round's code."""
    competition = services.core.require_competition()
    rnd = competition.rounds[0]
    roles = {j.code: j.role for j in services.core.judge_rows()}
    open_sheets: dict[str, list[str]] = {}
    for sheet in services.scoring.round_sheets(rnd.code):
        if roles.get(sheet.judge_code) in (Role.MEMBER, Role.CHAIR) and sheet.state not in (
            SheetState.SUBMITTED,
            SheetState.RECUSED,
        ):
            open_sheets.setdefault(sheet.judge_code, []).append(sheet.entry_code)
    for judge, entries in open_sheets.items():
        services.scoring.enter_sheets(
            rnd.code,
            judge,
            {e: {c.code: demo_mark(c, e, judge) for c in rnd.criteria} for e in entries},
            origin=Origin.TYPED,
            actor=judge,
            submit_complete=True,
        )
    return rnd.code


def finish_first_round(services: Services, actor: str = "Chủ tịch") -> str:
    """The demo's first round submitted, every tie the rules leave ordered by the chair (with
    a reason), closed and approved by ``actor``; returns the round's code."""
    code = submit_first_round(services)
    for group in services.ranking.rank(code).ties:
        services.ranking.resolve_tie(code, list(group), DEMO_REASON, actor=actor)
    services.ranking.close_round(code)
    services.ranking.approve_round(code, actor=actor)
    return code


def report_as_json(report: RoundReport) -> list[dict[str, Any]]:
    """The report's numbers in the shape of ``rank --format json``'s results."""
    criteria = [c.code for c in report.criteria]
    components = [c.code for c in report.components]
    return [
        {
            "entry": row.entry,
            "title": row.title,
            "category": row.category,
            "rank": row.rank,
            "tied": row.tied,
            "status": row.status,
            "final_total": number(row.final_total),
            "jury_total": number(row.jury_total),
            "components": {
                code: number(v) for code, v in zip(components, row.components, strict=True)
            },
            "panels": {code: number(v) for code, v in zip(criteria, row.criteria, strict=True)},
            "prize": row.prize,
            "advanced": row.advanced,
            "tie_decision": row.tie_decision,
        }
        for row in report.rows
    ]


def ranked_as_json(services: Services, round_code: str, **kwargs: Any) -> list[dict[str, Any]]:
    """The same fields of ``to_json`` (what ``rank --format json`` writes) for the round."""
    payload = to_json(services.ranking.rank(round_code, **kwargs))
    return [
        {
            **{k: r[k] for k in ("entry", "title", "category", "rank", "tied", "status")},
            "final_total": r["final_total"],
            "jury_total": r["jury_total"],
            "components": r["components"],
            "panels": {code: c["panel"] for code, c in r["criteria"].items()},
            **{k: r[k] for k in ("prize", "advanced", "tie_decision")},
        }
        for r in payload["results"]
    ]
