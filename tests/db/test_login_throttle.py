"""Guessing PINs and the organiser's password (issue 12, defect 4): wrong tries are counted in
the database file, each one past the third makes the next wait longer, ten lock a judge until
the organiser unlocks; the clock is the unit of work's (``uow.core.now()``), moved by the test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from db.database import open_database
from judging.app import Services, build_services
from judging.errors import Conflict, InputError
from judging.model import Category, Competition, Criterion, Judge, Round
from judging.problems import ProblemCode as P

PIN = "582931"
PASSWORD = "mật khẩu ban tổ chức"


@dataclass
class Clock:
    now: datetime

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock(datetime(2026, 12, 6, 9, 0, 0))
    monkeypatch.setattr("db.repositories.core.utcnow", lambda: clock.now)
    return clock


@pytest.fixture
def ready(services: Services) -> Services:
    services.core.create_competition(
        Competition(
            code="SKCD",
            name="Giải thưởng Sáng kiến cộng đồng",
            categories=(Category("KTCN", "Kỹ thuật, công nghệ"),),
            rounds=(
                Round("SK", "Vòng sơ khảo", criteria=(Criterion("c", "Tính mới", Decimal(30)),)),
            ),
        )
    )
    services.setup.add_judge(Judge("GK01", "Trần Minh Khoa"))
    services.setup.add_judge(Judge("GK02", "Nguyễn Thị Thu Hà"))
    services.setup.set_pin("GK01", PIN)
    services.setup.set_pin("GK02", PIN)
    return services


def wrong(services: Services, judge: str = "GK01") -> InputError:
    with pytest.raises(InputError) as caught:
        services.scoring.login(judge, "000001")
    return caught.value


def audit_actions(services: Services, database_path: Path) -> list[tuple[str, str, str]]:
    opened = open_database(str(database_path))
    try:
        with opened.uow_factory(read_only=True) as uow:
            return [(a.action, a.subject, a.detail) for a in reversed(uow.core.audit_records())]
    finally:
        opened.close()


def test_three_wrong_pins_are_free_then_each_waits_twice_as_long(
    ready: Services, clock: Clock
) -> None:
    for _ in range(2):
        assert wrong(ready).code is P.PIN_WRONG
    third = wrong(ready)  # the third says what the next one costs
    assert third.code is P.SECRET_WRONG_WAIT and third.params["seconds"] == 1
    # too early: refused without looking at the PIN, even the right one
    with pytest.raises(Conflict) as early:
        ready.scoring.login("GK01", PIN)
    assert early.value.code is P.LOGIN_WAIT and early.value.params["seconds"] == 1
    clock.advance(1)
    assert wrong(ready).params["seconds"] == 2
    clock.advance(1.5)
    with pytest.raises(Conflict, match="try again in 1 seconds"):
        ready.scoring.login("GK01", PIN)
    clock.advance(0.5)
    assert wrong(ready).params["seconds"] == 4
    # another judge is not slowed down by GK01's guesses
    assert ready.scoring.login("GK02", PIN).code == "GK02"
    clock.advance(4)
    assert ready.scoring.login("GK01", PIN).code == "GK01"
    # a right PIN forgets the count: three free tries again
    for _ in range(2):
        assert wrong(ready).code is P.PIN_WRONG


def test_thirty_quick_guesses_get_three_tries_at_the_pin(ready: Services, clock: Clock) -> None:
    """The reproduction: 30 wrong PINs in a second and a half."""
    checked = 0
    for guess in range(30):
        clock.advance(0.05)
        try:
            ready.scoring.login("GK01", f"{guess:06d}")
        except Conflict as refused:
            assert refused.code is P.LOGIN_WAIT
        except InputError:
            checked += 1
    assert checked == 4  # three free, one after the first second's wait


def test_ten_wrong_pins_lock_the_judge_until_the_organiser_unlocks(
    ready: Services, clock: Clock, db_path: Path
) -> None:
    refusals = []
    for _ in range(10):
        refusals.append(wrong(ready).code)
        clock.advance(1000)  # past every wait
    assert refusals == [P.PIN_WRONG] * 2 + [P.SECRET_WRONG_WAIT] * 7 + [P.LOGIN_LOCKED]
    with pytest.raises(Conflict) as locked:
        ready.scoring.login("GK01", PIN)
    assert locked.value.code is P.LOGIN_LOCKED
    assert locked.value.text("vi") == (
        "giám khảo GK01 đã bị khóa sau 10 lần nhập sai mã PIN; ban tổ chức có thể mở khóa "
        "(mục Giám khảo, Mở khóa)"
    )
    clock.advance(86400 * 30)  # time alone does not unlock
    with pytest.raises(Conflict):
        ready.scoring.login("GK01", PIN)
    assert ready.setup.locked_judges() == ["GK01"]

    assert ready.setup.unlock_judge("GK01") == 10
    assert ready.setup.locked_judges() == []
    assert ready.scoring.login("GK01", PIN).code == "GK01"
    with pytest.raises(Conflict) as nothing:
        ready.setup.unlock_judge("GK01")
    assert nothing.value.code is P.JUDGE_NOT_LOCKED
    actions = audit_actions(ready, db_path)
    assert ("judge.locked", "GK01", "10 wrong PINs") in actions
    assert ("judge.unlock", "GK01", "10 wrong PINs, locked") in actions


def test_a_new_pin_unlocks_too(ready: Services, clock: Clock) -> None:
    for _ in range(10):
        wrong(ready)
        clock.advance(1000)
    ready.setup.set_pin("GK01", "604517")
    assert ready.scoring.login("GK01", "604517").code == "GK01"


def test_the_count_survives_closing_and_reopening_the_file(
    ready: Services, clock: Clock, db_path: Path
) -> None:
    for _ in range(5):
        clock.advance(100)
        wrong(ready)
    # another program (or this one, restarted) opens the same file
    again = open_database(str(db_path))
    try:
        restarted = build_services(again.uow_factory, location=again.location)
        with pytest.raises(Conflict) as waiting:
            restarted.scoring.login("GK01", PIN)  # right PIN, but the 5th wrong one was just now
        assert waiting.value.code is P.LOGIN_WAIT and waiting.value.params["seconds"] == 4
        clock.advance(4)
        for _ in range(5):
            with pytest.raises(InputError):
                restarted.scoring.login("GK01", "999990")
            clock.advance(1000)
        with pytest.raises(Conflict) as locked:
            restarted.scoring.login("GK01", PIN)
        assert locked.value.code is P.LOGIN_LOCKED
    finally:
        again.close()


@pytest.mark.parametrize(
    "pin", ["123456", "654321", "111111", "890123", "1234", "12345", "12 3456", "12345a", "٥٨٢٩٣١"]
)
def test_a_new_pin_too_short_or_too_easy_is_refused(ready: Services, pin: str) -> None:
    with pytest.raises(InputError) as refused:
        ready.setup.set_pin("GK01", pin)
    assert refused.value.code in (P.PIN_FORMAT, P.PIN_TOO_EASY)
    assert ready.scoring.login("GK01", PIN).code == "GK01"  # the old PIN stands


def test_the_organiser_password_rules(ready: Services, clock: Clock, db_path: Path) -> None:
    scoring = ready.scoring
    with pytest.raises(InputError) as short:
        scoring.set_organiser_password("ngắn quá")
    assert short.value.code is P.PASSWORD_TOO_SHORT and short.value.params["least"] == 10
    scoring.set_organiser_password(PASSWORD)
    # changing or removing it needs the current one
    with pytest.raises(InputError) as needed:
        scoring.set_organiser_password("")
    assert needed.value.code is P.PASSWORD_CURRENT_NEEDED
    with pytest.raises(InputError) as bad:
        scoring.set_organiser_password("mật khẩu khác hẳn", current="đoán bừa thôi")
    assert bad.value.code is P.PASSWORD_WRONG
    assert scoring.check_organiser_password(PASSWORD)
    scoring.set_organiser_password("mật khẩu mới 2026", current=PASSWORD)
    assert scoring.check_organiser_password("mật khẩu mới 2026")
    # a forgotten one: reset, without it, audited as such
    scoring.set_organiser_password("mật khẩu sau khi quên", reset=True)
    assert scoring.check_organiser_password("mật khẩu sau khi quên")
    scoring.set_organiser_password("", reset=True)
    assert not scoring.has_organiser_password()
    actions = [a for a, _, _ in audit_actions(ready, db_path) if a.startswith("organiser_")]
    assert actions == [
        "organiser_password.set",
        "organiser_password.set",
        "organiser_password.reset",
        "organiser_password.reset_clear",
    ]


def test_wrong_organiser_passwords_slow_down_but_never_lock(ready: Services, clock: Clock) -> None:
    scoring = ready.scoring
    scoring.set_organiser_password(PASSWORD)
    for _ in range(3):
        assert not scoring.check_organiser_password("sai rồi")
    with pytest.raises(Conflict) as waiting:
        scoring.check_organiser_password(PASSWORD)
    assert waiting.value.text("vi") == "đã nhập sai quá nhiều lần: hãy thử lại sau 1 giây"
    assert waiting.value.text("en") == "too many wrong attempts: try again in 1 seconds"
    for _ in range(20):
        clock.advance(3600)
        assert not scoring.check_organiser_password("sai rồi")
    with pytest.raises(Conflict) as capped:
        scoring.check_organiser_password(PASSWORD)
    assert capped.value.params["seconds"] == 15 * 60  # at most a quarter of an hour
    clock.advance(15 * 60)
    assert scoring.check_organiser_password(PASSWORD)
    # changing it with a wrong current one counts the same way
    for _ in range(3):
        with pytest.raises(InputError):
            scoring.set_organiser_password("mật khẩu mới 2026", current="sai rồi")
    with pytest.raises(Conflict):
        scoring.set_organiser_password("mật khẩu mới 2026", current=PASSWORD)
    # a reset forgets the wrong ones
    scoring.set_organiser_password("mật khẩu mới 2026", reset=True)
    assert scoring.check_organiser_password("mật khẩu mới 2026")
