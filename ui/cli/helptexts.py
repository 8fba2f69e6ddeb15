"""Help texts that several commands share, in both languages (``t(english, vietnamese)``)."""

from __future__ import annotations

from ui.cli.context import Translate


def text_or_json(t: Translate) -> str:
    return t(
        "text for people (default) or JSON for programs",
        "dạng chữ để đọc (mặc định) hoặc JSON cho chương trình khác",
    )


def csv_file(t: Translate) -> str:
    return t(
        "the CSV file (UTF-8, UTF-16 or CP1258; ',' or ';')",
        "tệp CSV (mã UTF-8, UTF-16 hoặc CP1258; cách nhau bằng ',' hoặc ';')",
    )


def some_round(t: Translate) -> str:
    return t(
        "the round (the only or first open one)",
        "vòng thi (mặc định: vòng duy nhất hoặc vòng đang mở đầu tiên)",
    )


def out_file(t: Translate) -> str:
    return t("the file to write (- : the screen)", "tệp cần ghi (- : in ra màn hình)")


def or_stdout(t: Translate) -> str:
    """What ``--out -`` means, added to an --out option's help (ui.cli.output)."""
    return t(" (- : standard output)", " (- : đầu ra chuẩn)")


def code(t: Translate) -> str:
    """The metavar of an option that takes a code."""
    return t("CODE", "MÃ")
