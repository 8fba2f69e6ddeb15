"""Shared fixtures. Qt runs offscreen: without a display or this variable Qt aborts."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JUDGING_BUSY_TIMEOUT_MS", "200")

import pytest
from hypothesis import HealthCheck, settings

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services

# CI: bounded, fixed-seed property tests (deterministic, a few seconds).
settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")

_TEMPLATE: dict[str, Path] = {}


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated database built once and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    database = open_database(str(path))
    database.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _empty_template: Path) -> Path:
    path = tmp_path / "judging.sqlite"
    shutil.copyfile(_empty_template, path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[OpenDatabase]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def services(database: OpenDatabase) -> Services:
    return build_services(database.uow_factory, location=database.location)
