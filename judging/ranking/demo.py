"""What the ranking area adds to the demo competition (see judging/demo.py): a ranked first
round.

After the scoring area has left the first round in progress, the members finish and submit
every sheet of the first two categories (with the same stable made-up marks), so those
categories rank while the others stay in progress — the result screen shows both ranked and
incomplete entries. If the rules leave a tie there, the chair orders it, with a reason.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from judging.model import Role
from judging.scoring.demo import demo_mark
from judging.scoring.model import Origin, SheetState

if TYPE_CHECKING:
    from judging.app import Services

DEMO_TIE_REASON = "Hội đồng ưu tiên giải pháp đã được áp dụng rộng rãi hơn"


def extend_demo(services: Services) -> None:
    """Called by the demo after the previous areas have added theirs."""
    competition = services.core.competition()
    if competition is None or not competition.rounds or not competition.categories:
        return
    rnd = competition.rounds[0]
    finished = {c.code for c in competition.categories[:2]}
    category = {e.code: e.category for e in services.core.entry_rows()}
    roles = {j.code: j.role for j in services.core.judge_rows()}
    to_finish: dict[str, list[str]] = {}
    for sheet in services.scoring.round_sheets(rnd.code):
        if (
            category.get(sheet.entry_code) in finished
            and roles.get(sheet.judge_code) in (Role.MEMBER, Role.CHAIR)
            and sheet.state not in (SheetState.SUBMITTED, SheetState.RECUSED)
        ):
            to_finish.setdefault(sheet.judge_code, []).append(sheet.entry_code)
    for judge, entries in to_finish.items():
        marks: dict[str, dict[str, Decimal | None]] = {
            entry: {c.code: demo_mark(c, entry, judge) for c in rnd.criteria} for entry in entries
        }
        services.scoring.enter_sheets(
            rnd.code, judge, marks, origin=Origin.TYPED, actor=judge, submit_complete=True
        )
    result = services.ranking.rank(rnd.code)
    for tied in result.ties:
        if all(category.get(code) in finished for code in tied):
            services.ranking.resolve_tie(rnd.code, list(tied), DEMO_TIE_REASON, actor="demo")
            break
