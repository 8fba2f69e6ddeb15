"""Command-line commands of the scoring area.

``import-marks``, ``export-marks``, ``print-sheets``, ``set-organiser-password``.
An import is all or nothing: a faulty file is refused (exit 2) with every faulty row named;
the same file twice changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from judging.errors import EnvironmentFault, InputError
from judging.lookup import WhenOmitted
from judging.problems import ProblemCode as P
from judging.textfiles import check_output, read_bytes, write_output
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.output import is_stdout, output_path, shown
from ui.cli.prompts import read_current_secret, read_secret


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    p = commands.add_parser(
        "import-marks",
        help=t(
            "take in marks from a CSV file (round,entry,judge,criterion,mark,comment)",
            "nhập điểm chấm từ tệp CSV (round,entry,judge,criterion,mark,comment)",
        ),
        description=t(
            "Read a marks CSV, one row per judge × entry × criterion: columns "
            "round,entry,judge,criterion,mark,comment (round may be left out when the "
            "competition has one round; comment is optional). Read like every CSV import: "
            "UTF-8 with or without BOM, UTF-16 with BOM or CP1258; ',' or ';' is detected; a "
            "mark may use a decimal point or comma. Every faulty row is named (unknown round, "
            "judge, entry or criterion; entry not assigned to the judge; mark not a number, "
            "out of range or off-step) and then nothing is imported. Imported marks have "
            "origin 'file' and their sheets become submitted; the same file twice changes "
            "nothing. See docs/format-marks.md.",
            "Đọc tệp điểm CSV, mỗi dòng là điểm của một giám khảo cho một tiêu chí của một hồ "
            "sơ: các cột round,entry,judge,criterion,mark,comment (cuộc thi chỉ có một vòng thì "
            "có thể bỏ cột `round`; cột `comment` là nhận xét, có thể bỏ). Đọc như mọi tệp CSV nhập "
            "vào: mã UTF-8 có hoặc không có BOM, UTF-16 có BOM hoặc CP1258; tự nhận dấu phân "
            "cách ',' hay ';'; điểm có thể viết với dấu chấm hoặc dấu phẩy thập phân. Mọi dòng "
            "sai đều được nêu (vòng, giám khảo, hồ sơ hay tiêu chí không có; hồ sơ không phân "
            "công cho giám khảo; điểm không phải là số, ngoài thang điểm hoặc không đúng bậc "
            "điểm) và khi đó không nhập gì cả. Điểm nhập vào được ghi nguồn là tệp, phiếu "
            "chấm tương ứng chuyển sang đã nộp; nhập lại cùng một tệp không thay đổi gì. Xem "
            "docs/format-marks.md.",
        ),
    )
    p.add_argument("file", metavar=t("FILE.csv", "TỆP.csv"), type=Path, help=helptexts.csv_file(t))
    p.set_defaults(handler=cmd_import_marks)

    p = commands.add_parser(
        "export-marks",
        help=t(
            "write the submitted marks to a CSV file",
            "ghi điểm của các phiếu đã nộp ra tệp CSV",
        ),
        description=t(
            "Write the marks of submitted sheets (with --drafts also those of sheets "
            "in progress) as round,entry,judge,criterion,mark,comment rows, UTF-8 with BOM. "
            "With --sep ';' marks use a decimal comma (Excel under Vietnamese settings).",
            "Ghi điểm của các phiếu đã nộp (có --drafts thì ghi cả phiếu đang chấm dở) thành "
            "các dòng round,entry,judge,criterion,mark,comment, mã UTF-8 có BOM. Với --sep ';' "
            "điểm dùng dấu phẩy thập phân (hợp với Excel cài đặt tiếng Việt).",
        ),
    )
    p.add_argument(
        "--out",
        metavar=t("FILE.csv", "TỆP.csv"),
        type=Path,
        required=True,
        help=t("the file to write", "tệp cần ghi") + helptexts.or_stdout(t),
    )
    p.add_argument(
        "--round",
        metavar=helptexts.code(t),
        help=t("only this round (default: every round)", "chỉ vòng này (mặc định: mọi vòng)"),
    )
    p.add_argument(
        "--sep",
        choices=[",", ";"],
        default=",",
        help=t("the separator (default ,)", "dấu phân cách (mặc định ,)"),
    )
    p.add_argument(
        "--drafts",
        action="store_true",
        help=t("include sheets still in progress", "ghi cả các phiếu đang chấm dở"),
    )
    p.set_defaults(handler=cmd_export_marks)

    p = commands.add_parser(
        "print-sheets",
        help=t(
            "print score sheets (phiếu chấm điểm) to PDF: one judge's, or every judge's",
            "in phiếu chấm điểm ra tệp PDF: của một giám khảo, hoặc của tất cả giám khảo",
        ),
        description=t(
            "Write score sheets to a PDF: one page per assigned entry with "
            "the criteria, rubric bands, maximum and a box for the mark, a comment and the "
            "signature line, then a summary page (entries × criteria). Blank for judging on "
            "paper, or --filled with the stored marks for signature and the archive. --judge "
            "CODE prints one judge's sheets; --all prints every judge with entries in the "
            "round: into one PDF when --out names a .pdf file, or one file a judge "
            "(phieu-cham-CODE.pdf) when --out names a folder. Without --round: the only round, "
            "or else the current round (the first still open), named in the output.",
            "Ghi phiếu chấm điểm ra tệp PDF: mỗi hồ sơ được phân công một "
            "trang, có các tiêu chí, thang mô tả mức điểm, điểm tối đa, ô ghi điểm, nhận xét và "
            "chỗ ký, sau cùng là trang tổng hợp (hồ sơ × tiêu chí). Phiếu trống để chấm trên "
            "giấy, hoặc có --filled thì điền sẵn điểm đã lưu để ký và lưu hồ sơ. --judge MÃ in "
            "phiếu của một giám khảo; --all in phiếu của mọi giám khảo có hồ sơ trong vòng: "
            "vào một tệp PDF khi --out là tệp .pdf, hoặc mỗi giám khảo một tệp "
            "(phieu-cham-MÃ.pdf) khi --out là thư mục. Không ghi --round: vòng duy nhất, hoặc "
            "vòng hiện tại (vòng đang mở đầu tiên), có ghi tên trong kết quả.",
        ),
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--judge", metavar=helptexts.code(t), help=t("the judge", "mã giám khảo"))
    who.add_argument(
        "--all",
        action="store_true",
        help=t(
            "every judge with entries in the round",
            "mọi giám khảo có hồ sơ được phân công trong vòng",
        ),
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=helptexts.some_round(t))
    p.add_argument(
        "--filled",
        action="store_true",
        help=t("fill in the stored marks", "điền sẵn điểm đã lưu"),
    )
    p.add_argument(
        "--out",
        metavar=t("FILE.pdf|FOLDER", "TỆP.pdf|THƯ-MỤC"),
        type=Path,
        required=True,
        help=t(
            "the PDF file to write; with --all also a folder (one file a judge)",
            "tệp PDF cần ghi; với --all cũng có thể là thư mục (mỗi giám khảo một tệp)",
        )
        + helptexts.or_stdout(t),
    )
    p.set_defaults(handler=cmd_print_sheets)

    p = commands.add_parser(
        "set-organiser-password",
        help=t(
            "set the organiser's password (needed to leave judge mode)",
            "đặt mật khẩu ban tổ chức (cần khi rời chế độ giám khảo)",
        ),
        description=t(
            "Set the password that leaving judge mode asks for on a shared machine: at least "
            "10 characters. It is read from standard input when that is not a terminal, else "
            "asked twice without echo. Where a password is set, the current one is asked "
            "first (the first line of standard input). Only a salted, slow hash is stored. "
            "--clear removes it (then leaving judge mode needs no password). --reset sets or "
            "(with --clear) removes it without the current password, for a forgotten one: "
            "the audit log records it as a reset.",
            "Đặt mật khẩu phải nhập khi rời chế độ giám khảo trên máy dùng chung: ít nhất 10 "
            "ký tự. Mật khẩu được đọc từ đầu vào chuẩn khi đó không phải cửa sổ dòng lệnh, nếu "
            "không thì được hỏi hai lần và không hiện ra màn hình. Nếu đã có mật khẩu, chương "
            "trình hỏi mật khẩu hiện tại trước (dòng đầu của đầu vào chuẩn). Chỉ lưu bản băm "
            "có muối, tính chậm. --clear xóa mật khẩu (khi đó rời chế độ giám khảo không cần "
            "mật khẩu). --reset đặt mới hoặc (cùng --clear) xóa mật khẩu mà không cần mật khẩu "
            "hiện tại, khi đã quên: nhật ký ghi lại đây là một lần đặt lại.",
        ),
    )
    p.add_argument(
        "--clear",
        action="store_true",
        help=t("remove the password", "xóa mật khẩu"),
    )
    p.add_argument(
        "--reset",
        action="store_true",
        help=t(
            "without the current password (a forgotten one); audited as a reset",
            "không cần mật khẩu hiện tại (khi đã quên); nhật ký ghi là đặt lại",
        ),
    )
    p.set_defaults(handler=cmd_set_organiser_password)


def cmd_import_marks(args: argparse.Namespace, ctx: CliContext) -> int:
    from judging.scoring import marks_csv  # the marks file format (and model): only here

    report = ctx.services.scoring.import_marks(
        read_bytes(args.file, source=str(args.file), limit=marks_csv.MAX_BYTES),
        source=str(args.file),
    )
    ctx.say(
        f"{report.rows} rows read: {report.changed} marks changed, {report.unchanged} "
        f"unchanged; {report.sheets_submitted} sheets submitted.",
        f"Đã đọc {report.rows} dòng: {report.changed} điểm thay đổi, {report.unchanged} "
        f"không đổi; {report.sheets_submitted} phiếu đã nộp.",
    )
    if report.incomplete:
        ctx.say(
            "Submitted sheets still missing a criterion: " + ", ".join(report.incomplete),
            "Phiếu đã nộp còn thiếu điểm tiêu chí: " + ", ".join(report.incomplete),
        )
    return 0


def cmd_export_marks(args: argparse.Namespace, ctx: CliContext) -> int:
    from judging.scoring import marks_csv  # the marks file format (and model): only here

    records = ctx.services.scoring.export_marks(args.round, include_drafts=args.drafts)
    with output_path(args.out, ctx) as path:  # "-": standard output
        write_output(path, marks_csv.write_marks(records, separator=args.sep))
        ctx.say(
            f"{len(records)} marks written to {shown(args.out, ctx)}.",
            f"Đã ghi {len(records)} điểm vào {shown(args.out, ctx)}.",
        )
    return 0


def _sheets_round(args: argparse.Namespace, ctx: CliContext) -> str | None:
    """The round named, or else the only one, or else the current one (named in the output)."""
    if args.round is not None:
        return str(args.round)
    competition = ctx.services.core.require_competition()
    if len(competition.rounds) <= 1:
        return None
    current = ctx.services.core.find_round(None, when_omitted=WhenOmitted.CURRENT_ROUND)
    ctx.say(
        f"Round: {current.code} — {current.name} (the current round; --round names another)",
        f"Vòng: {current.code} — {current.name} (vòng hiện tại; dùng --round để chọn vòng khác)",
    )
    return current.code


def _painting_app() -> object:
    """Painting needs a QGuiApplication (fonts); a command makes its own, off screen. The
    caller keeps it while it paints."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["judging-desk", "-platform", "offscreen"])


