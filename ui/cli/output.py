"""``--out``: one rule for every command that writes a file. A path is written whole (a
temporary file beside it, renamed when complete: judging.textfiles.atomic_output); ``-`` is
standard output, for every command whose ``--out`` names one file.

With ``-`` the command writes to a temporary file, as it would to a named one, and its bytes go
to standard output once complete (a refusal or a failure part-way writes nothing there); what
the command says for people goes to standard error meanwhile, so that standard output holds
the file alone. A command that writes a folder of files, or more than one file, refuses ``-``.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from judging.errors import InputError
from judging.problems import ProblemCode as P
from ui.cli.context import CliContext

STDOUT = "-"


def is_stdout(value: str | Path | None) -> bool:
    """True for ``--out -``."""
    return value is not None and str(value) == STDOUT


def refuse_stdout(value: str | Path | None, *, option: str = "--out") -> None:
    """Refuse ``-`` where the command writes a folder of files or several files."""
    if is_stdout(value):
        raise InputError(P.OUTPUT_STDOUT_MANY, option=option)


@contextlib.contextmanager
def output_path(value: str | Path, ctx: CliContext, *, suffix: str = "") -> Iterator[Path]:
    """The path the command writes to: ``value`` itself, or for ``-`` a temporary file (named
    ``out`` + ``suffix``, for writers that go by the suffix) whose bytes are copied to standard
    output when the block ends normally."""
    if not is_stdout(value):
        yield Path(value)
        return
    out = ctx.out
    with tempfile.TemporaryDirectory(prefix="judging-out-") as folder:
        path = Path(folder) / f"out{suffix}"
        ctx.out = ctx.err  # what is said for people must not mix with the file's bytes
        try:
            yield path
        finally:
            ctx.out = out
        write_stdout(ctx, path.read_bytes())


def write_stdout(ctx: CliContext, data: bytes) -> None:
    """``data`` on standard output as it is (binary files too); text streams without a byte
    buffer (tests' StringIO) get it decoded."""
    buffer = getattr(ctx.out, "buffer", None)
    if buffer is None:
        ctx.out.write(data.decode("utf-8"))
        return
    ctx.out.flush()
    buffer.write(data)
    buffer.flush()


def shown(value: str | Path, ctx: CliContext) -> str:
    """Where a message says the file went: its path, or "standard output"."""
    return ctx.t("standard output", "đầu ra chuẩn") if is_stdout(value) else str(value)
