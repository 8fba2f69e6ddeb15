"""Judges: add, edit, PIN, import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from judging.changes import Area, changes
from judging.errors import Conflict, InputError, NotFound, Problem
from judging.lookup import require_competition
from judging.model import Judge
from judging.problems import ProblemCode as P
from judging.services.dto import JudgeRow
from judging.setup import imports
from judging.setup.dto import (
    ImportOutcome,
)
from judging.setup.pins import Attempts, check_new_pin, hash_pin, judge_account
from judging.setup.service.common import SetupArea
from judging.text import clean


class JudgeService(SetupArea):
    """The judges of the competition and their PINs."""

    # == judges ===============================================================================
    @changes(Area.JUDGES)
    def add_judge(self, judge: Judge) -> JudgeRow:
        judge = _clean_judge(judge)
        with self._uow() as uow:
            require_competition(uow)
            codes = {j.code for j in uow.core.judge_rows()}
            if not judge.code:
                judge = replace(judge, code=next(imports.next_codes(codes, "J", 2)))
            _check_judge(judge, codes - set())
            uow.core.add_judges([judge])
            uow.core.audit(actor="organiser", action="judge.add", subject=judge.code)
            uow.commit()
            return next(j for j in uow.core.judge_rows() if j.code == judge.code)

    @changes(Area.JUDGES | Area.ASSIGNMENTS)
    def edit_judge(self, code: str, judge: Judge) -> JudgeRow:
        judge = _clean_judge(judge)
        with self._uow() as uow:
            codes = {j.code for j in uow.core.judge_rows()}
            if code not in codes:
                raise NotFound(P.JUDGE_NOT_FOUND, code=code)
            _check_judge(judge, codes - {code})
            uow.core.update_judge(code, judge)
            uow.core.audit(actor="organiser", action="judge.edit", subject=code)
            uow.commit()
            return next(j for j in uow.core.judge_rows() if j.code == judge.code)

    @changes(Area.JUDGES)
    def set_pin(self, judge_code: str, pin: str | None) -> None:
        """Set (or with None clear) a judge's PIN, stored as a slow hash. A new PIN follows
        judging.setup.pins (6 to 12 digits, not too easy) and unlocks the judge."""
        pin_hash = hash_pin(check_new_pin(pin)) if pin is not None else None
        with self._uow() as uow:
            if not any(j.code == judge_code for j in uow.core.judge_rows()):
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            uow.core.set_judge_pin_hash(judge_code, pin_hash)
            uow.access.store_attempts(judge_account(judge_code), Attempts())
            uow.core.audit(
                actor="organiser",
                action="judge.pin" if pin is not None else "judge.pin_clear",
                subject=judge_code,
            )
            uow.commit()

    @changes(Area.JUDGES)
    def unlock_judge(self, judge_code: str, *, actor: str = "organiser") -> int:
        """Let a judge locked (or kept waiting) after wrong PINs try again; audited. Returns
        how many wrong PINs were forgotten; ``Conflict`` when there were none."""
        with self._uow() as uow:
            if not any(j.code == judge_code for j in uow.core.judge_rows()):
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            account = judge_account(judge_code)
            attempts = uow.access.attempts(account)
            if attempts.failures == 0:
                raise Conflict(P.JUDGE_NOT_LOCKED, code=judge_code)
            uow.access.store_attempts(account, Attempts())
            uow.core.audit(
                actor=actor,
                action="judge.unlock",
                subject=judge_code,
                detail=f"{attempts.failures} wrong PINs" + (", locked" if attempts.locked else ""),
            )
            uow.commit()
            return attempts.failures

    def locked_judges(self) -> list[str]:
        """The codes of the judges locked after wrong PINs."""
        prefix = judge_account("")
        with self._uow(read_only=True) as uow:
            return [
                a.removeprefix(prefix) for a in uow.access.locked_accounts() if a.startswith(prefix)
            ]

    @changes(Area.JUDGES)
    def import_judges(self, path: Path) -> ImportOutcome:
        """``import-judges``: code,name,title,organisation,role (member, chair, trainee)."""
        table, mapping = imports.read_mapped(
            path, imports.JUDGE_FIELDS, ["name"], imports.JUDGE_HINTS
        )
        with self._uow() as uow:
            require_competition(uow)
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
        problems.append(Problem.of("code", P.CODE_BAD_CHARACTERS, code=judge.code))
    elif judge.code in other_codes:
        problems.append(Problem.of("code", P.JUDGE_DUPLICATE_CODE, code=judge.code))
    if not judge.name:
        problems.append(Problem.of("name", P.JUDGE_NAME_MISSING))
    if problems:
        raise InputError(P.JUDGE_NOT_SAVED, problems, code=judge.code or P.TERM_NEW)
