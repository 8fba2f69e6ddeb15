"""The helper that answers modal windows in tests (tests/ui/modal.py): it answers the window
of the kind asked for from inside its ``exec()``, chains steps, closes a window whose step
failed (so a failing test ends instead of hanging), and stops waiting when its test is over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.modal import ModalSteps, stop_waiting, when_modal


def test_the_window_of_the_kind_asked_for_is_answered_inside_exec(qtbot: QtBot) -> None:
    seen = when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Đóng vòng?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.exec() == QMessageBox.StandardButton.No
    assert seen == [box]


def test_steps_chain_and_each_waits_for_a_window_it_has_not_answered(qtbot: QtBot) -> None:
    steps = ModalSteps()
    texts: list[str] = []

    def first(dialog: QInputDialog) -> None:
        steps.then(second, QMessageBox)
        second_box = QMessageBox(QMessageBox.Icon.Information, "Tin", "Đã lưu", parent=dialog)
        texts.append(dialog.labelText())
        second_box.exec()  # the next step answers it, from inside this one
        dialog.setTextValue("GK05")
        dialog.accept()

    def second(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    steps.then(first, QInputDialog)
    dialog = QInputDialog()
    dialog.setLabelText("Mã giám khảo:")
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    steps.check(2)
    assert texts == ["Mã giám khảo:", "Đã lưu"]
    assert dialog.textValue() == "GK05"


def test_a_failing_step_closes_its_window_and_is_reported(qtbot: QtBot) -> None:
    steps = ModalSteps()

    def wrong(_box: QMessageBox) -> None:
        raise AssertionError("not what the test expected")

    steps.then(wrong, QMessageBox)
    box = QMessageBox(QMessageBox.Icon.Information, "Tin", "…")
    qtbot.addWidget(box)
    with qtbot.captureExceptions() as raised:  # the step's failure, raised in the timer
        box.exec()  # returns: the failing step closed it
    assert [str(exc) for _type, exc, _tb in raised] == ["not what the test expected"]
    with pytest.raises(AssertionError, match="not what the test expected"):
        steps.check(1)


def test_a_wait_left_over_by_its_test_never_answers_a_later_window(qtbot: QtBot) -> None:
    answered = when_modal(QMessageBox, lambda box: box.accept())
    stop_waiting()  # what tests/conftest.py does after every test
    box = QMessageBox(QMessageBox.Icon.Information, "Tin", "…")
    qtbot.addWidget(box)
    QTimer.singleShot(300, box.reject)  # the test's own answer, later than the helper polls
    assert box.exec() == QDialog.DialogCode.Rejected
    assert answered == []
