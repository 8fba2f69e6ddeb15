"""What the scoring services (marks, sheets, versions) need from storage."""

from __future__ import annotations

from typing import Protocol


class ScoringRepository(Protocol):
    pass
