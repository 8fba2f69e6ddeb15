"""What the setup area adds to the demo competition (see judging/demo.py): two declared
conflicts of interest, then the first round assigned automatically (seed 2026)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judging.app import Services

DEMO_SEED = 2026

#: (judge, entry, reason): invented, like everything in the demo.
DEMO_CONFLICTS: tuple[tuple[str, str, str], ...] = (
    ("GK04", "HS-008", "Đã tư vấn kỹ thuật cho nhóm tác giả năm 2025"),
    ("GK07", "HS-018", "Là đồng nghiệp cùng khoa với tác giả"),
)


def extend_demo(services: Services) -> None:
    """Called by the demo after the previous areas have added theirs."""
    competition = services.core.require_competition()
    entries = {e.code for e in services.core.entry_rows()}
    judges = {j.code for j in services.core.judge_rows()}
    for judge, entry, reason in DEMO_CONFLICTS:
        if judge in judges and entry in entries:
            services.setup.declare_conflict(judge, entry, reason)
    if competition.rounds:
        services.setup.assign(competition.rounds[0].code, seed=DEMO_SEED)
