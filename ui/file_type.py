"""Judge kit files open from the file manager (Linux, freedesktop.org desktops).

``register`` writes, in the user's data folder (``$XDG_DATA_HOME``, else ``~/.local/share``):

- ``mime/packages/judging-desk.xml``: the type ``application/x-judging-kit`` for ``*.judgekit``
  files (export-kit's suffix; a zip whose first member is ``manifest.json``);
- ``applications/judging-desk.desktop``: a desktop entry that opens such a file with
  ``<launcher> --kit <file>`` (``NoDisplay``: it is the kit files' handler, not a menu item);

and makes that entry the default for the type in ``$XDG_CONFIG_HOME/mimeapps.list`` (else
``~/.config/mimeapps.list``; other lines of that file are kept as they are); then runs
``update-mime-database`` and ``update-desktop-database`` on those folders when they are
installed (a desktop without them reads the files at its next start). ``unregister`` removes
all three. Windows and macOS register the type from their installers (issue 14).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from judging.errors import EnvironmentFault
from judging.problems import ProblemCode as P
from judging.textfiles import write_output

MIME_TYPE = "application/x-judging-kit"
KIT_GLOB = "*.judgekit"
MIME_PACKAGE = "judging-desk.xml"
DESKTOP_ENTRY = "judging-desk.desktop"
ROOT = Path(__file__).resolve().parent.parent

#: Runs one external program (argv); replaced in tests that check what is run.
Run = Callable[[Sequence[str]], object]


@dataclass(frozen=True)
class FileTypeFiles:
    """What registering (or removing) the kit file type wrote or removed, and which of the
    desktop's update tools ran."""

    mime_package: Path
    desktop_entry: Path
    associations: Path  # mimeapps.list
    launcher: tuple[str, ...]
    updated: tuple[str, ...]  # the update tools that ran
    missing: tuple[str, ...]  # the update tools not installed here


def config_home() -> Path:
    """``$XDG_CONFIG_HOME`` when it is an absolute path, else ``~/.config`` (the spec)."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".config"


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path, else ``~/.local/share`` (the spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def default_launcher() -> tuple[str, ...]:
    """How this copy of the program is started: the built program itself (PyInstaller), the
    ``judging-desk`` script of a source tree, else this Python with ``main.py``."""
    if getattr(sys, "frozen", False):
        return (sys.executable,)
    script = ROOT / "judging-desk"
    if script.is_file():
        return (str(script),)
    return (sys.executable, str(ROOT / "main.py"))


def mime_package() -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Judge kit</comment>
    <comment xml:lang="vi">Bộ hồ sơ giám khảo</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="x-office-document"/>
    <glob pattern="{KIT_GLOB}" weight="80"/>
    <magic priority="60">
      <match type="string" offset="0" value="PK\\003\\004">
        <match type="string" offset="30" value="manifest.json"/>
      </match>
    </magic>
  </mime-type>
</mime-info>
""".encode()


def exec_argument(argument: str) -> str:
    """One argument of a desktop entry's ``Exec`` key: quoted when it has a reserved
    character, with ``"``, `````, ``$`` and ``\\`` escaped inside the quotes, then the string
    escape of the value (a backslash doubled) on top, as the Desktop Entry spec says."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`=%")
    if argument and not reserved & set(argument):
        return argument
    quoted = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
    return f'"{quoted}"'.replace("\\", "\\\\")


def desktop_entry(launcher: Sequence[str]) -> bytes:
    command = " ".join(exec_argument(a.replace("%", "%%")) for a in launcher)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.5\n"
        "Name=Judging desk\n"
        "Name[vi]=Bàn chấm giải\n"
        "Comment=Score the entries of a judge kit\n"
        "Comment[vi]=Chấm điểm các hồ sơ trong bộ hồ sơ giám khảo\n"
        f"Exec={command} --kit %f\n"
        f"MimeType={MIME_TYPE};\n"
        "Icon=x-office-document\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "Categories=Office;\n"
    ).encode()


ASSOCIATION_SECTIONS = ("[Default Applications]", "[Added Associations]")


def associations(text: str, *, keep: bool) -> str:
    """``mimeapps.list`` with the kit type's lines set to this program's entry (``keep``) or
    removed; every other line as it was."""
    lines = [line for line in text.splitlines() if not line.startswith(f"{MIME_TYPE}=")]
    if not keep:
        return "".join(f"{line}\n" for line in lines)
    for section, value in zip(
        ASSOCIATION_SECTIONS, (DESKTOP_ENTRY, f"{DESKTOP_ENTRY};"), strict=True
    ):
        ours = f"{MIME_TYPE}={value}"
        if section in (line.strip() for line in lines):
            at = next(i for i, line in enumerate(lines) if line.strip() == section)
            lines.insert(at + 1, ours)
        else:
            if lines and lines[-1].strip():
                lines.append("")
            lines += [section, ours]
    return "".join(f"{line}\n" for line in lines)


def _associate(config: Path, *, keep: bool) -> Path:
    path = config / "mimeapps.list"
    if not keep and not path.exists():
        return path
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    config.mkdir(parents=True, exist_ok=True)
    write_output(path, associations(text, keep=keep).encode())
    return path


def _paths(home: Path) -> tuple[Path, Path]:
    return home / "mime" / "packages" / MIME_PACKAGE, home / "applications" / DESKTOP_ENTRY


def _update(home: Path, run: Run) -> tuple[tuple[str, ...], tuple[str, ...]]:
    updated: list[str] = []
    missing: list[str] = []
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
    ):
        found = shutil.which(tool)
        if found is None:
            missing.append(tool)
            continue
        run([found, str(folder)])
        updated.append(tool)
    return tuple(updated), tuple(missing)


def _run_quietly(argv: Sequence[str]) -> object:
    # A failing update tool leaves the files in place: the desktop reads them at its next
    # start. Its output is not the person's business.
    return subprocess.run(list(argv), capture_output=True, check=False, timeout=60)


def _require_freedesktop() -> None:
    if sys.platform.startswith(("win", "darwin")):
        raise EnvironmentFault(P.FILE_TYPE_NOT_HERE)


def register(
    launcher: Sequence[str] | None = None,
    *,
    home: Path | None = None,
    config: Path | None = None,
    run: Run = _run_quietly,
) -> FileTypeFiles:
    """Register the kit file type and its handler for this user (see the module's text)."""
    _require_freedesktop()
    home = home or data_home()
    command = tuple(launcher or default_launcher())
    package, entry = _paths(home)
    for folder in (package.parent, entry.parent):
        folder.mkdir(parents=True, exist_ok=True)
    write_output(package, mime_package())
    write_output(entry, desktop_entry(command))
    listed = _associate(config or config_home(), keep=True)
    updated, missing = _update(home, run)
    return FileTypeFiles(package, entry, listed, command, updated, missing)


def unregister(
    *, home: Path | None = None, config: Path | None = None, run: Run = _run_quietly
) -> FileTypeFiles:
    """Remove what ``register`` wrote (nothing to remove is no fault)."""
    _require_freedesktop()
    home = home or data_home()
    package, entry = _paths(home)
    package.unlink(missing_ok=True)
    entry.unlink(missing_ok=True)
    listed = _associate(config or config_home(), keep=False)
    updated, missing = _update(home, run)
    return FileTypeFiles(package, entry, listed, (), updated, missing)
