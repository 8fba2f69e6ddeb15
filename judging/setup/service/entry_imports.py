"""Importing entries from a spreadsheet: mapping the columns, checking, storing all or none."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from judging.changes import Area, changes
from judging.errors import InputError, Problem
from judging.lookup import require_competition
from judging.ports import UnitOfWork
from judging.problems import ProblemCode as P
from judging.setup import imports
from judging.setup.dto import (
    ImportOutcome,
)
from judging.setup.imports import EntryCheck, EntryContext, Table
from judging.setup.service.common import SetupArea


class EntryImportService(SetupArea):
    """Entries from a spreadsheet (xlsx or csv), checked in full before any is stored."""

    # == imports ==============================================================================
    def read_table(self, path: Path) -> Table:
        """Read a spreadsheet (xlsx or csv) for the import dialog (nothing is stored)."""
        return imports.read_table(path)

    def _entry_context(self, uow: UnitOfWork) -> EntryContext:
        competition = require_competition(uow)
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

    @changes(Area.ENTRIES)
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
                raise InputError(P.IMPORT_CANCELLED, source=table.source)
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

    @changes(Area.ENTRIES)
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


def _entries_refused(source: str, check: EntryCheck) -> InputError:
    """The refusal of an entries file. Where several rows name an unknown category, the list of
    categories is said once, above the rows, not repeated on each of them."""
    rows = len({p.row for p in check.problems})
    unknown = [p for p in check.problems if p.code is P.ROW_CATEGORY_UNKNOWN]
    if len(unknown) < 2:
        named = imports.capped(source, check.as_problems(source))
        return InputError(P.IMPORT_FAULTY_ROWS, named, source=source, rows=rows)
    known = dict(unknown[0].params)["known"]
    problems = imports.capped(
        source,
        (
            Problem.of(
                f"{source}, row {p.row}",
                P.ROW_CATEGORY_NOT_KNOWN,
                category=dict(p.params)["category"],
            )
            if p.code is P.ROW_CATEGORY_UNKNOWN
            else Problem.of(f"{source}, row {p.row}", p.code, **dict(p.params))
            for p in check.problems
        ),
    )
    return InputError(
        P.IMPORT_FAULTY_ROWS_CATEGORIES, problems, source=source, rows=rows, known=known
    )
