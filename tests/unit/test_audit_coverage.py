"""Every change that affects a result or a judge's words leaves an audit event (issue 12,
defect 8). Which service methods store is found as tests/unit/test_changes.py finds it; each
of them must write an audit event, itself or through a method of its own class, except the
typed mark, whose trail is the marks' version history and the digest of the sheet's marks
in the submission's event (docs/audit.md)."""

from __future__ import annotations

import ast
import inspect
import textwrap

from tests.unit.test_changes import SERVICE_CLASSES, storing_methods

#: Storing methods that write no audit event of their own, and why.
NOT_AUDITED = {
    "ScoringService.set_mark": "typed marks: versioned in the marks tables, sealed at submission",
}


def audits(cls: type, name: str, seen: set[str] | None = None) -> bool:
    """True when the method's code writes an audit event (``….audit(...)``), itself or through
    a method of ``cls`` it calls on ``self``."""
    seen = seen if seen is not None else {name}
    code = textwrap.dedent(inspect.getsource(inspect.unwrap(getattr(cls, name))))
    for node in ast.walk(ast.parse(code)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        called = node.func.attr
        if called == "audit":
            return True
        on_self = isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
        if on_self and called not in seen and inspect.isfunction(getattr(cls, called, None)):
            seen.add(called)
            if audits(cls, called, seen):
                return True
    return False


def _class(qualified: str) -> tuple[type, str]:
    class_name, name = qualified.split(".")
    return next(c for c in SERVICE_CLASSES if c.__name__ == class_name), name


def test_every_storing_service_method_writes_an_audit_event() -> None:
    storing = [name for name, writes in storing_methods().items() if writes]
    assert len(storing) >= 45
    unaudited = [name for name in storing if not audits(*_class(name))]
    assert sorted(unaudited) == sorted(NOT_AUDITED)


def test_the_reading_is_not_blind() -> None:
    from judging.scoring.service import ScoringService

    assert audits(ScoringService, "set_sheet_comment")
    assert audits(ScoringService, "enter_paper_sheets")  # through self.enter_sheets
    assert not audits(ScoringService, "set_mark")
    assert not audits(ScoringService, "sheet")
