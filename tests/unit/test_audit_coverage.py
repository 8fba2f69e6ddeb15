"""Every change that affects a result or a judge's words leaves an audit event (issue 12,
defect 8). Which service methods store is found as tests/unit/test_changes.py finds it; each
of them must write an audit event, itself or through a method of its own class, except the
typed mark, whose trail is the marks' version history and the digest of the sheet's marks
in the submission's event (docs/audit.md)."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable
from typing import Any

from tests.unit.test_changes import SERVICE_CLASSES, storing_methods

#: Storing methods that write no audit event of their own, and why.
NOT_AUDITED = {
    "ScoringService.set_mark": "typed marks: versioned in the marks tables, sealed at submission",
    # a wrong PIN or password counted (the login throttle): no result, no judge's words; the
    # organiser's unlocking is audited (SetupService.unlock_judge)
    "ScoringService.login": "counts a wrong PIN",
    "ScoringService.check_organiser_password": "counts a wrong password",
}


def audits(cls: type, name: str) -> bool:
    """True when the method's code writes an audit event (``….audit(...)``), itself, through
    a method of ``cls`` it calls on ``self``, or through a function of its own module."""
    method = inspect.unwrap(getattr(cls, name))
    return _writes_audit(method, cls, set())


def _writes_audit(function: Callable[..., Any], cls: type, seen: set[str]) -> bool:
    seen.add(function.__qualname__)
    code = textwrap.dedent(inspect.getsource(function))
    module_globals = function.__globals__
    for node in ast.walk(ast.parse(code)):
        if not isinstance(node, ast.Call):
            continue
        called: Any = None
        if isinstance(node.func, ast.Attribute):
            if node.func.attr == "audit":
                return True
            if isinstance(node.func.value, ast.Name) and node.func.value.id == "self":
                called = getattr(cls, node.func.attr, None)
        elif isinstance(node.func, ast.Name):
            found = module_globals.get(node.func.id)
            if inspect.isfunction(found) and found.__module__ == function.__module__:
                called = found
        if inspect.isfunction(called):
            called = inspect.unwrap(called)
            if called.__qualname__ not in seen and _writes_audit(called, cls, seen):
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
    assert audits(ScoringService, "submit")  # through _audit_submission, a module function
