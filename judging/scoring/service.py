"""Scoring use cases: marks typed or imported, sheets, submission, versions (issue 5).

Each method is one user action in one unit of work. A typed mark is committed the moment it
is accepted (one call, one transaction); every change is a new version, so undo is a new
version that restores the old value, never a deletion of history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from judging.audit import seal_detail, sheet_digest
from judging.changes import Area, changes
from judging.collector import collector_paused
from judging.errors import Conflict, InputError, NotFound, Problem
from judging.lookup import WhenOmitted, find_round, require_competition
from judging.model import Competition, Criterion, Round, RoundStatus
from judging.ports import UnitOfWork, UnitOfWorkFactory
from judging.problems import ROUND_STATUS_TERMS
from judging.problems import ProblemCode as P
from judging.scoring import marks_csv, marks_import
from judging.scoring.marks_import import AcceptedMark, MarksContext, RoundMarks, same_value
from judging.scoring.model import (
    CriterionRef,
    EntryDetails,
    ImportReport,
    JudgeLogin,
    JudgeProgress,
    JudgeSheets,
    MarkRecord,
    MarkSaved,
    MarkVersion,
    MarkView,
    MarkWrite,
    Origin,
    PaperSheetResult,
    PrintCriterion,
    PrintPack,
    PrintSheet,
    SheetRef,
    SheetState,
    SheetSummary,
    SheetView,
    SheetWrite,
    StoredMark,
)
from judging.scoring.ports import ChangeCounter
from judging.scoring.rules import mark_problem, missing_criteria, weighted_total
from judging.setup.blind import mask_names
from judging.setup.pins import (
    ORGANISER_ACCOUNT,
    PASSWORD_MIN_LENGTH,
    Attempts,
    check_new_password,
    check_secret,
    hash_pin,
    judge_account,
    refuse_wrong,
    verify_pin,
)
from judging.text import clean, nfc

ORGANISER_PASSWORD_KEY = "organiser_password_hash"
_EDITABLE = (SheetState.NOT_STARTED, SheetState.IN_PROGRESS)


def anonymise(details: EntryDetails) -> EntryDetails:
    """What a judge sees of an entry in blind judging: no authors, no organisation, and their
    names masked in the title and summary (judging.setup.blind)."""
    names = [*details.authors, details.organisation]
    return replace(
        details,
        title=mask_names(details.title, names),
        summary=mask_names(details.summary, names),
        authors=(),
        organisation="",
        anonymised=True,
    )


def _require_sheet(uow: UnitOfWork, round_code: str, judge_code: str, entry_code: str) -> SheetRef:
    ref = uow.scoring.find_sheet(round_code, judge_code, entry_code)
    if ref is None:
        raise _not_assigned(round_code, judge_code, entry_code)
    return ref


def _not_assigned(round_code: str, judge_code: str, entry_code: str) -> NotFound:
    return NotFound(P.SHEET_NOT_ASSIGNED, entry=entry_code, judge=judge_code, round=round_code)


def _require_open_round(ref: SheetRef) -> None:
    if ref.round_status is not RoundStatus.OPEN:
        raise Conflict(
            P.ROUND_NOT_OPEN,
            round=ref.round_code,
            status=ROUND_STATUS_TERMS[ref.round_status],
        )


def _require_editable(ref: SheetRef) -> None:
    _require_open_round(ref)
    if ref.state is SheetState.SUBMITTED:
        raise Conflict(P.SHEET_SUBMITTED, sheet=ref.label)
    if ref.state is SheetState.RECUSED:
        raise Conflict(P.SHEET_RECUSED, sheet=ref.label)


def _criterion_ref(criteria: Sequence[CriterionRef], code: str, round_code: str) -> CriterionRef:
    found = next((c for c in criteria if c.criterion.code == code), None)
    if found is None:
        raise NotFound(P.CRITERION_NOT_FOUND, code=code, round=round_code)
    return found


def _check_value(criterion: Criterion, value: Decimal | None) -> None:
    if value is None:
        return
    problem = mark_problem(criterion, value)
    if problem is not None:
        raise InputError(P.MARK_FOR_CRITERION, criterion=criterion.code, problem=problem)


class ScoringService:
    password_min_length = PASSWORD_MIN_LENGTH  # for the app's own early check

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- judge mode ------------------------------------------------------------------------------
    @changes(Area.NONE)
    def login(self, judge_code: str, pin: str) -> JudgeLogin:
        """Check a judge's PIN; ``InputError`` when it is wrong or none is set, ``Conflict`` while
        the judge must wait after wrong PINs or is locked (judging.setup.pins)."""
        with self._uow() as uow:
            judge = next((j for j in uow.core.judge_rows() if j.code == judge_code), None)
            if judge is None:
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            stored = uow.core.judge_pin_hash(judge_code)
            if stored is None:
                raise InputError(P.JUDGE_NO_PIN, code=judge_code)
            failed = check_secret(
                uow,
                judge_account(judge.code),
                lambda: verify_pin(pin, stored),
                judge_code=judge.code,
            )
            if failed is not None:
                raise refuse_wrong(failed, judge_code=judge.code, wrong=P.PIN_WRONG)
            uow.commit()
        return JudgeLogin(code=judge.code, name=judge.name, title=judge.title, role=judge.role)

    def has_organiser_password(self) -> bool:
        with self._uow(read_only=True) as uow:
            return uow.scoring.setting(ORGANISER_PASSWORD_KEY) is not None

    @changes(Area.NONE)
    def check_organiser_password(self, password: str) -> bool:
        """True when it matches, or when no password is set (then leaving needs none). A wrong
        one is counted; while the wait after wrong ones lasts, ``Conflict`` says how long."""
        with self._uow() as uow:
            stored = uow.scoring.setting(ORGANISER_PASSWORD_KEY)
            if stored is None:
                return True
            failed = check_secret(
                uow, ORGANISER_ACCOUNT, lambda: verify_pin(password, stored), judge_code=None
            )
            uow.commit()
            return failed is None

    @changes(Area.NONE)
    def set_organiser_password(
        self,
        password: str,
        *,
        current: str | None = None,
        reset: bool = False,
        actor: str = "organiser",
    ) -> None:
        """Set (or, with an empty password, remove) the organiser's password: at least
        ``PASSWORD_MIN_LENGTH`` characters. Where one is set, ``current`` must match it
        (wrong ones count as for leaving judge mode), unless ``reset``: then it is replaced
        without it, and the reset is audited as such."""
        if password:
            check_new_password(password)
        with self._uow() as uow:
            stored = uow.scoring.setting(ORGANISER_PASSWORD_KEY)
            if stored is not None and not reset:
                if current is None:
                    raise InputError(P.PASSWORD_CURRENT_NEEDED)
                failed = check_secret(
                    uow, ORGANISER_ACCOUNT, lambda: verify_pin(current, stored), judge_code=None
                )
                if failed is not None:
                    raise refuse_wrong(failed, judge_code=None, wrong=P.PASSWORD_WRONG)
            uow.scoring.set_setting(
                ORGANISER_PASSWORD_KEY, hash_pin(password) if password else None
            )
            uow.access.store_attempts(ORGANISER_ACCOUNT, Attempts())
            if reset and stored is not None:
                action = (
                    "organiser_password.reset" if password else "organiser_password.reset_clear"
                )
            else:
                action = "organiser_password.set" if password else "organiser_password.clear"
            uow.core.audit(actor=actor, action=action, subject="")
            uow.commit()

    def judge_sheets(self, round_code: str | None, judge_code: str) -> JudgeSheets:
        with self._uow(read_only=True) as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            judge = next((j for j in uow.core.judge_rows() if j.code == judge_code), None)
            if judge is None:
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            sheets = tuple(uow.scoring.sheet_summaries(rnd.code, judge_code))
            if competition.blind:
                masked = []
                for s in sheets:
                    details = uow.scoring.entry_details(s.entry_code)
                    assert details is not None
                    masked.append(replace(s, entry_title=anonymise(details).title))
                sheets = tuple(masked)
            return JudgeSheets(
                round_code=rnd.code,
                round_name=rnd.name,
                judge_code=judge.code,
                judge_name=judge.name,
                sheets=sheets,
            )

    def sheet(self, round_code: str, judge_code: str, entry_code: str) -> SheetView:
        with self._uow(read_only=True) as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            ref = _require_sheet(uow, rnd.code, judge_code, entry_code)
            details = uow.scoring.entry_details(entry_code)
            assert details is not None  # the assignment names it
            if competition.blind:
                details = anonymise(details)
            stored = uow.scoring.marks(ref.assignment_id)
            comment, reason = uow.scoring.sheet_texts(ref.assignment_id)
            return SheetView(
                round_code=rnd.code,
                round_name=rnd.name,
                round_status=ref.round_status,
                judge_code=judge_code,
                entry=details,
                criteria=rnd.criteria,
                marks=tuple(
                    MarkView(m.criterion_code, m.value, m.comment, m.version, m.origin)
                    for m in stored.values()
                ),
                state=ref.state,
                comment=comment,
                recusal_reason=reason,
                show_running_total=competition.show_running_total,
            )

    # -- marks -----------------------------------------------------------------------------------
    @changes(Area.MARKS)
    def set_mark(
        self,
        round_code: str,
        judge_code: str,
        entry_code: str,
        criterion_code: str,
        value: Decimal | None,
        *,
        origin: Origin = Origin.TYPED,
        actor: str | None = None,
    ) -> MarkSaved:
        """Commit one mark (None clears it). Equal to what is stored: nothing is written."""
        with self._uow() as uow:
            found = uow.scoring.sheet_and_mark(round_code, judge_code, entry_code, criterion_code)
            if found is None:
                raise _not_assigned(round_code, judge_code, entry_code)
            ref, criterion_ref, previous = found
            _require_editable(ref)
            if criterion_ref is None:
                raise NotFound(P.CRITERION_NOT_FOUND, code=criterion_code, round=round_code)
            _check_value(criterion_ref.criterion, value)
            old = previous.value if previous else None
            if same_value(old, value):
                return MarkSaved(
                    criterion_code,
                    old,
                    value,
                    previous.version if previous else 0,
                    False,
                    ref.state,
                )
            now = uow.core.now()
            version = uow.scoring.write_mark(
                ref.assignment_id,
                criterion_ref.id,
                previous,
                value=value,
                comment=previous.comment if previous else "",
                origin=origin,
                actor=actor or judge_code,
                at=now,
            )
            state = ref.state
            if state is SheetState.NOT_STARTED:
                state = SheetState.IN_PROGRESS
                uow.scoring.save_sheet(ref.assignment_id, state=state, at=now)
            uow.commit()
        return MarkSaved(criterion_code, old, value, version, True, state)

    @changes(Area.MARKS)
    def set_mark_comment(
        self,
        round_code: str,
        judge_code: str,
        entry_code: str,
        criterion_code: str,
        comment: str,
        *,
        actor: str | None = None,
    ) -> bool:
        """Store a criterion's comment (a new version with the same value); False if equal."""
        comment = nfc(comment.strip())
        with self._uow() as uow:
            ref = _require_sheet(uow, round_code, judge_code, entry_code)
            _require_editable(ref)
            criterion_ref = _criterion_ref(
                uow.scoring.round_criteria(round_code), criterion_code, round_code
            )
            previous = uow.scoring.marks(ref.assignment_id).get(criterion_code)
            if (previous.comment if previous else "") == comment:
                return False
            now = uow.core.now()
            uow.scoring.write_mark(
                ref.assignment_id,
                criterion_ref.id,
                previous,
                value=previous.value if previous else None,
                comment=comment,
                origin=previous.origin if previous else Origin.TYPED,
                actor=actor or judge_code,
                at=now,
            )
            if ref.state is SheetState.NOT_STARTED:
                uow.scoring.save_sheet(ref.assignment_id, state=SheetState.IN_PROGRESS, at=now)
            uow.core.audit(
                actor=actor or judge_code,
                action="mark.comment",
                subject=f"{ref.label}/{criterion_code}",
                detail=comment,
            )
            uow.commit()
        return True

    @changes(Area.MARKS)
    def set_sheet_comment(
        self, round_code: str, judge_code: str, entry_code: str, comment: str
    ) -> bool:
        comment = nfc(comment.strip())
        with self._uow() as uow:
            ref = _require_sheet(uow, round_code, judge_code, entry_code)
            _require_editable(ref)
            if uow.scoring.sheet_texts(ref.assignment_id)[0] == comment:
                return False
            state = SheetState.IN_PROGRESS if ref.state is SheetState.NOT_STARTED else ref.state
            uow.scoring.save_sheet(
                ref.assignment_id, state=state, at=uow.core.now(), comment=comment
            )
            uow.core.audit(
                actor=judge_code, action="sheet.comment", subject=ref.label, detail=comment
            )
            uow.commit()
        return True

    def mark_history(
        self, round_code: str, judge_code: str, entry_code: str, criterion_code: str
    ) -> list[MarkVersion]:
        with self._uow(read_only=True) as uow:
            ref = _require_sheet(uow, round_code, judge_code, entry_code)
            return list(uow.scoring.mark_history(ref.assignment_id, criterion_code))

    # -- sheets ----------------------------------------------------------------------------------
    @changes(Area.MARKS)
    def submit(
        self, round_code: str, judge_code: str, entry_code: str, *, actor: str | None = None
    ) -> SheetState:
        """Lock a complete sheet; it then counts in the ranking."""
        with self._uow() as uow:
            ref = _require_sheet(uow, round_code, judge_code, entry_code)
            _require_editable(ref)
            criteria = [c.criterion for c in uow.scoring.round_criteria(round_code)]
            stored = uow.scoring.marks(ref.assignment_id)
            missing = missing_criteria(criteria, {k: m.value for k, m in stored.items()})
            if missing:
                raise InputError(P.SHEET_INCOMPLETE, sheet=ref.label, missing=", ".join(missing))
            now = uow.core.now()
            uow.scoring.save_sheet(
                ref.assignment_id, state=SheetState.SUBMITTED, at=now, submitted_at=now
            )
            _audit_submission(uow, ref, actor or judge_code)
            uow.commit()
        return SheetState.SUBMITTED

    @changes(Area.MARKS)
    def recuse(
        self,
        round_code: str,
        judge_code: str,
        entry_code: str,
        reason: str,
        *,
        actor: str | None = None,
    ) -> SheetState:
        """The judge declares a conflict of interest: the sheet is excluded, with the reason."""
        reason = clean(reason)
        if not reason:
            raise InputError(P.SHEET_RECUSE_REASON_MISSING)
        with self._uow() as uow:
            ref = _require_sheet(uow, round_code, judge_code, entry_code)
            _require_editable(ref)
            uow.scoring.save_sheet(
                ref.assignment_id,
                state=SheetState.RECUSED,
                at=uow.core.now(),
                recusal_reason=reason,
            )
            uow.core.audit(
                actor=actor or judge_code, action="sheet.recuse", subject=ref.label, detail=reason
            )
            uow.commit()
        return SheetState.RECUSED

    @changes(Area.MARKS)
    def reopen(
        self,
        round_code: str,
        judge_code: str,
        entry_code: str,
        reason: str,
        *,
        actor: str = "organiser",
    ) -> SheetState:
        """The organiser reopens a submitted (or recused) sheet; the reason goes to the audit log."""
        reason = clean(reason)
        if not reason:
            raise InputError(P.SHEET_REOPEN_REASON_MISSING)
        with self._uow() as uow:
            ref = _require_sheet(uow, round_code, judge_code, entry_code)
            _require_open_round(ref)
            if ref.state not in (SheetState.SUBMITTED, SheetState.RECUSED):
                raise Conflict(P.SHEET_NOTHING_TO_REOPEN, sheet=ref.label)
            uow.scoring.save_sheet(
                ref.assignment_id,
                state=SheetState.IN_PROGRESS,
                at=uow.core.now(),
                recusal_reason="",
            )
            uow.core.audit(
                actor=actor,
                action="sheet.reopen",
                subject=ref.label,
                detail=f"was {ref.state.value}: {reason}",
            )
            uow.commit()
        return SheetState.IN_PROGRESS

    # -- the organiser's view ------------------------------------------------------------------
    def progress(self, round_code: str | None) -> list[JudgeProgress]:
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.ONLY_ROUND
            )
            return list(uow.scoring.judge_progress(rnd.code))

    def data_version(self) -> int | None:
        """A cheap number that moves when the database was written by another connection
        (another program on the same file, an import, this program's own other actions);
        None when storage cannot tell. Comparing it is how a screen knows to reload."""
        factory = self._uow
        return factory.data_version() if isinstance(factory, ChangeCounter) else None

    def round_sheets(self, round_code: str | None) -> list[SheetSummary]:
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.ONLY_ROUND
            )
            return list(uow.scoring.sheet_summaries(rnd.code))

    # -- paper -----------------------------------------------------------------------------------
    def print_pack(self, round_code: str | None, judge_code: str, *, filled: bool) -> PrintPack:
        """What a judge's score sheets show on paper: blank, or filled with the stored marks."""
        with self._uow(read_only=True) as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            return _print_pack(uow, competition, rnd, judge_code, filled=filled)

    def print_packs(self, round_code: str | None, *, filled: bool) -> tuple[PrintPack, ...]:
        """The score sheets of every judge with entries in the round, in the order of the
        judges' codes (one pack a judge)."""
        with self._uow(read_only=True) as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            codes = sorted({s.judge_code for s in uow.scoring.sheet_summaries(rnd.code)})
            return tuple(_print_pack(uow, competition, rnd, code, filled=filled) for code in codes)

    @changes(Area.MARKS)
    def enter_paper_sheets(
        self,
        round_code: str,
        judge_code: str,
        marks: Mapping[str, Mapping[str, Decimal | None]],
        *,
        actor: str = "secretary",
        submit_complete: bool = True,
    ) -> PaperSheetResult:
        """Commit a judge's paper sheets typed in the secretary's grid, in one transaction:
        entry code → criterion code → mark (None: left blank). Complete sheets are submitted
        (a signed paper sheet is final). Every faulty cell is named; nothing is stored then."""
        return self.enter_sheets(
            round_code,
            judge_code,
            marks,
            origin=Origin.PAPER,
            actor=actor,
            submit_complete=submit_complete,
        )

    @changes(Area.MARKS)
    def enter_sheets(
        self,
        round_code: str,
        judge_code: str,
        marks: Mapping[str, Mapping[str, Decimal | None]],
        *,
        origin: Origin,
        actor: str,
        submit_complete: bool,
    ) -> PaperSheetResult:
        """Several of a judge's sheets in one transaction (see ``enter_paper_sheets``)."""
        with self._uow() as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            if rnd.status is not RoundStatus.OPEN:
                raise Conflict(
                    P.ROUND_NOT_OPEN, round=rnd.code, status=ROUND_STATUS_TERMS[rnd.status]
                )
            crefs = {c.criterion.code: c for c in uow.scoring.round_criteria(rnd.code)}
            problems: list[Problem] = []
            refs: dict[str, SheetRef] = {}
            for entry_code, row in marks.items():
                ref = uow.scoring.find_sheet(rnd.code, judge_code, entry_code)
                if ref is None:
                    problems.append(Problem.of(entry_code, P.PAPER_NOT_ASSIGNED, judge=judge_code))
                    continue
                refs[entry_code] = ref
                for code, value in row.items():
                    if code not in crefs:
                        problems.append(
                            Problem.of(f"{entry_code}/{code}", P.PAPER_NO_SUCH_CRITERION)
                        )
                    elif value is not None and (p := mark_problem(crefs[code].criterion, value)):
                        problems.append(Problem.saying(f"{entry_code}/{code}", p))
            if problems:
                raise InputError(P.PAPER_NOT_SAVED, problems)
            changed = unchanged = 0
            submitted: list[str] = []
            now = uow.core.now()
            for entry_code, row in marks.items():
                ref = refs[entry_code]
                stored = uow.scoring.marks(ref.assignment_id)
                differs = [
                    code
                    for code, value in row.items()
                    if not same_value(stored[code].value if code in stored else None, value)
                ]
                unchanged += len(row) - len(differs)
                if differs:
                    _require_editable(ref)
                for code in differs:
                    previous = stored.get(code)
                    uow.scoring.write_mark(
                        ref.assignment_id,
                        crefs[code].id,
                        previous,
                        value=row[code],
                        comment=previous.comment if previous else "",
                        origin=origin,
                        actor=actor,
                        at=now,
                    )
                    changed += 1
                values = {k: m.value for k, m in stored.items()} | dict(row)
                complete = not missing_criteria(rnd.criteria, values)
                if ref.state in _EDITABLE and (differs or complete):
                    state = (
                        SheetState.SUBMITTED
                        if complete and submit_complete
                        else SheetState.IN_PROGRESS
                    )
                    uow.scoring.save_sheet(
                        ref.assignment_id,
                        state=state,
                        at=now,
                        submitted_at=now if state is SheetState.SUBMITTED else None,
                    )
                    if state is SheetState.SUBMITTED:
                        submitted.append(entry_code)
                        _audit_submission(uow, ref, actor)
            uow.core.audit(
                actor=actor,
                action=f"marks.{origin.value}",
                subject=f"{rnd.code}/{judge_code}",
                detail=f"{changed} changed, {len(submitted)} sheets submitted",
            )
            uow.commit()
        return PaperSheetResult(changed=changed, unchanged=unchanged, submitted=tuple(submitted))

    # -- marks CSV -------------------------------------------------------------------------------
    @changes(Area.MARKS)
    def import_marks(self, data: bytes, *, source: str, actor: str = "organiser") -> ImportReport:
        """Take in a marks CSV, all or nothing; the same file twice changes nothing.

        Every faulty row is named. Imported marks have origin ``file`` and their sheets become
        submitted (they count)."""
        with collector_paused():
            return self._import_marks(data, source=source, actor=actor)

    def _import_marks(self, data: bytes, *, source: str, actor: str) -> ImportReport:
        lines = marks_csv.read_marks(data, source)
        with self._uow() as uow:
            context = _marks_context(uow, lines)
            accepted, problems = marks_import.check_rows(lines, context, source)
            if problems:
                raise InputError(P.MARKS_FILE_REFUSED, problems, source=source)
            now = uow.core.now()
            changed, unchanged, touched, written = _write_marks(uow, context, accepted, actor, now)
            submitted, incomplete = _submit_sheets(uow, context, touched, written, now)
            if changed or submitted:
                uow.core.audit(
                    actor=actor,
                    action="marks.import",
                    subject=source,
                    detail=f"{len(lines)} rows, {changed} changed, {submitted} sheets submitted"
                    f", file sha256 {hashlib.sha256(data).hexdigest()}",
                )
                uow.commit()
        return ImportReport(
            rows=len(lines),
            changed=changed,
            unchanged=unchanged,
            sheets_submitted=submitted,
            incomplete=tuple(sorted(incomplete)),
        )

    def export_marks(
        self, round_code: str | None = None, *, include_drafts: bool = False
    ) -> list[MarkRecord]:
        """Submitted marks (and, on request, those of sheets in progress) in a stable order."""
        states = [SheetState.SUBMITTED]
        if include_drafts:
            states.append(SheetState.IN_PROGRESS)
        with self._uow(read_only=True) as uow:
            competition = require_competition(uow)
            if round_code is not None:
                find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            return list(uow.scoring.mark_records(round_code, states))


