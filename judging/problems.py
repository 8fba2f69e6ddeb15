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

import re
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
    DB_VERSION_INCONSISTENT = "db.version_inconsistent"
    BACKUP_NOT_A_BACKUP = "backup.not_a_backup"
    BACKUP_TOO_NEW = "backup.too_new"
    BACKUP_DAMAGED = "backup.damaged"
    BACKUP_MISSING = "backup.missing"
    BACKUP_NONE_YET = "backup.none_yet"
    BACKUP_NOT_SQLITE_FILE = "backup.not_sqlite_file"
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
    FILE_TOO_LARGE = "file.too_large"
    FILE_NO_PERMISSION = "file.no_permission"
    TABLE_TOO_LARGE = "table.too_large"
    OUTPUT_IS_FOLDER = "output.is_folder"
    OUTPUT_PARENT_IS_FILE = "output.parent_is_file"
    OUTPUT_FOLDER_MISSING = "output.folder_missing"
    OUTPUT_UNWRITABLE = "output.unwritable"
    OUTPUT_KIND_UNKNOWN = "output.kind_unknown"
    OUTPUT_DISK_FULL = "output.disk_full"
    OUTPUT_INCOMPLETE = "output.incomplete"
    OUTPUT_STDOUT_MANY = "output.stdout_many"
    OUTPUT_NO_PERMISSION = "output.no_permission"
    OUTPUT_READ_ONLY = "output.read_only"
    # Numbers
    NUMBER_INVALID = "number.invalid"
    NUMBER_NOT_FINITE = "number.not_finite"
    NUMBER_TOO_FINE = "number.too_fine"
    NUMBER_TOO_LONG = "number.too_long"
    NUMBER_OUT_OF_RANGE = "number.out_of_range"
    FILE_TOO_DEEP = "file.too_deep"
    # Rounds
    ROUND_NONE_YET = "round.none_yet"
    ROUND_MISSING = "round.missing"
    # Entries
    ENTRY_UNKNOWN = "entry.unknown"
    ENTRY_NOT_ACTIVE = "entry.not_active"
    ENTRY_STATUS_IS = "entry.status_is"
    ENTRY_CODE_MISSING = "entry.code_missing"
    CODE_BAD_CHARACTERS = "code.bad_characters"
    ENTRY_DUPLICATE_CODE = "entry.duplicate_code"
    ENTRY_TITLE_MISSING = "entry.title_missing"
    ENTRY_CATEGORY_UNKNOWN = "entry.category_unknown"
    ENTRY_CATEGORY_MISSING = "entry.category_missing"
    ENTRY_DUPLICATE_OF = "entry.duplicate_of"
    ENTRY_REASON_MISSING = "entry.reason_missing"
    ENTRY_STATUS_REASON_MISSING = "entry.status_reason_missing"
    ENTRY_NOT_SAVED = "entry.not_saved"
    ENTRY_HAS_MARKS = "entry.has_marks"
    ENTRY_EXISTS_AGAIN = "entry.exists_again"
    ATTACHMENT_KIND = "attachment.kind"
    ATTACHMENT_TOO_LARGE = "attachment.too_large"
    ATTACHMENT_NOT_PDF = "attachment.not_pdf"
    ATTACHMENT_UNKNOWN_CONTENT = "attachment.unknown_content"
    IMPORT_CANCELLED = "import.cancelled"
    IMPORT_FAULTY_ROWS = "import.faulty_rows"
    IMPORT_FAULTY_ROWS_CATEGORIES = "import.faulty_rows_categories"
    IMPORT_MORE_FAULTS = "import.more_faults"
    # Judges
    JUDGE_UNKNOWN = "judge.unknown"
    JUDGE_CODE_MISSING = "judge.code_missing"
    ENTRY_CODE_MISSING_IN_ROW = "entry.code_missing_in_row"
    JUDGE_DUPLICATE_CODE = "judge.duplicate_code"
    JUDGE_NAME_MISSING = "judge.name_missing"
    JUDGE_NOT_SAVED = "judge.not_saved"
    JUDGES_NOT_FOUND = "judge.several_not_found"
    PIN_FORMAT = "pin.format"
    # Assignments and conflicts of interest
    ASSIGNMENT_ORIGIN = "assignment.origin"
    ASSIGNMENT_CONFLICT = "assignment.conflict"
    ASSIGNMENT_MARKED = "assignment.marked"
    ASSIGNMENT_NOT_FOUND = "assignment.not_found"
    CATEGORY_UNKNOWN = "category.unknown"
    CONFLICT_ALREADY_MARKED = "conflict.already_marked"
    CONFLICT_REFUSED = "conflict.refused"
    # Components outside the jury
    COMPONENT_UNKNOWN = "component.unknown"
    COMPONENT_NEGATIVE = "component.negative"
    ROW_REPEATED = "row.repeated"
    # Spreadsheets and column maps
    XLSX_UNREADABLE = "xlsx.unreadable"
    XLSX_EMPTY = "xlsx.empty"
    TABLE_NO_ROWS = "table.no_rows"
    CSV_UNREADABLE = "csv.unreadable"
    CSV_ROW_BROKEN = "csv.row_broken"
    CSV_EMPTY = "csv.empty"
    CSV_OVERFULL = "csv.overfull"
    CSV_ROW_OVERFULL = "csv.row_overfull"
    MAP_UNKNOWN_FIELD = "map.unknown_field"
    MAP_NO_SUCH_COLUMN = "map.no_such_column"
    MAP_DOES_NOT_FIT = "map.does_not_fit"
    MAP_INVALID = "map.invalid"
    MAP_FAULTY = "map.faulty"
    MAP_CATEGORY_NOT_TEXT = "map.category_not_text"
    MAP_FIELD_NOT_TEXT = "map.field_not_text"
    IMPORT_REFUSED = "import.refused"
    IMPORT_NO_COLUMN = "import.no_column"
    IMPORT_NO_COLUMN_MAPPABLE = "import.no_column_mappable"
    # Rows of an entries or judges file
    ROW_TITLE_MISSING = "row.title_missing"
    ROW_CATEGORY_MISSING = "row.category_missing"
    ROW_CATEGORY_UNKNOWN = "row.category_unknown"
    ROW_CATEGORY_NOT_KNOWN = "row.category_not_known"
    ROW_BAD_CODE = "row.bad_code"
    ROW_CODE_IN_DATABASE = "row.code_in_database"
    ROW_CODE_ON_ROW = "row.code_on_row"
    ROW_DUPLICATE_IN_DATABASE = "row.duplicate_in_database"
    ROW_DUPLICATE_ROW = "row.duplicate_row"
    ROW_NAME_MISSING = "row.name_missing"
    ROW_ROLE_UNKNOWN = "row.role_unknown"
    ROW_JUDGE_IN_DATABASE = "row.judge_in_database"
    # Rounds, when marked and ranked
    ROUND_NOT_OPEN = "round.not_open"
    ROUND_NOT_OPEN_NOW = "round.not_open_now"
    ROUND_ALREADY_OPEN = "round.already_open"
    ROUND_APPROVE_CLOSED_ONLY = "round.approve_closed_only"
    ROUND_APPROVE_CLOSE_FIRST = "round.approve_close_first"
    ROUND_APPROVED_LOCKED = "round.approved_locked"
    ROUND_REOPEN_REASON_MISSING = "round.reopen_reason_missing"
    ROUND_NO_ADVANCEMENT = "round.no_advancement"
    ROUND_NO_APPROVED_RESULT = "round.no_approved_result"
    ROUND_NAME_IT = "round.name_it"
    ROUND_UNKNOWN = "round.unknown"
    PUBLISH_NOT_APPROVED = "publish.not_approved"
    CATEGORY_UNKNOWN_SHORT = "category.unknown_short"
    ENTRY_NOT_IN_ROUND = "entry.not_in_round"
    # Ties the chair decides
    TIE_REASON_MISSING = "tie.reason_missing"
    TIE_TOO_FEW = "tie.too_few"
    TIE_NAMED_TWICE = "tie.named_twice"
    TIE_NOT_A_GROUP = "tie.not_a_group"
    TIE_NOT_RESOLVED = "tie.not_resolved"
    TIE_BREAK_UNKNOWN = "tiebreak.unknown"
    # The competition
    COMPETITION_EXISTS = "competition.exists"
    COMPETITION_EXISTS_DEMO = "competition.exists_demo"
    # Score sheets and marks
    SHEET_NOT_ASSIGNED = "sheet.not_assigned"
    SHEET_SUBMITTED = "sheet.submitted"
    SHEET_RECUSED = "sheet.recused"
    SHEET_INCOMPLETE = "sheet.incomplete"
    SHEET_RECUSE_REASON_MISSING = "sheet.recuse_reason_missing"
    SHEET_REOPEN_REASON_MISSING = "sheet.reopen_reason_missing"
    SHEET_NOTHING_TO_REOPEN = "sheet.nothing_to_reopen"
    JUDGE_NO_PIN = "judge.no_pin"
    PIN_WRONG = "pin.wrong"
    # Guessing slowed down and stopped (issue 12, defect 4)
    PIN_TOO_EASY = "pin.too_easy"
    LOGIN_WAIT = "login.wait"
    LOGIN_LOCKED = "login.locked"
    SECRET_WRONG_WAIT = "login.wrong_wait"
    PASSWORD_WRONG = "password.wrong"
    PASSWORD_CURRENT_NEEDED = "password.current_needed"
    JUDGE_NOT_LOCKED = "judge.not_locked"
    MARK_FOR_CRITERION = "mark.for_criterion"
    MARK_OUT_OF_RANGE = "mark.out_of_range"
    MARK_NOT_A_STEP = "mark.not_a_step"
    MARK_TOO_FINE = "mark.too_fine"
    PAPER_NOT_ASSIGNED = "paper.not_assigned"
    PAPER_NO_SUCH_CRITERION = "paper.no_such_criterion"
    PAPER_NOT_SAVED = "paper.not_saved"
    # Marks files
    MARKS_FILE_REFUSED = "marks.file_refused"
    CSV_UNREADABLE_BECAUSE = "csv.unreadable_because"
    MARKS_UNKNOWN_COLUMNS = "marks.unknown_columns"
    MARKS_MISSING_COLUMNS = "marks.missing_columns"
    MARKS_COLUMN_TWICE = "marks.column_twice"
    MARKS_BAD_HEADER = "marks.bad_header"
    ROW_CELL_COUNT = "row.cell_count"
    MARKS_ROUND_MISSING = "marks.round_missing"
    MARKS_ROUND_UNKNOWN = "marks.round_unknown"
    MARKS_JUDGE_MISSING = "marks.judge_missing"
    MARKS_ENTRY_MISSING = "marks.entry_missing"
    MARKS_MARK_MISSING = "marks.mark_missing"
    MARKS_NOT_A_NUMBER = "marks.not_a_number"
    MARKS_CRITERION_UNKNOWN = "marks.criterion_unknown"
    MARKS_ROUND_NOT_OPEN = "marks.round_not_open"
    MARKS_RECUSED = "marks.recused"
    MARKS_SAME_AS_ROW = "marks.same_as_row"
    MARKS_SUBMITTED = "marks.submitted"
    ROUND_NOT_APPROVABLE = "round.not_approvable"
    # Competition definitions
    TEMPLATE_UNKNOWN = "template.unknown"
    DEFINITION_NOT_UTF8 = "definition.not_utf8"
    COMPETITION_EXISTS_NEW_DB = "competition.exists_new_db"
    DEFINITION_WOULD_LOSE = "definition.would_lose"
    DEFINITION_ONE_FAULT = "definition.one_fault"
    DEFINITION_FAULTS = "definition.faults"
    DEF_CATEGORY_IN_USE = "definition.category_in_use"
    DEF_ROUND_IN_USE = "definition.round_in_use"
    DEF_ROUND_APPROVED = "definition.round_approved"
    DEF_CRITERION_IN_USE = "definition.criterion_in_use"
    DEF_MAX_BELOW_MARK = "definition.max_below_mark"
    DEF_COMPONENT_IN_USE = "definition.component_in_use"
    # What the definition checker finds (path-located issues)
    DEF_CODE_EMPTY = "definition.code_empty"
    DEF_CODE_CHARACTERS = "definition.code_characters"
    DEF_NAME_EMPTY = "definition.name_empty"
    DEF_DUPLICATE_CODE = "definition.duplicate_code"
    DEF_NEGATIVE = "definition.negative"
    DEF_AT_LEAST_ONE = "definition.at_least_one"
    DEF_ABOVE_ZERO = "definition.above_zero"
    DEF_NO_ROUND = "definition.no_round"
    DEF_PRIZE_NEEDS_LIMIT = "definition.prize_needs_limit"
    DEF_PER_CATEGORY_WITHOUT_CATEGORIES = "definition.per_category_without_categories"
    DEF_ROUND_NO_CRITERION = "definition.round_no_criterion"
    DEF_SCALE_UNKNOWN = "definition.scale_unknown"
    DEF_SCALE_NEEDS_POINTS = "definition.scale_needs_points"
    DEF_POINTS_WITHOUT_SCALE = "definition.points_without_scale"
    DEF_ADVANCE_NEEDS_LIMIT = "definition.advance_needs_limit"
    DEF_LAST_ROUND_ADVANCES = "definition.last_round_advances"
    DEF_TOO_MANY_PLACES = "definition.too_many_places"
    DEF_TOO_LARGE = "definition.too_large"
    DEF_STEP_NOT_DIVIDING = "definition.step_not_dividing"
    DEF_BAND_REVERSED = "definition.band_reversed"
    DEF_BAND_OUTSIDE = "definition.band_outside"
    DEF_BAND_OFF_STEP = "definition.band_off_step"
    DEF_BAND_LABEL_EMPTY = "definition.band_label_empty"
    DEF_BANDS_OVERLAP = "definition.bands_overlap"
    DEF_TRIM_NEEDS_ONE = "definition.trim_needs_one"
    DEF_TRIM_TOO_LARGE = "definition.trim_too_large"
    DEF_TRIM_WITHOUT_TRIMMED_MEAN = "definition.trim_without_trimmed_mean"
    DEF_TIE_BREAK_TWICE = "definition.tie_break_twice"
    DEF_TIE_BREAK_NAMES_NOTHING = "definition.tie_break_names_nothing"
    DEF_WRONG_TYPE = "definition.wrong_type"
    DEF_UNKNOWN_KEY = "definition.unknown_key"
    DEF_MISSING_KEY = "definition.missing_key"
    DEF_NOT_ONE_OF = "definition.not_one_of"
    DEF_FORMAT_VERSION = "definition.format_version"
    DEF_NOT_A_DEFINITION = "definition.not_a_definition"
    DEF_MISSING_COMPETITION = "definition.missing_competition"
    DEF_NOT_A_NUMBER = "definition.not_a_number"
    DEF_NOT_WHOLE = "definition.not_whole"
    DEF_KEY_EMPTY = "definition.key_empty"
    DEF_NOT_TOML = "definition.not_toml"
    DEF_TOML_SYNTAX = "definition.toml_syntax"
    TERM_CATEGORY = "term.category"
    TERM_ROUND = "term.round"
    TERM_CRITERION = "term.criterion"
    TERM_COMPONENT = "term.component"
    TERM_PRIZE = "term.prize"
    TERM_TEXT_QUOTED = "term.text_quoted"
    TERM_WHOLE_NUMBER = "term.whole_number"
    TERM_A_NUMBER = "term.a_number"
    TERM_TRUE_OR_FALSE = "term.true_or_false"
    TERM_TABLE = "term.table"
    TERM_TABLES = "term.tables"
    TERM_TEXTS = "term.texts"
    TERM_A_LIST = "term.a_list"
    SEPARATOR_BAD = "csv.separator_bad"
    MARK_NOT_WHOLE = "mark.not_whole"
    # Certificates
    CERT_TEMPLATE_FAULTS = "certificate.template_faults"
    CERT_TOML_SYNTAX = "certificate.toml_syntax"
    CERT_TEMPLATE_NOT_UTF8 = "certificate.template_not_utf8"
    CERT_FIELD_MISSING = "certificate.field_missing"
    CERT_FIELD_UNKNOWN = "certificate.field_unknown"
    CERT_NOT_TEXT = "certificate.not_text"
    CERT_NOT_NUMBER = "certificate.not_number"
    CERT_NOT_BOOL = "certificate.not_bool"
    CERT_NOT_TABLES = "certificate.not_tables"
    CERT_OUT_OF_RANGE = "certificate.out_of_range"
    CERT_OFF_PAGE = "certificate.off_page"
    CERT_MIN_ABOVE_SIZE = "certificate.min_above_size"
    CERT_COLOUR_BAD = "certificate.colour_bad"
    CERT_CHOICE_BAD = "certificate.choice_bad"
    CERT_CODE_BAD = "certificate.code_bad"
    CERT_FORMAT_BAD = "certificate.format_bad"
    CERT_TEXT_TOO_LONG = "certificate.text_too_long"
    CERT_TOO_MANY_FIELDS = "certificate.too_many_fields"
    CERT_PLACEHOLDER_UNKNOWN = "certificate.placeholder_unknown"
    CERT_BACKGROUND_NAME_BAD = "certificate.background_name_bad"
    CERT_BACKGROUND_MISSING = "certificate.background_missing"
    CERT_BACKGROUND_NOT_IMAGE = "certificate.background_not_image"
    CERT_BACKGROUND_TOO_LARGE = "certificate.background_too_large"
    CERT_TEMPLATE_UNKNOWN = "certificate.template_unknown"
    CERT_ROUND_NOT_APPROVED = "certificate.round_not_approved"
    CERT_NO_WINNERS = "certificate.no_winners"
    CERT_NOT_PRIZE_ROUND = "certificate.not_prize_round"
    MINUTES_VOTE_OUT_OF_RANGE = "minutes.vote_out_of_range"
    MINUTES_VOTES_EXCEED_PRESENT = "minutes.votes_exceed_present"
    CERT_CODE_EMPTY = "certificate.code_empty"
    CERT_CODE_UNKNOWN = "certificate.code_unknown"
    # The ranking engine's sentences (judging.ranking.results.Note: explanations, flags)
    NOTE_PANEL_MEAN = "note.panel_mean"
    NOTE_PANEL_MEDIAN = "note.panel_median"
    NOTE_PANEL_TRIMMED = "note.panel_trimmed"
    NOTE_WEIGHTED = "note.weighted"
    NOTE_JUDGE_AS_IS_ONE_ENTRY = "note.judge_as_is_one_entry"
    NOTE_JUDGE_AS_IS_NO_SPREAD = "note.judge_as_is_no_spread"
    NOTE_JUDGE_NORMALISED = "note.judge_normalised"
    NOTE_JURY_NORMALISED = "note.jury_normalised"
    NOTE_JURY_SUM = "note.jury_sum"
    NOTE_FINAL_TOTAL = "note.final_total"
    NOTE_COMPONENT_GIVEN = "note.component_given"
    NOTE_COMPONENT_NONE = "note.component_none"
    NOTE_COMPONENT_SHARE = "note.component_share"
    NOTE_NOT_STARTED = "note.not_started"
    NOTE_NOT_SUBMITTED = "note.not_submitted"
    NOTE_MARK_MISSING = "note.mark_missing"
    NOTE_NO_COUNTED_MARKS = "note.no_counted_marks"
    NOTE_TOO_FEW_TO_TRIM = "note.too_few_to_trim"
    NOTE_TIED = "note.tied"
    NOTE_ADVANCE_BOUNDARY_HELD = "note.advance_boundary_held"
    NOTE_PRIZE_BOUNDARY_HELD = "note.prize_boundary_held"
    NOTE_PROVISIONAL = "note.provisional"
    NOTE_TIE_BREAK_UNKNOWN = "note.tie_break_unknown"
    NOTE_NORMALISATION_PANEL = "note.normalisation_panel"
    NOTE_NORMALISATION_ONE_ENTRY = "note.normalisation_one_entry"
    NOTE_NORMALISATION_NO_SPREAD = "note.normalisation_no_spread"
    NOTE_LARGEST_ZERO = "note.largest_zero"
    NOTE_TIE_GROUP = "note.tie_group"
    NOTE_ADVANCE_BOUNDARY_SHARED = "note.advance_boundary_shared"
    NOTE_PRIZE_BOUNDARY_SHARED = "note.prize_boundary_shared"
    NOTE_ADVANCE_BOUNDARY_TIE = "note.advance_boundary_tie"
    NOTE_PRIZE_BOUNDARY_TIE = "note.prize_boundary_tie"
    NOTE_INCOMPLETE = "note.incomplete"
    # The command line's own refusals, printing
    SECRET_NOT_ON_STDIN = "cli.secret_not_on_stdin"
    SECRET_NOT_GIVEN = "cli.secret_not_given"
    SECRETS_DIFFER = "cli.secrets_differ"
    JUDGE_NOTHING_ASSIGNED = "judge.nothing_assigned"
    ROUND_NOTHING_ASSIGNED = "round.nothing_assigned"
    PASSWORD_TOO_SHORT = "password.too_short"
    RANK_APPROVED_ALONE = "cli.rank_approved_alone"
    PRINT_NOT_STARTED = "output.print_not_started"
    TERM_PIN = "term.pin"
    TERM_ORGANISER_PASSWORD = "term.organiser_password"
    TERM_CURRENT_PASSWORD = "term.current_password"
    # Judge kits and score files (issue 11)
    KIT_TOO_LARGE = "kit.too_large"
    KIT_NOT_A_KIT = "kit.not_a_kit"
    KIT_UNSAFE_NAME = "kit.unsafe_name"
    KIT_MALFORMED = "kit.malformed"
    KIT_VERSION_UNKNOWN = "kit.version_unknown"
    KIT_NOT_KIT_DATABASE = "kit.not_kit_database"
    KIT_OTHER_KIT = "kit.other_kit"
    SCOREFILE_TOO_LARGE = "scorefile.too_large"
    SCOREFILE_MALFORMED = "scorefile.malformed"
    SCOREFILE_VERSION_UNKNOWN = "scorefile.version_unknown"
    SCOREFILE_TAMPERED = "scorefile.tampered"
    SCOREFILE_UNKNOWN_KIT = "scorefile.unknown_kit"
    SCOREFILE_OTHER_ROUND = "scorefile.other_round"
    SCOREFILE_NOT_ASSIGNED = "scorefile.not_assigned"
    SCOREFILE_UNKNOWN_CRITERION = "scorefile.unknown_criterion"
    SCOREFILE_BAD_MARK = "scorefile.bad_mark"
    CONFLICTS_NONE_CHOSEN = "conflicts.none_chosen"
    CONFLICTS_NONE_MATCH = "conflicts.none_match"
    CONFLICT_NOT_PENDING = "conflicts.not_pending"
    FILE_TYPE_NOT_HERE = "kit.file_type_not_here"
    # Terms: words and phrases other messages take as parameters
    TERM_NUMBER = "term.number"
    TERM_MARK = "term.mark"
    TERM_NEW = "term.new"
    TERM_NONE = "term.none"
    TERM_NONE_DEFINED = "term.none_defined"
    TERM_CONFLICT = "term.conflict"
    TERM_OPEN = "term.open"
    TERM_CLOSED = "term.closed"
    TERM_APPROVED = "term.approved"
    TERM_ACTIVE = "term.active"
    TERM_WITHDRAWN = "term.withdrawn"
    TERM_INELIGIBLE = "term.ineligible"
    TERM_VALUE = "term.value"
    TERM_CSV_FILE = "term.csv_file"
    TERM_TOML_DEFINITION = "term.toml_definition"
    TERM_PDF = "term.pdf"
    TERM_ZIP = "term.zip"
    TERM_OLD_OFFICE = "term.old_office"
    TERM_SQLITE = "term.sqlite"
    TERM_PNG = "term.png"
    TERM_JPEG = "term.jpeg"
    # The audit log's hash chain (judging/audit.py, the verify command)
    AUDIT_INTACT = "audit.intact"
    AUDIT_HEAD = "audit.head"
    AUDIT_EDITED = "audit.edited"
    AUDIT_DELETED = "audit.deleted"
    AUDIT_DELETED_FIRST = "audit.deleted_first"
    AUDIT_INSERTED = "audit.inserted"
    AUDIT_ANCHOR_MISSING = "audit.anchor_missing"
    AUDIT_ANCHOR_BAD = "audit.anchor_bad"
    AUDIT_SHEETS_INTACT = "audit.sheets_intact"
    AUDIT_SHEET_CHANGED = "audit.sheet_changed"


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
        P.DB_VERSION_INCONSISTENT: _w(
            "location detail",
            "{location}: the database's version record does not match its tables ({detail}); "
            "nothing was changed: restore it from a backup copy",
            "{location}: số hiệu phiên bản ghi trong cơ sở dữ liệu không khớp với các bảng "
            "({detail}); chưa thay đổi gì: hãy khôi phục từ một bản sao lưu",
        ),
        P.BACKUP_NOT_A_BACKUP: _w(
            "location",
            "{location}: not a copy of a judging database; nothing was restored",
            "{location}: không phải bản sao của cơ sở dữ liệu chấm giải; chưa khôi phục gì",
        ),
        P.BACKUP_TOO_NEW: _w(
            "location revision",
            "{location}: a copy made by a newer version of the program (schema {revision}); "
            "update the program to restore it",
            "{location}: bản sao do một phiên bản mới hơn của chương trình tạo ra (lược đồ "
            "{revision}); hãy cập nhật chương trình để khôi phục",
        ),
        P.BACKUP_DAMAGED: _w(
            "location",
            "{location}: this backup copy is damaged; nothing was restored",
            "{location}: bản sao lưu này bị hỏng; chưa khôi phục gì",
        ),
        P.BACKUP_MISSING: _w(
            "location",
            "{location}: no such backup file",
            "{location}: không có tệp sao lưu này",
        ),
        P.BACKUP_NONE_YET: _w(
            "location",
            "{location}: there is no good backup copy of this database yet",
            "{location}: cơ sở dữ liệu này chưa có bản sao lưu nào dùng được",
        ),
        P.BACKUP_NOT_SQLITE_FILE: _w(
            "location",
            "{location}: backups and restores work on a database file, not on a server",
            "{location}: sao lưu và khôi phục chỉ làm được với tệp cơ sở dữ liệu, không làm "
            "được với máy chủ",
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
        P.FILE_NO_PERMISSION: _w(
            "name",
            "{name}: you may not read this file (permission denied)",
            "{name}: không có quyền đọc tệp này",
        ),
        P.FILE_TOO_LARGE: _w(
            "name megabytes",
            "{name}: larger than {megabytes} MB, more than this kind of file ever needs; "
            "nothing was read",
            "{name}: tệp lớn hơn {megabytes} MB, vượt quá mức loại tệp này cần; chưa đọc gì",
        ),
        P.TABLE_TOO_LARGE: _w(
            "source rows cells",
            "{source}: more than {rows} rows or {cells} filled cells; split the file",
            "{source}: nhiều hơn {rows} dòng hoặc {cells} ô có dữ liệu; hãy chia nhỏ tệp",
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
        P.OUTPUT_DISK_FULL: _w(
            "path",
            "{path}: the disk is full; nothing was written and the file that was there is "
            "left as it was",
            "{path}: ổ đĩa đã đầy; chưa ghi được gì, tệp cũ (nếu có) vẫn giữ nguyên",
        ),
        P.OUTPUT_INCOMPLETE: _w(
            "path",
            "{path}: the file could not be written whole (is the disk full?); the file that "
            "was there is left as it was",
            "{path}: không ghi trọn vẹn được tệp (ổ đĩa đầy?); tệp cũ (nếu có) vẫn giữ nguyên",
        ),
        P.OUTPUT_NO_PERMISSION: _w(
            "path",
            "{path}: you may not write in this folder (permission denied); nothing was written",
            "{path}: không có quyền ghi vào thư mục này; chưa ghi được gì",
        ),
        P.OUTPUT_READ_ONLY: _w(
            "path",
            "{path}: the disk or folder is read-only; nothing was written",
            "{path}: ổ đĩa hoặc thư mục chỉ cho đọc; chưa ghi được gì",
        ),
        P.OUTPUT_STDOUT_MANY: _w(
            "option",
            "{option} -: this writes more than one file, which cannot all go to standard "
            "output; name a file or a folder",
            "{option} -: lệnh này ghi nhiều hơn một tệp, không thể đưa hết ra đầu ra chuẩn; "
            "hãy ghi rõ tên tệp hoặc thư mục",
        ),
        P.OUTPUT_KIND_UNKNOWN: _w(
            "path known",
            "{path}: the file name must end in one of {known}",
            "{path}: tên tệp phải có đuôi là một trong {known}",
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
        P.NUMBER_TOO_LONG: _w(
            "what text digits places",
            "{what}: too many digits: '{text}' (at most {digits} before the decimal separator"
            " and {places} after it)",
            "{what}: quá nhiều chữ số: '{text}' (tối đa {digits} chữ số trước dấu thập phân và"
            " {places} chữ số sau)",
        ),
        P.NUMBER_OUT_OF_RANGE: _w(
            "what value low high",
            "{what}: {value} is outside the range {low} to {high}",
            "{what}: {value} nằm ngoài khoảng từ {low} đến {high}",
        ),
        P.FILE_TOO_DEEP: _w(
            "depth",
            "lists or tables nested more than {depth} levels deep",
            "danh sách hoặc bảng lồng nhau quá {depth} cấp",
        ),
        P.ROUND_NONE_YET: _w(
            "",
            "the competition has no rounds yet",
            "cuộc thi chưa có vòng nào",
        ),
        P.ROUND_MISSING: _w(
            "",
            "missing round (the competition has several)",
            "thiếu mã vòng (cuộc thi có nhiều vòng)",
        ),
        P.ENTRY_UNKNOWN: _w(
            "code",
            "unknown entry '{code}'",
            "không có hồ sơ '{code}'",
        ),
        P.ENTRY_NOT_ACTIVE: _w(
            "code status",
            "entry {code} is {status}; it is not judged",
            "hồ sơ {code} {status}; hồ sơ không được chấm",
        ),
        P.ENTRY_STATUS_IS: _w(
            "code status",
            "entry {code} is {status}",
            "hồ sơ {code} {status}",
        ),
        P.ENTRY_CODE_MISSING: _w(
            "",
            "missing code",
            "Thiếu mã.",
        ),
        P.CODE_BAD_CHARACTERS: _w(
            "code",
            "'{code}': letters, digits, . - _ / only",
            "Mã “{code}”: chỉ gồm chữ, số và . - _ /.",
        ),
        P.ENTRY_DUPLICATE_CODE: _w(
            "code",
            "duplicate: entry {code} already exists",
            "Đã có hồ sơ {code}: hãy chọn mã khác.",
        ),
        P.ENTRY_TITLE_MISSING: _w(
            "",
            "missing title",
            "Chưa có tên hồ sơ.",
        ),
        P.ENTRY_CATEGORY_UNKNOWN: _w(
            "category",
            "unknown category '{category}'",
            "Không có lĩnh vực “{category}”.",
        ),
        P.ENTRY_CATEGORY_MISSING: _w(
            "",
            "missing category",
            "Hãy chọn lĩnh vực.",
        ),
        P.ENTRY_DUPLICATE_OF: _w(
            "code",
            "duplicate: same title, authors and organisation as {code}",
            "Hồ sơ {code} có cùng tên, tác giả và đơn vị: hồ sơ bị trùng.",
        ),
        P.ENTRY_REASON_MISSING: _w(
            "status",
            "a reason is needed to mark it {status}",
            "Cần ghi lý do khi hồ sơ {status}.",
        ),
        P.ENTRY_STATUS_REASON_MISSING: _w(
            "code status",
            "entry {code}: a reason is needed to mark it {status}",
            "hồ sơ {code}: cần ghi lý do khi hồ sơ {status}",
        ),
        P.ENTRY_NOT_SAVED: _w(
            "code",
            "entry {code}: not saved",
            "hồ sơ {code}: chưa lưu",
        ),
        P.ENTRY_HAS_MARKS: _w(
            "code",
            "entry {code} has marks; withdraw it instead of deleting it",
            "hồ sơ {code} đã có điểm; hãy rút hồ sơ thay vì xóa",
        ),
        P.ENTRY_EXISTS_AGAIN: _w(
            "code",
            "entry {code} exists again; nothing to restore",
            "hồ sơ {code} đã có lại; không có gì để khôi phục",
        ),
        P.ATTACHMENT_KIND: _w(
            "name",
            "{name}: only PDF files and images can be attached",
            "{name}: chỉ đính kèm được tệp PDF và ảnh",
        ),
        P.ATTACHMENT_UNKNOWN_CONTENT: _w(
            "name",
            "{name}: its content is not a PDF file or an image, so it is not opened",
            "{name}: nội dung không phải tệp PDF hay ảnh nên không mở",
        ),
        P.ATTACHMENT_TOO_LARGE: _w(
            "name megabytes",
            "{name}: larger than {megabytes} MB",
            "{name}: lớn hơn {megabytes} MB",
        ),
        P.ATTACHMENT_NOT_PDF: _w(
            "name",
            "{name}: not a PDF file",
            "{name}: không phải tệp PDF",
        ),
        P.IMPORT_CANCELLED: _w(
            "source",
            "{source}: import cancelled; nothing was imported",
            "{source}: đã hủy nhập; chưa nhập gì",
        ),
        P.IMPORT_MORE_FAULTS: _w(
            "count",
            "and {count} more faults in later rows, not listed; fix those above and try again",
            "và còn {count} lỗi nữa ở các dòng sau, không liệt kê; hãy sửa các lỗi trên rồi thử lại",
        ),
        P.IMPORT_FAULTY_ROWS: _w(
            "source rows",
            "{source}: {rows} faulty row(s); nothing was imported",
            "{source}: {rows} dòng lỗi; chưa nhập gì",
        ),
        P.IMPORT_FAULTY_ROWS_CATEGORIES: _w(
            "source rows known",
            "{source}: {rows} faulty row(s); nothing was imported; the categories are: {known}",
            "{source}: {rows} dòng lỗi; chưa nhập gì; các lĩnh vực: {known}",
        ),
        P.JUDGE_UNKNOWN: _w(
            "code",
            "unknown judge '{code}'",
            "không có giám khảo '{code}'",
        ),
        P.JUDGE_CODE_MISSING: _w(
            "",
            "missing judge",
            "thiếu mã giám khảo",
        ),
        P.ENTRY_CODE_MISSING_IN_ROW: _w(
            "",
            "missing entry",
            "thiếu mã hồ sơ",
        ),
        P.JUDGE_DUPLICATE_CODE: _w(
            "code",
            "duplicate: judge {code} already exists",
            "Đã có giám khảo {code}: hãy chọn mã khác.",
        ),
        P.JUDGE_NAME_MISSING: _w(
            "",
            "missing name",
            "Chưa có họ tên.",
        ),
        P.JUDGE_NOT_SAVED: _w(
            "code",
            "judge {code}: not saved",
            "giám khảo {code}: chưa lưu",
        ),
        P.JUDGES_NOT_FOUND: _w(
            "codes",
            "no judge with code {codes}",
            "không có giám khảo mã {codes}",
        ),
        P.PIN_FORMAT: _w(
            "",
            "a PIN is 6 to 12 digits",
            "mã PIN gồm từ 6 đến 12 chữ số",
        ),
        P.ASSIGNMENT_ORIGIN: _w(
            "known origin",
            "origin must be one of {known}, not '{origin}'",
            "nguồn phân công phải là một trong {known}, không phải '{origin}'",
        ),
        P.ASSIGNMENT_CONFLICT: _w(
            "judge entry reason",
            "judge {judge} may not judge entry {entry}: {reason}",
            "giám khảo {judge} không được chấm hồ sơ {entry}: {reason}",
        ),
        P.ASSIGNMENT_MARKED: _w(
            "judge entry",
            "judge {judge} has already marked entry {entry}; the assignment stays (the judge can recuse instead)",
            "giám khảo {judge} đã chấm hồ sơ {entry}; vẫn giữ phân công (giám khảo có thể tự từ chối chấm)",
        ),
        P.ASSIGNMENT_NOT_FOUND: _w(
            "judge entry",
            "judge {judge} is not assigned entry {entry}",
            "giám khảo {judge} không được phân chấm hồ sơ {entry}",
        ),
        P.CATEGORY_UNKNOWN: _w(
            "code known",
            "no category with code '{code}' (categories: {known})",
            "không có lĩnh vực nào mang mã '{code}' (các lĩnh vực: {known})",
        ),
        P.CONFLICT_ALREADY_MARKED: _w(
            "judge entry",
            "judge {judge} has already marked entry {entry}; the judge recuses in scoring instead",
            "giám khảo {judge} đã chấm hồ sơ {entry}; giám khảo tự từ chối chấm khi chấm điểm",
        ),
        P.CONFLICT_REFUSED: _w(
            "source",
            "{source}: refused; nothing was changed",
            "{source}: bị từ chối; không thay đổi gì",
        ),
        P.COMPONENT_UNKNOWN: _w(
            "component round known",
            "unknown component '{component}' in round {round} (components: {known})",
            "vòng {round} không có điểm thành phần '{component}' (các điểm thành phần: {known})",
        ),
        P.COMPONENT_NEGATIVE: _w(
            "value",
            "value {value}: must not be negative",
            "giá trị {value}: không được âm",
        ),
        P.ROW_REPEATED: _w(
            "row",
            "the same value is also on row {row}",
            "giá trị này cũng có ở dòng {row}",
        ),
        P.XLSX_UNREADABLE: _w(
            "source reason",
            "{source}: not a readable xlsx workbook ({reason})",
            "{source}: không đọc được bảng tính xlsx ({reason})",
        ),
        P.XLSX_EMPTY: _w(
            "source",
            "{source}: the first worksheet is empty",
            "{source}: trang tính đầu tiên trống",
        ),
        P.TABLE_NO_ROWS: _w(
            "source",
            "{source}: a header but no rows below it; nothing was imported",
            "{source}: chỉ có dòng tiêu đề, không có dòng dữ liệu; chưa nhập gì",
        ),
        P.CSV_UNREADABLE: _w(
            "source",
            "{source}: not a readable CSV file",
            "{source}: không đọc được tệp CSV",
        ),
        P.CSV_ROW_BROKEN: _w(
            "reason",
            "broken CSV ({reason})",
            "lỗi định dạng CSV ({reason})",
        ),
        P.CSV_EMPTY: _w(
            "source",
            "{source}: the file is empty",
            "{source}: tệp trống",
        ),
        P.CSV_OVERFULL: _w(
            "source",
            "{source}: some rows have more cells than the header; nothing was imported",
            "{source}: có dòng nhiều ô hơn dòng tiêu đề; chưa nhập gì",
        ),
        P.CSV_ROW_OVERFULL: _w(
            "cells header delimiter",
            "{cells} cells where the header has {header}: is there a '{delimiter}' inside a cell that is not in quotes?",
            "{cells} ô trong khi dòng tiêu đề có {header}: có dấu '{delimiter}' nằm trong một ô mà không có ngoặc kép không?",
        ),
        P.MAP_UNKNOWN_FIELD: _w(
            "field fields",
            "unknown field '{field}'; fields: {fields}",
            "không có trường '{field}'; các trường: {fields}",
        ),
        P.MAP_NO_SUCH_COLUMN: _w(
            "",
            "no such column in the file",
            "tệp không có cột này",
        ),
        P.MAP_DOES_NOT_FIT: _w(
            "source",
            "{source}: the column map does not fit the file",
            "{source}: bảng ghép cột không khớp với tệp",
        ),
        P.MAP_INVALID: _w(
            "name reason",
            "{name}: not a valid map file ({reason})",
            "{name}: tệp ghép cột không hợp lệ ({reason})",
        ),
        P.MAP_FAULTY: _w(
            "name",
            "{name}: not a valid map file",
            "{name}: tệp ghép cột không hợp lệ",
        ),
        P.MAP_CATEGORY_NOT_TEXT: _w(
            "",
            "the category must be a quoted code or name",
            "lĩnh vực phải là mã hoặc tên đặt trong ngoặc kép",
        ),
        P.MAP_FIELD_NOT_TEXT: _w(
            "",
            "the field must be a quoted name",
            "trường phải là tên đặt trong ngoặc kép",
        ),
        P.IMPORT_REFUSED: _w(
            "source",
            "{source}: refused; nothing was imported",
            "{source}: bị từ chối; chưa nhập gì",
        ),
        P.IMPORT_NO_COLUMN: _w(
            "source missing fields",
            "{source}: no column for {missing}; name the columns {fields}",
            "{source}: không có cột cho {missing}; hãy đặt tên cột là {fields}",
        ),
        P.IMPORT_NO_COLUMN_MAPPABLE: _w(
            "source missing fields",
            "{source}: no column for {missing}; name the columns {fields} or give a column map (--map)",
            "{source}: không có cột cho {missing}; hãy đặt tên cột là {fields} hoặc dùng bảng ghép cột (--map)",
        ),
        P.ROW_TITLE_MISSING: _w(
            "",
            "missing title",
            "thiếu tên hồ sơ",
        ),
        P.ROW_CATEGORY_MISSING: _w(
            "",
            "missing category",
            "thiếu lĩnh vực",
        ),
        P.ROW_CATEGORY_UNKNOWN: _w(
            "category known",
            "unknown category '{category}' (categories: {known})",
            "không có lĩnh vực “{category}” (các lĩnh vực: {known})",
        ),
        P.ROW_CATEGORY_NOT_KNOWN: _w(
            "category",
            "unknown category '{category}'",
            "không có lĩnh vực “{category}”",
        ),
        P.ROW_BAD_CODE: _w(
            "code",
            "code '{code}': letters, digits, . - _ / only",
            "mã “{code}”: chỉ gồm chữ, số và các dấu . - _ /",
        ),
        P.ROW_CODE_IN_DATABASE: _w(
            "code",
            "duplicate: code {code} is already in the database",
            "trùng: mã {code} đã có trong cơ sở dữ liệu",
        ),
        P.ROW_CODE_ON_ROW: _w(
            "code row",
            "duplicate: code {code} is also on row {row}",
            "trùng: mã {code} cũng có ở dòng {row}",
        ),
        P.ROW_DUPLICATE_IN_DATABASE: _w(
            "code",
            "duplicate: same title, authors and organisation as entry {code} already in the database",
            "trùng: cùng tên, tác giả và đơn vị với hồ sơ {code} đã có",
        ),
        P.ROW_DUPLICATE_ROW: _w(
            "row",
            "duplicate: same title, authors and organisation as row {row}",
            "trùng: cùng tên, tác giả và đơn vị với dòng {row}",
        ),
        P.ROW_NAME_MISSING: _w(
            "",
            "missing name",
            "thiếu họ tên",
        ),
        P.ROW_ROLE_UNKNOWN: _w(
            "role",
            "unknown role '{role}' (member, chair or trainee)",
            "vai trò lạ '{role}' (thành viên, chủ tịch hoặc tập sự)",
        ),
        P.ROW_JUDGE_IN_DATABASE: _w(
            "code",
            "duplicate: judge {code} is already in the database",
            "trùng: giám khảo {code} đã có trong cơ sở dữ liệu",
        ),
        P.ROUND_NOT_OPEN: _w(
            "round status",
            "round {round} is {status}: its marks can no longer change",
            "vòng {round} {status}: không thể sửa điểm nữa",
        ),
        P.ROUND_NOT_OPEN_NOW: _w(
            "round status",
            "round {round} is {status}, not open",
            "vòng {round} {status}, không còn mở",
        ),
        P.ROUND_ALREADY_OPEN: _w(
            "round",
            "round {round} is already open",
            "vòng {round} đang mở",
        ),
        P.ROUND_APPROVE_CLOSED_ONLY: _w(
            "round status",
            "round {round} is {status}: only a closed round can be approved",
            "vòng {round} {status}: chỉ phê duyệt được vòng đã đóng",
        ),
        P.ROUND_APPROVE_CLOSE_FIRST: _w(
            "round status",
            "round {round} is {status}: only a closed round can be approved (run close-round first)",
            "vòng {round} {status}: chỉ phê duyệt được vòng đã đóng (hãy đóng vòng trước)",
        ),
        P.ROUND_APPROVED_LOCKED: _w(
            "round",
            "round {round} is approved and locked; reopen it first",
            "vòng {round} đã được phê duyệt và khóa; hãy mở lại vòng trước",
        ),
        P.ROUND_REOPEN_REASON_MISSING: _w(
            "",
            "a reason is required to reopen a round",
            "cần ghi lý do để mở lại vòng",
        ),
        P.ROUND_NO_ADVANCEMENT: _w(
            "round",
            "round {round} has no advancement rule ([rounds.advance])",
            "vòng {round} chưa có quy tắc chọn vào vòng sau ([rounds.advance])",
        ),
        P.ROUND_NO_APPROVED_RESULT: _w(
            "round",
            "round {round} has no approved result stored (approve-round)",
            "vòng {round} chưa có kết quả đã phê duyệt (approve-round)",
        ),
        P.ROUND_NAME_IT: _w(
            "known",
            "name the round with --round (rounds: {known})",
            "hãy chọn vòng bằng --round (các vòng: {known})",
        ),
        P.ROUND_UNKNOWN: _w(
            "code known",
            "no round '{code}' (rounds: {known})",
            "không có vòng '{code}' (các vòng: {known})",
        ),
        P.PUBLISH_NOT_APPROVED: _w(
            "round",
            "the result of round {round} is not approved yet: only an approved result is "
            "published on the web page (approve-round first)",
            "kết quả vòng {round} chưa được phê duyệt: trang web chỉ công bố kết quả đã phê "
            "duyệt (hãy phê duyệt vòng trước, approve-round)",
        ),
        P.CATEGORY_UNKNOWN_SHORT: _w(
            "code known",
            "no category '{code}' (categories: {known})",
            "không có lĩnh vực '{code}' (các lĩnh vực: {known})",
        ),
        P.ENTRY_NOT_IN_ROUND: _w(
            "entry round",
            "entry {entry} does not take part in round {round}",
            "hồ sơ {entry} không tham gia vòng {round}",
        ),
        P.TIE_REASON_MISSING: _w(
            "",
            "the chair's reason is required",
            "cần ghi lý do của chủ tịch hội đồng",
        ),
        P.TIE_TOO_FEW: _w(
            "",
            "name at least two tied entries",
            "hãy nêu ít nhất hai hồ sơ đồng hạng",
        ),
        P.TIE_NAMED_TWICE: _w(
            "codes",
            "named twice: {codes}",
            "bị nêu hai lần: {codes}",
        ),
        P.TIE_NOT_A_GROUP: _w(
            "codes round tied",
            "{codes} is not a group tied now in round {round} (tied now: {tied})",
            "{codes} không phải là nhóm đang đồng hạng ở vòng {round} (đang đồng hạng: {tied})",
        ),
        P.TIE_NOT_RESOLVED: _w(
            "",
            "the tie cannot be resolved so",
            "không thể phân định đồng hạng như vậy",
        ),
        P.TIE_BREAK_UNKNOWN: _w(
            "text",
            "unknown tie-break '{text}' (use jury_total, criterion:CODE or component:CODE)",
            "tiêu chí phụ '{text}' không hợp lệ (dùng jury_total, criterion:MÃ hoặc component:MÃ)",
        ),
        P.COMPETITION_EXISTS: _w(
            "code name",
            "this database already holds a competition ({code}: {name}); one competition per database",
            "cơ sở dữ liệu này đã có một cuộc thi ({code}: {name}); mỗi cơ sở dữ liệu chỉ chứa một cuộc thi",
        ),
        P.COMPETITION_EXISTS_DEMO: _w(
            "code name",
            "this database already holds a competition ({code}: {name}); the demo needs an empty database",
            "cơ sở dữ liệu này đã có một cuộc thi ({code}: {name}); bản trình diễn cần một cơ sở dữ liệu trống",
        ),
        P.SHEET_NOT_ASSIGNED: _w(
            "entry judge round",
            "entry {entry} is not assigned to judge {judge} in round {round}",
            "hồ sơ {entry} không được phân công cho giám khảo {judge} ở vòng {round}",
        ),
        P.SHEET_SUBMITTED: _w(
            "sheet",
            "the sheet {sheet} is submitted and locked; the organiser can reopen it",
            "phiếu {sheet} đã nộp và bị khóa; ban tổ chức có thể mở lại",
        ),
        P.SHEET_RECUSED: _w(
            "sheet",
            "the judge recused from {sheet}; it takes no marks",
            "giám khảo đã từ chối chấm {sheet}; phiếu này không nhận điểm",
        ),
        P.SHEET_INCOMPLETE: _w(
            "sheet missing",
            "the sheet {sheet} cannot be submitted yet: no mark for {missing}",
            "phiếu {sheet} chưa nộp được: còn thiếu điểm tiêu chí {missing}",
        ),
        P.SHEET_RECUSE_REASON_MISSING: _w(
            "",
            "say why you recuse (the conflict of interest)",
            "hãy ghi lý do từ chối chấm (xung đột lợi ích)",
        ),
        P.SHEET_REOPEN_REASON_MISSING: _w(
            "",
            "say why the sheet is reopened (it goes to the audit log)",
            "hãy ghi lý do mở lại phiếu (lý do được lưu vào nhật ký)",
        ),
        P.SHEET_NOTHING_TO_REOPEN: _w(
            "sheet",
            "the sheet {sheet} is not submitted or recused; nothing to reopen",
            "phiếu {sheet} chưa nộp và không bị từ chối chấm; không có gì để mở lại",
        ),
        P.JUDGE_NO_PIN: _w(
            "code",
            "judge {code} has no PIN yet; the organiser sets one",
            "giám khảo {code} chưa có mã PIN; ban tổ chức sẽ đặt mã",
        ),
        P.PIN_WRONG: _w(
            "",
            "wrong PIN",
            "sai mã PIN",
        ),
        P.PIN_TOO_EASY: _w(
            "",
            "a PIN of one repeated digit or a straight run (123456, 987654) is too easy to guess",
            "mã PIN chỉ gồm một chữ số lặp lại hoặc một dãy liên tiếp (123456, 987654) quá dễ đoán",
        ),
        P.LOGIN_WAIT: _w(
            "seconds",
            "too many wrong attempts: try again in {seconds} seconds",
            "đã nhập sai quá nhiều lần: hãy thử lại sau {seconds} giây",
        ),
        P.LOGIN_LOCKED: _w(
            "code failures",
            "judge {code} is locked after {failures} wrong PINs; the organiser can unlock it "
            "(Judges, Unlock)",
            "giám khảo {code} đã bị khóa sau {failures} lần nhập sai mã PIN; ban tổ chức "
            "có thể mở khóa (mục Giám khảo, Mở khóa)",
        ),
        P.SECRET_WRONG_WAIT: _w(
            "wrong seconds",
            "{wrong}; the next attempt is possible in {seconds} seconds",
            "{wrong}; lần thử tiếp theo có thể thực hiện sau {seconds} giây",
        ),
        P.PASSWORD_WRONG: _w(
            "",
            "wrong organiser password",
            "sai mật khẩu ban tổ chức",
        ),
        P.PASSWORD_CURRENT_NEEDED: _w(
            "",
            "an organiser password is set: give the current one to change or remove it, "
            "or reset it explicitly",
            "đã có mật khẩu ban tổ chức: hãy nhập mật khẩu hiện tại để đổi hoặc xóa, "
            "hoặc đặt lại một cách rõ ràng",
        ),
        P.JUDGE_NOT_LOCKED: _w(
            "code",
            "judge {code} is not locked",
            "giám khảo {code} không bị khóa",
        ),
        P.MARK_FOR_CRITERION: _w(
            "criterion problem",
            "{criterion}: {problem}",
            "tiêu chí {criterion}: {problem}",
        ),
        P.MARK_OUT_OF_RANGE: _w(
            "value max",
            "{value} is out of range: marks go from 0 to {max}",
            "{value} nằm ngoài thang điểm: điểm từ 0 đến {max}",
        ),
        P.MARK_NOT_A_STEP: _w(
            "value step",
            "{value} is not a multiple of the step {step}",
            "{value} không đúng bậc điểm: tiêu chí này chấm theo bậc {step}",
        ),
        P.MARK_TOO_FINE: _w(
            "value places",
            "{value} has more than {places} decimal places",
            "{value} có quá {places} chữ số thập phân",
        ),
        P.PAPER_NOT_ASSIGNED: _w(
            "judge",
            "not assigned to judge {judge}",
            "không được phân công cho giám khảo {judge}",
        ),
        P.PAPER_NO_SUCH_CRITERION: _w(
            "",
            "no such criterion",
            "không có tiêu chí này",
        ),
        P.PAPER_NOT_SAVED: _w(
            "",
            "the paper sheets were not saved",
            "chưa lưu các phiếu chấm giấy",
        ),
        P.MARKS_FILE_REFUSED: _w(
            "source",
            "{source}: the file was refused; nothing was imported",
            "{source}: tệp bị từ chối; chưa nhập gì",
        ),
        P.CSV_UNREADABLE_BECAUSE: _w(
            "source reason",
            "{source}: not a readable CSV file ({reason})",
            "{source}: không đọc được tệp CSV ({reason})",
        ),
        P.MARKS_UNKNOWN_COLUMNS: _w(
            "unknown columns",
            "unknown column(s) {unknown}; the columns are {columns}",
            "cột lạ {unknown}; các cột là {columns}",
        ),
        P.MARKS_MISSING_COLUMNS: _w(
            "missing",
            "missing column(s) {missing}",
            "thiếu cột {missing}",
        ),
        P.MARKS_COLUMN_TWICE: _w(
            "",
            "a column is named twice",
            "có cột bị lặp tên",
        ),
        P.MARKS_BAD_HEADER: _w(
            "source",
            "{source}: the header is not that of a marks file",
            "{source}: dòng tiêu đề không phải của tệp điểm",
        ),
        P.ROW_CELL_COUNT: _w(
            "cells header",
            "{cells} cells where the header has {header}",
            "{cells} ô trong khi dòng tiêu đề có {header}",
        ),
        P.MARKS_ROUND_MISSING: _w(
            "rounds",
            "round missing: the competition has rounds {rounds}",
            "thiếu vòng: cuộc thi có các vòng {rounds}",
        ),
        P.MARKS_ROUND_UNKNOWN: _w(
            "code",
            "unknown round '{code}'",
            "không có vòng '{code}'",
        ),
        P.MARKS_JUDGE_MISSING: _w(
            "",
            "judge missing",
            "thiếu mã giám khảo",
        ),
        P.MARKS_ENTRY_MISSING: _w(
            "",
            "entry missing",
            "thiếu mã hồ sơ",
        ),
        P.MARKS_MARK_MISSING: _w(
            "",
            "mark missing",
            "thiếu điểm",
        ),
        P.MARKS_NOT_A_NUMBER: _w(
            "text",
            "mark '{text}' is not a number",
            "điểm '{text}' không phải là số",
        ),
        P.MARKS_CRITERION_UNKNOWN: _w(
            "code round",
            "unknown criterion '{code}' in round {round}",
            "vòng {round} không có tiêu chí '{code}'",
        ),
        P.MARKS_ROUND_NOT_OPEN: _w(
            "round status",
            "round {round} is {status}",
            "vòng {round} {status}, không nhận thêm điểm",
        ),
        P.MARKS_RECUSED: _w(
            "judge entry",
            "judge {judge} recused from entry {entry}",
            "giám khảo {judge} đã từ chối chấm hồ sơ {entry}",
        ),
        P.MARKS_SAME_AS_ROW: _w(
            "row",
            "the same mark as row {row}",
            "trùng với điểm ở dòng {row}",
        ),
        P.MARKS_SUBMITTED: _w(
            "value",
            "the sheet is submitted with {value}; the organiser must reopen it before it can change",
            "phiếu đã nộp với điểm {value}; ban tổ chức phải mở lại phiếu trước khi sửa",
        ),
        P.ROUND_NOT_APPROVABLE: _w(
            "round",
            "round {round} cannot be approved yet",
            "vòng {round} chưa phê duyệt được",
        ),
        P.TEMPLATE_UNKNOWN: _w(
            "name known",
            "no template named '{name}'; templates: {known}",
            "không có mẫu nào tên '{name}'; các mẫu: {known}",
        ),
        P.DEFINITION_NOT_UTF8: _w(
            "path byte",
            "{path}: not UTF-8 text (byte {byte}); save the definition as UTF-8",
            "{path}: không phải văn bản UTF-8 (byte {byte}); hãy lưu tệp định nghĩa theo mã UTF-8",
        ),
        P.COMPETITION_EXISTS_NEW_DB: _w(
            "code name",
            "this database already holds a competition ({code}: {name}); one competition per database — use a new --db file",
            "cơ sở dữ liệu này đã có một cuộc thi ({code}: {name}); mỗi cơ sở dữ liệu chỉ chứa một cuộc thi — hãy dùng một tệp --db mới",
        ),
        P.DEFINITION_WOULD_LOSE: _w(
            "",
            "the definition cannot be saved: it would lose what judging already uses",
            "không lưu được định nghĩa: sẽ mất những gì việc chấm giải đang dùng",
        ),
        P.DEFINITION_ONE_FAULT: _w(
            "",
            "the competition definition has 1 problem; nothing was changed",
            "định nghĩa cuộc thi có 1 lỗi; không có gì thay đổi",
        ),
        P.DEFINITION_FAULTS: _w(
            "count",
            "the competition definition has {count} problems; nothing was changed",
            "định nghĩa cuộc thi có {count} lỗi; không có gì thay đổi",
        ),
        P.DEF_CATEGORY_IN_USE: _w(
            "",
            "entries belong to it: it cannot be removed or renamed (move the entries first)",
            "đã có hồ sơ thuộc lĩnh vực này: không thể xóa hoặc đổi mã (hãy chuyển hồ sơ sang lĩnh vực khác trước)",
        ),
        P.DEF_ROUND_IN_USE: _w(
            "",
            "judges are assigned or marks are given in it: it cannot be removed or renamed",
            "vòng đã có phân công giám khảo hoặc đã có điểm: không thể xóa hoặc đổi mã",
        ),
        P.DEF_ROUND_APPROVED: _w(
            "",
            "the round is approved (locked): it cannot change",
            "vòng đã được phê duyệt (đã khóa): không thể thay đổi",
        ),
        P.DEF_CRITERION_IN_USE: _w(
            "",
            "marks are given for it: it cannot be removed or renamed",
            "tiêu chí đã có điểm: không thể xóa hoặc đổi mã",
        ),
        P.DEF_MAX_BELOW_MARK: _w(
            "highest max",
            "a mark of {highest} is already given: the maximum cannot go below it (to {max})",
            "đã có điểm {highest}: không thể hạ điểm tối đa xuống {max}",
        ),
        P.DEF_COMPONENT_IN_USE: _w(
            "",
            "values are imported for it: it cannot be removed or renamed",
            "đã nhập giá trị cho điểm thành phần này: không thể xóa hoặc đổi mã",
        ),
        P.DEF_CODE_EMPTY: _w("", "the code is empty", "mã đang để trống"),
        P.DEF_CODE_CHARACTERS: _w(
            "code",
            "code '{code}': use letters, digits, '_', '-' or '.' only (no spaces or ':')",
            "mã '{code}': chỉ dùng chữ, số, '_', '-' hoặc '.' (không có khoảng trắng hay ':')",
        ),
        P.DEF_NAME_EMPTY: _w("", "the name is empty", "tên đang để trống"),
        P.DEF_DUPLICATE_CODE: _w(
            "what code", "duplicate {what} code '{code}'", "trùng mã {what} '{code}'"
        ),
        P.DEF_NEGATIVE: _w(
            "key value", "{key} cannot be negative ({value})", "{key} không được âm ({value})"
        ),
        P.DEF_AT_LEAST_ONE: _w(
            "key value", "{key} must be at least 1 ({value})", "{key} phải từ 1 trở lên ({value})"
        ),
        P.DEF_ABOVE_ZERO: _w(
            "key value", "{key} must be greater than 0 ({value})", "{key} phải lớn hơn 0 ({value})"
        ),
        P.DEF_NO_ROUND: _w("", "the competition has no round", "cuộc thi chưa có vòng nào"),
        P.DEF_PRIZE_NEEDS_LIMIT: _w(
            "prize",
            "prize '{prize}' needs a count, a min_total or both",
            "giải '{prize}' cần count, min_total hoặc cả hai",
        ),
        P.DEF_PER_CATEGORY_WITHOUT_CATEGORIES: _w(
            "",
            "per_category = true, but the competition has no categories",
            "per_category = true nhưng cuộc thi không có lĩnh vực nào",
        ),
        P.DEF_ROUND_NO_CRITERION: _w(
            "round", "round '{round}' has no criterion", "vòng '{round}' chưa có tiêu chí nào"
        ),
        P.DEF_SCALE_UNKNOWN: _w(
            "scale known",
            "unknown scale '{scale}' (only '{known}')",
            "scale '{scale}' không hợp lệ (chỉ có '{known}')",
        ),
        P.DEF_SCALE_NEEDS_POINTS: _w(
            "component scale",
            "component '{component}': scale = \"{scale}\" needs points",
            "thành phần '{component}': scale = \"{scale}\" cần có points",
        ),
        P.DEF_POINTS_WITHOUT_SCALE: _w(
            "scale",
            'points and places only go with scale = "{scale}"',
            'points và places chỉ dùng với scale = "{scale}"',
        ),
        P.DEF_ADVANCE_NEEDS_LIMIT: _w(
            "", "advance needs top, min_total or both", "advance cần top, min_total hoặc cả hai"
        ),
        P.DEF_LAST_ROUND_ADVANCES: _w(
            "round",
            "round '{round}' is the last round: there is no next round to advance to",
            "vòng '{round}' là vòng cuối: không có vòng sau để đi tiếp",
        ),
        P.DEF_TOO_LARGE: _w(
            "key value high",
            "{key} must be at most {high} ({value})",
            "{key} không được lớn hơn {high} ({value})",
        ),
        P.DEF_TOO_MANY_PLACES: _w(
            "key value places",
            "{key} {value} has more than {places} decimal places",
            "{key} {value} có quá {places} chữ số thập phân",
        ),
        P.DEF_STEP_NOT_DIVIDING: _w(
            "step max",
            "step {step} does not divide the maximum {max}",
            "bước {step} không chia hết điểm tối đa {max}",
        ),
        P.DEF_BAND_REVERSED: _w(
            "low high", "band {low}–{high}: min is above max", "mức {low}–{high}: min lớn hơn max"
        ),
        P.DEF_BAND_OUTSIDE: _w(
            "low high max",
            "band {low}–{high} lies outside 0–{max}",
            "mức {low}–{high} nằm ngoài 0–{max}",
        ),
        P.DEF_BAND_OFF_STEP: _w(
            "key value step",
            "band {key} {value} is not on the step {step}",
            "{key} của mức {value} không khớp bước {step}",
        ),
        P.DEF_BAND_LABEL_EMPTY: _w("", "the band's label is empty", "mô tả của mức đang để trống"),
        P.DEF_BANDS_OVERLAP: _w(
            "low high other_low other_high",
            "band {low}–{high} overlaps band {other_low}–{other_high}",
            "mức {low}–{high} chồng lên mức {other_low}–{other_high}",
        ),
        P.DEF_TRIM_NEEDS_ONE: _w(
            "",
            'aggregate = "trimmed_mean" needs trim = 1 or more',
            'aggregate = "trimmed_mean" cần trim từ 1 trở lên',
        ),
        P.DEF_TRIM_TOO_LARGE: _w(
            "trim dropped judges",
            "trim {trim} drops {dropped} of the {judges} marks an entry gets: nothing would be left",
            "trim {trim} bỏ {dropped} trong {judges} điểm của mỗi hồ sơ: không còn điểm nào",
        ),
        P.DEF_TRIM_WITHOUT_TRIMMED_MEAN: _w(
            "trim aggregate",
            'trim = {trim} only goes with aggregate = "trimmed_mean" (not "{aggregate}")',
            'trim = {trim} chỉ dùng với aggregate = "trimmed_mean" (không phải "{aggregate}")',
        ),
        P.DEF_TIE_BREAK_TWICE: _w(
            "metric", "tie-break '{metric}' is listed twice", "tiêu chí phụ '{metric}' bị lặp"
        ),
        P.DEF_TIE_BREAK_NAMES_NOTHING: _w(
            "metric round what code",
            "tie-break '{metric}': round '{round}' has no {what} '{code}'",
            "tiêu chí phụ '{metric}': vòng '{round}' không có {what} '{code}'",
        ),
        P.DEF_WRONG_TYPE: _w(
            "key want got",
            "{key} must be {want}, not {got}",
            "{key} phải là {want}, không phải {got}",
        ),
        P.DEF_UNKNOWN_KEY: _w(
            "key allowed",
            "unknown key '{key}' (allowed here: {allowed})",
            "khóa '{key}' không hợp lệ (ở đây dùng được: {allowed})",
        ),
        P.DEF_MISSING_KEY: _w("key", "missing required key '{key}'", "thiếu khóa bắt buộc '{key}'"),
        P.DEF_NOT_ONE_OF: _w(
            "key value allowed",
            '{key} = "{value}" is not one of {allowed}',
            '{key} = "{value}" không thuộc {allowed}',
        ),
        P.DEF_FORMAT_VERSION: _w(
            "found format",
            "unknown format version '{found}': this program reads '{format}'",
            "phiên bản định dạng '{found}' không được hỗ trợ: chương trình đọc '{format}'",
        ),
        P.DEF_NOT_A_DEFINITION: _w(
            "found format",
            "format '{found}' is not a competition definition (expected '{format}')",
            "format '{found}' không phải định nghĩa cuộc thi (cần '{format}')",
        ),
        P.DEF_MISSING_COMPETITION: _w(
            "", "missing table [competition]", "thiếu bảng [competition]"
        ),
        P.DEF_NOT_A_NUMBER: _w(
            "key text", "{key}: '{text}' is not a number", "{key}: '{text}' không phải là số"
        ),
        P.DEF_NOT_WHOLE: _w(
            "key text",
            "{key}: '{text}' is not a whole number",
            "{key}: '{text}' không phải số nguyên",
        ),
        P.DEF_KEY_EMPTY: _w("key", "{key} is empty", "{key} đang để trống"),
        P.DEF_NOT_TOML: _w(
            "source", "{source}: not valid TOML", "{source}: không phải TOML hợp lệ"
        ),
        P.DEF_TOML_SYNTAX: _w(
            "detail column",
            "TOML syntax error: {detail} (column {column})",
            "lỗi cú pháp TOML: {detail} (cột {column})",
        ),
        P.TERM_CATEGORY: _w("", "category", "lĩnh vực"),
        P.TERM_ROUND: _w("", "round", "vòng"),
        P.TERM_CRITERION: _w("", "criterion", "tiêu chí"),
        P.TERM_COMPONENT: _w("", "component", "thành phần"),
        P.TERM_PRIZE: _w("", "prize", "giải"),
        P.TERM_TEXT_QUOTED: _w("", "text (in quotes)", "chuỗi (trong dấu nháy)"),
        P.TERM_WHOLE_NUMBER: _w("", "a whole number", "số nguyên"),
        P.TERM_A_NUMBER: _w("", "a number", "số"),
        P.TERM_TRUE_OR_FALSE: _w("", "true or false", "true hoặc false"),
        P.TERM_TABLE: _w("", "a table", "bảng"),
        P.TERM_TABLES: _w("", "a list of tables ([[…]])", "danh sách bảng ([[…]])"),
        P.TERM_TEXTS: _w("", "a list of texts", "danh sách chuỗi"),
        P.TERM_A_LIST: _w("", "a list", "danh sách"),
        P.SEPARATOR_BAD: _w(
            "separator",
            "separator must be ',' or ';', not '{separator}'",
            "dấu phân cách phải là ',' hoặc ';', không phải '{separator}'",
        ),
        P.MARK_NOT_WHOLE: _w(
            "value",
            "{value} is not a multiple of the step 1",
            "{value} không phải điểm nguyên: tiêu chí này chấm điểm nguyên",
        ),
        P.CERT_TEMPLATE_FAULTS: _w(
            "source count",
            "{source}: the certificate template has {count} problem(s); nothing was changed",
            "{source}: mẫu giấy chứng nhận có {count} lỗi; không có gì thay đổi",
        ),
        P.CERT_TOML_SYNTAX: _w(
            "detail", "TOML syntax error: {detail}", "lỗi cú pháp TOML: {detail}"
        ),
        P.CERT_TEMPLATE_NOT_UTF8: _w(
            "name",
            "{name} is not UTF-8 text; save the template as UTF-8",
            "{name} không phải văn bản UTF-8; hãy lưu mẫu với bảng mã UTF-8",
        ),
        P.CERT_FIELD_MISSING: _w(
            "field", "{field} is missing or empty", "thiếu {field} hoặc để trống"
        ),
        P.CERT_FIELD_UNKNOWN: _w(
            "field known",
            "{field} is not part of a certificate template (here: {known})",
            "{field} không thuộc mẫu giấy chứng nhận (ở đây có: {known})",
        ),
        P.CERT_NOT_TEXT: _w(
            "field", "{field} must be text in quotes", "{field} phải là chữ đặt trong ngoặc kép"
        ),
        P.CERT_NOT_NUMBER: _w("field", "{field} must be a number", "{field} phải là một số"),
        P.CERT_NOT_BOOL: _w(
            "field", "{field} must be true or false", "{field} phải là true hoặc false"
        ),
        P.CERT_NOT_TABLES: _w(
            "field",
            "{field} must be a table ([qr]) or tables ([[fields]])",
            "{field} phải là bảng ([qr]) hoặc các bảng ([[fields]])",
        ),
        P.CERT_OUT_OF_RANGE: _w(
            "field value low high",
            "{field} = {value} is outside {low} to {high}",
            "{field} = {value} nằm ngoài khoảng từ {low} đến {high}",
        ),
        P.CERT_OFF_PAGE: _w(
            "field reach limit",
            "{field}: the box reaches {reach} mm, beyond the page's {limit} mm",
            "{field}: khung chữ kéo tới {reach} mm, vượt quá khổ giấy {limit} mm",
        ),
        P.CERT_MIN_ABOVE_SIZE: _w(
            "field value size",
            "{field} = {value} is larger than the field's size {size}",
            "{field} = {value} lớn hơn cỡ chữ {size} của mục này",
        ),
        P.CERT_COLOUR_BAD: _w(
            "field value",
            "{field} = '{value}' is not a colour written #RRGGBB",
            "{field} = '{value}' không phải là màu viết dạng #RRGGBB",
        ),
        P.CERT_CHOICE_BAD: _w(
            "field value known",
            "{field} = '{value}': choose one of {known}",
            "{field} = '{value}': hãy chọn một trong {known}",
        ),
        P.CERT_CODE_BAD: _w(
            "field value",
            "{field} = '{value}': use up to 40 letters, digits, '-' or '_'",
            "{field} = '{value}': chỉ dùng tối đa 40 chữ cái không dấu, chữ số, '-' hoặc '_'",
        ),
        P.CERT_FORMAT_BAD: _w(
            "field value wanted",
            "{field} = '{value}' is not a certificate template (expected '{wanted}')",
            "{field} = '{value}' không phải là mẫu giấy chứng nhận (cần '{wanted}')",
        ),
        P.CERT_TEXT_TOO_LONG: _w(
            "field count most",
            "{field} has {count} characters; at most {most}",
            "{field} dài {count} ký tự; tối đa {most}",
        ),
        P.CERT_TOO_MANY_FIELDS: _w(
            "field count most",
            "{field}: {count} text fields; at most {most}",
            "{field}: {count} mục chữ; tối đa {most}",
        ),
        P.CERT_PLACEHOLDER_UNKNOWN: _w(
            "field name known",
            "{field}: {name} is not a placeholder (placeholders: {known})",
            "{field}: {name} không phải là trường thay thế (các trường: {known})",
        ),
        P.CERT_BACKGROUND_NAME_BAD: _w(
            "field value",
            "{field} = '{value}': name a file beside the template, without a folder",
            "{field} = '{value}': hãy ghi tên một tệp nằm cạnh tệp mẫu, không kèm thư mục",
        ),
        P.CERT_BACKGROUND_MISSING: _w(
            "name template",
            "the background image {name} named by {template} is not beside it",
            "không thấy ảnh nền {name} (khai báo trong {template}) trong cùng thư mục",
        ),
        P.CERT_BACKGROUND_NOT_IMAGE: _w(
            "name",
            "{name} is not a PNG or JPEG image",
            "{name} không phải là ảnh PNG hoặc JPEG",
        ),
        P.CERT_BACKGROUND_TOO_LARGE: _w(
            "name most",
            "{name} is larger than {most} MB",
            "{name} lớn hơn {most} MB",
        ),
        P.CERT_TEMPLATE_UNKNOWN: _w(
            "code known",
            "no certificate template '{code}' (templates: {known})",
            "không có mẫu giấy chứng nhận '{code}' (các mẫu: {known})",
        ),
        P.CERT_ROUND_NOT_APPROVED: _w(
            "round status",
            "round {round} is {status}, not approved: certificates are issued only from an "
            "approved result (approve-round)",
            "vòng {round} chưa được phê duyệt (trạng thái: {status}): chỉ cấp giấy chứng nhận "
            "theo kết quả đã phê duyệt (approve-round)",
        ),
        P.MINUTES_VOTE_OUT_OF_RANGE: _w(
            "option value most",
            "{option} {value}: a count of members from 0 to {most}",
            "{option} {value}: số thành viên phải từ 0 đến {most}",
        ),
        P.MINUTES_VOTES_EXCEED_PRESENT: _w(
            "present voted",
            "{voted} members voted, but only {present} are present",
            "có {voted} thành viên biểu quyết nhưng chỉ có {present} thành viên có mặt",
        ),
        P.CERT_NOT_PRIZE_ROUND: _w(
            "round last",
            "round {round} awards no prize and sends no entry on: prizes are awarded in the "
            "last round, {last}; certificates are issued once round {last} is approved",
            "vòng {round} không trao giải và không chọn tác phẩm vào vòng sau: giải được trao ở "
            "vòng cuối ({last}); giấy chứng nhận được cấp sau khi vòng {last} được phê duyệt",
        ),
        P.CERT_NO_WINNERS: _w(
            "round",
            "the approved result of round {round} awards no prize: there is no certificate "
            "to issue",
            "kết quả đã phê duyệt của vòng {round} không có giải nào: không có giấy chứng nhận "
            "nào để cấp",
        ),
        P.CERT_CODE_EMPTY: _w(
            "",
            "type the verification code printed on the certificate",
            "hãy nhập mã xác minh in trên giấy chứng nhận",
        ),
        P.CERT_CODE_UNKNOWN: _w(
            "code",
            "no certificate was ever issued with the verification code {code}",
            "chưa từng cấp giấy chứng nhận nào có mã xác minh {code}",
        ),
        P.NOTE_PANEL_MEAN: _w(
            "n",
            "panel mark: mean of {n} counted marks",
            "điểm hội đồng: trung bình của {n} điểm được tính",
        ),
        P.NOTE_PANEL_MEDIAN: _w(
            "n",
            "panel mark: median of {n} counted marks",
            "điểm hội đồng: trung vị của {n} điểm được tính",
        ),
        P.NOTE_PANEL_TRIMMED: _w(
            "n trim",
            "panel mark: trimmed mean of {n} counted marks, dropping the {trim} highest and {trim} lowest",
            "điểm hội đồng: trung bình sau khi bỏ {trim} điểm cao nhất và {trim} điểm thấp nhất trong {n} điểm được tính",
        ),
        P.NOTE_WEIGHTED: _w(
            "", "weighted mark: panel mark × weight", "điểm có hệ số: điểm hội đồng × hệ số"
        ),
        P.NOTE_JUDGE_AS_IS_ONE_ENTRY: _w(
            "judge",
            "judge {judge}: total left as is (one entry)",
            "giám khảo {judge}: giữ nguyên tổng điểm (chỉ chấm một hồ sơ)",
        ),
        P.NOTE_JUDGE_AS_IS_NO_SPREAD: _w(
            "judge",
            "judge {judge}: total left as is (no spread)",
            "giám khảo {judge}: giữ nguyên tổng điểm (không có độ phân tán)",
        ),
        P.NOTE_JUDGE_NORMALISED: _w(
            "judge mean spread total z",
            "judge {judge}: total {total}, judge mean {mean}, judge spread {spread}, z = {z}",
            "giám khảo {judge}: tổng {total}, trung bình của giám khảo {mean}, độ lệch chuẩn của giám khảo {spread}, z = {z}",
        ),
        P.NOTE_JURY_NORMALISED: _w(
            "n",
            "jury total: mean of {n} normalised judge totals",
            "tổng điểm hội đồng: trung bình của {n} tổng điểm đã chuẩn hóa",
        ),
        P.NOTE_JURY_SUM: _w(
            "",
            "jury total: sum of the weighted marks",
            "tổng điểm hội đồng: cộng các điểm có hệ số",
        ),
        P.NOTE_FINAL_TOTAL: _w(
            "",
            "final total: jury total + bonuses − deductions",
            "tổng điểm cuối: tổng điểm hội đồng + điểm cộng − điểm trừ",
        ),
        P.NOTE_COMPONENT_GIVEN: _w(
            "component", "{component}: as given", "{component}: theo giá trị đã nhập"
        ),
        P.NOTE_COMPONENT_NONE: _w(
            "component", "{component}: none given, 0", "{component}: không có giá trị, tính 0"
        ),
        P.NOTE_COMPONENT_SHARE: _w(
            "component",
            "{component}: points × value ÷ largest value in the group",
            "{component}: số điểm × giá trị ÷ giá trị lớn nhất trong nhóm",
        ),
        P.NOTE_NOT_STARTED: _w("judge", "{judge}: not started", "{judge}: chưa chấm"),
        P.NOTE_NOT_SUBMITTED: _w("judge", "{judge}: not submitted", "{judge}: chưa nộp phiếu"),
        P.NOTE_MARK_MISSING: _w(
            "criterion judge", "{judge}: {criterion}", "{judge}: chưa chấm {criterion}"
        ),
        P.NOTE_NO_COUNTED_MARKS: _w("", "no counted marks", "chưa có điểm được tính"),
        P.NOTE_TOO_FEW_TO_TRIM: _w(
            "n trim",
            "only {n} counted judge(s): too few to drop the {trim} highest and {trim} lowest marks",
            "chỉ {n} giám khảo được tính: quá ít để bỏ {trim} điểm cao nhất và {trim} điểm thấp nhất",
        ),
        P.NOTE_TIED: _w("", "tie unresolved", "đồng hạng chưa được phân định"),
        P.NOTE_ADVANCE_BOUNDARY_HELD: _w(
            "round",
            "advance from {round}: boundary tie unresolved",
            "vào vòng sau từ vòng {round}: đồng hạng ở ranh giới chưa phân định",
        ),
        P.NOTE_PRIZE_BOUNDARY_HELD: _w(
            "prize",
            "prize {prize}: boundary tie unresolved",
            "giải {prize}: đồng hạng ở ranh giới chưa phân định",
        ),
        P.NOTE_PROVISIONAL: _w(
            "",
            "provisional: marks on sheets not yet submitted are counted",
            "tạm tính: có tính cả điểm của phiếu chưa nộp",
        ),
        P.NOTE_TIE_BREAK_UNKNOWN: _w(
            "metric",
            "tie-break '{metric}' names nothing in this round; ignored",
            "tiêu chí phân hạng '{metric}' không có trong vòng này; bỏ qua",
        ),
        P.NOTE_NORMALISATION_PANEL: _w(
            "mean spread",
            "normalisation: panel mean {mean}, panel spread {spread}",
            "chuẩn hóa: trung bình của hội đồng {mean}, độ lệch chuẩn của hội đồng {spread}",
        ),
        P.NOTE_NORMALISATION_ONE_ENTRY: _w(
            "judge",
            "normalisation: judge {judge} has one entry; totals left as they are",
            "chuẩn hóa: giám khảo {judge} chỉ chấm một hồ sơ; giữ nguyên tổng điểm",
        ),
        P.NOTE_NORMALISATION_NO_SPREAD: _w(
            "judge",
            "normalisation: judge {judge} has no spread; totals left as they are",
            "chuẩn hóa: điểm của giám khảo {judge} không có độ phân tán; giữ nguyên tổng điểm",
        ),
        P.NOTE_LARGEST_ZERO: _w(
            "component",
            "{component}: the largest value is 0; every entry gets 0",
            "{component}: giá trị lớn nhất là 0; mọi hồ sơ được 0",
        ),
        P.NOTE_TIE_GROUP: _w(
            "codes rank",
            "tie unresolved: {codes} share rank {rank}",
            "đồng hạng chưa được phân định: {codes} cùng hạng {rank}",
        ),
        P.NOTE_ADVANCE_BOUNDARY_SHARED: _w(
            "codes round",
            "advance from {round}: tie at the boundary shared by {codes}",
            "vào vòng sau từ vòng {round}: {codes} đồng hạng ở ranh giới, cùng được vào",
        ),
        P.NOTE_PRIZE_BOUNDARY_SHARED: _w(
            "codes prize",
            "prize {prize}: tie at the boundary shared by {codes}",
            "giải {prize}: {codes} đồng hạng ở ranh giới, cùng nhận giải",
        ),
        P.NOTE_ADVANCE_BOUNDARY_TIE: _w(
            "codes places round",
            "advance from {round}: tie at the boundary unresolved: {codes} for {places} place(s); the chair's order is needed",
            "vào vòng sau từ vòng {round}: đồng hạng ở ranh giới chưa phân định: {codes} cho {places} suất; cần chủ tịch hội đồng quyết định thứ tự",
        ),
        P.NOTE_PRIZE_BOUNDARY_TIE: _w(
            "codes places prize",
            "prize {prize}: tie at the boundary unresolved: {codes} for {places} place(s); the chair's order is needed",
            "giải {prize}: đồng hạng ở ranh giới chưa phân định: {codes} cho {places} suất; cần chủ tịch hội đồng quyết định thứ tự",
        ),
        P.NOTE_INCOMPLETE: _w(
            "details entry", "{entry} is incomplete: {details}", "{entry} chưa đủ điểm: {details}"
        ),
        P.SECRET_NOT_ON_STDIN: _w(
            "what", "no {what} on standard input", "không có {what} ở đầu vào"
        ),
        P.SECRET_NOT_GIVEN: _w("what", "no {what} given", "chưa nhập {what}"),
        P.SECRETS_DIFFER: _w(
            "what", "the two {what} typed differ", "hai lần nhập {what} khác nhau"
        ),
        P.JUDGE_NOTHING_ASSIGNED: _w(
            "judge",
            "judge {judge} has no assigned entries in this round",
            "giám khảo {judge} chưa được phân công hồ sơ nào trong vòng này",
        ),
        P.ROUND_NOTHING_ASSIGNED: _w(
            "",
            "no judge has assigned entries in this round",
            "chưa có giám khảo nào được phân công hồ sơ trong vòng này",
        ),
        P.PASSWORD_TOO_SHORT: _w(
            "least",
            "the password needs at least {least} characters",
            "mật khẩu cần ít nhất {least} ký tự",
        ),
        P.RANK_APPROVED_ALONE: _w(
            "",
            "--approved prints the stored JSON of the whole round: it takes no --format csv/table, --drafts or --category",
            "--approved in kết quả JSON đã lưu của cả vòng: không dùng cùng --format csv/table, --drafts hay --category",
        ),
        P.PRINT_NOT_STARTED: _w(
            "target",
            "{target}: the printer or file could not be opened for printing",
            "{target}: không mở được máy in hoặc tệp để in",
        ),
        P.KIT_TOO_LARGE: _w(
            "source megabytes",
            "{source}: the judge kit is too large (more than {megabytes} MB or too many parts); nothing was read",
            "{source}: bộ hồ sơ giám khảo quá lớn (hơn {megabytes} MB hoặc quá nhiều thành phần); chưa đọc gì",
        ),
        P.KIT_NOT_A_KIT: _w(
            "source",
            "{source}: this is not a judge kit (a kit is a zip file with a manifest.json)",
            "{source}: đây không phải là bộ hồ sơ giám khảo (bộ hồ sơ là tệp zip có manifest.json)",
        ),
        P.KIT_UNSAFE_NAME: _w(
            "source name",
            "{source}: the kit holds a part named '{name}' that points outside its folder; the kit is refused",
            "{source}: bộ hồ sơ có thành phần tên '{name}' trỏ ra ngoài thư mục của nó; bộ hồ sơ bị từ chối",
        ),
        P.KIT_MALFORMED: _w(
            "source field",
            "{source}: the judge kit is damaged or was edited ({field} is missing or wrong); ask the organiser for a new kit",
            "{source}: bộ hồ sơ giám khảo bị hỏng hoặc đã bị sửa ({field} thiếu hoặc sai); hãy xin ban tổ chức bộ hồ sơ mới",
        ),
        P.KIT_VERSION_UNKNOWN: _w(
            "source format",
            "{source}: the kit's format '{format}' is not one this version of the program reads; update the program or ask for a new kit",
            "{source}: định dạng bộ hồ sơ '{format}' không được phiên bản chương trình này hỗ trợ; hãy cập nhật chương trình hoặc xin bộ hồ sơ mới",
        ),
        P.KIT_NOT_KIT_DATABASE: _w(
            "",
            "this database was not made from a judge kit: open the kit with --kit FILE",
            "cơ sở dữ liệu này không được tạo từ bộ hồ sơ giám khảo: hãy mở bộ hồ sơ bằng --kit TỆP",
        ),
        P.KIT_OTHER_KIT: _w(
            "location",
            "{location}: this database already holds a competition that does not come from this kit",
            "{location}: cơ sở dữ liệu này đã có một cuộc thi không thuộc bộ hồ sơ này",
        ),
        P.SCOREFILE_TOO_LARGE: _w(
            "source megabytes",
            "{source}: the score file is larger than {megabytes} MB; it is refused and nothing was changed",
            "{source}: tệp điểm lớn hơn {megabytes} MB; tệp bị từ chối, không có gì thay đổi",
        ),
        P.SCOREFILE_MALFORMED: _w(
            "source field",
            "{source}: the score file is damaged or incomplete ({field} is missing or wrong); nothing was changed",
            "{source}: tệp điểm bị hỏng hoặc không đầy đủ ({field} thiếu hoặc sai); không có gì thay đổi",
        ),
        P.SCOREFILE_VERSION_UNKNOWN: _w(
            "source format",
            "{source}: not a score file this version reads (format '{format}'); nothing was changed",
            "{source}: không phải tệp điểm mà phiên bản này đọc được (định dạng '{format}'); không có gì thay đổi",
        ),
        P.SCOREFILE_TAMPERED: _w(
            "source",
            "{source}: the score file was changed after the judge wrote it, or was not written with the judge's kit (the signature does not match); nothing was changed",
            "{source}: tệp điểm đã bị sửa sau khi giám khảo ghi, hoặc không được ghi từ bộ hồ sơ của giám khảo (chữ ký không khớp); không có gì thay đổi",
        ),
        P.SCOREFILE_UNKNOWN_KIT: _w(
            "source",
            "{source}: the score file comes from a judge kit this database did not issue (another competition or round); nothing was changed",
            "{source}: tệp điểm đến từ một bộ hồ sơ giám khảo không do cơ sở dữ liệu này cấp (cuộc thi hoặc vòng khác); không có gì thay đổi",
        ),
        P.SCOREFILE_OTHER_ROUND: _w(
            "source competition round judge",
            "{source}: the score file is for competition {competition}, round {round}, judge {judge}, which is not what its kit was issued for; nothing was changed",
            "{source}: tệp điểm ghi cuộc thi {competition}, vòng {round}, giám khảo {judge}, không khớp với bộ hồ sơ đã cấp; không có gì thay đổi",
        ),
        P.SCOREFILE_NOT_ASSIGNED: _w(
            "source judge entries",
            "{source}: the score file holds marks for entries not assigned to judge {judge}: {entries}; nothing was changed",
            "{source}: tệp điểm có điểm cho hồ sơ không phân công cho giám khảo {judge}: {entries}; không có gì thay đổi",
        ),
        P.SCOREFILE_UNKNOWN_CRITERION: _w(
            "source entry criterion",
            "{source}: entry {entry} has a mark for criterion {criterion}, which the round does not have; nothing was changed",
            "{source}: hồ sơ {entry} có điểm cho tiêu chí {criterion} mà vòng thi không có; không có gì thay đổi",
        ),
        P.SCOREFILE_BAD_MARK: _w(
            "source entry criterion problem",
            "{source}: entry {entry}, criterion {criterion}: {problem}; nothing was changed",
            "{source}: hồ sơ {entry}, tiêu chí {criterion}: {problem}; không có gì thay đổi",
        ),
        P.CONFLICTS_NONE_CHOSEN: _w(
            "",
            "no conflict was chosen; nothing was changed",
            "chưa chọn điểm chênh lệch nào; không có gì thay đổi",
        ),
        P.CONFLICTS_NONE_MATCH: _w(
            "round",
            "round {round} has no pending conflict that matches; nothing was changed",
            "vòng {round} không có điểm chênh lệch nào đang chờ xử lý khớp với lựa chọn; không có gì thay đổi",
        ),
        P.FILE_TYPE_NOT_HERE: _w(
            "",
            "registering the judge kit file type is done this way on Linux only; on Windows and macOS the installer does it",
            "chỉ đăng ký loại tệp bộ hồ sơ giám khảo theo cách này trên Linux; trên Windows và macOS, bộ cài đặt sẽ làm việc này",
        ),
        P.CONFLICT_NOT_PENDING: _w(
            "count",
            "{count} of the chosen conflicts are no longer pending (a newer score file replaced them, or they were resolved); nothing was changed",
            "{count} điểm chênh lệch đã chọn không còn chờ xử lý (đã có tệp điểm mới hơn thay thế, hoặc đã được xử lý); không có gì thay đổi",
        ),
        P.TERM_PIN: _w("", "PIN", "mã PIN"),
        P.TERM_ORGANISER_PASSWORD: _w("", "organiser password", "mật khẩu ban tổ chức"),
        P.TERM_CURRENT_PASSWORD: _w(
            "", "current organiser password", "mật khẩu ban tổ chức hiện tại"
        ),
        P.TERM_NUMBER: _w("", "number", "số"),
        P.TERM_MARK: _w("", "mark", "điểm"),
        P.TERM_NEW: _w("", "(new)", "(mới)"),
        P.TERM_NONE: _w("", "none", "không có"),
        P.TERM_NONE_DEFINED: _w("", "none defined", "chưa khai báo"),
        P.TERM_CONFLICT: _w("", "conflict", "xung đột lợi ích"),
        P.TERM_OPEN: _w("", "open", "đang mở"),
        P.TERM_CLOSED: _w("", "closed", "đã đóng"),
        P.TERM_APPROVED: _w("", "approved", "đã phê duyệt"),
        P.TERM_ACTIVE: _w("", "active", "đang được xét"),
        P.TERM_WITHDRAWN: _w("", "withdrawn", "đã rút"),
        P.TERM_INELIGIBLE: _w("", "ineligible", "không đủ điều kiện"),
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
        P.AUDIT_INTACT: _w(
            "events",
            "Audit log: chain intact ({events} events)",
            "Nhật ký kiểm tra: nguyên vẹn ({events} sự kiện)",
        ),
        P.AUDIT_HEAD: _w(
            "head",
            "Fingerprint of the last event: {head} (write it down; verify --head {head} later "
            "shows that no event since has been removed)",
            "Mã nhận dạng sự kiện cuối: {head} (hãy ghi lại; lần sau chạy verify --head {head} "
            "để biết không sự kiện nào từ đó bị xóa)",
        ),
        P.AUDIT_EDITED: _w(
            "event at",
            "Audit log: broken at event {event} (written {at}): it was changed after it was "
            "written, outside this program",
            "Nhật ký kiểm tra: bị phá vỡ tại sự kiện số {event} (ghi lúc {at}): sự kiện đã bị "
            "sửa sau khi ghi, ngoài chương trình",
        ),
        P.AUDIT_DELETED: _w(
            "event previous",
            "Audit log: broken before event {event}: events between event {previous} and event "
            "{event} were deleted",
            "Nhật ký kiểm tra: bị phá vỡ trước sự kiện số {event}: các sự kiện giữa sự kiện số "
            "{previous} và sự kiện số {event} đã bị xóa",
        ),
        P.AUDIT_DELETED_FIRST: _w(
            "event",
            "Audit log: broken before event {event}: the events before it were deleted",
            "Nhật ký kiểm tra: bị phá vỡ trước sự kiện số {event}: các sự kiện trước nó đã bị xóa",
        ),
        P.AUDIT_INSERTED: _w(
            "event previous at",
            "Audit log: broken at event {event} (written {at}): it does not follow event "
            "{previous}; an event was inserted or replaced there outside this program",
            "Nhật ký kiểm tra: bị phá vỡ tại sự kiện số {event} (ghi lúc {at}): sự kiện không "
            "nối tiếp sự kiện số {previous}; đã có sự kiện bị chèn thêm hoặc thay thế ngoài "
            "chương trình",
        ),
        P.AUDIT_ANCHOR_MISSING: _w(
            "head",
            "Audit log: no event has the fingerprint {head} written down earlier: events were "
            "removed since (the log was cut short or rewritten)",
            "Nhật ký kiểm tra: không còn sự kiện nào có mã nhận dạng {head} đã ghi lại trước "
            "đây: đã có sự kiện bị xóa từ đó (nhật ký bị cắt bớt hoặc ghi lại toàn bộ)",
        ),
        P.AUDIT_ANCHOR_BAD: _w(
            "head",
            "'{head}' is not a fingerprint: give at least 12 of the hexadecimal digits "
            "(0–9, a–f) shown by verify",
            "'{head}' không phải mã nhận dạng: hãy ghi ít nhất 12 chữ số thập lục phân "
            "(0–9, a–f) mà lệnh verify đã in",
        ),
        P.AUDIT_SHEETS_INTACT: _w(
            "sheets",
            "Submitted sheets: {sheets} hold the marks and comments sealed at submission",
            "Phiếu chấm đã nộp: {sheets} phiếu giữ nguyên điểm và nhận xét như lúc nộp",
        ),
        P.AUDIT_SHEET_CHANGED: _w(
            "sheet event",
            "Sheet {sheet}: its marks or comments are not those sealed at its submission "
            "(event {event}); they were changed outside this program",
            "Phiếu chấm {sheet}: điểm hoặc nhận xét không còn như lúc nộp (sự kiện số {event}); "
            "đã bị sửa ngoài chương trình",
        ),
    }
)


#: An entry's status (``EntryStatus`` values) as a term.
ENTRY_STATUS_TERMS: Mapping[str, ProblemCode] = MappingProxyType(
    {"active": P.TERM_ACTIVE, "withdrawn": P.TERM_WITHDRAWN, "ineligible": P.TERM_INELIGIBLE}
)


#: A round's status (``RoundStatus`` values) as a term.
ROUND_STATUS_TERMS: Mapping[str, ProblemCode] = MappingProxyType(
    {"open": P.TERM_OPEN, "closed": P.TERM_CLOSED, "approved": P.TERM_APPROVED}
)


#: The words a problem's place (``where``) is made of, in Vietnamese: "diem.csv, row 3",
#: "round SK, criterion tinh_moi".
_PLACE_WORDS = {
    "row": "dòng",
    "round": "vòng",
    "category": "lĩnh vực",
    "criterion": "tiêu chí",
    "component": "điểm thành phần",
}
_PLACE_WORD = re.compile(r"(^|, )(" + "|".join(_PLACE_WORDS) + r") ")


def where_text(where: str, language: str) -> str:
    """A problem's place in ``language``: its words translated, the codes and names kept."""
    if language != "vi":
        return where
    return _PLACE_WORD.sub(lambda m: f"{m[1]}{_PLACE_WORDS[m[2]]} ", where)


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


def message(code: ProblemCode, /, **params: object) -> Message:
    return Message(code, params)


def catalogue_markdown() -> str:
    """The catalogue as a Markdown table (docs/problem-codes.md is this text)."""
    lines = [
        "# Problem codes",
        "",
        "Every refusal the program gives names one of these codes (judging/problems.py). The",
        "codes are stable: scripts may match on them. `{name}` marks a parameter; numbers in",
        "parameters take a decimal comma in Vietnamese and a point in English. Regenerate with",
        "`python -m judging.problems > docs/problem-codes.md`.",
        "",
        "| code | parameters | English | Vietnamese |",
        "|---|---|---|---|",
    ]
    for code in ProblemCode:
        wording = CATALOGUE[code]
        cells = [f"`{code.value}`", ", ".join(wording.params), wording.en, wording.vi]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(catalogue_markdown(), end="")
