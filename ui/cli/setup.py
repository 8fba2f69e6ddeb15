"""Command-line commands of the setup area."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds this area's commands (none yet)."""
