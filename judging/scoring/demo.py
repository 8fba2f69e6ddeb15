"""What the scoring area adds to the demo competition (see judging/demo.py): marks in
progress for the first round.

Once the set-up area has assigned the first round, about a third of the judges have
submitted every sheet, a third are half-way (some sheets submitted, one in progress), the
rest have just begun; one judge has recused from an entry. Marks are made up but stable: each
entry has a quality, each judge a slight leaning, and every mark lies on its criterion's step.
Judges without a PIN get the demo PIN ``246810`` so judge mode can be tried.
"""

from __future__ import annotations

import zlib
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING

from judging.model import Criterion, Role
from judging.scoring.model import Origin

if TYPE_CHECKING:
    from judging.app import Services

DEMO_PIN = "246810"
DEMO_RECUSAL = "Từng cộng tác với nhóm tác giả trong một dự án trước đây"


def _stable(text: str, modulo: int) -> int:
    return zlib.crc32(text.encode("utf-8")) % modulo


def demo_mark(criterion: Criterion, entry_code: str, judge_code: str) -> Decimal:
    """A believable mark: the entry's quality (50–85 % of the maximum), its strength on this
    criterion (0–12 %), the judge's leaning (−5 … +5 %), on the criterion's step."""
    percent = (
        50
        + _stable(entry_code, 36)
        + _stable(f"{entry_code}/{criterion.code}", 13)
        + _stable(judge_code, 11)
        - 5
    )
    raw = criterion.max * Decimal(percent) / 100
    steps = (raw / criterion.step).to_integral_value(rounding=ROUND_FLOOR)
    return min(max(steps * criterion.step, Decimal(0)), criterion.max)


def extend_demo(services: Services) -> None:
    """Called by the demo after the previous areas have added theirs."""
    competition = services.core.competition()
    if competition is None or not competition.rounds:
        return
    rnd = competition.rounds[0]
    sheets = services.scoring.round_sheets(rnd.code)
    if not sheets or not rnd.criteria:
        return  # nothing assigned yet: nothing to score
    judges = services.core.judge_rows()
    if not any(j.has_pin for j in judges):
        for row in judges:
            services.setup.set_pin(row.code, DEMO_PIN)
    roles = {j.code: j.role for j in judges}
    by_judge: dict[str, list[str]] = {}
    for sheet in sheets:
        by_judge.setdefault(sheet.judge_code, []).append(sheet.entry_code)
    recused = False
    for number, (judge, entries) in enumerate(by_judge.items()):
        stage = number % 3
        if stage == 0:
            complete, partial = entries, []
        elif stage == 1:
            half = len(entries) // 2
            complete, partial = entries[:half], entries[half : half + 1]
        else:
            complete, partial = [], entries[:1]

        def marks_of(
            codes: list[str], count: int, judge: str = judge
        ) -> dict[str, dict[str, Decimal | None]]:
            return {
                entry: {c.code: demo_mark(c, entry, judge) for c in rnd.criteria[:count]}
                for entry in codes
            }

        if complete:
            services.scoring.enter_sheets(
                rnd.code,
                judge,
                marks_of(complete, len(rnd.criteria)),
                origin=Origin.TYPED,
                actor=judge,
                submit_complete=True,
            )
        if partial:
            services.scoring.enter_sheets(
                rnd.code,
                judge,
                marks_of(partial, max(1, len(rnd.criteria) // 2)),
                origin=Origin.TYPED,
                actor=judge,
                submit_complete=False,
            )
        rest = entries[len(complete) + len(partial) :]
        if not recused and stage == 1 and rest and roles.get(judge) is Role.MEMBER:
            services.scoring.recuse(rnd.code, judge, rest[-1], DEMO_RECUSAL)
            recused = True
