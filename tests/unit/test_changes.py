"""Services say what they changed: every service method that stores something is declared
``@changes(Area...)``, and the declared calls made inside a ``recording()`` are noted.

Which methods store is found two independent ways: by reading each method's code (it, or a
method of its own class that it calls, commits a unit of work), and by running the demo on a
real SQLite file with every commit traced back to the public service method that made it."""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any

import pytest

from judging.app import Services, build_services, service_classes
from judging.changes import Area, changes, declared, recording
from judging.demo import build_demo
from judging.errors import InputError
from judging.model import Judge
from judging.ports import UnitOfWork

#: The services working through units of work (``backups`` copies whole files, judging.backup;
#: a restore reopens the database, so every screen reloads).
SERVICE_CLASSES: tuple[type, ...] = service_classes()


def public_methods(cls: type) -> list[str]:
    return sorted(
        name
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    )


def stores(cls: type, name: str, seen: set[str] | None = None) -> bool:
    """True when the method's code commits a unit of work, itself or through a method of
    ``cls`` it calls on ``self``."""
    seen = seen if seen is not None else {name}
    code = textwrap.dedent(inspect.getsource(inspect.unwrap(getattr(cls, name))))
    for node in ast.walk(ast.parse(code)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        called = node.func.attr
        if called == "commit":
            return True
        on_self = isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
        if on_self and called not in seen and inspect.isfunction(getattr(cls, called, None)):
            seen.add(called)
            if stores(cls, called, seen):
                return True
    return False


def storing_methods() -> dict[str, bool]:
    """'Class.method' of every public service method → whether it stores something."""
    return {
        f"{cls.__name__}.{name}": stores(cls, name)
        for cls in SERVICE_CLASSES
        for name in public_methods(cls)
    }


def test_the_services_are_the_seven_the_app_is_given() -> None:
    assert [cls.__name__ for cls in SERVICE_CLASSES] == [
        "CoreService",
        "DefinitionService",
        "SetupService",
        "ScoringService",
        "RankingService",
        "CertificateService",
        "KitService",
    ]


def test_the_code_reading_finds_the_methods_that_store() -> None:
    found = storing_methods()
    # a sample checked by hand, both ways: the reading is not blind
    assert found["SetupService.add_judge"] is True
    assert found["DefinitionService.init_from_template"] is True  # through self.create
    assert found["RankingService.close_round"] is True
    assert found["ScoringService.import_marks"] is True
    assert found["SetupService.panel"] is False
    assert found["CoreService.judge_rows"] is False
    assert found["ScoringService.login"] is True  # a wrong PIN is counted (issue 12)
    assert found["ScoringService.has_organiser_password"] is False
    assert sum(found.values()) >= 35


def test_every_method_that_stores_declares_what_it_changes() -> None:
    undeclared = [
        name
        for name, writes in storing_methods().items()
        if writes and not hasattr(_method(name), "__changes__")
    ]
    assert undeclared == []


def test_only_the_methods_that_store_declare_changes() -> None:
    pretending = [
        name
        for name, writes in storing_methods().items()
        if not writes and hasattr(_method(name), "__changes__")
    ]
    assert pretending == []


def _method(qualified: str) -> Callable[..., Any]:
    class_name, name = qualified.split(".")
    cls = next(c for c in SERVICE_CLASSES if c.__name__ == class_name)
    method: Callable[..., Any] = getattr(cls, name)
    return method


# -- the same, by running the demo on a real database ---------------------------------------------
class TracedUnitOfWork:
    """A real unit of work whose commits note the public service method that made them."""

    def __init__(self, inner: UnitOfWork, commits: list[str]) -> None:
        self._inner = inner
        self._commits = commits

    def __enter__(self) -> TracedUnitOfWork:
        self._inner.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._inner.__exit__(exc_type, exc, tb)

    def commit(self) -> None:
        self._commits.append(_outermost_service_method(sys._getframe(1)))
        self._inner.commit()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _outermost_service_method(frame: FrameType | None) -> str:
    found = "(no service method)"
    while frame is not None:
        owner = frame.f_locals.get("self")
        name = frame.f_code.co_name
        if isinstance(owner, SERVICE_CLASSES) and not name.startswith("_"):
            found = f"{type(owner).__name__}.{name}"
        frame = frame.f_back
    return found


def test_every_commit_of_the_demo_comes_from_a_declared_method(database: Any) -> None:
    commits: list[str] = []
    services = build_services(
        lambda read_only=False: TracedUnitOfWork(
            database.uow_factory(read_only=read_only), commits
        ),
        location=database.location,
    )
    with recording() as recorded:
        build_demo(services)

    assert len(set(commits)) >= 4  # the demo stores through several services
    assert "(no service method)" not in commits
    assert [name for name in set(commits) if not hasattr(_method(name), "__changes__")] == []
    # and what they declared was noted, as an Operation around the same calls would announce
    assert Area.COMPETITION | Area.JUDGES | Area.ASSIGNMENTS in recorded.areas
    assert _declared_union(set(commits)) & ~recorded.areas == Area.NONE


def _declared_union(names: set[str]) -> Area:
    union = Area.NONE
    for name in names:
        union |= declared(_method(name))
    return union


# -- the decorator and the recording themselves ---------------------------------------------------
def test_a_declared_call_is_noted_in_the_open_recording(services: Services) -> None:
    from tests.ui.test_setup import competition  # a real competition in the real file

    competition(services)
    with recording() as recorded:
        row = services.setup.add_judge(Judge(code="GK01", name="An"))
    assert row.code == "GK01"  # the answer is the method's own, not wrapped
    assert recorded.areas == Area.JUDGES
    assert declared(services.setup.add_judge) == Area.JUDGES
    assert declared(services.setup.edit_judge) == Area.JUDGES | Area.ASSIGNMENTS
    assert declared(services.setup.panel) == Area.NONE
    assert services.setup.add_judge.__name__ == "add_judge"


def test_a_refused_call_notes_nothing(services: Services) -> None:
    from tests.ui.test_setup import competition

    competition(services)
    with recording() as recorded, pytest.raises(InputError) as refused:
        services.setup.add_judge(Judge(code="GK 01", name=""))
    assert "not saved" in str(refused.value)
    assert recorded.areas == Area.NONE
    assert services.core.judge_rows() == []


def test_recordings_nest_and_nothing_is_noted_outside_one() -> None:
    class Store:
        @changes(Area.MARKS)
        def mark(self) -> int:
            return 7

        @changes(Area.RESULTS)
        def close(self) -> str:
            return "closed"

    store = Store()
    assert store.mark() == 7  # no recording open: nothing to note, nothing fails
    with recording() as outer:
        store.mark()
        with recording() as inner:
            assert store.close() == "closed"
        store.mark()
    assert inner.areas == Area.RESULTS
    assert outer.areas == Area.MARKS


def test_changes_takes_areas_not_words() -> None:
    with pytest.raises(TypeError):
        changes("judges")  # type: ignore[arg-type]
