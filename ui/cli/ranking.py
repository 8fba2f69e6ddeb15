"""Command-line commands of the ranking area.

``rank``, ``resolve-tie``, ``advance``, ``close-round``, ``approve-round``, ``reopen-round``.
``--round`` may be left out only where the competition has one round (else exit 2).
docs/format-ranking.md describes the rules and the ``judging-ranking/1`` JSON.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from judging.errors import InputError
from judging.model import Round
from judging.numbers import format_places
from judging.problems import ProblemCode as P
from judging.ranking.export import to_csv, to_json
from judging.ranking.results import (
    STATUS_INCOMPLETE,
    STATUS_RANKED,
    EntryResult,
    Note,
    RoundResult,
)
from judging.textfiles import write_output
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.output import is_stdout

if TYPE_CHECKING:
    from judging.ranking.service import RoundGaps


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    _register_rank(commands, t)
    _register_resolve_tie(commands, t)
    _register_advance(commands, t)
    _register_round_life(commands, t)


def _round_option(p: argparse.ArgumentParser, t: Translate) -> None:
    p.add_argument(
        "--round",
        metavar=helptexts.code(t),
        help=t(
            "the round (needed when there are several)",
            "vòng thi (bắt buộc khi cuộc thi có nhiều vòng)",
        ),
    )


def _by_option(p: argparse.ArgumentParser, t: Translate, en_default: str, vi_default: str) -> None:
    p.add_argument(
        "--by",
        metavar=t("NAME", "TÊN"),
        default=t(en_default, vi_default),
        help=t(
            f"who did it, for the audit log (default: {en_default})",
            f"người thực hiện, ghi vào nhật ký (mặc định: {vi_default})",
        ),
    )


def _register_rank(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "rank",
        help=t(
            "rank a round exactly (table, CSV or JSON)",
            "xếp hạng chính xác một vòng thi (bảng, CSV hoặc JSON)",
        ),
        description=t(
            "Rank a round: panel mark per criterion across the counted judges, "
            "weighting, bonuses and deductions, final total, the tie-break chain, shared ranks "
            "(1, 2, 2, 4) and the chair's recorded orders, advancement and prizes. Counted "
            "marks are members' and chairs' marks on submitted sheets; --drafts also counts "
            "sheets in progress and marks the result provisional. Entries with missing marks "
            "are listed as incomplete, never ranked as zero. Where the competition has "
            "categories, entries rank within their category. See docs/format-ranking.md.",
            "Xếp hạng một vòng thi: điểm hội đồng của từng tiêu chí từ điểm của các giám khảo "
            "được tính, nhân hệ số, điểm cộng và điểm trừ, tổng điểm cuối, các tiêu chí phân "
            "hạng khi bằng điểm, đồng hạng (1, 2, 2, 4) và thứ tự do chủ tịch hội đồng quyết "
            "định, vào vòng sau và giải thưởng. Điểm được tính là điểm của thành viên và chủ "
            "tịch trên phiếu đã nộp; có --drafts thì tính cả phiếu đang chấm dở và kết quả "
            "chỉ là tạm tính. Hồ sơ thiếu điểm được ghi là chưa đủ điểm, không bao giờ bị xếp "
            "như điểm 0. Cuộc thi có nhiều lĩnh vực thì hồ sơ được xếp hạng trong lĩnh vực của "
            "mình. Xem docs/format-ranking.md.",
        ),
    )
    _round_option(p, t)
    p.add_argument(
        "--category",
        metavar=helptexts.code(t),
        help=t("show one category only", "chỉ xem một lĩnh vực"),
    )
    p.add_argument(
        "--drafts",
        action="store_true",
        help=t(
            "provisional: count unsubmitted marks",
            "tạm tính: tính cả điểm của phiếu chưa nộp",
        ),
    )
    p.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        help=t(
            "a table for people (default), or CSV or JSON for programs",
            "bảng để đọc (mặc định), hoặc CSV, JSON cho chương trình khác",
        ),
    )
    p.add_argument(
        "--sep",
        choices=[",", ";"],
        default=",",
        help=t("CSV separator (default ,)", "dấu phân cách của CSV (mặc định ,)"),
    )
    p.add_argument(
        "--approved",
        action="store_true",
        help=t(
            "print the result stored when the round was approved (judging-ranking/1 JSON, "
            "exactly as stored), not one worked out now",
            "in kết quả đã lưu khi phê duyệt vòng (JSON judging-ranking/1, đúng như đã lưu) "
            "thay vì tính lại bây giờ",
        ),
    )
    p.add_argument(
        "--out",
        metavar=t("FILE", "TỆP"),
        type=Path,
        help=t("write to a file, not the screen", "ghi ra tệp thay vì in ra màn hình")
        + helptexts.or_stdout(t),
    )
    p.set_defaults(handler=cmd_rank)


def _register_resolve_tie(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "resolve-tie",
        help=t(
            "record (or revise) the chair's order for a tie the rules leave open",
            "ghi (hoặc sửa) thứ tự do chủ tịch hội đồng quyết định cho các hồ sơ đồng hạng",
        ),
        description=t(
            "Record the chair's order (best first) for a group of entries that are "
            "tied after the whole tie-break chain, with the reason; the entries then take "
            "distinct ranks in that order and the reason is shown beside them. The entries "
            "must be exactly one group tied now (see `rank`), or a group the chair has ordered "
            "before: then the new order and its new reason replace the recorded decision (the "
            "audit log keeps what was replaced). Refused on an approved round (reopen-round "
            "first).",
            "Ghi thứ tự do chủ tịch hội đồng quyết định (hồ sơ cao hơn ghi trước) cho một nhóm "
            "hồ sơ vẫn đồng hạng sau mọi tiêu chí phân hạng, kèm lý do; các hồ sơ đó nhận hạng "
            "riêng theo thứ tự này và lý do được ghi bên cạnh. Các hồ sơ phải đúng là một nhóm "
            "đang đồng hạng (xem lệnh `rank`), hoặc một nhóm chủ tịch đã xếp thứ tự trước đây: "
            "khi đó thứ tự và lý do mới thay cho quyết định đã ghi (nhật ký vẫn giữ quyết định "
            "cũ). Vòng đã phê duyệt thì bị từ chối (mở lại vòng bằng reopen-round trước).",
        ),
    )
    _round_option(p, t)
    p.add_argument(
        "--category",
        metavar=helptexts.code(t),
        help=t("the category of the tie", "lĩnh vực có các hồ sơ đồng hạng"),
    )
    p.add_argument(
        "--order",
        metavar=t("E1,E2,...", "HS1,HS2,..."),
        required=True,
        help=t("entry codes, best first", "mã hồ sơ, hồ sơ cao hơn ghi trước"),
    )
    p.add_argument(
        "--reason",
        metavar=t("TEXT", "LÝ_DO"),
        required=True,
        help=t("why the chair decided so", "lý do của quyết định"),
    )
    _by_option(p, t, "chair", "chủ tịch hội đồng")
    p.set_defaults(handler=cmd_resolve_tie)


def _register_advance(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "advance",
        help=t(
            "show who advances from a round to the next",
            "xem các hồ sơ được vào vòng sau",
        ),
        description=t(
            "Apply the round's advancement rule ([rounds.advance]: top N, per "
            "category, minimum total, ties at the boundary shared or left to the chair) and "
            "list the entries that advance, and any boundary tie that waits for the chair. "
            "Before the round is approved this is worked out from the marks as they stand; "
            "approve-round stores it with the result, and from then on the stored decision is "
            "listed. Entering the advancing entries into the next round (assignments) stays the "
            "organiser's step.",
            "Áp dụng điều kiện vào vòng sau của vòng thi (`[rounds.advance]`: N hồ sơ đứng đầu, "
            "theo từng lĩnh vực, tổng điểm tối thiểu, đồng hạng ở ranh giới thì cùng được vào "
            "hoặc chờ chủ tịch hội đồng quyết định) và liệt kê các hồ sơ được vào vòng sau "
            "cùng các trường hợp đồng hạng ở ranh giới đang chờ chủ tịch. Trước khi vòng được "
            "phê duyệt, danh sách được tính theo điểm hiện có; approve-round lưu danh sách cùng "
            "kết quả, từ đó trở đi danh sách đã lưu được dùng. Việc đưa các hồ sơ này vào vòng "
            "sau (phân công) vẫn do ban tổ chức làm.",
        ),
    )
    _round_option(p, t)
    p.add_argument(
        "--format", choices=["table", "json"], default="table", help=helptexts.text_or_json(t)
    )
    p.set_defaults(handler=cmd_advance)


def _register_round_life(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "close-round",
        help=t("close a round: no more marks", "đóng vòng thi: không nhận thêm điểm"),
        description=t(
            "open → closed: scoring refuses new marks for the round. While sheets are not "
            "submitted or entries cannot be ranked, every such entry is listed and the round "
            "stays open unless --yes is given.",
            "đang mở → đã đóng: vòng thi không nhận thêm điểm chấm. Khi còn phiếu chấm chưa "
            "nộp hoặc hồ sơ chưa đủ điểm để xếp hạng, từng hồ sơ đó được liệt kê và vòng vẫn "
            "mở, trừ khi có --yes.",
        ),
    )
    _round_option(p, t)
    _by_option(p, t, "organiser", "ban tổ chức")
    p.add_argument(
        "--yes",
        action="store_true",
        help=t(
            "close even though sheets are missing (those entries stay unranked until the "
            "round is reopened)",
            "vẫn đóng vòng dù còn thiếu phiếu chấm (các hồ sơ đó không được xếp hạng cho đến "
            "khi vòng được mở lại)",
        ),
    )
    p.set_defaults(handler=cmd_close_round)

    p = commands.add_parser(
        "approve-round",
        help=t(
            "approve a closed round: the result is locked and prizes confirmed",
            "phê duyệt vòng đã đóng: khóa kết quả và xác nhận giải thưởng",
        ),
        description=t(
            "closed → approved. Refused, with every reason named, while an entry is "
            "incomplete or a tie at a prize or advancement boundary waits for the chair "
            "(resolve-tie). The whole round's result (ranks, totals, prizes, who advances) is "
            "stored in the database as judging-ranking/1 JSON (rank --approved prints it). "
            "Certificates come only from an approved round.",
            "đã đóng → đã phê duyệt. Bị từ chối, có nêu từng lý do, khi còn hồ sơ chưa đủ "
            "điểm hoặc còn đồng hạng ở ranh giới giải thưởng hay vào vòng sau đang chờ chủ "
            "tịch hội đồng quyết định (resolve-tie). Toàn bộ kết quả của vòng (hạng, tổng "
            "điểm, giải thưởng, hồ sơ vào vòng sau) được lưu vào cơ sở dữ liệu dưới dạng JSON "
            "judging-ranking/1 (xem bằng rank --approved). Chỉ vòng đã phê duyệt mới được in "
            "giấy chứng nhận.",
        ),
    )
    _round_option(p, t)
    _by_option(p, t, "chair", "chủ tịch hội đồng")
    p.set_defaults(handler=cmd_approve_round)

    p = commands.add_parser(
        "reopen-round",
        help=t(
            "reopen a closed or approved round, with a reason",
            "mở lại vòng đã đóng hoặc đã phê duyệt, kèm lý do",
        ),
        description=t(
            "closed or approved → open; the reason is kept in the audit log.",
            "đã đóng hoặc đã phê duyệt → đang mở; lý do được ghi vào nhật ký.",
        ),
    )
    _round_option(p, t)
    p.add_argument(
        "--reason",
        metavar=t("TEXT", "LÝ_DO"),
        required=True,
        help=t("why the round is reopened", "lý do mở lại vòng"),
    )
    _by_option(p, t, "organiser", "ban tổ chức")
    p.set_defaults(handler=cmd_reopen_round)


# -- rank ----------------------------------------------------------------------------------


def cmd_rank(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.approved:
        if args.format not in (None, "json") or args.drafts or args.category:
            raise InputError(P.RANK_APPROVED_ALONE)
        stored = ctx.services.ranking.approved_result(args.round)
        text = stored.content if stored.content.endswith("\n") else stored.content + "\n"
        if args.out is not None and not is_stdout(args.out):
            _write(args.out, text)
            ctx.say(f"Written: {args.out}", f"Đã ghi: {args.out}")
        else:
            ctx.out.write(text)
        return 0
    result = ctx.services.ranking.rank(args.round, category=args.category, drafts=args.drafts)
    if args.format == "json":
        text = json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = to_csv(result, sep=args.sep)
    else:
        text = render_table(result, ctx)
    if args.out is not None and not is_stdout(args.out):
        _write(args.out, text)
        ctx.say(f"Written: {args.out}", f"Đã ghi: {args.out}")
    else:
        ctx.out.write(text)
    return 0


def _write(path: Path, text: str) -> None:
    write_output(path, text.encode("utf-8"))


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    return text[: width - 1] + "…"


def note_text(note: Note, ctx: CliContext) -> str:
    """An engine sentence in the command line's language."""
    return note.render(ctx.language)


