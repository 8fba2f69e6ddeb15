#!/usr/bin/env bash
# Every benchmark of bench/, each at its sizes (1×, 4× and 16× of its base where it grows), one
# after another, into bench/results-<UTC time>.txt: the runs behind docs/performance.md.
# Takes about 10 minutes on a quiet 2-core machine (up to 40 under load); run it when nothing else is running (the
# load average is printed before each benchmark, and the ratios are taken within each run).
#   ./bench/run_all.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/bootstrap.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
# Modules compiled once and kept, as a person's program has them from its second start (the
# built program ships them compiled): a machine that sets PYTHONDONTWRITEBYTECODE (this one
# does) would otherwise make every fresh interpreter of the score-file and marks benchmarks
# compile the program's modules again (about 0.2 s each; bench_startup.py keeps its own cache).
unset PYTHONDONTWRITEBYTECODE
PY="$VENV/bin/python"
out="bench/results-$(date -u +%Y%m%d-%H%M%S).txt"
run() {
    { echo; echo "== $* (load $(cut -d' ' -f1-3 /proc/loadavg))"; } | tee -a "$out"
    "$PY" "$@" 2>&1 | grep -v "propagateSizeHints" | tee -a "$out" || true
}
{ uname -srm; nproc; grep -m1 "model name" /proc/cpuinfo; free -g | sed -n 2p; } | tee "$out"
for n in 625 2500 10000; do run bench/bench_rank.py --entries "$n" --repeat 7; done
mkdir -p bench/data && rm -f bench/data/rank.sqlite
"$PY" bench/gen_ranking_data.py bench/data/rank.sqlite >/dev/null   # the 16× round, once
run bench/bench_results.py --db bench/data/rank.sqlite --repeat 5
run bench/bench_export_xlsx.py --db bench/data/rank.sqlite --repeat 3
run bench/bench_mark.py
run bench/bench_mark.py --floor   # again, beside the same statements run with sqlite3 alone
run bench/bench_startup.py --sizes 1,4,16
run bench/bench_import.py
run bench/bench_marks_import.py --growth --repeat 3
run bench/bench_scorefile.py --growth --repeat 5
run bench/bench_certificates.py
run bench/bench_assign.py
echo "written: $out"
