"""Set-up use cases: entries, imports, judges, conflicts, panels and assignment (issue 4).

Each public method is one user action: one unit of work, checked in full before anything is
stored (all or nothing), DTOs out. Codes name everything: rounds, judges, entries.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from judging.errors import Conflict, InputError, NoCompetition, NotFound, Problem
from judging.model import Competition, Entry, EntryStatus, Judge, Role, Round
from judging.numbers import parse_decimal
from judging.ports import UnitOfWork, UnitOfWorkFactory
from judging.services.dto import EntryRow, JudgeRow
from judging.setup import imports
from judging.setup.assignment import (
    AssignmentSnapshot,
    EntryFacts,
    JudgeFacts,
    plan_assignment,
)
from judging.setup.blind import anonymise
from judging.setup.conflicts import ConflictSnapshot
from judging.setup.dto import (
    AssignmentRow,
    AssignOutcome,
    AttachmentData,
    AttachmentInfo,
    ComponentValueRow,
    ConflictRow,
    DeletedEntry,
    ImportOutcome,
    PanelSeat,
)
from judging.setup.imports import EntryCheck, EntryContext, Table
from judging.setup.pins import hash_pin
from judging.text import clean, fold

ORIGINS = ("manual", "file", "auto")
#: Attachments: PDF and images.
ATTACHMENT_TYPES = {
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/tiff",
    "image/bmp",
}
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


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
            raise NotFound(f"no round with code {round_code!r} (rounds: {known})")
        return rnd
    if not competition.rounds:
        raise InputError("the competition has no rounds yet")
    if len(competition.rounds) == 1:
        return competition.rounds[0]
    for rnd in competition.rounds:
        if rnd.status.value == "open":
            return rnd
    return competition.rounds[-1]


def entry_from_row(row: EntryRow) -> Entry:
    return Entry(
        code=row.code,
        title=row.title,
        category=row.category,
        authors=row.authors,
        organisation=row.organisation,
        summary=row.summary,
        status=row.status,
        status_reason=row.status_reason,
    )


def _clean_entry(entry: Entry) -> Entry:
    return replace(
        entry,
        code=clean(entry.code),
        title=clean(entry.title),
        category=clean(entry.category) or None,
        authors=tuple(a for a in (clean(x) for x in entry.authors) if a),
        organisation=clean(entry.organisation),
        summary=clean(entry.summary),
        status_reason=clean(entry.status_reason),
    )


class SetupService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # == assignments (used by scoring and ranking) ===========================================
    def assignments(self, round_code: str | None = None) -> list[AssignmentRow]:
        """Every assignment of the round (all rounds when None), by judge and entry."""
        with self._uow() as uow:
            return uow.setup.assignment_rows(round_code)

    def assigned_entries(self, round_code: str, judge_code: str) -> list[str]:
        """Codes of the entries ``judge_code`` is assigned in the round, sorted."""
        with self._uow() as uow:
            return uow.setup.assigned_entries(round_code, judge_code)

    def add_assignment(
        self, round_code: str, judge_code: str, entry_code: str, origin: str = "manual"
    ) -> AssignmentRow:
        """Assign one judge to one entry by hand; refused for a conflicted pair or an entry
        that is not active. Assigning a pair twice changes nothing."""
        if origin not in ORIGINS:
            raise InputError(f"origin must be one of {', '.join(ORIGINS)}, not {origin!r}")
        with self._uow() as uow:
            competition = _require_competition(uow)
            rnd = pick_round(competition, round_code)
            conflicts = self._conflict_snapshot(uow)
            entry = uow.core.entry(entry_code)
            if entry is None:
                raise NotFound(f"no entry with code {entry_code!r}")
            if not any(j.code == judge_code for j in uow.core.judge_rows()):
                raise NotFound(f"no judge with code {judge_code!r}")
            if entry.status is not EntryStatus.ACTIVE:
                raise Conflict(f"entry {entry_code} is {entry.status.value}; it is not judged")
            reason = conflicts.reason(judge_code, entry_code)
            if reason:
                raise Conflict(f"judge {judge_code} may not judge entry {entry_code}: {reason}")
            uow.setup.add_assignments(rnd.code, [(judge_code, entry_code)], origin)
            uow.core.audit(
                actor="organiser",
                action="assignment.add",
                subject=f"{rnd.code}/{judge_code}/{entry_code}",
                detail=origin,
            )
            uow.commit()
        return AssignmentRow(round=rnd.code, judge=judge_code, entry=entry_code, origin=origin)

    def remove_assignment(self, round_code: str, judge_code: str, entry_code: str) -> None:
        """Take one judge off one entry; refused once the judge has marked it."""
        with self._uow() as uow:
            rnd = pick_round(_require_competition(uow), round_code)
            if (judge_code, entry_code) in uow.setup.marked_pairs(rnd.code):
                raise Conflict(
                    f"judge {judge_code} has already marked entry {entry_code}; "
                    "the assignment stays (the judge can recuse instead)"
                )
            if not uow.setup.remove_assignments(rnd.code, [(judge_code, entry_code)]):
                raise NotFound(f"judge {judge_code} is not assigned entry {entry_code}")
            uow.core.audit(
                actor="organiser",
                action="assignment.remove",
                subject=f"{rnd.code}/{judge_code}/{entry_code}",
            )
            uow.commit()

    def assign(
        self, round_code: str | None = None, *, seed: int = 0, replace: bool = False
    ) -> AssignOutcome:
        """Assign judges automatically: k per entry, balanced, never a conflicted judge.

        Existing assignments are kept; with ``replace`` they are dropped first, except those
        already marked. Entries that could not be covered are listed with the reason.
        """
        with self._uow() as uow:
            competition = _require_competition(uow)
            rnd = pick_round(competition, round_code)
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

    # == conflicts of interest ================================================================
    def _conflict_snapshot(self, uow: UnitOfWork) -> ConflictSnapshot:
        return ConflictSnapshot.build(
            ((c.judge, c.entry, c.reason) for c in uow.setup.conflict_rows()),
            ((j.code, j.organisation) for j in uow.core.judge_rows()),
            ((e.code, e.organisation) for e in uow.core.entry_rows()),
        )

    def conflicts(self) -> list[ConflictRow]:
        """Declared conflicts and the detected ones (same organisation), by judge and entry."""
        with self._uow() as uow:
            declared = uow.setup.conflict_rows()
            snapshot = self._conflict_snapshot(uow)
        pairs = {(c.judge, c.entry) for c in declared}
        detected = [
            ConflictRow(judge=j, entry=e, reason="same organisation", declared=False)
            for j, e in snapshot.detected()
            if (j, e) not in pairs
        ]
        return sorted([*declared, *detected], key=lambda c: (c.judge, c.entry))

    def declare_conflict(self, judge_code: str, entry_code: str, reason: str) -> ConflictRow:
        """Record a conflict of interest; an unmarked assignment of the pair is dropped, a
        marked one refuses (the judge recuses in scoring instead)."""
        row = ConflictRow(judge=clean(judge_code), entry=clean(entry_code), reason=clean(reason))
        self._store_conflicts([(0, row)], source="")
        return row

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
                    problems.append(Problem(where, "missing judge", vi="thiếu mã giám khảo"))
                elif c.judge not in judges:
                    problems.append(
                        Problem(
                            where,
                            f"unknown judge {c.judge!r}",
                            vi=f"không có giám khảo {c.judge!r}",
                        )
                    )
                if not c.entry:
                    problems.append(Problem(where, "missing entry", vi="thiếu mã hồ sơ"))
                elif c.entry not in entries:
                    problems.append(
                        Problem(
                            where, f"unknown entry {c.entry!r}", vi=f"không có hồ sơ {c.entry!r}"
                        )
                    )
                if (c.judge, c.entry) in marked:
                    problems.append(
                        Problem(
                            where,
                            f"judge {c.judge} has already marked entry {c.entry}; "
                            "the judge recuses in scoring instead",
                            vi=f"giám khảo {c.judge} đã chấm hồ sơ {c.entry}; giám khảo tự "
                            "từ chối chấm khi chấm điểm",
                        )
                    )
            if problems:
                raise InputError(
                    f"{source or 'conflict'}: refused; nothing was changed",
                    problems,
                    vi=f"{source or 'xung đột'}: bị từ chối; không thay đổi gì",
                )
            added = uow.setup.add_conflicts((c.judge, c.entry, c.reason) for _, c in rows)
            pairs = [(c.judge, c.entry) for _, c in rows]
            removed = 0
            for rnd in _require_competition(uow).rounds:
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

    # == panels ===============================================================================
    def panel(self, round_code: str | None = None) -> list[PanelSeat]:
        with self._uow() as uow:
            rnd = pick_round(_require_competition(uow), round_code)
            return uow.setup.panel_seats(rnd.code)

    def set_panel(self, round_code: str, seats: Iterable[tuple[str | None, str]]) -> None:
        """Replace the round's panel (an empty panel: every member and chair judges)."""
        with self._uow() as uow:
            rnd = pick_round(_require_competition(uow), round_code)
            uow.setup.set_panel(rnd.code, list(seats))
            uow.core.audit(actor="organiser", action="panel.set", subject=rnd.code)
            uow.commit()

    def set_category_panel(
        self, round_code: str | None, category_code: str | None, judge_codes: Iterable[str]
    ) -> list[PanelSeat]:
        """Replace the seats of one category's panel (None: the seats for every category) in
        the round, keeping the other categories' seats. Returns the round's panel."""
        judge_codes = [clean(j) for j in judge_codes if clean(j)]
        with self._uow() as uow:
            competition = _require_competition(uow)
            rnd = pick_round(competition, round_code)
            if category_code is not None and competition.category(category_code) is None:
                known = ", ".join(c.code for c in competition.categories) or "none"
                raise NotFound(f"no category with code {category_code!r} (categories: {known})")
            known_judges = {j.code for j in uow.core.judge_rows()}
            unknown = [j for j in judge_codes if j not in known_judges]
            if unknown:
                raise NotFound(f"no judge with code {', '.join(map(repr, unknown))}")
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

    # == blind judging ========================================================================
    def judge_view_of_entry(self, entry_code: str) -> EntryRow:
        """The entry as a judge sees it: anonymised when the competition is blind."""
        with self._uow() as uow:
            competition = _require_competition(uow)
            row = uow.core.entry(entry_code)
        if row is None:
            raise NotFound(f"no entry with code {entry_code!r}")
        return anonymise(row) if competition.blind else row

    def judge_entries(self, round_code: str, judge_code: str) -> list[EntryRow]:
        """The entries a judge is assigned in the round, as that judge sees them (anonymised
        when the competition is blind), by code; one unit of work for the whole list."""
        with self._uow() as uow:
            competition = _require_competition(uow)
            codes = set(uow.setup.assigned_entries(round_code, judge_code))
            rows = [r for r in uow.core.entry_rows() if r.code in codes]
        rows.sort(key=lambda r: r.code)
        return [anonymise(r) for r in rows] if competition.blind else rows

    # == entries ==============================================================================
    def add_entry(self, entry: Entry) -> EntryRow:
        """Create one entry; an empty code gets the next generated one (E001, E002…)."""
        entry = _clean_entry(entry)
        with self._uow() as uow:
            competition = _require_competition(uow)
            rows = uow.core.entry_rows()
            codes = {r.code for r in rows}
            if not entry.code:
                entry = replace(entry, code=next(imports.next_codes(codes)))
            self._check_entry(competition, entry, rows, original=None)
            uow.core.add_entries([entry])
            uow.core.audit(actor="organiser", action="entry.add", subject=entry.code)
            uow.commit()
            stored = uow.core.entry(entry.code)
        assert stored is not None
        return stored

    def edit_entry(self, code: str, entry: Entry) -> EntryRow:
        entry = _clean_entry(entry)
        with self._uow() as uow:
            competition = _require_competition(uow)
            rows = uow.core.entry_rows()
            if not any(r.code == code for r in rows):
                raise NotFound(f"no entry with code {code!r}")
            self._check_entry(competition, entry, rows, original=code)
            uow.core.update_entry(code, entry)
            uow.core.audit(actor="organiser", action="entry.edit", subject=code)
            uow.commit()
            stored = uow.core.entry(entry.code)
        assert stored is not None
        return stored

    def _check_entry(
        self, competition: Competition, entry: Entry, rows: list[EntryRow], *, original: str | None
    ) -> None:
        problems: list[Problem] = []
        if not entry.code:
            problems.append(Problem("code", "missing code", vi="Thiếu mã."))
        elif not imports.CODE_RE.match(entry.code):
            problems.append(
                Problem(
                    "code",
                    f"{entry.code!r}: letters, digits, . - _ / only",
                    vi=f"Mã “{entry.code}”: chỉ gồm chữ, số và . - _ /.",
                )
            )
        elif entry.code != original and any(r.code == entry.code for r in rows):
            problems.append(
                Problem(
                    "code",
                    f"duplicate: entry {entry.code} already exists",
                    vi=f"Đã có hồ sơ {entry.code}: hãy chọn mã khác.",
                )
            )
        if not entry.title:
            problems.append(Problem("title", "missing title", vi="Chưa có tên hồ sơ."))
        if entry.category is not None and competition.category(entry.category) is None:
            problems.append(
                Problem(
                    "category",
                    f"unknown category {entry.category!r}",
                    vi=f"Không có lĩnh vực “{entry.category}”.",
                )
            )
        elif entry.category is None and competition.categories:
            problems.append(Problem("category", "missing category", vi="Hãy chọn lĩnh vực."))
        key = imports.duplicate_key(entry.title, entry.authors, entry.organisation)
        for r in rows:
            if (
                r.code != original
                and imports.duplicate_key(r.title, r.authors, r.organisation) == key
            ):
                problems.append(
                    Problem(
                        "",
                        f"duplicate: same title, authors and organisation as {r.code}",
                        vi=f"Hồ sơ {r.code} có cùng tên, tác giả và đơn vị: hồ sơ bị trùng.",
                    )
                )
                break
        if entry.status is not EntryStatus.ACTIVE and not entry.status_reason:
            problems.append(
                Problem(
                    "reason",
                    f"a reason is needed to mark it {entry.status.value}",
                    vi="Cần ghi lý do.",
                )
            )
        if problems:
            raise InputError(f"entry {entry.code or '(new)'}: not saved", problems)

    def set_entry_status(self, code: str, status: EntryStatus, reason: str = "") -> EntryRow:
        """Withdraw an entry or mark it ineligible (a reason is required), or make it active
        again. Its assignments stay (marks are kept); it is no longer assigned or ranked."""
        reason = clean(reason)
        if status is not EntryStatus.ACTIVE and not reason:
            raise InputError(f"entry {code}: a reason is needed to mark it {status.value}")
        with self._uow() as uow:
            row = uow.core.entry(code)
            if row is None:
                raise NotFound(f"no entry with code {code!r}")
            entry = replace(
                entry_from_row(row),
                status=status,
                status_reason=reason if status is not EntryStatus.ACTIVE else "",
            )
            uow.core.update_entry(code, entry)
            uow.core.audit(
                actor="organiser", action=f"entry.{status.value}", subject=code, detail=reason
            )
            uow.commit()
            stored = uow.core.entry(code)
        assert stored is not None
        return stored

    def delete_entry(self, code: str) -> DeletedEntry:
        """Delete an entry that no judge is assigned; returns what undo needs to restore it."""
        with self._uow() as uow:
            row = uow.core.entry(code)
            if row is None:
                raise NotFound(f"no entry with code {code!r}")
            if uow.setup.entry_has_marks(code):
                raise Conflict(f"entry {code} has marks; withdraw it instead of deleting it")
            attachments = tuple(
                uow.setup.attachment_data(a.id) for a in uow.setup.attachments(code)
            )
            conflicts = tuple(c for c in uow.setup.conflict_rows() if c.entry == code)
            components = tuple(c for c in uow.setup.component_values() if c.entry == code)
            uow.core.delete_entry(code)  # refuses an assigned entry
            uow.core.audit(actor="organiser", action="entry.delete", subject=code)
            uow.commit()
        return DeletedEntry(
            entry=entry_from_row(row),
            attachments=attachments,
            conflicts=conflicts,
            components=components,
        )

    def restore_entry(self, deleted: DeletedEntry) -> EntryRow:
        """Undo a deletion: the entry, its attachments, conflicts and components come back."""
        with self._uow() as uow:
            code = deleted.entry.code
            if code in uow.core.entry_codes():
                raise Conflict(f"entry {code} exists again; nothing to restore")
            uow.core.add_entries([deleted.entry])
            for a in deleted.attachments:
                uow.setup.add_attachment(code, a.filename, a.media_type, a.data)
            uow.setup.add_conflicts((c.judge, c.entry, c.reason) for c in deleted.conflicts)
            uow.setup.set_component_values(
                (c.round, c.entry, c.component, Decimal(c.value)) for c in deleted.components
            )
            uow.core.audit(actor="organiser", action="entry.restore", subject=code)
            uow.commit()
            stored = uow.core.entry(code)
        assert stored is not None
        return stored

    # == attachments ==========================================================================
    def attachments(self, entry_code: str) -> list[AttachmentInfo]:
        with self._uow() as uow:
            return uow.setup.attachments(entry_code)

    def add_attachment(self, entry_code: str, path: Path) -> AttachmentInfo:
        """Store a PDF or image inside the database."""
        media_type = mimetypes.guess_type(path.name)[0] or ""
        if media_type not in ATTACHMENT_TYPES:
            raise InputError(f"{path.name}: only PDF files and images can be attached")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path.name}: cannot be read ({exc.strerror})") from None
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise InputError(f"{path.name}: larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
        if media_type == "application/pdf" and not data.startswith(b"%PDF"):
            raise InputError(f"{path.name}: not a PDF file")
        with self._uow() as uow:
            info = uow.setup.add_attachment(entry_code, clean(path.name), media_type, data)
            uow.core.audit(
                actor="organiser", action="attachment.add", subject=entry_code, detail=path.name
            )
            uow.commit()
        return info

    def attachment_data(self, attachment_id: str) -> AttachmentData:
        with self._uow() as uow:
            return uow.setup.attachment_data(attachment_id)

    def remove_attachment(self, attachment_id: str) -> None:
        with self._uow() as uow:
            data = uow.setup.attachment_data(attachment_id)
            uow.setup.delete_attachment(attachment_id)
            uow.core.audit(
                actor="organiser",
                action="attachment.remove",
                subject=data.entry,
                detail=data.filename,
            )
            uow.commit()

    # == judges ===============================================================================
    def add_judge(self, judge: Judge) -> JudgeRow:
        judge = _clean_judge(judge)
        with self._uow() as uow:
            _require_competition(uow)
            codes = {j.code for j in uow.core.judge_rows()}
            if not judge.code:
                judge = replace(judge, code=next(imports.next_codes(codes, "J", 2)))
            _check_judge(judge, codes - set())
            uow.core.add_judges([judge])
            uow.core.audit(actor="organiser", action="judge.add", subject=judge.code)
            uow.commit()
            return next(j for j in uow.core.judge_rows() if j.code == judge.code)

    def edit_judge(self, code: str, judge: Judge) -> JudgeRow:
        judge = _clean_judge(judge)
        with self._uow() as uow:
            codes = {j.code for j in uow.core.judge_rows()}
            if code not in codes:
                raise NotFound(f"no judge with code {code!r}")
            _check_judge(judge, codes - {code})
            uow.core.update_judge(code, judge)
            uow.core.audit(actor="organiser", action="judge.edit", subject=code)
            uow.commit()
            return next(j for j in uow.core.judge_rows() if j.code == judge.code)

    def set_pin(self, judge_code: str, pin: str | None) -> None:
        """Set (or with None clear) a judge's PIN: 4 to 12 digits, stored as a slow hash."""
        if pin is not None:
            pin = pin.strip()
            if not (pin.isdigit() and 4 <= len(pin) <= 12):
                raise InputError("a PIN is 4 to 12 digits")
        pin_hash = hash_pin(pin) if pin is not None else None
        with self._uow() as uow:
            uow.core.set_judge_pin_hash(judge_code, pin_hash)
            uow.core.audit(
                actor="organiser",
                action="judge.pin" if pin is not None else "judge.pin_clear",
                subject=judge_code,
            )
            uow.commit()

    # == imports ==============================================================================
    def read_table(self, path: Path) -> Table:
        """Read a spreadsheet (xlsx or csv) for the import dialog (nothing is stored)."""
        return imports.read_table(path)

    def _entry_context(self, uow: UnitOfWork) -> EntryContext:
        competition = _require_competition(uow)
        rows = uow.core.entry_rows()
        return EntryContext(
            categories=competition.categories,
            existing_codes=frozenset(r.code for r in rows),
            existing_keys={
                imports.duplicate_key(r.title, r.authors, r.organisation): r.code for r in rows
            },
        )

    def check_entries(
        self,
        table: Table,
        mapping: Mapping[str, int],
        *,
        skip: Iterable[int] = (),
        overrides: Mapping[tuple[int, str], str] | None = None,
    ) -> EntryCheck:
        """Check a mapped table against the database: what would be stored, every fault."""
        with self._uow() as uow:
            context = self._entry_context(uow)
        return imports.check_entries(table, mapping, context, skip=skip, overrides=overrides)

    def import_entries(
        self,
        table: Table,
        mapping: Mapping[str, int],
        *,
        skip: Iterable[int] = (),
        overrides: Mapping[tuple[int, str], str] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportOutcome:
        """Store every entry of the table, or none: any faulty row refuses the whole file.
        ``cancelled`` is asked just before the commit (Cancel in a progress dialog)."""
        imports.require_fields(
            mapping, ["title"], source=table.source, fields=imports.ENTRY_FIELDS, mappable=True
        )
        with self._uow() as uow:
            check = imports.check_entries(
                table, mapping, self._entry_context(uow), skip=skip, overrides=overrides
            )
            if not check.ok:
                raise _entries_refused(table.source, check)
            entries = [e for _, e in check.entries]
            uow.setup.insert_entries(entries)
            if cancelled is not None and cancelled():
                raise InputError(f"{table.source}: import cancelled; nothing was imported")
            uow.core.audit(
                actor="organiser",
                action="entries.import",
                subject=table.source,
                detail=f"{len(entries)} entries",
            )
            uow.commit()
        return ImportOutcome(
            what="entries", added=len(entries), codes=tuple(e.code for e in entries)
        )

    def import_entries_file(self, path: Path, map_file: Path | None = None) -> ImportOutcome:
        """``import-entries``: canonical headers (or recognised Vietnamese ones), or a map;
        the map's ``[category]`` table renames the categories the form spells its own way."""
        table = imports.read_table(path)
        column_map = imports.read_column_map(map_file) if map_file is not None else None
        mapping = self._entry_mapping(table, column_map, map_file.name if map_file else "")
        overrides = (
            imports.category_overrides(table, mapping, column_map.categories)
            if column_map is not None
            else {}
        )
        return self.import_entries(table, mapping, overrides=overrides)

    def entry_mapping(self, table: Table, map_file: Path | None = None) -> dict[str, int]:
        column_map = imports.read_column_map(map_file) if map_file is not None else None
        return self._entry_mapping(table, column_map, map_file.name if map_file else "")

    def _entry_mapping(
        self, table: Table, column_map: imports.ColumnMap | None, map_source: str
    ) -> dict[str, int]:
        if column_map is not None and column_map.names:
            mapping = imports.mapping_from_names(
                table.headers, column_map.names, imports.ENTRY_FIELDS, source=map_source
            )
        else:  # no map, or one with only a [category] table: the headers are recognised
            mapping = imports.guess_mapping(
                table.headers, imports.ENTRY_FIELDS, imports.ENTRY_HINTS
            )
        imports.require_fields(
            mapping, ["title"], source=table.source, fields=imports.ENTRY_FIELDS, mappable=True
        )
        return mapping

    def import_judges(self, path: Path) -> ImportOutcome:
        """``import-judges``: code,name,title,organisation,role (member, chair, trainee)."""
        table, mapping = imports.read_mapped(
            path, imports.JUDGE_FIELDS, ["name"], imports.JUDGE_HINTS
        )
        with self._uow() as uow:
            _require_competition(uow)
            existing = {j.code for j in uow.core.judge_rows()}
            judges, problems = imports.check_judges(table, mapping, existing)
            if problems:
                raise imports.refused(table.source, problems)
            uow.core.add_judges(judges)
            uow.core.audit(
                actor="organiser",
                action="judges.import",
                subject=table.source,
                detail=f"{len(judges)} judges",
            )
            uow.commit()
        return ImportOutcome(what="judges", added=len(judges), codes=tuple(j.code for j in judges))

    def import_conflicts(self, path: Path) -> ImportOutcome:
        """``import-conflicts``: judge,entry,reason."""
        table, mapping = imports.read_mapped(path, imports.CONFLICT_FIELDS, ["judge", "entry"])
        rows = [
            (n, ConflictRow(judge=v["judge"], entry=v["entry"], reason=v["reason"]))
            for n, v in imports.rows_of(table, mapping, imports.CONFLICT_FIELDS)
        ]
        return self._store_conflicts(rows, source=table.source)

    def import_assignments(self, path: Path) -> ImportOutcome:
        """``import-assignments``: round,judge,entry — fixed assignments from a file. A
        conflicted pair, an unknown code or an entry that is not active refuses the file."""
        table, mapping = imports.read_mapped(path, imports.ASSIGNMENT_FIELDS, ["judge", "entry"])
        with self._uow() as uow:
            competition = _require_competition(uow)
            judges = {j.code for j in uow.core.judge_rows()}
            entries = {e.code: e for e in uow.core.entry_rows()}
            conflicts = self._conflict_snapshot(uow)
            problems: list[Problem] = []
            by_round: dict[str, list[tuple[str, str]]] = {}
            seen: dict[tuple[str, str, str], int] = {}
            for number, v in imports.rows_of(table, mapping, imports.ASSIGNMENT_FIELDS):
                where = f"{table.source}, row {number}"
                try:
                    rnd = pick_round(competition, v["round"] or None)
                except InputError as exc:
                    problems.append(Problem(where, exc.message))
                    continue
                if not v["round"] and len(competition.rounds) > 1:
                    problems.append(Problem(where, "missing round (the competition has several)"))
                    continue
                judge, entry = v["judge"], v["entry"]
                if judge not in judges:
                    problems.append(
                        Problem(
                            where, f"unknown judge {judge!r}", vi=f"không có giám khảo {judge!r}"
                        )
                    )
                if entry not in entries:
                    problems.append(
                        Problem(where, f"unknown entry {entry!r}", vi=f"không có hồ sơ {entry!r}")
                    )
                if judge not in judges or entry not in entries:
                    continue
                if entries[entry].status is not EntryStatus.ACTIVE:
                    problems.append(
                        Problem(where, f"entry {entry} is {entries[entry].status.value}")
                    )
                    continue
                reason = conflicts.reason(judge, entry)
                if reason:
                    problems.append(
                        Problem(
                            where,
                            f"judge {judge} may not judge entry {entry}: {reason}",
                            vi=f"giám khảo {judge} không được chấm hồ sơ {entry}: {reason}",
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

    def import_components(self, path: Path) -> ImportOutcome:
        """``import-components``: round,entry,component,value (exact decimals)."""
        table, mapping = imports.read_mapped(
            path, imports.COMPONENT_FIELDS, ["entry", "component", "value"]
        )
        with self._uow() as uow:
            competition = _require_competition(uow)
            entries = uow.core.entry_codes()
            problems: list[Problem] = []
            values: list[tuple[str, str, str, Decimal]] = []
            seen: dict[tuple[str, str, str], int] = {}
            for number, v in imports.rows_of(table, mapping, imports.COMPONENT_FIELDS):
                where = f"{table.source}, row {number}"
                if not v["round"] and len(competition.rounds) > 1:
                    problems.append(Problem(where, "missing round (the competition has several)"))
                    continue
                try:
                    rnd = pick_round(competition, v["round"] or None)
                except InputError as exc:
                    problems.append(Problem(where, exc.message))
                    continue
                if v["entry"] not in entries:
                    problems.append(Problem(where, f"unknown entry {v['entry']!r}"))
                if not any(c.code == v["component"] for c in rnd.components):
                    known = ", ".join(c.code for c in rnd.components) or "none"
                    problems.append(
                        Problem(
                            where,
                            f"unknown component {v['component']!r} in round {rnd.code} "
                            f"(components: {known})",
                        )
                    )
                try:
                    value = parse_decimal(v["value"], what="value")
                except InputError as exc:
                    problems.append(Problem(where, exc.message))
                    continue
                if value < 0:
                    problems.append(Problem(where, f"value {v['value']}: must not be negative"))
                    continue
                key = (rnd.code, v["entry"], v["component"])
                if key in seen:
                    problems.append(Problem(where, f"the same value is also on row {seen[key]}"))
                    continue
                seen[key] = number
                values.append((*key, value))
            if problems:
                raise imports.refused(table.source, problems)
            stored = uow.setup.set_component_values(values)
            uow.core.audit(
                actor="organiser",
                action="components.import",
                subject=table.source,
                detail=f"{stored} values",
            )
            uow.commit()
        return ImportOutcome(what="components", added=stored)

    def component_values(self, round_code: str | None = None) -> list[ComponentValueRow]:
        with self._uow() as uow:
            return uow.setup.component_values(round_code)


def _clean_judge(judge: Judge) -> Judge:
    return replace(
        judge,
        code=clean(judge.code),
        name=clean(judge.name),
        title=clean(judge.title),
        organisation=clean(judge.organisation),
    )


def _check_judge(judge: Judge, other_codes: set[str]) -> None:
    problems = []
    if not judge.code or not imports.CODE_RE.match(judge.code):
        problems.append(
            Problem(
                "code",
                f"{judge.code!r}: letters, digits, . - _ / only",
                vi=f"Mã “{judge.code}”: chỉ gồm chữ, số và . - _ /.",
            )
        )
    elif judge.code in other_codes:
        problems.append(
            Problem(
                "code",
                f"duplicate: judge {judge.code} already exists",
                vi=f"Đã có giám khảo {judge.code}: hãy chọn mã khác.",
            )
        )
    if not judge.name:
        problems.append(Problem("name", "missing name", vi="Chưa có họ tên."))
    if problems:
        raise InputError(f"judge {judge.code or '(new)'}: not saved", problems)


def _entries_refused(source: str, check: EntryCheck) -> InputError:
    """The refusal of an entries file. Where several rows name an unknown category, the list of
    categories is said once, above the rows, not repeated on each of them."""
    rows = len({p.row for p in check.problems})
    message = f"{source}: {rows} faulty row(s); nothing was imported"
    vi = f"{source}: {rows} dòng lỗi; chưa nhập gì"
    unknown = [p for p in check.problems if p.kind == "unknown_category"]
    if len(unknown) < 2:
        return InputError(message, check.as_problems(source), vi=vi)
    known = dict(unknown[0].args).get("known", "")
    problems = [
        Problem(
            f"{source}, row {p.row}",
            f"unknown category {dict(p.args)['category']!r}",
            vi=f"không có lĩnh vực “{dict(p.args)['category']}”",
        )
        if p.kind == "unknown_category"
        else Problem(f"{source}, row {p.row}", p.message, vi=p.vi)
        for p in check.problems
    ]
    return InputError(
        f"{message}; the categories are: {known}", problems, vi=f"{vi}; các lĩnh vực: {known}"
    )
