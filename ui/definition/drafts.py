"""Draft rows of the editors (texts as typed) and their conversion to and from a Competition.

A draft keeps numbers as the person typed them ("27,5" is accepted as 27.5); turning drafts
into a ``Competition`` reports the ones that are not numbers as issues at the same paths the
definition checker uses, so both kinds of fault are shown the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from judging.errors import InputError
from judging.model import (
    AdvanceRule,
    Band,
    Category,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    OnTie,
    Prize,
    RankingRules,
    Round,
    RoundStatus,
)
from judging.number_syntax import shown
from judging.numbers import parse_decimal
from judging.problems import ProblemCode as P
from judging.setup.definition import Issue, Path
from judging.text import nfc

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class CategoryDraft:
    code: str = ""
    name: str = ""


@dataclass(frozen=True)
class BandDraft:
    min: str = ""
    max: str = ""
    label: str = ""


@dataclass(frozen=True)
class CriterionDraft:
    code: str = ""
    name: str = ""
    max: str = "10"
    step: str = "1"
    weight: str = "1"
    description: str = ""
    bands: tuple[BandDraft, ...] = ()


@dataclass(frozen=True)
class ComponentDraft:
    code: str = ""
    name: str = ""
    kind: str = ComponentKind.BONUS.value
    scale: str = ""
    points: str = ""
    places: str = ""


@dataclass(frozen=True)
class PrizeDraft:
    code: str = ""
    name: str = ""
    count: str = ""
    per_category: bool = False
    min_total: str = ""
    on_tie: str = OnTie.SHARE.value


@dataclass(frozen=True)
class AdvanceDraft:
    top: int | None
    per_category: bool
    min_total: str
    on_tie: str


@dataclass(frozen=True)
class RoundDraft:
    code: str
    name: str
    judges_per_entry: int
    criteria: tuple[CriterionDraft, ...]
    ranking: RankingRules
    components: tuple[ComponentDraft, ...]
    advance: AdvanceDraft | None
    status: RoundStatus = RoundStatus.OPEN


@dataclass(frozen=True)
class CompetitionDraft:
    code: str
    name: str
    organiser: str
    blind: bool
    show_running_total: bool
    categories: tuple[CategoryDraft, ...]
    rounds: tuple[RoundDraft, ...]
    prizes: tuple[PrizeDraft, ...]


def number_text(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    return format(value, "f") if isinstance(value, Decimal) else str(value)


# -- from the domain ---------------------------------------------------------------------------


def criterion_draft(c: Criterion) -> CriterionDraft:
    return CriterionDraft(
        code=c.code,
        name=c.name,
        max=number_text(c.max),
        step=number_text(c.step),
        weight=number_text(c.weight),
        description=c.description,
        bands=tuple(
            BandDraft(min=number_text(b.min), max=number_text(b.max), label=b.label)
            for b in c.bands
        ),
    )


def component_draft(c: ComponentDef) -> ComponentDraft:
    return ComponentDraft(
        code=c.code,
        name=c.name,
        kind=c.kind.value,
        scale=c.scale or "",
        points=number_text(c.points),
        places=number_text(c.places),
    )


def prize_draft(p: Prize) -> PrizeDraft:
    return PrizeDraft(
        code=p.code,
        name=p.name,
        count=number_text(p.count),
        per_category=p.per_category,
        min_total=number_text(p.min_total),
        on_tie=p.on_tie.value,
    )


def round_draft(r: Round) -> RoundDraft:
    adv = r.advance
    return RoundDraft(
        code=r.code,
        name=r.name,
        judges_per_entry=r.judges_per_entry,
        criteria=tuple(criterion_draft(c) for c in r.criteria),
        ranking=r.ranking,
        components=tuple(component_draft(c) for c in r.components),
        advance=None
        if adv is None
        else AdvanceDraft(
            top=adv.top,
            per_category=adv.per_category,
            min_total=number_text(adv.min_total),
            on_tie=adv.on_tie.value,
        ),
        status=r.status,
    )


def competition_draft(c: Competition) -> CompetitionDraft:
    return CompetitionDraft(
        code=c.code,
        name=c.name,
        organiser=c.organiser,
        blind=c.blind,
        show_running_total=c.show_running_total,
        categories=tuple(CategoryDraft(code=x.code, name=x.name) for x in c.categories),
        rounds=tuple(round_draft(r) for r in c.rounds),
        prizes=tuple(prize_draft(p) for p in c.prizes),
    )


# -- to the domain ------------------------------------------------------------------------------


class _Converter:
    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.bad: list[Path] = []

    def _fail(self, path: Path, text: str, whole: bool) -> None:
        code = P.DEF_NOT_WHOLE if whole else P.DEF_NOT_A_NUMBER
        self.issues.append(Issue.of(path, code, key=path[-1], text=shown(text)))
        self.bad.append(path)

    def number(self, text: str, path: Path, default: Decimal | None) -> Decimal | None:
        """A typed number (a point or a comma); blank gives ``default``."""
        raw = text.strip()
        if not raw:
            return default
        try:
            return parse_decimal(raw, what=str(path[-1]))
        except InputError as exc:
            if exc.code is P.NUMBER_TOO_LONG and exc.said is not None:  # a number, too long
                self.issues.append(Issue(path, exc.said))
                self.bad.append(path)
            else:
                self._fail(path, raw, False)
            return default if default is not None else Decimal(1)

    def required_number(self, text: str, path: Path) -> Decimal:
        value = self.number(text, path, None)
        if value is None:
            key = path[-1]
            self.issues.append(Issue.of(path, P.DEF_KEY_EMPTY, key=key))
            self.bad.append(path)
            return Decimal(1)
        return value

    def whole(self, text: str, path: Path) -> int | None:
        raw = text.strip()
        if not raw:
            return None
        try:  # the one number syntax (judging.number_syntax): "2_5" and "٢٥" are not 25
            value = parse_decimal(raw)
        except InputError:
            value = None
        if value is None or value != value.to_integral_value():
            self._fail(path, raw, True)
            return None
        return int(value)


def _or_one(value: Decimal | None) -> Decimal:
    return Decimal(1) if value is None else value


def _enum_value(enum: type[E], text: str, default: E) -> E:
    try:
        return enum(text)
    except ValueError:
        return default


def build_competition(draft: CompetitionDraft) -> tuple[Competition, list[Issue], list[Path]]:
    """The drafts as a Competition, the issues of texts that are not numbers, and the paths
    those cover (where the checker's own issues would only repeat them)."""
    cv = _Converter()
    rounds = []
    for r_index, rd in enumerate(draft.rounds):
        base: Path = ("rounds", r_index)
        criteria = []
        for c_index, cd in enumerate(rd.criteria):
            cpath: Path = (*base, "criteria", c_index)
            bands = []
            for b_index, bd in enumerate(cd.bands):
                bpath: Path = (*cpath, "bands", b_index)
                bands.append(
                    Band(
                        min=cv.required_number(bd.min, (*bpath, "min")),
                        max=cv.required_number(bd.max, (*bpath, "max")),
                        label=nfc(bd.label),
                    )
                )
            before = len(cv.issues)
            maximum = cv.required_number(cd.max, (*cpath, "max"))
            step = cv.number(cd.step, (*cpath, "step"), Decimal(1))
            if len(cv.issues) > before:
                # a placeholder stands in for the maximum or the step: quiet what hangs on them
                cv.bad += [(*cpath, "max"), (*cpath, "step"), (*cpath, "bands")]
            criteria.append(
                Criterion(
                    code=nfc(cd.code.strip()),
                    name=nfc(cd.name),
                    max=maximum,
                    step=step if step is not None else Decimal(1),
                    weight=_or_one(cv.number(cd.weight, (*cpath, "weight"), Decimal(1))),
                    description=nfc(cd.description),
                    bands=tuple(bands),
                )
            )
        components = []
        for k_index, kd in enumerate(rd.components):
            kpath: Path = (*base, "components", k_index)
            components.append(
                ComponentDef(
                    code=nfc(kd.code.strip()),
                    name=nfc(kd.name),
                    kind=_enum_value(ComponentKind, kd.kind, ComponentKind.BONUS),
                    scale=kd.scale.strip() or None,
                    points=cv.number(kd.points, (*kpath, "points"), None),
                    places=cv.whole(kd.places, (*kpath, "places")),
                )
            )
        advance = None
        if rd.advance is not None:
            ad = rd.advance
            advance = AdvanceRule(
                top=ad.top,
                per_category=ad.per_category,
                min_total=cv.number(ad.min_total, (*base, "advance", "min_total"), None),
                on_tie=_enum_value(OnTie, ad.on_tie, OnTie.SHARE),
            )
        rounds.append(
            Round(
                code=nfc(rd.code.strip()),
                name=nfc(rd.name),
                judges_per_entry=rd.judges_per_entry,
                criteria=tuple(criteria),
                ranking=rd.ranking,
                components=tuple(components),
                advance=advance,
                status=rd.status,
            )
        )
    prizes = []
    for p_index, pd in enumerate(draft.prizes):
        ppath: Path = ("prizes", p_index)
        prizes.append(
            Prize(
                code=nfc(pd.code.strip()),
                name=nfc(pd.name),
                count=cv.whole(pd.count, (*ppath, "count")),
                per_category=pd.per_category,
                min_total=cv.number(pd.min_total, (*ppath, "min_total"), None),
                on_tie=_enum_value(OnTie, pd.on_tie, OnTie.SHARE),
            )
        )
    competition = Competition(
        code=nfc(draft.code.strip()),
        name=nfc(draft.name),
        organiser=nfc(draft.organiser),
        blind=draft.blind,
        show_running_total=draft.show_running_total,
        categories=tuple(
            Category(code=nfc(c.code.strip()), name=nfc(c.name)) for c in draft.categories
        ),
        rounds=tuple(rounds),
        prizes=tuple(prizes),
    )
    return competition, cv.issues, cv.bad


def all_issues(
    competition: Competition, conversion: list[Issue], bad: list[Path], checked: list[Issue]
) -> list[Issue]:
    """Conversion issues first, then the checker's, without those under a bad path."""
    kept = [issue for issue in checked if not any(issue.path[: len(b)] == b for b in bad)]
    return [*conversion, *kept]
