"""SQL implementation of ``judging.services.core_ports.CoreRepository``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import String, Table, func, insert, select, text, type_coerce
from sqlalchemy.orm import Session, selectinload

from db.models.base import utcnow
from db.models.core import (
    AuditRow,
    BandRow,
    CategoryRow,
    CompetitionRow,
    CriterionRow,
    EntryRowModel,
    JudgeRowModel,
    RoundRow,
)
from db.models.setup import (
    AssignmentRow,
    ComponentDefRow,
    ComponentValueRow,
    PanelMemberRow,
    PrizeRow,
)
from db.repositories.definition import competition_of, criterion_of, round_of
from db.repositories.listing import read_entry_rows
from db.repositories.source import SessionSource
from judging.audit import GENESIS, AuditEvent, event_hash
from judging.errors import Conflict, NoCompetition, NotFound
from judging.model import (
    Competition,
    Entry,
    Judge,
    OnTie,
    Role,
    Round,
)
from judging.problems import ProblemCode as P
from judging.services.dto import AuditRecord, EntryRow, JudgeRow
from judging.setup.definition import DefinitionUsage
from judging.text import fold

#: The key of the PostgreSQL advisory lock that serialises writers of the audit chain.
AUDIT_LOCK_KEY = 0x4A44_4155_4449_54  # "JDAUDIT"


def entry_folded(entry: Entry) -> str:
    return fold(" ".join([entry.code, entry.title, *entry.authors, entry.organisation]))


def judge_folded(judge: Judge) -> str:
    return fold(" ".join([judge.code, judge.name, judge.title, judge.organisation]))


class SqlCoreRepository:
    def __init__(self, source: SessionSource) -> None:
        self._source = source

    @property
    def session(self) -> Session:
        """The unit of work's session, made on first use (``now()`` needs none)."""
        return self._source.session

    # -- competition ------------------------------------------------------------------------
    def _competition_row(self) -> CompetitionRow | None:
        return self.session.scalars(
            select(CompetitionRow).options(
                selectinload(CompetitionRow.categories),
                selectinload(CompetitionRow.rounds)
                .selectinload(RoundRow.criteria)
                .selectinload(CriterionRow.bands),
            )
        ).first()

    def competition_id(self) -> int:
        cid = self.session.scalar(select(CompetitionRow.id))
        if cid is None:
            raise NoCompetition()
        return cid

    def competition(self) -> Competition | None:
        row = self._competition_row()
        if row is None:
            return None
        components: dict[int, list[ComponentDefRow]] = {}
        for comp in self.session.scalars(
            select(ComponentDefRow).order_by(ComponentDefRow.position)
        ):
            components.setdefault(comp.round_id, []).append(comp)
        prizes = self.session.scalars(
            select(PrizeRow).where(PrizeRow.competition_id == row.id).order_by(PrizeRow.position)
        ).all()
        rounds = [
            round_of(
                r,
                [criterion_of(c, c.bands) for c in r.criteria],
                components.get(r.id, []),
            )
            for r in row.rounds
        ]
        return competition_of(row, row.categories, rounds, prizes)

    def create_competition(self, competition: Competition) -> None:
        row = CompetitionRow(
            code=competition.code,
            name=competition.name,
            organiser=competition.organiser,
            blind=competition.blind,
            show_running_total=competition.show_running_total,
        )
        self.session.add(row)
        self.session.flush()
        self._write_definition(row, competition)

    def replace_definition(self, competition: Competition) -> None:
        """Update the definition in place; categories, rounds and criteria are matched by code
        so entries, assignments and marks that point at them stay valid. A category, round or
        criterion that disappears must be unused (the foreign keys refuse otherwise)."""
        row = self._competition_row()
        if row is None:
            raise NotFound(P.DB_NO_COMPETITION)
        row.code = competition.code
        row.name = competition.name
        row.organiser = competition.organiser
        row.blind = competition.blind
        row.show_running_total = competition.show_running_total
        self._write_definition(row, competition)

    def definition_usage(self) -> DefinitionUsage:
        from db.models.ranking import TieDecisionRow
        from db.models.scoring import MarkRow

        session = self.session
        rounds = {rid: code for rid, code in session.execute(select(RoundRow.id, RoundRow.code))}
        used_rounds: set[str] = set()
        for model in (AssignmentRow, PanelMemberRow, TieDecisionRow):
            used_rounds.update(
                rounds[rid] for rid in session.scalars(select(model.round_id).distinct())
            )
        criteria = {
            cid: (rounds[rid], code)
            for cid, rid, code in session.execute(
                select(CriterionRow.id, CriterionRow.round_id, CriterionRow.code)
            ).tuples()
        }
        highest = {
            criteria[cid]: value
            for cid, value in session.execute(
                select(MarkRow.criterion_id, func.max(MarkRow.value)).group_by(MarkRow.criterion_id)
            ).tuples()
            if value is not None
        }
        used_criteria = {
            criteria[cid] for cid in session.scalars(select(MarkRow.criterion_id).distinct())
        }
        components = {
            kid: (rounds[rid], code)
            for kid, rid, code in session.execute(
                select(ComponentDefRow.id, ComponentDefRow.round_id, ComponentDefRow.code)
            ).tuples()
        }
        used_components = {
            components[kid]
            for kid in session.scalars(select(ComponentValueRow.component_def_id).distinct())
        }
        used_rounds.update(r for r, _ in used_components)
        used_rounds.update(r for r, _ in used_criteria)
        categories = {
            cid: code for cid, code in session.execute(select(CategoryRow.id, CategoryRow.code))
        }
        used_categories = {
            categories[cid]
            for cid in session.scalars(
                select(EntryRowModel.category_id)
                .where(EntryRowModel.category_id.is_not(None))
                .distinct()
            )
            if cid is not None
        }
        return DefinitionUsage(
            categories=frozenset(used_categories),
            rounds=frozenset(used_rounds),
            criteria=frozenset(used_criteria),
            components=frozenset(used_components),
            highest_marks=highest,
        )

    def _write_definition(self, row: CompetitionRow, competition: Competition) -> None:
        session = self.session
        # categories, matched by code
        existing_cats = {c.code: c for c in row.categories}
        new_cats: list[CategoryRow] = []
        for position, category in enumerate(competition.categories):
            cat = existing_cats.pop(category.code, None) or CategoryRow(code=category.code)
            cat.name = category.name
            cat.name_folded = fold(category.name)
            cat.position = position
            new_cats.append(cat)
        row.categories = new_cats
        # rounds, matched by code
        existing_rounds = {r.code: r for r in row.rounds}
        new_rounds: list[RoundRow] = []
        for position, rnd in enumerate(competition.rounds):
            stored = existing_rounds.pop(rnd.code, None)
            round_row = stored or RoundRow(code=rnd.code)
            _fill_round(round_row, rnd, position, new=stored is None)
            existing_criteria = {c.code: c for c in round_row.criteria}
            criteria_rows: list[CriterionRow] = []
            for cpos, criterion in enumerate(rnd.criteria):
                cr = existing_criteria.pop(criterion.code, None) or CriterionRow(
                    code=criterion.code
                )
                cr.name = criterion.name
                cr.description = criterion.description
                cr.max_value = criterion.max
                cr.step = criterion.step
                cr.weight = criterion.weight
                cr.position = cpos
                cr.bands = [
                    BandRow(min_value=b.min, max_value=b.max, label=b.label, position=bpos)
                    for bpos, b in enumerate(criterion.bands)
                ]
                criteria_rows.append(cr)
            round_row.criteria = criteria_rows
            new_rounds.append(round_row)
        row.rounds = new_rounds
        session.flush()
        # components (per round) and prizes, matched by code
        for round_row, rnd in zip(new_rounds, competition.rounds, strict=True):
            old = {
                c.code: c
                for c in session.scalars(
                    select(ComponentDefRow).where(ComponentDefRow.round_id == round_row.id)
                )
            }
            for position, comp in enumerate(rnd.components):
                comp_row = old.pop(comp.code, None) or ComponentDefRow(
                    round_id=round_row.id, code=comp.code
                )
                comp_row.name = comp.name
                comp_row.kind = comp.kind.value
                comp_row.scale = comp.scale
                comp_row.points = comp.points
                comp_row.places = comp.places
                comp_row.position = position
                session.add(comp_row)
            for leftover in old.values():
                session.delete(leftover)
        old_prizes = {
            p.code: p
            for p in session.scalars(select(PrizeRow).where(PrizeRow.competition_id == row.id))
        }
        for ppos, prize in enumerate(competition.prizes):
            pr = old_prizes.pop(prize.code, None) or PrizeRow(
                competition_id=row.id, code=prize.code
            )
            pr.name = prize.name
            pr.count = prize.count
            pr.per_category = prize.per_category
            pr.min_total = prize.min_total
            pr.on_tie = prize.on_tie.value
            pr.position = ppos
            session.add(pr)
        for leftover_prize in old_prizes.values():
            session.delete(leftover_prize)
        session.flush()

    # -- entries ----------------------------------------------------------------------------
    def _category_ids(self) -> dict[str, int]:
        return {
            code: cid
            for cid, code in self.session.execute(select(CategoryRow.id, CategoryRow.code))
        }

    def entry_rows(self) -> list[EntryRow]:
        return read_entry_rows(self.session.connection())  # one reader for both areas

    def entry(self, code: str) -> EntryRow | None:
        return next((row for row in self.entry_rows() if row.code == code), None)

    def entry_codes(self) -> set[str]:
        return set(self.session.scalars(select(EntryRowModel.code)))

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """One Core ``executemany`` for all of them (set-based: the ORM inserts one row a
        statement on SQLite, where it cannot have the new ids returned in order)."""
        rows: list[dict[str, object]] = []
        cats: dict[str, int] = {}
        competition_id = 0
        for entry in entries:
            if not rows:
                competition_id = self.competition_id()
                cats = self._category_ids()
            rows.append(
                {
                    "competition_id": competition_id,
                    "code": entry.code,
                    "title": entry.title,
                    "category_id": _category_id(cats, entry.category),
                    "authors": "; ".join(entry.authors),
                    "organisation": entry.organisation,
                    "summary": entry.summary,
                    "status": entry.status.value,
                    "status_reason": entry.status_reason,
                    "folded": entry_folded(entry),
                }
            )
        self.session.flush()  # anything added before goes first
        if rows:
            table: Table = EntryRowModel.__table__  # type: ignore[assignment]
            self.session.connection().execute(insert(table), rows)

    def _entry_model(self, code: str) -> EntryRowModel:
        row = self.session.scalars(select(EntryRowModel).where(EntryRowModel.code == code)).first()
        if row is None:
            raise NotFound(P.ENTRY_NOT_FOUND, code=code)
        return row

    def update_entry(self, code: str, entry: Entry) -> None:
        row = self._entry_model(code)
        row.code = entry.code
        row.title = entry.title
        row.category_id = _category_id(self._category_ids(), entry.category)
        row.authors = "; ".join(entry.authors)
        row.organisation = entry.organisation
        row.summary = entry.summary
        row.status = entry.status.value
        row.status_reason = entry.status_reason
        row.folded = entry_folded(entry)
        self.session.flush()

    def delete_entry(self, code: str) -> None:
        row = self._entry_model(code)
        used = self.session.scalar(
            select(func.count()).select_from(AssignmentRow).where(AssignmentRow.entry_id == row.id)
        )
        if used:
            raise Conflict(P.ENTRY_ASSIGNED, code=code)
        self.session.delete(row)
        self.session.flush()

    # -- judges -----------------------------------------------------------------------------
    def judge_rows(self) -> list[JudgeRow]:
        rows = self.session.execute(
            select(
                JudgeRowModel.code,
                JudgeRowModel.name,
                JudgeRowModel.title,
                JudgeRowModel.organisation,
                JudgeRowModel.role,
                JudgeRowModel.pin_hash,
                JudgeRowModel.folded,
            ).order_by(JudgeRowModel.id)
        )
        return [
            JudgeRow(
                code=code,
                name=name,
                title=title,
                organisation=org,
                role=Role(role),
                has_pin=pin is not None,
                folded=folded,
            )
            for code, name, title, org, role, pin, folded in rows
        ]

    def add_judges(self, judges: Iterable[Judge]) -> None:
        competition_id: int | None = None
        for judge in judges:
            if competition_id is None:
                competition_id = self.competition_id()
            self.session.add(
                JudgeRowModel(
                    competition_id=competition_id,
                    code=judge.code,
                    name=judge.name,
                    title=judge.title,
                    organisation=judge.organisation,
                    role=judge.role.value,
                    folded=judge_folded(judge),
                )
            )
        self.session.flush()

    def _judge_model(self, code: str) -> JudgeRowModel:
        row = self.session.scalars(select(JudgeRowModel).where(JudgeRowModel.code == code)).first()
        if row is None:
            raise NotFound(P.JUDGE_NOT_FOUND, code=code)
        return row

    def update_judge(self, code: str, judge: Judge) -> None:
        row = self._judge_model(code)
        row.code = judge.code
        row.name = judge.name
        row.title = judge.title
        row.organisation = judge.organisation
        row.role = judge.role.value
        row.folded = judge_folded(judge)
        self.session.flush()

    def set_judge_pin_hash(self, code: str, pin_hash: str | None) -> None:
        self._judge_model(code).pin_hash = pin_hash
        self.session.flush()

    def judge_pin_hash(self, code: str) -> str | None:
        return self._judge_model(code).pin_hash

    # -- audit --------------------------------------------------------------------------------
    def audit(self, *, actor: str, action: str, subject: str, detail: str = "") -> None:
        """Append an event to the chain: it carries the last event's hash and its own. The
        last event is read inside this transaction, which holds the write lock: SQLite's
        ``BEGIN IMMEDIATE`` (db/engine.py), or on PostgreSQL a transaction-scoped advisory
        lock taken here; the unique ``prev_hash`` refuses a fork whatever happens."""
        session = self.session
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
        last = session.execute(
            select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
        ).first()
        event_id = last[0] + 1 if last else 1
        prev_hash = last[1] if last else GENESIS
        at = utcnow()
        digest = event_hash(
            id=event_id,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            detail=detail,
            prev_hash=prev_hash,
        )
        # Core insert: written now, without flushing the ORM objects the action has pending.
        session.execute(
            insert(AuditRow).values(
                id=event_id,
                at=at,
                actor=actor,
                action=action,
                subject=subject,
                detail=detail,
                prev_hash=prev_hash,
                hash=digest,
            )
        )

    def audit_chain(self) -> list[AuditEvent]:
        """Every event in id order, as stored (for ``judging.audit.check_chain``)."""
        # On SQLite the time is read as the text stored and parsed here: a value written
        # behind the program's back that is no time at all is then a fault, not a crash.
        sqlite = self.session.get_bind().dialect.name == "sqlite"
        at_column = type_coerce(AuditRow.at, String) if sqlite else AuditRow.at
        rows = self.session.execute(
            select(
                AuditRow.id,
                at_column,
                AuditRow.actor,
                AuditRow.action,
                AuditRow.subject,
                AuditRow.detail,
                AuditRow.prev_hash,
                AuditRow.hash,
            ).order_by(AuditRow.id)
        ).tuples()
        return [
            AuditEvent(
                int(i),
                _stored_time(at),
                actor or "",
                action or "",
                subject or "",
                detail or "",
                p or "",
                h or "",
            )
            for i, at, actor, action, subject, detail, p, h in rows
        ]

    def sheet_comments(self) -> dict[int, str]:
        """Every sheet's comment by assignment id (what a submission's digest covers)."""
        from db.models.scoring import ScoreSheetRow

        rows = self.session.execute(select(ScoreSheetRow.assignment_id, ScoreSheetRow.comment))
        return {int(aid): comment or "" for aid, comment in rows.tuples()}

    def audit_records(self, limit: int = 500) -> Sequence[AuditRecord]:
        rows = self.session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
        return [
            AuditRecord(at=r.at, actor=r.actor, action=r.action, subject=r.subject, detail=r.detail)
            for r in rows
        ]

    # -- the database itself ------------------------------------------------------------------
    def now(self) -> datetime:
        return utcnow()


