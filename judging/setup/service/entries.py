"""Entries one at a time: add, edit, withdraw, delete and restore, attachments, and the
entries as a judge sees them."""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from judging.changes import Area, changes
from judging.errors import Conflict, InputError, NotFound, Problem
from judging.lookup import require_competition
from judging.model import Competition, Entry, EntryStatus
from judging.problems import ENTRY_STATUS_TERMS
from judging.problems import ProblemCode as P
from judging.services.dto import EntryRow
from judging.setup import imports
from judging.setup.blind import anonymise
from judging.setup.dto import (
    AttachmentData,
    AttachmentInfo,
    DeletedEntry,
)
from judging.setup.service.common import SetupArea
from judging.text import clean
from judging.textfiles import media_type_of

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


def _attachment_too_large(path: Path) -> InputError:
    return InputError(
        P.ATTACHMENT_TOO_LARGE, name=path.name, megabytes=MAX_ATTACHMENT_BYTES // 2**20
    )


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


class EntryService(SetupArea):
    """Entries one at a time, their attachments, and the blind view a judge has of them."""

    # == entries ==============================================================================
    @changes(Area.ENTRIES)
    def add_entry(self, entry: Entry) -> EntryRow:
        """Create one entry; an empty code gets the next generated one (E001, E002…)."""
        entry = _clean_entry(entry)
        with self._uow() as uow:
            competition = require_competition(uow)
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

    @changes(Area.ENTRIES)
    def edit_entry(self, code: str, entry: Entry) -> EntryRow:
        entry = _clean_entry(entry)
        with self._uow() as uow:
            competition = require_competition(uow)
            rows = uow.core.entry_rows()
            if not any(r.code == code for r in rows):
                raise NotFound(P.ENTRY_NOT_FOUND, code=code)
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
            problems.append(Problem.of("code", P.ENTRY_CODE_MISSING))
        elif not imports.CODE_RE.match(entry.code):
            problems.append(Problem.of("code", P.CODE_BAD_CHARACTERS, code=entry.code))
        elif entry.code != original and any(r.code == entry.code for r in rows):
            problems.append(Problem.of("code", P.ENTRY_DUPLICATE_CODE, code=entry.code))
        if not entry.title:
            problems.append(Problem.of("title", P.ENTRY_TITLE_MISSING))
        if entry.category is not None and competition.category(entry.category) is None:
            problems.append(
                Problem.of("category", P.ENTRY_CATEGORY_UNKNOWN, category=entry.category)
            )
        elif entry.category is None and competition.categories:
            problems.append(Problem.of("category", P.ENTRY_CATEGORY_MISSING))
        key = imports.duplicate_key(entry.title, entry.authors, entry.organisation)
        for r in rows:
            if (
                r.code != original
                and imports.duplicate_key(r.title, r.authors, r.organisation) == key
            ):
                problems.append(Problem.of("", P.ENTRY_DUPLICATE_OF, code=r.code))
                break
        if entry.status is not EntryStatus.ACTIVE and not entry.status_reason:
            problems.append(
                Problem.of(
                    "reason", P.ENTRY_REASON_MISSING, status=ENTRY_STATUS_TERMS[entry.status]
                )
            )
        if problems:
            raise InputError(P.ENTRY_NOT_SAVED, problems, code=entry.code or P.TERM_NEW)

    @changes(Area.ENTRIES | Area.ASSIGNMENTS)
    def set_entry_status(self, code: str, status: EntryStatus, reason: str = "") -> EntryRow:
        """Withdraw an entry or mark it ineligible (a reason is required), or make it active
        again. Its assignments stay (marks are kept); it is no longer assigned or ranked."""
        reason = clean(reason)
        if status is not EntryStatus.ACTIVE and not reason:
            raise InputError(
                P.ENTRY_STATUS_REASON_MISSING, code=code, status=ENTRY_STATUS_TERMS[status]
            )
        with self._uow() as uow:
            row = uow.core.entry(code)
            if row is None:
                raise NotFound(P.ENTRY_NOT_FOUND, code=code)
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

    @changes(Area.ENTRIES | Area.ASSIGNMENTS)
    def delete_entry(self, code: str) -> DeletedEntry:
        """Delete an entry that no judge is assigned; returns what undo needs to restore it."""
        with self._uow() as uow:
            row = uow.core.entry(code)
            if row is None:
                raise NotFound(P.ENTRY_NOT_FOUND, code=code)
            if uow.setup.entry_has_marks(code):
                raise Conflict(P.ENTRY_HAS_MARKS, code=code)
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

    @changes(Area.ENTRIES | Area.ASSIGNMENTS)
    def restore_entry(self, deleted: DeletedEntry) -> EntryRow:
        """Undo a deletion: the entry, its attachments, conflicts and components come back."""
        with self._uow() as uow:
            code = deleted.entry.code
            if code in uow.core.entry_codes():
                raise Conflict(P.ENTRY_EXISTS_AGAIN, code=code)
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

    @changes(Area.ENTRIES)
    def add_attachment(self, entry_code: str, path: Path) -> AttachmentInfo:
        """Store a PDF or image inside the database."""
        media_type = mimetypes.guess_type(path.name)[0] or ""
        if media_type not in ATTACHMENT_TYPES:
            raise InputError(P.ATTACHMENT_KIND, name=path.name)
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:  # refused before it is read
                raise _attachment_too_large(path)
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(P.FILE_UNREADABLE, name=path.name, reason=exc.strerror) from None
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise _attachment_too_large(path)
        if media_type == "application/pdf" and not data.startswith(b"%PDF"):
            raise InputError(P.ATTACHMENT_NOT_PDF, name=path.name)
        if media_type_of(data) is None:  # an image by its content, not its name
            raise InputError(P.ATTACHMENT_UNKNOWN_CONTENT, name=path.name)
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

    @changes(Area.ENTRIES)
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

    # == blind judging ========================================================================
    def judge_view_of_entry(self, entry_code: str) -> EntryRow:
        """The entry as a judge sees it: anonymised when the competition is blind."""
        with self._uow() as uow:
            competition = require_competition(uow)
            row = uow.core.entry(entry_code)
        if row is None:
            raise NotFound(P.ENTRY_NOT_FOUND, code=entry_code)
        return anonymise(row) if competition.blind else row

    def judge_entries(self, round_code: str, judge_code: str) -> list[EntryRow]:
        """The entries a judge is assigned in the round, as that judge sees them (anonymised
        when the competition is blind), by code; one unit of work for the whole list."""
        with self._uow() as uow:
            competition = require_competition(uow)
            codes = set(uow.setup.assigned_entries(round_code, judge_code))
            rows = [r for r in uow.core.entry_rows() if r.code in codes]
        rows.sort(key=lambda r: r.code)
        return [anonymise(r) for r in rows] if competition.blind else rows
