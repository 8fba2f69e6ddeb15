"""Judge kits out, signed score files back (issue 11).

On the organiser's database: ``export_kit`` makes one judge's kit (creating the judge's
signing secret the first time), ``take_in`` verifies a score file and stores its marks.
On a judge's laptop: ``open_kit`` makes (or brings up to date) the local database from a kit,
``scorefile`` writes everything the judge did as a signed score file.
Each public method is one user action in one unit of work.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from judging.changes import Area, changes
from judging.collector import collector_paused
from judging.errors import Conflict, InputError, NotFound
from judging.kits import format as kitformat
from judging.kits.conflicts import (
    ConflictDecision,
    ConflictKey,
    ConflictsResolved,
    NewConflict,
    PendingConflict,
    Reason,
)
from judging.kits.format import (
    Kit,
    KitAttachment,
    KitEntry,
    KitJudge,
    ScoreFile,
    ScoreMark,
    ScoreSheet,
    ScoreVersion,
)
from judging.kits.local_definition import DefinitionUpdate, update_definition
from judging.kits.ports import KitRecord
from judging.kits.resolving import Resolver, pending_conflicts
from judging.lookup import WhenOmitted, find_round, require_competition
from judging.model import Competition, Criterion, Entry, Judge, Role, Round, RoundStatus
from judging.ports import UnitOfWork, UnitOfWorkFactory
from judging.problems import ROUND_STATUS_TERMS, Message
from judging.problems import ProblemCode as P
from judging.scoring.marks_import import same_value
from judging.scoring.model import (
    JudgeLogin,
    MarkWrite,
    Origin,
    SheetRef,
    SheetState,
    SheetWrite,
)
from judging.scoring.rules import mark_problem, missing_criteria
from judging.setup import definition
from judging.setup.blind import anonymise, mask_names
from judging.text import clean
from judging.textfiles import read_bytes, safe_name

# Settings of a database made from a kit (the judge's laptop).
KIT_ID = "kit.id"
KIT_SECRET = "kit.secret"
KIT_JUDGE = "kit.judge"
KIT_ROUND = "kit.round"
KIT_ISSUE = "kit.issue"
KIT_SEQUENCE = "kit.sequence"
_EDITABLE = (SheetState.NOT_STARTED, SheetState.IN_PROGRESS)


@dataclass(frozen=True)
class KitFile:
    judge_code: str
    round_code: str
    file_name: str  # suggested: "<competition>-<round>-<judge>.judgekit"
    data: bytes


@dataclass(frozen=True)
class OpenedKit:
    """What opening a kit did on the judge's laptop."""

    kit_id: str
    judge_code: str
    judge_name: str
    round_code: str
    created: bool  # a new local database
    entries_added: int  # entries a newer kit brought
    definition: DefinitionUpdate = field(default_factory=DefinitionUpdate)


@dataclass(frozen=True)
class ScoreFileWritten:
    """A score file written on the judge's laptop: its bytes and what it holds."""

    data: bytes
    judge_code: str
    sequence: int
    sheets: int  # sheets with anything in them
    submitted: int
    recused: int
    marks: int


@dataclass(frozen=True)
class MarkConflict:
    """A mark the score file would change but that was typed from paper (or is on a sheet
    already locked here): left as it is, kept pending for the organiser to resolve
    (``KitService.conflicts``, ``resolve_conflicts``)."""

    entry_code: str
    criterion_code: str  # "" for the whole sheet (reason "recused")
    stored: Decimal | None
    in_file: Decimal | None
    reason: str  # "paper", "locked", or "recused" (the file recuses; paper marks are here)


@dataclass(frozen=True)
class ScoreFileReport:
    source: str
    judge_code: str
    round_code: str
    sequence: int
    stale: bool  # the same file, or an older one than one taken in: nothing changed
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: tuple[MarkConflict, ...] = ()
    submitted: tuple[str, ...] = ()  # entry codes whose sheets became submitted
    recused: tuple[str, ...] = ()


