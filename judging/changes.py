"""What a user action changed, so that the screens showing it reload themselves.

A service call that stores something says which areas it touched; the desktop app announces
them on its change bus, and each screen listening to one of them refreshes. ``Area`` is a flag:
``Area.JUDGES | Area.ASSIGNMENTS`` names two areas at once, ``Area.NONE`` none.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


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