def _missing(entry: EntryResult, ctx: CliContext) -> str:
    if not entry.missing_notes:
        return "; ".join(entry.missing)
    return "; ".join(note_text(n, ctx) for n in entry.missing_notes)


def _status_word(entry: EntryResult, ctx: CliContext) -> str:
    if entry.status == STATUS_RANKED:
        return ""
    if entry.status == STATUS_INCOMPLETE:
        return ctx.t("incomplete", "chưa đủ điểm")
    return ctx.t("withdrawn", "đã rút")


@dataclass(frozen=True)
class _Places:
    """The places a round's rules give each column of the table; a number is shown with at
    least those ("88,00", not "88") and never with fewer than it has, in ``language``."""

    language: str
    total: int | None = None
    criterion: int | None = None
    components: dict[str, int | None] = field(default_factory=dict)

    @classmethod
    def of_round(cls, language: str, rnd: Round | None) -> _Places:
        if rnd is None:
            return cls(language)
        rules = rnd.ranking
        criterion = (
            rules.weighted_places if rules.weighted_places is not None else rules.panel_places
        )
        total = rules.total_places if rules.total_places is not None else criterion
        return cls(language, total, criterion, {c.code: c.places for c in rnd.components})

    def component(self, code: str) -> int | None:
        return self.components.get(code)

    def shown(self, value: Decimal | str | None, places: int | None) -> str:
        return shown_number(value, places, self.language)


