"""The judging-ranking/1 JSON and the CSV of a result."""

from __future__ import annotations

import csv
import io

from judging.model import ComponentDef, ComponentKind, Prize
from judging.publish.cells import safe_cell
from judging.ranking.engine import TieDecision
from judging.ranking.export import to_csv, to_json
from judging.ranking.results import RoundResult
from tests.unit.test_ranking_helpers import competition, crit, entry, rules, run, sheet, simple


def result_with_everything() -> RoundResult:
    comp = competition(
        [crit("A", weight="2"), crit("B")],
        rules(panel=2, weighted=2, total=2, chain=["jury_total"]),
        components=[ComponentDef("ded", "Deduction", ComponentKind.DEDUCTION, places=1)],
        prizes=[Prize("nhat", "Nhất", count=1)],
    )
    entries = [
        simple("E1", "9", "9", ded="0.5"),
        simple("E2", "8.5", "9.5"),
        simple("E3", "8.5", "9.5"),
        entry("=HYPERLINK(1)", sheet("J1", "1", None)),
    ]
    decision = TieDecision(("E3", "E2"), "E3 is used in 5 wards")
    return run(comp, entries, decisions=[decision])


def test_json_has_the_documented_shape_and_exact_decimal_strings() -> None:
    payload = to_json(result_with_everything())
    assert payload["format"] == "judging-ranking/1"
    assert (payload["competition"], payload["round"]) == ("C", "R1")
    first, second, third, incomplete = payload["results"]
    # E1: 9 × 2 + 9 = 27.00 − 0.5 = 26.50; E2, E3: 8.5 × 2 + 9.5 = 26.50, tie, chair: E3 first
    assert first == {
        "entry": "E1",
        "title": "Entry E1",
        "category": None,
        "rank": 1,
        "tied": False,
        "status": "ranked",
        "final_total": "26.50",
        "jury_total": "27.00",
        "components": {"ded": "0.5"},
        "criteria": {
            "A": {"panel": "9.00", "weighted": "18.00"},
            "B": {"panel": "9.00", "weighted": "9.00"},
        },
        "prize": "nhat",
        "advanced": False,
        "tie_decision": None,
        "missing": [],
    }
    # all three total 26.50; the jury total puts E1 (27.00) before E2 = E3 (26.50), whose tie
    # the chair ordered E3 first
    assert (second["entry"], second["rank"], second["tied"]) == ("E3", 2, False)
    assert (third["entry"], third["rank"]) == ("E2", 3)
    assert second["tie_decision"] == third["tie_decision"] == "E3 is used in 5 wards"
    assert second["jury_total"] == "26.50" and second["components"] == {"ded": "0.0"}
    assert incomplete["status"] == "incomplete"
    assert incomplete["rank"] is None and incomplete["final_total"] is None
    assert incomplete["criteria"]["A"] == {"panel": None, "weighted": None}
    assert incomplete["missing"] == ["J1: B"]
    assert payload["ties"] == [] and payload["provisional"] is False


def test_csv_is_utf8_with_bom_and_formula_safe() -> None:
    text = to_csv(result_with_everything())
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:8] == [
        "rank",
        "tied",
        "entry",
        "title",
        "category",
        "status",
        "final_total",
        "jury_total",
    ]
    assert "A.panel" in rows[0] and "component.ded" in rows[0]
    assert rows[-1][2] == "'=HYPERLINK(1)"
    assert rows[-1][0] == "" and rows[-1][5] == "incomplete"
    semicolon = list(
        csv.reader(io.StringIO(to_csv(result_with_everything(), sep=";")[1:]), delimiter=";")
    )
    assert semicolon[1][6] == "26,50"


def test_safe_cell() -> None:
    assert [safe_cell(t) for t in ["=1+1", "+x", "-x", "@x", "\tx", "ok", ""]] == [
        "'=1+1",
        "'+x",
        "'-x",
        "'@x",
        "'\tx",
        "ok",
        "",
    ]
