"""One way to run a user action: ``Operation``.

Every button, menu item and key that asks a service for something goes through it::

    Operation(self, lambda: services.setup.add_judge(judge), changes=Area.JUDGES).run()

    Operation.cancellable(self, read_and_import).success(show_report).run_in_background(
        self.tr("Importing marks…")
    )

An operation

- runs the service call at once on the GUI thread (``run()``, for what takes a moment), or in a
  worker thread behind a progress dialog with Cancel (``run_in_background(label)``: the dialog
  shows after 300 ms; the worker outlives a closed screen; see ``ui.setup.runner``);
- hands the answer to its ``success`` callback; then the areas given as ``changes``, and
  those a ``Changed`` answer names (it is unwrapped for the callback), are announced on the
  change bus, so that every screen showing them refreshes;
- hands a refusal (a ``JudgingError``) to its ``failure`` callback, or, without one, shows it
  through the prompter in the screen's language; a bug is left to the error handler
  (``sys.excepthook``: the crash dialog).

Its prompter, change bus and runner are the ones given, else those of the nearest widget up
from ``parent`` that has a ``prompter``, ``bus`` or ``runner`` attribute (the screen's own, which
tests swap for ones that answer by themselves), else the app's defaults.

(Modelled on Anki's ``CollectionOp`` in qt/aqt/operations/.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from judging.changes import Area, Changed
from judging.errors import JudgingError
from ui.bus import ChangeBus
from ui.errors import Prompter, show_refusal
from ui.setup.runner import ThreadRunner

T = TypeVar("T")
Cancelled = Callable[[], bool]


class Runner(Protocol):
    def run(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Cancelled], Any],
        done: Callable[[Any], None],
        failed: Callable[[JudgingError], None],
    ) -> None: ...


class Operation(Generic[T]):
    """One user action: a service call, what follows its answer or its refusal, and what it
    changed announced."""

    def __init__(
        self,
        parent: QWidget | None,
        action: Callable[[], T | Changed[T]],
        *,
        changes: Area = Area.NONE,
        prompter: Prompter | None = None,
        bus: ChangeBus | None = None,
        runner: Runner | None = None,
    ) -> None:
        self._parent = parent
        self._work: Callable[[Cancelled], T | Changed[T]] = lambda _cancelled: action()
        self._changes = changes
        self._prompter = prompter
        self._bus = bus
        self._runner = runner
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[JudgingError], object] | None = None

    @classmethod
    def cancellable(
        cls,
        parent: QWidget | None,
        work: Callable[[Cancelled], T | Changed[T]],
        **options: Any,
    ) -> Operation[T]:
        """An operation whose work is asked ``cancelled()`` as it goes (Cancel in the progress
        dialog); work that stops early returns what says so (e.g. None) before it stores
        anything. Work that answers ``Changed`` only when it stored something announces
        nothing when cancelled; ``changes`` given here are announced either way (a refresh too
        many is harmless, one too few is not: Cancel may come after the commit)."""
        operation: Operation[T] = cls(parent, lambda: work(lambda: False), **options)
        operation._work = work
        return operation

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        """Called with the answer (on the GUI thread), before the changes are announced."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[JudgingError], object]) -> Operation[T]:
        """Called with the refusal instead of the standard message."""
        self._on_failure = callback
        return self

    # -- running ---------------------------------------------------------------------------
    def run(self) -> T | None:
        """Run now, on this thread; the answer (None when refused)."""
        try:
            answer = self._work(lambda: False)
        except JudgingError as exc:
            self._failed(exc)
            return None
        return self._succeeded(answer)

    def run_in_background(self, label: str) -> None:
        """Run in a worker thread behind a progress dialog showing ``label`` with Cancel; the
        callbacks run on the GUI thread when it is done (not at all if the screen is gone)."""
        self.runner().run(self._parent, label, self._work, self._delivered, self._failed)

    # -- what it talks to ------------------------------------------------------------------
    def prompter(self) -> Prompter:
        found = self._prompter or _nearest(
            self._parent, "prompter", lambda value: isinstance(value, Prompter)
        )
        return found if found is not None else Prompter()

    def bus(self) -> ChangeBus | None:
        return self._bus or _nearest(
            self._parent, "bus", lambda value: isinstance(value, ChangeBus)
        )

    def runner(self) -> Runner:
        found = self._runner or _nearest(
            self._parent, "runner", lambda value: callable(getattr(value, "run", None))
        )
        return found if found is not None else ThreadRunner()

    def _succeeded(self, answer: T | Changed[T]) -> T:
        areas = self._changes
        if isinstance(answer, Changed):
            areas |= answer.areas
            answer = answer.value
        try:
            if self._on_success is not None:
                self._on_success(answer)
        finally:  # the screens refresh from what is stored, whatever the callback did
            if areas:
                bus = self.bus()
                assert bus is not None, "an operation that changes something needs a change bus"
                bus.announce(areas)
        return answer

    def _delivered(self, answer: T | Changed[T]) -> None:
        self._succeeded(answer)

    def _failed(self, exc: JudgingError) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_refusal(self.prompter(), self._parent, exc)


def _nearest(widget: QWidget | None, name: str, fits: Callable[[object], bool]) -> Any:
    """The ``name`` attribute of ``widget`` or of the nearest widget above it whose attribute
    ``fits``; None when none has."""
    while widget is not None:
        value = getattr(widget, name, None)
        if value is not None and fits(value):
            return value
        widget = widget.parentWidget()
    return None