def _stored_time(value: object) -> datetime | None:
    """A stored event time: a datetime as it is, SQLite's text parsed, anything else None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _category_id(cats: dict[str, int], code: str | None) -> int | None:
    if code is None:
        return None
    if code not in cats:
        raise NotFound(P.CATEGORY_NOT_FOUND, code=code)
    return cats[code]


def _fill_round(round_row: RoundRow, rnd: Round, position: int, *, new: bool) -> None:
    round_row.name = rnd.name
    round_row.position = position
    round_row.judges_per_entry = rnd.judges_per_entry
    if new:  # an existing round keeps its life (open/closed/approved): not a definition matter
        round_row.status = rnd.status.value
    rules = rnd.ranking
    round_row.aggregate = rules.aggregate.value
    round_row.trim = rules.trim
    round_row.normalise = rules.normalise.value
    round_row.panel_places = rules.panel_places
    round_row.weighted_places = rules.weighted_places
    round_row.total_places = rules.total_places
    round_row.tie_break = "\n".join(rules.tie_break)
    adv = rnd.advance
    round_row.has_advance = adv is not None
    round_row.advance_top = adv.top if adv else None
    round_row.advance_per_category = adv.per_category if adv else False
    round_row.advance_min_total = adv.min_total if adv else None
    round_row.advance_on_tie = adv.on_tie.value if adv else OnTie.SHARE.value
