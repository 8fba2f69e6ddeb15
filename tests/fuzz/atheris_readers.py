"""Coverage-guided fuzzing of the readers with atheris (libFuzzer), beside the hypothesis runs.

atheris is not a dependency of the program (it is not in uv.lock; ``uv sync`` removes it):
install it into the venv by hand, then run one reader at a time, e.g.

    .tools/bin/uv pip install --python .venv/bin/python atheris
    .venv/bin/python tests/fuzz/atheris_readers.py definition -max_total_time=60
    .venv/bin/python tests/fuzz/atheris_readers.py marks -atheris_runs=100000

It starts from the seed files the hypothesis fuzzers use (written from the demo) and mutates
them at the byte level, guided by coverage of ``judging``. The readers run in-process, without
a database (the service-level promise, "a refusal changes nothing", is the hypothesis
fuzzers'); the only outcomes allowed are a value or an ``InputError``. Anything else is a
crash libFuzzer reports with the input that caused it.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["judging"]):
    from judging.errors import InputError
    from judging.kits import format as kitformat
    from judging.scoring.marks_csv import read_marks
    from judging.scoring.marks_import import read_mark
    from judging.setup import imports
    from judging.setup.definition import parse

_FOLDER = Path(tempfile.mkdtemp(prefix="atheris-"))


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def read_definition(data: bytes) -> None:
    parse(_text(data), "fuzz.toml")


def read_map(data: bytes) -> None:
    path = _FOLDER / "map.toml"
    path.write_bytes(data)
    imports.read_column_map(path)


def read_table(data: bytes) -> None:
    path = _FOLDER / "table.csv"
    path.write_bytes(data)
    imports.read_table(path)


def read_marks_file(data: bytes) -> None:
    for line in read_marks(data, "fuzz.csv"):
        read_mark(line)


def read_kit(data: bytes) -> None:
    kitformat.read_kit(data, "fuzz.judgekit")


def read_scorefile(data: bytes) -> None:
    signed = kitformat.open_scorefile(data, "fuzz.json")
    kitformat.verify_scorefile(signed, b"\0" * 32, "fuzz.json")


READERS: dict[str, Callable[[bytes], None]] = {
    "definition": read_definition,
    "map": read_map,
    "table": read_table,
    "marks": read_marks_file,
    "kit": read_kit,
    "scorefile": read_scorefile,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in READERS:
        sys.exit(f"usage: atheris_readers.py {{{','.join(READERS)}}} [libFuzzer options]")
    reader = READERS[sys.argv[1]]

    def one_input(data: bytes) -> None:
        with contextlib.suppress(InputError):
            reader(data)

    atheris.Setup([sys.argv[0], *sys.argv[2:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
