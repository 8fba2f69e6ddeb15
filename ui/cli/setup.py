"""Command-line commands of the setup area: entries, judges, PINs, conflicts, assignment.

``import-entries``, ``import-components``, ``import-judges``, ``set-pin``, ``unlock-judge``,
``import-conflicts``, ``import-assignments``, ``assign``, ``export-assignments``, ``entries``,
``judges``.
Every import is all or nothing: a faulty file is refused (exit 2) with every faulty row named.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from judging.errors import NotFound
from judging.model import EntryStatus, Role
from judging.problems import ProblemCode as P
from judging.publish.cells import csv_writer
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.definition import count
from ui.cli.prompts import read_secret


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    p = commands.add_parser(
        "import-entries",
        help=t(
            "import entries from a registration spreadsheet (xlsx or csv), all or nothing",
            "nhập hồ sơ từ bảng tính đăng ký (xlsx hoặc csv); có một dòng sai thì không nhập gì",
        ),
        description=t(
            "Import entries from an xlsx or csv file. Columns are found by their "
            "headers: the canonical code,title,category,authors,organisation,summary, or the "
            "usual Vietnamese headers of a registration form; every other column is ignored. "
            '--map names the columns instead: a TOML file of lines "Header in file" = "field", '
            'and, in a [category] table, lines "Text in the file" = "CATEGORY" for a form that '
            "spells a category its own way. Authors are split on ';'. A category matches by "
            "code or by name (case and diacritics ignored). Entries without a code get E001, "
            "E002, … A file with any faulty row (missing title, unknown category, duplicate, "
            "undecodable text) is refused with every such row named, and nothing is imported.",
            "Nhập hồ sơ từ tệp xlsx hoặc csv. Các cột được nhận theo tiêu đề: "
            "code,title,category,authors,organisation,summary hoặc các tiêu đề tiếng Việt "
            "thường dùng trong mẫu đăng ký; các cột khác được bỏ qua. Có thể chỉ định cột bằng "
            '--map: một tệp TOML gồm các dòng "Tiêu đề trong tệp" = "trường", và trong bảng '
            '`[category]` các dòng "Cách ghi trong tệp" = "MÃ_LĨNH_VỰC" cho mẫu đăng ký ghi tên '
            "lĩnh vực theo cách riêng. Các tác giả cách nhau bằng dấu ';'. Lĩnh vực được nhận "
            "theo mã hoặc theo tên (không phân biệt chữ hoa, chữ thường và dấu). Hồ sơ chưa có "
            "mã được đánh E001, E002, … Tệp có dòng sai (thiếu tên, lĩnh vực không có, trùng "
            "lặp, chữ không đọc được) bị từ chối, nêu rõ từng dòng sai, và không nhập gì cả.",
        ),
    )
    p.add_argument(
        "file",
        metavar=t("FILE", "TỆP"),
        type=Path,
        help=t("the spreadsheet (.xlsx or .csv)", "bảng tính (.xlsx hoặc .csv)"),
    )
    p.add_argument(
        "--map",
        metavar=t("MAP.toml", "BẢNG_CỘT.toml"),
        type=Path,
        help=t("column map file", "tệp chỉ định cột"),
    )
    p.set_defaults(handler=cmd_import_entries)

    p = commands.add_parser(
        "import-components",
        help=t(
            "import per-entry component values (community votes, deductions) from CSV",
            "nhập điểm thành phần của từng hồ sơ (bình chọn cộng đồng, điểm trừ) từ tệp CSV",
        ),
        description=t(
            "Read round,entry,component,value rows (round may be left out when the "
            "competition has one round); values are exact decimals (a point or a comma). An "
            "existing value is replaced. All or nothing.",
            "Đọc các dòng round,entry,component,value (cuộc thi chỉ có một vòng thì có thể bỏ "
            "cột `round`); giá trị là số thập phân chính xác (dấu chấm hoặc dấu phẩy). Giá trị đã "
            "có sẽ được thay. Có một dòng sai thì không nhập gì.",
        ),
    )
    p.add_argument("file", metavar=t("FILE.csv", "TỆP.csv"), type=Path, help=helptexts.csv_file(t))
    p.set_defaults(handler=cmd_import_components)

    p = commands.add_parser(
        "import-judges",
        help=t(
            "import judges (code,name,title,organisation,role) from csv or xlsx",
            "nhập danh sách giám khảo (code,name,title,organisation,role) từ tệp csv hoặc xlsx",
        ),
        description=t(
            "Read code,name,title,organisation,role rows; role is member (default), "
            "chair or trainee (a trainee's marks are shown, never counted). Judges without a "
            "code get J01, J02, … All or nothing.",
            "Đọc các dòng code,name,title,organisation,role; cột `role` (vai trò) là `member` (thành "
            "viên, mặc định), `chair` (chủ tịch) hoặc `trainee` (tập sự: điểm được hiện nhưng "
            "không tính). Giám khảo chưa có mã được đánh J01, J02, … Có một dòng sai thì không "
            "nhập gì.",
        ),
    )
    p.add_argument(
        "file",
        metavar=t("FILE", "TỆP"),
        type=Path,
        help=t("the list (.csv or .xlsx)", "danh sách (.csv hoặc .xlsx)"),
    )
    p.set_defaults(handler=cmd_import_judges)

    p = commands.add_parser(
        "set-pin",
        help=t(
            "set a judge's PIN (read from standard input or a prompt)",
            "đặt mã PIN cho giám khảo (đọc từ đầu vào chuẩn hoặc hỏi khi chạy)",
        ),
        description=t(
            "Set the PIN (6 to 12 digits, not one digit repeated nor a straight run such as "
            "123456) a judge enters to open judge mode; a new PIN also unlocks the judge. It "
            "is read from standard input when that is not a terminal, else asked twice without "
            "echo. Only a salted, slow hash is stored. --clear removes the PIN.",
            "Đặt mã PIN (6 đến 12 chữ số, không phải một chữ số lặp lại hay một dãy liên tiếp "
            "như 123456) mà giám khảo nhập để vào chế độ giám khảo; mã mới cũng mở khóa cho "
            "giám khảo. Mã được đọc từ đầu vào chuẩn khi đó không phải cửa sổ dòng lệnh, nếu "
            "không thì được hỏi hai lần và không hiện ra màn hình. Chỉ lưu bản băm có muối, "
            "tính chậm. --clear xóa mã PIN.",
        ),
    )
    p.add_argument(
        "judge", metavar=t("JUDGE", "GIÁM_KHẢO"), help=t("the judge's code", "mã giám khảo")
    )
    p.add_argument(
        "--clear",
        action="store_true",
        help=t("remove the judge's PIN", "xóa mã PIN của giám khảo"),
    )
    p.set_defaults(handler=cmd_set_pin)

    p = commands.add_parser(
        "unlock-judge",
        help=t(
            "let a judge locked after wrong PINs log in again",
            "mở khóa cho giám khảo bị khóa vì nhập sai mã PIN",
        ),
        description=t(
            "After 3 wrong PINs a judge waits longer before each next try; after 10 the judge "
            "is locked. This forgets the wrong PINs, so the judge can log in at once; the "
            "audit log records it.",
            "Sau 3 lần nhập sai mã PIN, giám khảo phải chờ lâu dần trước mỗi lần thử; sau 10 "
            "lần thì bị khóa. Lệnh này xóa các lần nhập sai để giám khảo đăng nhập lại ngay; "
            "nhật ký ghi lại việc mở khóa.",
        ),
    )
    p.add_argument(
        "judge", metavar=t("JUDGE", "GIÁM_KHẢO"), help=t("the judge's code", "mã giám khảo")
    )
    p.set_defaults(handler=cmd_unlock_judge)

    p = commands.add_parser(
        "import-conflicts",
        help=t(
            "import declared conflicts of interest (judge,entry,reason) from CSV",
            "nhập các xung đột lợi ích đã khai (judge,entry,reason) từ tệp CSV",
        ),
        description=t(
            "Read judge,entry,reason rows. A conflicted judge is never assigned the "
            "entry: an existing unmarked assignment of the pair is removed; a pair the judge "
            "has already marked refuses the file (the judge recuses in scoring instead). Judges "
            "of the entry's own organisation are conflicted without being listed. All or "
            "nothing.",
            "Đọc các dòng judge,entry,reason. Giám khảo có xung đột lợi ích không bao giờ được "
            "phân công chấm hồ sơ đó: phân công chưa chấm của cặp này bị bỏ; nếu giám khảo đã "
            "chấm hồ sơ thì tệp bị từ chối (khi đó giám khảo tự rút khỏi việc chấm hồ sơ). "
            "Giám khảo cùng đơn vị với hồ sơ được coi là có xung đột lợi ích mà không cần khai. "
            "Có một dòng sai thì không nhập gì.",
        ),
    )
    p.add_argument("file", metavar=t("FILE.csv", "TỆP.csv"), type=Path, help=helptexts.csv_file(t))
    p.set_defaults(handler=cmd_import_conflicts)

    p = commands.add_parser(
        "import-assignments",
        help=t(
            "import fixed assignments (round,judge,entry) from CSV",
            "nhập phân công định sẵn (round,judge,entry) từ tệp CSV",
        ),
        description=t(
            "Read round,judge,entry rows (round may be left out when the competition "
            "has one round). A conflicted pair, an unknown code or an entry that is withdrawn "
            "or ineligible refuses the file with the row named. Pairs already assigned change "
            "nothing. All or nothing.",
            "Đọc các dòng round,judge,entry (cuộc thi chỉ có một vòng thì có thể bỏ cột "
            "`round`). Cặp có xung đột lợi ích, mã không có, hoặc hồ sơ đã rút hay không hợp lệ "
            "làm tệp bị từ chối, nêu rõ dòng sai. Cặp đã được phân công thì giữ nguyên. Có một "
            "dòng sai thì không nhập gì.",
        ),
    )
    p.add_argument("file", metavar=t("FILE.csv", "TỆP.csv"), type=Path, help=helptexts.csv_file(t))
    p.set_defaults(handler=cmd_import_assignments)

    p = commands.add_parser(
        "assign",
        help=t(
            "assign judges to entries automatically (balanced, no conflicts of interest)",
            "tự động phân công giám khảo chấm hồ sơ (chia đều, tránh xung đột lợi ích)",
        ),
        description=t(
            "Give every active entry of the round its judges_per_entry judges: the "
            "least-loaded judges of the entry's panel (with no panels: every member and chair), "
            "never a conflicted judge, never a trainee; the most and least loaded judges differ "
            "by at most one where possible. The same --seed gives the same assignment. Existing "
            "assignments are kept unless --replace (marked ones are always kept). Entries that "
            "could not be covered are listed with the reason. Without --round: the only round, "
            "else the first open one (named in the output).",
            "Giao cho mỗi hồ sơ đang xét của vòng đủ số giám khảo theo judges_per_entry: chọn "
            "các giám khảo đang chấm ít hồ sơ nhất trong tiểu ban của lĩnh vực (chưa lập tiểu "
            "ban thì chọn trong mọi thành viên và chủ tịch), không bao giờ chọn giám khảo có "
            "xung đột lợi ích hay giám khảo tập sự; số hồ sơ của các giám khảo chênh nhau "
            "không quá một khi có thể. Cùng --seed thì cho cùng kết quả phân công. Phân công "
            "đã có được giữ, trừ khi dùng --replace (phân công đã chấm luôn được giữ). Hồ sơ "
            "chưa đủ giám khảo được liệt kê kèm lý do. Không ghi --round: vòng duy nhất, hoặc "
            "vòng đang mở đầu tiên (có ghi tên trong kết quả).",
        ),
    )
    p.add_argument(
        "--round",
        metavar=helptexts.code(t),
        help=t("the round (see above when left out)", "vòng thi (bỏ trống: xem ở trên)"),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        help=t(
            "seed of the random tie-breaks (0)",
            "số khởi tạo cho các lựa chọn ngẫu nhiên khi ngang nhau (mặc định 0)",
        ),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=t("drop unmarked assignments first", "bỏ các phân công chưa chấm trước khi chia"),
    )
    p.add_argument(
        "--format", choices=["text", "json"], default="text", help=helptexts.text_or_json(t)
    )
    p.set_defaults(handler=cmd_assign)

    p = commands.add_parser(
        "set-panel",
        help=t(
            "seat judges on a round's panel for one category (or every category)",
            "xếp giám khảo vào tiểu ban của một lĩnh vực (hoặc mọi lĩnh vực) trong vòng",
        ),
        description=t(
            "Replace the judges on the panel of --category (left out: the seats that "
            "hold for every category) in the round; the other categories' seats stay. With no "
            "seats at all in a round, every member and chair judges every category. `assign` "
            "picks an entry's judges from its category's panel plus the every-category seats. "
            "No JUDGE clears that panel.",
            "Thay danh sách giám khảo trong tiểu ban của lĩnh vực --category (bỏ trống: những "
            "giám khảo chấm mọi lĩnh vực) ở vòng thi; tiểu ban của các lĩnh vực khác giữ "
            "nguyên. Vòng chưa lập tiểu ban nào thì mọi thành viên và chủ tịch chấm mọi lĩnh "
            "vực. Lệnh `assign` chọn giám khảo cho hồ sơ từ tiểu ban của lĩnh vực đó cùng những "
            "giám khảo chấm mọi lĩnh vực. Không ghi GIÁM_KHẢO nào thì tiểu ban đó được xóa "
            "trống.",
        ),
    )
    p.add_argument(
        "judges", metavar=t("JUDGE", "GIÁM_KHẢO"), nargs="*", help=t("judge codes", "mã giám khảo")
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=helptexts.some_round(t))
    p.add_argument(
        "--category",
        metavar=helptexts.code(t),
        help=t("the category (default: every category)", "lĩnh vực (mặc định: mọi lĩnh vực)"),
    )
    p.set_defaults(handler=cmd_set_panel)

    p = commands.add_parser(
        "panel",
        help=t("show a round's panels", "xem các tiểu ban của vòng thi"),
        description=t(
            "List the round's panel seats by category (`*`: every category).",
            "Liệt kê giám khảo trong tiểu ban theo từng lĩnh vực (`*`: mọi lĩnh vực).",
        ),
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=helptexts.some_round(t))
    p.set_defaults(handler=cmd_panel)

    p = commands.add_parser(
        "export-assignments",
        help=t(
            "write the assignments as CSV (round,judge,entry,origin; UTF-8 with BOM)",
            "ghi bảng phân công ra tệp CSV (round,judge,entry,origin; UTF-8 có BOM)",
        ),
        description=t(
            "Write every assignment (of --round, or of all rounds) as CSV: "
            "round,judge,entry,origin, UTF-8 with a BOM. `--out -` writes to standard output.",
            "Ghi mọi phân công (của vòng --round, hoặc của tất cả các vòng) ra tệp CSV: "
            "round,judge,entry,origin, mã UTF-8 có BOM. `--out -` in ra màn hình.",
        ),
    )
    p.add_argument(
        "--out",
        metavar=t("FILE.csv", "TỆP.csv"),
        required=True,
        help=helptexts.out_file(t),
    )
    p.add_argument("--round", metavar=helptexts.code(t), help=t("only this round", "chỉ vòng này"))
    p.set_defaults(handler=cmd_export_assignments)

    listings = (
        ("entries", t("list the entries", "liệt kê hồ sơ"), "hồ sơ", cmd_list_entries),
        ("judges", t("list the judges", "liệt kê giám khảo"), "giám khảo", cmd_list_judges),
    )
    for name, summary, vi_what, handler in listings:
        p = commands.add_parser(
            name,
            help=summary,
            description=t(
                f'List the {name} as a table (default), CSV or JSON (format "judging-{name}/1").',
                f"Liệt kê {vi_what} thành bảng (mặc định), CSV hoặc JSON "
                f'(định dạng "judging-{name}/1"). Tiêu đề cột của CSV và JSON giữ tiếng Anh '
                "cho chương trình khác đọc.",
            ),
        )
        p.add_argument(
            "--format",
            choices=["table", "csv", "json"],
            default="table",
            help=t(
                "a table for people (default), or CSV or JSON for programs",
                "bảng để đọc (mặc định), hoặc CSV, JSON cho chương trình khác",
            ),
        )
        p.set_defaults(handler=handler)


def _outcome(ctx: CliContext, added: int, en_what: tuple[str, str], vi_what: str) -> None:
    ctx.say(f"Imported {count(added, *en_what)}.", f"Đã nhập {added} {vi_what}.")


def cmd_import_entries(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.core.require_competition()
    outcome = ctx.services.setup.import_entries_file(args.file, args.map)
    _outcome(ctx, outcome.added, ("entry", "entries"), "hồ sơ")
    return 0


def cmd_import_components(args: argparse.Namespace, ctx: CliContext) -> int:
    outcome = ctx.services.setup.import_components(args.file)
    _outcome(ctx, outcome.added, ("component value", "component values"), "giá trị điểm thành phần")
    return 0


def cmd_import_judges(args: argparse.Namespace, ctx: CliContext) -> int:
    outcome = ctx.services.setup.import_judges(args.file)
    _outcome(ctx, outcome.added, ("judge", "judges"), "giám khảo")
    return 0


def cmd_unlock_judge(args: argparse.Namespace, ctx: CliContext) -> int:
    failures = ctx.services.setup.unlock_judge(args.judge)
    ctx.say(
        f"{args.judge} unlocked: {failures} wrong PINs forgotten.",
        f"Đã mở khóa cho {args.judge}: bỏ qua {failures} lần nhập sai mã PIN.",
    )
    return 0


def cmd_set_pin(args: argparse.Namespace, ctx: CliContext) -> int:
    judges = {j.code for j in ctx.services.core.judge_rows()}
    if args.judge not in judges:
        raise NotFound(P.JUDGE_NOT_FOUND, code=args.judge)
    if args.clear:
        ctx.services.setup.set_pin(args.judge, None)
        ctx.say(f"PIN of {args.judge} removed.", f"Đã xóa mã PIN của {args.judge}.")
        return 0
    ctx.services.setup.set_pin(args.judge, read_secret(ctx, what=P.TERM_PIN).strip())
    ctx.say(f"PIN of {args.judge} set.", f"Đã đặt mã PIN cho {args.judge}.")
    return 0


def cmd_import_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    outcome = ctx.services.setup.import_conflicts(args.file)
    ctx.say(
        f"Imported {outcome.added} conflicts of interest ({outcome.unchanged} already known); "
        f"{outcome.removed} assignments removed.",
        f"Đã nhập {outcome.added} xung đột lợi ích ({outcome.unchanged} đã có); "
        f"đã bỏ {outcome.removed} phân công.",
    )
    return 0


def cmd_import_assignments(args: argparse.Namespace, ctx: CliContext) -> int:
    outcome = ctx.services.setup.import_assignments(args.file)
    ctx.say(
        f"Imported {outcome.added} assignments ({outcome.unchanged} already there).",
        f"Đã nhập {outcome.added} phân công ({outcome.unchanged} đã có).",
    )
    return 0


def cmd_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    competition = ctx.services.core.require_competition()
    outcome = ctx.services.setup.assign(args.round, seed=args.seed, replace=args.replace)
    rnd = competition.round(outcome.round)
    name = rnd.name if rnd else outcome.round
    if args.format == "json":
        ctx.emit_json(
            {
                "format": "judging-assign/1",
                "round": outcome.round,
                "seed": args.seed,
                "added": outcome.added,
                "removed": outcome.removed,
                "kept": outcome.kept,
                "loads": dict(outcome.loads),
                "uncovered": [
                    {
                        "entry": u.entry,
                        "assigned": u.assigned,
                        "needed": u.needed,
                        "reason": u.reason,
                    }
                    for u in outcome.uncovered
                ],
            }
        )
        return 0
    ctx.say(
        f"Round {outcome.round} ({name}): {outcome.added} assignments added, "
        f"{outcome.removed} removed, {outcome.kept} kept (seed {args.seed}).",
        f"Vòng {outcome.round} ({name}): thêm {outcome.added} phân công, bỏ {outcome.removed}, "
        f"giữ {outcome.kept} (số khởi tạo {args.seed}).",
    )
    loads = [n for _, n in outcome.loads]
    if loads:
        ctx.say(
            f"Entries per judge: {min(loads)} to {max(loads)}.",
            f"Số hồ sơ mỗi giám khảo: từ {min(loads)} đến {max(loads)}.",
        )
    if outcome.uncovered:
        ctx.say(
            f"{len(outcome.uncovered)} entries could not be covered:",
            f"{len(outcome.uncovered)} hồ sơ chưa đủ giám khảo:",
        )
        for u in outcome.uncovered:
            print(f"  {u}", file=ctx.out)
    return 0


def cmd_set_panel(args: argparse.Namespace, ctx: CliContext) -> int:
    seats = ctx.services.setup.set_category_panel(args.round, args.category, args.judges)
    where = args.category or "*"
    count = sum(1 for s in seats if (s.category or "*") == where)
    ctx.say(
        f"Panel {where}: {count} judges.",
        f"Tiểu ban {where}: {count} giám khảo.",
    )
    return 0


def cmd_panel(args: argparse.Namespace, ctx: CliContext) -> int:
    seats = ctx.services.setup.panel(args.round)
    if not seats:
        ctx.say(
            "No panels: every member and chair judges every category.",
            "Chưa có tiểu ban: mọi thành viên và chủ tịch chấm mọi lĩnh vực.",
        )
        return 0
    by_category: dict[str, list[str]] = {}
    for seat in seats:
        by_category.setdefault(seat.category or "*", []).append(seat.judge)
    for category, judges in by_category.items():
        print(f"{category}: {' '.join(judges)}", file=ctx.out)
    return 0


def cmd_export_assignments(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.out == "-":
        writer = csv_writer(ctx.out, line_end="\n")
        writer.writerow(["round", "judge", "entry", "origin"])
        for a in ctx.services.setup.assignments(args.round):
            writer.writerow([a.round, a.judge, a.entry, a.origin])
        return 0
    count = ctx.services.setup.export_assignments(Path(args.out), args.round)
    ctx.say(
        f"Wrote {count} assignments to {args.out}.", f"Đã ghi {count} phân công vào {args.out}."
    )
    return 0


def _table(ctx: CliContext, header: list[str], rows: list[list[str]]) -> None:
    widths = [min(40, max([len(h), *(len(r[i]) for r in rows)])) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    print(line(header), file=ctx.out)
    for r in rows:
        print(line(r), file=ctx.out)


def _emit(ctx: CliContext, fmt: str, kind: str, header: list[str], rows: list[list[str]]) -> None:
    if fmt == "json":
        ctx.emit_json(
            {"format": f"judging-{kind}/1", kind: [dict(zip(header, r, strict=True)) for r in rows]}
        )
    elif fmt == "csv":
        writer = csv_writer(ctx.out, line_end="\n")
        writer.writerow(header)
        writer.writerows(rows)
    else:
        _table(ctx, header, rows)


#: Words of the people's table (CSV and JSON keep the field names and values as documented).
_ENTRY_HEADER_VI = ["Mã", "Tên hồ sơ", "Lĩnh vực", "Tác giả", "Đơn vị", "Trạng thái", "Lý do"]
_JUDGE_HEADER_VI = ["Mã", "Họ tên", "Học hàm, học vị", "Đơn vị", "Vai trò", "Mã PIN"]
_STATUS_VI = {
    EntryStatus.ACTIVE: "đang xét",
    EntryStatus.WITHDRAWN: "đã rút",
    EntryStatus.INELIGIBLE: "không hợp lệ",
}
_ROLE_VI = {Role.MEMBER: "thành viên", Role.CHAIR: "chủ tịch", Role.TRAINEE: "tập sự"}


def _for_people(ctx: CliContext, fmt: str) -> bool:
    """True when the listing is the table a person reads in ``ctx.language``."""
    return fmt == "table" and ctx.language == "vi"


def cmd_list_entries(args: argparse.Namespace, ctx: CliContext) -> int:
    header = ["code", "title", "category", "authors", "organisation", "status", "reason"]
    vietnamese = _for_people(ctx, args.format)
    rows = [
        [
            e.code,
            e.title,
            e.category or "",
            "; ".join(e.authors),
            e.organisation,
            _STATUS_VI[e.status] if vietnamese else e.status.value,
            e.status_reason,
        ]
        for e in ctx.services.core.entry_rows()
    ]
    _emit(ctx, args.format, "entries", _ENTRY_HEADER_VI if vietnamese else header, rows)
    return 0


def cmd_list_judges(args: argparse.Namespace, ctx: CliContext) -> int:
    header = ["code", "name", "title", "organisation", "role", "pin"]
    vietnamese = _for_people(ctx, args.format)
    yes, no = ("có", "chưa có") if vietnamese else ("yes", "no")
    rows = [
        [
            j.code,
            j.name,
            j.title,
            j.organisation,
            _ROLE_VI[j.role] if vietnamese else j.role.value,
            yes if j.has_pin else no,
        ]
        for j in ctx.services.core.judge_rows()
    ]
    _emit(ctx, args.format, "judges", _JUDGE_HEADER_VI if vietnamese else header, rows)
    return 0
