"""Drills: the program killed while it writes a file (an export, a certificate batch, a judge
kit), at the point ``output``: its temporary file complete but not yet renamed over the target.
The target is then the old file byte for byte (or still absent); the only trace is one hidden
``.NAME.xxxx.part`` file beside it, never taken for the file, and the next write of the same
file removes it once it is ten minutes old (a younger one may be a write under way in another
process) and writes the file whole."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from judging import textfiles
from judging.kits.format import read_kit
from tests.drills.conftest import World, copy_to
from tests.drills.kill import age, integrity, kill_at, leftovers

OLD = b"round,entry,judge\r\nSK,HS-001,GK02\r\n" * 100  # a good older file, whatever its kind


def _pdf(path: Path) -> None:
    assert textfiles.pdf_is_whole(path)


def _xlsx(path: Path) -> None:
    book = load_workbook(path, read_only=True)
    assert book.sheetnames
    book.close()


def _csv(path: Path) -> None:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def _kit(path: Path) -> None:
    assert zipfile.is_zipfile(path)
    assert read_kit(path.read_bytes(), path.name).judge.code == "GK02"


#: (drill, the database it runs on, command and options before the target, file name, the
#: check of the file written whole, whether an older file was there)
WRITES = [
    ("ranking-xlsx", "approved", ["export-ranking", "--out"], "ket-qua.xlsx", _xlsx, True),
    ("ranking-csv", "approved", ["export-ranking", "--out"], "ket-qua.csv", _csv, False),
    ("minutes-pdf", "approved", ["export-ranking", "--out"], "bien-ban.pdf", _pdf, True),
    ("certificates-pdf", "approved", ["certificates", "--out"], "chung-nhan.pdf", _pdf, True),
    ("kit", "demo", ["export-kit", "--judge", "GK02", "--out"], "GK02.judgekit", _kit, True),
]


@pytest.mark.parametrize(
    ("source", "args", "name", "check", "had_old"),
    [w[1:] for w in WRITES],
    ids=[w[0] for w in WRITES],
)
def test_a_kill_before_the_rename_leaves_the_old_file(
    world: World,
    tmp_path: Path,
    source: str,
    args: list[str],
    name: str,
    check: object,
    had_old: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = copy_to(world.approved if source == "approved" else world.demo, tmp_path / "db")
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    if had_old:
        target.write_bytes(OLD)

    kill_at("output", db, *args, str(target))

    assert target.read_bytes() == OLD if had_old else not target.exists()
    left = leftovers(out)
    assert [p.name.startswith(f".{name}.") for p in left] == [True]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == (
        [name] if had_old else []
    )
    assert integrity(db) == "ok"

    age(left[0], textfiles.LEFTOVER_AGE_SECONDS + 60)  # a crash some time ago
    assert main.main(["--lang", "en", "--db", str(db), *args, str(target)]) == 0, (
        capsys.readouterr().err
    )
    assert callable(check)
    check(target)
    assert leftovers(out) == []


def test_a_kill_in_the_middle_of_a_folder_of_certificates(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Killed as the second file of the batch is about to be renamed: the first is whole, the
    second absent, the rest not begun; the next run writes them all and clears the trace."""
    db = copy_to(world.approved, tmp_path / "db")
    folder = tmp_path / "chung-nhan"

    kill_at("output@2", db, "certificates", "--out", str(folder))

    written = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    assert len(written) == 1 and textfiles.pdf_is_whole(written[0])
    left = leftovers(folder)
    assert len(left) == 1 and left[0].name.endswith(".part")
    assert integrity(db) == "ok"

    age(left[0], textfiles.LEFTOVER_AGE_SECONDS + 60)
    assert (
        main.main(["--lang", "en", "--db", str(db), "certificates", "--out", str(folder)]) == 0
    ), capsys.readouterr().err
    files = sorted(folder.iterdir())
    assert len(files) > 2 and all(textfiles.pdf_is_whole(p) for p in files)
    assert files[0].read_bytes() != b"" and leftovers(folder) == []


def test_a_young_leftover_is_kept_as_a_write_under_way(tmp_path: Path) -> None:
    """Only a leftover older than LEFTOVER_AGE_SECONDS is removed: a younger one may be
    another process's write of the same file, still going on."""
    target = tmp_path / "diem.csv"
    young = tmp_path / ".diem.csv.young.part"
    old = tmp_path / ".diem.csv.old1.part"
    other = tmp_path / ".khac.csv.old2.part"  # another file's: not this write's business
    for path in (young, old, other):
        path.write_bytes(b"half a file")
    age(old, textfiles.LEFTOVER_AGE_SECONDS + 1)
    age(other, textfiles.LEFTOVER_AGE_SECONDS + 1)

    textfiles.write_output(target, b"whole")

    assert target.read_bytes() == b"whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, young.name, other.name]
    )
