"""``RankingService.report`` over a real SQLite file: the round's result with everything an
export shows, in one call — the same numbers as ``rank --format json``, the names behind the
codes, every judge's mark with its comment, the panel, the chair's decisions, the approval and
the judges' consistency."""

from __future__ import annotations

from decimal import Decimal

from db.database import OpenDatabase
from judging.app import Services
from judging.demo import build_demo
from judging.model import Role, RoundStatus
from judging.ranking.consistency import consistency
from judging.ranking.report import ReportPlaces
from tests.db.conftest import REASON
from tests.db.test_ranking_repository import add_sheet
from tests.report_helpers import finish_first_round, ranked_as_json, report_as_json

D = Decimal


def test_report_of_a_round_with_the_chairs_tie_decision(tied: Services) -> None:
    before = tied.ranking.report()
    assert before.status == RoundStatus.OPEN and not before.approved
    assert before.approved_at is None and before.approved_by == ""
    assert report_as_json(before) == ranked_as_json(tied, "R1")
    assert before.decisions == ()
    assert any(row.tied for row in before.rows)

    tied.ranking.resolve_tie("R1", ["E2", "E3", "E1"], REASON, actor="Chủ tịch Trần Minh Khoa")
    tied.ranking.close_round("R1")
    tied.ranking.approve_round("R1", actor="Chủ tịch Trần Minh Khoa")
    report = tied.ranking.report()

    # The same numbers as rank --format json, in its order.
    assert report_as_json(report) == ranked_as_json(tied, "R1")
    assert [r.entry for r in report.rows][:3] == ["E2", "E3", "E1"]
    assert [r.rank for r in report.rows] == [1, 2, 3, None]
    # The approval, from the stored snapshot.
    assert report.approved and report.status == RoundStatus.APPROVED
    assert report.approved_by == "Chủ tịch Trần Minh Khoa"
    assert report.approved_at is not None
    assert report.approved_at == tied.ranking.approved_result("R1").at
    assert not report.provisional
    # Names behind the codes.
    assert (report.competition, report.competition_name) == ("T", "Test award")
    assert (report.round, report.round_name) == ("R1", "Round 1")
    assert [(c.code, c.name, c.weight, c.max) for c in report.criteria] == [
        ("A", "Tính mới", D(1), D(30)),
        ("B", "Hiệu quả", D(2), D(10)),
    ]
    assert [(c.code, c.name, c.kind) for c in report.components] == [("vote", "Votes", "bonus")]
    assert report.categories == (("K1", "One"), ("K2", "Two"))
    rows = {r.entry: r for r in report.rows}
    assert rows["E2"].authors == ("Trần Văn Đức", "Lê Thị Hồng")
    assert rows["E1"].organisation == "UBND phường Bến Nghé"
    assert rows["E2"].category_name == "One" and rows["E4"].category_name == "Two"
    assert rows["E2"].prize == "nhat" and rows["E2"].prize_name == "Nhất"
    assert rows["E3"].prize is None and rows["E3"].prize_name == ""
    assert rows["E2"].tie_decision == REASON
    assert rows["E4"].status == "withdrawn" and rows["E4"].final_total is None
    assert [(p.code, p.name, p.winners) for p in report.prizes] == [("nhat", "Nhất", ("E2",))]
    # The chair's decision with its reason.
    assert [(d.entries, d.reason, d.decided_by, d.category) for d in report.decisions] == [
        (("E2", "E3", "E1"), REASON, "Chủ tịch Trần Minh Khoa", "K1")
    ]
    assert report.places == ReportPlaces(2, 2, 2, (("vote", None),))


