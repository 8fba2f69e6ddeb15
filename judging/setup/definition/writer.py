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

    def write_key(key: str, value: str | int | bool | Decimal | Iterable[str] | None) -> None:
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
    write_key("code", c.code)
    write_key("name", c.name)
    if c.organiser:
        write_key("organiser", c.organiser)
    write_key("blind", c.blind)
    write_key("show_running_total", c.show_running_total)
    for cat in c.categories:
        out += ["", "[[categories]]"]
        write_key("code", cat.code)
        write_key("name", cat.name)
    for rnd in c.rounds:
        out += ["", "[[rounds]]"]
        write_key("code", rnd.code)
        write_key("name", rnd.name)
        write_key("judges_per_entry", rnd.judges_per_entry)
        for criterion in rnd.criteria:
            out += ["", "[[rounds.criteria]]"]
            write_key("code", criterion.code)
            write_key("name", criterion.name)
            if criterion.description:
                write_key("description", criterion.description)
            write_key("max", criterion.max)
            write_key("step", criterion.step)
            write_key("weight", criterion.weight)
            for band in criterion.bands:
                out += ["", "[[rounds.criteria.bands]]"]
                write_key("min", band.min)
                write_key("max", band.max)
                write_key("label", band.label)
        rules = rnd.ranking
        out += ["", "[rounds.ranking]"]
        write_key("aggregate", rules.aggregate.value)
        if rules.trim:
            write_key("trim", rules.trim)
        write_key("normalise", rules.normalise.value)
        write_key("panel_places", rules.panel_places)
        write_key("weighted_places", rules.weighted_places)
        write_key("total_places", rules.total_places)
        write_key("tie_break", rules.tie_break)
        for comp in rnd.components:
            out += ["", "[[rounds.components]]"]
            write_key("code", comp.code)
            write_key("name", comp.name)
            write_key("kind", comp.kind.value)
            write_key("scale", comp.scale)
            write_key("points", comp.points)
            write_key("places", comp.places)
        if rnd.advance is not None:
            adv = rnd.advance
            out += ["", "[rounds.advance]"]
            write_key("top", adv.top)
            write_key("per_category", adv.per_category)
            write_key("min_total", adv.min_total)
            write_key("on_tie", adv.on_tie.value)
    for prize in c.prizes:
        out += ["", "[[prizes]]"]
        write_key("code", prize.code)
        write_key("name", prize.name)
        write_key("count", prize.count)
        write_key("per_category", prize.per_category)
        write_key("min_total", prize.min_total)
        write_key("on_tie", prize.on_tie.value)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Templates shipped with the program
# ---------------------------------------------------------------------------------------------
