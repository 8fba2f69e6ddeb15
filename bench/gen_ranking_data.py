"""Generate a large judging database for the ranking benchmark.

10,000 entries in 4 categories, 300 judges (members and a chair), 5 judges an entry, 10 criteria:
500,000 submitted marks. The schema is made by the program's own migrations (``open_database``)
and the definition by ``services.core.create_competition``; the bulk rows go in through bare
``sqlite3.executemany`` for speed. The same seed gives the same file.

    .venv/bin/python bench/gen_ranking_data.py OUT.sqlite [--entries N] [--judges N] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.database import open_database
from judging.app import build_services
from judging.model import (
    Aggregate,
    Category,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    RankingRules,
    Round,
)

CRITERIA = 10
CATEGORIES = 4
NOW = "2026-11-28 06:00:00.000000"


def definition() -> Competition:
    criteria = tuple(
        Criterion(
            code=f"C{i:02d}",
            name=f"Criterion {i}",
            max=Decimal(10),
            step=Decimal("0.5"),
            weight=Decimal(i % 3 + 1),
        )
        for i in range(1, CRITERIA + 1)
    )
    return Competition(
        code="BENCH",
        name="Benchmark award",
        categories=tuple(Category(code=f"K{i}", name=f"Category {i}") for i in range(CATEGORIES)),
        rounds=(
            Round(
                code="R1",
                name="Round 1",
                judges_per_entry=5,
                criteria=criteria,
                ranking=RankingRules(
                    aggregate=Aggregate.MEAN,
                    panel_places=2,
                    weighted_places=2,
                    total_places=2,
                    tie_break=("jury_total", "criterion:C01"),
                ),
                components=(
                    ComponentDef(
                        code="vote",
                        name="Community vote",
                        kind=ComponentKind.BONUS,
                        scale="share_of_max",
                        points=Decimal(20),
                        places=1,
                    ),
                ),
            ),
        ),
    )


def generate(path: Path, *, entries: int = 10_000, judges: int = 300, seed: int = 1) -> int:
    """Write the database; returns the number of marks."""
    if path.exists():
        path.unlink()
    database = open_database(str(path))
    try:
        build_services(database.uow_factory, location=database.location).core.create_competition(
            definition()
        )
    finally:
        database.close()
    rng = random.Random(seed)
    con = sqlite3.connect(str(path))
    try:
        cur = con.cursor()
        competition_id = cur.execute("SELECT id FROM competition").fetchone()[0]
        round_id = cur.execute("SELECT id FROM round").fetchone()[0]
        categories = [r[0] for r in cur.execute("SELECT id FROM category ORDER BY position")]
        criteria = [r[0] for r in cur.execute("SELECT id FROM criterion ORDER BY position")]
        component_id = cur.execute("SELECT id FROM component_def").fetchone()[0]
        cur.executemany(
            "INSERT INTO entry (id, uuid, competition_id, code, title, category_id, authors, "
            "organisation, summary, status, status_reason, folded, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '', '', '', 'active', '', ?, ?, ?)",
            (
                (
                    i + 1,
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    competition_id,
                    f"E{i + 1:05d}",
                    f"Entry {i + 1}",
                    categories[i % len(categories)],
                    f"e{i + 1:05d} entry {i + 1}",
                    NOW,
                    NOW,
                )
                for i in range(entries)
            ),
        )
        cur.executemany(
            "INSERT INTO judge (id, uuid, competition_id, code, name, title, organisation, role, "
            "folded) VALUES (?, ?, ?, ?, ?, '', '', ?, ?)",
            (
                (
                    j + 1,
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    competition_id,
                    f"J{j + 1:03d}",
                    f"Judge {j + 1}",
                    "chair" if j == 0 else "member",
                    f"j{j + 1:03d} judge {j + 1}",
                )
                for j in range(judges)
            ),
        )
        # Five distinct judges an entry, load balanced by walking round the judges.
        assignments: list[tuple[int, str, int, int, int]] = []
        for e in range(entries):
            start = (e * 5) % judges
            for k in range(5):
                aid = len(assignments) + 1
                judge_id = (start + k) % judges + 1
                assignments.append(
                    (aid, str(uuid.UUID(int=rng.getrandbits(128))), round_id, judge_id, e + 1)
                )
        cur.executemany(
            "INSERT INTO assignment (id, uuid, round_id, judge_id, entry_id, origin, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'auto', '" + NOW + "')",
            assignments,
        )
        cur.executemany(
            "INSERT INTO score_sheet (id, assignment_id, state, comment, recusal_reason, "
            "submitted_at, updated_at) VALUES (?, ?, 'submitted', '', '', ?, ?)",
            ((a[0], a[0], NOW, NOW) for a in assignments),
        )
        steps = list(range(0, 100_001, 5_000))  # 0 to 10 by 0.5, in ten-thousandths

        def marks() -> object:
            mid = 0
            for a in assignments:
                bias = rng.randrange(-2, 3)
                for cid in criteria:
                    mid += 1
                    index = min(max(rng.randrange(8, 19) + bias, 0), len(steps) - 1)
                    yield (
                        mid,
                        str(uuid.UUID(int=rng.getrandbits(128))),
                        a[0],
                        cid,
                        steps[index],
                        NOW,
                    )

        cur.executemany(
            "INSERT INTO mark (id, uuid, assignment_id, criterion_id, value, comment, version, "
            "origin, updated_at) VALUES (?, ?, ?, ?, ?, '', 1, 'file', ?)",
            marks(),  # type: ignore[arg-type]
        )
        cur.executemany(
            "INSERT INTO component_value (component_def_id, entry_id, value, updated_at) "
            "VALUES (?, ?, ?, ?)",
            ((component_id, e + 1, str(rng.randrange(0, 5000)), NOW) for e in range(entries)),
        )
        con.commit()
        count = cur.execute("SELECT count(*) FROM mark").fetchone()[0]
        cur.execute("ANALYZE")
        con.commit()
        return int(count)
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--judges", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    count = generate(args.out, entries=args.entries, judges=args.judges, seed=args.seed)
    print(f"{args.out}: {count} marks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
