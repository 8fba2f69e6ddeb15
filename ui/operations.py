"""One way to run a user action: ``Operation``.

Every button, menu item and key that asks a service for something goes through it::

    Operation(self, lambda: services.setup.add_judge(judge)).run()  # announces Area.JUDGES

    Operation.cancellable(self, read_and_import).success(show_report).run_in_background(
        self.tr("Importing marks…")
    )

An operation

- runs the service call at once on the GUI thread (``run()``, for what takes a moment), or in a
  worker thread behind a progress dialog with Cancel (``run_in_background(label)``: the dialog
  shows after 300 ms; the worker outlives a closed screen; see ``ui.setup.runner``);
- hands the answer to its ``success`` callback; then the areas the service calls it made
  changed are announced on the change bus, so that every screen showing them refreshes. Those
  areas come from the services themselves: each storing method is declared
  ``@changes(Area...)`` (``judging.changes``), and the operation records the declared calls its
  work makes, on whichever thread it runs. (A ``Changed`` answer's areas, unwrapped for the
  callback, and ``changes`` given by hand, for what is not a service call, such as opening
  another database, are announced too);
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

from judging.changes import Area, Changed, recording
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
        self._work: Callable[[Cancelled], T | Changed[T]] = _recorded(
            lambda _cancelled: action()
        )
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
        anything. A declared service call that returned before Cancel is announced all the
        same (Cancel may come after the commit)."""
        operation: Operation[T] = cls(parent, lambda: work(lambda: False), **options)
        operation._work = _recorded(work)
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
            self._announce(areas)
        return answer

    def _delivered(self, answer: T | Changed[T]) -> None:
        self._succeeded(answer)

    def _failed(self, exc: JudgingError) -> None:
        try:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_refusal(self.prompter(), self._parent, exc)
        finally:  # what the work stored before it was refused is shown all the same
            self._announce(getattr(exc, "changed_before_refusal", Area.NONE))

    def _announce(self, areas: Area) -> None:
        if areas:
            bus = self.bus()
            assert bus is not None, "an operation that changes something needs a change bus"
            bus.announce(areas)


def _recorded(
    work: Callable[[Cancelled], T | Changed[T]],
) -> Callable[[Cancelled], Changed[T]]:
    """``work`` answering ``Changed``: its answer with the areas its declared service calls
    changed (recorded on the thread it runs on)."""

    def recorded_work(cancelled: Cancelled) -> Changed[T]:
        with recording() as recorded:
            try:
                answer = work(cancelled)
            except JudgingError as exc:  # a call made before the refusal may have stored
                exc.changed_before_refusal = recorded.areas  # type: ignore[attr-defined]
                raise
        if isinstance(answer, Changed):
            return Changed(answer.value, answer.areas | recorded.areas)
        return Changed(answer, recorded.areas)

    return recorded_work


def _nearest(widget: QWidget | None, name: str, fits: Callable[[object], bool]) -> Any:
    """The ``name`` attribute of ``widget`` or of the nearest widget above it whose attribute
    ``fits``; None when none has."""
    while widget is not None:
        value = getattr(widget, name, None)
        if value is not None and fits(value):
            return value
        widget = widget.parentWidget()
    return None
