"""Synthetic round results for the consistency and results-screen tests (no engine needed).

``sample_round()`` is a small trimmed-mean round: four members and a trainee, two criteria
(tinh_moi max 30 weight 1, hieu_qua max 20 weight 2), panel and weighted marks to 2 places,
a community-vote bonus, a deduction, a tie the chair ordered, an incomplete and a withdrawn
entry. Numbers are worked out here with the same exact rules the engine uses, so a test can
say what the screen must show.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from judging.model import (
    Aggregate,
    Category,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    RankingRules,
    Role,
    Round,
    RoundStatus,
)
from judging.numbers import round_half_up
from judging.ranking.results import (
    ComponentResult,
    CriterionResult,
    EntryResult,
    JudgeMark,
    RoundResult,
    Step,
)

D = Decimal
JUDGES = {"GK01": "Nguyễn Văn An", "GK02": "Trần Thị Bình", "GK03": "Lê Minh Châu"}
JUDGES |= {"GK04": "Phạm Đức Dũng", "TS01": "Võ Thị Em"}
MAXIMA = {"tinh_moi": D(30), "hieu_qua": D(20)}
WEIGHTS = {"tinh_moi": D(1), "hieu_qua": D(2)}
NAMES = {"tinh_moi": "Tính mới", "hieu_qua": "Hiệu quả"}


def criterion(code: str, marks: dict[str, str | None], *, trainee: str | None = None):
    """Trimmed mean (trim 1) of the members' marks, rounded half-up to 2 places, × weight."""
    values = {j: (D(v) if v is not None else None) for j, v in marks.items()}
    present = sorted((v, j) for j, v in values.items() if v is not None)
    dropped = {present[0][1], present[-1][1]} if len(present) >= 3 else set()
    judge_marks = [
        JudgeMark(j, JUDGES[j], Role.MEMBER, v, v is not None, j in dropped)
        for j, v in values.items()
    ]
    if trainee is not None:
        judge_marks.append(
            JudgeMark("TS01", JUDGES["TS01"], Role.TRAINEE, D(trainee), False, False)
        )
    if len(present) < len(values):
        return CriterionResult(code, NAMES[code], WEIGHTS[code], tuple(judge_marks), None, None)
    kept = [v for v, j in present if j not in dropped]
    exact = sum((Fraction(v) for v in kept), Fraction(0)) / len(kept)
    panel = round_half_up(exact, 2)
    weighted = round_half_up(Fraction(panel) * Fraction(WEIGHTS[code]), 2)
    steps = (
        Step(
            "trimmed mean of " + ", ".join(str(v) for v in kept),
            str(exact.numerator / exact.denominator) if exact.denominator != 1 else str(exact),
            str(panel),
            2,
        ),
        Step(f"{panel} × {WEIGHTS[code]}", str(panel * WEIGHTS[code]), str(weighted), 2),
    )
    return CriterionResult(
        code, NAMES[code], WEIGHTS[code], tuple(judge_marks), panel, weighted, steps
    )


def entry(
    code: str,
    title: str,
    crits: tuple[CriterionResult, ...],
    *,
    votes: int,
    deduction: str = "0",
    rank: int | None,
    tied: bool = False,
    tie_decision: str | None = None,
    status: str = "ranked",
    prize: str | None = None,
    advanced: bool = False,
) -> EntryResult:
    weighted = [c.weighted for c in crits]
    bonus = round_half_up(Fraction(20 * votes, 400), 1)
    components = (
        ComponentResult(
            "binh_chon",
            "Bình chọn cộng đồng",
            ComponentKind.BONUS,
            D(votes),
            bonus,
            (Step(f"20 × {votes} ÷ 400", str(D(20 * votes) / 400), str(bonus), 1),),
        ),
        ComponentResult(
            "tru_diem", "Trừ điểm", ComponentKind.DEDUCTION, D(deduction), D(deduction)
        ),
    )
    if any(w is None for w in weighted) or status != "ranked":
        return EntryResult(
            code,
            title,
            "nong_nghiep",
            status,
            None,
            False,
            None,
            None,
            crits,
            components,
            missing=("GK04: hieu_qua",) if status == "incomplete" else (),
        )
    jury = sum((w for w in weighted if w is not None), D(0))
    final = jury + bonus - D(deduction)
    steps = (
        Step("jury total = " + " + ".join(str(w) for w in weighted), str(jury)),
        Step(f"final = {jury} + {bonus} − {deduction}", str(final), str(final), 2),
    )
    if tied:
        steps += (Step("tie-break: jury total", f"{jury} = {jury}"),)
    return EntryResult(
        code,
        title,
        "nong_nghiep",
        status,
        rank,
        tied,
        final,
        jury,
        crits,
        components,
        prize=prize,
        advanced=advanced,
        tie_decision=tie_decision,
        steps=steps,
        flags=("tie ordered by the chair",) if tie_decision else (),
    )


