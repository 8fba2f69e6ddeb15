#!/usr/bin/env bash
# Builds the program as one self-contained folder, dist/judging-desk/ (PyInstaller, from
# packaging/judging-desk.spec), for the system it runs on. With --smoke, then copies the
# folder outside the virtual environment and tries it as a judge would
# (tests/packaging/test_built_program.py: --version, info, demo, --screenshot, and a judge kit
# exported by the source tree scored with the built program and taken back in).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== PyInstaller: dist/judging-desk"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/judging-desk.spec"
echo "built: $ROOT/dist/judging-desk ($(du -sh "$ROOT/dist/judging-desk" | cut -f1))"
if [ "${1:-}" = "--smoke" ]; then
    echo "== the built program, outside the virtual environment"
    JUDGING_BUILT="$ROOT/dist/judging-desk" "$VENV/bin/pytest" -p no:randomly -p no:cacheprovider \
        -q tests/packaging
fi
