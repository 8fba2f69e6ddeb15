"""Component values (numbers from outside the jury, per entry and round)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from judging.changes import Area, changes
from judging.errors import InputError, Problem
from judging.lookup import require_competition, round_of_row
from judging.number_syntax import COMPONENT_VALUE, check_bound
from judging.numbers import parse_decimal
from judging.problems import ProblemCode as P
from judging.setup import imports
from judging.setup.dto import (
    ComponentValueRow,
    ImportOutcome,
)
from judging.setup.service.common import SetupArea


class ComponentService(SetupArea):
    """Component values: imported from a file, listed by round."""

    @changes(Area.RESULTS)
    def import_components(self, path: Path) -> ImportOutcome:
        """``import-components``: round,entry,component,value (exact decimals)."""
        table, mapping = imports.read_mapped(
            path, imports.COMPONENT_FIELDS, ["entry", "component", "value"]
        )
        with self._uow() as uow:
            competition = require_competition(uow)
            entries = uow.core.entry_codes()
            problems: list[Problem] = []
            values: list[tuple[str, str, str, Decimal]] = []
            seen: dict[tuple[str, str, str], int] = {}
            for number, v in imports.rows_of(table, mapping, imports.COMPONENT_FIELDS):
                where = f"{table.source}, row {number}"
                rnd = round_of_row(competition, v["round"], where)
                if isinstance(rnd, Problem):
                    problems.append(rnd)
                    continue
                if v["entry"] not in entries:
                    problems.append(Problem.of(where, P.ENTRY_UNKNOWN, code=v["entry"]))
                if not any(c.code == v["component"] for c in rnd.components):
                    known = ", ".join(c.code for c in rnd.components) or P.TERM_NONE
                    problems.append(
                        Problem.of(
                            where,
                            P.COMPONENT_UNKNOWN,
                            component=v["component"],
                            round=rnd.code,
                            known=known,
                        )
                    )
                try:
                    value = parse_decimal(v["value"], what=P.TERM_VALUE)
                except InputError as exc:
                    problems.append(Problem.from_error(where, exc))
                    continue
                if value < 0:
                    problems.append(Problem.of(where, P.COMPONENT_NEGATIVE, value=value))
                    continue
                try:
                    check_bound(value, COMPONENT_VALUE, what=P.TERM_VALUE)
                except InputError as exc:
                    problems.append(Problem.from_error(where, exc))
                    continue
                key = (rnd.code, v["entry"], v["component"])
                if key in seen:
                    problems.append(Problem.of(where, P.ROW_REPEATED, row=seen[key]))
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
