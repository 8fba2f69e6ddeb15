"""Core commands: ``info`` and ``demo``."""

from __future__ import annotations

import argparse

from judging.errors import Conflict
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    info = commands.add_parser(
        "info",
        help=t(
            "show the competition, counts, schema revision and integrity check",
            "xem cuộc thi, số lượng dữ liệu, phiên bản lược đồ và kết quả kiểm tra toàn vẹn",
        ),
        description=t(
            "Show the competition in the database, how many of each thing it holds, "
            "the schema revision and the result of PRAGMA integrity_check. Exits 1 if the "
            "integrity check finds a fault.",
            "Xem cuộc thi trong cơ sở dữ liệu, số lượng từng loại dữ liệu, phiên bản lược đồ "
            "và kết quả PRAGMA integrity_check. Mã thoát là 1 nếu kiểm tra toàn vẹn thấy lỗi.",
        ),
    )
    info.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help=helptexts.text_or_json(t),
    )
    info.set_defaults(handler=cmd_info)

    demo = commands.add_parser(
        "demo",
        help=t(
            "fill an empty database with the demo competition",
            "nạp cuộc thi mẫu vào một cơ sở dữ liệu trống",
        ),
        description=t(
            'Fill an empty database with the demo competition "Giải thưởng Sáng kiến '
            'cộng đồng 2026": 4 categories, 2 rounds, 4 criteria with rubric bands, 32 entries '
            "and 9 judges (and what the other areas add: assignments, marks, results). Refuses "
            "a database that already holds a competition (exit status 2).",
            "Nạp cuộc thi mẫu “Giải thưởng Sáng kiến cộng đồng 2026” vào một cơ sở dữ liệu "
            "trống: 4 lĩnh vực, 2 vòng, 4 tiêu chí có thang mô tả mức điểm, 32 hồ sơ và 9 giám "
            "khảo, cùng phân công, điểm chấm và kết quả. Cơ sở dữ liệu đã có cuộc thi thì bị "
            "từ chối (mã thoát 2).",
        ),
    )
    demo.set_defaults(handler=cmd_demo)


_COUNT_NAMES = {
    "categories": ("categories", "lĩnh vực"),
    "rounds": ("rounds", "vòng"),
    "criteria": ("criteria", "tiêu chí"),
    "entries": ("entries", "hồ sơ"),
    "judges": ("judges", "giám khảo"),
    "assignments": ("assignments", "phân công"),
    "marks": ("marks", "điểm"),
}


def cmd_info(args: argparse.Namespace, ctx: CliContext) -> int:
    report = ctx.services.core.report()
    if args.format == "json":
        ctx.emit_json(
            {
                "format": "judging-info/1",
                "database": report.location,
                "schema_revision": report.schema_revision,
                "written_by": report.written_by,
                "competition": (
                    {"code": report.competition_code, "name": report.competition_name}
                    if report.competition_code
                    else None
                ),
                "counts": report.counts,
                "integrity_check": list(report.integrity),
            }
        )
    else:
        ctx.say(f"Database:        {report.location}", f"Cơ sở dữ liệu:   {report.location}")
        ctx.say(
            f"Schema revision: {report.schema_revision}",
            f"Phiên bản lược đồ: {report.schema_revision}",
        )
        if report.written_by:
            ctx.say(
                f"Last written by: judging-desk {report.written_by}",
                f"Ghi lần cuối bởi: judging-desk {report.written_by}",
            )
        else:
            ctx.say("Last written by: (nothing written yet)", "Ghi lần cuối bởi: (chưa ghi gì)")
        if report.competition_code:
            ctx.say(
                f"Competition:     {report.competition_code} — {report.competition_name}",
                f"Cuộc thi:        {report.competition_code} — {report.competition_name}",
            )
        else:
            ctx.say("Competition:     (none yet)", "Cuộc thi:        (chưa có)")
        for key, value in report.counts.items():
            en, vi = _COUNT_NAMES.get(key, (key, key))
            ctx.say(f"  {en:<13} {value}", f"  {vi:<13} {value}")
        integrity = "; ".join(report.integrity)
        # SQLite says "ok" when it finds nothing; its findings themselves are its own words.
        found = "không có lỗi" if list(report.integrity) == ["ok"] else integrity
        ctx.say(f"Integrity check: {integrity}", f"Kiểm tra toàn vẹn: {found}")
    return 0 if report.healthy else 1


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    existing = ctx.services.core.competition()
    if existing is not None:
        print(
            ctx.t(
                f"{ctx.services.core.location}: already holds a competition ({existing.code}: "
                f"{existing.name}); the demo needs an empty database (use --db NEW_FILE)",
                f"{ctx.services.core.location}: đã có một cuộc thi ({existing.code}: "
                f"{existing.name}); cuộc thi mẫu cần một cơ sở dữ liệu trống (dùng --db TỆP_MỚI)",
            ),
            file=ctx.err,
        )
        return Conflict.exit_status
    from judging.demo import build_demo  # only here: the demo's data

    build_demo(ctx.services)
    report = ctx.services.core.report()
    entries = report.counts.get("entries", 0)
    judges = report.counts.get("judges", 0)
    ctx.say(
        f"Demo loaded into {report.location}: {report.competition_code} — "
        f"{report.competition_name}, {entries} entries, {judges} judges",
        f"Đã nạp cuộc thi mẫu vào {report.location}: {report.competition_code} — "
        f"{report.competition_name}, {entries} hồ sơ, {judges} giám khảo",
    )
    return 0
