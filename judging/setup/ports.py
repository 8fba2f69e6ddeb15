"""What the set-up services (definitions, imports, conflicts, assignment) need from storage."""

from __future__ import annotations

from typing import Protocol


class SetupRepository(Protocol):
    pass
