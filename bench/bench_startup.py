"""Benchmark: a command-line command on an existing, up-to-date database, against a bare
``python -c "import sqlalchemy"`` in the same run (DESIGN.md §7, issue 13 item 4).

    .venv/bin/python bench/bench_startup.py [--repeat N] [--cold] [--sizes 1,4,16] [--base N]
                                            [--before DIR]

Each run is a fresh interpreter, as a person starts it: ``main.py --db FILE --lang en info``,
``rank`` and ``entries`` (their output thrown away), taking turns with the bare import, so that
a change in the machine's load touches all alike. Printed for each: the median, fastest and
slowest wall time, the ratio of its median to the bare import's median, and the peak memory
(resident set) of the process; the same for its CPU time (user and system), which a loaded
machine disturbs less than the wall time.

Bytecode: by default every interpreter reads compiled modules from one cache kept in
``bench/data/pycache`` (``PYTHONPYCACHEPREFIX``), filled by a first untimed run: what a person
gets from the second start on. ``--cold`` writes no bytecode (``PYTHONDONTWRITEBYTECODE``) and
reads only what lies beside the sources already (the standard library's; the virtual
environment's as installed, which uv leaves uncompiled): every other module is compiled from
source on each run, as in an environment that forbids bytecode files (this machine's sessions
set that variable). The bare import is measured the same way.

The databases: the demo (``main.py demo``: the community-initiative award, round SK partly
scored), made once in ``bench/data/``; with ``--sizes``, also generated rounds of ``base × size``
entries (``bench/gen_ranking_data.py``, 10 criteria, 5 judges an entry; ``--base`` 625 entries,
so 16× is the 10,000 entries of the ranking benchmark) for the growth table.
``--before DIR``: the same commands also run from another copy of the sources (e.g. the code
before a change: ``git archive <commit> | tar -x -C DIR``) with this virtual environment,
taking turns with the rest, for a before/after table from one run.

Budget: each command on the demo within 1.5× of the bare import, CPU time (exit status 1 when
over).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
BUDGET = 1.5
BARE = "import sqlalchemy"


@dataclass(frozen=True)
class Job:
    label: str
    argv: tuple[str, ...]


@dataclass
class Timings:
    label: str
    seconds: list[float]
    cpu: list[float]
    peak_kib: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def environment(cold: bool, cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    if cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env["PYTHONPYCACHEPREFIX"] = str(cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def run_once(argv: tuple[str, ...], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user and system) and peak resident KiB of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read() if process.stderr else b""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)}: exit {process.returncode}\n{stderr.decode()}")
    return elapsed, usage.ru_utime + usage.ru_stime, int(usage.ru_maxrss)


def command(database: Path, *words: str, root: Path = ROOT) -> tuple[str, ...]:
    return (sys.executable, str(root / "main.py"), "--db", str(database), "--lang", "en", *words)


def demo_database() -> Path:
    path = DATA / "startup-demo.sqlite"
    if not path.exists():
        made = subprocess.run(command(path, "demo"), cwd=ROOT, capture_output=True, check=False)
        if made.returncode != 0:
            raise SystemExit(f"demo: {made.stderr.decode()}")
    return path


def generated_database(entries: int) -> Path:
    """A generated round of ``entries`` entries, made once (in a process of its own, so that
    this one stays small: a child's peak memory counts this process's pages until it execs)."""
    path = DATA / f"startup-{entries}.sqlite"
    if not path.exists():
        partial = path.with_name(f"{path.name}.partial")
        partial.unlink(missing_ok=True)
        judges = max(10, entries * 3 // 100)
        generator = (sys.executable, str(ROOT / "bench" / "gen_ranking_data.py"))
        subprocess.run(
            [*generator, str(partial), "--entries", str(entries), "--judges", str(judges)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        with contextlib.closing(sqlite3.connect(partial)) as connection:  # all in the file
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode = DELETE")
        partial.replace(path)  # a generation cut short is never taken for a whole one
    return path


def measure(jobs: list[Job], env: dict[str, str], repeat: int) -> list[Timings]:
    """Each job ``repeat`` times, taking turns; one untimed run of each first (it fills the
    bytecode cache, and upgrades a database made by an older version)."""
    for job in jobs:
        run_once(job.argv, env)
    results = [Timings(job.label, [], []) for job in jobs]
    for _ in range(repeat):
        for job, result in zip(jobs, results, strict=True):
            seconds, cpu, peak = run_once(job.argv, env)
            result.seconds.append(seconds)
            result.cpu.append(cpu)
            result.peak_kib = max(result.peak_kib, peak)
    return results


def print_table(title: str, results: list[Timings], bare: Timings) -> None:
    print(f"\n{title}")
    print("| | median | fastest | slowest | ratio | CPU median | CPU ratio | peak memory |")
    print("|---|---|---|---|---|---|---|---|")
    for result in results:
        print(
            f"| {result.label} | {result.median:.3f} s | {min(result.seconds):.3f} s | "
            f"{max(result.seconds):.3f} s | {result.median / bare.median:.2f}× | "
            f"{result.cpu_median:.3f} s | {result.cpu_median / bare.cpu_median:.2f}× | "
            f"{result.peak_kib / 1024:.0f} MB |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--cold", action="store_true", help="no bytecode cache (see above)")
    parser.add_argument("--sizes", default="", help="growth: e.g. 1,4,16 (× --base entries)")
    parser.add_argument("--base", type=int, default=625, help="entries at size 1 (625)")
    parser.add_argument(
        "--before", type=Path, default=None, help="another copy of the sources, run beside"
    )
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    env = environment(args.cold, DATA / "pycache")
    load = os.getloadavg()[0]
    print(
        f"{'cold (no bytecode written)' if args.cold else 'warm bytecode cache'}, "
        f"--repeat {args.repeat}, load average {load:.1f} at the start, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    bare = Job(f'bare `python -c "{BARE}"`', (sys.executable, "-c", BARE))
    demo = demo_database()
    jobs = [
        bare,
        Job("`info` (demo)", command(demo, "info")),
        Job("`rank --round SK` (demo)", command(demo, "rank", "--round", "SK")),
        Job("`entries` (demo)", command(demo, "entries")),
        Job(
            "`./judging-desk … info` (demo; the launcher syncs the environment first)",
            (str(ROOT / "judging-desk"), *command(demo, "info")[2:]),
        ),
    ]
    if args.before is not None:
        before = args.before.resolve()
        jobs += [
            Job("before: `info` (demo)", command(demo, "info", root=before)),
            Job(
                "before: `rank --round SK` (demo)",
                command(demo, "rank", "--round", "SK", root=before),
            ),
            Job("before: `entries` (demo)", command(demo, "entries", root=before)),
        ]
    results = measure(jobs, env, args.repeat)
    print_table("On the demo database", results, results[0])
    over = [r.label for r in results[1:4] if r.cpu_median / results[0].cpu_median > BUDGET]
    sizes = [int(each) for each in args.sizes.split(",") if each.strip()]
    if sizes:
        growth = [bare]
        for size in sizes:
            entries = args.base * size
            path = generated_database(entries)
            growth += [
                Job(f"`info`, {size}× ({entries:,} entries)", command(path, "info")),
                Job(f"`rank`, {size}× ({entries * 50:,} marks)", command(path, "rank")),
                Job(f"`entries`, {size}× ({entries:,} entries)", command(path, "entries")),
            ]
        grown = measure(growth, env, max(3, args.repeat // 3))
        print_table("Growth (generated rounds)", grown, grown[0])
    if over:
        print(f"\nover {BUDGET}× the bare import: {', '.join(over)}")
        return 1
    print(f"\nwithin {BUDGET}× the bare import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
