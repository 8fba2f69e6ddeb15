"""ui.publish.qr: the fast encoder makes exactly segno's matrix for the verification codes and
hands everything else to segno (issue 10, speed)."""

from __future__ import annotations

import random

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from judging.certificates import codes
from ui.publish.certificates import QR_OPTIONS, qr_squares
from ui.publish.qr import ALPHANUMERIC, SEGNO_OPTIONS, handles, qr_matrix, qr_modules

#: The characters a verification code is drawn from, with the dash of its groups.
CODE_CHARACTERS = codes.ALPHABET + "-"
LONGEST = 38  # version 2 at level M


def segnos(text: str) -> tuple[bytes, ...]:
    return tuple(bytes(row) for row in segno.make(text, error="m", micro=False, mask=0).matrix)


def not_all_digits(text: str) -> bool:
    return not text.isdigit()


def test_the_options_are_those_the_certificates_use() -> None:
    assert SEGNO_OPTIONS == {"error": "m", "micro": False, "mask": 0}
    assert QR_OPTIONS == SEGNO_OPTIONS


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(st.text(CODE_CHARACTERS, min_size=1, max_size=LONGEST).filter(not_all_digits))
def test_texts_of_the_codes_characters_make_segnos_matrix(text: str) -> None:
    assert handles(text)
    assert qr_matrix(text) == segnos(text)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(ALPHANUMERIC, min_size=1, max_size=LONGEST).filter(not_all_digits))
def test_texts_of_the_whole_alphanumeric_set_make_segnos_matrix(text: str) -> None:
    assert handles(text)
    assert qr_matrix(text) == segnos(text)


def test_every_length_version_and_error_level_it_handles_matches_segno() -> None:
    chosen = random.Random(20261206)
    seen: set[tuple[int | str, str | None]] = set()
    for length in range(1, LONGEST + 1):
        for _ in range(40):
            text = "".join(chosen.choice(CODE_CHARACTERS) for _ in range(length - 1)) + "K"
            assert qr_matrix(text) == segnos(text), text
        symbol = segno.make(text, **SEGNO_OPTIONS)  # type: ignore[arg-type]
        seen.add((symbol.version, symbol.error))
    # segno raises level M to Q or H where that costs no size: every case is exercised (version
    # 2 starts at 21 characters, 129 bits, one more than level H holds there)
    assert seen == {(1, "H"), (1, "Q"), (1, "M"), (2, "Q"), (2, "M")}


def test_the_codes_the_program_issues_are_made_here_and_equal_segnos() -> None:
    issued = [codes.new_code() for _ in range(2000)]
    assert {len(code) for code in issued} == {14}
    for code in issued:
        assert handles(code)
        assert qr_matrix(code) == segnos(code), code


def test_a_terminator_ending_on_a_codeword_boundary_is_followed_by_a_zero_codeword() -> None:
    # 7 characters: 4 + 9 + 3 * 11 + 6 = 52 bits, the terminator makes 56: segno then writes a
    # zero codeword before the pad codewords, and so does the encoder
    for text in ("K7QF-29", "ABCDEFGHJKMNPQRSTWXYZ23", "ABCDEFGHJKMNPQRSTWXYZ23456"):
        assert qr_matrix(text) == segnos(text)


@pytest.mark.parametrize(
    "text",
    [
        "",  # nothing to encode
        "2345",  # all digits: segno's numeric mode
        "k7qf-29xm-hd4t",  # lower case: byte mode
        "Nguyễn Văn An",  # beyond ASCII
        "https://example.org/verify?code=K7QF29XMHD4T",
        "K" * (LONGEST + 1),  # beyond version 2
        "K7QF-29XM-HD4T" * 8,
    ],
)
def test_texts_it_does_not_handle_are_segnos_matrix_unchanged(text: str) -> None:
    assert not handles(text)
    assert qr_matrix(text) == segnos(text)


def test_the_flat_layout_keeps_rows_apart_with_light_modules() -> None:
    for text in ("K7QF-29XM-HD4T", "K" * LONGEST, "k7qf"):
        modules = qr_modules(text)
        assert modules.stride > modules.size
        assert len(modules.flat) == modules.size * modules.stride
        for row in range(modules.size):
            start = row * modules.stride
            assert set(modules.flat[start + modules.size : start + modules.stride]) == {0}


@pytest.mark.parametrize("text", ["K7QF-29XM-HD4T", "K" * LONGEST, "k7qf-29xm-hd4t"])
def test_the_squares_drawn_cover_exactly_segnos_dark_modules(text: str) -> None:
    qr_squares.cache_clear()
    matrix = segnos(text)
    modules, squares = qr_squares(text)
    assert modules == len(matrix) + 8
    drawn = [[0] * modules for _ in range(modules)]
    for rect in squares:
        assert rect.height() == 1
        for column in range(rect.left(), rect.left() + rect.width()):
            assert drawn[rect.top()][column] == 0  # no square overlaps another
            drawn[rect.top()][column] = 1
    expected = [[0] * modules for _ in range(modules)]
    for row, cells in enumerate(matrix):
        for column, cell in enumerate(cells):
            expected[row + 4][column + 4] = cell
    assert drawn == expected
    # each square is one whole run: a light module or the edge on either side
    for rect in squares:
        line = expected[rect.top()]
        assert line[rect.left() - 1] == 0 and line[rect.left() + rect.width()] == 0
