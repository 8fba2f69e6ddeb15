"""Conflicts of interest: declared, detected (same organisation), imported."""

from __future__ import annotations

from pathlib import Path

from judging.changes import Area, changes
from judging.errors import InputError, Problem
from judging.lookup import require_competition
from judging.ports import UnitOfWork
from judging.problems import ProblemCode as P
from judging.setup import imports
from judging.setup.conflicts import ConflictSnapshot
from judging.setup.dto import (
    ConflictRow,
    ImportOutcome,
)
from judging.setup.service.common import SetupArea
from judging.text import clean


def conflict_snapshot(uow: UnitOfWork) -> ConflictSnapshot:
    return ConflictSnapshot.build(
        ((c.judge, c.entry, c.reason) for c in uow.setup.conflict_rows()),
        ((j.code, j.organisation) for j in uow.core.judge_rows()),
        ((e.code, e.organisation) for e in uow.core.entry_rows()),
    )


class ConflictService(SetupArea):
    """Declared and detected conflicts of interest; an import of them."""

    def conflicts(self) -> list[ConflictRow]:
        """Declared conflicts and the detected ones (same organisation), by judge and entry."""
        with self._uow() as uow:
            declared = uow.setup.conflict_rows()
            snapshot = conflict_snapshot(uow)
        pairs = {(c.judge, c.entry) for c in declared}
        detected = [
            ConflictRow(judge=j, entry=e, reason="same organisation", declared=False)
            for j, e in snapshot.detected()
            if (j, e) not in pairs
        ]
        return sorted([*declared, *detected], key=lambda c: (c.judge, c.entry))

    @changes(Area.JUDGES | Area.ASSIGNMENTS)
    def declare_conflict(self, judge_code: str, entry_code: str, reason: str) -> ConflictRow:
        """Record a conflict of interest; an unmarked assignment of the pair is dropped, a
        marked one refuses (the judge recuses in scoring instead)."""
        row = ConflictRow(judge=clean(judge_code), entry=clean(entry_code), reason=clean(reason))
        self._store_conflicts([(0, row)], source="")
        return row

    @changes(Area.JUDGES | Area.ASSIGNMENTS)
    def remove_conflict(self, judge_code: str, entry_code: str) -> None:
        with self._uow() as uow:
            uow.setup.remove_conflict(judge_code, entry_code)
            uow.core.audit(
                actor="organiser", action="conflict.remove", subject=f"{judge_code}/{entry_code}"
            )
            uow.commit()

    def _store_conflicts(
        self, rows: list[tuple[int, ConflictRow]], *, source: str
    ) -> ImportOutcome:
        with self._uow() as uow:
            judges = {j.code for j in uow.core.judge_rows()}
            entries = uow.core.entry_codes()
            marked = uow.setup.marked_pairs(None)
            problems: list[Problem] = []
            for number, c in rows:
                where = f"{source}, row {number}" if source else f"{c.judge}/{c.entry}"
                if not c.judge:
                    problems.append(Problem.of(where, P.JUDGE_CODE_MISSING))
                elif c.judge not in judges:
                    problems.append(Problem.of(where, P.JUDGE_UNKNOWN, code=c.judge))
                if not c.entry:
                    problems.append(Problem.of(where, P.ENTRY_CODE_MISSING_IN_ROW))
                elif c.entry not in entries:
                    problems.append(Problem.of(where, P.ENTRY_UNKNOWN, code=c.entry))
                if (c.judge, c.entry) in marked:
                    problems.append(
                        Problem.of(where, P.CONFLICT_ALREADY_MARKED, judge=c.judge, entry=c.entry)
                    )
            if problems:
                raise InputError(P.CONFLICT_REFUSED, problems, source=source or P.TERM_CONFLICT)
            added = uow.setup.add_conflicts((c.judge, c.entry, c.reason) for _, c in rows)
            pairs = [(c.judge, c.entry) for _, c in rows]
            removed = 0
            for rnd in require_competition(uow).rounds:
                removed += uow.setup.remove_assignments(rnd.code, pairs)
            uow.core.audit(
                actor="organiser",
                action="conflict.declare",
                subject=source or ",".join(f"{j}/{e}" for j, e in pairs),
                detail=f"added={added} assignments_removed={removed}",
            )
            uow.commit()
        return ImportOutcome(
            what="conflicts", added=added, unchanged=len(rows) - added, removed=removed
        )

    @changes(Area.JUDGES | Area.ASSIGNMENTS)
    def import_conflicts(self, path: Path) -> ImportOutcome:
        """``import-conflicts``: judge,entry,reason."""
        table, mapping = imports.read_mapped(path, imports.CONFLICT_FIELDS, ["judge", "entry"])
        rows = [
            (n, ConflictRow(judge=v["judge"], entry=v["entry"], reason=v["reason"]))
            for n, v in imports.rows_of(table, mapping, imports.CONFLICT_FIELDS)
        ]
        return self._store_conflicts(rows, source=table.source)