def shown_number(value: Decimal | str | None, places: int | None, language: str) -> str:
    """A computed number for people: at least ``places`` places, none of its own dropped."""
    if value is None or value == "":
        return ""
    exact = Decimal(value)
    exponent = exact.as_tuple().exponent
    own = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_places(exact, max(own, places or 0), language)


def render_table(result: RoundResult, ctx: CliContext) -> str:
    """The result as an aligned table for people, with its flags underneath."""
    lines = []
    title = ctx.t(f"Round {result.round}", f"Vòng {result.round}")
    if result.category:
        title += ctx.t(f", category {result.category}", f", lĩnh vực {result.category}")
    status = {
        "open": ("open", "đang mở"),
        "closed": ("closed", "đã đóng"),
        "approved": ("approved", "đã phê duyệt"),
    }[result.status.value]
    title += f" ({ctx.t(*status)})"
    lines.append(title)
    if result.drafts:
        lines.append(
            ctx.t(
                "PROVISIONAL: marks on sheets not yet submitted are counted",
                "TẠM TÍNH: có tính cả điểm của phiếu chưa nộp",
            )
        )
    criteria = [c.criterion for c in result.results[0].criteria] if result.results else []
    components = [c.component for c in result.results[0].components] if result.results else []
    competition = ctx.services.core.competition()
    rnd = competition.round(result.round) if competition else None
    places = _Places.of_round(ctx.language, rnd)
    prize_names = {p.code: p.name for p in competition.prizes} if competition else {}
    show_category = any(r.category for r in result.results) and not result.category
    header = [
        ctx.t("Rank", "Hạng"),
        ctx.t("Entry", "Hồ sơ"),
        ctx.t("Title", "Tên"),
        *([ctx.t("Category", "Lĩnh vực")] if show_category else []),
        ctx.t("Final", "Tổng"),
        ctx.t("Jury", "Hội đồng"),
        *criteria,
        *components,
        ctx.t("Prize", "Giải"),
        ctx.t("Advances", "Vào vòng sau"),
        ctx.t("Note", "Ghi chú"),
    ]
    rows = [header]
    for r in result.results:
        rank = "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}"
        note = _status_word(r, ctx)
        if r.tie_decision:
            note = ctx.t(f"chair: {r.tie_decision}", f"chủ tịch: {r.tie_decision}")
        elif r.missing:
            note = f"{note}: {_missing(r, ctx)}"
        rows.append(
            [
                rank,
                r.entry,
                _fit(r.title, 36),
                *([r.category or ""] if show_category else []),
                places.shown(r.final_total, places.total) or "—",
                places.shown(r.jury_total, places.total) or "—",
                *(places.shown(c.weighted, places.criterion) or "—" for c in r.criteria),
                *(places.shown(c.value, places.component(c.component)) or "" for c in r.components),
                prize_names.get(r.prize, r.prize) if r.prize else "",
                ctx.t("yes", "có") if r.advanced else "",
                note,
            ]
        )
    first_number = 4 if show_category else 3  # rank, entry, title, [category], totals…
    numeric = {0, *range(first_number, first_number + 2 + len(criteria) + len(components))}
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - _width(cell))
            cells.append(pad + cell if i in numeric else cell + pad)
        lines.append("  ".join(cells).rstrip())
    if criteria:
        lines.append(
            ctx.t(
                "Criteria columns show the weighted mark; '=' marks a shared rank.",
                "Cột tiêu chí là điểm đã nhân hệ số; dấu '=' là đồng hạng.",
            )
        )
        names = {c.code: c.name for c in rnd.criteria} if rnd else {}
        lines.extend(f"  {code}: {names[code]}" for code in criteria if names.get(code))
    for flag in result.flag_notes:
        if flag.kind != "provisional":  # the title line says so already
            lines.append(f"! {note_text(flag, ctx)}")
    return "\n".join(lines) + "\n"


