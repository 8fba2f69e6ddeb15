"""Composition root: parses the command line, opens the database, builds the services, then
starts the desktop app or runs one command-line command.

Only this file knows the concrete db/ classes.

Run as a program, Python's cyclic garbage collector is held off while the modules load (issue
13, item 4): loading makes tens of thousands of long-lived objects the collector tracks (about
70,000 once this module is loaded) and no garbage, and each burst of them started a collection
walking them all again (about 0.05 s CPU a command).
Then they are moved out of the collector's sight (``gc.freeze``) and it runs as usual; what
the program made is moved out again before it exits, so that the interpreter's last
collection does not walk it all (about 0.1 s; docs/performance.md).
"""

from __future__ import annotations

import gc
import sys

if __name__ == "__main__":
    gc.disable()

import logging
import os
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from db.backup import SqliteBackupStore
from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.backup import BackupService
from judging.changes import change_count
from judging.errors import JudgingError
from judging.problems import ProblemCode
from ui import paths
from ui.cli import build_parser
from ui.cli.argparse_vi import argparse_language
from ui.cli.backup import BackupContext
from ui.cli.context import CliContext, Translate, pick_language, requested_language, translator

log = logging.getLogger("judging-desk")


def _busy_timeout_ms() -> int:
    # Tests shorten the wait for a locked database; people get the default five seconds.
    raw = os.environ.get("JUDGING_BUSY_TIMEOUT_MS", "")
    return int(raw) if raw.isdigit() else 5000


def _report_bug(exc: BaseException) -> Path:
    path = paths.log_file()
    with path.open("a", encoding="utf-8") as handle:
        handle.write("".join(traceback.format_exception(exc)))
        handle.write("\n")
    return path


def backups_for(location: str) -> BackupService:
    """The automatic backups of a database (none for a server URL), in the data folder."""
    if "://" in location:
        return BackupService(SqliteBackupStore(), database=None, folder=None, location=location)
    return BackupService(
        SqliteBackupStore(),
        database=Path(location).expanduser().resolve(),
        folder=paths.data_folder() / "backups",
    )


#: Refusals already shown in a window (the offer to restore a backup copy, declined).
_told: set[int] = set()

#: Refusals at open that a restored backup copy mends.
RESTORABLE = {ProblemCode.DB_DAMAGED, ProblemCode.DB_VERSION_INCONSISTENT}


def _open_for_app(location: str, backups: BackupService, language: str | None) -> OpenDatabase:
    """Open the database for the desktop app, checked at once (``quick_check``); a damaged
    one is offered the newest good backup copy, and opened again once it is restored."""
    try:
        return open_database(location, busy_timeout_ms=_busy_timeout_ms(), check=True)
    except JudgingError as exc:
        if exc.code not in RESTORABLE or not backups.available:
            raise
        from ui.backup_dialog import Offer, offer_restore_at_start

        offer = offer_restore_at_start(exc, backups, language=language)
        if offer is Offer.DECLINED:
            _told.add(id(exc))  # the offer said it already: no second window
        if offer is not Offer.RESTORED:
            raise
    return open_database(location, busy_timeout_ms=_busy_timeout_ms(), check=True)


def open_other(location: str, opened: list[OpenDatabase]) -> Services:
    """The desktop app's File › Open / New: another database (added to ``opened``, closed when
    the app ends). A damaged one is offered its newest good backup copy first."""
    backups = backups_for(location)
    try:
        another = open_database(location, busy_timeout_ms=_busy_timeout_ms(), check=True)
    except JudgingError as exc:
        if exc.code not in RESTORABLE or not backups.available:
            raise
        from ui.backup_dialog import Offer, offer_restore

        if offer_restore(exc, backups) is not Offer.RESTORED:
            raise
        another = open_database(location, busy_timeout_ms=_busy_timeout_ms(), check=True)
    opened.append(another)
    return replace(build_services(another.uow_factory, location=another.location), backups=backups)


def _restore_hint(exc: JudgingError, backups: BackupService | None, t: Translate) -> str | None:
    """For a damaged database on the command line: the command that restores the newest good
    backup copy, when there is one."""
    if backups is None or exc.code not in RESTORABLE or not backups.available:
        return None
    try:
        newest = backups.newest_good()
    except (JudgingError, OSError):
        return None
    if newest is None:
        return None
    local = newest.made.astimezone()
    made = t(local.strftime("%Y-%m-%d %H:%M"), local.strftime("%H:%M ngày %d/%m/%Y"))
    return t(
        f"the newest good backup copy is from {made}: restore it with "
        f"`judging-desk --db {backups.database} restore --latest`",
        f"bản sao lưu mới nhất còn dùng được là lúc {made}: khôi phục bằng lệnh "
        f"`judging-desk --db {backups.database} restore --latest`",
    )


