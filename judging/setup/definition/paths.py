"""Where an issue is, in words, for people using the editors."""

from __future__ import annotations

from typing import Any

from judging.model import (
    Competition,
)
from judging.setup.definition.issues import Path

# ---------------------------------------------------------------------------------------------

_KIND_NAMES = {
    "categories": ("category", "lĩnh vực"),
    "rounds": ("round", "vòng"),
    "criteria": ("criterion", "tiêu chí"),
    "bands": ("band", "mức"),
    "components": ("component", "thành phần"),
    "prizes": ("prize", "giải"),
    "tie_break": ("tie-break", "tiêu chí phụ"),
}
_SECTION_NAMES = {
    "competition": ("competition", "cuộc thi"),
    "ranking": ("ranking", "xếp hạng"),
    "advance": ("advance", "đi tiếp"),
    "rounds": ("rounds", "các vòng"),
    "categories": ("categories", "các lĩnh vực"),
    "prizes": ("prizes", "các giải"),
}


def describe_path(path: Path, competition: Competition, language: str = "en") -> str:
    """``("rounds", 0, "criteria", 1, "step")`` → "round SK › criterion tinh_moi › step"."""
    vi = language == "vi"
    parts: list[str] = []
    node: Any = competition
    i = 0
    while i < len(path):
        key = path[i]
        nxt = path[i + 1] if i + 1 < len(path) else None
        if isinstance(key, str) and isinstance(nxt, int):
            names = _KIND_NAMES.get(key, (key, key))
            label = names[1] if vi else names[0]
            seq = getattr(node, key, None) if node is not None else None
            item = seq[nxt] if isinstance(seq, tuple) and 0 <= nxt < len(seq) else None
            code = getattr(item, "code", None)
            if code:
                parts.append(f"{label} {code}")
            elif isinstance(item, str) and item:
                parts.append(f"{label} {item}")
            else:
                parts.append(f"{label} {nxt + 1}")
            node = item
            i += 2
            continue
        if isinstance(key, str):
            if key in _SECTION_NAMES:
                parts.append(_SECTION_NAMES[key][1 if vi else 0])
                node = competition if key == "competition" else getattr(node, key, None)
            else:
                parts.append(key)
                node = None
        i += 1
    return " › ".join(parts)