# -- ties, advancement, round life ---------------------------------------------------------


def cmd_resolve_tie(args: argparse.Namespace, ctx: CliContext) -> int:
    order = [code.strip() for code in args.order.split(",") if code.strip()]
    result = ctx.services.ranking.resolve_tie(
        args.round, order, args.reason, category=args.category, actor=args.by
    )
    ctx.say(
        f"Recorded the chair's order in round {result.round}: {' > '.join(order)}",
        f"Đã ghi thứ tự của chủ tịch hội đồng ở vòng {result.round}: {' > '.join(order)}",
    )
    for code in order:
        entry = result.entry(code)
        if entry is not None:
            ctx.say(
                f"  {entry.rank}. {entry.entry} {entry.title}",
                f"  {entry.rank}. {entry.entry} {entry.title}",
            )
    return 0


def cmd_advance(args: argparse.Namespace, ctx: CliContext) -> int:
    advancement = ctx.services.ranking.advance(args.round)
    approved = advancement.approved_at
    if args.format == "json":
        ctx.emit_json(
            {
                "format": "judging-advance/1",
                "competition": advancement.competition,
                "round": advancement.round,
                "advanced": [
                    {
                        "entry": a.entry,
                        "title": a.title,
                        "category": a.category,
                        "rank": a.rank,
                        "final_total": a.final_total,
                    }
                    for a in advancement.advancing
                ],
                "unresolved": [n.text for n in advancement.unresolved],
                "approved": None
                if approved is None
                else {"at": approved.isoformat(), "by": advancement.approved_by},
            }
        )
        return 0
    count = len(advancement.advancing)
    ctx.say(
        f"Advancing from round {advancement.round}: {count}",
        f"Vào vòng sau từ vòng {advancement.round}: {count}",
    )
    if approved is not None:
        when = approved.strftime("%Y-%m-%d %H:%M UTC")
        ctx.say(
            f"  as stored when the round was approved ({when}, {advancement.approved_by})",
            f"  theo kết quả đã lưu khi phê duyệt vòng ({when}, {advancement.approved_by})",
        )
    else:
        ctx.say(
            "  worked out from the marks as they stand; stored when the round is approved",
            "  tính theo điểm hiện có; được lưu khi vòng được phê duyệt",
        )
    competition = ctx.services.core.competition()
    places = _Places.of_round(
        ctx.language, competition.round(advancement.round) if competition else None
    )
    for a in advancement.advancing:
        category = f" [{a.category}]" if a.category else ""
        total = places.shown(a.final_total, places.total)
        print(f"  {a.rank}. {a.entry}{category} {a.title} — {total}", file=ctx.out)
    for note in advancement.unresolved:
        ctx.say(f"! {note.text}", f"! {note_text(note, ctx)}")
    return 0


