"""Property: a sound definition written out and read back is the same competition."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

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
from judging.setup.definition import check, export, parse

codes = st.from_regex(r"[A-Za-z][A-Za-z0-9_\-]{0,7}", fullmatch=True)
names = st.text(
    alphabet=st.sampled_from(list("abcĐđăâêôơưáàảãạệộữ \"\\\n\t#=[]{}'xyz0123456789")),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() != "" and unicodedata.normalize("NFC", s) == s)
texts = st.one_of(st.just(""), names)
decimals = st.builds(lambda n, p: Decimal(n).scaleb(-p), st.integers(0, 10_000), st.integers(0, 3))
positive = decimals.filter(lambda d: 0 < d <= 1000)  # weights and points: at most 1000
places = st.one_of(st.none(), st.integers(0, 4))
on_tie = st.sampled_from(list(OnTie))


def unique_codes(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(codes, min_size=min_size, max_size=max_size, unique=True)


@st.composite
def criteria(draw: st.DrawFn, code: str) -> Criterion:
    step = draw(
        st.sampled_from([Decimal(1), Decimal("0.5"), Decimal("0.25"), Decimal("0.10"), Decimal(2)])
    )
    steps = draw(st.integers(1, 60))
    maximum = step * steps
    cuts = sorted(draw(st.lists(st.integers(0, steps), max_size=6, unique=True)))
    bands = []
    for low, high in zip(cuts[::2], cuts[1::2], strict=False):
        bands.append(Band(min=step * low, max=step * high, label=draw(names)))
    if draw(st.booleans()):
        bands.reverse()  # order in the file is kept, whatever it is
    return Criterion(
        code=code,
        name=draw(names),
        max=maximum,
        step=step,
        weight=draw(positive),
        description=draw(texts),
        bands=tuple(bands),
    )


@st.composite
def rounds(draw: st.DrawFn, code: str, last: bool, has_categories: bool) -> Round:
    criteria_list = [draw(criteria(c)) for c in draw(unique_codes(1, 4))]
    components = []
    for comp_code in draw(unique_codes(0, 2)):
        scaled = draw(st.booleans())
        components.append(
            ComponentDef(
                code=comp_code,
                name=draw(names),
                kind=draw(st.sampled_from(list(ComponentKind))),
                scale="share_of_max" if scaled else None,
                points=draw(positive) if scaled else None,
                places=draw(places) if scaled else None,
            )
        )
    judges = draw(st.integers(1, 9))
    aggregate = draw(st.sampled_from(list(Aggregate)))
    trim = 0
    if aggregate is Aggregate.TRIMMED_MEAN:
        if judges < 3:
            aggregate = Aggregate.MEDIAN
        else:
            trim = draw(st.integers(1, (judges - 1) // 2))
    metrics = ["jury_total"] + [f"criterion:{c.code}" for c in criteria_list]
    metrics += [f"component:{c.code}" for c in components]
    tie_break = draw(st.lists(st.sampled_from(metrics), unique=True, max_size=4))
    advance = None
    if not last and draw(st.booleans()):
        top = draw(st.one_of(st.none(), st.integers(1, 50)))
        advance = AdvanceRule(
            top=top,
            per_category=has_categories and draw(st.booleans()),
            min_total=draw(decimals) if top is None else draw(st.one_of(st.none(), decimals)),
            on_tie=draw(on_tie),
        )
    return Round(
        code=code,
        name=draw(names),
        judges_per_entry=judges,
        criteria=tuple(criteria_list),
        ranking=RankingRules(
            aggregate=aggregate,
            trim=trim,
            normalise=draw(st.sampled_from(list(Normalise))),
            panel_places=draw(places),
            weighted_places=draw(places),
            total_places=draw(places),
            tie_break=tuple(tie_break),
        ),
        components=tuple(components),
        advance=advance,
    )


@st.composite
def competitions(draw: st.DrawFn) -> Competition:
    category_codes = draw(unique_codes(0, 4))
    round_codes = draw(unique_codes(1, 3))
    has_categories = bool(category_codes)
    prizes = []
    for code in draw(unique_codes(0, 4)):
        count = draw(st.one_of(st.none(), st.integers(1, 10)))
        prizes.append(
            Prize(
                code=code,
                name=draw(names),
                count=count,
                per_category=has_categories and draw(st.booleans()),
                min_total=draw(decimals) if count is None else draw(st.one_of(st.none(), decimals)),
                on_tie=draw(on_tie),
            )
        )
    return Competition(
        code=draw(codes),
        name=draw(names),
        organiser=draw(texts),
        blind=draw(st.booleans()),
        show_running_total=draw(st.booleans()),
        categories=tuple(Category(code=c, name=draw(names)) for c in category_codes),
        rounds=tuple(
            draw(rounds(code, i == len(round_codes) - 1, has_categories))
            for i, code in enumerate(round_codes)
        ),
        prizes=tuple(prizes),
    )


@given(competitions())
def test_export_then_parse_gives_the_same_competition(competition: Competition) -> None:
    assert check(competition) == []
    text = export(competition)
    again = parse(text, "generated.toml")
    assert again == competition
    assert export(again) == text
