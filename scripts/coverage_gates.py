"""Coverage gates per part of the tree (issue 9), read from `coverage json`'s report.

./run-tests measures judging/, db/ and ui/ with branch coverage; this script then holds each
gate below to its floor: the ranking engine whole, the domain as a whole, and the modules
behind the dialogs a person fills in. A floor is what the suite reached when it was set, rounded
down; raise it when tests are added, never lower it to let a change through.

    python scripts/coverage_gates.py [coverage.json]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Gate:
    name: str
    patterns: tuple[str, ...]
    floor: float  # per cent of statements and branches together, as coverage counts them


# Floors measured on 6 December 2026 (the whole suite, branch coverage), rounded down; one
# point lower where the measure was within half a point of the whole number (runs vary a little).
GATES = (
    Gate("ranking engine", ("judging/ranking/engine.py",), 100.0),
    Gate("judging/ (the domain)", ("judging/*",), 93.0),
    Gate("dialog: entry", ("ui/setup/entry_dialog.py",), 93.0),
    Gate("dialogs: judge, conflict, panel", ("ui/setup/judge_dialogs.py",), 98.0),
    Gate("dialog: import entries", ("ui/setup/import_dialog.py",), 86.0),
    Gate("dialog: attachments", ("ui/setup/attachments_dialog.py",), 83.0),
    Gate("dialogs: results (explanation, tie, reopen)", ("ui/results/dialogs.py",), 96.0),
    Gate("dialogs: the Prompter's questions, errors, crash", ("ui/errors.py",), 81.0),
)


@dataclass(frozen=True)
class Measured:
    files: int
    covered: int  # lines and branches run
    total: int  # lines and branches there are

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else 100.0 * self.covered / self.total


def measure(files: dict[str, Any], patterns: tuple[str, ...]) -> Measured:
    count = covered = total = 0
    for path, data in files.items():
        if not any(fnmatch(Path(path).as_posix(), pattern) for pattern in patterns):
            continue
        summary = data["summary"]
        count += 1
        covered += summary["covered_lines"] + summary.get("covered_branches", 0)
        total += summary["num_statements"] + summary.get("num_branches", 0)
    return Measured(count, covered, total)


def check(report: dict[str, Any], gates: tuple[Gate, ...] = GATES) -> list[str]:
    """One line per gate; the failing ones start with FAIL."""
    lines = []
    for gate in gates:
        measured = measure(report["files"], gate.patterns)
        if measured.files == 0:
            lines.append(f"FAIL {gate.name}: no measured file matches {', '.join(gate.patterns)}")
            continue
        verdict = "ok  " if measured.percent >= gate.floor else "FAIL"
        lines.append(
            f"{verdict} {gate.name}: {measured.percent:.2f} % "
            f"(floor {gate.floor:g} %, {measured.files} files)"
        )
    return lines


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else "coverage.json")
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"coverage gates: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    lines = check(report)
    print("\n".join(lines))
    return 1 if any(line.startswith("FAIL") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