def kit_round(competition: Competition, rnd: Round) -> Competition:
    """The competition as a kit carries it: only ``rnd`` (open), no prizes, no advancement."""
    return replace(
        competition,
        rounds=(replace(rnd, advance=None, status=RoundStatus.OPEN),),
        prizes=(),
    )


def kit_file_name(competition_code: str, round_code: str, judge_code: str) -> str:
    """The kit's file name, ``<competition>-<round>-<judge>.judgekit``: one plain name whatever
    the codes hold (a code may hold "/" or ".."; a path built from it stays in its folder)."""
    stem = f"{competition_code}-{round_code}-{judge_code}".replace("/", "-").replace("\\", "-")
    return safe_name(stem, fallback="bo-ho-so") + kitformat.KIT_SUFFIX


def read_kit_file(path: Path) -> Kit:
    """A kit file read from disk and checked (``InputError`` says why one is refused)."""
    data = read_bytes(path, source=str(path), limit=kitformat.MAX_KIT_BYTES)
    return kitformat.read_kit(data, path.name)


class KitService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- the organiser: kits out -----------------------------------------------------------------
    def kit_judges(self, round_code: str | None) -> list[str]:
        """The codes of the judges with entries in the round (whose kits ``--all`` writes);
        ``InputError`` when nobody has any."""
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.CURRENT_ROUND
            )
            judges = sorted({a.judge for a in uow.setup.assignment_rows(rnd.code)})
        if not judges:
            raise InputError(P.ROUND_NOTHING_ASSIGNED)
        return judges

    @changes(Area.NONE)
    def export_kit(self, round_code: str | None, judge_code: str) -> KitFile:
        """The judge's kit for the round; the first kit creates the judge's signing secret,
        each later one keeps it and counts one more issue."""
        with self._uow() as uow:
            competition = require_competition(uow)
            rnd = find_round(competition, round_code, when_omitted=WhenOmitted.CURRENT_ROUND)
            if rnd.status is not RoundStatus.OPEN:  # its marks could not be taken in
                raise Conflict(
                    P.ROUND_NOT_OPEN, round=rnd.code, status=ROUND_STATUS_TERMS[rnd.status]
                )
            judge = next((j for j in uow.core.judge_rows() if j.code == judge_code), None)
            if judge is None:
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            codes = set(uow.setup.assigned_entries(rnd.code, judge_code))
            if not codes:
                raise InputError(P.JUDGE_NOTHING_ASSIGNED, judge=judge_code)
            now = uow.core.now()
            record = uow.kits.kit_for(rnd.code, judge_code)
            if record is None:
                record = KitRecord(
                    kit_id=str(uuid.uuid4()),
                    round_code=rnd.code,
                    judge_code=judge_code,
                    secret=secrets.token_bytes(kitformat.SECRET_BYTES),
                    issue=0,
                    last_sequence=0,
                )
            record = replace(record, issue=record.issue + 1)
            entries, files = _kit_entries(uow, competition, sorted(codes))
            kit = Kit(
                kit_id=record.kit_id,
                issue=record.issue,
                issued_at=now.isoformat(timespec="seconds"),
                competition_code=competition.code,
                competition_name=competition.name,
                round_code=rnd.code,
                judge=KitJudge(judge.code, judge.name, judge.title, judge.role.value),
                definition=definition.export(kit_round(competition, rnd)),
                entries=entries,
                secret=record.secret,
                files=files,
            )
            data = kitformat.write_kit(kit)
            uow.kits.save_kit(record, at=now)
            uow.core.audit(
                actor="organiser",
                action="kit.export",
                subject=f"{rnd.code}/{judge_code}",
                detail=f"issue {record.issue}, {len(entries)} entries",
            )
            uow.commit()
        return KitFile(
            judge_code=judge_code,
            round_code=rnd.code,
            file_name=kit_file_name(competition.code, rnd.code, judge_code),
            data=data,
        )

    # -- the judge's laptop ----------------------------------------------------------------------
    @changes(Area.everything())
    def open_kit(self, kit: Kit, *, location: str = "") -> OpenedKit:
        """Make the local database from the kit, or bring it up to date: a newer kit of the
        same judge adds its new entries and keeps every mark typed; an older or equal one
        changes nothing."""
        with self._uow() as uow:
            stored_id = uow.scoring.setting(KIT_ID)
            competition = uow.core.competition()
            if competition is not None and stored_id != kit.kit_id:
                raise Conflict(P.KIT_OTHER_KIT, location=location)
            created = competition is None
            parsed = _kit_definition(kit, location)
            if created:
                uow.core.create_competition(parsed)
                uow.core.add_judges(
                    [
                        Judge(
                            code=kit.judge.code,
                            name=kit.judge.name,
                            title=kit.judge.title,
                            role=Role(kit.judge.role),
                        )
                    ]
                )
                for key, value in (
                    (KIT_ID, kit.kit_id),
                    (KIT_SECRET, kit.secret.hex()),
                    (KIT_JUDGE, kit.judge.code),
                    (KIT_ROUND, kit.round_code),
                    (KIT_SEQUENCE, "0"),
                ):
                    uow.scoring.set_setting(key, value)
            issue = int(uow.scoring.setting(KIT_ISSUE) or "0")
            added = 0
            update = DefinitionUpdate()
            if kit.issue > issue:
                if competition is not None and competition != parsed:
                    update = update_definition(uow, competition, parsed, kit)
                added = _add_kit_entries(uow, kit)
                uow.scoring.set_setting(KIT_ISSUE, str(kit.issue))
                uow.core.audit(
                    actor=kit.judge.code,
                    action="kit.open",
                    subject=kit.kit_id,
                    detail=f"issue {kit.issue}, {added} entries added{update.summary()}",
                )
                uow.commit()
        return OpenedKit(
            kit_id=kit.kit_id,
            judge_code=kit.judge.code,
            judge_name=kit.judge.name,
            round_code=kit.round_code,
            created=created,
            entries_added=added,
            definition=update,
        )

    def kit_login(self) -> JudgeLogin:
        """The judge a database made from a kit belongs to: on their own laptop they need no
        PIN (whoever holds the kit can sign as that judge anyway; docs/formats.md)."""
        with self._uow() as uow:
            code = uow.scoring.setting(KIT_JUDGE)
            judge = next((j for j in uow.core.judge_rows() if j.code == code), None)
        if code is None or judge is None:
            raise InputError(P.KIT_NOT_KIT_DATABASE)
        return JudgeLogin(code=judge.code, name=judge.name, title=judge.title, role=judge.role)

    @changes(Area.NONE)
    def scorefile(self) -> ScoreFileWritten:
        """Everything the judge did (marks with their versions, comments, recusals,
        submissions) as a signed score file; each call counts the sequence one up."""
        with self._uow() as uow:
            settings = {
                k: uow.scoring.setting(k) for k in (KIT_ID, KIT_SECRET, KIT_JUDGE, KIT_ROUND)
            }
            if any(v is None for v in settings.values()):
                raise InputError(P.KIT_NOT_KIT_DATABASE)
            competition = require_competition(uow)
            judge_code = str(settings[KIT_JUDGE])
            round_code = str(settings[KIT_ROUND])
            sequence = int(uow.scoring.setting(KIT_SEQUENCE) or "0") + 1
            now = uow.core.now()
            scores = ScoreFile(
                kit_id=str(settings[KIT_ID]),
                competition_code=competition.code,
                round_code=round_code,
                judge_code=judge_code,
                sequence=sequence,
                written_at=now.isoformat(timespec="seconds"),
                sheets=_score_sheets(uow, round_code, judge_code),
            )
            data = kitformat.write_scorefile(scores, bytes.fromhex(str(settings[KIT_SECRET])))
            uow.scoring.set_setting(KIT_SEQUENCE, str(sequence))
            uow.core.audit(
                actor=judge_code, action="scorefile.write", subject=round_code, detail=str(sequence)
            )
            uow.commit()
        worked = [s for s in scores.sheets if s.marks or s.state != SheetState.NOT_STARTED.value]
        return ScoreFileWritten(
            data=data,
            judge_code=judge_code,
            sequence=sequence,
            sheets=len(worked),
            submitted=sum(1 for s in worked if s.state == SheetState.SUBMITTED.value),
            recused=sum(1 for s in worked if s.state == SheetState.RECUSED.value),
            marks=sum(1 for s in worked for m in s.marks if m.value is not None),
        )

    # -- the organiser: score files in -----------------------------------------------------------
    @changes(Area.MARKS)
    def take_in(self, data: bytes, *, source: str, actor: str = "organiser") -> ScoreFileReport:
        """Verify a score file and store its marks, all or nothing. A refused file raises
        ``InputError`` with one reason and changes nothing; the same file twice, or an older
        file after a newer one, changes nothing. Marks typed from paper are never overwritten:
        they are listed as conflicts."""
        with collector_paused():
            return self._take_in(data, source=source, actor=actor)

    def _take_in(self, data: bytes, *, source: str, actor: str) -> ScoreFileReport:
        signed = kitformat.open_scorefile(data, source)
        with self._uow() as uow:
            competition = require_competition(uow)
            record = uow.kits.kit(signed.kit_id)
            if record is None:
                raise InputError(P.SCOREFILE_UNKNOWN_KIT, source=source)
            scores = kitformat.verify_scorefile(signed, record.secret, source)
            digest = signed.digest
            del signed  # the parsed JSON, no longer needed while the marks are stored
            if (scores.competition_code, scores.round_code, scores.judge_code) != (
                competition.code,
                record.round_code,
                record.judge_code,
            ):
                raise InputError(
                    P.SCOREFILE_OTHER_ROUND,
                    source=source,
                    competition=scores.competition_code,
                    round=scores.round_code,
                    judge=scores.judge_code,
                )
            rnd = find_round(competition, record.round_code, when_omitted=WhenOmitted.ONLY_ROUND)
            _check_scores(uow, rnd, scores, source)
            report = ScoreFileReport(
                source=source,
                judge_code=record.judge_code,
                round_code=rnd.code,
                sequence=scores.sequence,
                stale=True,
            )
            if scores.sequence <= record.last_sequence or uow.kits.scorefile_taken(digest):
                return report
            if rnd.status is not RoundStatus.OPEN:
                raise Conflict(
                    P.ROUND_NOT_OPEN, round=rnd.code, status=ROUND_STATUS_TERMS[rnd.status]
                )
            now = uow.core.now()
            # a newer file of the judge replaces what the older ones left pending
            uow.kits.supersede_conflicts(record.kit_id, at=now)
            report, found = _store_scores(
                uow,
                rnd,
                scores,
                replace(report, stale=False),
                uow.kits.kept_conflicts(record.kit_id),
            )
            uow.kits.record_conflicts(record.kit_id, scores.sequence, found, at=now)
            summary = (
                f"{report.new} new, {report.changed} changed, {report.unchanged} unchanged, "
                f"{len(report.conflicts)} conflicts"
            )
            uow.kits.record_scorefile(
                record.kit_id,
                sequence=scores.sequence,
                digest=digest,
                source=source,
                summary=summary,
                at=now,
            )
            uow.kits.save_kit(replace(record, last_sequence=scores.sequence), at=now)
            uow.core.audit(
                actor=actor,
                action="scorefile.take_in",
                subject=f"{rnd.code}/{record.judge_code}",
                detail=f"{source} #{scores.sequence} sha256 {digest[:16]}: {summary}",
            )
            uow.commit()
        return report

    # -- the organiser: conflicts left by score files --------------------------------------------
    def conflicts(self, round_code: str | None) -> list[PendingConflict]:
        """The round's conflicts still to resolve (without a round: the current one), each
        with the mark stored here now and the judge's mark in the file."""
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.CURRENT_ROUND
            )
            return pending_conflicts(uow, rnd.code)

    @changes(Area.MARKS)
    def resolve_conflicts(
        self,
        round_code: str | None,
        decisions: Sequence[ConflictDecision],
        *,
        actor: str = "organiser",
    ) -> ConflictsResolved:
        """Apply the organiser's decisions, all or nothing: keep the mark here, or take the
        judge's mark (on a submitted sheet that is a correction: a new version of the mark,
        written to the audit log) or the judge's recusal. The round must be open. A sheet the
        file submitted is submitted once none of its conflicts is left and it is complete; a
        submitted sheet a cleared mark left incomplete goes back to in progress."""
        chosen = {d.conflict_id: d.keep for d in decisions}
        if not chosen:
            raise InputError(P.CONFLICTS_NONE_CHOSEN)
        with self._uow() as uow:
            rnd = find_round(
                require_competition(uow), round_code, when_omitted=WhenOmitted.CURRENT_ROUND
            )
            if rnd.status is not RoundStatus.OPEN:
                raise Conflict(
                    P.ROUND_NOT_OPEN, round=rnd.code, status=ROUND_STATUS_TERMS[rnd.status]
                )
            pending = {c.id: c for c in uow.kits.pending_conflicts(rnd.code)}
            gone = [cid for cid in chosen if cid not in pending]
            if gone:
                raise Conflict(P.CONFLICT_NOT_PENDING, count=len(gone))
            resolver = Resolver(uow, rnd, actor)
            for cid, keep in chosen.items():
                resolver.apply(pending[cid], keep)
            left = {c.assignment_id for cid, c in pending.items() if cid not in chosen}
            resolver.settle(left)
            result = resolver.result()
            uow.core.audit(
                actor=actor,
                action="conflicts.resolve",
                subject=rnd.code,
                detail=(
                    f"{result.kept} kept as stored, {result.taken} taken from score files"
                    + (f"; corrected: {', '.join(result.corrected)}" if result.corrected else "")
                ),
            )
            uow.commit()
        return result


