"""What a command-line handler is given: the services, output streams and the language."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from judging.app import Services


def pick_language(explicit: str | None = None) -> str:
    """``vi`` or ``en``: the --lang option, else the locale (LC_ALL, LC_MESSAGES, LANG)."""
    if explicit:
        return explicit
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` (``--lang vi`` or ``--lang=vi``), read before the
    parser is built so that its help is written in that language; None when not given."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


Translate = Callable[[str, str], str]
"""Picks the text for people in the chosen language: ``t(english, vietnamese)``."""


def translator(language: str) -> Translate:
    def t(en: str, vi: str) -> str:
        return vi if language == "vi" else en

    return t


@dataclass
class CliContext:
    services: Services
    language: str = "en"
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def t(self, en: str, vi: str) -> str:
        """Text for people, in the chosen language."""
        return vi if self.language == "vi" else en

    def say(self, en: str, vi: str) -> None:
        print(self.t(en, vi), file=self.out)

    def emit_json(self, payload: Any) -> None:
        json.dump(payload, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