def test_report_marks_judges_and_consistency(tied: Services, database: OpenDatabase) -> None:
    report = tied.ranking.report()
    # Every judge's mark on every criterion of every sheet, with its comment.
    assert len(report.marks) == 7 * 2
    marks = {(m.entry, m.judge, m.criterion): m for m in report.marks}
    assert marks["E2", "J1", "A"].value == D(26)
    assert marks["E2", "J1", "A"].comment == "Ý tưởng mới, chi phí thấp"
    assert marks["E2", "J1", "A"].judge_name == "Giám khảo 1"
    trainee = marks["E1", "T1", "B"]
    assert trainee.comment == "Chưa rõ hiệu quả"
    assert trainee.role == Role.TRAINEE and not trainee.counted and trainee.value == D(1)
    assert marks["E1", "J2", "B"].comment == "" and marks["E1", "J2", "B"].counted
    # The panel: who was assigned how many, and whether every sheet is in.
    assert [(j.code, j.role, j.assigned, j.submitted) for j in report.judges] == [
        ("J1", Role.MEMBER, 3, True),
        ("J2", Role.MEMBER, 3, True),
        ("T1", Role.TRAINEE, 1, True),
    ]
    # The same figures as the Results screen's consistency tab.
    detailed = tied.ranking.rank("R1", explain=True)
    expected = consistency(detailed.results, {"A": D(30), "B": D(10)})
    assert report.consistency == expected
    assert report.consistency.judges  # not empty: the comparison above says something


def test_a_sheet_not_submitted_and_a_category_shown(tied: Services, database: OpenDatabase) -> None:
    add_sheet(database, "R1", "J1", "E4", {"A": "10"}, state="in_progress")
    report = tied.ranking.report()
    j1 = next(j for j in report.judges if j.code == "J1")
    assert (j1.assigned, j1.submitted) == (4, False)

    two = tied.ranking.report(category="K2")
    assert two.category == "K2" and [r.entry for r in two.rows] == ["E4"]
    assert two.categories == (("K2", "Two"),)
    assert [(j.code, j.assigned, j.submitted) for j in two.judges] == [("J1", 1, False)]
    assert {m.entry for m in two.marks} == {"E4"}
    assert report_as_json(two) == ranked_as_json(tied, "R1", category="K2")

    drafts = tied.ranking.report(drafts=True)
    assert drafts.provisional and drafts.result.drafts
    assert report_as_json(drafts) == ranked_as_json(tied, "R1", drafts=True)


def test_report_of_the_demo_after_its_first_round_is_approved(services: Services) -> None:
    build_demo(services)
    code = finish_first_round(services)
    report = services.ranking.report(code)
    assert report.approved and report.approved_by == "Chủ tịch"
    assert report_as_json(report) == ranked_as_json(services, code)
    assert report.competition_name == "Giải thưởng Sáng kiến cộng đồng 2026"
    # Per category, in the definition's order, each in rank order.
    competition = services.core.require_competition()
    order = [c.code for c in competition.categories]
    ranked = [r for r in report.rows if r.status == "ranked"]
    assert [c for c, _ in report.categories] == order
    seen = [order.index(r.category or "") for r in ranked]
    assert sorted(seen) == seen
    for category in order:
        ranks = [r.rank for r in report.category_rows(category) if r.rank is not None]
        assert ranks and ranks == sorted(ranks) and ranks[0] == 1
    # Vietnamese names intact, every entry with its authors and organisation.
    entries = {e.code: e for e in services.core.entry_rows()}
    for row in report.rows:
        assert row.authors == entries[row.entry].authors
        assert row.organisation == entries[row.entry].organisation
    assert any("Đ" in a or "ễ" in a for r in report.rows for a in r.authors)
    assert {j.code for j in report.judges} >= {"GK01", "GK02"}
    assert all(j.submitted for j in report.judges if j.role != Role.TRAINEE)
    rnd = competition.rounds[0]
    detailed = services.ranking.rank(code, explain=True)
    assert report.consistency == consistency(
        detailed.results, {c.code: c.max for c in rnd.criteria}
    )
    assert report.consistency.icc.value is not None
    # Per category: the figures the tab shows with that category chosen.
    for category in order:
        shown = services.ranking.rank(code, category=category, explain=True)
        expected = consistency(shown.results, {c.code: c.max for c in rnd.criteria})
        assert report.agreement_of(category) == (expected.concordance, expected.icc)
    assert report.agreement_of(None) == (report.consistency.concordance, report.consistency.icc)
