"""Command-line commands of the definition area: ``init``, ``templates``, ``export-definition``."""

from __future__ import annotations

import argparse

from ui.cli import helptexts
from ui.cli.context import CliContext, Translate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    init = commands.add_parser(
        "init",
        help=t(
            "start an empty database from a competition definition file or a template",
            "tạo cuộc thi trong cơ sở dữ liệu trống từ tệp định nghĩa hoặc từ mẫu có sẵn",
        ),
        description=t(
            "Store a competition in an empty database, from a definition file "
            '(TOML, format = "judging-competition/1", see docs/formats.md) or from one of the '
            "shipped templates (see `templates`). A database that already holds a competition "
            "is refused (exit 2); a faulty file is refused with every faulty line named, and "
            "nothing is stored.",
            "Lưu một cuộc thi vào cơ sở dữ liệu trống, từ tệp định nghĩa (TOML, "
            'format = "judging-competition/1", xem docs/formats.md) hoặc từ một mẫu có sẵn '
            "(xem lệnh `templates`). Cơ sở dữ liệu đã có cuộc thi thì bị từ chối (mã thoát 2); "
            "tệp có lỗi thì bị từ chối, nêu rõ từng dòng sai, và không lưu gì cả.",
        ),
    )
    source = init.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--definition",
        metavar=t("FILE.toml", "TỆP.toml"),
        help=t("a definition file", "tệp định nghĩa cuộc thi"),
    )
    source.add_argument(
        "--template",
        metavar=t("NAME", "TÊN"),
        help=t("a shipped template", "tên một mẫu có sẵn"),
    )
    init.set_defaults(handler=cmd_init)

    templates = commands.add_parser(
        "templates",
        help=t("list the shipped competition templates", "liệt kê các mẫu cuộc thi có sẵn"),
        description=t(
            "List the competition templates shipped with the program (name and "
            "title); `init --template NAME` starts a database from one.",
            "Liệt kê các mẫu cuộc thi đi kèm chương trình (tên mẫu và tên giải); "
            "`init --template TÊN` tạo cuộc thi từ một mẫu.",
        ),
    )
    templates.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help=helptexts.text_or_json(t),
    )
    templates.set_defaults(handler=cmd_templates)

    export = commands.add_parser(
        "export-definition",
        help=t(
            "write the competition's definition to a TOML file",
            "ghi định nghĩa cuộc thi ra tệp TOML",
        ),
        description=t(
            "Write the competition's definition (categories, rounds, criteria, "
            "bands, ranking rules, components, advancement, prizes) as a TOML file that `init "
            "--definition` reads back into the same competition. `--out -` writes to standard "
            "output.",
            "Ghi định nghĩa cuộc thi (lĩnh vực, vòng, tiêu chí, thang mô tả mức điểm, quy tắc "
            "xếp hạng, điểm thành phần, điều kiện vào vòng sau, giải thưởng) ra tệp TOML; "
            "`init --definition` đọc lại tệp đó thành đúng cuộc thi này. `--out -` in ra màn "
            "hình.",
        ),
    )
    export.add_argument(
        "--out",
        metavar=t("FILE.toml", "TỆP.toml"),
        required=True,
        help=helptexts.out_file(t),
    )
    export.set_defaults(handler=cmd_export_definition)


def count(n: int, one: str, many: str) -> str:
    """``1 prize``, ``2 prizes`` (English only: Vietnamese nouns do not change)."""
    return f"{n} {one if n == 1 else many}"


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.services.definitions
    if args.definition:
        competition = service.init_from_file(args.definition)
    else:
        competition = service.init_from_template(args.template)
    criteria = sum(len(r.criteria) for r in competition.rounds)
    ctx.say(
        f"Created {competition.code} — {competition.name}: "
        f"{count(len(competition.categories), 'category', 'categories')}, "
        f"{count(len(competition.rounds), 'round', 'rounds')}, "
        f"{count(criteria, 'criterion', 'criteria')}, "
        f"{count(len(competition.prizes), 'prize', 'prizes')}.",
        f"Đã tạo {competition.code} — {competition.name}: {len(competition.categories)} "
        f"lĩnh vực, {len(competition.rounds)} vòng, {criteria} tiêu chí, "
        f"{len(competition.prizes)} giải.",
    )
    return 0


def cmd_templates(args: argparse.Namespace, ctx: CliContext) -> int:
    items = ctx.services.definitions.templates()
    if args.format == "json":
        ctx.emit_json(
            {
                "format": "judging-templates/1",
                "templates": [{"name": name, "title": title} for name, title in items],
            }
        )
        return 0
    width = max((len(name) for name, _ in items), default=0)
    for name, title in items:
        print(f"{name:<{width}}  {title}", file=ctx.out)
    return 0


def cmd_export_definition(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.services.definitions
    if args.out == "-":
        ctx.out.write(service.export_text())
        return 0
    path = service.export_to_file(args.out)
    ctx.say(f"Definition written to {path}", f"Đã ghi định nghĩa vào {path}")
    return 0
