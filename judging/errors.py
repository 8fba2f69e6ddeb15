"""Errors sorted by whose fault they are.

- ``InputError``: the person's input or file is wrong (exit status 2): bad value, refused file.
- ``EnvironmentFault``: the machine stands in the way (exit status 3): locked, read-only,
  disk full, a database written by a newer version.
- ``CheckFailed``: a check ran and found a fault (exit status 1).
- Anything else that escapes is a bug (exit status 4): it reaches the crash dialog or the log.

Each error carries a problem code and its parameters; judging.problems words it in English or
Vietnamese. ``problems`` lists every fault found (every
faulty row of a file, not only the first); ``where`` names the file, row or key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from judging.problems import Message, ProblemCode, where_text


@dataclass(frozen=True)
class Problem:
    """One fault in a piece of input: where it is (file, row, key) and what is wrong.

    Made with ``Problem.of(where, code, **params)``: the wording comes from the catalogue
    (judging.problems). ``message`` (English) and ``vi`` are that wording, kept for readers
    that have not moved to ``text(language)``; ``Problem(where, message, vi=...)`` is the old
    form, for raisers not migrated yet.
    """

    where: str
    message: str
    vi: str = ""  # the message in Vietnamese, where the finder gives one
    code: ProblemCode | None = None
    params: Mapping[str, object] = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def of(cls, where: str, code: ProblemCode, /, **params: object) -> Problem:
        said = Message(code, params)
        return cls(where, said.text("en"), said.text("vi"), code, params)

    @classmethod
    def saying(cls, where: str, said: Message) -> Problem:
        return cls.of(where, said.code, **said.params)

    @classmethod
    def from_error(cls, where: str, error: JudgingError) -> Problem:
        """An error raised for one row, kept as that row's problem (its code travels along)."""
        if error.code is None:
            return cls(where, error.message, error.vi or "")
        return cls(where, error.message, error.vi or "", error.code, error.params)

    def __str__(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        message = self.vi if language == "vi" and self.vi else self.message
        if not self.where:
            return message
        return f"{where_text(self.where, language)}: {message}"


class JudgingError(Exception):
    """Base of the errors a person is meant to read.

    ``InputError(ProblemCode.FILE_MISSING, name="a.csv")``: a code from the catalogue and its
    parameters (``code``, ``params``); ``text(language)`` words it. The old form
    ``InputError("english", vi="tiếng Việt")`` still works for raisers not migrated yet.
    """

    exit_status = 4

    def __init__(
        self,
        message: str | ProblemCode | Message,
        /,
        problems: Sequence[Problem] = (),
        *,
        vi: str | None = None,
        **params: object,
    ) -> None:
        self.said: Message | None = None
        if isinstance(message, ProblemCode):
            self.said = Message(message, params)
        elif params:
            raise TypeError(f"parameters {sorted(params)} need a problem code")
        elif isinstance(message, Message):
            self.said = message
        if self.said is not None:
            text, vi = self.said.text("en"), self.said.text("vi")
        else:
            text = str(message)
        super().__init__(text)
        self.message = text
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.vi = vi  # the message in Vietnamese, where the raiser gives one

    @property
    def code(self) -> ProblemCode | None:
        return self.said.code if self.said is not None else None

    @property
    def params(self) -> Mapping[str, object]:
        return self.said.params if self.said is not None else {}

    def __str__(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        """The message in ``language`` (``vi`` where a Vietnamese one was given, else English),
        then every problem on its own line."""
        head = self.vi if language == "vi" and self.vi else self.message
        if not self.problems:
            return head
        return "\n".join([head, *(f"  {p.text(language)}" for p in self.problems)])


class InputError(JudgingError):
    """Bad input, a usage error or a refused file: nothing was changed."""

    exit_status = 2


class NoCompetition(InputError):
    """The database holds no competition yet, and the command needs one."""

    def __init__(self) -> None:
        super().__init__(ProblemCode.DB_NO_COMPETITION)


class NotFound(InputError):
    """A code that names nothing (entry, judge, round, criterion…)."""


class Conflict(InputError):
    """The request contradicts the stored state (a duplicate, an existing competition…)."""


class EnvironmentFault(JudgingError):
    """The environment refused the work: locked, read-only, disk full, too new, unreadable."""

    exit_status = 3


class DatabaseLocked(EnvironmentFault):
    pass


class DatabaseReadOnly(EnvironmentFault):
    pass


class DiskFull(EnvironmentFault):
    pass


class DatabaseTooNew(EnvironmentFault):
    pass


class NotADatabase(InputError):
    """The file exists but is not a judging database (exit status 2: a refused file)."""


class CheckFailed(JudgingError):
    """A check (verify, integrity) ran and found a fault."""

    exit_status = 1