def _audit_submission(uow: UnitOfWork, ref: SheetRef, actor: str) -> None:
    """A sheet submitted: its event carries the digest of the sheet's marks and words as they
    are stored now, so the audit chain vouches for them without an event per typed mark."""
    marks = uow.scoring.marks(ref.assignment_id)
    comment = uow.scoring.sheet_texts(ref.assignment_id)[0]
    digest = sheet_digest({k: (m.value, m.comment) for k, m in marks.items()}, comment)
    uow.core.audit(
        actor=actor, action="sheet.submit", subject=ref.label, detail=seal_detail(digest)
    )


def _print_pack(
    uow: UnitOfWork, competition: Competition, rnd: Round, judge_code: str, *, filled: bool
) -> PrintPack:
    judge = next((j for j in uow.core.judge_rows() if j.code == judge_code), None)
    if judge is None:
        raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
    sheets: list[PrintSheet] = []
    for summary in uow.scoring.sheet_summaries(rnd.code, judge_code):
        details = uow.scoring.entry_details(summary.entry_code)
        assert details is not None
        if competition.blind:
            details = anonymise(details)
        stored: dict[str, StoredMark] = {}
        comment = ""
        if filled:
            ref = _require_sheet(uow, rnd.code, judge_code, summary.entry_code)
            stored = uow.scoring.marks(ref.assignment_id)
            comment = uow.scoring.sheet_texts(ref.assignment_id)[0]
        values = {k: m.value for k, m in stored.items()}
        sheets.append(
            PrintSheet(
                entry=details,
                criteria=tuple(
                    PrintCriterion(
                        c,
                        values.get(c.code),
                        stored[c.code].comment if c.code in stored else "",
                    )
                    for c in rnd.criteria
                ),
                comment=comment,
                total=weighted_total(rnd.criteria, values) if filled else None,
                state=summary.state,
            )
        )
    return PrintPack(
        competition_name=competition.name,
        organiser=competition.organiser,
        round_name=rnd.name,
        judge_name=judge.name,
        judge_title=judge.title,
        filled=filled,
        # the most a sheet's (weighted) total can be, as the running total counts it
        jury_max=sum((c.max * c.weight for c in rnd.criteria), Decimal(0)),
        sheets=tuple(sheets),
        judge_code=judge.code,
    )


