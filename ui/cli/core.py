"""Core commands: ``info``."""

from __future__ import annotations

import argparse

from ui.cli.context import CliContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    info = commands.add_parser(
        "info",
        help="show the competition, counts, schema revision and integrity check",
        description="Show the competition in the database, how many of each thing it holds, "
        "the schema revision and the result of PRAGMA integrity_check. Exits 1 if the "
        "integrity check finds a fault.",
    )
    info.add_argument("--format", choices=["text", "json"], default="text")
    info.set_defaults(handler=cmd_info)


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
        ctx.say(f"Integrity check: {integrity}", f"Kiểm tra toàn vẹn: {integrity}")
    return 0 if report.healthy else 1
