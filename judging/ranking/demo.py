"""What the ranking area adds to the demo competition (see judging/demo.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judging.app import Services


def extend_demo(services: Services) -> None:
    """Called by the demo after the previous areas have added theirs."""
