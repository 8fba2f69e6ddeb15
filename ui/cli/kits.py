"""Commands of judge kits and score files (issue 11): ``export-kit``, ``import-scorefile``,
``conflicts`` and ``resolve-conflicts`` on the organiser's database, ``export-scorefile`` on a
judge's kit (``--kit FILE``).

A refused score file is named with its one reason (exit 2) and changes nothing; the others
given in the same command are still taken in, each in its own transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from judging.errors import InputError
from judging.kits.conflicts import ConflictDecision, Keep, PendingConflict, Reason
from judging.lookup import WhenOmitted, find_round
from judging.numbers import format_places
from judging.problems import ProblemCode as P
from judging.textfiles import read_bytes, safe_child, write_output
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.output import is_stdout, output_path, refuse_stdout, shown

if TYPE_CHECKING:
    from judging.kits.service import ScoreFileReport, ScoreFileWritten


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

    p = commands.add_parser(
        "conflicts",
        help=t(
            "list the marks score files disagree with, still to resolve",
            "liệt kê các điểm chênh lệch giữa tệp điểm và điểm đang lưu, chưa xử lý",
        ),
        description=t(
            "List the round's pending conflicts: marks a judge's score file would change but "
            "that were typed from the judge's paper sheet or are on a sheet already submitted, "
            "and recusals in a file over paper marks. Each stays as it is until "
            "resolve-conflicts (or the app: Scoring, Resolve mark conflicts) decides it.",
            "Liệt kê các điểm chênh lệch chưa xử lý của vòng: điểm mà tệp điểm của giám khảo "
            "muốn đổi nhưng đã được nhập từ phiếu giấy hoặc nằm trên phiếu đã nộp, và các "
            "trường hợp tệp điểm từ chối chấm trong khi đã có điểm phiếu giấy. Các điểm này "
            "được giữ nguyên cho đến khi xử lý bằng resolve-conflicts (hoặc trong ứng dụng: "
            "Chấm điểm, Xử lý điểm chênh lệch).",
        ),
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=helptexts.some_round(t))
    p.add_argument(
        "--format", choices=["table", "json"], default="table", help=helptexts.text_or_json(t)
    )
    p.set_defaults(handler=cmd_conflicts)

    p = commands.add_parser(
        "resolve-conflicts",
        help=t(
            "resolve pending conflicts: keep the paper mark or take the judge's",
            "xử lý điểm chênh lệch: giữ điểm phiếu giấy hoặc lấy điểm của giám khảo",
        ),
        description=t(
            "Resolve the round's pending conflicts the filters select (all of them without "
            "filters), in one transaction: --keep paper keeps the mark stored here, --keep "
            "judge takes the judge's mark from the score file (on a submitted sheet that is a "
            "correction, recorded in the audit log) or the judge's recusal. The round must be "
            "open. A sheet the judge submitted is submitted once none of its conflicts is left.",
            "Xử lý trong một lần các điểm chênh lệch chưa xử lý của vòng mà bộ lọc chọn (không "
            "có bộ lọc: tất cả): `--keep paper` giữ điểm đang lưu, `--keep judge` lấy điểm của giám "
            "khảo trong tệp điểm (trên phiếu đã nộp đó là một lần sửa điểm, được ghi vào nhật "
            "ký) hoặc việc giám khảo từ chối chấm. Vòng thi phải đang mở. Phiếu giám khảo đã "
            "nộp sẽ được nộp khi không còn điểm chênh lệch nào.",
        ),
    )
    p.add_argument(
        "--keep",
        required=True,
        choices=[k.value for k in Keep],
        help=t(
            "paper: keep the mark stored here; judge: take the judge's mark",
            "`paper`: giữ điểm đang lưu; `judge`: lấy điểm của giám khảo",
        ),
    )
    p.add_argument(
        "--entry",
        metavar=helptexts.code(t),
        help=t("only conflicts of this entry", "chỉ điểm chênh lệch của hồ sơ này"),
    )
    p.add_argument(
        "--criterion",
        metavar=helptexts.code(t),
        help=t(
            "only conflicts of this criterion (a recusal, about the whole sheet, has none)",
            "chỉ điểm chênh lệch của tiêu chí này (từ chối chấm là cả phiếu, không có tiêu chí)",
        ),
    )
    p.add_argument(
        "--judge",
        metavar=helptexts.code(t),
        help=t("only conflicts of this judge", "chỉ điểm chênh lệch của giám khảo này"),
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=helptexts.some_round(t))
    p.set_defaults(handler=cmd_resolve_conflicts)

    p = commands.add_parser(
        "register-file-type",
        help=t(
            "Linux: open judge kit files (*.judgekit) with this program from the file manager",
            "Linux: mở tệp bộ hồ sơ giám khảo (*.judgekit) bằng chương trình này từ trình quản "
            "lý tệp",
        ),
        description=t(
            "For this user on a Linux desktop: write the file type application/x-judging-kit "
            "for *.judgekit files (in $XDG_DATA_HOME/mime/packages, else "
            "~/.local/share/mime/packages) and a desktop entry that opens such a file with "
            "`judging-desk --kit FILE` (in .../applications), then let the desktop know "
            "(update-mime-database, update-desktop-database, when installed). Run it once "
            "after installing; --remove takes both away. On Windows and macOS the installer "
            "registers the type.",
            "Cho người dùng này trên máy Linux: ghi loại tệp application/x-judging-kit cho các "
            "tệp *.judgekit (trong $XDG_DATA_HOME/mime/packages, nếu không có thì "
            "~/.local/share/mime/packages) và một mục khởi chạy mở tệp đó bằng "
            "`judging-desk --kit TỆP` (trong .../applications), rồi báo cho môi trường máy "
            "tính (chạy update-mime-database, update-desktop-database nếu có). Chạy một lần "
            "sau khi cài đặt; --remove gỡ cả hai. Trên Windows và macOS, bộ cài đặt sẽ đăng "
            "ký loại tệp.",
        ),
    )
    p.add_argument(
        "--remove",
        action="store_true",
        help=t(
            "remove the file type and the desktop entry instead",
            "gỡ loại tệp và mục khởi chạy đã ghi",
        ),
    )
    p.set_defaults(handler=cmd_register_file_type)


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
    from judging.kits.format import MAX_SCOREFILE_BYTES  # the kit formats: only here

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


def cmd_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    pending = ctx.services.kits.conflicts(args.round)
    round_code = _current_round(ctx, pending) if args.round is None else args.round
    if args.format == "json":
        ctx.emit_json(
            {
                "format": "judging-conflicts/1",
                "round": round_code,
                "conflicts": [_conflict_json(c) for c in pending],
            }
        )
        return 0
    if not pending:
        ctx.say(
            f"Round {round_code}: no conflicts to resolve.",
            f"Vòng {round_code}: không có điểm chênh lệch nào cần xử lý.",
        )
        return 0
    ctx.say(
        f"Round {round_code}: {len(pending)} conflicts to resolve "
        "(resolve-conflicts --keep paper|judge):",
        f"Vòng {round_code}: {len(pending)} điểm chênh lệch cần xử lý "
        "(resolve-conflicts --keep paper|judge):",
    )
    for c in pending:
        _say_pending(ctx, c)
    return 0


def _conflict_json(c: PendingConflict) -> dict[str, object]:
    """One pending conflict for programs: codes, plain decimal text ("27.5"), null for none."""
    return {
        "judge": c.judge_code,
        "entry": c.entry_code,
        "criterion": c.criterion_code or None,  # null: the whole sheet (a recusal)
        "reason": c.reason.value,
        "here": None if c.here is None else format(c.here, "f"),
        "in_file": None if c.in_file is None else format(c.in_file, "f"),
        "recusal_reason": c.recusal_reason,
        "sheet_state": c.sheet_state.value,
        "score_file": c.sequence,
    }


def _current_round(ctx: CliContext, pending: list[PendingConflict]) -> str:
    """The round the listing is about: that of the conflicts, else the current round."""
    if pending:
        return pending[0].round_code
    competition = ctx.services.core.require_competition()
    return find_round(competition, None, when_omitted=WhenOmitted.CURRENT_ROUND).code


def _say_pending(ctx: CliContext, c: PendingConflict) -> None:
    here = format_places(c.here, lang=ctx.language) or "—"
    there = format_places(c.in_file, lang=ctx.language) or ctx.t("(cleared)", "(đã xóa)")
    where = f"  {c.judge_code} / {c.entry_code}"
    if c.whole_sheet:
        ctx.say(
            f"{where}: {c.paper_marks} marks typed from paper here; in the file the judge "
            f"recused: {c.recusal_reason}",
            f"{where}: {c.paper_marks} điểm nhập từ phiếu giấy; trong tệp giám khảo từ chối "
            f"chấm: {c.recusal_reason}",
        )
    elif c.reason is Reason.PAPER:
        ctx.say(
            f"{where} / {c.criterion_code}: {here} typed from paper, {there} in the file",
            f"{where} / {c.criterion_code}: {here} nhập từ phiếu giấy, {there} trong tệp",
        )
    else:
        ctx.say(
            f"{where} / {c.criterion_code}: {here} on a sheet already submitted here, "
            f"{there} in the file",
            f"{where} / {c.criterion_code}: {here} trên phiếu đã nộp, {there} trong tệp",
        )


def cmd_resolve_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    kits = ctx.services.kits
    pending = kits.conflicts(args.round)
    chosen = [
        c
        for c in pending
        if c.matches(entry=args.entry, criterion=args.criterion, judge=args.judge)
    ]
    if not chosen:
        raise InputError(
            P.CONFLICTS_NONE_MATCH,
            round=_current_round(ctx, pending) if args.round is None else args.round,
        )
    keep = Keep(args.keep)
    done = kits.resolve_conflicts(
        chosen[0].round_code, [ConflictDecision(c.id, keep) for c in chosen]
    )
    ctx.say(
        f"Round {chosen[0].round_code}: {done.kept} marks kept as they were, {done.taken} taken "
        "from the judges' score files.",
        f"Vòng {chosen[0].round_code}: đã giữ nguyên {done.kept} điểm, lấy {done.taken} điểm từ "
        "tệp điểm của giám khảo.",
    )
    for en, vi, labels in (
        (
            "Corrected on submitted sheets (audit log)",
            "Đã sửa trên phiếu đã nộp (ghi vào nhật ký)",
            done.corrected,
        ),
        ("Sheets submitted", "Phiếu đã nộp", done.submitted),
        ("Sheets recused", "Phiếu từ chối chấm", done.recused),
        (
            "Sheets back in progress (a mark was cleared)",
            "Phiếu trở lại đang chấm (có điểm bị xóa)",
            done.reopened,
        ),
    ):
        if labels:
            ctx.say(f"  {en}: {', '.join(labels)}", f"  {vi}: {', '.join(labels)}")
    left = len(pending) - len(chosen)
    if left:
        ctx.say(f"{left} conflicts are still pending.", f"Còn {left} điểm chênh lệch chưa xử lý.")
    return 0


def cmd_register_file_type(args: argparse.Namespace, ctx: CliContext) -> int:
    from ui import file_type

    if args.remove:
        files = file_type.unregister()
        ctx.say(
            f"Removed {files.mime_package} and {files.desktop_entry}.",
            f"Đã gỡ {files.mime_package} và {files.desktop_entry}.",
        )
    else:
        files = file_type.register()
        ctx.say(
            f"Judge kit files (*.judgekit) now open with {' '.join(files.launcher)} --kit: "
            f"wrote {files.mime_package} and {files.desktop_entry}.",
            f"Từ nay tệp bộ hồ sơ giám khảo (*.judgekit) được mở bằng "
            f"{' '.join(files.launcher)} --kit: đã ghi {files.mime_package} và "
            f"{files.desktop_entry}.",
        )
    if files.missing:
        ctx.say(
            f"Not installed here: {', '.join(files.missing)}; the desktop reads the files at "
            "its next start (log out and in again).",
            f"Máy này chưa cài {', '.join(files.missing)}; môi trường máy tính sẽ đọc các tệp "
            "này ở lần khởi động sau (đăng xuất rồi đăng nhập lại).",
        )
    return 0


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
    if r.conflicts:
        ctx.say(
            "The conflicts are kept as they are until resolved: see `conflicts` and "
            "`resolve-conflicts`.",
            "Các điểm chênh lệch được giữ nguyên cho đến khi xử lý: xem lệnh `conflicts` và "
            "`resolve-conflicts`.",
        )
    for c in r.conflicts:
        here = format_places(c.stored, lang=ctx.language) or "—"
        there = format_places(c.in_file, lang=ctx.language) or "—"
        if c.reason == "recused":
            ctx.say(
                f"  conflict, left as it is: {c.entry_code}: marks typed from paper here; in "
                "the file the judge recused from this entry",
                f"  chênh lệch, giữ nguyên: {c.entry_code}: có điểm nhập từ phiếu giấy; trong "
                "tệp giám khảo từ chối chấm hồ sơ này",
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
