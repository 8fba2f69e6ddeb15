"""Reading a definition file into a ``Competition``, with its issues."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from judging.errors import InputError, Problem
from judging.model import (
    AdvanceRule,
    Aggregate,
    Band,
    Category,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    Normalise,
    OnTie,
    Prize,
    RankingRules,
    Round,
)
from judging.nesting import MAX_DEPTH, too_deep_at
from judging.number_syntax import (
    DEFINITION_BOUNDS,
    MAX_DECIMALS,
    MAX_DIGITS,
    decimals,
    shown,
)
from judging.problems import ProblemCode as P
from judging.setup.definition.checks import _check
from judging.setup.definition.issues import _TYPE_NAMES, FORMAT, FORMAT_PREFIX, E, Path, _Issues
from judging.setup.definition.lines import LineMap
from judging.text import nfc

_KEYS = {
    "root": {"format", "competition", "categories", "rounds", "prizes"},
    "competition": {"code", "name", "organiser", "blind", "show_running_total"},
    "category": {"code", "name"},
    "round": {"code", "name", "judges_per_entry", "criteria", "ranking", "components", "advance"},
    "criterion": {"code", "name", "description", "max", "step", "weight", "bands"},
    "band": {"min", "max", "label"},
    "ranking": {
        "aggregate",
        "trim",
        "normalise",
        "panel_places",
        "weighted_places",
        "total_places",
        "tie_break",
    },
    "component": {"code", "name", "kind", "scale", "points", "places"},
    "advance": {"top", "per_category", "min_total", "on_tie"},
    "prize": {"code", "name", "count", "per_category", "min_total", "on_tie"},
}

_MISSING = object()


class _Reader:
    """Turns the parsed document into values, reporting every wrong key and type."""

    def __init__(self, issues: _Issues) -> None:
        self.issues = issues

    def _wrong_type(self, path: Path, want: str, got: object) -> None:
        self.issues.add(
            path, P.DEF_WRONG_TYPE, key=path[-1], want=_TYPE_NAMES[want], got=_show(got)
        )
        self.issues.bad.add(path)

    def table(self, value: object, path: Path, kind: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self._wrong_type(path, "table", value)
            return {}
        allowed = _KEYS[kind]
        for key in value:
            if key not in allowed:
                self.issues.add(
                    (*path, key), P.DEF_UNKNOWN_KEY, key=key, allowed=", ".join(sorted(allowed))
                )
        return value

    def tables(self, d: Mapping[str, Any], path: Path, key: str) -> list[Any]:
        value = d.get(key, _MISSING)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self._wrong_type((*path, key), "tables", value)
            return []
        return value

    def _get(self, d: Mapping[str, Any], path: Path, key: str, required: bool) -> object:
        value = d.get(key, _MISSING)
        if value is _MISSING and required:
            self.issues.add(path, P.DEF_MISSING_KEY, key=key)
            self.issues.bad.add((*path, key))
        return value

    def text(self, d: Mapping[str, Any], path: Path, key: str, *, required: bool = False) -> str:
        value = self._get(d, path, key, required)
        if value is _MISSING:
            return ""
        if not isinstance(value, str):
            self._wrong_type((*path, key), "text", value)
            return ""
        return nfc(value)

    def optional_text(self, d: Mapping[str, Any], path: Path, key: str) -> str | None:
        return self.text(d, path, key) if key in d else None

    def whole(self, d: Mapping[str, Any], path: Path, key: str) -> int | None:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong_type((*path, key), "whole", value)
            return None
        return value if self._bounded(path, key, value) else None

    def number(
        self, d: Mapping[str, Any], path: Path, key: str, *, required: bool = False
    ) -> Decimal | None:
        value = self._get(d, path, key, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            self._wrong_type((*path, key), "number", value)
            return None
        if isinstance(value, Decimal) and not value.is_finite():
            self._wrong_type((*path, key), "number", value)
            return None
        return Decimal(value) if self._bounded(path, key, value) else None

    def _bounded(self, path: Path, key: str, value: int | Decimal) -> bool:
        """False (with the issue reported) when ``value`` is larger, or has more decimal
        places, than its key allows (judging.number_syntax.DEFINITION_BOUNDS); the checker
        words values too small, unless they are too long to repeat."""
        bound = DEFINITION_BOUNDS.get((_table_kind(path), key))
        if bound is None:
            return True
        where = (*path, key)
        if value > bound.high:
            self.issues.add(where, P.DEF_TOO_LARGE, key=key, value=shown(value), high=bound.high)
        elif value < -bound.high:
            self.issues.add(where, P.DEF_NEGATIVE, key=key, value=shown(value))
        elif decimals(value) > bound.places:
            places = bound.places
            self.issues.add(
                where, P.DEF_TOO_MANY_PLACES, key=key, value=shown(value), places=places
            )
        else:
            return True
        self.issues.bad.add(where)
        return False

    def flag(self, d: Mapping[str, Any], path: Path, key: str) -> bool:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return False
        if not isinstance(value, bool):
            self._wrong_type((*path, key), "bool", value)
            return False
        return value

    def choice(self, d: Mapping[str, Any], path: Path, key: str, enum: type[E], default: E) -> E:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return default
        allowed = ", ".join(f'"{m.value}"' for m in enum)
        if not isinstance(value, str):
            self._wrong_type((*path, key), "text", value)
            return default
        try:
            return enum(value)
        except ValueError:
            self.issues.add((*path, key), P.DEF_NOT_ONE_OF, key=key, value=value, allowed=allowed)
            self.issues.bad.add((*path, key))
            return default

    def texts(self, d: Mapping[str, Any], path: Path, key: str) -> tuple[str, ...]:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._wrong_type((*path, key), "texts", value)
            return ()
        return tuple(nfc(v) for v in value)


#: The table kind (``_KEYS``) of the last table named in a path.
_KINDS = {
    "bands": "band",
    "criteria": "criterion",
    "ranking": "ranking",
    "components": "component",
    "advance": "advance",
    "prizes": "prize",
    "rounds": "round",
}


def _table_kind(path: Path) -> str:
    return next((_KINDS.get(p, p) for p in reversed(path) if isinstance(p, str)), "root")


def _fmt(value: Decimal) -> str:
    return format(value, "f")


def _show(value: object) -> str | P:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, Decimal | int):
        # written out only where that is short: 1E-999999999 in full would be a billion
        # characters (the message shows at most a few dozen), and says less than as it was
        if isinstance(value, int) or not -20 <= value.adjusted() <= 20:
            return shown(value)
        return shown(_fmt(value))
    if isinstance(value, dict):
        return P.TERM_TABLE
    if isinstance(value, list):
        return P.TERM_A_LIST
    return str(value)


def _read(doc: dict[str, Any], issues: _Issues) -> Competition:
    reader = _Reader(issues)
    root = reader.table(doc, (), "root")
    fmt = reader.text(root, (), "format", required=True)
    if fmt and fmt != FORMAT:
        if fmt.startswith(FORMAT_PREFIX):
            issues.add(("format",), P.DEF_FORMAT_VERSION, found=fmt, format=FORMAT)
        else:
            issues.add(("format",), P.DEF_NOT_A_DEFINITION, found=fmt, format=FORMAT)
    if "competition" not in root:
        issues.add((), P.DEF_MISSING_COMPETITION)
        issues.bad.add(("competition",))
    comp = reader.table(root.get("competition", {}), ("competition",), "competition")
    cpath: Path = ("competition",)
    categories = []
    for i, raw in enumerate(reader.tables(root, (), "categories")):
        path: Path = ("categories", i)
        t = reader.table(raw, path, "category")
        categories.append(
            Category(
                code=reader.text(t, path, "code", required=True),
                name=reader.text(t, path, "name", required=True),
            )
        )
    rounds = [
        _read_round(reader, raw, ("rounds", i))
        for i, raw in enumerate(reader.tables(root, (), "rounds"))
    ]
    prizes = []
    for i, raw in enumerate(reader.tables(root, (), "prizes")):
        path = ("prizes", i)
        t = reader.table(raw, path, "prize")
        prizes.append(
            Prize(
                code=reader.text(t, path, "code", required=True),
                name=reader.text(t, path, "name", required=True),
                count=reader.whole(t, path, "count"),
                per_category=reader.flag(t, path, "per_category"),
                min_total=reader.number(t, path, "min_total"),
                on_tie=reader.choice(t, path, "on_tie", OnTie, OnTie.SHARE),
            )
        )
    return Competition(
        code=reader.text(comp, cpath, "code", required=True),
        name=reader.text(comp, cpath, "name", required=True),
        organiser=reader.text(comp, cpath, "organiser"),
        blind=reader.flag(comp, cpath, "blind"),
        show_running_total=reader.flag(comp, cpath, "show_running_total"),
        categories=tuple(categories),
        rounds=tuple(rounds),
        prizes=tuple(prizes),
    )


def _read_round(reader: _Reader, raw: object, path: Path) -> Round:
    t = reader.table(raw, path, "round")
    criteria = []
    for i, craw in enumerate(reader.tables(t, path, "criteria")):
        cpath: Path = (*path, "criteria", i)
        ct = reader.table(craw, cpath, "criterion")
        bands = []
        for j, braw in enumerate(reader.tables(ct, cpath, "bands")):
            bpath: Path = (*cpath, "bands", j)
            bt = reader.table(braw, bpath, "band")
            lo = reader.number(bt, bpath, "min", required=True)
            hi = reader.number(bt, bpath, "max", required=True)
            label = reader.text(bt, bpath, "label", required=True)
            if lo is None or hi is None:
                reader.issues.bad.add(bpath)
            bands.append(
                Band(
                    min=lo if lo is not None else Decimal(0),
                    max=hi if hi is not None else Decimal(0),
                    label=label,
                )
            )
        maximum = reader.number(ct, cpath, "max", required=True)
        step = reader.number(ct, cpath, "step")
        weight = reader.number(ct, cpath, "weight")
        if maximum is None:
            reader.issues.bad.add(cpath)
        if step is None and "step" in ct:
            reader.issues.bad.add((*cpath, "bands"))
        criteria.append(
            Criterion(
                code=reader.text(ct, cpath, "code", required=True),
                name=reader.text(ct, cpath, "name", required=True),
                description=reader.text(ct, cpath, "description"),
                max=maximum if maximum is not None else Decimal(1),
                step=step if step is not None else Decimal(1),
                weight=weight if weight is not None else Decimal(1),
                bands=tuple(bands),
            )
        )
    rules = RankingRules()
    if "ranking" in t:
        ranking_path: Path = (*path, "ranking")
        ranking_table = reader.table(t["ranking"], ranking_path, "ranking")
        trim = reader.whole(ranking_table, ranking_path, "trim")
        rules = RankingRules(
            aggregate=reader.choice(
                ranking_table, ranking_path, "aggregate", Aggregate, Aggregate.MEAN
            ),
            trim=trim if trim is not None else 0,
            normalise=reader.choice(
                ranking_table, ranking_path, "normalise", Normalise, Normalise.NONE
            ),
            panel_places=reader.whole(ranking_table, ranking_path, "panel_places"),
            weighted_places=reader.whole(ranking_table, ranking_path, "weighted_places"),
            total_places=reader.whole(ranking_table, ranking_path, "total_places"),
            tie_break=reader.texts(ranking_table, ranking_path, "tie_break"),
        )
        if ("aggregate" in ranking_table and (*ranking_path, "aggregate") in reader.issues.bad) or (
            (*ranking_path, "trim") in reader.issues.bad
        ):
            reader.issues.bad.add((*ranking_path, "trim"))
    components = []
    for i, kraw in enumerate(reader.tables(t, path, "components")):
        kpath: Path = (*path, "components", i)
        kt = reader.table(kraw, kpath, "component")
        components.append(
            ComponentDef(
                code=reader.text(kt, kpath, "code", required=True),
                name=reader.text(kt, kpath, "name", required=True),
                kind=reader.choice(kt, kpath, "kind", ComponentKind, ComponentKind.BONUS),
                scale=reader.optional_text(kt, kpath, "scale"),
                points=reader.number(kt, kpath, "points"),
                places=reader.whole(kt, kpath, "places"),
            )
        )
    advance = None
    if "advance" in t:
        apath: Path = (*path, "advance")
        at = reader.table(t["advance"], apath, "advance")
        advance = AdvanceRule(
            top=reader.whole(at, apath, "top"),
            per_category=reader.flag(at, apath, "per_category"),
            min_total=reader.number(at, apath, "min_total"),
            on_tie=reader.choice(at, apath, "on_tie", OnTie, OnTie.SHARE),
        )
    jpe = reader.whole(t, path, "judges_per_entry")
    return Round(
        code=reader.text(t, path, "code", required=True),
        name=reader.text(t, path, "name", required=True),
        judges_per_entry=jpe if jpe is not None else 3,
        criteria=tuple(criteria),
        ranking=rules,
        components=tuple(components),
        advance=advance,
    )


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse(text: str, source: str = "definition.toml") -> Competition:
    """Read a definition file's text; raises ``InputError`` naming ``source:LINE`` for every
    fault found (a TOML syntax error stops at the first, as tomllib does)."""
    deep = too_deep_at(text, toml=True)
    if deep is not None:
        raise InputError(
            P.DEF_NOT_TOML,
            [Problem.of(f"{source}:{deep}", P.FILE_TOO_DEEP, depth=MAX_DEPTH)],
            source=source,
        )
    try:
        doc = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        where = f"{source}:{found.group(1)}" if found else source
        # tomllib says what is wrong in English only; the sentence around it is ours.
        detail = _TOML_POSITION.sub("", message).strip()
        column = int(found.group(2)) if found else 0
        raise InputError(
            P.DEF_NOT_TOML,
            [Problem.of(where, P.DEF_TOML_SYNTAX, detail=detail, column=column)],
            source=source,
        ) from None
    except (ValueError, InvalidOperation):
        # an integer of more than 4,300 digits (Python's own limit), or a number whose
        # exponent is past what Decimal holds (1e9999999999999999999): too many digits either way
        too_long = Problem.of(
            source,
            P.NUMBER_TOO_LONG,
            what=P.TERM_NUMBER,
            text="…",
            digits=MAX_DIGITS,
            places=MAX_DECIMALS,
        )
        raise InputError(P.DEF_NOT_TOML, [too_long], source=source) from None
    issues = _Issues()
    competition = _read(doc, issues)
    _check(competition, issues)
    if issues.items:
        lines = LineMap(text)
        problems = [
            Problem.saying(f"{source}:{line}", said)
            for line, said in sorted(
                ((lines.line(issue.path), issue.said) for issue in issues.items),
                key=lambda item: item[0],
            )
        ]
        if len(problems) == 1:
            raise InputError(P.DEFINITION_ONE_FAULT, problems)
        raise InputError(P.DEFINITION_FAULTS, problems, count=len(problems))
    return competition
