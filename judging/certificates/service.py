"""Certificates: the templates, issuing to the prize winners of an approved round, and
verifying a certificate by the code its QR code carries.

Templates come from two places: those kept in the database (saved or imported) and those
shipped with the program (``judging/certificates/templates``, one per shipped award template).
A stored template with a shipped one's code replaces it. Unless told which, issuing uses the
template made for the competition's award (the shipped award template whose competition code
the competition's code is or begins with, "SKCD-2026" → ``sang-kien-cong-dong``), else the
first template.

Issuing is idempotent: issuing again for the same round (one per entry, or one per author)
gives back the same serials and verification codes. A holder no longer a winner (the round
was reopened and approved with another result, or the prize changed) keeps a certificate
marked void, never deleted, and a new winner gets the next serial.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from judging.certificates import codes
from judging.certificates.model import ADVANCES, Certificate, CertificateTemplate, Per, achievement
from judging.certificates.ports import StoredTemplate
from judging.certificates.templates import (
    TemplateFile,
    background_file_name,
    check_background,
    check_template,
    parse_template,
    read_template_file,
    shipped,
    shipped_names,
    template_text,
)
from judging.changes import Area, changes
from judging.errors import Conflict, InputError, NotFound
from judging.lookup import WhenOmitted, find_round, require_competition
from judging.model import Competition, RoundStatus
from judging.ports import UnitOfWork, UnitOfWorkFactory
from judging.problems import ROUND_STATUS_TERMS
from judging.problems import ProblemCode as P
from judging.textfiles import write_output

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def written_date(day: date, language: str) -> str:
    """A date as a certificate writes it: "ngày 06 tháng 12 năm 2026" (Decree 30/2020: a day
    below 10 and the months 1 and 2 take a leading zero) or "6 December 2026"."""
    if language == "vi":
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        return f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class IssuedBatch:
    """The certificates of one issue, in rank order, and the template to draw them with."""

    template: CertificateTemplate
    certificates: tuple[Certificate, ...]
    voided: tuple[Certificate, ...] = ()  # made void by this issue (holders no longer winners)


@dataclass(frozen=True)
class _Wanted:
    entry: str
    recipient: str
    prize: str
    values: dict[str, str]  # without serial, code and date

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.entry, self.recipient, self.prize)


class CertificateService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- templates ------------------------------------------------------------------------
    def templates(self) -> list[CertificateTemplate]:
        """Every template: those kept in the database, and the shipped ones not replaced."""
        with self._uow(read_only=True) as uow:
            return [read.template for read in self._all_templates(uow)]

    def template(self, code: str) -> CertificateTemplate:
        with self._uow(read_only=True) as uow:
            return self._find_template(uow, code).template

    @changes(Area.CERTIFICATES)
    def save_template(self, template: CertificateTemplate) -> CertificateTemplate:
        """Keep a template in the database (replacing one with its code); refuses a value out
        of bounds, naming the field, as reading a file would."""
        check_template(template, template.code)
        if template.background is not None:
            check_background(template.background, template.code)
        with self._uow() as uow:
            award = self._award_of(uow, template.code)
            self._store(uow, template, award)
            uow.core.audit(
                actor="organiser", action="certificates.save_template", subject=template.code
            )
            uow.commit()
        return template

    @changes(Area.CERTIFICATES)
    def import_template(self, path: Path) -> CertificateTemplate:
        """Read a template file (and the background image it names, beside it) and keep it."""
        read = read_template_file(path)
        with self._uow() as uow:
            self._store(uow, read.template, read.award)
            uow.core.audit(
                actor="organiser",
                action="certificates.import_template",
                subject=read.template.code,
                detail=path.name,
            )
            uow.commit()
        return read.template

    def export_template(self, code: str, path: Path) -> list[Path]:
        """Write a template as its TOML file, and its background image beside it (named after
        the file: ``chung-nhan.toml`` → ``chung-nhan.png``). Returns the files written."""
        with self._uow(read_only=True) as uow:
            read = self._find_template(uow, code)
        background = background_file_name(read.template, path.stem)
        written = []
        if background is not None and read.template.background is not None:
            image = path.with_name(background)
            write_output(image, read.template.background)
            written.append(image)
        text = template_text(read.template, background_name=background, award=read.award)
        write_output(path, text.encode("utf-8"))
        return [path, *written]

    def default_template(self) -> CertificateTemplate:
        """The template issuing uses when none is named."""
        with self._uow(read_only=True) as uow:
            return self._default(uow, require_competition(uow)).template

    # -- issuing --------------------------------------------------------------------------
    @changes(Area.CERTIFICATES)
    def issue(
        self,
        round_code: str | None = None,
        *,
        per: Per = Per.ENTRY,
        template: str | None = None,
        on: date | None = None,
    ) -> IssuedBatch:
        """Certificates for the prize winners of an approved round (as its approved result
        stored them), one per entry or one per author. ``on``: the date of issue of new
        certificates (today by default); certificates issued before keep theirs."""
        with self._uow() as uow:
            competition, code, chosen, wanted = self._plan(uow, round_code, per, template)
            today = on or datetime.now().date()
            batch = self._issue(uow, competition, code, per, chosen, wanted, today)
            uow.core.audit(
                actor="organiser",
                action="certificates.issue",
                subject=code,
                detail=(
                    f"{len(batch.certificates)} per {per.value}, template {chosen.code}"
                    f"{f', {len(batch.voided)} made void' if batch.voided else ''}"
                ),
            )
            uow.commit()
            return batch

    def preview(
        self,
        round_code: str | None = None,
        *,
        per: Per = Per.ENTRY,
        template: str | None = None,
        on: date | None = None,
    ) -> IssuedBatch:
        """What ``issue`` would hand out, read only: the same recipients and texts, with no
        serial or verification code yet (nothing is stored)."""
        with self._uow() as uow:
            _competition, code, chosen, wanted = self._plan(uow, round_code, per, template)
        today = on or datetime.now().date()
        previews = []
        for want in wanted:
            blank = Certificate(
                serial="",
                verification_code="",
                round=code,
                entry=want.entry,
                recipient=want.recipient,
                prize=want.prize,
                issued_on=today,
                values={},
                per=per,
                template=chosen.code,
            )
            previews.append(replace(blank, values=_values(want, blank, chosen)))
        return IssuedBatch(chosen, tuple(previews))

    def issued(self, round_code: str | None = None, *, per: Per = Per.ENTRY) -> list[Certificate]:
        """The certificates issued for a round so far (void ones included)."""
        with self._uow() as uow:
            competition = require_competition(uow)
            code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
            return uow.certificates.issued(code, per)

    def verify(self, code: str) -> Certificate:
        """The certificate with this verification code (typed with or without dashes, in any
        case), void or not; a code never issued is refused."""
        plain = codes.normalise(code)
        if not plain:
            raise InputError(P.CERT_CODE_EMPTY)
        with self._uow(read_only=True) as uow:
            found = uow.certificates.by_code(plain)
        if found is None:
            raise NotFound(P.CERT_CODE_UNKNOWN, code=code.strip())
        return found

    # -- issuing, step by step ------------------------------------------------------------
    def _plan(
        self, uow: UnitOfWork, round_code: str | None, per: Per, template: str | None
    ) -> tuple[Competition, str, CertificateTemplate, list[_Wanted]]:
        """What issuing (or its preview) hands out: the round, the template and the recipients
        with their texts."""
        competition = require_competition(uow)
        code = find_round(competition, round_code, when_omitted=WhenOmitted.ONLY_ROUND).code
        winners = self._winners(uow, code)
        chosen = (
            self._find_template(uow, template)
            if template is not None
            else self._default(uow, competition)
        ).template
        wanted = self._wanted(uow, competition, winners, per, chosen.language)
        return competition, code, chosen, wanted

    def _winners(self, uow: UnitOfWork, round_code: str) -> list[tuple[str, str]]:
        """(entry, what it achieved) of the round's approved result, in rank order: in the
        last round its prize code; in an earlier round with an advancement rule
        ``ADVANCES + the next round's code`` for each entry that goes on (a certificate of
        reaching that round)."""
        rounds = require_competition(uow).rounds
        codes_in_order = [r.code for r in rounds]
        position = codes_in_order.index(round_code)
        last = position == len(rounds) - 1
        if not last and rounds[position].advance is None:
            raise InputError(P.CERT_NOT_PRIZE_ROUND, round=round_code, last=rounds[-1].code)
        status = uow.ranking.round_status(round_code)
        if status != RoundStatus.APPROVED:
            raise Conflict(
                P.CERT_ROUND_NOT_APPROVED, round=round_code, status=ROUND_STATUS_TERMS[status]
            )
        stored = uow.ranking.latest_snapshot(round_code)
        if stored is None:
            raise NotFound(P.ROUND_NO_APPROVED_RESULT, round=round_code)
        results = json.loads(stored.content)["results"]
        if last:
            winners = [(str(r["entry"]), str(r["prize"])) for r in results if r.get("prize")]
        else:
            onward = ADVANCES + rounds[position + 1].code
            winners = [(str(r["entry"]), onward) for r in results if r.get("advanced")]
        if not winners:
            raise InputError(P.CERT_NO_WINNERS, round=round_code)
        return winners

    def _wanted(
        self,
        uow: UnitOfWork,
        competition: Competition,
        winners: list[tuple[str, str]],
        per: Per,
        language: str,
    ) -> list[_Wanted]:
        prizes = {p.code: p.name for p in competition.prizes}
        prizes |= {ADVANCES + r.code: r.name for r in competition.rounds}
        wanted = []
        for entry_code, prize in winners:
            entry = uow.core.entry(entry_code)
            if entry is None:
                raise NotFound(P.ENTRY_NOT_FOUND, code=entry_code)
            authors = list(dict.fromkeys(a for a in entry.authors if a.strip()))
            fallback = entry.organisation or entry.title
            if per == Per.ENTRY:
                recipients = [", ".join(authors) or fallback]
            else:
                recipients = authors or [fallback]
            for recipient in recipients:
                values = {
                    "name": recipient,
                    "organisation": entry.organisation,
                    "prize": prizes.get(prize, prize),
                    "achievement": achievement(prize, prizes.get(prize, prize), language),
                    "entry_title": entry.title,
                    "category": entry.category_name,
                    "competition": competition.name,
                }
                wanted.append(_Wanted(entry_code, recipient, prize, values))
        return wanted

    def _issue(
        self,
        uow: UnitOfWork,
        competition: Competition,
        round_code: str,
        per: Per,
        template: CertificateTemplate,
        wanted: list[_Wanted],
        today: date,
    ) -> IssuedBatch:
        store = uow.certificates
        live = {
            (c.entry, c.recipient, c.prize): c for c in store.issued(round_code, per) if not c.void
        }
        sequence = store.last_sequence()
        out = []
        for want in wanted:
            found = live.pop(want.key, None)
            if found is None:
                sequence += 1
                fresh = Certificate(
                    serial=codes.serial(competition.code, today.year, sequence),
                    verification_code=self._fresh_code(uow),
                    round=round_code,
                    entry=want.entry,
                    recipient=want.recipient,
                    prize=want.prize,
                    issued_on=today,
                    values={},
                    per=per,
                    template=template.code,
                )
                certificate = replace(fresh, values=_values(want, fresh, template))
                store.add_issued(certificate, sequence)
            else:
                certificate = replace(
                    found, values=_values(want, found, template), template=template.code
                )
                if certificate != found:
                    store.update_issued(certificate)
            out.append(certificate)
        voided = tuple(replace(c, void=True) for c in live.values())
        for certificate in voided:
            store.update_issued(certificate)
        return IssuedBatch(template, tuple(out), voided)

    def _fresh_code(self, uow: UnitOfWork) -> str:
        while True:  # 29**12 codes: a repeat is all but impossible, and checked all the same
            code = codes.new_code()
            if uow.certificates.by_code(codes.normalise(code)) is None:
                return code

    # -- finding templates ----------------------------------------------------------------
    def _all_templates(self, uow: UnitOfWork) -> list[TemplateFile]:
        stored = [_from_stored(row) for row in uow.certificates.templates()]
        codes_stored = {read.template.code for read in stored}
        ships = [shipped(name) for name in shipped_names()]
        return stored + [read for read in ships if read.template.code not in codes_stored]

    def _find_template(self, uow: UnitOfWork, code: str) -> TemplateFile:
        row = uow.certificates.template(code)
        if row is not None:
            return _from_stored(row)
        if code in shipped_names():
            return shipped(code)
        known = [read.template.code for read in self._all_templates(uow)]
        raise NotFound(P.CERT_TEMPLATE_UNKNOWN, code=code, known=", ".join(known))

    def _default(self, uow: UnitOfWork, competition: Competition) -> TemplateFile:
        every = self._all_templates(uow)
        for read in every:
            award_code = _award_competition_code(read.award)
            if award_code and (
                competition.code == award_code or competition.code.startswith(award_code + "-")
            ):
                return read
        return every[0]

    def _award_of(self, uow: UnitOfWork, code: str) -> str | None:
        row = uow.certificates.template(code)
        if row is not None:
            return _from_stored(row).award
        return shipped(code).award if code in shipped_names() else None

    def _store(self, uow: UnitOfWork, template: CertificateTemplate, award: str | None) -> None:
        background = background_file_name(template)
        content = template_text(template, background_name=background, award=award)
        uow.certificates.save_template(
            StoredTemplate(template.code, template.name, content, template.background)
        )


def _from_stored(row: StoredTemplate) -> TemplateFile:
    read = parse_template(row.content, f"{row.code}.toml")
    return replace(read, template=replace(read.template, background=row.background))


def _values(
    want: _Wanted, certificate: Certificate, template: CertificateTemplate
) -> dict[str, str]:
    return {
        **want.values,
        "date": written_date(certificate.issued_on, template.language),
        "serial": certificate.serial,
        "code": certificate.verification_code,
    }


def _award_competition_code(award: str | None) -> str | None:
    """The competition code of a shipped award template ("sang-kien-cong-dong" → "SKCD")."""
    if not award:
        return None
    from judging.setup.definition.templates import template_text as award_text

    try:
        doc = tomllib.loads(award_text(award))
    except (KeyError, tomllib.TOMLDecodeError):
        return None
    code = doc.get("competition", {}).get("code")
    return code if isinstance(code, str) else None
