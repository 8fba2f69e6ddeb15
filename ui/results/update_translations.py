"""Refresh ui/i18n/results_vi.ts from the results screen's sources, keeping every translation.

``pyside6-lupdate`` finds ``self.tr("…")`` in classes, but not the module-level ``tr("…")``
helpers of explain.py and consistency_view.py (their context is a constant, and many calls
sit inside f-strings). This script runs lupdate for the classes, adds those modules' strings
(found with ``ast``) under their contexts, and carries every existing translation over::

    .venv/bin/python ui/results/update_translations.py

New strings come out ``type="unfinished"``; translate them in the .ts file.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "results_vi.ts"
CLASS_SOURCES = [*sorted((ROOT / "ui" / "results").glob("*.py")), ROOT / "ui/sections/results.py"]
MODULE_CONTEXTS = {
    "explain.py": "Explanation",
    "consistency_view.py": "Consistency",
}

Message = tuple[str, int, str, bool]  # file, line, source text, numerus


def module_strings(path: Path) -> list[Message]:
    """Literal first arguments of ``tr(…)`` and ``QCoreApplication.translate(ctx, …, n)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str, bool]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id == "tr" and args:
            text, numerus = args[0], False
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2:
            text, numerus = args[1], len(args) >= 4
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append((node.lineno, text.value, numerus))
    seen: set[str] = set()
    out: list[Message] = []
    for line, source, numerus in sorted(found):
        if source not in seen:
            seen.add(source)
            out.append((f"../results/{path.name}", line, source, numerus))
    return out


def read_ts(path: Path) -> dict[str, list[tuple[Message, str | None]]]:
    """context → [(message, translation or None)] (unfinished and vanished ones: None)."""
    contexts: dict[str, list[tuple[Message, str | None]]] = {}
    if not path.exists():
        return contexts
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            loc = m.find("location")
            file = loc.get("filename", "") if loc is not None else ""
            line = int(loc.get("line", "0")) if loc is not None else 0
            numerus = m.get("numerus") == "yes"
            tr = m.find("translation")
            text = None
            if tr is not None and tr.get("type") is None:
                form = tr.find("numerusform")
                text = (form.text if form is not None else tr.text) or None
            contexts.setdefault(name, []).append(
                ((file, line, m.findtext("source") or "", numerus), text)
            )
    return contexts


def _relative(path: Path) -> str:
    return os.path.relpath(path.resolve(), TS.parent)


def lupdate_classes() -> dict[str, list[Message]]:
    binary = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "classes_vi.ts"
        subprocess.run(
            [str(binary), *map(str, CLASS_SOURCES), "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        found = read_ts(out)
        # lupdate names each file relative to where it wrote the .ts (a temporary folder):
        # name it relative to the .ts file kept in ui/i18n, wherever the checkout is.
        found = {
            name: [
                ((_relative(Path(tmp) / msg[0]), msg[1], msg[2], msg[3]), text)
                for msg, text in messages
            ]
            for name, messages in found.items()
        }
    # Bare tr() calls land in the empty context; "parent" is parent.tr() in dialogs.py,
    # which runs in the ResultsSection context and is listed there already.
    return {
        name: [msg for msg, _ in messages]
        for name, messages in found.items()
        if name not in ("", "parent")
    }


def main() -> int:
    old = read_ts(TS)
    known = {(ctx, msg[2]): text for ctx, items in old.items() for msg, text in items if text}
    by_text = {msg[2]: text for items in old.values() for msg, text in items if text}
    contexts = lupdate_classes()
    for file, name in MODULE_CONTEXTS.items():
        contexts[name] = module_strings(ROOT / "ui" / "results" / file)
    root = ET.Element("TS", version="2.1", language="vi_VN")
    missing = 0
    for name in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for file, line, text, numerus in contexts[name]:
            m = ET.SubElement(ctx, "message")
            if numerus:
                m.set("numerus", "yes")
            ET.SubElement(m, "location", filename=file, line=str(line))
            ET.SubElement(m, "source").text = text
            translation = known.get((name, text)) or by_text.get(text)
            tr = ET.SubElement(m, "translation")
            if translation is None:
                tr.set("type", "unfinished")
                missing += 1
            elif numerus:
                ET.SubElement(tr, "numerusform").text = translation
            else:
                tr.text = translation
    ET.indent(root)
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    print(f"{TS.relative_to(ROOT)}: {missing} string(s) to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
