"""Answering modal windows in tests: the one helper every UI test uses.

A modal window runs its own event loop inside ``exec()``, so a test cannot answer it after the
click that opened it: it schedules the answer first. ``when_modal(kind, act)`` polls (by time,
with ``QTimer``, up to a minute: a loaded machine can take seconds to show a window) for the
application's active modal widget of ``kind`` and runs ``act`` on it from inside its
``exec()``. ``ModalSteps`` chains several such answers (a file dialog, then the message that
follows), each waiting for a window it has not answered yet.

What was seen is recorded (``seen``); a step that fails closes its window, so the test ends
with the failure instead of hanging, and the failure is raised (pytest-qt reports an exception
raised in a timer callback as the test's failure) and kept for ``check``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)

#: How long a step waits for its window, in seconds.
TIMEOUT_S = 60.0
#: How often the active modal widget is looked at, in milliseconds.
POLL_MS = 20

#: Raised by ``stop_waiting`` (after each test): a wait its test left unanswered never acts on
#: the next test's windows.
_generation = [0]


def stop_waiting() -> None:
    """End every wait still polling (called after each test by tests/conftest.py)."""
    _generation[0] += 1


class ModalSteps:
    """Plays the person at modal windows: ``then(step, kind)`` waits for the next modal window
    of ``kind`` not answered yet and runs ``step`` on it from inside its ``exec()``."""

    def __init__(self) -> None:
        self.seen: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.done = 0

    def then(
        self,
        step: Callable[[W], None],
        kind: type[W] = QWidget,  # type: ignore[assignment]
        *,
        timeout_s: float = TIMEOUT_S,
    ) -> None:
        deadline = time.monotonic() + timeout_s
        generation = _generation[0]

        def poll() -> None:
            if generation != _generation[0]:
                return  # its test is over
            widget = QApplication.activeModalWidget()
            if (
                not isinstance(widget, kind)
                or not widget.isVisible()
                or any(widget is old for old in self.seen)
            ):
                if time.monotonic() < deadline:  # never outlive the test by more than that
                    QTimer.singleShot(POLL_MS, poll)
                else:
                    name = getattr(step, "__name__", repr(step))
                    self.errors.append(AssertionError(f"no {kind.__name__} came for {name}"))
                return
            self.seen.append(widget)
            try:
                step(cast(W, widget))
            except BaseException as exc:
                self.errors.append(exc)
                widget.close()
                raise
            self.done += 1

        QTimer.singleShot(0, poll)

    def check(self, expected: int) -> None:
        """Every step ran, none failed."""
        if self.errors:
            raise self.errors[0]
        assert self.done == expected


def when_modal(kind: type[W], act: Callable[[W], None], *, timeout_s: float = TIMEOUT_S) -> list[W]:
    """Answer the next modal window of ``kind`` (the progress dialog of background work may
    come first) with ``act``; the returned list gets the window once it is found."""
    steps = ModalSteps()
    steps.then(act, kind, timeout_s=timeout_s)
    return cast(list[W], steps.seen)
