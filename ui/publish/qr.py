"""A fast QR encoder for the certificates' verification codes; segno for everything else.

``qr_matrix(text)`` returns exactly the matrix of ``segno.make(text, **SEGNO_OPTIONS)``: a
regular QR code (never Micro), error level M raised to Q or H where that costs no size (segno's
``boost_error``, on by default), mask pattern 0. Building that matrix in segno costs about
0.25 ms a code in pure Python, a quarter of a 1,000-certificate batch. The codes are short texts
in QR's alphanumeric set ("K7QF-29XM-HD4T", 14 characters: version 1, boosted to level Q), so
this module handles exactly those: alphanumeric texts (not all digits: segno encodes those in
numeric mode) of 1 to 38 characters, versions 1 and 2, one segment. Anything else is handed to
segno unchanged, so what is drawn never depends on which path made it.

Everything after packing the characters into data codewords is linear over GF(2): the
Reed-Solomon error correction codewords, their placement along the zigzag and the mask (XOR
with a fixed pattern). So the whole symbol is

    base(version, level)  XOR  table[0][c0]  XOR  table[1][c1]  XOR ...

where ``base`` holds the function patterns, the format information and the mask over the data
area, and ``table[i][v]`` is the symbol's modules set by data codeword ``i`` holding ``v`` (its
own eight modules and its share of every error correction codeword). A symbol is a Python
integer with one bit a module, each row padded to whole bytes; a code costs the packing of its
characters, one XOR per data codeword (13 for a verification code) and the expansion of the
integer into one byte a module: about 10 microseconds, against 230 in segno. The tables are
built the first time a version and level is asked for (5 to 20 ms; 0.2 to 0.9 MB each).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import segno

#: What ``qr_matrix`` means, in segno's words (the fallback passes exactly these).
SEGNO_OPTIONS: dict[str, object] = {"error": "m", "micro": False, "mask": 0}

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {ch: i for i, ch in enumerate(ALPHANUMERIC)}

# Error levels as the format information encodes them, in order of strength.
_L, _M, _Q, _H = 1, 0, 3, 2
_STRONGER_THAN_M = (_Q, _H)
#: (data codewords, error correction codewords) by version and level; one block each.
_CODEWORDS = {
    1: {_L: (19, 7), _M: (16, 10), _Q: (13, 13), _H: (9, 17)},
    2: {_L: (34, 10), _M: (28, 16), _Q: (22, 22), _H: (16, 28)},
}
_ALIGNMENT_CENTRE = {1: None, 2: 18}
_REMAINDER_BITS = {1: 0, 2: 7}
_MODE_ALPHANUMERIC = 0b0010
_COUNT_BITS = 9  # versions 1 to 9
_PAD = (0xEC, 0x11)
_FORMAT_MASK = 0x5412
_FORMAT_GENERATOR = 0x537
_DATA_MASK = 0  # mask pattern 0: (row + column) even


@dataclass(frozen=True)
class Modules:
    """A QR matrix as one run of bytes: one byte a module (1 dark, 0 light), row after row,
    each row followed by at least one light byte, so a run of dark modules never runs on into
    the next row."""

    size: int  #: modules across (and down), without the quiet zone
    stride: int  #: bytes from the start of one row to the next (more than ``size``)
    flat: bytes

    def rows(self) -> tuple[bytes, ...]:
        flat, size = self.flat, self.size
        return tuple(flat[start : start + size] for start in range(0, len(flat), self.stride))


def qr_modules(text: str) -> Modules:
    """``segno.make(text, **SEGNO_OPTIONS)``'s matrix, made here where the text allows."""
    symbol = _symbol_for(text)
    if symbol is None:
        matrix = segno.make(text, **SEGNO_OPTIONS).matrix  # type: ignore[arg-type]
        flat = b"".join(bytes(row) + b"\0" for row in matrix)
        return Modules(len(matrix), len(matrix) + 1, flat)
    return symbol.modules(_pack(text, symbol.data_codewords))


def qr_matrix(text: str) -> tuple[bytes, ...]:
    """The rows of ``segno.make(text, **SEGNO_OPTIONS).matrix``, one byte a module (1 dark)."""
    return qr_modules(text).rows()


