"""LibreOffice as the organiser's office suite: the exports must open in it.

``office_convert`` turns a file into another format with ``soffice --headless``; a test that
needs it skips where LibreOffice is absent, except under ``CI=true`` (``.ci/run`` installs it):
there a missing LibreOffice is a failure, so a green CI run has opened the files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

#: LibreOffice's CSV filter as UTF-8, comma-separated, double-quoted.
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"
#: The same filter to read a CSV with (``--infilter``).
CSV_UTF8_IN = CSV_UTF8.split(":", 1)[1]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def soffice() -> str:
    """The LibreOffice command, or skip (fail under CI=true)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if _in_ci():
            pytest.fail("CI=true but LibreOffice (soffice) is missing: .ci/run must install it")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def office_convert(
    source: Path, target_format: str, out_dir: Path, *, in_filter: str | None = None
) -> Path:
    """Convert ``source`` with LibreOffice (``target_format`` as ``--convert-to`` takes it:
    ``CSV_UTF8``, ``"txt:Text"``, ``"pdf"``); returns the file it made. A private profile
    folder keeps parallel test workers apart. ``in_filter`` reads ``source`` with that filter
    (``CSV_UTF8_IN`` for a CSV: without it LibreOffice reads a CSV in the system's charset).

    LibreOffice runs in the C.UTF-8 locale, whatever the machine's: it writes the numbers of a
    CSV it makes in its locale's form ("26,33" under vi_VN), and the tests compare numbers."""
    command = soffice()
    profile = out_dir / "lo-profile"
    out_dir.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [
            command,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            *([f"--infilter={in_filter}"] if in_filter else []),
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""},
    )
    suffix = target_format.split(":", 1)[0]
    made = out_dir / f"{source.stem}.{suffix}"
    assert completed.returncode == 0 and made.exists(), (
        f"LibreOffice did not convert {source.name}: {completed.stdout} {completed.stderr}"
    )
    return made
