"""The rules of judging.setup.pins: which new PINs and passwords are taken, and how long each
wrong try makes the next one wait."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from judging.errors import Conflict, InputError
from judging.problems import ProblemCode as P
from judging.setup.pins import (
    LOCK_AFTER,
    MAX_DELAY,
    Attempts,
    after_failure,
    check_new_password,
    check_new_pin,
    delay_after,
    refuse_if_throttled,
    refuse_wrong,
    remaining_wait,
)

T0 = datetime(2026, 12, 6, 9, 0, 0)


@pytest.mark.parametrize("pin", ["246810", " 582931 ", "193746285019", "120120"])
def test_six_to_twelve_digits_not_in_a_run_are_taken(pin: str) -> None:
    assert check_new_pin(pin) == pin.strip()


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12345", P.PIN_FORMAT),
        ("1234567890123", P.PIN_FORMAT),
        ("12345a", P.PIN_FORMAT),
        ("２４６８１０", P.PIN_FORMAT),  # full-width digits are digits to Python, not to us
        ("000000", P.PIN_TOO_EASY),
        ("123456", P.PIN_TOO_EASY),
        ("987654", P.PIN_TOO_EASY),
        ("789012", P.PIN_TOO_EASY),
    ],
)
def test_short_odd_or_easy_pins_are_refused(pin: str, code: P) -> None:
    with pytest.raises(InputError) as refused:
        check_new_pin(pin)
    assert refused.value.code is code


def test_the_password_needs_ten_characters() -> None:
    check_new_password("mười ký tự")
    with pytest.raises(InputError, match="at least 10 characters"):
        check_new_password("chín ký t")


def test_the_wait_doubles_after_the_third_and_is_capped() -> None:
    assert [delay_after(n).total_seconds() for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert delay_after(12) == timedelta(seconds=512)
    assert delay_after(13) == MAX_DELAY == delay_after(10**6)  # 1,024 s would pass 15 minutes


def test_a_judge_locks_at_the_tenth_the_organiser_never() -> None:
    attempts = Attempts()
    for _ in range(LOCK_AFTER - 1):
        attempts = after_failure(attempts, T0, can_lock=True)
    assert not attempts.locked
    assert after_failure(attempts, T0, can_lock=True).locked
    assert not after_failure(attempts, T0, can_lock=False).locked


def test_waits_are_told_in_whole_seconds_rounded_up() -> None:
    attempts = Attempts(failures=5, last_failure=T0)
    assert remaining_wait(attempts, T0 + timedelta(seconds=1.5)) == timedelta(seconds=2.5)
    with pytest.raises(Conflict) as refused:
        refuse_if_throttled(attempts, T0 + timedelta(seconds=1.5), judge_code="GK01")
    assert refused.value.text("vi") == "đã nhập sai quá nhiều lần: hãy thử lại sau 3 giây"
    refuse_if_throttled(attempts, T0 + timedelta(seconds=4), judge_code="GK01")  # over


def test_the_refusal_of_a_wrong_pin_says_what_the_next_costs() -> None:
    assert refuse_wrong(Attempts(1, T0), judge_code="GK01", wrong=P.PIN_WRONG).code is P.PIN_WRONG
    costly = refuse_wrong(Attempts(4, T0), judge_code="GK01", wrong=P.PIN_WRONG)
    assert costly.text("vi") == "sai mã PIN; lần thử tiếp theo có thể thực hiện sau 2 giây"
    assert costly.text("en") == "wrong PIN; the next attempt is possible in 2 seconds"
    locked = refuse_wrong(Attempts(10, T0, locked=True), judge_code="GK01", wrong=P.PIN_WRONG)
    assert locked.code is P.LOGIN_LOCKED
