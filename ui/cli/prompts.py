"""Asking for a secret (a judge's PIN, the organiser's password) on the command line.

One way for both: a line from standard input when that is not a terminal (scripts, tests),
else asked twice without echo. Ctrl-D at the prompt is an answer left out, not a crash.
"""

from __future__ import annotations

import getpass
import sys

from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.problems import message
from ui.cli.context import CliContext


def read_secret(ctx: CliContext, *, what: P) -> str:
    """The secret typed or piped in, without its line end. ``what`` names it (a term of the
    catalogue, e.g. ``P.TERM_PIN``) in the prompts and messages."""
    en, vi = message(what).text("en"), message(what).text("vi")
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line.strip():
            raise InputError(P.SECRET_NOT_ON_STDIN, what=what)
        return line
    try:
        first = getpass.getpass(ctx.t(f"{en}: ", f"{vi[:1].upper()}{vi[1:]}: "))
        second = getpass.getpass(ctx.t(f"{en} again: ", f"Nhập lại {vi}: "))
    except EOFError:
        raise InputError(P.SECRET_NOT_GIVEN, what=what) from None
    if first != second:
        raise InputError(P.SECRETS_DIFFER, what=what)
    return first


def read_current_secret(ctx: CliContext, *, what: P) -> str:
    """A secret that already exists (the current password): one line from standard input when
    that is not a terminal, else asked once without echo."""
    en, vi = message(what).text("en"), message(what).text("vi")
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line.strip():
            raise InputError(P.SECRET_NOT_ON_STDIN, what=what)
        return line
    try:
        return getpass.getpass(ctx.t(f"{en}: ", f"{vi[:1].upper()}{vi[1:]}: "))
    except EOFError:
        raise InputError(P.SECRET_NOT_GIVEN, what=what) from None
