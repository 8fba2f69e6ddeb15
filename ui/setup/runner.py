"""Long work (reading a big spreadsheet, importing it) off the GUI thread, with a progress
dialog and a Cancel button: the machinery under ``ui.operations.Operation.run_in_background``,
which is how screens use it.

The work is a function given a ``cancelled()`` question; it runs in a worker thread (its own
unit of work: the engine gives each thread its own connection) and its result or its
``JudgingError`` comes back to the GUI thread. Cancel asks the work to stop before it stores
anything (an import checks before its commit). Tests swap in ``SyncRunner``, which runs the
work at once in the calling thread (no timing, nothing left running).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from judging.errors import JudgingError

Work = Callable[[Callable[[], bool]], Any]
Done = Callable[[Any], None]
Failed = Callable[[JudgingError], None]


class SyncRunner:
    """Runs the work at once, in the calling thread (tests)."""

    def run(
        self, parent: QWidget | None, label: str, work: Work, done: Done, failed: Failed
    ) -> None:
        try:
            result = work(lambda: False)
        except JudgingError as exc:
            failed(exc)
            return
        done(result)


class _Worker(QThread):
    finished_with = Signal(object, object)  # result, exception

    def __init__(self, work: Work, cancelled: Callable[[], bool], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = cancelled

    def run(self) -> None:
        try:
            result = self._work(self._cancelled)
        except BaseException as exc:  # handed to the GUI thread, which sorts it
            self.finished_with.emit(None, exc)
            return
        self.finished_with.emit(result, None)


class _CollectorHold:
    """Python's cyclic garbage collector is held off while any worker runs, and given back
    to the GUI thread when the last one ends.

    The collector runs in whichever thread happens to allocate when it is due. Run in a
    worker, it can free a Qt object (a wrapper in a reference cycle) whose C++ destructor
    needs a lock the GUI thread holds while it waits for the interpreter: the two threads
    then wait for each other. That deadlock stopped a CI run with a ranking in the
    background, and the same race crashed test workers now and then. Reference counting
    still frees everything acyclic in the meantime; collection resumes when no worker runs, so
    it then runs on the GUI thread."""

    def __init__(self) -> None:
        self.holders = 0
        self.was_enabled = True

    def hold(self) -> None:
        if self.holders == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
        self.holders += 1

    def release(self) -> None:
        if self.holders == 0:
            return
        self.holders -= 1
        if self.holders == 0 and self.was_enabled:
            gc.enable()  # the next collection comes on the GUI thread, when it is due


_COLLECTOR = _CollectorHold()


#: Workers still running, whoever started them. A QThread destroyed while it runs aborts the
#: process ("QThread: Destroyed while thread is still running"), which happened when the window
#: closed during a long ranking: workers therefore have no Qt parent, stay referenced here
#: until they end, and are asked to stop and waited for when the application quits.
_LIVE: dict[_Worker, dict[str, bool]] = {}


def _stop_all_workers() -> None:
    for worker, flag in list(_LIVE.items()):
        flag["cancelled"] = True
        worker.wait()
        _LIVE.pop(worker, None)
        _COLLECTOR.release()


_hooked: list[bool] = []


def _hook_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        app.aboutToQuit.connect(_stop_all_workers)
        _hooked.append(True)


class ThreadRunner:
    """Runs the work in a worker thread behind a modal progress dialog with Cancel."""

    def run(
        self, parent: QWidget | None, label: str, work: Work, done: Done, failed: Failed
    ) -> None:
        _hook_quit()
        progress = QProgressDialog(label, _cancel_label(), 0, 0, parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick import shows no dialog at all
        # Qt 6 restarts its show timer with this duration only on the first setValue():
        # without it the dialog waited Qt's default of 4 seconds before it appeared.
        progress.setValue(0)
        flag = {"cancelled": False}

        def on_cancel() -> None:
            flag["cancelled"] = True
            progress.setLabelText(_cancelling_label())

        progress.canceled.connect(on_cancel)
        worker = _Worker(work, lambda: flag["cancelled"], None)
        _LIVE[worker] = flag
        _COLLECTOR.hold()

        def on_finished(result: object, exc: BaseException | None) -> None:
            worker.wait()
            if _LIVE.pop(worker, None) is not None:
                _COLLECTOR.release()
            worker.deleteLater()
            if not shiboken6.isValid(progress):
                return  # the screen that asked is gone (window closed): nobody to tell
            progress.reset()
            progress.deleteLater()
            if parent is not None and not shiboken6.isValid(parent):
                return
            if exc is None:
                done(result)
            elif isinstance(exc, JudgingError):
                failed(exc)
            else:  # a bug: the error handler (sys.excepthook) shows the crash dialog
                sys.excepthook(type(exc), exc, exc.__traceback__)

        worker.finished_with.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        worker.start()


def _cancel_label() -> str:
    return QCoreApplication.translate("Runner", "Cancel")


def _cancelling_label() -> str:
    return QCoreApplication.translate("Runner", "Cancelling…")
