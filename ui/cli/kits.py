"""Commands of judge kits and score files (issue 11): ``export-kit`` and ``import-scorefile`` on
the organiser's database, ``export-scorefile`` on a judge's kit (``--kit FILE``).

A refused score file is named with its one reason (exit 2) and changes nothing; the others
given in the same command are still taken in, each in its own transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from judging.errors import InputError
from judging.kits.format import MAX_SCOREFILE_BYTES
from judging.kits.service import ScoreFileReport, ScoreFileWritten
from judging.numbers import format_places
from judging.textfiles import read_bytes, safe_child, write_output
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.output import is_stdout, output_path, refuse_stdout, shown


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    p = commands.add_parser(
        "export-kit",
        help=t(
            "write a judge kit (one judge's entries, criteria and signing key) for a laptop",
            "xuất bộ hồ sơ giám khảo (hồ sơ được phân công, tiêu chí, khóa ký) để chấm trên máy riêng",
        ),
        description=t(
            "Write one judge's kit (--judge CODE --out FILE) or every judge's kit of the round "
            "(--all --out FOLDER). A kit holds the judge's assigned entries only (anonymised in "
            "blind judging), their attachments, the round's criteria and rubric, and the key "
            "the judge's score file is signed with. The judge opens it with "
            "`judging-desk --kit FILE`. See docs/formats.md.",
            "Xuất bộ hồ sơ của một giám khảo (--judge MÃ --out TỆP) hoặc của mọi giám khảo "
            "trong vòng (--all --out THƯ_MỤC). Bộ hồ sơ chỉ gồm các hồ sơ được phân công cho "
            "giám khảo đó (ẩn danh khi chấm kín), tệp đính kèm, tiêu chí và thang điểm của vòng, "
            "cùng khóa để ký tệp điểm. Giám khảo mở bằng `judging-desk --kit TỆP`. Xem "
            "docs/formats.md.",
        ),
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--judge",
        metavar=helptexts.code(t),
        help=t("the judge whose kit to write", "mã giám khảo cần xuất bộ hồ sơ"),
    )
    who.add_argument(
        "--all",
        action="store_true",
        help=t(
            "every judge with entries in the round, one file each, into the folder --out",
            "mọi giám khảo có hồ sơ trong vòng, mỗi người một tệp, vào thư mục --out",
        ),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=t("FILE|FOLDER", "TỆP|THƯ_MỤC"),
        help=t(
            "the kit file to write (with --all: the folder)",
            "tệp bộ hồ sơ cần ghi (với --all: thư mục)",
        )
        + helptexts.or_stdout(t),
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=helptexts.some_round(t))
    p.set_defaults(handler=cmd_export_kit)

    p = commands.add_parser(
        "export-scorefile",
        help=t(
            "on a judge kit: write my signed score file for the organiser",
            "trên bộ hồ sơ giám khảo: ghi tệp điểm đã ký để gửi ban tổ chức",
        ),
        description=t(
            "Used with --kit FILE on the judge's laptop: write every mark with its versions, "
            "comments, recusals and submissions as one signed score file. Each file carries a "
            "number one higher than the last; the organiser takes in the newest.",
            "Dùng cùng --kit TỆP trên máy của giám khảo: ghi mọi điểm cùng các lần sửa, nhận "
            "xét, từ chối chấm và phiếu đã nộp thành một tệp điểm có chữ ký. Mỗi tệp mang số thứ "
            "tự lớn hơn tệp trước; ban tổ chức nhận tệp mới nhất.",
        ),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=t("FILE", "TỆP"),
        help=t("the score file to write", "tệp điểm cần ghi") + helptexts.or_stdout(t),
    )
    p.set_defaults(handler=cmd_export_scorefile)

    p = commands.add_parser(
        "import-scorefile",
        help=t(
            "take in judges' signed score files",
            "nhận tệp điểm đã ký của giám khảo",
        ),
        description=t(
            "Verify and take in score files written from judge kits. A file that was changed "
            "or forged, is from another competition or round, holds entries not assigned to "
            "its judge, is damaged, of an unknown format version or too large is refused with "
            "its reason and changes nothing (exit 2). The same file twice, or an older file "
            "after a newer one, changes nothing. Marks typed from paper are never overwritten: "
            "they are listed as conflicts.",
            "Kiểm tra và nhận các tệp điểm ghi từ bộ hồ sơ giám khảo. Tệp bị sửa hoặc giả mạo, "
            "của cuộc thi hay vòng khác, có hồ sơ không phân công cho giám khảo đó, bị hỏng, "
            "định dạng không hỗ trợ hoặc quá lớn đều bị từ chối kèm lý do và không làm thay "
            "đổi gì (mã thoát 2). Nhận lại cùng một tệp, hoặc một tệp cũ hơn tệp đã nhận, không "
            "thay đổi gì. Điểm nhập từ phiếu giấy không bao giờ bị ghi đè: chúng được liệt kê "
            "là điểm chênh lệch.",
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=t("FILE", "TỆP"),
        help=t("the score files", "các tệp điểm"),
    )
    p.set_defaults(handler=cmd_import_scorefile)


def cmd_export_kit(args: argparse.Namespace, ctx: CliContext) -> int:
    kits = ctx.services.kits
    if not args.all:
        kit = kits.export_kit(args.round, args.judge)
        with output_path(args.out, ctx) as path:  # "-": standard output
            write_output(path, kit.data)
        ctx.say(
            f"Kit of judge {kit.judge_code} (round {kit.round_code}) written to {shown(args.out, ctx)}.",
            f"Đã ghi bộ hồ sơ của giám khảo {kit.judge_code} (vòng {kit.round_code}) vào {shown(args.out, ctx)}.",
        )
        return 0
    refuse_stdout(args.out)
    judges = kits.kit_judges(args.round)
    args.out.mkdir(parents=True, exist_ok=True)
    for code in judges:
        kit = kits.export_kit(args.round, code)
        write_output(safe_child(args.out, kit.file_name), kit.data)
    ctx.say(
        f"{len(judges)} judge kits written to {args.out}: {', '.join(judges)}.",
        f"Đã ghi {len(judges)} bộ hồ sơ giám khảo vào {args.out}: {', '.join(judges)}.",
    )
    return 0


def cmd_export_scorefile(args: argparse.Namespace, ctx: CliContext) -> int:
    written = ctx.services.kits.scorefile()
    with output_path(args.out, ctx) as path:  # "-": standard output
        write_output(path, written.data)
        _say_scorefile_written(args, ctx, written)
    return 0


def _say_scorefile_written(
    args: argparse.Namespace, ctx: CliContext, written: ScoreFileWritten
) -> None:
    where = shown(args.out, ctx) if is_stdout(args.out) else args.out.resolve()
    ctx.say(
        f"Score file no. {written.sequence} of judge {written.judge_code} written to "
        f"{where}: {written.marks} marks on {written.sheets} sheets, "
        f"{written.submitted} submitted, {written.recused} recused. Send this file to the "
        "organiser.",
        f"Đã ghi tệp điểm số {written.sequence} của giám khảo {written.judge_code} vào "
        f"{where}: {written.marks} điểm trên {written.sheets} phiếu, "
        f"{written.submitted} phiếu đã nộp, {written.recused} phiếu từ chối chấm. Hãy gửi tệp "
        "này cho ban tổ chức.",
    )


def cmd_import_scorefile(args: argparse.Namespace, ctx: CliContext) -> int:
    status = 0
    for path in args.files:
        try:
            data = read_bytes(path, source=str(path), limit=MAX_SCOREFILE_BYTES)
            report = ctx.services.kits.take_in(data, source=path.name)
        except InputError as exc:
            print(exc.text(ctx.language), file=ctx.err)
            status = 2
            continue
        _say_report(ctx, report)
    return status


def _say_report(ctx: CliContext, r: ScoreFileReport) -> None:
    if r.stale:
        ctx.say(
            f"{r.source}: score file no. {r.sequence} of judge {r.judge_code} was taken in "
            "already, or a newer one was: nothing changed.",
            f"{r.source}: tệp điểm số {r.sequence} của giám khảo {r.judge_code} đã được nhận, "
            "hoặc đã nhận một tệp mới hơn: không có gì thay đổi.",
        )
        return
    ctx.say(
        f"{r.source}: judge {r.judge_code}, round {r.round_code}, score file no. {r.sequence}: "
        f"{r.new} new marks, {r.changed} changed, {r.unchanged} unchanged, "
        f"{len(r.conflicts)} conflicts; {len(r.submitted)} sheets submitted, "
        f"{len(r.recused)} recused.",
        f"{r.source}: giám khảo {r.judge_code}, vòng {r.round_code}, tệp điểm số {r.sequence}: "
        f"{r.new} điểm mới, {r.changed} điểm thay đổi, {r.unchanged} điểm không đổi, "
        f"{len(r.conflicts)} điểm chênh lệch; {len(r.submitted)} phiếu đã nộp, "
        f"{len(r.recused)} phiếu từ chối chấm.",
    )
    for c in r.conflicts:
        here = format_places(c.stored, lang=ctx.language) or "—"
        there = format_places(c.in_file, lang=ctx.language) or "—"
        if c.reason == "recused":
            ctx.say(
                f"  conflict, left as it is: {c.entry_code} / {c.criterion_code}: {here} typed "
                "from paper here; in the file the judge recused from this entry",
                f"  chênh lệch, giữ nguyên: {c.entry_code} / {c.criterion_code}: {here} nhập "
                "từ phiếu giấy; trong tệp giám khảo từ chối chấm hồ sơ này",
            )
        elif c.reason == "paper":
            ctx.say(
                f"  conflict, left as it is: {c.entry_code} / {c.criterion_code}: {here} typed "
                f"from paper here, {there} in the file",
                f"  chênh lệch, giữ nguyên: {c.entry_code} / {c.criterion_code}: {here} nhập "
                f"từ phiếu giấy, {there} trong tệp",
            )
        else:
            ctx.say(
                f"  conflict, left as it is: {c.entry_code} / {c.criterion_code}: {here} on a "
                f"sheet already submitted here, {there} in the file",
                f"  chênh lệch, giữ nguyên: {c.entry_code} / {c.criterion_code}: {here} trên "
                f"phiếu đã nộp, {there} trong tệp",
            )
