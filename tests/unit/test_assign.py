"""The automatic assignment: k judges an entry, balanced ±1, never conflicted, seeded."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from judging.setup.assignment import (
    AssignmentSnapshot,
    EntryFacts,
    JudgeFacts,
    is_conflicted,
    plan_assignment,
)


def _snapshot(
    n_entries: int,
    n_judges: int,
    k: int,
    *,
    orgs: int = 0,
    declared: frozenset[tuple[str, str]] = frozenset(),
    trainees: int = 0,
    existing: frozenset[tuple[str, str]] = frozenset(),
) -> AssignmentSnapshot:
    entries = tuple(
        EntryFacts(code=f"E{i:03d}", category=None, organisation=f"org{i % orgs}" if orgs else "")
        for i in range(1, n_entries + 1)
    )
    judges = tuple(
        JudgeFacts(code=f"J{i:02d}", organisation=f"org{i % orgs}" if orgs else "")
        for i in range(1, n_judges + 1)
    ) + tuple(JudgeFacts(code=f"T{i}", organisation="", counts=False) for i in range(trainees))
    return AssignmentSnapshot(
        k=k, entries=entries, judges=judges, declared_conflicts=declared, existing=existing
    )


def _per_entry(pairs: tuple[tuple[str, str], ...]) -> Counter[str]:
    return Counter(entry for _, entry in pairs)


def test_every_entry_gets_k_judges_and_loads_are_balanced() -> None:
    plan = plan_assignment(_snapshot(40, 9, 3), seed=1)
    assert set(_per_entry(plan.added).values()) == {3}
    assert len(set(plan.added)) == len(plan.added) == 120
    loads = Counter(judge for judge, _ in plan.added)
    assert max(loads.values()) - min(loads.values()) <= 1
    assert plan.uncovered == ()


def test_conflicted_judges_are_never_assigned() -> None:
    declared = frozenset({("J01", "E001"), ("J02", "E001"), ("J03", "E005")})
    snapshot = _snapshot(30, 8, 3, orgs=4, declared=declared)
    plan = plan_assignment(snapshot, seed=7)
    judges = {j.code: j for j in snapshot.judges}
    entries = {e.code: e for e in snapshot.entries}
    for judge, entry in plan.added:
        assert not is_conflicted(judges[judge], entries[entry], declared)
    assert set(_per_entry(plan.added).values()) == {3}
    loads = Counter(judge for judge, _ in plan.added)
    assert max(loads.values()) - min(loads.values()) <= 1


def test_same_seed_same_result_other_seed_other_result() -> None:
    snapshot = _snapshot(50, 12, 3)
    assert plan_assignment(snapshot, seed=5) == plan_assignment(snapshot, seed=5)
    assert plan_assignment(snapshot, seed=5).added != plan_assignment(snapshot, seed=6).added


def test_uncovered_entries_are_listed_with_the_reason() -> None:
    # E001's organisation is shared by 2 of the 4 judges: only 2 are free, 3 needed.
    entries = (
        EntryFacts("E001", None, "ubnd quan 1"),
        EntryFacts("E002", None, ""),
    )
    judges = (
        JudgeFacts("J1", "ubnd quan 1"),
        JudgeFacts("J2", "ubnd quan 1"),
        JudgeFacts("J3", ""),
        JudgeFacts("J4", ""),
    )
    plan = plan_assignment(AssignmentSnapshot(k=3, entries=entries, judges=judges), seed=0)
    assert [str(u) for u in plan.uncovered] == [
        "E001: only 2 judges without a conflict of interest, 3 needed"
    ]
    assert sorted(j for j, e in plan.added if e == "E001") == ["J3", "J4"]
    assert len([1 for _, e in plan.added if e == "E002"]) == 3


def test_trainees_are_not_assigned_and_do_not_count() -> None:
    existing = frozenset({("T0", "E001")})
    plan = plan_assignment(_snapshot(10, 4, 2, trainees=2, existing=existing), seed=3)
    assert not any(judge.startswith("T") for judge, _ in plan.added)
    assert _per_entry(plan.added)["E001"] == 2  # the trainee's seat did not count


def test_existing_assignments_count_towards_k_and_load() -> None:
    existing = frozenset({("J01", "E001"), ("J02", "E001"), ("J01", "E002")})
    plan = plan_assignment(_snapshot(12, 6, 2, existing=existing), seed=2)
    per_entry = _per_entry(plan.added)
    assert "E001" not in per_entry  # already has its two
    assert per_entry["E002"] == 1
    assert ("J01", "E002") not in plan.added
    assert max(plan.loads.values()) - min(plan.loads.values()) <= 1


def test_panels_per_category() -> None:
    entries = tuple(EntryFacts(f"A{i}", "A", "") for i in range(6)) + tuple(
        EntryFacts(f"B{i}", "B", "") for i in range(6)
    )
    judges = tuple(JudgeFacts(f"J{i}", "") for i in range(6))
    panels = {
        "A": frozenset({"J0", "J1", "J2"}),
        "B": frozenset({"J3", "J4"}),
        None: frozenset({"J5"}),
    }
    plan = plan_assignment(
        AssignmentSnapshot(k=2, entries=entries, judges=judges, panels=panels), seed=4
    )
    for judge, entry in plan.added:
        allowed = panels[entry[0]] | panels[None]
        assert judge in allowed
    assert plan.uncovered == ()
    # a category without a panel seat is uncovered with its reason
    lonely = AssignmentSnapshot(
        k=1,
        entries=(EntryFacts("C1", "C", ""),),
        judges=judges,
        panels={"A": frozenset({"J0"})},
    )
    plan = plan_assignment(lonely, seed=0)
    assert [u.reason for u in plan.uncovered] == [
        "no judge sits on the panel for category C; 1 needed"
    ]


@given(
    n_entries=st.integers(0, 60),
    n_judges=st.integers(1, 15),
    k=st.integers(1, 5),
    orgs=st.integers(0, 5),
    conflicts=st.sets(st.tuples(st.integers(1, 15), st.integers(1, 60)), max_size=40),
    seed=st.integers(0, 2**32),
)
def test_properties(
    n_entries: int,
    n_judges: int,
    k: int,
    orgs: int,
    conflicts: set[tuple[int, int]],
    seed: int,
) -> None:
    declared = frozenset((f"J{j:02d}", f"E{e:03d}") for j, e in conflicts)
    snapshot = _snapshot(n_entries, n_judges, k, orgs=orgs, declared=declared)
    plan = plan_assignment(snapshot, seed)
    judges = {j.code: j for j in snapshot.judges}
    entries = {e.code: e for e in snapshot.entries}
    # never a conflicted judge, never twice the same pair
    assert len(set(plan.added)) == len(plan.added)
    for judge, entry in plan.added:
        assert not is_conflicted(judges[judge], entries[entry], declared)
    # k judges an entry, or the entry is listed as uncovered with as many as it could get
    per_entry = _per_entry(plan.added)
    uncovered = {u.entry: u for u in plan.uncovered}
    for entry in entries.values():
        free = sum(1 for j in judges.values() if not is_conflicted(j, entry, declared))
        got = per_entry.get(entry.code, 0)
        if entry.code in uncovered:
            assert got == min(free, k) < k
            assert uncovered[entry.code].assigned == got
        else:
            assert got == k
    # deterministic
    assert plan_assignment(snapshot, seed) == plan
    # balanced ±1 whenever nothing stands in the way (no conflicts at all)
    if not declared and orgs == 0 and n_entries:
        loads = Counter({j: 0 for j in judges}) + Counter(j for j, _ in plan.added)
        values = [loads.get(j, 0) for j in judges]
        assert max(values) - min(values) <= 1


@given(seed=st.integers(0, 10_000), orgs=st.integers(2, 6))
def test_balanced_with_organisation_conflicts(seed: int, orgs: int) -> None:
    """With conflicts that leave plenty of free judges, the repair keeps loads within one."""
    plan = plan_assignment(_snapshot(60, 12, 3, orgs=orgs), seed)
    loads = Counter(j for j, _ in plan.added)
    assert plan.uncovered == ()
    assert max(loads.values()) - min(loads.values()) <= 1


def test_no_judges_at_all_is_said_plainly() -> None:
    plan = plan_assignment(_snapshot(2, 0, 3, trainees=1), seed=0)
    assert [str(u) for u in plan.uncovered] == [
        "E001: no judges (members or chairs) to assign; 3 needed",
        "E002: no judges (members or chairs) to assign; 3 needed",
    ]
    assert plan.added == ()


@given(
    sizes=st.tuples(st.integers(1, 8), st.integers(1, 8)),
    counts=st.tuples(st.integers(0, 40), st.integers(0, 40)),
    k=st.integers(1, 3),
    seed=st.integers(0, 1000),
)
def test_disjoint_panels_are_each_balanced(
    sizes: tuple[int, int], counts: tuple[int, int], k: int, seed: int
) -> None:
    judges = tuple(JudgeFacts(f"A{i}", "") for i in range(sizes[0])) + tuple(
        JudgeFacts(f"B{i}", "") for i in range(sizes[1])
    )
    entries = tuple(EntryFacts(f"a{i:03d}", "A", "") for i in range(counts[0])) + tuple(
        EntryFacts(f"b{i:03d}", "B", "") for i in range(counts[1])
    )
    panels = {
        "A": frozenset(j.code for j in judges if j.code.startswith("A")),
        "B": frozenset(j.code for j in judges if j.code.startswith("B")),
    }
    plan = plan_assignment(
        AssignmentSnapshot(k=k, entries=entries, judges=judges, panels=panels), seed
    )
    for category, members in panels.items():
        for judge, entry in plan.added:
            if entry[0] == category.lower():
                assert judge in members
        loads = [plan.loads[j] for j in members]
        if len(members) >= k:
            assert max(loads) - min(loads) <= 1
