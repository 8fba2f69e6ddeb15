"""Memory of the readers (issue 12, defect 9): a 200 MB input is refused with a clear reason,
exit 2, and the process never holds much more than the program itself (each reader's size is
checked before it reads; docs/reliability.md gives the bounds). A file just under a table's
bound is read within a bound as well.

Each case runs the real command in a fresh interpreter, which reports its own peak resident
memory (VmHWM of /proc/self/status, the high-water mark of this process's memory; getrusage's
ru_maxrss would carry the forking test process's size across exec): a memory bound, not a
timing."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]
MB = 2**20
#: What the program takes to start and open a database is about 80 MB here; a refused 200 MB
#: file must not add the file, let alone several copies of it.
REFUSED_BOUND_MB = 160
#: A table file just under its bound, read whole and refused row by row.
READ_BOUND_MB = 400

pytestmark = pytest.mark.slow

PEAK = """
import json, re, sys
sys.path.insert(0, {root!r})
import main
code = main.main({argv!r})
with open("/proc/self/status") as status:
    peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)) // 1024
print(json.dumps({{"code": code, "peak": peak}}), file=sys.__stdout__)
"""


def peak_of(*argv: str) -> tuple[int, int, str]:
    """Run ``main.main(argv)`` in a fresh interpreter: exit status, peak memory (MB), stderr."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK.format(root=str(ROOT), argv=list(argv))],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    last = done.stdout.strip().splitlines()[-1]
    result = json.loads(last)
    return result["code"], result["peak"], done.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("memory") / "demo.sqlite"
    assert main.main(["--db", str(path), "--lang", "en", "demo"]) == 0
    return path


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo.read_bytes())
    return copy


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 MB of plausible rows (not zeros: a reader that read it would fill memory)."""
    path = tmp_path_factory.mktemp("memory-input") / "big.csv"
    row = "Sáng kiến bể lọc nước mưa cho hộ gia đình vùng ven, tiết kiệm và bền vững"
    with path.open("wb") as handle:
        handle.write(codecs.BOM_UTF8 + b"code,title,category,authors,organisation,summary\n")
        number = 0
        while handle.tell() < 200 * MB:
            block = "".join(
                f'HS-{number + k:07d},"{row}",KTCN,Nguyễn Văn An,Phường {k % 20},"{row}"\n'
                for k in range(5000)
            )
            handle.write(block.encode("utf-8"))
            number += 5000
    return path


def named(big: Path, folder: Path, name: str) -> Path:
    """The big file under another name (a hard link: no second copy on disk)."""
    path = folder / name
    path.hardlink_to(big)
    return path


@pytest.mark.parametrize(
    ("command", "name", "bound"),
    [
        (["import-entries"], "entries.csv", "32 MB"),
        (["import-judges"], "judges.csv", "32 MB"),
        (["import-conflicts"], "conflicts.csv", "32 MB"),
        (["import-assignments"], "assignments.csv", "32 MB"),
        (["import-components"], "components.csv", "32 MB"),
        (["import-entries"], "entries.xlsx", "64 MB"),
        (["import-marks"], "marks.csv", "64 MB"),
        (["import-scorefile"], "GK02.scorefile", "20 MB"),
        (["init", "--definition"], "definition.toml", "4 MB"),
        (["import-certificate-template"], "template.toml", "1 MB"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_a_200_mb_input_is_refused_without_being_read(
    db: Path, big_csv: Path, tmp_path: Path, command: list[str], name: str, bound: str
) -> None:
    if command[0] == "init":
        db = tmp_path / "new.sqlite"  # init takes an empty database
    path = named(big_csv, tmp_path, name)

    code, peak, err = peak_of("--db", str(db), "--lang", "en", *command, str(path))

    assert code == 2, err
    assert f"larger than {bound}" in err and "nothing was read" in err
    assert "Traceback" not in err
    assert peak < REFUSED_BOUND_MB, f"{peak} MB"


def test_a_200_mb_column_map_is_refused_without_being_read(
    db: Path, big_csv: Path, tmp_path: Path
) -> None:
    entries = tmp_path / "entries.csv"
    entries.write_text("code,title,category\nHS-900,Tên,KTCN\n", encoding="utf-8")
    mapping = named(big_csv, tmp_path, "map.toml")
    code, peak, err = peak_of(
        "--db", str(db), "--lang", "en", "import-entries", str(entries), "--map", str(mapping)
    )
    assert code == 2 and "larger than 1 MB" in err, err
    assert peak < REFUSED_BOUND_MB, f"{peak} MB"


def test_a_200_mb_judge_kit_is_refused_without_being_read(tmp_path: Path) -> None:
    kit = tmp_path / "big.judgekit"
    with kit.open("wb") as handle:
        handle.truncate(201 * MB)  # over the kit's 200 MB, sparse: nothing to read anyway
    code, peak, err = peak_of("--kit", str(kit), "--lang", "en", "export-scorefile", "--out", "-")
    assert code == 2 and "larger than 200 MB" in err, err
    assert peak < REFUSED_BOUND_MB, f"{peak} MB"


def test_a_small_workbook_that_unpacks_to_gigabytes_is_refused(db: Path, tmp_path: Path) -> None:
    """A zip bomb: 300 MB of one part, compressed to a few hundred kilobytes."""
    from openpyxl import Workbook

    path = tmp_path / "entries.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["code", "title", "category"])
    sheet.append(["HS-900", "Tên", "KTCN"])
    book.save(path)
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(300):
            member.write(bytes(MB))
    assert path.stat().st_size < 2 * MB

    code, peak, err = peak_of("--db", str(db), "--lang", "en", "import-entries", str(path))

    assert code == 2 and "larger than 256 MB" in err, err
    assert peak < REFUSED_BOUND_MB, f"{peak} MB"


def test_a_table_just_under_its_bound_is_read_within_a_bound(db: Path, tmp_path: Path) -> None:
    """31 MB of entries, about 100,000 rows, each naming a category the round lacks: read
    whole, checked, and refused with the first 1,000 faults named and the rest counted."""
    path = tmp_path / "entries.csv"
    row = "Sáng kiến bể lọc nước mưa cho hộ gia đình vùng ven tiết kiệm và bền vững"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("code,title,category,authors,organisation,summary\n")
        for number in range(99_000):
            handle.write(
                f"HS-{number:06d},{row} {number},XXXX,Nguyễn Văn An; Trần Thị Bình,"
                f"Phường {number % 20},{row} {row[:40]}\n"
            )
    assert 28 * MB < path.stat().st_size < 32 * MB

    code, peak, err = peak_of("--db", str(db), "--lang", "en", "import-entries", str(path))

    assert code == 2, err
    assert "unknown category 'XXXX'" in err
    assert "and 98000 more faults in later rows, not listed" in err
    assert err.count("unknown category") == 1000
    assert peak < READ_BOUND_MB, f"{peak} MB"