def _backup_after_command(backups: BackupService, language: str) -> None:
    """The command line's automatic copy: after a command that changed something, when one
    is due (judging.backup). A copy that fails is told, and does not fail the command."""
    if change_count() == 0:
        return
    try:
        backups.backup_if_due()
    except JudgingError as exc:
        t = translator(language)
        reason = exc.text(language)
        print(
            t(f"automatic backup not made: {reason}", f"chưa sao lưu tự động được: {reason}"),
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and arguments[0].lower().endswith(".judgekit"):
        # A kit opened from the file manager (double-click): the path is all there is.
        arguments = ["--kit", arguments[0]]
    # The language comes first: the parser's help and its errors are written in it.
    language = pick_language(requested_language(arguments))
    t = translator(language)
    with argparse_language(language):
        parser = build_parser(language)
        args = parser.parse_args(arguments)
        if args.lang and args.lang != language:  # given abbreviated (`--lan vi`)
            language, t = args.lang, translator(args.lang)
        if args.kit is not None and not args.kit.strip():
            parser.error(
                t(
                    "--kit: give a judge kit file (the value is empty)",
                    "--kit: hãy ghi tệp bộ hồ sơ giám khảo (giá trị đang để trống)",
                )
            )
        if args.db is not None and not args.db.strip():
            # `--db "$DB"` with DB unset: never fall back to the person's own database.
            parser.error(
                t(
                    "--db: give a database file or URL (the value is empty)",
                    "--db: hãy ghi tệp hoặc địa chỉ cơ sở dữ liệu (giá trị đang để trống)",
                )
            )
        if args.view and not args.screenshot:
            parser.error(
                t("--view only goes with --screenshot", "--view chỉ dùng cùng --screenshot")
            )
    gui = args.command is None
    backups: BackupService | None = None
    try:
        # A judge kit: its own local database in the data folder, keyed by the kit's id.
        kit = None
        if args.kit:
            from judging.kits.service import read_kit_file

            kit = read_kit_file(Path(args.kit))
        location = (
            str(paths.kit_database(kit.kit_id))
            if kit is not None
            else args.db or str(paths.default_database())
        )
        is_default = args.db is None and kit is None
        fresh = "://" not in location and not Path(location).exists()
        backups = backups_for(location)
        backup_handler = getattr(args, "backup_handler", None)
        if backup_handler is not None:
            # Backups and restores work on the file itself: a damaged one too.
            return int(backup_handler(args, BackupContext(backups, language=language)))
        if gui and not args.screenshot:
            database = _open_for_app(location, backups, args.lang)
        else:
            database = open_database(location, busy_timeout_ms=_busy_timeout_ms())
        opened = [database]

        def open_services(other: str) -> Services:
            # The desktop app's File › Open / New: another database, closed when the app ends.
            return open_other(other, opened)

        try:
            services = replace(
                build_services(database.uow_factory, location=database.location),
                backups=backups,
            )
            if kit is not None:
                opened_kit = services.kits.open_kit(kit, location=database.location)
                if gui:
                    from ui.kit_app import run_kit_app

                    return run_kit_app(
                        services, opened_kit.judge_code, opened=opened_kit, language=args.lang
                    )
            if gui:
                from ui.app import run_app

                return run_app(
                    services,
                    language=args.lang,  # None: the saved choice, else Vietnamese
                    screenshot=args.screenshot,
                    view=args.view,
                    offer_demo=is_default and fresh and not args.screenshot,
                    open_services=open_services,
                )
            ctx = CliContext(services=services, language=language)
            status = int(args.handler(args, ctx))
            if status == 0 and kit is None:
                _backup_after_command(backups, language)
            return status
        finally:
            for each in opened:
                each.close()
    except JudgingError as exc:
        print(exc.text(language), file=sys.stderr)
        hint = None if gui else _restore_hint(exc, backups, t)
        if hint is not None:
            print(hint, file=sys.stderr)
        if gui and not args.screenshot and id(exc) not in _told:
            # Started from a desktop icon nobody reads stderr: say it in a window too.
            from ui.app import show_startup_error

            show_startup_error(exc, language=args.lang)
        return exc.exit_status
    except KeyboardInterrupt:
        print(t("interrupted (Ctrl+C)", "đã dừng theo yêu cầu (Ctrl+C)"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`info | head`): not a fault. Point stdout at /dev/null so the
        # interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: say where the details are, never a traceback
        where = _report_bug(exc)
        print(
            t(
                f"internal error ({type(exc).__name__}); details written to {where}",
                f"lỗi của chương trình ({type(exc).__name__}); chi tiết đã ghi vào {where}",
            ),
            file=sys.stderr,
        )
        return 4


def _run_as_program() -> int:
    gc.freeze()  # what loading made (see the module's text)
    gc.enable()
    status = main()
    gc.freeze()  # and what the program made: the last collection at exit passes it by
    return status


if __name__ == "__main__":
    sys.exit(_run_as_program())
