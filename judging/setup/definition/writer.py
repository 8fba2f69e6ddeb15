"""Writing a ``Competition`` back as TOML (``parse(export(c)) == c``)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from judging.model import (
    Competition,
)
from judging.setup.definition.issues import FORMAT

# ---------------------------------------------------------------------------------------------
# Writing a file
# ---------------------------------------------------------------------------------------------

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest
    (Vietnamese included) kept as UTF-8."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _number(value: Decimal) -> str:
    text = format(value, "f")
    if text.startswith("-0") and value == 0:
        text = text[1:]
    return text


def export(competition: Competition) -> str:
    """The definition as TOML text; ``parse(export(c)) == c`` for every sound ``c`` whose
    rounds are open (round status is not part of a definition)."""
    out: list[str] = [f"format = {toml_string(FORMAT)}", ""]

    def kv(key: str, value: str | int | bool | Decimal | Iterable[str] | None) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            out.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            out.append(f"{key} = {value}")
        elif isinstance(value, Decimal):
            out.append(f"{key} = {_number(value)}")
        elif isinstance(value, str):
            out.append(f"{key} = {toml_string(value)}")
        else:
            out.append(f"{key} = [{', '.join(toml_string(v) for v in value)}]")

    c = competition
    out.append("[competition]")
    kv("code", c.code)
    kv("name", c.name)
    if c.organiser:
        kv("organiser", c.organiser)
    kv("blind", c.blind)
    kv("show_running_total", c.show_running_total)
    for cat in c.categories:
        out += ["", "[[categories]]"]
        kv("code", cat.code)
        kv("name", cat.name)
    for rnd in c.rounds:
        out += ["", "[[rounds]]"]
        kv("code", rnd.code)
        kv("name", rnd.name)
        kv("judges_per_entry", rnd.judges_per_entry)
        for crit in rnd.criteria:
            out += ["", "[[rounds.criteria]]"]
            kv("code", crit.code)
            kv("name", crit.name)
            if crit.description:
                kv("description", crit.description)
            kv("max", crit.max)
            kv("step", crit.step)
            kv("weight", crit.weight)
            for band in crit.bands:
                out += ["", "[[rounds.criteria.bands]]"]
                kv("min", band.min)
                kv("max", band.max)
                kv("label", band.label)
        rules = rnd.ranking
        out += ["", "[rounds.ranking]"]
        kv("aggregate", rules.aggregate.value)
        if rules.trim:
            kv("trim", rules.trim)
        kv("normalise", rules.normalise.value)
        kv("panel_places", rules.panel_places)
        kv("weighted_places", rules.weighted_places)
        kv("total_places", rules.total_places)
        kv("tie_break", rules.tie_break)
        for comp in rnd.components:
            out += ["", "[[rounds.components]]"]
            kv("code", comp.code)
            kv("name", comp.name)
            kv("kind", comp.kind.value)
            kv("scale", comp.scale)
            kv("points", comp.points)
            kv("places", comp.places)
        if rnd.advance is not None:
            adv = rnd.advance
            out += ["", "[rounds.advance]"]
            kv("top", adv.top)
            kv("per_category", adv.per_category)
            kv("min_total", adv.min_total)
            kv("on_tie", adv.on_tie.value)
    for prize in c.prizes:
        out += ["", "[[prizes]]"]
        kv("code", prize.code)
        kv("name", prize.name)
        kv("count", prize.count)
        kv("per_category", prize.per_category)
        kv("min_total", prize.min_total)
        kv("on_tie", prize.on_tie.value)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Templates shipped with the program
# ---------------------------------------------------------------------------------------------
