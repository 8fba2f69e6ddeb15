"""A newer kit whose round's criteria changed, on the judge's laptop: the local definition
brought up to the kit's (used by ``KitService.open_kit``; what it does is described on
``DefinitionUpdate``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from judging.kits.format import Kit
from judging.model import Competition
from judging.ports import UnitOfWork
from judging.scoring.model import SheetRef, SheetState, StoredMark
from judging.scoring.rules import mark_problem, missing_criteria


@dataclass(frozen=True)
class DefinitionUpdate:
    """What a newer kit with a changed definition (weights, bands, maxima, criteria added or
    removed) did to the judge's local database. Marks typed stay; marks of a removed
    criterion are set aside (kept in the database, in the setting ``kit.set_aside.<issue>``,
    neither shown nor sent); a mark the changed criterion no longer allows (above its new
    maximum, off its new step) is cleared by a new version (its history keeps it) for the
    judge to give again; a submitted sheet that is no longer complete is back in progress."""

    changed: bool = False
    criteria_added: tuple[str, ...] = ()
    criteria_removed: tuple[str, ...] = ()
    marks_set_aside: int = 0
    marks_cleared: tuple[str, ...] = ()  # "E01/NEW"
    sheets_reopened: tuple[str, ...] = ()  # entry codes

    def summary(self) -> str:
        if not self.changed:
            return ""
        return (
            f"; definition changed: +{','.join(self.criteria_added) or '-'} "
            f"-{','.join(self.criteria_removed) or '-'}, {self.marks_set_aside} marks set "
            f"aside, {len(self.marks_cleared)} cleared, {len(self.sheets_reopened)} sheets "
            "reopened"
        )


def update_definition(
    uow: UnitOfWork, current: Competition, parsed: Competition, kit: Kit
) -> DefinitionUpdate:
    """Bring the local definition up to the newer kit's (see ``DefinitionUpdate``)."""
    old, new = current.rounds[0], parsed.rounds[0]
    removed = tuple(c.code for c in old.criteria if new.criterion(c.code) is None)
    added = tuple(c.code for c in new.criteria if old.criterion(c.code) is None)
    refs = sorted(uow.scoring.round_sheets(old.code), key=lambda r: r.entry_code)
    aside = []
    for ref in refs:
        marks = uow.scoring.marks(ref.assignment_id)
        for code in removed:
            if code in marks:
                aside.append(_set_aside(uow, ref, marks[code]))
    if aside:
        uow.scoring.set_setting(
            f"kit.set_aside.{kit.issue}", json.dumps(aside, ensure_ascii=False, sort_keys=True)
        )
    # the removed criteria go, and their marks with them (set aside above)
    uow.core.replace_definition(parsed)
    criteria = {c.criterion.code: c for c in uow.scoring.round_criteria(new.code)}
    now = uow.core.now()
    cleared: list[str] = []
    reopened: list[str] = []
    for ref in refs:
        for code, stored in uow.scoring.marks(ref.assignment_id).items():
            if stored.value is None or mark_problem(criteria[code].criterion, stored.value) is None:
                continue
            uow.scoring.write_mark(
                ref.assignment_id,
                criteria[code].id,
                stored,
                value=None,
                comment=stored.comment,
                origin=stored.origin,
                actor="kit",
                at=now,
            )
            cleared.append(f"{ref.entry_code}/{code}")
        values = {k: m.value for k, m in uow.scoring.marks(ref.assignment_id).items()}
        if ref.state is SheetState.SUBMITTED and missing_criteria(new.criteria, values):
            uow.scoring.save_sheet(ref.assignment_id, state=SheetState.IN_PROGRESS, at=now)
            reopened.append(ref.entry_code)
            uow.core.audit(
                actor="kit",
                action="sheet.reopen",
                subject=ref.label,
                detail=f"kit issue {kit.issue} changed the criteria; the sheet is incomplete",
            )
    return DefinitionUpdate(
        changed=True,
        criteria_added=added,
        criteria_removed=removed,
        marks_set_aside=len(aside),
        marks_cleared=tuple(cleared),
        sheets_reopened=tuple(reopened),
    )


def _set_aside(uow: UnitOfWork, ref: SheetRef, mark: StoredMark) -> dict[str, object]:
    """A mark of a removed criterion, with its versions, as it is kept aside (JSON)."""
    return {
        "entry": ref.entry_code,
        "criterion": mark.criterion_code,
        "value": _text(mark.value),
        "comment": mark.comment,
        "sheet_state": ref.state.value,
        "versions": [
            {
                "version": v.version,
                "old": _text(v.old),
                "new": _text(v.new),
                "comment": v.comment,
                "origin": v.origin.value,
                "actor": v.actor,
                "at": _at(v.at),
            }
            for v in uow.scoring.mark_history(ref.assignment_id, mark.criterion_code)
        ],
    }


def _at(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")
