# Sourced by ./judging-desk and ./run-tests: creates or refreshes the virtual environment
# from uv.lock (nothing to install by hand first) and builds the translations.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export UV_PYTHON_DOWNLOADS=never   # use the machine's Python; downloading one fails offline
export UV_PROJECT_ENVIRONMENT="$ROOT/.venv"
TOOLS="$ROOT/.tools"
UV_VERSION="0.13.9"
PY="${PYTHON:-python3}"
if [ ! -x "$TOOLS/bin/uv" ] || ! "$TOOLS/bin/uv" --version 2>/dev/null | grep -q "$UV_VERSION"; then
    echo "Preparing the tool environment (once)…" >&2
    "$PY" -m venv "$TOOLS"
    "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi
"$TOOLS/bin/uv" sync --frozen --quiet --project "$ROOT" --python "$PY"
VENV="$ROOT/.venv"
# Translations: .ts files are the source, .qm are built here (not committed).
"$VENV/bin/python" "$ROOT/scripts/build_translations.py"
