"""Finding what a use case works on: the competition, and the round a command names.

Every service finds them here, so that a missing competition and a round left out are met the
same way everywhere (DESIGN.md §8): ``--round`` may be left out only where the competition has
one round, or where the use case is about the current round, which it then names.
"""

from __future__ import annotations

from enum import Enum

from judging.errors import InputError, NoCompetition, NotFound, Problem
from judging.model import Competition, Round, RoundStatus
from judging.ports import UnitOfWork
from judging.problems import ProblemCode as P


def require_competition(uow: UnitOfWork) -> Competition:
    """The competition of the database, or ``NoCompetition``."""
    competition = uow.core.competition()
    if competition is None:
        raise NoCompetition()
    return competition


def read_competition(uow: UnitOfWork) -> Competition:
    """As ``require_competition``, read by the listing area without the ORM (the ranking's
    read path, issue 13 item 4), on the unit of work's transaction: what it has stored is
    seen once flushed (every repository flushes what it writes). The same value either way
    (tests/db/test_definition.py)."""
    competition = uow.listing.competition()
    if competition is None:
        raise NoCompetition()
    return competition


class WhenOmitted(Enum):
    """What a round left out (``round_code=None``) means."""

    #: the only round; with several, the person must name one (a usage error)
    ONLY_ROUND = "only_round"
    #: the only round; with several, the first open one, else the last (the current round)
    CURRENT_ROUND = "current_round"


def find_round(
    competition: Competition, round_code: str | None, *, when_omitted: WhenOmitted
) -> Round:
    """The round named ``round_code``; when it is ``None``, the one ``when_omitted`` says."""
    known = ", ".join(r.code for r in competition.rounds)
    if round_code is not None:
        found = competition.round(round_code)
        if found is None:
            raise NotFound(P.ROUND_UNKNOWN, code=round_code, known=known or P.TERM_NONE)
        return found
    if not competition.rounds:
        raise InputError(P.ROUND_NONE_YET)
    if len(competition.rounds) == 1:
        return competition.rounds[0]
    if when_omitted is WhenOmitted.ONLY_ROUND:
        raise InputError(P.ROUND_NAME_IT, known=known)
    return next(
        (r for r in competition.rounds if r.status is RoundStatus.OPEN), competition.rounds[-1]
    )


def round_of_row(competition: Competition, round_code: str, where: str) -> Round | Problem:
    """The round a row of an imported file names (``round_code`` as read, "" when the cell is
    blank), or that row's problem: a blank round is taken only where the competition has one
    round; an unknown one is reported with the rounds there are."""
    if not round_code and len(competition.rounds) > 1:
        return Problem.of(where, P.ROUND_MISSING)
    try:
        return find_round(competition, round_code or None, when_omitted=WhenOmitted.ONLY_ROUND)
    except InputError as exc:
        return Problem.from_error(where, exc)