# -- kits out -----------------------------------------------------------------------------------


def _kit_entries(
    uow: UnitOfWork, competition: Competition, codes: Sequence[str]
) -> tuple[tuple[KitEntry, ...], dict[str, bytes]]:
    """The judge's entries as the kit carries them (anonymised in blind judging) and their
    attachments' bytes under member names made here."""
    rows = {r.code: r for r in uow.core.entry_rows()}
    files: dict[str, bytes] = {}
    entries = []
    for code in codes:
        row = rows[code]
        names = [*row.authors, row.organisation]
        if competition.blind:
            row = anonymise(row)
        attachments = []
        for info in uow.setup.attachments(code):
            member = kitformat.attachment_member(len(files) + 1)
            files[member] = uow.setup.attachment_data(info.id).data
            shown = mask_names(info.filename, names) if competition.blind else info.filename
            attachments.append(
                KitAttachment(member, shown, info.media_type, info.sha256, info.size)
            )
        entries.append(
            KitEntry(
                code=row.code,
                title=row.title,
                category=row.category,
                summary=row.summary,
                authors=row.authors,
                organisation=row.organisation,
                attachments=tuple(attachments),
            )
        )
    return tuple(entries), files


def _kit_definition(kit: Kit, location: str) -> Competition:
    """The competition the kit defines: one round, the kit's."""
    parsed = definition.parse(kit.definition, "manifest.json")
    if len(parsed.rounds) != 1 or parsed.rounds[0].code != kit.round_code:
        raise InputError(P.KIT_MALFORMED, source=location, field="definition")
    return parsed