def cmd_print_sheets(args: argparse.Namespace, ctx: CliContext) -> int:
    with output_path(args.out, ctx, suffix=".pdf") as out:  # "-": one PDF, to stdout
        round_code = _sheets_round(args, ctx)  # may say which round: on stderr with "-"
        if args.all:
            return _print_every_judge(args, ctx, round_code, out)
        _print_one_judge(args, ctx, round_code, out)
    return 0


def _print_one_judge(
    args: argparse.Namespace, ctx: CliContext, round_code: str | None, out: Path
) -> None:
    check_output(out)
    pack = ctx.services.scoring.print_pack(round_code, args.judge, filled=args.filled)
    if not pack.sheets:
        raise InputError(P.JUDGE_NOTHING_ASSIGNED, judge=args.judge)
    from ui.scoring.printing import print_to_pdf

    _app = _painting_app()
    print_to_pdf(pack, out)
    ctx.say(
        f"{len(pack.sheets)} score sheets of {pack.judge_name} written to {shown(args.out, ctx)}.",
        f"Đã in {len(pack.sheets)} phiếu chấm điểm của {pack.judge_name} vào {shown(args.out, ctx)}.",
    )


def _print_every_judge(
    args: argparse.Namespace, ctx: CliContext, round_code: str | None, out: Path
) -> int:
    into_folder = not is_stdout(args.out) and (out.is_dir() or out.suffix.lower() != ".pdf")
    if not out.is_dir():
        check_output(out)  # a file, or a new folder, in a folder that exists
    packs = ctx.services.scoring.print_packs(round_code, filled=args.filled)
    if not packs:
        raise InputError(P.ROUND_NOTHING_ASSIGNED)
    if into_folder:
        try:
            out.mkdir(exist_ok=True)
        except OSError as exc:
            raise EnvironmentFault(P.OUTPUT_UNWRITABLE, path=out, reason=exc.strerror) from None
    from ui.scoring.common import sheets_file_name
    from ui.scoring.printing import print_to_pdf

    _app = _painting_app()
    sheets = sum(len(p.sheets) for p in packs)
    if into_folder:
        for pack in packs:
            print_to_pdf(pack, out / sheets_file_name(pack.judge_code, filled=args.filled))
        ctx.say(
            f"{sheets} score sheets of {len(packs)} judges written to {out}, one file a judge.",
            f"Đã in {sheets} phiếu chấm điểm của {len(packs)} giám khảo vào thư mục {out}, "
            "mỗi giám khảo một tệp.",
        )
    else:
        print_to_pdf(packs, out)
        ctx.say(
            f"{sheets} score sheets of {len(packs)} judges written to {shown(args.out, ctx)}.",
            f"Đã in {sheets} phiếu chấm điểm của {len(packs)} giám khảo vào {shown(args.out, ctx)}.",
        )
    return 0


def cmd_set_organiser_password(args: argparse.Namespace, ctx: CliContext) -> int:
    current = None
    if not args.reset and ctx.services.scoring.has_organiser_password():
        current = read_current_secret(ctx, what=P.TERM_CURRENT_PASSWORD)
    if args.clear:
        ctx.services.scoring.set_organiser_password("", current=current, reset=args.reset)
        ctx.say(
            "Organiser password removed: leaving judge mode needs no password.",
            "Đã xóa mật khẩu ban tổ chức: rời chế độ giám khảo không cần mật khẩu.",
        )
        return 0
    password = read_secret(ctx, what=P.TERM_ORGANISER_PASSWORD)
    ctx.services.scoring.set_organiser_password(password, current=current, reset=args.reset)
    if args.reset:
        ctx.say(
            "Organiser password reset (recorded in the audit log).",
            "Đã đặt lại mật khẩu ban tổ chức (đã ghi vào nhật ký).",
        )
    else:
        ctx.say("Organiser password set.", "Đã đặt mật khẩu ban tổ chức.")
    return 0
