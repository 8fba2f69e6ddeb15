"""What a user action changed, so that the screens showing it reload themselves.

A service call that stores something says which areas it touched; the desktop app announces
them on its change bus, and each screen listening to one of them refreshes. ``Area`` is a flag:
``Area.JUDGES | Area.ASSIGNMENTS`` names two areas at once, ``Area.NONE`` none.

A service method that stores something is declared with the areas it changes::

    @changes(Area.JUDGES)
    def add_judge(self, judge: Judge) -> JudgeRow: ...

Its return type stays what it is (the command line uses it as before). The areas are on the
method (``declared(method)``), and each call that returns is noted in the ``recording()`` open
on this thread, if any: the desktop app's ``Operation`` opens one around its work and announces
what was noted, so a screen never names by hand what a service call changed.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Generic, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


class Area(enum.Flag):
    NONE = 0
    COMPETITION = enum.auto()
    ENTRIES = enum.auto()
    JUDGES = enum.auto()
    ASSIGNMENTS = enum.auto()
    MARKS = enum.auto()
    RESULTS = enum.auto()
    CERTIFICATES = enum.auto()

    @classmethod
    def everything(cls) -> Area:
        """Every area (another database was opened: everything shown is out of date)."""
        every = cls.NONE
        for area in cls:
            every |= area
        return every


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A service's answer together with the areas the call changed."""

    value: T
    areas: Area


@dataclass
class Recorded:
    """The areas changed by the service calls made while a ``recording()`` is open."""

    areas: Area = field(default=Area.NONE)


_recording: ContextVar[Recorded | None] = ContextVar("judging_changes_recording", default=None)

_counter = itertools.count(1)  # next() is atomic under the GIL
_count = 0


def change_count() -> int:
    """How many declared service calls have stored something in this process (automatic
    backups are made every so many, see ``judging.backup``)."""
    return _count


def _count_change() -> None:
    global _count
    _count = next(_counter)


def changes(areas: Area) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Declare that the decorated service method stores something in ``areas``.

    Each call that returns (a refusal stores nothing) notes the areas in the open recording.
    ``@changes(Area.NONE)`` says so of a method that stores only what no screen shows."""
    if not isinstance(areas, Area):
        raise TypeError(f"@changes takes judging.changes.Area, not {areas!r}")

    def declare(method: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(method)
        def noted(*args: P.args, **kwargs: P.kwargs) -> T:
            answer = method(*args, **kwargs)
            _count_change()
            recorded = _recording.get()
            if recorded is not None:
                recorded.areas |= areas
            return answer

        noted.__changes__ = areas  # type: ignore[attr-defined]
        return noted

    return declare


def declared(method: object) -> Area:
    """The areas a service method declares it changes (``Area.NONE``: it stores nothing)."""
    areas = getattr(method, "__changes__", Area.NONE)
    return areas if isinstance(areas, Area) else Area.NONE


@contextmanager
def recording() -> Iterator[Recorded]:
    """Note the areas changed by the declared service calls made inside (on this thread)."""
    recorded = Recorded()
    token = _recording.set(recorded)
    try:
        yield recorded
    finally:
        _recording.reset(token)
