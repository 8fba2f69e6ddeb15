"""Typed marks committed off the GUI thread, one after another: typing never waits on the
database.

``MarkSaver`` is a runner for ``ui.operations.Operation`` (``run_in_background`` with
``runner=saver``). Each mark's service call goes to one worker thread, in the order typed. The
GUI thread waits for it a moment (``GRACE_S``): a mark on a free database (about a
millisecond) is answered then and there, exactly as a call on the GUI thread would be. A mark
that meets a database locked by another program is left to the worker, which waits for the
lock (the busy timeout) and tries again while the lock lasts (up to ``GIVE_UP_S``); the screen
meanwhile says "saving…" (``busy_changed(True)``) and takes more keys. Answers are handed to
the operation's callbacks on the GUI thread, in the order typed; "saved"
(``busy_changed(False)``) comes only when every typed mark is committed.

``flush()`` waits until every mark typed is committed or refused (leaving a sheet for good,
closing the window, writing a score file). A mark still waiting when the process is killed
was never acknowledged as saved; every acknowledged one is committed.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from judging.errors import DatabaseLocked, JudgingError
from ui.setup.runner import _COLLECTOR, Done, Failed, Work

GRACE_S = 0.15  # how long the GUI thread waits for a mark before it shows "saving…"
RETRY_S = 0.2  # the pause between two tries of a mark that met a lock
GIVE_UP_S = 120.0  # a mark still locked out after this is refused (DatabaseLocked)


@dataclass(eq=False)
class _Job:
    work: Work
    done: Done
    failed: Failed
    parent: QWidget | None
    finished: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None


class MarkSaver(QObject):
    """Runs marks' service calls in order in one worker thread (see the module's text)."""

    busy_changed = Signal(bool)  # True: a typed mark is not committed yet
    _job_finished = Signal()  # from the worker thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        grace_s: float = GRACE_S,
        retry_s: float = RETRY_S,
        give_up_s: float = GIVE_UP_S,
    ) -> None:
        super().__init__(parent)
        self._grace_s = grace_s
        self._retry_s = retry_s
        self._give_up_s = give_up_s
        self._lock = threading.Lock()
        self._waiting: deque[_Job] = deque()  # not run yet (the worker takes the first)
        self._undelivered: deque[_Job] = deque()  # every job not yet answered, in order
        self._worker: threading.Thread | None = None
        self._delivering = False
        self._busy_shown = False
        self._job_finished.connect(self._deliver_ready, Qt.ConnectionType.QueuedConnection)

    # -- the Runner of ui.operations ------------------------------------------------------------
    def run(
        self, parent: QWidget | None, label: str, work: Work, done: Done, failed: Failed
    ) -> None:
        job = _Job(work, done, failed, parent)
        _COLLECTOR.hold()  # no cyclic collection in the worker (see ui.setup.runner)
        self._undelivered.append(job)
        with self._lock:
            self._waiting.append(job)
            if self._worker is None:
                self._worker = threading.Thread(target=self._serve, name="mark-saver", daemon=True)
                self._worker.start()
        job.finished.wait(self._grace_s)
        self._deliver_ready()
        if self._undelivered and not self._busy_shown:
            self._busy_shown = True
            self.busy_changed.emit(True)

    def pending(self) -> int:
        """How many typed marks are not answered yet."""
        return len(self._undelivered)

    def flush(self) -> None:
        """Wait (on this thread) until every mark typed so far is committed or refused, and
        hand their answers over."""
        for job in list(self._undelivered):
            job.finished.wait()
        self._deliver_ready()

    # -- the worker thread ----------------------------------------------------------------------
    def _serve(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._worker = None
                    return
                job = self._waiting[0]
            self._attempt(job)
            with self._lock:
                self._waiting.popleft()
            job.finished.set()
            # a screen that is gone has nobody to tell (the mark is stored all the same)
            with contextlib.suppress(RuntimeError):
                self._job_finished.emit()

    def _attempt(self, job: _Job) -> None:
        """Run the job, again while the database stays locked (the busy timeout each time)."""
        give_up = time.monotonic() + self._give_up_s
        while True:
            try:
                job.result = job.work(lambda: False)
                return
            except DatabaseLocked as exc:
                if time.monotonic() >= give_up:
                    job.error = exc
                    return
                time.sleep(self._retry_s)
            except BaseException as exc:  # handed to the GUI thread, which sorts it
                job.error = exc
                return

    # -- back on the GUI thread -----------------------------------------------------------------
    def _deliver_ready(self) -> None:
        if self._delivering:
            return
        self._delivering = True
        try:
            while self._undelivered and self._undelivered[0].finished.is_set():
                job = self._undelivered.popleft()
                _COLLECTOR.release()
                self._deliver(job)
        finally:
            self._delivering = False
        if not self._undelivered and self._busy_shown:
            self._busy_shown = False
            self.busy_changed.emit(False)

    @staticmethod
    def _deliver(job: _Job) -> None:
        if job.parent is not None and not shiboken6.isValid(job.parent):
            return  # the screen that asked is gone; the mark is stored all the same
        if job.error is None:
            job.done(job.result)
        elif isinstance(job.error, JudgingError):
            job.failed(job.error)
        else:  # a bug: the error handler (sys.excepthook) shows the crash dialog
            sys.excepthook(type(job.error), job.error, job.error.__traceback__)
