"""Build the Qt translations (.qm) from the sources in ui/i18n/*.ts, when they changed.

Run by the set-up of both Quick start commands; quiet unless something goes wrong.
"""

from __future__ import annotations

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
        result = subprocess.run(
            [*lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if result.returncode != 0:
            print(f"building {qm.name} failed:\n{result.stdout}{result.stderr}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
