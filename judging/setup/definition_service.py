"""Competition definitions: start a database from a file or a template, export, edit (issue 4).

Each public method is one user action and one unit of work. A definition is checked whole
(``judging.setup.definition.check``) before anything is stored; a refused one changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from judging.changes import Area, changes
from judging.errors import Conflict, InputError, NotFound, Problem
from judging.lookup import require_competition
from judging.model import Competition, Round, RoundStatus
from judging.ports import UnitOfWorkFactory
from judging.problems import ProblemCode as P
from judging.setup import definition
from judging.setup.definition import DefinitionUsage, Issue, TemplateInfo
from judging.textfiles import read_bytes, refuse_if_not_text, write_output

#: A definition file is text of a few kilobytes; the bound keeps a wrong file from taking
#: memory (docs/reliability.md).
MAX_DEFINITION_BYTES = 4 * 2**20


class DefinitionService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- reading and checking (no database) ----------------------------------------------------
    def load_text(self, text: str, source_name: str) -> Competition:
        """Parse and check a definition file's text; ``InputError`` names every faulty line."""
        return definition.parse(text, source_name)

    def check(self, competition: Competition) -> list[Issue]:
        """Every fault of a definition built in the editors (empty when it is sound)."""
        return definition.check(competition)

    def templates(self) -> list[tuple[str, str]]:
        """The shipped templates as (name, title)."""
        return [(t.name, t.title) for t in self.template_infos()]

    def template_infos(self) -> list[TemplateInfo]:
        return definition.templates()

    def template(self, name: str) -> Competition:
        try:
            text = definition.template_text(name)
        except KeyError:
            raise NotFound(
                P.TEMPLATE_UNKNOWN, name=name, known=", ".join(definition.template_names())
            ) from None
        return definition.parse(text, f"{name}.toml")

    # -- starting a database -------------------------------------------------------------------
    @changes(Area.COMPETITION)
    def init_from_file(self, path: str | Path) -> Competition:
        path = Path(path)
        data = read_bytes(path, source=str(path), limit=MAX_DEFINITION_BYTES)
        refuse_if_not_text(data, source=str(path), wanted=P.TERM_TOML_DEFINITION)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(P.DEFINITION_NOT_UTF8, path=path, byte=exc.start) from None
        competition = self.load_text(text, str(path))
        return self.create(competition, action="competition.init_file", detail=path.name)

    @changes(Area.COMPETITION)
    def init_from_template(self, name: str) -> Competition:
        return self.create(self.template(name), action="competition.init_template", detail=name)

    @changes(Area.COMPETITION)
    def create(
        self,
        competition: Competition,
        *,
        action: str = "competition.create",
        detail: str = "",
    ) -> Competition:
        """Store a new competition in an empty database (one competition per database)."""
        _raise_issues(competition, definition.check(competition))
        with self._uow() as uow:
            existing = uow.core.competition()
            if existing is not None:
                raise Conflict(P.COMPETITION_EXISTS_NEW_DB, code=existing.code, name=existing.name)
            uow.core.create_competition(competition)
            uow.core.audit(
                actor="organiser", action=action, subject=competition.code, detail=detail
            )
            uow.commit()
        return competition

    # -- writing -------------------------------------------------------------------------------
    def export_text(self) -> str:
        with self._uow() as uow:
            competition = require_competition(uow)
        return definition.export(competition)

    def export_to_file(self, path: str | Path) -> Path:
        path = Path(path)
        text = self.export_text()
        write_output(path, text.encode("utf-8"))
        return path

    # -- editing -------------------------------------------------------------------------------
    @changes(Area.COMPETITION)
    def update(self, competition: Competition) -> Competition:
        """Store a changed definition. Refuses one that has faults, that drops or renames a
        category, round, criterion or component that entries, assignments or marks use, that
        lowers a maximum below a mark already given, or that changes an approved round."""
        _raise_issues(competition, definition.check(competition))
        with self._uow() as uow:
            stored = require_competition(uow)
            problems = _refusals(stored, competition, uow.core.definition_usage())
            if problems:
                raise Conflict(P.DEFINITION_WOULD_LOSE, problems)
            # round status is not edited here: keep what is stored
            statuses = {r.code: r.status for r in stored.rounds}
            competition = replace(
                competition,
                rounds=tuple(
                    replace(r, status=statuses.get(r.code, RoundStatus.OPEN))
                    for r in competition.rounds
                ),
            )
            uow.core.replace_definition(competition)
            uow.core.audit(actor="organiser", action="competition.update", subject=competition.code)
            uow.commit()
        return competition

    def stored(self) -> Competition | None:
        """The stored competition (None in an empty database)."""
        with self._uow() as uow:
            return uow.core.competition()


def _raise_issues(competition: Competition, issues: list[Issue]) -> None:
    if issues:
        problems = [
            Problem.saying(definition.describe_path(i.path, competition), i.said) for i in issues
        ]
        if len(issues) == 1:
            raise InputError(P.DEFINITION_ONE_FAULT, problems)
        raise InputError(P.DEFINITION_FAULTS, problems, count=len(issues))


def _refusals(old: Competition, new: Competition, usage: DefinitionUsage) -> list[Problem]:
    problems: list[Problem] = []
    new_categories = {c.code for c in new.categories}
    for cat in old.categories:
        if cat.code not in new_categories and cat.code in usage.categories:
            problems.append(Problem.of(f"category {cat.code}", P.DEF_CATEGORY_IN_USE))
    new_rounds = {r.code: r for r in new.rounds}
    for rnd in old.rounds:
        changed = new_rounds.get(rnd.code)
        if changed is None:
            if rnd.code in usage.rounds:
                problems.append(Problem.of(f"round {rnd.code}", P.DEF_ROUND_IN_USE))
            continue
        if rnd.status is RoundStatus.APPROVED and _definition_of(changed) != _definition_of(rnd):
            problems.append(Problem.of(f"round {rnd.code}", P.DEF_ROUND_APPROVED))
        new_criteria = {c.code: c for c in changed.criteria}
        for criterion in rnd.criteria:
            key = (rnd.code, criterion.code)
            kept = new_criteria.get(criterion.code)
            if kept is None:
                if key in usage.criteria:
                    problems.append(
                        Problem.of(
                            f"round {rnd.code}, criterion {criterion.code}", P.DEF_CRITERION_IN_USE
                        )
                    )
                continue
            highest = usage.highest_marks.get(key)
            if highest is not None and highest > kept.max:
                problems.append(
                    Problem.of(
                        f"round {rnd.code}, criterion {criterion.code}",
                        P.DEF_MAX_BELOW_MARK,
                        highest=highest,
                        max=kept.max,
                    )
                )
        new_components = {c.code for c in changed.components}
        for comp in rnd.components:
            if comp.code not in new_components and (rnd.code, comp.code) in usage.components:
                problems.append(
                    Problem.of(f"round {rnd.code}, component {comp.code}", P.DEF_COMPONENT_IN_USE)
                )
    return problems


def _definition_of(rnd: Round) -> Round:
    return replace(rnd, status=RoundStatus.OPEN)
