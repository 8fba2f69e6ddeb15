"""argparse's own words (``usage:``, ``options:``, its error messages) in the chosen language.

argparse writes its words through ``gettext`` at the moment it builds a parser, prints help or
reports an error. ``argparse_language("vi")`` points that hook at the Vietnamese below for the
length of a ``with`` block, then puts the standard one back; English is argparse's own text.
Build the parser and parse the arguments inside the block.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: argparse's messages (Python 3.11) as a Vietnamese user reads them; the keys are argparse's
#: own msgids, so a message missing here shows in English and the help test names it.
ARGPARSE_VI: dict[str, str] = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "còn thiếu: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị: %r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn chưa rõ: %(option)s có thể là %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
}

#: Plural messages (``ngettext``): Vietnamese nouns do not change with the number.
ARGPARSE_VI_PLURAL: dict[str, str] = {
    "expected %s argument": "cần %s giá trị",
    "conflicting option string: %s": "tùy chọn trùng nhau: %s",
}


def _vietnamese(message: str) -> str:
    return ARGPARSE_VI.get(message, message)


def _vietnamese_plural(singular: str, plural: str, n: int) -> str:
    if singular in ARGPARSE_VI_PLURAL:
        return ARGPARSE_VI_PLURAL[singular]
    return singular if n == 1 else plural


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """Within the block, argparse speaks ``language`` (``vi``; anything else: English)."""
    if language != "vi":
        yield
        return
    hooks: dict[str, Callable[..., str]] = {"_": _vietnamese, "ngettext": _vietnamese_plural}
    saved = {name: getattr(argparse, name) for name in hooks}
    for name, hook in hooks.items():
        setattr(argparse, name, hook)
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(argparse, name, original)