def handles(text: str) -> bool:
    """Whether ``qr_matrix`` makes ``text``'s matrix itself (otherwise segno does)."""
    return _symbol_for(text) is not None


# -- choosing the symbol: what segno would choose ---------------------------------------------
def _data_bits(length: int) -> int:
    return 4 + _COUNT_BITS + 11 * (length // 2) + 6 * (length % 2)


def _symbol_for(text: str) -> _Symbol | None:
    if not text or text.isdigit() or not all(ch in _VALUE for ch in text):
        return None
    bits = _data_bits(len(text))
    for version, levels in _CODEWORDS.items():
        if levels[_M][0] * 8 >= bits:
            level = _M
            for stronger in _STRONGER_THAN_M:  # segno's boost_error: stop at the first misfit
                if levels[stronger][0] * 8 < bits:
                    break
                level = stronger
            return _symbol(version, level)
    return None


def _pack(text: str, data_codewords: int) -> bytes:
    """The data codewords: mode, count, the characters in pairs, terminator and padding."""
    value = _VALUE
    stream = (_MODE_ALPHANUMERIC << _COUNT_BITS) | len(text)
    bits = 4 + _COUNT_BITS
    pairs = len(text) - len(text) % 2
    for i in range(0, pairs, 2):
        stream = (stream << 11) | (value[text[i]] * 45 + value[text[i + 1]])
    bits += 11 * (pairs // 2)
    if pairs < len(text):
        stream = (stream << 6) | value[text[-1]]
        bits += 6
    capacity = data_codewords * 8
    terminator = min(4, capacity - bits)
    bits += terminator
    # segno pads with 1 to 8 zero bits: where the terminator ends on a codeword boundary the
    # next codeword is 0 rather than a pad codeword (decoders stop at the terminator either way)
    padding = 8 - bits % 8
    stream <<= terminator + padding
    bits += padding
    packed = stream.to_bytes(bits // 8, "big")[:data_codewords]
    missing = data_codewords - len(packed)
    return packed + bytes(_PAD[i % 2] for i in range(missing))


# -- the symbol: precomputed tables ------------------------------------------------------------
@dataclass(frozen=True)
class _Symbol:
    size: int
    data_codewords: int
    row_bytes: int  #: a row's bits padded to whole bytes (at least one light bit after it)
    base: int
    #: table[i][v]: the modules data codeword ``i`` holding ``v`` sets (with its error correction)
    table: tuple[tuple[int, ...], ...]

    def modules(self, codewords: bytes) -> Modules:
        modules = self.base
        for table, codeword in zip(self.table, codewords, strict=True):
            modules ^= table[codeword]
        packed = modules.to_bytes(self.size * self.row_bytes, "big")
        return Modules(self.size, self.row_bytes * 8, b"".join(map(_EXPANDED.__getitem__, packed)))


#: Each byte as its eight bits, one byte each, most significant first.
_EXPANDED = tuple(bytes((value >> (7 - bit)) & 1 for bit in range(8)) for value in range(256))


@cache
def _symbol(version: int, level: int) -> _Symbol:
    size = 17 + 4 * version
    row_bytes = size // 8 + 1  # whole bytes, at least one light bit after each row
    data_count, ec_count = _CODEWORDS[version][level]
    function, dark = _function_modules(version, size)
    for position, is_dark in _format_modules(size, level):
        function.add(position)
        if is_dark:
            dark.add(position)
    order = list(_zigzag(size, function))
    data_bits = (data_count + ec_count) * 8
    assert len(order) == data_bits + _REMAINDER_BITS[version]

    def bit(row: int, column: int) -> int:
        return 1 << ((size - 1 - row) * row_bytes * 8 + row_bytes * 8 - 1 - column)

    base = 0
    for row, column in dark:
        base |= bit(row, column)
    for row, column in order:  # the mask over the data area, remainder bits included
        if _masked(row, column):
            base ^= bit(row, column)
    module_bits = [bit(row, column) for row, column in order[:data_bits]]
    generator = _rs_generator(ec_count)
    table = []
    for index in range(data_count):
        unit = bytearray(data_count)
        unit[index] = 1
        unit_remainder = _rs_remainder(bytes(unit), generator)
        single = []
        for bit_index in range(8):  # codeword ``index`` holding only this bit (MSB first)
            value = 0x80 >> bit_index
            message = bytearray(data_count)
            message[index] = value
            # the remainder is linear over GF(256): value times the remainder of 1
            message += bytes(_gf_multiply(value, c) for c in unit_remainder)
            single.append(_place(message, module_bits))
        table.append(_all_values(single))
    return _Symbol(size, data_count, row_bytes, base, tuple(table))


def _all_values(single: Sequence[int]) -> tuple[int, ...]:
    """The contribution of every byte value from those of its eight single bits (MSB first)."""
    values = [0] * 256
    for value in range(1, 256):
        low = value & -value
        values[value] = values[value ^ low] ^ single[7 - low.bit_length() + 1]
    return tuple(values)


def _place(message: bytes | bytearray, module_bits: Sequence[int]) -> int:
    """The modules the set bits of ``message`` (data and error correction codewords) set."""
    modules = 0
    for index, codeword in enumerate(message):
        for bit_index in range(8):
            if codeword & (0x80 >> bit_index):
                modules |= module_bits[index * 8 + bit_index]
    return modules


def _masked(row: int, column: int) -> bool:
    assert _DATA_MASK == 0
    return (row + column) % 2 == 0


# -- function patterns and format information (ISO/IEC 18004, 6.3 and 7.9) ---------------------
Position = tuple[int, int]


def _function_modules(version: int, size: int) -> tuple[set[Position], set[Position]]:
    """Every function module (finders and separators, timing, alignment, format area, the dark
    module) and the dark ones among them, as (row, column)."""
    function: set[Position] = set()
    dark: set[Position] = set()
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        for row in range(top - 1, top + 8):
            for column in range(left - 1, left + 8):
                if 0 <= row < size and 0 <= column < size:
                    function.add((row, column))
                    ring = max(abs(row - top - 3), abs(column - left - 3))
                    if ring != 2 and ring <= 3:
                        dark.add((row, column))
    for i in range(size):
        for position in ((6, i), (i, 6)):
            if position not in function:
                function.add(position)
                if i % 2 == 0:
                    dark.add(position)
    centre = _ALIGNMENT_CENTRE[version]
    if centre is not None:
        for row in range(centre - 2, centre + 3):
            for column in range(centre - 2, centre + 3):
                function.add((row, column))
                if max(abs(row - centre), abs(column - centre)) != 1:
                    dark.add((row, column))
    function.add((size - 8, 8))
    dark.add((size - 8, 8))
    return function, dark


def _format_modules(size: int, level: int) -> Iterator[tuple[Position, bool]]:
    """The 15 format bits (level, mask 0) in both their places, bit 0 the least significant."""
    data = (level << 3) | _DATA_MASK
    remainder = data
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * _FORMAT_GENERATOR)
    bits = ((data << 10) | remainder) ^ _FORMAT_MASK
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
    first += [(8, 14 - i) for i in range(9, 15)]
    second = [(8, size - 1 - i) for i in range(8)] + [(size - 15 + i, 8) for i in range(8, 15)]
    for places in (first, second):
        for i, position in enumerate(places):
            yield position, bool((bits >> i) & 1)


def _zigzag(size: int, function: set[Position]) -> Iterator[Position]:
    """The data modules in placement order: pairs of columns from the right, up then down."""
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = ((right + 1) & 2) == 0
        for step in range(size):
            row = size - 1 - step if upward else step
            for column in (right, right - 1):
                if (row, column) not in function:
                    yield row, column
        right -= 2


# -- Reed-Solomon over GF(256), polynomial 0x11D ----------------------------------------------
def _gf_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _gf_multiply(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_generator(degree: int) -> list[int]:
    """The generator's coefficients below its leading 1, highest power first."""
    coefficients = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            coefficients[j] = _gf_multiply(coefficients[j], root)
            if j + 1 < degree:
                coefficients[j] ^= coefficients[j + 1]
        root = _gf_multiply(root, 2)
    return coefficients


def _rs_remainder(data: bytes, generator: Sequence[int]) -> bytes:
    remainder = [0] * len(generator)
    for byte in data:
        factor = byte ^ remainder.pop(0)
        remainder.append(0)
        for i, coefficient in enumerate(generator):
            remainder[i] ^= _gf_multiply(coefficient, factor)
    return bytes(remainder)
