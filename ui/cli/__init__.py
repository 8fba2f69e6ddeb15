"""The command-line front end: ``main.py [--db FILE|URL | --kit FILE] [COMMAND] [OPTIONS]``.

Exit status: 0 done; 1 a check found a fault; 2 usage error, bad input or a refused file;
3 the environment (locked, read-only, disk full, too new); 4 a bug (traceback in the log file).
Each area adds its commands through a ``register(commands)`` function in its own module.
"""

from __future__ import annotations

import argparse

from ui.cli import core, definition, ranking, scoring, setup

#: Modules that add commands; each has ``register(subparsers)``.
COMMAND_MODULES = [core, definition, setup, scoring, ranking]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="judging-desk",
        description="The judging desk: set up an award, score, rank exactly, print certificates. "
        "With no command the desktop app opens.",
        epilog="Exit status: 0 done; 1 a check found a fault; 2 usage error, bad input or a "
        "refused file; 3 the environment (locked, read-only, disk full, too new); 4 a bug.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="FILE|URL",
        help="the database: a SQLite file (created if missing) or an SQLAlchemy URL "
        "(contains ://). Default: the database in your data folder.",
    )
    where.add_argument("--kit", metavar="FILE", help="open a judge kit instead of a database")
    parser.add_argument(
        "--lang", choices=["vi", "en"], help="language of messages (default: from the locale)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="open the main window on the database, save it as a PNG and exit",
    )
    parser.add_argument(
        "--view", metavar="SECTION", help="with --screenshot: the section to show first"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser
