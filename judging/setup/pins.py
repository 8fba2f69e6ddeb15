"""Judges' PINs and the organiser's password: how they are stored, which are accepted, and how
guessing them is slowed down and stopped.

Stored only as a salted, slow hash (scrypt), checked in constant time.

The policy (issue 12, defect 4), proportionate to the threat: a judge's PIN guards that judge's
marks on the organisers' shared computer, against someone at the keyboard trying PINs through
the program. Whoever can copy the database file can change marks without any PIN, so the
defence is against guessing at the keyboard, not against an offline attack on the hashes.

- A new PIN is 6 to 12 digits, and not one digit repeated (``111111``) nor a straight run up or
  down (``123456``, ``987654``): the first guesses anyone tries. PINs set before this rule keep
  working until the organiser sets a new one.
- Every wrong PIN is counted per judge in the database (so a restart forgives nothing). The
  first ``FREE_FAILURES`` wrong tries cost nothing; after that each attempt is refused until
  ``2 ** (failures - FREE_FAILURES)`` seconds (at most ``MAX_DELAY``) have passed since the
  last wrong one; after ``LOCK_AFTER`` wrong PINs the judge is locked until the organiser
  unlocks (or sets a new PIN). A right PIN forgets the count. Ten tries at a six-digit PIN find
  it with a chance of 1 in 100,000.
- The organiser's password is at least ``PASSWORD_MIN_LENGTH`` characters. Wrong passwords slow
  down the same way, but never lock: the organiser is the one who unlocks. Changing or
  removing it needs the current password, or an explicit reset, which is audited.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from judging.errors import Conflict, InputError
from judging.problems import ProblemCode as P

if TYPE_CHECKING:
    from judging.ports import UnitOfWork

_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
PASSWORD_MIN_LENGTH = 10
FREE_FAILURES = 3
LOCK_AFTER = 10
MAX_DELAY = timedelta(minutes=15)

ORGANISER_ACCOUNT = "organiser"


def judge_account(judge_code: str) -> str:
    """The key under which a judge's wrong PINs are counted."""
    return f"judge:{judge_code}"


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64); a new random salt each time."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"{_PREFIX}${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
        if prefix != _PREFIX:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# -- which new secrets are accepted ---------------------------------------------------------------
def _straight_run(digits: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({0}, {1}, {9})


def check_new_pin(pin: str) -> str:
    """The PIN, stripped, when it may be set; ``InputError`` otherwise."""
    pin = pin.strip()
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise InputError(P.PIN_FORMAT)
    if _straight_run(pin):
        raise InputError(P.PIN_TOO_EASY)
    return pin


def check_new_password(password: str) -> None:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise InputError(P.PASSWORD_TOO_SHORT, least=PASSWORD_MIN_LENGTH)


# -- slowing down guesses ---------------------------------------------------------------------
@dataclass(frozen=True)
class Attempts:
    """Wrong tries at one account since its last right one."""

    failures: int = 0
    last_failure: datetime | None = None
    locked: bool = False


class AttemptsRepository(Protocol):
    """Where the wrong tries are kept (``uow.access``): in the database, so they outlive the
    program."""

    def attempts(self, account: str) -> Attempts: ...

    def store_attempts(self, account: str, attempts: Attempts) -> None: ...

    def locked_accounts(self) -> list[str]: ...


def delay_after(failures: int) -> timedelta:
    """How long after the last wrong try the next one is refused."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    exponent = failures - FREE_FAILURES
    if exponent >= math.log2(MAX_DELAY.total_seconds()):
        return MAX_DELAY
    return min(timedelta(seconds=2**exponent), MAX_DELAY)


def remaining_wait(attempts: Attempts, now: datetime) -> timedelta:
    if attempts.last_failure is None:
        return timedelta(0)
    left = attempts.last_failure + delay_after(attempts.failures) - now
    return max(left, timedelta(0))


def after_failure(attempts: Attempts, now: datetime, *, can_lock: bool) -> Attempts:
    failures = attempts.failures + 1
    return Attempts(failures, now, locked=can_lock and failures >= LOCK_AFTER)


def refuse_if_throttled(attempts: Attempts, now: datetime, *, judge_code: str | None) -> None:
    """Refuse an attempt made while the account is locked or before its wait is over: the
    secret is then not even checked, so a guess made too early tells nothing."""
    if attempts.locked and judge_code is not None:
        raise Conflict(P.LOGIN_LOCKED, code=judge_code, failures=attempts.failures)
    wait = remaining_wait(attempts, now)
    if wait > timedelta(0):
        raise Conflict(P.LOGIN_WAIT, seconds=math.ceil(wait.total_seconds()))


def refuse_wrong(attempts: Attempts, *, judge_code: str | None, wrong: P) -> InputError:
    """The refusal for a wrong secret, saying what the next one costs."""
    if attempts.locked and judge_code is not None:
        return Conflict(P.LOGIN_LOCKED, code=judge_code, failures=attempts.failures)
    wait = delay_after(attempts.failures)
    if wait > timedelta(0):
        return InputError(P.SECRET_WRONG_WAIT, wrong=wrong, seconds=math.ceil(wait.total_seconds()))
    return InputError(wrong)


def check_secret(
    uow: UnitOfWork,
    account: str,
    right: Callable[[], bool],
    *,
    judge_code: str | None,
) -> Attempts | None:
    """One try at an account's secret, in the caller's unit of work: refused while throttled
    (nothing checked), else ``right()`` is asked. A right secret forgets the wrong tries (the
    caller commits); a wrong one is stored and committed here (the caller then refuses), and
    the try that locks a judge is audited. Returns None when right, else the tries so far."""
    attempts = uow.access.attempts(account)
    now = uow.core.now()
    refuse_if_throttled(attempts, now, judge_code=judge_code)
    if right():
        if attempts != Attempts():
            uow.access.store_attempts(account, Attempts())
        return None
    failed = after_failure(attempts, now, can_lock=judge_code is not None)
    uow.access.store_attempts(account, failed)
    if failed.locked and judge_code is not None:
        uow.core.audit(
            actor="program",
            action="judge.locked",
            subject=judge_code,
            detail=f"{failed.failures} wrong PINs",
        )
    uow.commit()
    return failed
