"""The council's minutes (biên bản họp hội đồng) as a neutral document, built once.

``build_minutes(report, lang=..., meta=...)`` turns a ``RoundReport`` into ``Minutes``: the
letterhead of a Vietnamese administrative document (Decree 30/2020/NĐ-CP: issuing body and
number on the left, national title and motto on the right, then place and date), the title,
numbered sections of paragraphs and tables, and the signature blocks. Every string is already
in the document's language and every number already written with the round's places (a
decimal comma in Vietnamese). Three writers draw it: the editable .docx
(judging.publish.minutes_docx), the PDF and the printed page (ui.publish.minutes_pdf).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date
from decimal import Decimal

from judging.errors import InputError
from judging.model import Role
from judging.numbers import format_places
from judging.problems import ProblemCode as P
from judging.ranking.report import ReportPlaces, ReportRow, RoundReport

#: What a person fills in by hand where the program does not know the value.
BLANK = "……"


@dataclass(frozen=True)
class MinutesMeta:
    """What the minutes say that the database does not hold; every field may stay empty.

    ``number`` is the document's number ("12", giving "Số: 12/BB-HĐ"); ``place`` the city of
    the place-and-date line (default Ho Chi Minh City); ``day`` the date of the minutes
    (default the day the round was approved, else today); ``venue`` and ``time`` where and
    when the council met; ``secretary`` the council secretary's name; the vote counts, when
    given, fill the vote sentence (else it keeps blanks to write in)."""

    number: str = ""
    place: str = ""
    day: date | None = None
    venue: str = ""
    time: str = ""
    secretary: str = ""
    present: int | None = None
    in_favour: int | None = None
    against: int | None = None


#: The most members a council's vote may count (a bound on what is typed).
MOST_MEMBERS = 1000


def check_votes(meta: MinutesMeta, labels: Mapping[str, str]) -> MinutesMeta:
    """``meta`` when its vote counts make sense: each from 0 to ``MOST_MEMBERS``, and no more
    votes than members present; else an ``InputError`` naming the field as ``labels`` call it
    (``present``, ``in_favour``, ``against``: the command line's options, the dialog's
    labels)."""
    votes = {"present": meta.present, "in_favour": meta.in_favour, "against": meta.against}
    for name, value in votes.items():
        if value is not None and not 0 <= value <= MOST_MEMBERS:
            raise InputError(
                P.MINUTES_VOTE_OUT_OF_RANGE, option=labels[name], value=value, most=MOST_MEMBERS
            )
    voted = sum(v for v in (meta.in_favour, meta.against) if v is not None)
    if meta.present is not None and voted > meta.present:
        raise InputError(P.MINUTES_VOTES_EXCEED_PRESENT, present=meta.present, voted=voted)
    return meta


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # "left" | "center" | "justify"


@dataclass(frozen=True)
class Heading:
    text: str  # a numbered section ("1. Thời gian và địa điểm") or a category's name
    level: int = 1


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]  # relative column widths
    numeric: tuple[int, ...] = ()  # columns aligned right (numbers)
    centred: tuple[int, ...] = ()  # columns centred (rank, number in list)


Block = Paragraph | Heading | Table


@dataclass(frozen=True)
class Signature:
    role: str  # "CHỦ TỊCH HỘI ĐỒNG"
    hint: str  # "(Ký, ghi rõ họ tên)"
    name: str  # "" when not known


@dataclass(frozen=True)
class Letterhead:
    issuer_above: str  # the organiser, upper case
    issuer: str  # the council, upper case (bold)
    number: str  # "Số: …/BB-HĐ"
    nation: str  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str  # "Độc lập - Tự do - Hạnh phúc"
    place_date: str  # "Thành phố Hồ Chí Minh, ngày 06 tháng 12 năm 2026"


@dataclass(frozen=True)
class Minutes:
    lang: str
    letterhead: Letterhead
    draft: str  # "" for the approved result; else the draft mark ("DỰ THẢO")
    draft_note: str  # why it is a draft
    title: str  # "BIÊN BẢN"
    subtitle: str  # "Họp hội đồng chấm …"
    blocks: tuple[Block, ...]
    signatures: tuple[Signature, ...]  # left to right: secretary, chair
    document_title: str  # the file's title (PDF and docx properties)

    def text(self) -> str:
        """Every string of the document, one per line (tests and search)."""
        head = self.letterhead
        lines = [head.issuer_above, head.issuer, head.number, head.nation, head.motto]
        lines += [head.place_date, self.draft, self.draft_note, self.title, self.subtitle]
        for block in self.blocks:
            if isinstance(block, Table):
                lines.append(" | ".join(block.header))
                lines += [" | ".join(row) for row in block.rows]
            else:
                lines.append(block.text)
        for signature in self.signatures:
            lines += [signature.role, signature.hint, signature.name]
        return "\n".join(line for line in lines if line)


#: Every label of the minutes: key → (English, Vietnamese).
_LABELS: dict[str, tuple[str, str]] = {
    "council": ("JUDGING COUNCIL", "HỘI ĐỒNG GIÁM KHẢO"),
    "number": ("No.: {number}/BB-HĐ", "Số: {number}/BB-HĐ"),
    "nation": ("SOCIALIST REPUBLIC OF VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    "motto": ("Independence - Freedom - Happiness", "Độc lập - Tự do - Hạnh phúc"),
    "city": ("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
    "title": ("MINUTES", "BIÊN BẢN"),
    "subtitle": (
        "Meeting of the council judging {competition}, {round}",
        "Họp hội đồng chấm {competition}, {round}",
    ),
    "draft": ("DRAFT", "DỰ THẢO"),
    "draft_provisional": (
        "Provisional result: score sheets not yet submitted are counted. Not to be published.",
        "Kết quả tạm tính, có tính cả phiếu chấm chưa nộp. Không dùng để công bố.",
    ),
    "draft_unapproved": (
        "The result of this round has not been approved yet.",
        "Kết quả vòng chấm này chưa được phê duyệt.",
    ),
    "s_time": ("1. Time and place", "1. Thời gian và địa điểm"),
    "time": ("Time: {time}", "Thời gian: {time}"),
    "time_blank": (
        f"{BLANK} h {BLANK}, {{date}}",
        f"{BLANK} giờ {BLANK}, {{date}}",
    ),
    "venue": ("Place: {venue}", "Địa điểm: {venue}"),
    "s_attendance": ("2. Attendance", "2. Thành phần tham dự"),
    "attendance_intro": (
        "The judges of the council for {round}:",
        "Các thành viên hội đồng chấm {round}:",
    ),
    "h_no": ("No.", "STT"),
    "h_name": ("Full name", "Họ và tên"),
    "h_title": ("Title", "Chức danh"),
    "h_org": ("Organisation", "Đơn vị công tác"),
    "h_role": ("Role", "Nhiệm vụ"),
    "h_sheets": ("Score sheets", "Phiếu chấm"),
    "role_chair": ("Chair", "Chủ tịch Hội đồng"),
    "role_member": ("Member", "Thành viên"),
    "role_trainee": ("Trainee (not counted)", "Giám khảo tập sự (không tính điểm)"),
    "sheets_done": ("all {count} submitted", "đã nộp đủ {count} phiếu"),
    "sheets_missing": ("not all {count} submitted", "chưa nộp đủ {count} phiếu"),
    "no_judges": ("No judge is on the round's panel.", "Vòng chấm chưa có giám khảo."),
    "secretary": ("Secretary: {name}", "Thư ký: {name}"),
    "s_ranking": ("3. Result of the judging", "3. Kết quả chấm"),
    "ranking_intro": (
        "Final totals with {places} decimal places; entries in rank order.",
        "Tổng điểm cuối cùng làm tròn {places} chữ số thập phân; xếp theo thứ hạng.",
    ),
    "ranking_intro_exact": (
        "Final totals as computed; entries in rank order.",
        "Tổng điểm cuối cùng như đã tính; xếp theo thứ hạng.",
    ),
    "category": ("Category: {name}", "Lĩnh vực: {name}"),
    "h_rank": ("Rank", "Hạng"),
    "h_code": ("Code", "Mã"),
    "h_entry": ("Entry", "Tên sáng kiến"),
    "h_authors": ("Authors", "Tác giả"),
    "h_total": ("Total", "Tổng điểm"),
    "h_prize": ("Prize", "Giải"),
    "tied": ("{rank} (tied)", "{rank} (đồng hạng)"),
    "status_incomplete": ("not fully scored", "chưa chấm đủ"),
    "status_withdrawn": ("withdrawn", "đã rút"),
    "no_entries": ("No entry.", "Không có sáng kiến nào."),
    "s_ties": (
        "4. Ties and the chair's decisions",
        "4. Các trường hợp bằng điểm và quyết định của Chủ tịch Hội đồng",
    ),
    "no_ties": (
        "No tie needed the chair's decision.",
        "Không có trường hợp bằng điểm cần Chủ tịch Hội đồng quyết định.",
    ),
    "decision": (
        "Entries {entries} had equal totals; {who} set their order: {order}. Reason: {reason}",
        "Các sáng kiến {entries} bằng điểm; {who} quyết định xếp theo thứ tự: {order}. "
        "Lý do: {reason}",
    ),
    "the_chair": ("the chair", "Chủ tịch Hội đồng"),
    "open_tie": (
        "Entries {entries} share rank {rank}; the rules leave them tied.",
        "Các sáng kiến {entries} đồng hạng {rank} theo quy tắc xếp hạng.",
    ),
    "s_prizes": ("5. Prizes", "5. Giải thưởng"),
    "no_prizes": ("No prize is awarded in this round.", "Vòng chấm này không xét giải thưởng."),
    "prize_line": ("{prize}: {winners}", "{prize}: {winners}"),
    "prize_none": ("none", "không có"),
    "advanced": (
        "Entries chosen for the next round ({count}): {entries}.",
        "Các sáng kiến được chọn vào vòng sau ({count}): {entries}.",
    ),
    "s_vote": ("6. The vote on the result", "6. Biểu quyết thông qua kết quả"),
    "vote_intro": (
        "The council voted on the result above.",
        "Hội đồng biểu quyết thông qua kết quả chấm nêu trên.",
    ),
    "vote": (
        "Members present: {present}; in favour: {in_favour}; against: {against}.",
        "Số thành viên có mặt: {present}; tán thành: {in_favour}; không tán thành: {against}.",
    ),
    "closing": (
        "The meeting closed at {BLANK} h {BLANK} the same day. These minutes were read to the "
        "members of the council, who agreed with them.",
        "Cuộc họp kết thúc vào lúc {BLANK} giờ {BLANK} cùng ngày. Biên bản đã được đọc lại "
        "cho các thành viên Hội đồng cùng nghe và nhất trí thông qua./.",
    ),
    "sign_secretary": ("SECRETARY", "THƯ KÝ"),
    "sign_chair": ("CHAIR OF THE COUNCIL", "CHỦ TỊCH HỘI ĐỒNG"),
    "sign_hint": ("(Signature, full name)", "(Ký, ghi rõ họ tên)"),
    "doc_title": ("Minutes: {competition}, {round}", "Biên bản: {competition}, {round}"),
}

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def label(key: str, lang: str, **values: object) -> str:
    """A label of the minutes in ``lang`` ("vi" or "en"), with ``values`` filled in."""
    en, vi = _LABELS[key]
    template = vi if lang == "vi" else en
    return template.format(BLANK=BLANK, **values) if values or "{BLANK}" in template else template


def place_date(place: str, day: date, lang: str) -> str:
    """The place-and-date line. In Vietnamese as the decree writes it: a day below 10 and a
    month below 3 take a leading zero ("ngày 06 tháng 02 năm 2026", "ngày 15 tháng 8")."""
    if lang != "vi":
        return f"{place}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def minutes_day(report: RoundReport, meta: MinutesMeta, today: date | None = None) -> date:
    """The date of the minutes: the one given, else the (local) day of approval, else today."""
    if meta.day is not None:
        return meta.day
    if report.approved_at is not None:
        at = report.approved_at
        at = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
        return at.astimezone().date()
    return today or date.today()


def total_places(places: ReportPlaces) -> int | None:
    """The places a final total is shown with: its own, else the weighted mark's, else the
    panel mark's (as the round's rules fall back)."""
    for value in (places.total, places.weighted, places.panel):
        if value is not None:
            return value
    return None


def format_total(value: Decimal | None, report: RoundReport, lang: str) -> str:
    return format_places(value, total_places(report.places), lang)


def rank_text(row: ReportRow, lang: str) -> str:
    """The rank column: the rank ("2", "2 (đồng hạng)" for a tie no one ordered), or why the
    entry has none."""
    if row.rank is None:
        key = "status_withdrawn" if row.status == "withdrawn" else "status_incomplete"
        return label(key, lang)
    if row.tied and row.tie_decision is None:
        return label("tied", lang, rank=row.rank)
    return str(row.rank)


def build_minutes(
    report: RoundReport,
    *,
    lang: str = "vi",
    meta: MinutesMeta | None = None,
    today: date | None = None,
) -> Minutes:
    """The minutes of the council's meeting on ``report``'s round, in ``lang``."""
    meta = meta or MinutesMeta()
    day = minutes_day(report, meta, today)
    place = meta.place or label("city", lang)
    names = {"competition": report.competition_name, "round": report.round_name}
    letterhead = Letterhead(
        issuer_above=report.organiser.upper(),
        issuer=label("council", lang),
        number=label("number", lang, number=meta.number or BLANK),
        nation=label("nation", lang),
        motto=label("motto", lang),
        place_date=place_date(place, day, lang),
    )
    draft, note = _draft(report, lang)
    blocks = (
        *_time_and_place(meta, day, lang),
        *_attendance(report, meta, lang),
        *_ranking(report, lang),
        *_ties(report, lang),
        *_prizes(report, lang),
        *_vote(meta, lang),
        Paragraph(label("closing", lang)),
    )
    return Minutes(
        lang=lang,
        letterhead=letterhead,
        draft=draft,
        draft_note=note,
        title=label("title", lang),
        subtitle=label("subtitle", lang, **names),
        blocks=blocks,
        signatures=(
            Signature(label("sign_secretary", lang), label("sign_hint", lang), meta.secretary),
            Signature(label("sign_chair", lang), label("sign_hint", lang), _chair_name(report)),
        ),
        document_title=label("doc_title", lang, **names),
    )


def _draft(report: RoundReport, lang: str) -> tuple[str, str]:
    if report.provisional:
        return label("draft", lang), label("draft_provisional", lang)
    if not report.approved:
        return label("draft", lang), label("draft_unapproved", lang)
    return "", ""


def _chair_name(report: RoundReport) -> str:
    return next((j.name for j in report.judges if j.role == Role.CHAIR), "")


def _time_and_place(meta: MinutesMeta, day: date, lang: str) -> tuple[Block, ...]:
    when = meta.time or label("time_blank", lang, date=place_date("", day, lang).lstrip(", "))
    return (
        Heading(label("s_time", lang)),
        Paragraph(label("time", lang, time=when)),
        Paragraph(label("venue", lang, venue=meta.venue or BLANK * 3)),
    )


def _role(role: Role, lang: str) -> str:
    return label(
        {Role.CHAIR: "role_chair", Role.TRAINEE: "role_trainee"}.get(role, "role_member"), lang
    )


def _attendance(report: RoundReport, meta: MinutesMeta, lang: str) -> tuple[Block, ...]:
    blocks: list[Block] = [
        Heading(label("s_attendance", lang)),
        Paragraph(label("attendance_intro", lang, round=report.round_name)),
    ]
    # The chair first, then the members, then trainees; each group in the report's order.
    order = {Role.CHAIR: 0, Role.MEMBER: 1, Role.TRAINEE: 2}
    judges = sorted(report.judges, key=lambda j: order.get(j.role, 1))
    if judges:
        rows = tuple(
            (
                str(number),
                judge.name,
                judge.title,
                judge.organisation,
                _role(judge.role, lang),
                label(
                    "sheets_done" if judge.submitted else "sheets_missing",
                    lang,
                    count=judge.assigned,
                ),
            )
            for number, judge in enumerate(judges, start=1)
        )
        header = ("h_no", "h_name", "h_title", "h_org", "h_role", "h_sheets")
        blocks.append(
            Table(
                tuple(label(k, lang) for k in header), rows, (8, 22, 13, 23, 17, 17), centred=(0,)
            )
        )
    else:
        blocks.append(Paragraph(label("no_judges", lang)))
    blocks.append(Paragraph(label("secretary", lang, name=meta.secretary or BLANK * 3)))
    return tuple(blocks)


def _ranking(report: RoundReport, lang: str) -> tuple[Block, ...]:
    places = total_places(report.places)
    intro = (
        label("ranking_intro", lang, places=places)
        if places is not None
        else label("ranking_intro_exact", lang)
    )
    blocks: list[Block] = [Heading(label("s_ranking", lang)), Paragraph(intro)]
    header = tuple(
        label(k, lang) for k in ("h_rank", "h_code", "h_entry", "h_authors", "h_total", "h_prize")
    )
    groups = _category_groups(report)
    for code, name in groups:
        if len(groups) > 1 or code is not None:
            blocks.append(Heading(label("category", lang, name=name), level=2))
        rows = tuple(
            (
                rank_text(row, lang),
                row.entry,
                row.title,
                ", ".join(row.authors),
                format_total(row.final_total, report, lang),
                row.prize_name,
            )
            for row in report.category_rows(code)
        )
        if rows:
            blocks.append(
                Table(header, rows, (10, 12, 30, 22, 11, 15), numeric=(4,), centred=(0, 1))
            )
        else:
            blocks.append(Paragraph(label("no_entries", lang)))
    return tuple(blocks)


def _category_groups(report: RoundReport) -> list[tuple[str | None, str]]:
    """The categories shown, in the report's order; (None, "") for a round without them."""
    groups: list[tuple[str | None, str]] = list(report.categories)
    known = {code for code, _ in groups}
    for row in report.rows:  # a row whose category the report did not list
        if row.category not in known:
            groups.append((row.category, row.category_name))
            known.add(row.category)
    return groups


