"""What the ranking services (counted marks, components, tie decisions) need from storage."""

from __future__ import annotations

from typing import Protocol


class RankingRepository(Protocol):
    pass
