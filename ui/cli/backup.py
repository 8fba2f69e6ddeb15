"""Backup commands: ``backup [--out FILE]``, ``backups`` and ``restore --from FILE | --latest``.

They run without opening the database the usual way (main.py hands them the backup service
only), so that a damaged database, which refuses to open, can still be restored.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from judging.backup import BackupCopy, BackupService
from judging.errors import InputError
from judging.numbers import format_places
from judging.problems import ProblemCode as P
from ui.cli.context import Translate


@dataclass
class BackupContext:
    """What a backup command is given: the backup service, not the services of an open
    database."""

    backups: BackupService
    language: str = "en"
    out: TextIO = field(default_factory=lambda: sys.stdout)

    def t(self, en: str, vi: str) -> str:
        return vi if self.language == "vi" else en

    def say(self, en: str, vi: str) -> None:
        print(self.t(en, vi), file=self.out)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    backup = commands.add_parser(
        "backup",
        help=t("make a checked copy of the database now", "sao lưu cơ sở dữ liệu ngay"),
        description=t(
            "Copy the database with SQLite's backup API (safe while the app has it open), "
            "check the copy with PRAGMA integrity_check and write it whole. Without --out the "
            "copy goes to the automatic backups in your data folder (the older ones rotated).",
            "Sao chép cơ sở dữ liệu bằng cơ chế sao lưu của SQLite (an toàn cả khi chương "
            "trình đang mở tệp), kiểm tra toàn vẹn bản sao rồi mới ghi trọn vẹn. Không ghi "
            "--out thì bản sao được cất cùng các bản sao lưu tự động trong thư mục dữ liệu "
            "của bạn (các bản cũ được xoay vòng).",
        ),
    )
    backup.add_argument(
        "--out",
        metavar=t("FILE", "TỆP"),
        help=t("where to write the copy", "nơi ghi bản sao"),
    )
    backup.set_defaults(backup_handler=cmd_backup)

    listing = commands.add_parser(
        "backups",
        help=t("list the automatic backups", "xem danh sách các bản sao lưu tự động"),
        description=t(
            "List the automatic backups of the database, newest first: when each was made, "
            "its size, and how many entries and marks it holds.",
            "Liệt kê các bản sao lưu tự động của cơ sở dữ liệu, mới nhất trước: thời điểm "
            "sao lưu, dung lượng, số hồ sơ và số điểm trong mỗi bản.",
        ),
    )
    listing.set_defaults(backup_handler=cmd_backups)

    restore = commands.add_parser(
        "restore",
        help=t(
            "put a backup copy in place of the database", "khôi phục cơ sở dữ liệu từ bản sao lưu"
        ),
        description=t(
            "Put a backup copy in place of the database. The copy must be a judging database "
            "of this or an older version and pass its integrity check; the current file is "
            "first kept aside next to it (NAME.before-restore-TIME.sqlite). Works on a "
            "damaged database too.",
            "Khôi phục cơ sở dữ liệu từ một bản sao lưu. Bản sao phải là cơ sở dữ liệu chấm "
            "giải của phiên bản này hoặc cũ hơn và qua được kiểm tra toàn vẹn; tệp hiện tại "
            "được giữ lại trước, ngay bên cạnh (TÊN.before-restore-THỜI_ĐIỂM.sqlite). Dùng "
            "được cả khi cơ sở dữ liệu đã bị hỏng.",
        ),
    )
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--from",
        dest="source",
        metavar=t("FILE", "TỆP"),
        help=t("the backup copy to restore", "bản sao lưu cần khôi phục"),
    )
    source.add_argument(
        "--latest",
        action="store_true",
        help=t(
            "the newest automatic backup that passes its check",
            "bản sao lưu tự động mới nhất còn dùng được",
        ),
    )
    restore.set_defaults(backup_handler=cmd_restore)


def when(made: datetime, language: str) -> str:
    """A copy's time for people, in the computer's time zone."""
    local = made.astimezone()
    return local.strftime("%d/%m/%Y %H:%M:%S" if language == "vi" else "%Y-%m-%d %H:%M:%S")


def size_text(size: int, language: str) -> str:
    if size >= 1024 * 1024:
        return f"{format_places(Decimal(size) / (1024 * 1024), 1, language)} MB"
    return f"{format_places(max(Decimal(size) / 1024, Decimal('0.1')), 1, language)} KB"


def cmd_backup(args: argparse.Namespace, ctx: BackupContext) -> int:
    if args.out:
        out = Path(args.out).expanduser()
        summary = ctx.backups.backup_to(out)
        ctx.say(
            f"Backup written to {out} ({summary.entries} entries, {summary.marks} marks); "
            "integrity check: ok.",
            f"Đã sao lưu vào {out} ({summary.entries} hồ sơ, {summary.marks} điểm); "
            "kiểm tra toàn vẹn: đạt.",
        )
        return 0
    copy = ctx.backups.backup_now()
    ctx.say(
        f"Backup written to {copy.path}; integrity check: ok.",
        f"Đã sao lưu vào {copy.path}; kiểm tra toàn vẹn: đạt.",
    )
    return 0


def cmd_backups(args: argparse.Namespace, ctx: BackupContext) -> int:
    copies = ctx.backups.copies()
    if not copies:
        ctx.say(
            f"No automatic backups yet (folder: {ctx.backups.folder()}).",
            f"Chưa có bản sao lưu tự động nào (thư mục: {ctx.backups.folder()}).",
        )
        return 0
    ctx.say(f"Backups in {ctx.backups.folder()}:", f"Các bản sao lưu trong {ctx.backups.folder()}:")
    for copy in copies:
        ctx.say(_line(copy, ctx, "en"), _line(copy, ctx, "vi"))
    return 0


def _line(copy: BackupCopy, ctx: BackupContext, language: str) -> str:
    summary = ctx.backups.summary(copy.path)
    size = size_text(copy.size, language)
    if summary is None:
        what = "not readable" if language == "en" else "không đọc được"
    elif language == "vi":
        what = f"{summary.entries} hồ sơ, {summary.marks} điểm"
    else:
        what = f"{summary.entries} entries, {summary.marks} marks"
    return f"  {when(copy.made, language)}  {size:>9}  {what}  {copy.path.name}"


def cmd_restore(args: argparse.Namespace, ctx: BackupContext) -> int:
    if args.latest:
        newest = ctx.backups.newest_good()
        if newest is None:
            location = str(ctx.backups.database or "")
            raise InputError(P.BACKUP_NONE_YET, location=location)
        source = newest.path
    else:
        source = Path(args.source).expanduser()
    restored = ctx.backups.restore(source)
    counts_en = f"{restored.summary.entries} entries, {restored.summary.marks} marks"
    counts_vi = f"{restored.summary.entries} hồ sơ, {restored.summary.marks} điểm"
    ctx.say(
        f"Restored {ctx.backups.database} from {source} ({counts_en}).",
        f"Đã khôi phục {ctx.backups.database} từ {source} ({counts_vi}).",
    )
    if restored.kept_aside is not None:
        ctx.say(
            f"The file it replaced is kept at {restored.kept_aside}.",
            f"Tệp bị thay thế được giữ lại tại {restored.kept_aside}.",
        )
    return 0