def cmd_close_round(args: argparse.Namespace, ctx: CliContext) -> int:
    """Close the round; while it lacks sheets, list what is missing (as the app asks) and
    close only with --yes."""
    gaps = ctx.services.ranking.round_gaps(args.round)
    if not gaps.complete:
        stream = ctx.out if args.yes else ctx.err
        for line in gap_lines(gaps, ctx):
            print(line, file=stream)
        if not args.yes:
            print(
                ctx.t(
                    "Nothing was changed. To close it anyway (judges can no longer change "
                    "their marks, and these entries stay unranked until the round is "
                    "reopened), run close-round again with --yes.",
                    "Chưa có gì thay đổi. Để vẫn đóng vòng (giám khảo sẽ không sửa điểm được "
                    "nữa, và các hồ sơ này không được xếp hạng cho đến khi vòng được mở lại), "
                    "chạy lại close-round kèm --yes.",
                ),
                file=ctx.err,
            )
            return 2
    code = ctx.services.ranking.close_round(gaps.round, actor=args.by)
    ctx.say(
        f"Round {code} is closed: no more marks are taken.",
        f"Vòng {code} đã đóng: không nhận thêm điểm.",
    )
    return 0


def gap_lines(gaps: RoundGaps, ctx: CliContext) -> list[str]:
    """What a round lacks, in the command line's language: a summary, then each entry that
    cannot be ranked with why (the judges whose sheets are missing)."""
    competition = ctx.services.core.competition()
    found = competition.round(gaps.round) if competition else None
    name = found.name if found else gaps.round
    sheets, entries = gaps.unsubmitted, len(gaps.incomplete)
    lines = [
        ctx.t(
            f"“{name}” is not complete: {sheets} sheet(s) not submitted and {entries} "
            "entry(ies) cannot be ranked.",
            f"“{name}” chưa chấm xong: {sheets} phiếu chấm chưa nộp và {entries} hồ sơ chưa "
            "đủ điểm để xếp hạng.",
        )
    ]
    lines += [
        f"  • {e.entry} — {e.title}: {'; '.join(note_text(n, ctx) for n in e.notes)}"
        for e in gaps.incomplete
    ]
    return lines


def cmd_approve_round(args: argparse.Namespace, ctx: CliContext) -> int:
    # Refused (ApprovalBlocked): its problems say what stands in the way, in either language.
    result = ctx.services.ranking.approve_round(args.round, actor=args.by)
    prizes = sum(1 for r in result.results if r.prize)
    advancing = sum(1 for r in result.results if r.advanced)
    ctx.say(
        f"Round {result.round} is approved and locked; prizes confirmed: {prizes}; "
        f"advancing: {advancing}. The result is stored (rank --approved shows it).",
        f"Vòng {result.round} đã được phê duyệt và khóa; số giải đã xác nhận: {prizes}; "
        f"số hồ sơ vào vòng sau: {advancing}. Kết quả đã được lưu (xem bằng rank --approved).",
    )
    return 0


def cmd_reopen_round(args: argparse.Namespace, ctx: CliContext) -> int:
    code = ctx.services.ranking.reopen_round(args.round, reason=args.reason, actor=args.by)
    ctx.say(f"Round {code} is open again.", f"Vòng {code} đã được mở lại.")
    return 0