def _marks_context(uow: UnitOfWork, lines: Sequence[marks_csv.MarkLine]) -> MarksContext:
    """What a marks file's rows are checked against, with the rounds it names loaded."""
    competition = require_competition(uow)
    round_codes = [r.code for r in competition.rounds]
    rounds: dict[str, RoundMarks] = {}
    for code in marks_import.rounds_named(lines, round_codes):
        rounds[code] = RoundMarks(
            round=competition.rounds[round_codes.index(code)],
            criteria={c.criterion.code: c for c in uow.scoring.round_criteria(code)},
            sheets={(s.judge_code, s.entry_code): s for s in uow.scoring.round_sheets(code)},
            stored=uow.scoring.round_marks(code),
        )
    return MarksContext(
        round_codes=round_codes,
        rounds=rounds,
        judges=frozenset(j.code for j in uow.core.judge_rows()),
        entries=frozenset(uow.core.entry_codes()),
    )


def _write_marks(
    uow: UnitOfWork,
    context: MarksContext,
    accepted: Sequence[AcceptedMark],
    actor: str,
    now: datetime,
) -> tuple[int, int, dict[int, SheetRef], dict[int, dict[str, Decimal | None]]]:
    """Store the accepted marks that differ from what is stored (origin ``file``), set-based
    (one ``write_marks``): how many changed, how many were already so, the sheets they are on
    (by assignment id) and the new values written (assignment id → criterion code → value)."""
    unchanged = 0
    touched: dict[int, SheetRef] = {}
    written: dict[int, dict[str, Decimal | None]] = {}
    writes: list[MarkWrite] = []
    for mark in accepted:
        ref, criterion_ref, value, comment = mark.sheet, mark.criterion, mark.value, mark.comment
        code = criterion_ref.criterion.code
        old = context.rounds[ref.round_code].stored.get(ref.assignment_id, {}).get(code)
        touched[ref.assignment_id] = ref
        if (
            old is not None
            and same_value(old.value, value)
            and (not comment or old.comment == comment)
        ):
            unchanged += 1
            continue
        comment = comment or (old.comment if old else "")
        writes.append(
            MarkWrite(ref.assignment_id, criterion_ref.id, old, value, comment, Origin.FILE)
        )
        written.setdefault(ref.assignment_id, {})[code] = value
    uow.scoring.write_marks(writes, actor=actor, at=now)
    return len(writes), unchanged, touched, written


def _submit_sheets(
    uow: UnitOfWork,
    context: MarksContext,
    touched: Mapping[int, SheetRef],
    written: Mapping[int, Mapping[str, Decimal | None]],
    now: datetime,
) -> tuple[int, list[str]]:
    """Submit the sheets the file wrote to (set-based, one ``save_sheets``): how many were not
    yet submitted, and the labels of those still missing a criterion."""
    incomplete: list[str] = []
    submit: list[SheetWrite] = []
    for assignment_id, ref in touched.items():
        marks = context.rounds[ref.round_code]
        stored = marks.stored.get(assignment_id, {})
        values = {k: m.value for k, m in stored.items()} | dict(written.get(assignment_id, {}))
        if missing_criteria(marks.round.criteria, values):
            incomplete.append(ref.label)
        if ref.state is not SheetState.SUBMITTED:
            submit.append(SheetWrite(assignment_id, SheetState.SUBMITTED))
    uow.scoring.save_sheets(submit, at=now, submitted_at=now)
    return len(submit), incomplete
