"""Asking for a secret (a judge's PIN, the organiser's password) on the command line.

One way for both: a line from standard input when that is not a terminal (scripts, tests),
else asked twice without echo. Ctrl-D at the prompt is an answer left out, not a crash.
"""

from __future__ import annotations

import getpass
import sys

from judging.errors import InputError
from ui.cli.context import CliContext


def read_secret(ctx: CliContext, *, what: tuple[str, str]) -> str:
    """The secret typed or piped in, without its line end. ``what`` names it (en, vi) in the
    prompts and messages, e.g. ``("PIN", "mã PIN")``."""
    en, vi = what
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line.strip():
            raise InputError(ctx.t(f"no {en} on standard input", f"không có {vi} ở đầu vào"))
        return line
    try:
        first = getpass.getpass(ctx.t(f"{en}: ", f"{vi[:1].upper()}{vi[1:]}: "))
        second = getpass.getpass(ctx.t(f"{en} again: ", f"Nhập lại {vi}: "))
    except EOFError:
        raise InputError(ctx.t(f"no {en} given", f"chưa nhập {vi}")) from None
    if first != second:
        raise InputError(ctx.t(f"the two {en}s differ", f"hai lần nhập {vi} khác nhau"))
    return first
