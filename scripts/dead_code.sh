#!/usr/bin/env bash
# Code in judging/, db/ and ui/ that nothing calls (vulture; [tool.vulture] in pyproject.toml).
# Tests count as callers, but what vulture finds unused inside tests/ (fixtures asked for their
# side effect, pytest's names) is not reported. Names Qt, SQLAlchemy and Python call by name are
# in scripts/vulture_whitelist.py.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
found="$("$ROOT/.venv/bin/vulture")"
status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then  # 3: dead code found; else vulture failed
    exit "$status"
fi
dead="$(printf '%s\n' "$found" | grep -v -e '^tests/' -e '^$' || true)"
if [ -n "$dead" ]; then
    printf '%s\n' "$dead"
    echo "Delete the code, or, if Qt, SQLAlchemy or Python calls it by name, add it to" \
        "scripts/vulture_whitelist.py." >&2
    exit 1
fi