def _ties(report: RoundReport, lang: str) -> tuple[Block, ...]:
    blocks: list[Block] = [Heading(label("s_ties", lang))]
    decided: set[str] = set()
    for decision in report.decisions:
        decided.update(decision.entries)
        blocks.append(
            Paragraph(
                label(
                    "decision",
                    lang,
                    entries=", ".join(sorted(decision.entries)),
                    who=decision.decided_by or label("the_chair", lang),
                    order=", ".join(decision.entries),
                    reason=decision.reason,
                )
            )
        )
    for rank, entries in _open_ties(report, decided):
        blocks.append(Paragraph(label("open_tie", lang, entries=", ".join(entries), rank=rank)))
    if len(blocks) == 1:
        blocks.append(Paragraph(label("no_ties", lang)))
    return tuple(blocks)


def _open_ties(report: RoundReport, decided: set[str]) -> list[tuple[int, list[str]]]:
    """Groups still sharing a rank (the rules left them tied and no decision split them)."""
    groups: dict[tuple[str | None, int], list[str]] = {}
    for row in report.rows:
        if row.tied and row.rank is not None and row.entry not in decided:
            groups.setdefault((row.category, row.rank), []).append(row.entry)
    return [(rank, entries) for (_, rank), entries in groups.items() if len(entries) > 1]


