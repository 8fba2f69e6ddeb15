"""What every set-up area shares: the unit of work, the competition, the round."""

from __future__ import annotations

from judging.errors import InputError, NoCompetition, NotFound
from judging.model import Competition, Round
from judging.ports import UnitOfWork, UnitOfWorkFactory
from judging.problems import ProblemCode as P


class SetupArea:
    """One area of the set-up use cases; each opens its own units of work."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory


def _require_competition(uow: UnitOfWork) -> Competition:
    competition = uow.core.competition()
    if competition is None:
        raise NoCompetition()
    return competition


def pick_round(competition: Competition, round_code: str | None) -> Round:
    """The named round; or, left out, the only round, else the first open round."""
    if round_code:
        rnd = competition.round(round_code)
        if rnd is None:
            known = ", ".join(r.code for r in competition.rounds)
            raise NotFound(P.ROUND_UNKNOWN, code=round_code, known=known)
        return rnd
    if not competition.rounds:
        raise InputError(P.ROUND_NONE_YET)
    if len(competition.rounds) == 1:
        return competition.rounds[0]
    for rnd in competition.rounds:
        if rnd.status.value == "open":
            return rnd
    return competition.rounds[-1]
