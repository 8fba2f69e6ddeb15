"""The catalogue of problems: every refusal the program gives a person, as a stable code with
named parameters, and its English and Vietnamese wording.

A raiser says *what* went wrong (``InputError(P.FILE_MISSING, name=path.name)``); the words
are chosen here, once, and the language at the edge (``exc.text("vi")``). Codes are stable:
scripts and tests may match on them, so a code is never renamed, only added. Numbers in the
parameters are written per language: a decimal comma in Vietnamese ("26,33"), a point in
English ("26.33"). A parameter may itself be a ``Message`` (a reason inside a sentence) or a
bare code (a term such as ``term.mark``), rendered in the same language.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import PurePath
from types import MappingProxyType

LANGUAGES = ("en", "vi")


class ProblemCode(StrEnum):
    """Stable codes, ``area.what``: ``db.*`` the database, ``file.*`` files read or written,
    ``number.*`` numbers typed or read."""

    # The database
    DB_NO_COMPETITION = "db.no_competition"
    DB_LOCKED = "db.locked"
    DB_READ_ONLY = "db.read_only"
    DB_NO_PERMISSION = "db.no_permission"
    DB_DISK_FULL = "db.disk_full"
    DB_DAMAGED = "db.damaged"
    DB_NOT_A_DATABASE = "db.not_a_database"
    DB_NOT_SQLITE = "db.not_sqlite"
    DB_FOREIGN_TABLES = "db.foreign_tables"
    DB_CANNOT_OPEN = "db.cannot_open"
    DB_IO_ERROR = "db.io_error"
    DB_SERVER_UNREACHABLE = "db.server_unreachable"
    DB_CONNECTION_LOST = "db.connection_lost"
    DB_SERVER_BUSY = "db.server_busy"
    DB_LOGIN_REFUSED = "db.login_refused"
    DB_TOO_NEW = "db.too_new"
    DB_BAD_URL = "db.bad_url"
    DB_UNKNOWN_DRIVER = "db.unknown_driver"
    DB_DRIVER_MISSING = "db.driver_missing"
    DB_IS_FOLDER = "db.is_folder"
    DB_FOLDER_MISSING = "db.folder_missing"
    DB_PERMISSION_DENIED = "db.permission_denied"
    DB_UNREADABLE = "db.unreadable"
    # Things named by a code that names nothing
    ENTRY_NOT_FOUND = "entry.not_found"
    JUDGE_NOT_FOUND = "judge.not_found"
    ROUND_NOT_FOUND = "round.not_found"
    CATEGORY_NOT_FOUND = "category.not_found"
    CRITERION_NOT_FOUND = "criterion.not_found"
    COMPONENT_NOT_FOUND = "component.not_found"
    ATTACHMENT_NOT_FOUND = "attachment.not_found"
    ENTRY_ASSIGNED = "entry.assigned"
    # Files read or written
    FILE_MISSING = "file.missing"
    FILE_IS_FOLDER = "file.is_folder"
    FILE_UNREADABLE = "file.unreadable"
    FILE_NOT_TEXT = "file.not_text"
    FILE_BINARY = "file.binary"
    FILE_NOT_UTF8 = "file.not_utf8"
    FILE_NOT_UTF16 = "file.not_utf16"
    FILE_ROW_NOT_UTF16 = "file.row_not_utf16"
    FILE_UNDECODABLE = "file.undecodable"
    FILE_ROW_NOT_UTF8 = "file.row_not_utf8"
    FILE_ROW_UNDECODABLE = "file.row_undecodable"
    OUTPUT_IS_FOLDER = "output.is_folder"
    OUTPUT_PARENT_IS_FILE = "output.parent_is_file"
    OUTPUT_FOLDER_MISSING = "output.folder_missing"
    OUTPUT_UNWRITABLE = "output.unwritable"
    # Numbers
    NUMBER_INVALID = "number.invalid"
    NUMBER_NOT_FINITE = "number.not_finite"
    NUMBER_TOO_FINE = "number.too_fine"
    # Terms: words and phrases other messages take as parameters
    TERM_NUMBER = "term.number"
    TERM_MARK = "term.mark"
    TERM_VALUE = "term.value"
    TERM_CSV_FILE = "term.csv_file"
    TERM_TOML_DEFINITION = "term.toml_definition"
    TERM_PDF = "term.pdf"
    TERM_ZIP = "term.zip"
    TERM_OLD_OFFICE = "term.old_office"
    TERM_SQLITE = "term.sqlite"
    TERM_PNG = "term.png"
    TERM_JPEG = "term.jpeg"


P = ProblemCode


@dataclass(frozen=True)
class Wording:
    """A code's declared parameters and its English and Vietnamese templates."""

    params: tuple[str, ...]
    en: str
    vi: str

    def template(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


def _w(params: str, en: str, vi: str) -> Wording:
    return Wording(tuple(params.split()), en, vi)


CATALOGUE: Mapping[ProblemCode, Wording] = MappingProxyType(
    {
        P.DB_NO_COMPETITION: _w(
            "",
            "this database holds no competition yet: run `init` or `demo` first",
            "cơ sở dữ liệu này chưa có cuộc thi: hãy chạy `init` hoặc `demo` trước",
        ),
        P.DB_LOCKED: _w(
            "location",
            "{location}: the database is in use by another program (locked)",
            "{location}: cơ sở dữ liệu đang được một chương trình khác sử dụng (bị khóa)",
        ),
        P.DB_READ_ONLY: _w(
            "location",
            "{location}: the database is read-only; nothing can be saved",
            "{location}: cơ sở dữ liệu chỉ đọc; không lưu được gì",
        ),
        P.DB_NO_PERMISSION: _w(
            "location",
            "{location}: the database account may not make this change; nothing was saved",
            "{location}: tài khoản cơ sở dữ liệu không có quyền thay đổi này; chưa lưu gì",
        ),
        P.DB_DISK_FULL: _w(
            "location",
            "{location}: the disk is full; the last change was not saved",
            "{location}: ổ đĩa đã đầy; thay đổi cuối cùng chưa được lưu",
        ),
        P.DB_DAMAGED: _w(
            "location",
            "{location}: the database file is damaged (malformed); restore it from a backup copy",
            "{location}: tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu",
        ),
        P.DB_NOT_A_DATABASE: _w(
            "location",
            "{location}: not a judging database",
            "{location}: không phải cơ sở dữ liệu chấm giải",
        ),
        P.DB_NOT_SQLITE: _w(
            "location",
            "{location}: not a judging database (not a SQLite file)",
            "{location}: không phải cơ sở dữ liệu chấm giải (không phải tệp SQLite)",
        ),
        P.DB_FOREIGN_TABLES: _w(
            "location",
            "{location}: not a judging database (unknown tables)",
            "{location}: không phải cơ sở dữ liệu chấm giải (có bảng lạ)",
        ),
        P.DB_CANNOT_OPEN: _w(
            "location",
            "{location}: the database file cannot be opened",
            "{location}: không mở được tệp cơ sở dữ liệu",
        ),
        P.DB_IO_ERROR: _w(
            "location",
            "{location}: a disk input/output error stopped the change",
            "{location}: lỗi đọc/ghi ổ đĩa đã chặn thay đổi",
        ),
        P.DB_SERVER_UNREACHABLE: _w(
            "location reason",
            "{location}: cannot connect to the database server ({reason})",
            "{location}: không kết nối được máy chủ cơ sở dữ liệu ({reason})",
        ),
        P.DB_CONNECTION_LOST: _w(
            "location",
            "{location}: the connection to the database server was lost; nothing was saved",
            "{location}: mất kết nối với máy chủ cơ sở dữ liệu; chưa lưu gì",
        ),
        P.DB_SERVER_BUSY: _w(
            "location",
            "{location}: the database server is overloaded; try again in a moment",
            "{location}: máy chủ cơ sở dữ liệu đang quá tải; hãy thử lại sau ít phút",
        ),
        P.DB_LOGIN_REFUSED: _w(
            "location",
            "{location}: the database server refused the user name or password",
            "{location}: máy chủ cơ sở dữ liệu từ chối tên đăng nhập hoặc mật khẩu",
        ),
        P.DB_TOO_NEW: _w(
            "location revision",
            "{location}: written by a newer version of the program (schema {revision}); "
            "update the program to open it",
            "{location}: được ghi bởi một phiên bản mới hơn của chương trình (lược đồ "
            "{revision}); hãy cập nhật chương trình để mở tệp này",
        ),
        P.DB_BAD_URL: _w(
            "location",
            "{location}: not a database URL",
            "{location}: không phải địa chỉ cơ sở dữ liệu hợp lệ",
        ),
        P.DB_UNKNOWN_DRIVER: _w(
            "location driver",
            "{location}: unknown kind of database '{driver}'; give a SQLite file or a "
            "postgresql:// URL",
            "{location}: không biết loại cơ sở dữ liệu '{driver}'; hãy dùng một tệp SQLite "
            "hoặc một địa chỉ postgresql://",
        ),
        P.DB_DRIVER_MISSING: _w(
            "location module",
            "{location}: the database driver {module} is not installed",
            "{location}: chưa cài trình điều khiển cơ sở dữ liệu {module}",
        ),
        P.DB_IS_FOLDER: _w(
            "location",
            "{location}: is a folder, not a judging database",
            "{location}: là một thư mục, không phải cơ sở dữ liệu chấm giải",
        ),
        P.DB_FOLDER_MISSING: _w(
            "location folder",
            "{location}: the folder {folder} does not exist",
            "{location}: thư mục {folder} không tồn tại",
        ),
        P.DB_PERMISSION_DENIED: _w(
            "location",
            "{location}: permission denied",
            "{location}: không có quyền đọc tệp",
        ),
        P.DB_UNREADABLE: _w(
            "location reason",
            "{location}: cannot be read ({reason})",
            "{location}: không đọc được ({reason})",
        ),
        P.ENTRY_NOT_FOUND: _w(
            "code", "no entry with code '{code}'", "không có hồ sơ nào mang mã '{code}'"
        ),
        P.JUDGE_NOT_FOUND: _w(
            "code", "no judge with code '{code}'", "không có giám khảo nào mang mã '{code}'"
        ),
        P.ROUND_NOT_FOUND: _w(
            "code", "no round with code '{code}'", "không có vòng nào mang mã '{code}'"
        ),
        P.CATEGORY_NOT_FOUND: _w(
            "code", "no category with code '{code}'", "không có lĩnh vực nào mang mã '{code}'"
        ),
        P.CRITERION_NOT_FOUND: _w(
            "code round",
            "no criterion '{code}' in round {round}",
            "vòng {round} không có tiêu chí '{code}'",
        ),
        P.COMPONENT_NOT_FOUND: _w(
            "component round",
            "no component '{component}' in round '{round}'",
            "vòng '{round}' không có điểm thành phần '{component}'",
        ),
        P.ATTACHMENT_NOT_FOUND: _w(
            "attachment", "no attachment {attachment}", "không có tệp đính kèm {attachment}"
        ),
        P.ENTRY_ASSIGNED: _w(
            "code",
            "entry {code} is assigned to judges; withdraw it instead of deleting it",
            "hồ sơ {code} đã được phân cho giám khảo; hãy rút hồ sơ thay vì xóa",
        ),
        P.FILE_MISSING: _w("name", "{name}: no such file", "{name}: không có tệp này"),
        P.FILE_IS_FOLDER: _w(
            "name",
            "{name}: is a folder, not a file",
            "{name}: là một thư mục, không phải tệp",
        ),
        P.FILE_UNREADABLE: _w(
            "name reason",
            "{name}: cannot be read ({reason})",
            "{name}: không đọc được ({reason})",
        ),
        P.FILE_NOT_TEXT: _w(
            "source kind wanted",
            "{source}: {kind}, not {wanted}",
            "{source}: {kind}, không phải {wanted}",
        ),
        P.FILE_BINARY: _w(
            "source wanted",
            "{source}: a binary file, not {wanted}",
            "{source}: tệp nhị phân, không phải {wanted}",
        ),
        P.FILE_NOT_UTF8: _w(
            "source",
            "{source}: some rows are not valid UTF-8; nothing was imported",
            "{source}: có dòng không phải UTF-8 hợp lệ; chưa nhập gì",
        ),
        P.FILE_NOT_UTF16: _w(
            "source",
            "{source}: cannot be read as UTF-16",
            "{source}: không đọc được theo mã UTF-16",
        ),
        P.FILE_ROW_NOT_UTF16: _w(
            "",
            "undecodable text (not valid UTF-16)",
            "có ký tự không đọc được (không phải UTF-16 hợp lệ)",
        ),
        P.FILE_UNDECODABLE: _w(
            "source",
            "{source}: not UTF-8, UTF-16 or CP1258 text; nothing was imported",
            "{source}: không phải văn bản UTF-8, UTF-16 hay CP1258; chưa nhập gì",
        ),
        P.FILE_ROW_NOT_UTF8: _w(
            "",
            "undecodable text (not valid UTF-8)",
            "có ký tự không đọc được (không phải UTF-8 hợp lệ)",
        ),
        P.FILE_ROW_UNDECODABLE: _w(
            "",
            "undecodable text (not UTF-8, UTF-16 or CP1258)",
            "có ký tự không đọc được (không phải UTF-8, UTF-16 hay CP1258)",
        ),
        P.OUTPUT_IS_FOLDER: _w(
            "path",
            "{path}: is a folder; give the name of the file to write",
            "{path}: là một thư mục; hãy cho tên tệp cần ghi",
        ),
        P.OUTPUT_PARENT_IS_FILE: _w(
            "path parent",
            "{path}: {parent} is a file, not a folder",
            "{path}: {parent} là một tệp, không phải thư mục",
        ),
        P.OUTPUT_FOLDER_MISSING: _w(
            "path parent",
            "{path}: the folder {parent} does not exist",
            "{path}: thư mục {parent} không tồn tại",
        ),
        P.OUTPUT_UNWRITABLE: _w(
            "path reason",
            "{path}: cannot be written ({reason})",
            "{path}: không ghi được ({reason})",
        ),
        P.NUMBER_INVALID: _w(
            "what text",
            "{what}: not a number: '{text}'",
            "{what}: không phải là số: '{text}'",
        ),
        P.NUMBER_NOT_FINITE: _w(
            "what text",
            "{what}: not a finite number: '{text}'",
            "{what}: không phải là số hữu hạn: '{text}'",
        ),
        P.NUMBER_TOO_FINE: _w(
            "what places value",
            "{what}: at most {places} decimal places: {value}",
            "{what}: tối đa {places} chữ số thập phân: {value}",
        ),
        P.TERM_NUMBER: _w("", "number", "số"),
        P.TERM_MARK: _w("", "mark", "điểm"),
        P.TERM_VALUE: _w("", "value", "giá trị"),
        P.TERM_CSV_FILE: _w("", "a CSV text file", "tệp văn bản CSV"),
        P.TERM_TOML_DEFINITION: _w("", "a TOML definition", "tệp định nghĩa TOML"),
        P.TERM_PDF: _w("", "a PDF document", "là tài liệu PDF"),
        P.TERM_ZIP: _w("", "a zip file or an xlsx workbook", "là tệp zip hoặc bảng tính xlsx"),
        P.TERM_OLD_OFFICE: _w(
            "", "an old Excel (.xls) or Word (.doc) file", "là tệp Excel (.xls) hoặc Word (.doc) cũ"
        ),
        P.TERM_SQLITE: _w("", "a SQLite database", "là cơ sở dữ liệu SQLite"),
        P.TERM_PNG: _w("", "a PNG image", "là ảnh PNG"),
        P.TERM_JPEG: _w("", "a JPEG image", "là ảnh JPEG"),
    }
)


def placeholders(template: str) -> set[str]:
    """The named fields a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def format_value(value: object, language: str) -> str:
    """A parameter as text in ``language``: decimals with a comma in Vietnamese, a point in
    English; a nested message in the same language; a list joined with commas."""
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, ProblemCode):  # a term (a code without parameters)
        return Message(value).text(language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal | float):
        text = format(value, "f")
        return text.replace(".", ",") if language == "vi" else text
    if isinstance(value, str | int | PurePath):
        return str(value)
    if isinstance(value, Sequence):
        return ", ".join(format_value(item, language) for item in value)
    return str(value)


@dataclass(frozen=True)
class Message:
    """A problem code with its parameters; ``text(language)`` words it from the catalogue."""

    code: ProblemCode
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        declared = set(CATALOGUE[self.code].params)
        given = set(self.params)
        if given != declared:
            raise TypeError(
                f"{self.code}: parameters {sorted(given)} given, {sorted(declared)} declared"
            )

    def text(self, language: str) -> str:
        values = {name: format_value(v, language) for name, v in self.params.items()}
        return CATALOGUE[self.code].template(language).format(**values)


def message(code: ProblemCode, **params: object) -> Message:
    return Message(code, params)
