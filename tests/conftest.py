"""Shared fixtures. Qt runs offscreen: without a display or this variable Qt aborts.

Each test starts from the same Qt state, whatever ran before it and whatever the machine's
locale (issue 9): its own home, settings and data folders (never the user's
~/.config/QtProject.conf), the default locale the session started with, and no translator left
installed by an earlier test. JUDGING_TEST_SEED=<n> (or ``random``) runs the tests in a seeded
random order; the seed is printed in the header.
"""

from __future__ import annotations

import atexit
import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JUDGING_BUSY_TIMEOUT_MS", "200")

import pytest
import shiboken6
from hypothesis import HealthCheck, settings
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QStandardPaths, QTranslator

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from tests.ui.modal import stop_waiting
from ui.setup.runner import _stop_all_workers

# Before the QApplication exists: Qt reads (and QFileDialog writes) files under the home and
# config folders; the session gets its own, caches excepted (fontconfig's is slow to rebuild).
_REAL_CACHE = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="judging-tests-home-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)


def _home_environment(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": _REAL_CACHE,
    }


os.environ.update(_home_environment(_SESSION_HOME))

# The default locale before any test set one: the machine's (vi_VN in .ci/run's second run).
_START_LOCALE = QLocale()

# CI: bounded, fixed-seed property tests (deterministic, a few seconds).
settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")

SEED_VARIABLE = "JUDGING_TEST_SEED"


def pytest_configure(config: pytest.Config) -> None:
    # "random" becomes a number here, in the controlling process, before pytest-xdist starts its
    # workers: they inherit it, so every worker collects the same order.
    if os.environ.get(SEED_VARIABLE, "").strip().lower() == "random":
        os.environ[SEED_VARIABLE] = str(random.SystemRandom().randrange(1, 10**6))


def _test_seed() -> int | None:
    value = os.environ.get(SEED_VARIABLE, "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise pytest.UsageError(
            f"{SEED_VARIABLE}={value!r}: give a whole number or 'random'"
        ) from None


def pytest_report_header(config: pytest.Config) -> str:
    seed = _test_seed()
    if seed is None:
        return f"test order: as written ({SEED_VARIABLE}=<n> or random shuffles it)"
    return f"test order: shuffled, {SEED_VARIABLE}={seed} repeats it"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    seed = _test_seed()
    if seed is not None:
        random.Random(seed).shuffle(items)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp: QCoreApplication) -> QCoreApplication:
    """The QApplication every test shares, made before the first test runs. Code under test
    that makes a bare QGuiApplication when none exists (a command writing a PDF in-process)
    would otherwise leave one that widgets cannot use: every later Qt test of that worker
    failed, and a widget made without a QApplication aborted it."""
    return qapp


@pytest.fixture(autouse=True)
def _fresh_qt_state(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """The test's own home, settings and data folders (QSettings, QFileDialog's QtProject.conf,
    the program's data folder); the session's default locale; after the test, no translator it
    installed and the QStandardPaths test mode as before."""
    home = tmp_path_factory.mktemp("home")
    for name, value in _home_environment(home).items():
        monkeypatch.setenv(name, value)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / ".config"))
    installed: list[QTranslator] = []
    monkeypatch.setattr(
        QCoreApplication, "installTranslator", staticmethod(_recording_install(installed))
    )
    test_mode = QStandardPaths.isTestModeEnabled()
    QLocale.setDefault(_START_LOCALE)
    yield
    # No worker thread outlives its test: one still ranking when the test's objects and files
    # are gone once brought a worker process down (a segfault) in a later test.
    _stop_all_workers()
    stop_waiting()  # no modal answer of this test acts on the next one's windows
    QStandardPaths.setTestModeEnabled(test_mode)
    QLocale.setDefault(_START_LOCALE)
    _remove_translators(installed)


@pytest.fixture
def english() -> None:
    """Pins the program's language to English for a test that reads English text: the default
    locale English (the machine's may be vi_VN) and, as for every test, no translator."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _recording_install(installed: list[QTranslator]) -> Callable[[QTranslator], bool]:
    original = QCoreApplication.installTranslator

    def install(translator: QTranslator) -> bool:
        installed.append(translator)
        return bool(original(translator))

    return install


def _remove_translators(installed: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    if app is None or not installed:
        return
    for translator in installed:
        if shiboken6.isValid(translator):
            QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


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
