"""The command-line front end: ``main.py [--db FILE|URL | --kit FILE] [COMMAND] [OPTIONS]``.

Exit status: 0 done; 1 a check found a fault; 2 usage error, bad input or a refused file;
3 the environment (locked, read-only, disk full, too new); 4 a bug (traceback in the log file).
Each area adds its commands through a ``register(commands, t)`` function in its own module;
``t(english, vietnamese)`` picks the help text in the language the parser is built for.
"""

from __future__ import annotations

import argparse

from judging import __version__
from ui.cli import (
    audit,
    backup,
    certificates,
    core,
    definition,
    export,
    kits,
    ranking,
    scoring,
    setup,
)
from ui.cli.context import translator

#: Modules that add commands; each has ``register(subparsers, t)``.
COMMAND_MODULES = [
    core,
    definition,
    setup,
    scoring,
    ranking,
    export,
    kits,
    certificates,
    audit,
    backup,
]


def build_parser(language: str = "en") -> argparse.ArgumentParser:
    """The whole command line with its help in ``language``. Build it (and parse) inside
    ``argparse_language(language)`` so that argparse's own words follow too."""
    t = translator(language)
    parser = argparse.ArgumentParser(
        prog="judging-desk",
        description=t(
            "The judging desk: set up an award, score, rank exactly, print certificates. "
            "With no command the desktop app opens.",
            "Bàn chấm giải: thiết lập giải thưởng, chấm điểm, xếp hạng chính xác, in giấy "
            "chứng nhận. Không ghi lệnh nào thì chương trình mở cửa sổ làm việc.",
        ),
        epilog=t(
            "Exit status: 0 done; 1 a check found a fault; 2 usage error, bad input or a "
            "refused file; 3 the environment (locked, read-only, disk full, too new); 4 a bug.",
            "Mã thoát: 0 xong; 1 kiểm tra thấy lỗi; 2 dùng sai lệnh, dữ liệu vào sai hoặc tệp "
            "bị từ chối; 3 do môi trường (tệp đang bị khóa, chỉ đọc, đầy đĩa, phiên bản mới "
            "hơn); 4 lỗi của chương trình.",
        ),
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar=t("FILE|URL", "TỆP|URL"),
        help=t(
            "the database: a SQLite file (created if missing) or an SQLAlchemy URL "
            "(contains ://). Default: the database in your data folder.",
            "cơ sở dữ liệu: một tệp SQLite (chưa có thì tạo mới) hoặc một địa chỉ SQLAlchemy "
            "(có ://). Mặc định: cơ sở dữ liệu trong thư mục dữ liệu của bạn.",
        ),
    )
    where.add_argument(
        "--kit",
        metavar=t("FILE", "TỆP"),
        help=t(
            "open a judge kit instead of a database",
            "mở bộ hồ sơ giám khảo thay cho cơ sở dữ liệu",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        help=t(
            "language of messages (default: from the locale)",
            "ngôn ngữ hiển thị (mặc định: theo cài đặt vùng của máy)",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"judging-desk {__version__}",
        help=t("show the program's version and exit", "in phiên bản của chương trình rồi thoát"),
    )
    parser.add_argument(
        "--screenshot",
        metavar=t("FILE.png", "TỆP.png"),
        help=t(
            "open the main window on the database, save it as a PNG and exit",
            "mở cửa sổ chính trên cơ sở dữ liệu, lưu ảnh chụp PNG rồi thoát",
        ),
    )
    parser.add_argument(
        "--view",
        metavar=t("SECTION", "MỤC"),
        help=t(
            "with --screenshot: the section to show first",
            "đi cùng --screenshot: mục hiện ra đầu tiên",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=t("COMMAND", "LỆNH"))
    for module in COMMAND_MODULES:
        module.register(commands, t)
    return parser
