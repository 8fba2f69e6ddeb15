"""Generated data for the set-up benchmarks: a registration workbook of N entries (like a
form's export: Vietnamese headers, a timestamp column, several authors a cell) and the facts
of an assignment (entries, judges with organisations, declared conflicts).

    .venv/bin/python bench/generate.py --entries 10000 --out bench/data/entries-10000.xlsx
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

from judging.model import Category

CATEGORIES = (
    Category("QLNN", "Quản lý nhà nước, cải cách hành chính"),
    Category("KTCN", "Kỹ thuật, công nghệ"),
    Category("NNMT", "Nông nghiệp, môi trường"),
    Category("GDYTXH", "Giáo dục, y tế, xã hội"),
)
HEADERS = (
    "Dấu thời gian",
    "Tên sáng kiến / giải pháp",
    "Lĩnh vực dự thi",
    "Họ và tên tác giả (cách nhau bởi dấu ;)",
    "Đơn vị công tác",
    "Tóm tắt nội dung (tối đa 300 chữ)",
    "Địa chỉ email",
)
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
_MIDDLE = ("Văn", "Thị", "Minh", "Ngọc", "Đức", "Thùy", "Quốc", "Hữu")
_GIVEN = ("An", "Bình", "Châu", "Dũng", "Hà", "Hiếu", "Lan", "Long", "Mai", "Nam", "Oanh")
_THINGS = ("Ứng dụng", "Mô hình", "Giải pháp", "Hệ thống", "Phần mềm", "Thiết bị")
_TOPICS = (
    "quản lý hồ sơ đất đai",
    "cảnh báo triều cường",
    "tưới tiết kiệm nước",
    "theo dõi sức khỏe người cao tuổi",
    "đặt lịch khám bệnh",
    "phân loại rác tại nguồn",
)
ORGANISATIONS = tuple(f"UBND Phường {i}, Quận {i % 12 + 1}" for i in range(1, 200))


def person(rng: random.Random) -> str:
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def entry_rows(n: int, seed: int = 1) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    start = datetime(2026, 3, 1, 8, 0)
    rows = []
    for i in range(n):
        authors = "; ".join(person(rng) for _ in range(rng.randint(1, 3)))
        rows.append(
            (
                start + timedelta(minutes=7 * i),
                f"{rng.choice(_THINGS)} {rng.choice(_TOPICS)} số {i + 1} ",
                rng.choice(CATEGORIES).name,
                authors,
                rng.choice(ORGANISATIONS),
                "Giải pháp đã được áp dụng thử tại đơn vị, giúp giảm thời gian xử lý hồ sơ.",
                f"tacgia{i}@example.vn",
            )
        )
    return rows


def write_workbook(path: Path, n: int, seed: int = 1) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Câu trả lời biểu mẫu 1")
    sheet.append(HEADERS)
    for row in entry_rows(n, seed):
        sheet.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("bench/data/entries-10000.xlsx"))
    args = parser.parse_args()
    print(write_workbook(args.out, args.entries))


if __name__ == "__main__":
    main()