def _prizes(report: RoundReport, lang: str) -> tuple[Block, ...]:
    blocks: list[Block] = [Heading(label("s_prizes", lang))]
    rows = {row.entry: row for row in report.rows}
    if any(prize.winners for prize in report.prizes):
        for prize in report.prizes:
            winners = [_winner(rows[code]) if code in rows else code for code in prize.winners]
            text = "; ".join(winners) if winners else label("prize_none", lang)
            blocks.append(Paragraph(label("prize_line", lang, prize=prize.name, winners=text)))
    else:  # a round that awards no prize (a preliminary round)
        blocks.append(Paragraph(label("no_prizes", lang)))
    advanced = [row.entry for row in report.rows if row.advanced]
    if advanced:
        entries = ", ".join(advanced)
        blocks.append(Paragraph(label("advanced", lang, count=len(advanced), entries=entries)))
    return tuple(blocks)


def _winner(row: ReportRow) -> str:
    authors = ", ".join(row.authors)
    return f"{row.entry} – {row.title}" + (f" ({authors})" if authors else "")


def _vote(meta: MinutesMeta, lang: str) -> tuple[Block, ...]:
    def count(value: int | None) -> str:
        return BLANK if value is None else str(value)

    return (
        Heading(label("s_vote", lang)),
        Paragraph(label("vote_intro", lang)),
        Paragraph(
            label(
                "vote",
                lang,
                present=count(meta.present),
                in_favour=count(meta.in_favour),
                against=count(meta.against),
            )
        ),
    )
