"""Automatic assignment of judges to entries: a pure function on a snapshot.

Terms: the *panel* of an entry is the set of judges who may judge it in a round (the round's
panel seats for the entry's category plus those for every category; with no seats at all in
the round, every member and chair of the competition). ``k`` is the round's judges per entry.
A judge's *load* is how many entries of the round the judge is assigned. Trainees never count
towards ``k`` and are never assigned here. A conflicted judge (declared, or of the entry's own
organisation) is never assigned.

Method: entries in a seeded random order; each takes the least-loaded eligible judges (ties by
a seeded random order of judges, round-robin within a load), then a repair pass moves new
assignments from the most- to the least-loaded judges until they differ by at most one or no
legal move is left. The same snapshot and seed give the same answer.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from judging.setup.dto import Uncovered


@dataclass(frozen=True)
class EntryFacts:
    code: str
    category: str | None
    organisation: str  # folded; "" when unknown


@dataclass(frozen=True)
class JudgeFacts:
    code: str
    organisation: str  # folded
    counts: bool = True  # False for trainees


@dataclass(frozen=True)
class AssignmentSnapshot:
    """What the assignment needs to know, loaded once."""

    k: int
    entries: tuple[EntryFacts, ...]  # active entries only
    judges: tuple[JudgeFacts, ...]
    #: category code (None: every category) → judge codes; empty mapping: no panels defined
    panels: Mapping[str | None, frozenset[str]] = field(default_factory=dict)
    declared_conflicts: frozenset[tuple[str, str]] = frozenset()  # (judge, entry)
    existing: frozenset[tuple[str, str]] = frozenset()  # (judge, entry) kept as they are


@dataclass(frozen=True)
class AssignmentPlan:
    added: tuple[tuple[str, str], ...]  # (judge, entry), in the order they were chosen
    uncovered: tuple[Uncovered, ...]
    loads: dict[str, int]  # every counting judge's load afterwards (existing + added)


def is_conflicted(
    judge: JudgeFacts, entry: EntryFacts, declared: frozenset[tuple[str, str]]
) -> bool:
    if (judge.code, entry.code) in declared:
        return True
    return bool(judge.organisation) and judge.organisation == entry.organisation


class _Pool:
    """Judges of one panel in buckets by load; within a bucket, first come first served."""

    def __init__(self, judges: Iterable[str], loads: dict[str, int]) -> None:
        self.buckets: dict[int, OrderedDict[str, None]] = {}
        for code in judges:
            self.buckets.setdefault(loads[code], OrderedDict())[code] = None
        self.low = min(self.buckets, default=0)

    def move(self, code: str, old: int, new: int) -> None:
        bucket = self.buckets[old]
        del bucket[code]
        self.buckets.setdefault(new, OrderedDict())[code] = None
        if new < self.low:
            self.low = new

    def by_load(self) -> Iterable[str]:
        top = max(self.buckets, default=-1)
        load = self.low
        while load <= top:
            bucket = self.buckets.get(load)
            if bucket:
                yield from list(bucket)
            elif load == self.low:
                self.low = load + 1
            load += 1


def plan_assignment(snapshot: AssignmentSnapshot, seed: int = 0) -> AssignmentPlan:
    """Choose judges for every entry of the snapshot that has fewer than ``k``."""
    rng = random.Random(seed)
    judges = {j.code: j for j in snapshot.judges}
    counting = sorted(code for code, j in judges.items() if j.counts)
    rng.shuffle(counting)  # the seeded tie-break order between equally loaded judges
    order = {code: i for i, code in enumerate(counting)}

    loads = dict.fromkeys(counting, 0)
    assigned: dict[str, set[str]] = {}
    for judge_code, entry_code in snapshot.existing:
        assigned.setdefault(entry_code, set()).add(judge_code)
        if judge_code in loads:
            loads[judge_code] += 1

    panels = snapshot.panels
    every = frozenset(counting)

    def panel_of(entry: EntryFacts) -> frozenset[str]:
        if not panels:
            return every
        seats = panels.get(entry.category, frozenset()) | panels.get(None, frozenset())
        return frozenset(code for code in seats if code in loads)

    pools: dict[frozenset[str], _Pool] = {}
    pools_of_judge: dict[str, list[_Pool]] = {}

    def pool_for(members: frozenset[str]) -> _Pool:
        pool = pools.get(members)
        if pool is None:
            ordered = sorted(members, key=order.__getitem__)
            pool = pools[members] = _Pool(ordered, loads)
            for code in ordered:
                pools_of_judge.setdefault(code, []).append(pool)
        return pool

    entries = sorted(snapshot.entries, key=lambda e: e.code)
    rng.shuffle(entries)
    declared = snapshot.declared_conflicts
    k = snapshot.k
    added: list[tuple[str, str]] = []
    uncovered: list[Uncovered] = []
    eligible_of: dict[str, frozenset[str]] = {}

    for entry in entries:
        on_entry = assigned.setdefault(entry.code, set())
        have = sum(1 for code in on_entry if code in loads)
        members = panel_of(entry)
        if have >= k:
            continue
        need = k - have
        pool = pool_for(members)
        chosen: list[str] = []
        for code in pool.by_load():
            if code in on_entry or is_conflicted(judges[code], entry, declared):
                continue
            chosen.append(code)
            if len(chosen) == need:
                break
        for code in chosen:
            old = loads[code]
            loads[code] = old + 1
            for p in pools_of_judge[code]:
                p.move(code, old, old + 1)
            on_entry.add(code)
            added.append((code, entry.code))
        eligible_of[entry.code] = members
        if len(chosen) < need:
            uncovered.append(
                _why(entry, members, judges, declared, have + len(chosen), k, bool(panels))
            )

    added = _repair(
        added, loads, assigned, eligible_of, judges, declared, {e.code: e for e in entries}
    )
    uncovered.sort(key=lambda u: u.entry)
    return AssignmentPlan(added=tuple(added), uncovered=tuple(uncovered), loads=loads)


def _why(
    entry: EntryFacts,
    members: frozenset[str],
    judges: Mapping[str, JudgeFacts],
    declared: frozenset[tuple[str, str]],
    got: int,
    k: int,
    has_panels: bool,
) -> Uncovered:
    free = 0
    if not members and not has_panels:
        kind, reason = "no_judges", f"no judges (members or chairs) to assign; {k} needed"
    elif not members:
        where = f"category {entry.category}" if entry.category else "its category"
        kind, reason = "no_panel", f"no judge sits on the panel for {where}; {k} needed"
    else:
        free = sum(1 for code in members if not is_conflicted(judges[code], entry, declared))
        if free < k:
            kind = "conflicts"
            reason = (
                f"only {free} judge{'s' if free != 1 else ''} without a conflict of interest, "
                f"{k} needed"
            )
        else:
            kind, reason = "short", f"only {got} judges could be assigned, {k} needed"
    return Uncovered(
        entry=entry.code,
        assigned=got,
        needed=k,
        reason=reason,
        kind=kind,
        free=free,
        category=entry.category,
    )


def _repair(
    added: list[tuple[str, str]],
    loads: dict[str, int],
    assigned: dict[str, set[str]],
    eligible_of: Mapping[str, frozenset[str]],
    judges: Mapping[str, JudgeFacts],
    declared: frozenset[tuple[str, str]],
    entries: Mapping[str, EntryFacts],
) -> list[tuple[str, str]]:
    """Move new assignments from the most- to the least-loaded judges of the same panel while
    that narrows the spread (greedy leaves it wider only where conflicts got in the way).

    Panels are balanced one at a time: judges of different panels see different numbers of
    entries by design, and looking for moves between them would only cost time."""
    if len(loads) < 2:
        return added
    position = {pair: i for i, pair in enumerate(added)}
    pools: dict[frozenset[str], set[str]] = {}
    for entry_code, members in eligible_of.items():
        pools.setdefault(members, set()).add(entry_code)
    for members in sorted(pools, key=lambda m: sorted(m)):
        pool_entries = pools[members]
        ranked = sorted(c for c in members if c in loads)  # a fixed, deterministic order
        if len(ranked) < 2:
            continue
        by_judge: dict[str, list[str]] = {}
        for judge_code, entry_code in added:
            if entry_code in pool_entries:
                by_judge.setdefault(judge_code, []).append(entry_code)
        for _ in range(len(added) + 1):
            top = max(loads[c] for c in ranked)
            if top - min(loads[c] for c in ranked) <= 1:
                break
            highs = [c for c in ranked if loads[c] == top]
            lows = sorted((c for c in ranked if loads[c] <= top - 2), key=lambda c: loads[c])
            move = _find_move(highs, lows, by_judge, assigned, judges, declared, entries)
            if move is None:
                break
            h, lo, entry_code = move
            assigned[entry_code].discard(h)
            assigned[entry_code].add(lo)
            loads[h] -= 1
            loads[lo] += 1
            by_judge[h].remove(entry_code)
            by_judge.setdefault(lo, []).append(entry_code)
            i = position.pop((h, entry_code))
            added[i] = (lo, entry_code)
            position[(lo, entry_code)] = i
    return added


def _find_move(
    highs: list[str],
    lows: list[str],
    by_judge: Mapping[str, list[str]],
    assigned: Mapping[str, set[str]],
    judges: Mapping[str, JudgeFacts],
    declared: frozenset[tuple[str, str]],
    entries: Mapping[str, EntryFacts],
) -> tuple[str, str, str] | None:
    """(from judge, to judge, entry): the first legal move, in a fixed order."""
    for h in highs:
        for entry_code in by_judge.get(h, []):
            entry = entries[entry_code]
            on_entry = assigned[entry_code]
            for lo in lows:
                if lo not in on_entry and not is_conflicted(judges[lo], entry, declared):
                    return h, lo, entry_code
    return None
