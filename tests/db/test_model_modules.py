"""Each module of db/models can be loaded alone (a command maps only the tables its
repositories use, issue 13 item 4): it brings the modules of the tables its foreign keys name,
so that the ORM can order a flush; ``from db.models import Base`` still registers them all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.models import MODULES, Base

ROOT = Path(__file__).resolve().parents[2]

#: Loads one module of db/models in a fresh interpreter, resolves the target of every foreign
#: key of the tables then known (the ORM's flush does), orders a flush of one of its mapped
#: classes, and writes the tables and modules loaded.
ALONE = """
import importlib, json, sys
from sqlalchemy.orm import configure_mappers
module = importlib.import_module("db.models." + sys.argv[1])
from db.models.base import Base
for table in Base.metadata.tables.values():
    for fk in table.foreign_keys:
        fk.column
configure_mappers()
for mapper in Base.registry.mappers:
    mapper._sorted_tables
print(json.dumps({
    "tables": sorted(Base.metadata.tables),
    "modules": sorted(m for m in sys.modules if m.startswith("db.models.")),
}))
"""


#: The tables ``from db.models import Base`` registers, in a fresh interpreter.
EVERY = """
import json
from db.models import Base
print(json.dumps(sorted(Base.metadata.tables)))
"""


def _alone(module: str) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", ALONE, module],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded: dict[str, list[str]] = json.loads(done.stdout)
    return loaded


@pytest.mark.parametrize("module", MODULES)
def test_a_module_loads_alone_with_the_tables_its_foreign_keys_name(module: str) -> None:
    loaded = _alone(module)
    assert f"db.models.{module}" in loaded["modules"]
    assert set(loaded["tables"]) < set(Base.metadata.tables)  # not all of them


def test_the_core_tables_load_without_the_other_areas() -> None:
    assert _alone("core")["modules"] == ["db.models.base", "db.models.core"]


def test_base_from_the_package_has_every_module_s_tables() -> None:
    done = subprocess.run(
        [sys.executable, "-c", EVERY],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    every = set(json.loads(done.stdout))
    assert every == {name for module in MODULES for name in _alone(module)["tables"]}
    assert {"judge_kit", "issued_certificate", "login_attempts", "mark", "round"} <= every
