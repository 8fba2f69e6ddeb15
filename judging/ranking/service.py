"""Ranking use cases: results, explanations, ties, advancement and a round's life (issue 6).

Each call is one unit of work: load the round's counted marks, run the pure pipeline
(``judging.ranking.engine``), store what the call decides (a tie decision, a round's status, an
audit record), commit. A round's life: open → closed → approved (locked; prizes confirmed);
approving refuses while entries are incomplete or a tie at a prize or advancement boundary
waits for the chair, and stores the whole round's result as it stands (``judging-ranking/1``
JSON: ranks, totals, prizes and who advances) — the record the council signs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from judging.changes import Area, changes
from judging.collector import collector_paused
from judging.errors import Conflict, InputError, NotFound, Problem
from judging.lookup import WhenOmitted, find_round, read_competition
from judging.model import Competition, RoundStatus
from judging.ports import UnitOfWork, UnitOfWorkFactory
from judging.problems import ROUND_STATUS_TERMS
from judging.problems import ProblemCode as P
from judging.ranking.engine import EntryInput, RankedRound, TieDecision, rank_round, summing
from judging.ranking.export import FORMAT, to_json
from judging.ranking.kept import KeptRankings
from judging.ranking.results import (
    STATUS_INCOMPLETE,
    EntryResult,
    Note,
    RankingSnapshot,
    RoundResult,
)
from judging.text import clean

if TYPE_CHECKING:
    from judging.ranking.report import ReportSources, RoundReport


class ApprovalBlocked(Conflict):
    """``approve-round`` refused: what stands in the way, as notes (which a screen words with
    the competition's names) and as ``problems`` worded in both languages."""

    def __init__(self, round_code: str, notes: Sequence[Note]) -> None:
        super().__init__(
            P.ROUND_NOT_APPROVABLE,
            [Problem(round_code, note.render("en"), note.render("vi")) for note in notes],
            round=round_code,
        )
        self.round_code = round_code
        self.notes = tuple(notes)


@dataclass(frozen=True)
class Advancing:
    entry: str
    title: str
    category: str | None
    rank: int | None
    final_total: str | None  # exactly as computed


@dataclass(frozen=True)
class Advancement:
    """Who advances from a round. Before the round is approved it is worked out from the
    marks as they stand (``approved_at`` None); once approved it is what the approval stored."""

    competition: str
    round: str
    advancing: tuple[Advancing, ...]
    unresolved: tuple[Note, ...] = ()  # boundary ties waiting for the chair
    approved_at: datetime | None = None
    approved_by: str | None = None


@dataclass(frozen=True)
class IncompleteEntry:
    """An entry the round cannot rank yet, and why (the engine's notes: a judge's sheet not
    started or not submitted, a mark missing on a submitted sheet)."""

    entry: str
    title: str
    notes: tuple[Note, ...]


#: The notes that name a judge's sheet not yet submitted.
UNSUBMITTED_KINDS = frozenset({"not_started", "not_submitted"})


@dataclass(frozen=True)
class RoundGaps:
    """What a round still lacks (counting submitted sheets only): asked before it is closed."""

    round: str
    incomplete: tuple[IncompleteEntry, ...]

    @property
    def unsubmitted(self) -> int:
        """How many judge × entry sheets are not submitted (not started counts too)."""
        return sum(1 for e in self.incomplete for n in e.notes if n.kind in UNSUBMITTED_KINDS)

    @property
    def complete(self) -> bool:
        return not self.incomplete


class RankingService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
        self._kept = KeptRankings(uow_factory)

    def forget(self) -> None:
        """Drop the kept rankings: the next one is worked out afresh (for measuring it)."""
        self._kept.clear()

    # -- reading ------------------------------------------------------------------------------
    def round_code(self, round_code: str | None = None) -> str:
        """The round named, or the only round; naming none where there are several is a usage
        error."""
        with self._uow(read_only=True) as uow:
            return find_round(
                read_competition(uow), round_code, when_omitted=WhenOmitted.ONLY_ROUND
            ).code

    def rank(
        self,
        round_code: str | None = None,
        *,
        category: str | None = None,
        drafts: bool = False,
        explain: bool | Collection[str] = False,
        steps: bool = True,
    ) -> RoundResult:
        """Rank a round (and show one category of it). ``drafts`` counts marks on sheets not
        yet submitted: a provisional result, flagged as such. ``explain`` builds each judge's
        marks and the explanation steps (for every entry, or for the entries named);
        ``steps=False`` with ``explain=True``: every judge's mark without the steps (what the
        consistency figures need, several times faster on a large round).

        The round's last ranking is kept (``judging.ranking.kept``) until anything is stored:
        asked again, for another category or with a few entries explained, it is not worked
        out again. Every entry explained is worked out afresh, from every mark."""
        if explain is True:
            with self._uow(read_only=True) as uow:
                return self._rank(
                    uow, round_code, category=category, drafts=drafts, explain=True, steps=steps
                )
        named = () if explain is False else tuple(explain)
        ranked, full = self._ranked(round_code, drafts, named)
        _check_category(ranked.competition, category)
        with collector_paused():
            result = ranked.result(category)
            if not full:
                return result
            explained = {e.code: ranked.explain(e) for e in full if e.code in ranked}
        return dataclasses.replace(
            result, results=tuple(explained.get(r.entry, r) for r in result.results)
        )

    def explain(
        self, entry: str, round_code: str | None = None, *, drafts: bool = False
    ) -> EntryResult:
        """One entry's result opened down to every judge's mark and every rounding: from the
        round's kept ranking when nothing has changed since, and that entry's sheets."""
        ranked, full = self._ranked(round_code, drafts, (entry,))
        if not full or entry not in ranked:
            raise NotFound(P.ENTRY_NOT_IN_ROUND, entry=entry, round=ranked.round.code)
        return ranked.explain(full[0])

    def advance(self, round_code: str | None = None) -> Advancement:
        """Who advances from the round under its advancement rule (read only): as stored by
        the round's approval, or, before that, as the marks stand now."""
        with self._uow(read_only=True) as uow:
            competition = read_competition(uow)
            code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
            rnd = competition.round(code)
            assert rnd is not None
            if rnd.advance is None:
                raise InputError(P.ROUND_NO_ADVANCEMENT, round=rnd.code)
            stored = None
            if uow.ranking.round_status(code) == RoundStatus.APPROVED:
                stored = uow.ranking.latest_snapshot(code)
            if stored is not None:
                data = json.loads(stored.content)
                return Advancement(
                    competition=str(data["competition"]),
                    round=code,
                    advancing=tuple(
                        Advancing(
                            r["entry"], r["title"], r["category"], r["rank"], r["final_total"]
                        )
                        for r in data["results"]
                        if r["advanced"]
                    ),
                    approved_at=stored.at,
                    approved_by=stored.approved_by,
                )
            result = self._rank(uow, code)
            return Advancement(
                competition=result.competition,
                round=code,
                advancing=tuple(
                    Advancing(
                        r.entry,
                        r.title,
                        r.category,
                        r.rank,
                        None if r.final_total is None else format(r.final_total, "f"),
                    )
                    for r in result.results
                    if r.advanced
                ),
                unresolved=tuple(
                    n for n in result.blocking_notes if n.kind == "advance_boundary_tie"
                ),
            )

    def approved_result(self, round_code: str | None = None) -> RankingSnapshot:
        """The round's result as stored when it was last approved."""
        with self._uow(read_only=True) as uow:
            code = find_round(
                read_competition(uow), round_code, when_omitted=WhenOmitted.ONLY_ROUND
            ).code
            stored = uow.ranking.latest_snapshot(code)
            if stored is None:
                raise NotFound(P.ROUND_NO_APPROVED_RESULT, round=code)
            return stored

    def report(
        self, round_code: str | None = None, *, category: str | None = None, drafts: bool = False
    ) -> RoundReport:
        """The round's result with everything an export shows (one unit of work): the ranking
        (the numbers of ``rank``), the names, authors and organisations, every judge's mark
        with its comment, the panel's judges, the chair's decisions with their reasons, the
        approval (when and by whom) and the judges' consistency. The collector is paused
        throughout: reading and building make millions of small values, none in a cycle."""
        from judging.ranking.report import build_report  # the exports' (and consistency's)

        with collector_paused():
            sources = self._report_sources(round_code, category=category, drafts=drafts)
            return build_report(sources)

    def _report_sources(
        self, round_code: str | None, *, category: str | None, drafts: bool
    ) -> ReportSources:
        """What ``build_report`` reads, in one read-only unit of work."""
        from judging.ranking.report import ReportSources  # as in report()

        with self._uow(read_only=True) as uow:
            competition = read_competition(uow)
            code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
            entries = uow.ranking.round_entries(code)
            decisions = uow.ranking.tie_decisions(code)
            result = self._rank(  # every judge's mark; the explanation's steps are not shown
                uow,
                code,
                category=category,
                drafts=drafts,
                explain=True,
                entries=entries,
                steps=False,
            )
            return ReportSources(
                competition=competition,
                result=result,
                entries=entries,
                entry_rows=uow.core.entry_rows(),
                judge_rows=uow.core.judge_rows(),
                panel=uow.setup.panel_seats(code),
                comments=uow.ranking.mark_comments(code),
                decisions=decisions,
                snapshot=uow.ranking.latest_snapshot(code),
            )

    # -- deciding -----------------------------------------------------------------------------
    @changes(Area.RESULTS)
    def resolve_tie(
        self,
        round_code: str | None,
        order: Sequence[str],
        reason: str,
        *,
        category: str | None = None,
        actor: str = "chair",
    ) -> RoundResult:
        """Record the chair's order for a group the rules leave tied; returns the new result.

        The entries must be exactly one group that the rules leave tied now (in the ranking,
        or at a prize or advancement boundary), or one the chair has ordered before: a new
        order for the same group replaces the earlier one (the audit record keeps what it replaced).
        Refused on an approved round."""
        reason = clean(reason)
        codes = tuple(clean(code) for code in order)
        with self._uow() as uow:
            competition = read_competition(uow)
            code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
            if uow.ranking.round_status(code) == RoundStatus.APPROVED:
                raise Conflict(P.ROUND_APPROVED_LOCKED, round=code)
            result = self._rank(uow, code, category=category)
            problems = []
            if not reason:
                problems.append(Problem.of("--reason", P.TIE_REASON_MISSING))
            if len(codes) < 2:
                problems.append(Problem.of("--order", P.TIE_TOO_FEW))
            duplicates = sorted({c for c in codes if codes.count(c) > 1})
            if duplicates:
                problems.append(Problem.of("--order", P.TIE_NAMED_TWICE, codes=duplicates))
            groups = {frozenset(t) for t in (*result.ties, *result.decided)}
            if not problems and frozenset(codes) not in groups:
                current = "; ".join(", ".join(t) for t in result.ties) or P.TERM_NONE
                problems.append(
                    Problem.of(
                        "--order", P.TIE_NOT_A_GROUP, codes=list(codes), round=code, tied=current
                    )
                )
            if problems:
                raise InputError(P.TIE_NOT_RESOLVED, problems)
            categories = {r.category for r in result.results if r.entry in codes}
            decision = TieDecision(
                entries=codes,
                reason=reason,
                decided_by=actor,
                category=categories.pop() if len(categories) == 1 else None,
            )
            earlier = next(
                (
                    d
                    for d in uow.ranking.tie_decisions(code)
                    if frozenset(d.entries) == frozenset(codes)
                ),
                None,
            )
            uow.ranking.add_tie_decision(code, decision)
            detail = f"{' > '.join(codes)}: {reason}"
            if earlier is not None:
                detail += f" (replaces {' > '.join(earlier.entries)}: {earlier.reason})"
            uow.core.audit(actor=actor, action="ranking.resolve_tie", subject=code, detail=detail)
            uow.commit()
            return self._rank(uow, code, category=category)

    def round_gaps(self, round_code: str | None = None) -> RoundGaps:
        """What the round lacks before it is closed: each entry that cannot be ranked on the
        submitted sheets, with why (read only)."""
        result = self._ranked(round_code, False)[0].result()
        return RoundGaps(
            result.round,
            tuple(
                IncompleteEntry(r.entry, r.title, r.missing_notes)
                for r in result.results
                if r.status == STATUS_INCOMPLETE
            ),
        )

    @changes(Area.MARKS | Area.RESULTS)
    def close_round(self, round_code: str | None = None, *, actor: str = "organiser") -> str:
        """open → closed: scoring stops taking marks for the round."""
        with self._uow() as uow:
            code = find_round(
                read_competition(uow), round_code, when_omitted=WhenOmitted.ONLY_ROUND
            ).code
            status = uow.ranking.round_status(code)
            if status != RoundStatus.OPEN:
                raise Conflict(P.ROUND_NOT_OPEN_NOW, round=code, status=ROUND_STATUS_TERMS[status])
            uow.ranking.set_round_status(code, RoundStatus.CLOSED)
            uow.core.audit(actor=actor, action="ranking.close_round", subject=code)
            uow.commit()
            return code

    @changes(Area.RESULTS)
    def approve_round(self, round_code: str | None = None, *, actor: str = "chair") -> RoundResult:
        """closed → approved (locked; prizes confirmed). Refuses, naming every reason, while
        an entry is incomplete or a boundary tie waits for the chair."""
        with self._uow() as uow:
            competition = read_competition(uow)
            code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
            status = uow.ranking.round_status(code)
            if status != RoundStatus.CLOSED:
                raise Conflict(
                    P.ROUND_APPROVE_CLOSE_FIRST
                    if status == RoundStatus.OPEN
                    else P.ROUND_APPROVE_CLOSED_ONLY,
                    round=code,
                    status=ROUND_STATUS_TERMS[status],
                )
            result = self._rank(uow, code)
            if result.blocking_notes:
                raise ApprovalBlocked(code, result.blocking_notes)
            uow.ranking.set_round_status(code, RoundStatus.APPROVED)
            approved = self._rank(uow, code)  # the same numbers, now marked approved
            content = json.dumps(to_json(approved), ensure_ascii=False, indent=2)
            uow.ranking.add_snapshot(
                RankingSnapshot(
                    round=code,
                    format=FORMAT,
                    content=content,
                    approved_by=actor,
                )
            )
            uow.core.audit(
                actor=actor,
                action="ranking.approve_round",
                subject=code,
                detail="result stored (judging-ranking/1), sha256 "
                + hashlib.sha256(content.encode("utf-8")).hexdigest(),
            )
            uow.commit()
            return approved

    @changes(Area.MARKS | Area.RESULTS)
    def reopen_round(
        self, round_code: str | None = None, *, reason: str, actor: str = "organiser"
    ) -> str:
        """closed or approved → open, with a reason (kept in the audit log)."""
        reason = clean(reason)
        if not reason:
            raise InputError(P.ROUND_REOPEN_REASON_MISSING)
        with self._uow() as uow:
            code = find_round(
                read_competition(uow), round_code, when_omitted=WhenOmitted.ONLY_ROUND
            ).code
            status = uow.ranking.round_status(code)
            if status == RoundStatus.OPEN:
                raise Conflict(P.ROUND_ALREADY_OPEN, round=code)
            uow.ranking.set_round_status(code, RoundStatus.OPEN)
            uow.core.audit(
                actor=actor,
                action="ranking.reopen_round",
                subject=code,
                detail=f"{status.value} → open: {reason}",
            )
            uow.commit()
            return code

    # -- the pipeline over the stored round -----------------------------------------------------
    def _rank(
        self,
        uow: UnitOfWork,
        round_code: str | None,
        *,
        category: str | None = None,
        drafts: bool = False,
        explain: bool | Collection[str] = False,
        entries: list[EntryInput] | None = None,
        steps: bool = True,
    ) -> RoundResult:
        """``entries``: the round's entries when the caller has read them already;
        ``steps=False``: the explained entries get their judges' marks without the steps."""
        competition = read_competition(uow)
        code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
        _check_category(competition, category)
        explained = explain if isinstance(explain, bool) else frozenset(explain)
        with collector_paused():
            if entries is None:
                entries = uow.ranking.round_entries(
                    code,
                    summing=summing(competition, code, drafts=drafts, explain=explained),
                )
            return rank_round(
                competition,
                code,
                entries,
                uow.ranking.judges(),
                decisions=uow.ranking.tie_decisions(code),
                drafts=drafts,
                category=category,
                explain=explained,
                steps=steps,
            )

    def _ranked(
        self, round_code: str | None, drafts: bool, in_full: Collection[str] = ()
    ) -> tuple[RankedRound, list[EntryInput]]:
        """The round's ranking — kept, or worked out now and kept — and the entries named in
        ``in_full`` with every sheet, read while the ranking still stands for what is stored
        (a kept ranking is checked again after they are read)."""
        key = (round_code, drafts)
        stamp = self._kept.stamp()
        ranked = self._kept.get(key, stamp)
        if ranked is not None:
            if not in_full:
                return ranked, []
            with self._uow(read_only=True) as uow:
                full = uow.ranking.round_entries(ranked.round.code, only=in_full)
            after = self._kept.stamp()
            if after == stamp:
                return ranked, full
            stamp = after  # something was stored meanwhile: worked out again below
        with self._uow(read_only=True) as uow:
            ranked = self._rank_round(uow, round_code, drafts)
            full = uow.ranking.round_entries(ranked.round.code, only=in_full) if in_full else []
        self._kept.put(key, stamp, ranked)
        return ranked, full

    def _rank_round(self, uow: UnitOfWork, round_code: str | None, drafts: bool) -> RankedRound:
        competition = read_competition(uow)
        code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
        with collector_paused():
            entries = uow.ranking.round_entries(
                code, summing=summing(competition, code, drafts=drafts)
            )
            return RankedRound(
                competition,
                code,
                entries,
                uow.ranking.judges(),
                decisions=uow.ranking.tie_decisions(code),
                drafts=drafts,
            )


def _check_category(competition: Competition, category: str | None) -> None:
    """Refuse a category the competition does not have."""
    if category is not None and competition.category(category) is None:
        known = ", ".join(c.code for c in competition.categories) or P.TERM_NONE
        raise NotFound(P.CATEGORY_UNKNOWN_SHORT, code=category, known=known)
