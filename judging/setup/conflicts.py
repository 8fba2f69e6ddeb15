"""Conflicts of interest, asked in memory from a snapshot loaded once.

A judge has a conflict of interest with an entry when the conflict was *declared* (the
``conflict`` table, with its reason) or is *detected*: the judge's organisation equals the
entry's, compared folded (case and diacritics ignored, spaces collapsed). A conflicted judge is
never assigned to the entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from judging.text import fold


@dataclass(frozen=True)
class ConflictSnapshot:
    declared: dict[tuple[str, str], str]  # (judge, entry) → reason
    judge_organisation: dict[str, str]  # judge code → folded organisation
    entry_organisation: dict[str, str]  # entry code → folded organisation

    @classmethod
    def build(
        cls,
        declared: Iterable[tuple[str, str, str]],
        judges: Iterable[tuple[str, str]],
        entries: Iterable[tuple[str, str]],
    ) -> ConflictSnapshot:
        """``declared``: (judge, entry, reason); ``judges``/``entries``: (code, organisation)."""
        return cls(
            declared={(j, e): reason for j, e, reason in declared},
            judge_organisation={code: fold(org) for code, org in judges},
            entry_organisation={code: fold(org) for code, org in entries},
        )

    def reason(self, judge: str, entry: str) -> str | None:
        """Why ``judge`` may not judge ``entry``, or None when there is no conflict."""
        declared = self.declared.get((judge, entry))
        if declared is not None:
            return (
                f"declared conflict of interest ({declared})"
                if declared
                else ("declared conflict of interest")
            )
        if same_organisation(
            self.judge_organisation.get(judge, ""), self.entry_organisation.get(entry, "")
        ):
            return "the judge belongs to the entry's organisation"
        return None

    def detected(self) -> list[tuple[str, str]]:
        """Every (judge, entry) pair of the same organisation."""
        by_org: dict[str, list[str]] = {}
        for entry, org in self.entry_organisation.items():
            if org:
                by_org.setdefault(org, []).append(entry)
        pairs = []
        for judge, org in sorted(self.judge_organisation.items()):
            for entry in sorted(by_org.get(org, [])) if org else []:
                pairs.append((judge, entry))
        return pairs


def same_organisation(judge_folded: str, entry_folded: str) -> bool:
    return bool(judge_folded) and judge_folded == entry_folded
