"""``export-ranking``: a round's result as a file for people, chosen by the file's suffix.

Every writer takes the same ``(report, path, options)`` (judging.publish.options); the table
of writers by suffix (``ui.publish.writers.WRITERS``) is shared with the Results screen's
Export…, so that a command that writes no such file never imports its library.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from judging.publish.options import SEPARATORS, ExportOptions
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.output import output_path, shown
from ui.publish.writers import WRITERS, writer_for

if TYPE_CHECKING:
    from judging.publish.minutes import MinutesMeta


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    kinds = ", ".join(WRITERS)
    p = commands.add_parser(
        "export-ranking",
        help=t(
            "write a round's result for people: workbook, CSV…",
            "xuất kết quả một vòng thi để công bố: bảng tính, CSV…",
        ),
        description=t(
            f"Write a round's ranking to a file whose kind the suffix names ({kinds}). The "
            "workbook (.xlsx) has a ranking sheet per category, every judge's marks with "
            "comments, and the judges' consistency; the CSV is the ranking table (UTF-8 with a "
            "BOM). Headers and words follow --lang. A round not yet approved (or --drafts) is "
            "written too, marked provisional in the workbook's title rows; the CSV is the bare "
            "table. The council's minutes (.pdf, .docx) are marked DRAFT until the round is "
            "approved; the web page (.html) is made of an approved result only. See "
            "docs/format-ranking.md.",
            f"Ghi bảng xếp hạng của một vòng thi ra tệp, loại tệp theo đuôi tên tệp ({kinds}). "
            "Bảng tính (.xlsx) có một trang xếp hạng cho mỗi lĩnh vực, điểm của từng giám "
            "khảo kèm nhận xét, và mức độ nhất quán của các giám khảo; tệp CSV là bảng xếp "
            "hạng (mã UTF-8 có BOM). Tiêu đề và chữ trong tệp theo --lang. Vòng chưa được "
            "phê duyệt (hoặc có --drafts) vẫn xuất được, bảng tính ghi rõ KẾT QUẢ TẠM THỜI ở "
            "dòng tiêu đề; tệp CSV chỉ có bảng. Biên bản họp hội đồng (.pdf, .docx) ghi DỰ "
            "THẢO khi vòng chưa được phê duyệt; trang web (.html) chỉ làm cho kết quả đã phê "
            "duyệt. Xem docs/format-ranking.md.",
        ),
    )
    p.add_argument(
        "--out",
        metavar=t("FILE", "TỆP"),
        type=Path,
        required=True,
        help=t(
            f"the file to write; its suffix says which kind ({kinds})",
            f"tệp cần ghi; đuôi tên tệp cho biết loại tệp ({kinds})",
        )
        + t(" (- : the CSV, to standard output)", " (- : tệp CSV, ra đầu ra chuẩn)"),
    )
    p.add_argument(
        "--round",
        metavar=helptexts.code(t),
        help=t(
            "the round (needed when there are several)",
            "vòng thi (bắt buộc khi cuộc thi có nhiều vòng)",
        ),
    )
    p.add_argument(
        "--category",
        metavar=helptexts.code(t),
        help=t("one category only", "chỉ một lĩnh vực"),
    )
    p.add_argument(
        "--delimiter",
        choices=list(SEPARATORS),
        default=",",
        metavar="','|';'",
        help=t(
            "CSV separator (default ,); with ; numbers take a decimal comma",
            "dấu phân cách của CSV (mặc định ,); với ; số dùng dấu phẩy thập phân",
        ),
    )
    p.add_argument(
        "--drafts",
        action="store_true",
        help=t(
            "provisional: count unsubmitted marks",
            "tạm tính: tính cả điểm của phiếu chưa nộp",
        ),
    )
    # The minutes' own texts (.pdf, .docx): what the database does not hold.
    minutes_texts = (
        (
            "--number",
            ("NUMBER", "SỐ"),
            (
                "the minutes' number (.pdf, .docx): 12 gives 'No.: 12/BB-HĐ'; left blank to write in",
                "số của biên bản (.pdf, .docx): 12 thành 'Số: 12/BB-HĐ'; để trống để ghi tay",
            ),
        ),
        (
            "--secretary",
            ("NAME", "HỌ_TÊN"),
            (
                "the council secretary's name, under the secretary's signature (.pdf, .docx)",
                "họ tên thư ký hội đồng, ghi dưới chữ ký của thư ký (.pdf, .docx)",
            ),
        ),
        (
            "--place",
            ("PLACE", "ĐỊA_DANH"),
            (
                "the place before the minutes' date (default Ho Chi Minh City)",
                "địa danh trước ngày tháng của biên bản (mặc định Thành phố Hồ Chí Minh)",
            ),
        ),
        (
            "--venue",
            ("VENUE", "ĐỊA_ĐIỂM"),
            (
                "where the council met, for the minutes (.pdf, .docx); left blank to write in",
                "nơi hội đồng họp, ghi vào biên bản (.pdf, .docx); để trống để ghi tay",
            ),
        ),
        (
            "--time",
            ("TIME", "THỜI_GIAN"),
            (
                'when the council met, as it is to be written ("14 giờ 00, ngày 06/12/2026")',
                'thời gian họp, ghi đúng như sẽ in ("14 giờ 00, ngày 06/12/2026")',
            ),
        ),
    )
    for option, (meta_en, meta_vi), (help_en, help_vi) in minutes_texts:
        p.add_argument(option, metavar=t(meta_en, meta_vi), default="", help=t(help_en, help_vi))
    for option, en, vi in (
        ("--present", "members present at the vote", "số thành viên có mặt khi biểu quyết"),
        ("--in-favour", "members who voted for the result", "số thành viên tán thành kết quả"),
        ("--against", "members who voted against it", "số thành viên không tán thành"),
    ):
        p.add_argument(
            option,
            type=int,
            default=None,
            metavar=t("N", "N"),
            help=t(
                f"{en}, written in the minutes' vote (.pdf, .docx); left blank to write in",
                f"{vi}, ghi vào phần biểu quyết của biên bản (.pdf, .docx); để trống để ghi tay",
            ),
        )
    p.set_defaults(handler=cmd_export_ranking)


def minutes_meta(args: argparse.Namespace) -> MinutesMeta:
    """What the minutes take from the command line; the vote counts must add up."""
    from judging.publish.minutes import MinutesMeta, check_votes  # the report's modules

    meta = MinutesMeta(
        number=args.number,
        place=args.place,
        secretary=args.secretary,
        venue=args.venue,
        time=args.time,
        present=args.present,
        in_favour=args.in_favour,
        against=args.against,
    )
    options = {name: "--" + name.replace("_", "-") for name in ("present", "in_favour", "against")}
    return check_votes(meta, options)


def cmd_export_ranking(args: argparse.Namespace, ctx: CliContext) -> int:
    with output_path(args.out, ctx, suffix=".csv") as path:  # "-": the CSV, to stdout
        writer = writer_for(path)
        report = ctx.services.ranking.report(args.round, category=args.category, drafts=args.drafts)
        meta = minutes_meta(args)
        options = ExportOptions(lang=ctx.language, delimiter=args.delimiter, minutes=meta)
        writer(report, path, options)
        ctx.say(
            f"Written: {shown(args.out, ctx)} (round {report.round}, {len(report.rows)} entries)",
            f"Đã ghi: {shown(args.out, ctx)} (vòng {report.round}, {len(report.rows)} hồ sơ)",
        )
    if not report.final:
        ctx.say(
            f"Provisional result: round {report.round} is not approved"
            + (" and unsubmitted marks are counted" if report.provisional else "")
            + ".",
            f"Kết quả tạm thời: vòng {report.round} chưa được phê duyệt"
            + (" và có tính điểm của phiếu chưa nộp" if report.provisional else "")
            + ".",
        )
    return 0
