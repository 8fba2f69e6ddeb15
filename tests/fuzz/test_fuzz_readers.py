"""Fuzzing every reader (issue 12, deliver 1): each starts from a valid file the program wrote
(tests/fuzz/conftest.py), mutates it (tests/fuzz/mutations.py) and feeds it to the reader
through its service. Only two outcomes are allowed: accepted, or refused with an
``InputError`` and the database unchanged (tests/fuzz/harness.py); never another exception, and
never past the per-case deadline. What an accepted file leaves behind must still rank.

Each reader runs twice: a short fixed-seed run always (``SHORT``), a long random one behind
``-m fuzz_long`` (``LONG``). docs/reliability.md ("Fuzzing") gives the cases and outcomes.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from judging.errors import InputError
from judging.kits.format import canonical, read_kit, sign
from tests.fuzz.conftest import World
from tests.fuzz.harness import LONG, SHORT, Target, target
from tests.fuzz.mutations import EXTREME_NUMBERS, mutated_bytes, mutated_text

Case = Callable[[Target, World, st.DataObject], None]


def still_ranks(t: Target) -> None:
    """What was accepted leaves a database every round of which still ranks (or is refused)."""
    competition = t.services.core.require_competition()
    for rnd in competition.rounds:
        with contextlib.suppress(InputError):
            t.services.ranking.rank(rnd.code, drafts=True)


# -- the readers ---------------------------------------------------------------------------------


def definition_case(t: Target, world: World, data: st.DataObject) -> None:
    text = data.draw(mutated_text(world.definition, toml=True), label="definition")

    def read() -> None:
        competition = t.services.definitions.load_text(text, "fuzz.toml")
        t.services.definitions.update(competition)

    if t.attempt(read) == "accepted":
        still_ranks(t)


def map_case(t: Target, world: World, data: st.DataObject) -> None:
    text = data.draw(mutated_text(world.map_toml, toml=True), label="map")
    entries = t.file("entries.csv", world.entries_for_map)
    mapping = t.file("map.toml", text)
    t.attempt(lambda: t.services.setup.import_entries_file(entries, mapping))


def entries_csv_case(t: Target, world: World, data: st.DataObject) -> None:
    path = t.file("entries.csv", data.draw(mutated_text(world.entries_csv), label="entries"))
    t.attempt(lambda: t.services.setup.import_entries_file(path))


@st.composite
def mutated_workbook(draw: st.DrawFn, seed: bytes) -> bytes:
    """Cells replaced by extreme values (typed as text, numbers, or huge floats), rows
    deleted or repeated; sometimes the file's bytes damaged as well."""
    book = load_workbook(io.BytesIO(seed))
    sheet = book.active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(rows) - 1))
        op = draw(st.sampled_from(("cell", "number", "delete", "repeat")))
        if op == "cell":
            j = draw(st.integers(0, len(rows[i]) - 1))
            rows[i][j] = draw(st.sampled_from(EXTREME_NUMBERS))
        elif op == "number":
            j = draw(st.integers(0, len(rows[i]) - 1))
            rows[i][j] = draw(st.sampled_from((1e308, -1e308, 1e-300, 2.5e-5, 10**20, 0.1)))
        elif op == "delete" and len(rows) > 1:
            del rows[i]
        else:
            rows.insert(i, list(rows[i]))
    fresh = Workbook()
    fresh.properties.created = fresh.properties.modified = datetime(2026, 1, 1)
    out_sheet = fresh.active
    assert out_sheet is not None
    for row in rows:
        out_sheet.append(row)
    out = io.BytesIO()
    fresh.save(out)
    data = out.getvalue()
    if draw(st.integers(0, 4)) == 0:
        data = draw(mutated_bytes(data))
    return data


def entries_xlsx_case(t: Target, world: World, data: st.DataObject) -> None:
    path = t.file("entries.xlsx", data.draw(mutated_workbook(world.entries_xlsx), label="xlsx"))
    t.attempt(lambda: t.services.setup.import_entries_file(path))


def judges_case(t: Target, world: World, data: st.DataObject) -> None:
    path = t.file("judges.csv", data.draw(mutated_text(world.judges_csv), label="judges"))
    t.attempt(lambda: t.services.setup.import_judges(path))


def conflicts_case(t: Target, world: World, data: st.DataObject) -> None:
    path = t.file("conflicts.csv", data.draw(mutated_text(world.conflicts_csv), label="conflicts"))
    t.attempt(lambda: t.services.setup.import_conflicts(path))


def assignments_case(t: Target, world: World, data: st.DataObject) -> None:
    text = data.draw(mutated_text(world.assignments_csv), label="assignments")
    path = t.file("assignments.csv", text)
    t.attempt(lambda: t.services.setup.import_assignments(path))


def components_case(t: Target, world: World, data: st.DataObject) -> None:
    text = data.draw(mutated_text(world.components_csv), label="components")
    path = t.file("components.csv", text)
    if t.attempt(lambda: t.services.setup.import_components(path)) == "accepted":
        still_ranks(t)


def marks_case(t: Target, world: World, data: st.DataObject) -> None:
    raw = data.draw(mutated_text(world.marks_csv), label="marks").encode("utf-8")
    if data.draw(st.integers(0, 5), label="bytes?") == 0:
        raw = data.draw(mutated_bytes(raw), label="marks bytes")
    read = lambda: t.services.scoring.import_marks(raw, source="marks.csv")  # noqa: E731
    if t.attempt(read) == "accepted":
        still_ranks(t)


