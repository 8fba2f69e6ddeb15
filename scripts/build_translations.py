"""Build the Qt translations (.qm) from the sources in ui/i18n/*.ts, when they changed.

Run by the set-up of both Quick start commands; quiet unless something goes wrong.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "ui" / "i18n"


def lrelease() -> list[str]:
    binary = Path(sys.executable).with_name("pyside6-lrelease")
    return (
        [str(binary)]
        if binary.exists()
        else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]
    )


def main() -> int:
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        # Build beside and rename over: a running program (or test) that has the old .qm open
        # keeps reading the old file, never one rewritten under it.
        partial = qm.with_name(f".{qm.name}.{os.getpid()}.partial")
        result = subprocess.run(
            [*lrelease(), "-silent", str(ts), "-qm", str(partial)], capture_output=True, text=True
        )
        if result.returncode != 0 or not partial.exists():
            partial.unlink(missing_ok=True)
            print(f"building {qm.name} failed:\n{result.stdout}{result.stderr}", file=sys.stderr)
            return 1
        os.replace(partial, qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
