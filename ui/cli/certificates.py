"""Command-line commands of the certificates area.

``certificates`` issues the certificates of an approved round's prize winners and writes them
(one PDF, or one file per recipient in a folder); ``verify-certificate`` says whose a
verification code is; ``certificate-templates``, ``import-certificate-template`` and
``export-certificate-template`` list and carry templates (docs/formats.md, Certificate
templates).

Exit status of ``verify-certificate``: 0 a valid certificate; 1 a certificate made void (its
holder is no longer a prize winner of the approved result); 2 a code never issued.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from judging.certificates.model import Certificate, Per
from judging.textfiles import check_output
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate
from ui.cli.output import is_stdout, output_path, refuse_stdout, shown


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    _register_issue(commands, t)
    _register_verify(commands, t)
    _register_templates(commands, t)


def _register_issue(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "certificates",
        help=t(
            "issue the certificates of an approved round's prize winners, or of the entries "
            "it sends on (PDF)",
            "cấp giấy chứng nhận cho các tác phẩm đạt giải, hoặc vào vòng sau, của vòng đã "
            "phê duyệt (PDF)",
        ),
        description=t(
            "Issues a certificate to each prize winner of the round's approved result (in an "
            "earlier round: to each entry going on to the next round; one "
            "per entry, or one per author) and writes them: a .pdf file holds every "
            "certificate, a page each; a folder gets one PDF per recipient. Issuing again "
            "gives the same serial numbers and verification codes. An unapproved round is "
            "refused.",
            "Cấp giấy chứng nhận cho từng tác phẩm đạt giải theo kết quả đã phê duyệt của "
            "vòng (ở vòng trước vòng cuối: từng tác phẩm vào vòng sau; mỗi tác phẩm một giấy, hoặc mỗi tác giả một giấy) rồi ghi ra: tệp .pdf "
            "chứa tất cả, mỗi giấy một trang; một thư mục thì mỗi người nhận một tệp PDF. "
            "Cấp lại vẫn giữ nguyên số hiệu và mã xác minh. Vòng chưa phê duyệt sẽ bị từ chối.",
        ),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar=t("FILE.pdf|FOLDER", "TỆP.pdf|THƯ_MỤC"),
        help=t(
            "one PDF file, or a folder for one file per recipient (made if missing)",
            "một tệp PDF, hoặc một thư mục để mỗi người nhận một tệp (chưa có thì tạo)",
        )
        + helptexts.or_stdout(t),
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
        "--per",
        choices=[per.value for per in Per],
        default=Per.ENTRY.value,
        help=t(
            "one certificate per winning entry (default) or one per author",
            "mỗi tác phẩm đạt giải một giấy (mặc định) hoặc mỗi tác giả một giấy",
        ),
    )
    p.add_argument(
        "--template",
        metavar=helptexts.code(t),
        help=t(
            "the certificate template (default: the one made for this award)",
            "mẫu giấy chứng nhận (mặc định: mẫu dành cho giải thưởng này)",
        ),
    )
    p.set_defaults(handler=cmd_certificates)


def _register_verify(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "verify-certificate",
        help=t(
            "say whose certificate a verification code is",
            "tra cứu giấy chứng nhận theo mã xác minh",
        ),
        description=t(
            "Looks up the verification code printed on a certificate (and carried by its QR "
            "code), with or without dashes, in any case. Exit status 0: a valid certificate; "
            "1: a certificate made void; 2: a code this database never issued.",
            "Tra mã xác minh in trên giấy chứng nhận (cũng là nội dung mã QR), có hoặc không "
            "có dấu gạch, chữ hoa hay thường đều được. Mã thoát 0: giấy còn hiệu lực; 1: giấy "
            "đã bị hủy; 2: cơ sở dữ liệu này chưa từng cấp mã đó.",
        ),
    )
    p.add_argument(
        "code",
        metavar=helptexts.code(t),
        help=t("the verification code, e.g. K7QF-29XM-HD4T", "mã xác minh, ví dụ K7QF-29XM-HD4T"),
    )
    p.set_defaults(handler=cmd_verify_certificate)


def _register_templates(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate
) -> None:
    p = commands.add_parser(
        "certificate-templates",
        help=t("list the certificate templates", "liệt kê các mẫu giấy chứng nhận"),
        description=t(
            "Lists the certificate templates: those kept in the database and those shipped "
            "with the program.",
            "Liệt kê các mẫu giấy chứng nhận: các mẫu đã lưu trong cơ sở dữ liệu và các mẫu "
            "có sẵn trong chương trình.",
        ),
    )
    p.set_defaults(handler=cmd_certificate_templates)

    p = commands.add_parser(
        "import-certificate-template",
        help=t(
            "keep a certificate template file in the database",
            "nạp tệp mẫu giấy chứng nhận vào cơ sở dữ liệu",
        ),
        description=t(
            "Reads a certificate template (TOML, docs/formats.md) and the background image "
            "it names beside it, and keeps them; a template with the same code is replaced. "
            "A faulty template is refused whole, each fault named with its line.",
            "Đọc tệp mẫu giấy chứng nhận (TOML, xem docs/formats.md) cùng ảnh nền khai báo "
            "trong đó (đặt cạnh tệp mẫu) rồi lưu lại; mẫu cùng mã sẽ được thay. Mẫu có lỗi bị "
            "từ chối toàn bộ, mỗi lỗi nêu rõ dòng.",
        ),
    )
    p.add_argument(
        "file",
        metavar=t("FILE.toml", "TỆP.toml"),
        help=t("the template file", "tệp mẫu"),
    )
    p.set_defaults(handler=cmd_import_certificate_template)

    p = commands.add_parser(
        "export-certificate-template",
        help=t(
            "write a certificate template to a file",
            "ghi một mẫu giấy chứng nhận ra tệp",
        ),
        description=t(
            "Writes the template as TOML, with its background image beside it (named after "
            "the file).",
            "Ghi mẫu ra tệp TOML, kèm ảnh nền đặt cạnh (cùng tên với tệp).",
        ),
    )
    p.add_argument(
        "code",
        metavar=helptexts.code(t),
        help=t("the template's code", "mã của mẫu"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar=t("FILE.toml", "TỆP.toml"),
        help=t("the file to write", "tệp cần ghi") + helptexts.or_stdout(t),
    )
    p.set_defaults(handler=cmd_export_certificate_template)


# -- issuing ----------------------------------------------------------------------------------
def cmd_certificates(args: argparse.Namespace, ctx: CliContext) -> int:
    with output_path(args.out, ctx, suffix=".pdf") as out:  # "-": one PDF, to stdout
        return _issue_certificates(args, ctx, out)


def _issue_certificates(args: argparse.Namespace, ctx: CliContext, out: Path) -> int:
    to_folder = not is_stdout(args.out) and (out.is_dir() or out.suffix.lower() != ".pdf")
    check_output(out / "certificate.pdf" if to_folder and out.is_dir() else out)
    batch = ctx.services.certificates.issue(args.round, per=Per(args.per), template=args.template)
    from ui.cli.scoring import _painting_app
    from ui.publish.certificates import write_certificate_files, write_certificates_pdf

    app = _painting_app()  # kept while painting
    if to_folder:
        out.mkdir(exist_ok=True)  # its parent was checked above
        written = write_certificate_files(batch.template, batch.certificates, out) or []
        where = f"{out} ({len(written)})"
    else:
        write_certificates_pdf(batch.template, batch.certificates, out)
        where = shown(args.out, ctx)
    del app
    count = len(batch.certificates)
    first, last = batch.certificates[0].serial, batch.certificates[-1].serial
    ctx.say(
        f"{count} certificate(s) {first} … {last}, one per {args.per}, "
        f"template {batch.template.code}: {where}",
        f"{count} giấy chứng nhận {first} … {last}, "
        f"{'mỗi tác phẩm' if args.per == Per.ENTRY.value else 'mỗi tác giả'} một giấy, "
        f"mẫu {batch.template.code}: {where}",
    )
    for void in batch.voided:
        ctx.say(
            f"Made void: {void.serial} ({void.recipient}) is no longer a prize winner.",
            f"Đã hủy: {void.serial} ({void.recipient}) không còn đạt giải.",
        )
    return 0


# -- verifying --------------------------------------------------------------------------------
def cmd_verify_certificate(args: argparse.Namespace, ctx: CliContext) -> int:
    certificate = ctx.services.certificates.verify(args.code)
    competition = ctx.services.core.competition()
    found = competition.round(certificate.round) if competition is not None else None
    round_name = found.name if found is not None else certificate.round
    for line in verification_lines(certificate, ctx.language, round_name):
        print(line, file=ctx.out)
    return 1 if certificate.void else 0


def verification_lines(certificate: Certificate, language: str, round_name: str) -> list[str]:
    """What a verification says, line by line, in ``language``."""
    from judging.certificates.service import written_date  # the certificate service: only here

    def t(en: str, vi: str) -> str:
        return vi if language == "vi" else en

    values = certificate.values
    status = (
        t(
            "VOID: its holder is no longer a prize winner of the approved result",
            "ĐÃ HỦY: người nhận không còn đạt giải theo kết quả đã phê duyệt",
        )
        if certificate.void
        else t("valid", "còn hiệu lực")
    )
    return [
        t(
            f"Certificate {certificate.serial}: {status}",
            f"Giấy chứng nhận số {certificate.serial}: {status}",
        ),
        t(f"  Awarded to:  {certificate.recipient}", f"  Trao cho:    {certificate.recipient}"),
        t(f"  Prize:       {certificate.award}", f"  Giải:        {certificate.award}"),
        t(
            f"  Entry:       {certificate.entry} — {values.get('entry_title', '')}",
            f"  Tác phẩm:    {certificate.entry} — {values.get('entry_title', '')}",
        ),
        t(f"  Round:       {round_name}", f"  Vòng:        {round_name}"),
        t(
            f"  Competition: {values.get('competition', '')}",
            f"  Cuộc thi:    {values.get('competition', '')}",
        ),
        t(
            f"  Issued on:   {written_date(certificate.issued_on, 'en')}",
            f"  Cấp:         {written_date(certificate.issued_on, 'vi')}",
        ),
    ]


# -- templates --------------------------------------------------------------------------------
def cmd_certificate_templates(args: argparse.Namespace, ctx: CliContext) -> int:
    default = ctx.services.certificates.default_template().code
    for template in ctx.services.certificates.templates():
        mark = ctx.t(" (default)", " (mặc định)") if template.code == default else ""
        shape = ctx.t(
            f"{template.page} {template.orientation.value}",
            f"{template.page} {'khổ ngang' if template.orientation.value == 'landscape' else 'khổ dọc'}",
        )
        print(f"{template.code}\t{template.name}\t{shape}{mark}", file=ctx.out)
    return 0


def cmd_import_certificate_template(args: argparse.Namespace, ctx: CliContext) -> int:
    template = ctx.services.certificates.import_template(Path(args.file))
    ctx.say(
        f"Certificate template {template.code} ({template.name}) kept.",
        f"Đã lưu mẫu giấy chứng nhận {template.code} ({template.name}).",
    )
    return 0


def cmd_export_certificate_template(args: argparse.Namespace, ctx: CliContext) -> int:
    with output_path(args.out, ctx, suffix=".toml") as path:  # "-": the TOML, to stdout
        written = ctx.services.certificates.export_template(args.code, path)
        if is_stdout(args.out) and len(written) > 1:  # its background picture too
            refuse_stdout(args.out)
    files = ", ".join(str(path) for path in written)
    ctx.say(f"Written: {files}", f"Đã ghi: {files}")
    return 0