def _add_kit_entries(uow: UnitOfWork, kit: Kit) -> int:
    """Store the kit's entries, attachments and assignments that the database lacks."""
    known = uow.core.entry_codes()
    new = [e for e in kit.entries if e.code not in known]
    uow.core.add_entries(
        Entry(
            code=e.code,
            title=e.title,
            category=e.category,
            authors=e.authors,
            organisation=e.organisation,
            summary=e.summary,
        )
        for e in new
    )
    for entry in new:
        for attachment in entry.attachments:
            # kept inside the database under the shown name; no file name from the kit
            # is ever used as a path
            uow.setup.add_attachment(
                entry.code,
                clean(attachment.filename) or attachment.member.rsplit("/", 1)[-1],
                attachment.media_type,
                kit.files[attachment.member],
            )
    uow.setup.add_assignments(
        kit.round_code, [(kit.judge.code, e.code) for e in kit.entries], "file"
    )
    return len(new)


# -- the score file written on the judge's laptop ---------------------------------------------


def _at(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _score_sheets(uow: UnitOfWork, round_code: str, judge_code: str) -> tuple[ScoreSheet, ...]:
    refs = [ref for ref in uow.scoring.round_sheets(round_code) if ref.judge_code == judge_code]
    refs.sort(key=lambda r: r.entry_code)
    submitted = uow.kits.submitted_at([r.assignment_id for r in refs])
    sheets = []
    for ref in refs:
        comment, reason = uow.scoring.sheet_texts(ref.assignment_id)
        marks = []
        for code, stored in sorted(uow.scoring.marks(ref.assignment_id).items()):
            versions = tuple(
                ScoreVersion(
                    version=v.version,
                    old=v.old,
                    new=v.new,
                    comment=v.comment,
                    origin=v.origin.value,
                    actor=v.actor,
                    at=_at(v.at) or "",
                )
                for v in uow.scoring.mark_history(ref.assignment_id, code)
            )
            marks.append(ScoreMark(code, stored.value, stored.comment, versions))
        sheets.append(
            ScoreSheet(
                entry=ref.entry_code,
                state=ref.state.value,
                comment=comment,
                recusal_reason=reason,
                submitted_at=_at(submitted.get(ref.assignment_id)),
                marks=tuple(marks),
            )
        )
    return tuple(sheets)


# -- taking a score file in -------------------------------------------------------------------


def _check_scores(uow: UnitOfWork, rnd: Round, scores: ScoreFile, source: str) -> None:
    """Refuse a file that names entries not assigned to the judge, criteria the round does not
    have, or marks the criteria do not allow (the first fault, in one sentence)."""
    assigned = set(uow.setup.assigned_entries(rnd.code, scores.judge_code))
    foreign = sorted({s.entry for s in scores.sheets} - assigned)
    if foreign:
        raise InputError(
            P.SCOREFILE_NOT_ASSIGNED,
            source=source,
            judge=scores.judge_code,
            entries=", ".join(foreign[:10]),
        )
    criteria: dict[str, Criterion] = {}
    for c in rnd.criteria:
        criteria.setdefault(c.code, c)
    # a file of 100,000 marks holds a few dozen distinct ones: each is judged once (by its
    # text, which keeps its places: "7.5000000" may be too fine where "7.5" is not)
    problems: dict[tuple[str, str], Message | None] = {}
    for sheet in scores.sheets:
        for mark in sheet.marks:
            criterion = criteria.get(mark.criterion)
            if criterion is None:
                raise InputError(
                    P.SCOREFILE_UNKNOWN_CRITERION,
                    source=source,
                    entry=sheet.entry,
                    criterion=mark.criterion,
                )
            if mark.value is None:
                continue
            key = (mark.criterion, str(mark.value))
            if key not in problems:
                problems[key] = mark_problem(criterion, mark.value)
            problem = problems[key]
            if problem is not None:
                raise InputError(
                    P.SCOREFILE_BAD_MARK,
                    source=source,
                    entry=sheet.entry,
                    criterion=mark.criterion,
                    problem=problem,
                )


def _store_scores(
    uow: UnitOfWork,
    rnd: Round,
    scores: ScoreFile,
    report: ScoreFileReport,
    kept: set[ConflictKey],
) -> tuple[ScoreFileReport, list[NewConflict]]:
    """Store the file's marks and sheet states; what the file disagrees with is left as it is
    and returned as conflicts to keep (those the organiser already decided, ``kept``, are not
    raised again)."""
    criteria = {c.criterion.code: c for c in uow.scoring.round_criteria(rnd.code)}
    criterion_ids = {code: c.id for code, c in criteria.items()}
    new = changed = unchanged = 0
    found: list[NewConflict] = []
    shown: list[MarkConflict] = []
    submitted: list[str] = []
    recused: list[str] = []
    now = uow.core.now()

    def clash(
        ref: SheetRef, sheet: ScoreSheet, mark: ScoreMark | None, here: Decimal | None, why: Reason
    ) -> bool:
        conflict = NewConflict(
            assignment_id=ref.assignment_id,
            criterion_id=criteria[mark.criterion].id if mark else None,
            reason=why,
            stored=here,
            in_file=mark.value if mark else None,
            file_comment=mark.comment if mark else "",
            file_state=SheetState(sheet.state),
            recusal_reason=sheet.recusal_reason,
        )
        if conflict.key in kept:
            return False  # decided before: the mark here stays
        found.append(conflict)
        shown.append(
            MarkConflict(
                entry_code=sheet.entry,
                criterion_code=mark.criterion if mark else "",
                stored=here,
                in_file=conflict.in_file,
                reason=why.value,
            )
        )
        return True

    refs = {
        r.entry_code: r
        for r in uow.scoring.round_sheets(rnd.code)
        if r.judge_code == scores.judge_code
    }
    round_marks = uow.scoring.round_marks(rnd.code)
    texts = uow.scoring.round_sheet_texts(rnd.code)
    writes: list[MarkWrite] = []
    sheet_writes: list[SheetWrite] = []
    for sheet in scores.sheets:
        ref = refs.get(sheet.entry)
        assert ref is not None  # _check_scores made sure
        editable = ref.state in _EDITABLE
        stored = round_marks.get(ref.assignment_id, {})
        values = {k: m.value for k, m in stored.items()}
        clashes = 0
        wrote = False
        for mark in sheet.marks:
            old = stored.get(mark.criterion)
            old_value = old.value if old else None
            if same_value(old_value, mark.value):
                if (old.comment if old else "") != mark.comment and editable:
                    # only the comment differs: taken in, the mark keeps its origin
                    writes.append(
                        MarkWrite(
                            ref.assignment_id,
                            criterion_ids[mark.criterion],
                            old,
                            old_value,
                            mark.comment,
                            old.origin if old else Origin.FILE,
                        )
                    )
                    changed += 1
                    wrote = True
                elif mark.value is not None:
                    unchanged += 1
                continue
            if old is not None and old_value is not None and old.origin is Origin.PAPER:
                clashes += clash(ref, sheet, mark, old_value, Reason.PAPER)
                continue
            if not editable:
                clashes += clash(ref, sheet, mark, old_value, Reason.LOCKED)
                continue
            writes.append(
                MarkWrite(
                    ref.assignment_id,
                    criterion_ids[mark.criterion],
                    old,
                    mark.value,
                    mark.comment,
                    Origin.FILE,
                )
            )
            values[mark.criterion] = mark.value
            wrote = True
            if old_value is None:
                new += 1
            else:
                changed += 1
        if not editable:
            continue
        stored_comment = texts.get(ref.assignment_id, ("", ""))[0]
        comment = sheet.comment if sheet.comment != stored_comment else None
        if sheet.state == SheetState.RECUSED.value:
            # a recusal never hides marks the secretary typed from this judge's paper sheet
            paper = any(m.origin is Origin.PAPER and m.value is not None for m in stored.values())
            if paper:
                clash(ref, sheet, None, None, Reason.RECUSED)
            if clashes or paper:
                continue
            sheet_writes.append(
                SheetWrite(ref.assignment_id, SheetState.RECUSED, comment, sheet.recusal_reason)
            )
            recused.append(sheet.entry)
            continue
        complete = not missing_criteria(rnd.criteria, values)
        if sheet.state == SheetState.SUBMITTED.value and complete and not clashes:
            sheet_writes.append(SheetWrite(ref.assignment_id, SheetState.SUBMITTED, comment))
            submitted.append(sheet.entry)
        elif wrote or comment is not None:
            sheet_writes.append(SheetWrite(ref.assignment_id, SheetState.IN_PROGRESS, comment))
    # set-based: every mark in one go, then every sheet (issue 13)
    uow.scoring.write_marks(writes, actor=scores.judge_code, at=now)
    uow.scoring.save_sheets(sheet_writes, at=now, submitted_at=now)
    return (
        replace(
            report,
            new=new,
            changed=changed,
            unchanged=unchanged,
            conflicts=tuple(shown),
            submitted=tuple(submitted),
            recused=tuple(recused),
        ),
        found,
    )