def sample_round(*, drafts: bool = False) -> RoundResult:
    e1 = entry(
        "E01",
        "Máy sấy nông sản năng lượng mặt trời",
        (
            criterion(
                "tinh_moi", {"GK01": "27", "GK02": "25.5", "GK03": "28", "GK04": "20"}, trainee="29"
            ),
            criterion(
                "hieu_qua", {"GK01": "18", "GK02": "17", "GK03": "18.5", "GK04": "15"}, trainee="19"
            ),
        ),
        votes=400,
        rank=1,
        prize="nhat",
        advanced=True,
    )
    e2 = entry(
        "E02",
        "Ứng dụng Bình Thạnh trực tuyến",
        (
            criterion("tinh_moi", {"GK01": "24", "GK02": "22", "GK03": "25", "GK04": "23"}),
            criterion("hieu_qua", {"GK01": "16", "GK02": "15", "GK03": "17", "GK04": "14.5"}),
        ),
        votes=200,
        rank=2,
        tied=True,
        tie_decision="Tác động xã hội rộng hơn",
        prize="nhi",
        advanced=True,
    )
    e3 = entry(
        "E03",
        "Điện mặt trời áp mái cho trường học",
        (
            criterion("tinh_moi", {"GK01": "23", "GK02": "24", "GK03": "25", "GK04": "10"}),
            criterion("hieu_qua", {"GK01": "15.5", "GK02": "16.5", "GK03": "15", "GK04": "15.5"}),
        ),
        votes=200,
        rank=2,
        tied=True,
        tie_decision="Tác động xã hội rộng hơn",
        prize="nhi",
        advanced=True,
    )
    e4 = entry(
        "E04",
        "Mô hình giáo dục STEM",
        (
            criterion("tinh_moi", {"GK01": "20", "GK02": "19", "GK03": "21", "GK04": "18"}),
            criterion("hieu_qua", {"GK01": "12", "GK02": "13", "GK03": "12", "GK04": None}),
        ),
        votes=100,
        rank=None,
        status="incomplete",
    )
    e5 = entry(
        "E05",
        "Cải cách hành chính bằng GIS",
        (
            criterion("tinh_moi", {"GK01": None, "GK02": None, "GK03": None, "GK04": None}),
            criterion("hieu_qua", {"GK01": None, "GK02": None, "GK03": None, "GK04": None}),
        ),
        votes=0,
        rank=None,
        status="withdrawn",
    )
    return RoundResult(
        "SKCD-2026",
        "so_khao",
        None,
        drafts,
        RoundStatus.OPEN,
        (e1, e2, e3, e4, e5),
        flags=("E02 and E03 tied on every metric; ordered by the chair",),
        ties=(("E02", "E03"),),
    )


def sample_competition(status: RoundStatus = RoundStatus.OPEN) -> Competition:
    """The definition ``sample_round`` belongs to."""
    return Competition(
        code="SKCD-2026",
        name="Giải thưởng Sáng kiến cộng đồng 2026",
        categories=(Category("nong_nghiep", "Nông nghiệp và môi trường"),),
        rounds=(
            Round(
                code="so_khao",
                name="Vòng sơ khảo",
                criteria=tuple(
                    Criterion(code, NAMES[code], MAXIMA[code], D("0.5"), WEIGHTS[code])
                    for code in ("tinh_moi", "hieu_qua")
                ),
                ranking=RankingRules(
                    aggregate=Aggregate.TRIMMED_MEAN,
                    trim=1,
                    panel_places=2,
                    weighted_places=2,
                    total_places=2,
                    tie_break=("jury_total", "criterion:tinh_moi"),
                ),
                components=(
                    ComponentDef(
                        "binh_chon",
                        "Bình chọn cộng đồng",
                        scale="share_of_max",
                        points=D(20),
                        places=1,
                    ),
                    ComponentDef("tru_diem", "Trừ điểm", kind=ComponentKind.DEDUCTION),
                ),
                status=status,
            ),
        ),
    )
