"""Background work outlives the screen that asked for it without bringing the program down."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.setup import runner as runner_module
from ui.setup.runner import ThreadRunner


def test_closing_the_screen_while_work_runs_is_safe(qtbot: QtBot) -> None:
    release = threading.Event()
    started = threading.Event()
    told: list[object] = []

    def work(cancelled: object) -> str:
        started.set()
        release.wait(10)
        return "ranked"

    screen = QWidget()
    ThreadRunner().run(screen, "Ranking…", work, told.append, told.append)
    assert started.wait(10)
    screen.deleteLater()  # the window closes while the worker still runs
    qtbot.waitUntil(lambda: not _alive(screen))
    release.set()
    qtbot.waitUntil(lambda: not runner_module._LIVE, timeout=10_000)
    assert told == []  # nobody left to tell, and no crash


def test_quitting_asks_running_work_to_stop_and_waits_for_it() -> None:
    started = threading.Event()
    saw_cancel: list[bool] = []

    def work(cancelled):  # type: ignore[no-untyped-def]
        started.set()
        for _ in range(1000):
            if cancelled():
                saw_cancel.append(True)
                return None
            threading.Event().wait(0.01)
        return None

    screen = QWidget()
    ThreadRunner().run(screen, "Importing…", work, lambda _: None, lambda _: None)
    assert started.wait(10)
    runner_module._stop_all_workers()  # what QApplication.aboutToQuit runs
    assert saw_cancel == [True]
    assert runner_module._LIVE == {}
    screen.deleteLater()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_the_garbage_collector_waits_while_work_runs_and_runs_on_the_gui_thread_after(
    qtbot: Any,
) -> None:
    """A collection in a worker thread could free a Qt object there and deadlock with the GUI
    thread (a CI run stopped so): while any worker runs the collector is held off."""
    import gc

    release = threading.Event()
    seen_in_worker: list[bool] = []

    def work(cancelled):  # type: ignore[no-untyped-def]
        seen_in_worker.append(gc.isenabled())
        release.wait(10)
        return "done"

    answers: list[object] = []
    screen = QWidget()
    assert gc.isenabled()
    ThreadRunner().run(screen, "Xếp hạng…", work, answers.append, lambda _: None)
    ThreadRunner().run(screen, "Xếp hạng…", lambda _c: "second", answers.append, lambda _: None)
    qtbot.waitUntil(lambda: "second" in answers, timeout=10_000)
    assert not gc.isenabled()  # the first still runs
    release.set()
    qtbot.waitUntil(lambda: "done" in answers, timeout=10_000)
    assert seen_in_worker == [False]
    assert gc.isenabled() and runner_module._COLLECTOR.holders == 0
    screen.deleteLater()
