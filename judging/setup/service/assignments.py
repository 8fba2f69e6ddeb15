"""Assignments of judges to entries (by hand, automatic, from a file) and the panels."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from judging.changes import Area, changes
from judging.errors import Conflict, InputError, NotFound, Problem
from judging.lookup import WhenOmitted, find_round, require_competition, round_of_row
from judging.model import EntryStatus, Role, Round
from judging.ports import UnitOfWork
from judging.problems import ENTRY_STATUS_TERMS
from judging.problems import ProblemCode as P
from judging.setup import imports
from judging.setup.assignment import (
    AssignmentSnapshot,
    EntryFacts,
    JudgeFacts,
    plan_assignment,
)
from judging.setup.dto import (
    AssignmentRow,
    AssignOutcome,
    ImportOutcome,
    PanelSeat,
)
from judging.setup.service.common import SetupArea
from judging.setup.service.conflicts import conflict_snapshot
from judging.text import clean, fold

ORIGINS = ("manual", "file", "auto")


class AssignmentService(SetupArea):
    """Who judges which entry in a round, and the panels they are drawn from."""

    def assignments(self, round_code: str | None = None) -> list[AssignmentRow]:
        """Every assignment of the round (all rounds when None), by judge and entry."""
        with self._uow(read_only=True) as uow:
            return uow.setup.assignment_rows(round_code)

    def assigned_entries(self, round_code: str, judge_code: str) -> list[str]:
        """Codes of the entries ``judge_code`` is assigned in the round, sorted."""
        with self._uow(read_only=True) as uow:
            return uow.setup.assigned_entries(round_code, judge_code)

    @changes(Area.ASSIGNMENTS)
    def add_assignment(
        self, round_code: str, judge_code: str, entry_code: str, origin: str = "manual"
    ) -> AssignmentRow:
        """Assign one judge to one entry by hand; refused for a conflicted pair or an entry
        that is not active. Assigning a pair twice changes nothing."""
        if origin not in ORIGINS:
            raise InputError(P.ASSIGNMENT_ORIGIN, known=", ".join(ORIGINS), origin=origin)
        with self._uow() as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.CURRENT_ROUND)
            conflicts = conflict_snapshot(uow)
            entry = uow.core.entry(entry_code)
            if entry is None:
                raise NotFound(P.ENTRY_NOT_FOUND, code=entry_code)
            if not any(j.code == judge_code for j in uow.core.judge_rows()):
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            if entry.status is not EntryStatus.ACTIVE:
                raise Conflict(
                    P.ENTRY_NOT_ACTIVE, code=entry_code, status=ENTRY_STATUS_TERMS[entry.status]
                )
            reason = conflicts.reason(judge_code, entry_code)
            if reason:
                raise Conflict(
                    P.ASSIGNMENT_CONFLICT, judge=judge_code, entry=entry_code, reason=reason
                )
            uow.setup.add_assignments(rnd.code, [(judge_code, entry_code)], origin)
            uow.core.audit(
                actor="organiser",
                action="assignment.add",
                subject=f"{rnd.code}/{judge_code}/{entry_code}",
                detail=origin,
            )
            uow.commit()
        return AssignmentRow(round=rnd.code, judge=judge_code, entry=entry_code, origin=origin)

    @changes(Area.ASSIGNMENTS)
    def remove_assignment(self, round_code: str, judge_code: str, entry_code: str) -> None:
        """Take one judge off one entry; refused once the judge has marked it."""
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.CURRENT_ROUND
            )
            if (judge_code, entry_code) in uow.setup.marked_pairs(rnd.code):
                raise Conflict(P.ASSIGNMENT_MARKED, judge=judge_code, entry=entry_code)
            if not uow.setup.remove_assignments(rnd.code, [(judge_code, entry_code)]):
                raise NotFound(P.ASSIGNMENT_NOT_FOUND, judge=judge_code, entry=entry_code)
            uow.core.audit(
                actor="organiser",
                action="assignment.remove",
                subject=f"{rnd.code}/{judge_code}/{entry_code}",
            )
            uow.commit()

    @changes(Area.ASSIGNMENTS)
    def assign(
        self, round_code: str | None = None, *, seed: int = 0, replace: bool = False
    ) -> AssignOutcome:
        """Assign judges automatically: k per entry, balanced, never a conflicted judge.

        Existing assignments are kept; with ``replace`` they are dropped first, except those
        already marked. Entries that could not be covered are listed with the reason.
        """
        with self._uow() as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.CURRENT_ROUND)
            existing = uow.setup.assignment_rows(rnd.code)
            removed = 0
            if replace:
                marked = uow.setup.marked_pairs(rnd.code)
                drop = [(a.judge, a.entry) for a in existing if (a.judge, a.entry) not in marked]
                removed = uow.setup.remove_assignments(rnd.code, drop)
                existing = [a for a in existing if (a.judge, a.entry) in marked]
            snapshot = self._snapshot(uow, rnd, existing)
            plan = plan_assignment(snapshot, seed)
            added = uow.setup.add_assignments(rnd.code, plan.added, "auto")
            uow.core.audit(
                actor="organiser",
                action="assignment.auto",
                subject=rnd.code,
                detail=f"seed={seed} replace={replace} added={added} removed={removed} "
                f"uncovered={len(plan.uncovered)}",
            )
            uow.commit()
        return AssignOutcome(
            round=rnd.code,
            added=added,
            removed=removed,
            kept=len(existing),
            uncovered=plan.uncovered,
            loads=tuple(sorted(plan.loads.items())),
        )

    def _snapshot(
        self, uow: UnitOfWork, rnd: Round, existing: Iterable[AssignmentRow]
    ) -> AssignmentSnapshot:
        folded: dict[str, str] = {}  # organisations repeat: fold each once

        def org(text: str) -> str:
            value = folded.get(text)
            if value is None:
                value = folded[text] = fold(text)
            return value

        entries = tuple(
            EntryFacts(code=e.code, category=e.category, organisation=org(e.organisation))
            for e in uow.core.entry_rows()
            if e.status is EntryStatus.ACTIVE
        )
        judges = tuple(
            JudgeFacts(
                code=j.code, organisation=org(j.organisation), counts=j.role is not Role.TRAINEE
            )
            for j in uow.core.judge_rows()
        )
        panels: dict[str | None, set[str]] = {}
        for seat in uow.setup.panel_seats(rnd.code):
            panels.setdefault(seat.category, set()).add(seat.judge)
        return AssignmentSnapshot(
            k=rnd.judges_per_entry,
            entries=entries,
            judges=judges,
            panels={c: frozenset(js) for c, js in panels.items()},
            declared_conflicts=frozenset((c.judge, c.entry) for c in uow.setup.conflict_rows()),
            existing=frozenset((a.judge, a.entry) for a in existing),
        )

    def export_assignments(self, path: Path, round_code: str | None = None) -> int:
        """``round,judge,entry,origin`` as CSV (UTF-8 with BOM). Returns the number of rows."""
        rows = self.assignments(round_code)
        imports.write_csv(
            path,
            ["round", "judge", "entry", "origin"],
            ([a.round, a.judge, a.entry, a.origin] for a in rows),
        )
        return len(rows)

    @changes(Area.ASSIGNMENTS)
    def import_assignments(self, path: Path) -> ImportOutcome:
        """``import-assignments``: round,judge,entry — fixed assignments from a file. A
        conflicted pair, an unknown code or an entry that is not active refuses the file."""
        table, mapping = imports.read_mapped(path, imports.ASSIGNMENT_FIELDS, ["judge", "entry"])
        with self._uow() as uow:
            competition = require_competition(uow)
            judges = {j.code for j in uow.core.judge_rows()}
            entries = {e.code: e for e in uow.core.entry_rows()}
            conflicts = conflict_snapshot(uow)
            problems: list[Problem] = []
            by_round: dict[str, list[tuple[str, str]]] = {}
            seen: dict[tuple[str, str, str], int] = {}
            for number, v in imports.rows_of(table, mapping, imports.ASSIGNMENT_FIELDS):
                where = f"{table.source}, row {number}"
                rnd = round_of_row(competition, v["round"], where)
                if isinstance(rnd, Problem):
                    problems.append(rnd)
                    continue
                judge, entry = v["judge"], v["entry"]
                if judge not in judges:
                    problems.append(Problem.of(where, P.JUDGE_UNKNOWN, code=judge))
                if entry not in entries:
                    problems.append(Problem.of(where, P.ENTRY_UNKNOWN, code=entry))
                if judge not in judges or entry not in entries:
                    continue
                if entries[entry].status is not EntryStatus.ACTIVE:
                    problems.append(
                        Problem.of(
                            where,
                            P.ENTRY_STATUS_IS,
                            code=entry,
                            status=ENTRY_STATUS_TERMS[entries[entry].status],
                        )
                    )
                    continue
                reason = conflicts.reason(judge, entry)
                if reason:
                    problems.append(
                        Problem.of(
                            where, P.ASSIGNMENT_CONFLICT, judge=judge, entry=entry, reason=reason
                        )
                    )
                    continue
                key = (rnd.code, judge, entry)
                if key in seen:
                    continue  # the same pair twice in a file changes nothing
                seen[key] = number
                by_round.setdefault(rnd.code, []).append((judge, entry))
            if problems:
                raise imports.refused(table.source, problems)
            added = sum(
                uow.setup.add_assignments(code, pairs, "file") for code, pairs in by_round.items()
            )
            uow.core.audit(
                actor="organiser",
                action="assignments.import",
                subject=table.source,
                detail=f"added={added}",
            )
            uow.commit()
        return ImportOutcome(what="assignments", added=added, unchanged=len(seen) - added)

    # == panels ===============================================================================
    def panel(self, round_code: str | None = None) -> list[PanelSeat]:
        with self._uow(read_only=True) as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.CURRENT_ROUND
            )
            return uow.setup.panel_seats(rnd.code)

    @changes(Area.ASSIGNMENTS)
    def set_panel(self, round_code: str, seats: Iterable[tuple[str | None, str]]) -> None:
        """Replace the round's panel (an empty panel: every member and chair judges)."""
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.CURRENT_ROUND
            )
            uow.setup.set_panel(rnd.code, list(seats))
            uow.core.audit(actor="organiser", action="panel.set", subject=rnd.code)
            uow.commit()

    @changes(Area.ASSIGNMENTS)
    def set_category_panel(
        self, round_code: str | None, category_code: str | None, judge_codes: Iterable[str]
    ) -> list[PanelSeat]:
        """Replace the seats of one category's panel (None: the seats for every category) in
        the round, keeping the other categories' seats. Returns the round's panel."""
        judge_codes = [clean(j) for j in judge_codes if clean(j)]
        with self._uow() as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.CURRENT_ROUND)
            if category_code is not None and competition.category(category_code) is None:
                known = ", ".join(c.code for c in competition.categories) or P.TERM_NONE
                raise NotFound(P.CATEGORY_UNKNOWN, code=category_code, known=known)
            known_judges = {j.code for j in uow.core.judge_rows()}
            unknown = [j for j in judge_codes if j not in known_judges]
            if unknown:
                raise NotFound(P.JUDGES_NOT_FOUND, codes=unknown)
            kept = [
                (seat.category, seat.judge)
                for seat in uow.setup.panel_seats(rnd.code)
                if seat.category != category_code
            ]
            uow.setup.set_panel(rnd.code, [*kept, *((category_code, j) for j in judge_codes)])
            uow.core.audit(
                actor="organiser",
                action="panel.set",
                subject=f"{rnd.code}/{category_code or '*'}",
                detail=" ".join(judge_codes),
            )
            uow.commit()
            return uow.setup.panel_seats(rnd.code)
