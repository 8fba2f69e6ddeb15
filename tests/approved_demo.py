"""The demo with a result to hand out: its first round made the only round (so that it awards
the prizes), every member's sheet finished with the demo's stable made-up marks, the round
closed and approved. Certificates, minutes and exports are tried on it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from db.database import open_database
from judging.app import Services, build_services
from judging.demo import build_demo
from judging.model import ComponentDef, ComponentKind, Role
from judging.scoring.demo import demo_mark
from judging.scoring.model import Origin, SheetState

ROUND = "SK"


def finish_and_approve(services: Services) -> None:
    """Score every unfinished member sheet of the only round, close it and approve it."""
    competition = services.core.require_competition()
    rnd = competition.rounds[0]
    roles = {j.code: j.role for j in services.core.judge_rows()}
    todo: dict[str, list[str]] = {}
    for sheet in services.scoring.round_sheets(rnd.code):
        if roles.get(sheet.judge_code) in (Role.MEMBER, Role.CHAIR) and sheet.state not in (
            SheetState.SUBMITTED,
            SheetState.RECUSED,
        ):
            todo.setdefault(sheet.judge_code, []).append(sheet.entry_code)
    for judge, entries in todo.items():
        marks = {e: {c.code: demo_mark(c, e, judge) for c in rnd.criteria} for e in entries}
        services.scoring.enter_sheets(
            rnd.code, judge, marks, origin=Origin.TYPED, actor=judge, submit_complete=True
        )
    services.ranking.close_round(rnd.code)
    services.ranking.approve_round(rnd.code)


def build_approved_demo(services: Services) -> None:
    """The demo, its round SK the only round (prizes are awarded in the last round), approved."""
    build_demo(services)
    competition = services.core.require_competition()
    only = replace(competition.rounds[0], advance=None)
    services.definitions.update(replace(competition, rounds=(only,)))
    finish_and_approve(services)


def approved_demo_file(folder: Path) -> Path:
    """A database file holding the approved demo (made once per folder, then reused)."""
    path = folder / "approved-demo.sqlite"
    if not path.exists():
        partial = folder / "approved-demo.partial.sqlite"
        database = open_database(str(partial))
        try:
            build_approved_demo(build_services(database.uow_factory, location=database.location))
        finally:
            database.close()
        shutil.move(partial, path)
    return path


def copy_of_approved_demo(template_folder: Path, target: Path) -> Path:
    shutil.copyfile(approved_demo_file(template_folder), target)
    return target


def add_community_vote(services: Services) -> None:
    """The demo's first round with a community vote (a bonus, share of the largest, 10
    points), so that component files and rankings have a component to work on."""
    competition = services.core.require_competition()
    first = competition.rounds[0]
    vote = ComponentDef(
        code="binh_chon",
        name="Bình chọn cộng đồng",
        kind=ComponentKind.BONUS,
        scale="share_of_max",
        points=Decimal(10),
        places=1,
    )
    rounds = (replace(first, components=(vote,)), *competition.rounds[1:])
    services.definitions.update(replace(competition, rounds=rounds))
