"""The competition templates shipped with the program."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from judging.setup.definition.reader import parse


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # what ``init --template NAME`` takes
    title: str  # the competition's name in the template


def _template_files() -> dict[str, Any]:
    from importlib import resources

    folder = resources.files("judging.setup").joinpath("templates")
    return {
        entry.name.removesuffix(".toml"): entry
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


def template_names() -> list[str]:
    return sorted(_template_files())


def template_text(name: str) -> str:
    files = _template_files()
    if name not in files:
        raise KeyError(name)
    text: str = files[name].read_text(encoding="utf-8")
    return text


def templates() -> list[TemplateInfo]:
    return [
        TemplateInfo(name=name, title=parse(template_text(name), f"{name}.toml").name)
        for name in template_names()
    ]