@st.composite
def mutated_kit(draw: st.DrawFn, seed: bytes) -> bytes:
    """The kit's manifest mutated as text (numbers, lines, nesting) and zipped again; or the
    zip's own bytes damaged."""
    if draw(st.integers(0, 3)) == 0:
        return draw(mutated_bytes(seed))
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.dumps(json.loads(members["manifest.json"]), indent=1, ensure_ascii=False)
    members["manifest.json"] = draw(mutated_text(manifest)).encode("utf-8", "surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():  # a fixed time: the same draws, the same bytes
            info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            archive.writestr(info, blob, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def kit_case(t: Target, world: World, data: st.DataObject) -> None:
    raw = data.draw(mutated_kit(world.kit), label="kit")
    t.attempt(lambda: t.services.kits.open_kit(read_kit(raw, "fuzz.judgekit"), location="fuzz"))


def _mutate_json_value(draw: st.DrawFn, value: Any) -> Any:
    """One value somewhere inside ``value`` replaced by an extreme one."""
    if isinstance(value, dict) and value:
        key = draw(st.sampled_from(sorted(value)))
        return {**value, key: _mutate_json_value(draw, value[key])}
    if isinstance(value, list) and value:
        i = draw(st.integers(0, len(value) - 1))
        return [*value[:i], _mutate_json_value(draw, value[i]), *value[i + 1 :]]
    return draw(
        st.one_of(
            st.sampled_from(EXTREME_NUMBERS),
            st.sampled_from((10**30, -1, 0, 1e308, None, True, [], {})),
            st.just([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]),
        )
    )


@st.composite
def mutated_scorefile(draw: st.DrawFn, seed: bytes, secret: bytes) -> bytes:
    """A score file changed inside and signed again with the judge's secret (so that the
    reader's checks behind the signature are reached), or changed as bytes (refused as
    tampered or malformed)."""
    if draw(st.booleans()):
        return draw(mutated_bytes(seed))
    body = json.loads(seed)
    payload = {k: v for k, v in body.items() if k != "signature"}
    for _ in range(draw(st.integers(1, 3))):
        payload = _mutate_json_value(draw, payload)
    return canonical({**payload, "signature": sign(payload, secret)}) + b"\n"


def scorefile_case(t: Target, world: World, data: st.DataObject) -> None:
    raw = data.draw(mutated_scorefile(world.scorefile, world.kit_secret), label="scorefile")
    if t.attempt(lambda: t.services.kits.take_in(raw, source="fuzz.json")) == "accepted":
        still_ranks(t)


# -- the tests: a short fixed-seed run of each, and the long run ---------------------------------

READERS: dict[str, tuple[Case, str]] = {
    "definition": (definition_case, "demo"),
    "map": (map_case, "demo"),
    "entries_csv": (entries_csv_case, "demo"),
    "entries_xlsx": (entries_xlsx_case, "demo"),
    "judges": (judges_case, "demo"),
    "conflicts": (conflicts_case, "demo"),
    "assignments": (assignments_case, "demo"),
    "components": (components_case, "demo"),
    "marks": (marks_case, "demo"),
    "kit": (kit_case, "empty"),
    "scorefile": (scorefile_case, "demo"),
}


def _run(reader: str, tmp_path: Path, world: World, data: st.DataObject) -> None:
    """One case against a fresh copy of its database: every case reproducible on its own."""
    case, database = READERS[reader]
    source = world.demo if database == "demo" else world.empty
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder, target(source, Path(folder)) as t:
        case(t, world, data)


@pytest.mark.parametrize("reader", sorted(READERS))
@SHORT
@given(data=st.data())
def test_fuzz_reader(reader: str, tmp_path: Path, world: World, data: st.DataObject) -> None:
    _run(reader, tmp_path, world, data)


@pytest.mark.fuzz_long
@pytest.mark.parametrize("reader", sorted(READERS))
@LONG
@given(data=st.data())
def test_fuzz_reader_long(reader: str, tmp_path: Path, world: World, data: st.DataObject) -> None:
    _run(reader, tmp_path, world, data)


def test_the_seeds_are_accepted(world: World, tmp_path: Path) -> None:
    """The unmutated files pass: the fuzzers start from valid files, not from refusals."""
    with target(world.demo, tmp_path / "seeds") as t:
        t.services.definitions.update(t.services.definitions.load_text(world.definition, "d"))
        entries = t.file("entries.csv", world.entries_for_map)
        assert t.services.setup.import_entries_file(entries, t.file("m.toml", world.map_toml))
        assert t.services.setup.import_judges(t.file("judges.csv", world.judges_csv))
        assert t.services.setup.import_conflicts(t.file("conflicts.csv", world.conflicts_csv))
        assert t.services.setup.import_assignments(t.file("a.csv", world.assignments_csv))
        assert t.services.setup.import_components(t.file("c.csv", world.components_csv)).added
        t.services.scoring.import_marks(world.marks_csv.encode(), source="marks.csv")
        assert t.services.kits.take_in(world.scorefile, source="s.json")
    with target(world.empty, tmp_path / "kit") as t:
        assert t.services.kits.open_kit(read_kit(world.kit, "k"), location="k")
    with target(world.demo, tmp_path / "xlsx") as t:
        assert t.services.setup.import_entries_file(t.file("e.xlsx", world.entries_xlsx)).added
