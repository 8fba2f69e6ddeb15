"""The two files that travel between the organiser and a judge (pure: bytes in, values out).

A *judge kit* (``judging-kit/1``) is one zip file: ``manifest.json`` (who, which round, the
definition restricted to that round, the judge's assigned entries, the signing secret) and
the entries' attachments under member names the writer makes (``attachments/0001``…).
A *score file* (``judging-scores/1``) is one line of canonical JSON: every mark of the judge
with its versions, comments, recusals and submissions, a sequence number, and an HMAC-SHA256
signature made with the kit's secret. docs/formats.md describes both.

Both are files from outside when read: every size, count, string and number is bounded, a
member name is never used as a path, an unknown format version is refused, and every
refusal is a problem code (``InputError``).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from judging.errors import InputError
from judging.nesting import too_deep_at
from judging.problems import ProblemCode as P

KIT_FORMAT = "judging-kit/1"
SCOREFILE_FORMAT = "judging-scores/1"
KIT_SUFFIX = ".judgekit"

MAX_KIT_BYTES = 200 * 1024 * 1024  # the kit file, and all its members unpacked
MAX_KIT_MEMBERS = 10_000
MAX_MANIFEST_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024  # as the entries screen takes them
MAX_SCOREFILE_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_CRITERIA = 200
MAX_VERSIONS = 10_000
MAX_TEXT = 20_000  # characters of one comment, title or summary
MAX_DEFINITION = 1_000_000
MAX_SEQUENCE = 10**9
SECRET_BYTES = 32

_MEMBER = re.compile(r"attachments/[0-9]{4,5}")
_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DECIMAL = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6})?")
_STATES = ("not_started", "in_progress", "submitted", "recused")
_ORIGINS = ("typed", "paper", "file")
_ROLES = ("member", "chair", "trainee")


# -- values -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KitAttachment:
    member: str  # the name inside the archive, made by the writer ("attachments/0001")
    filename: str  # the name shown to the judge; never used as a path
    media_type: str
    sha256: str
    size: int


@dataclass(frozen=True)
class KitEntry:
    code: str
    title: str
    category: str | None
    summary: str = ""
    authors: tuple[str, ...] = ()
    organisation: str = ""
    attachments: tuple[KitAttachment, ...] = ()


@dataclass(frozen=True)
class KitJudge:
    code: str
    name: str
    title: str = ""
    role: str = "member"


@dataclass(frozen=True)
class Kit:
    kit_id: str  # one per judge and round: every kit of that judge carries the same id
    issue: int  # grows with each kit made for the judge and round
    issued_at: str  # ISO time, for people
    competition_code: str
    competition_name: str
    round_code: str
    judge: KitJudge
    definition: str  # the competition's definition (TOML) restricted to the round
    entries: tuple[KitEntry, ...]
    secret: bytes  # the judge's HMAC-SHA256 key
    files: Mapping[str, bytes] = field(default_factory=dict)  # member → attachment bytes


@dataclass(frozen=True)
class ScoreVersion:
    version: int
    old: Decimal | None
    new: Decimal | None
    comment: str
    origin: str
    actor: str
    at: str


@dataclass(frozen=True)
class ScoreMark:
    criterion: str
    value: Decimal | None
    comment: str
    versions: tuple[ScoreVersion, ...] = ()


@dataclass(frozen=True)
class ScoreSheet:
    entry: str
    state: str
    comment: str = ""
    recusal_reason: str = ""
    submitted_at: str | None = None
    marks: tuple[ScoreMark, ...] = ()


@dataclass(frozen=True)
class ScoreFile:
    kit_id: str
    competition_code: str
    round_code: str
    judge_code: str
    sequence: int  # grows with each score file the kit writes
    written_at: str
    sheets: tuple[ScoreSheet, ...]


# -- shared helpers -----------------------------------------------------------------------------


def canonical(payload: Mapping[str, Any]) -> bytes:
    """The one byte form of a JSON object that is signed: sorted keys, no spaces, UTF-8.
    (Parsed JSON and the payloads made here hold no cycles: not looking for them saves a
    sixth of the time of a large score file.)"""
    text = json.dumps(
        payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), check_circular=False
    )
    return text.encode("utf-8")


def sign(payload: Mapping[str, Any], secret: bytes) -> str:
    return hmac.new(secret, canonical(payload), hashlib.sha256).hexdigest()


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


class _Reader:
    """Reads fields of an untrusted JSON object; the first fault raises ``problem``."""

    def __init__(self, problem: P, source: str) -> None:
        self.problem = problem
        self.source = source

    def fail(self, where: str) -> InputError:
        return InputError(self.problem, source=self.source, field=where)

    def obj(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where)
        return value

    def items(self, value: object, where: str, most: int) -> list[Any]:
        if not isinstance(value, list) or len(value) > most:
            raise self.fail(where)
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str, most: int = MAX_TEXT) -> str:
        value = data.get(key)
        if not isinstance(value, str) or len(value) > most or "\x00" in value:
            raise self.fail(f"{where}.{key}")
        return value

    def optional_text(self, data: Mapping[str, Any], key: str, where: str) -> str | None:
        if data.get(key) is None:
            return None
        return self.text(data, key, where, most=64)

    def code(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = self.text(data, key, where, most=64)
        if not _CODE.fullmatch(value):
            raise self.fail(f"{where}.{key}")
        return value

    def matching(
        self, data: Mapping[str, Any], key: str, where: str, pattern: re.Pattern[str]
    ) -> str:
        value = self.text(data, key, where, most=128)
        if not pattern.fullmatch(value):
            raise self.fail(f"{where}.{key}")
        return value

    def number(self, data: Mapping[str, Any], key: str, where: str, least: int, most: int) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
            raise self.fail(f"{where}.{key}")
        return value

    def decimal(self, data: Mapping[str, Any], key: str, where: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
            raise self.fail(f"{where}.{key}")
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            raise self.fail(f"{where}.{key}") from None

    def choice(
        self, data: Mapping[str, Any], key: str, where: str, allowed: tuple[str, ...]
    ) -> str:
        value = data.get(key)
        if value not in allowed:
            raise self.fail(f"{where}.{key}")
        assert isinstance(value, str)
        return value


def _shallow(text: str) -> str:
    """``text`` if its JSON nests at most ``MAX_DEPTH`` levels; ``ValueError`` before the
    parser recurses otherwise (judging.nesting)."""
    if too_deep_at(text, toml=False) is not None:
        raise ValueError("nested too deeply")
    return text


# -- kits ---------------------------------------------------------------------------------------


def attachment_member(index: int) -> str:
    """The archive name of the ``index``-th attachment (from 1): made here, never taken."""
    return f"attachments/{index:04d}"


def kit_manifest(kit: Kit) -> dict[str, Any]:
    return {
        "format": KIT_FORMAT,
        "kit_id": kit.kit_id,
        "issue": kit.issue,
        "issued_at": kit.issued_at,
        "competition": {"code": kit.competition_code, "name": kit.competition_name},
        "round": kit.round_code,
        "judge": {
            "code": kit.judge.code,
            "name": kit.judge.name,
            "title": kit.judge.title,
            "role": kit.judge.role,
        },
        "definition": kit.definition,
        "entries": [
            {
                "code": e.code,
                "title": e.title,
                "category": e.category,
                "summary": e.summary,
                "authors": list(e.authors),
                "organisation": e.organisation,
                "attachments": [
                    {
                        "member": a.member,
                        "filename": a.filename,
                        "media_type": a.media_type,
                        "sha256": a.sha256,
                        "size": a.size,
                    }
                    for a in e.attachments
                ],
            }
            for e in kit.entries
        ],
        "secret": kit.secret.hex(),
    }


def write_kit(kit: Kit) -> bytes:
    """The kit as zip bytes: the manifest first, then each attachment under its member name."""
    buffer = io.BytesIO()
    stamp = (2026, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest = json.dumps(kit_manifest(kit), ensure_ascii=False, indent=1).encode("utf-8")
        archive.writestr(zipfile.ZipInfo("manifest.json", stamp), manifest, zipfile.ZIP_DEFLATED)
        for entry in kit.entries:
            for attachment in entry.attachments:
                archive.writestr(
                    zipfile.ZipInfo(attachment.member, stamp),
                    kit.files[attachment.member],
                    zipfile.ZIP_DEFLATED,
                )
    return buffer.getvalue()


def _unsafe_member(name: str) -> bool:
    """A member name that could reach outside a folder if anyone used it as a path."""
    parts = name.replace("\\", "/").split("/")
    return (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or ":" in name
        or any(part in ("..", ".") for part in parts)
    )


def read_kit(data: bytes, source: str) -> Kit:
    """Read a kit file; ``InputError`` (KIT_*) names why one is refused."""
    if len(data) > MAX_KIT_BYTES:
        raise InputError(P.KIT_TOO_LARGE, source=source, megabytes=MAX_KIT_BYTES // 2**20)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise InputError(P.KIT_NOT_A_KIT, source=source) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_KIT_MEMBERS:
            raise InputError(P.KIT_TOO_LARGE, source=source, megabytes=MAX_KIT_BYTES // 2**20)
        for info in members:
            if _unsafe_member(info.filename):
                raise InputError(P.KIT_UNSAFE_NAME, source=source, name=info.filename[:200])
        if sum(info.file_size for info in members) > MAX_KIT_BYTES:
            raise InputError(P.KIT_TOO_LARGE, source=source, megabytes=MAX_KIT_BYTES // 2**20)
        sizes = {info.filename: info.file_size for info in members}
        if "manifest.json" not in sizes:
            raise InputError(P.KIT_NOT_A_KIT, source=source)
        raw = _member(archive, "manifest.json", MAX_MANIFEST_BYTES, source)
        try:
            manifest = json.loads(_shallow(raw.decode("utf-8")))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise InputError(P.KIT_MALFORMED, source=source, field="manifest.json") from None
        kit = _kit_from_manifest(manifest, source)
        files: dict[str, bytes] = {}
        for entry in kit.entries:
            for attachment in entry.attachments:
                if attachment.member not in sizes or attachment.member in files:
                    raise InputError(P.KIT_MALFORMED, source=source, field=attachment.member)
                blob = _member(archive, attachment.member, MAX_ATTACHMENT_BYTES, source)
                if len(blob) != attachment.size or (
                    hashlib.sha256(blob).hexdigest() != attachment.sha256
                ):
                    raise InputError(P.KIT_MALFORMED, source=source, field=attachment.member)
                files[attachment.member] = blob
    return replace(kit, files=files)


def _member(archive: zipfile.ZipFile, name: str, most: int, source: str) -> bytes:
    """A member's bytes, never more than ``most`` whatever its header says."""
    try:
        with archive.open(name) as handle:
            blob = handle.read(most + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,  # a damaged deflate stream (found by tests/fuzz)
        OSError,
        EOFError,
        RuntimeError,
        ValueError,
        NotImplementedError,
    ):
        raise InputError(P.KIT_MALFORMED, source=source, field=name) from None
    if len(blob) > most:
        raise InputError(P.KIT_TOO_LARGE, source=source, megabytes=MAX_KIT_BYTES // 2**20)
    return blob


def _kit_from_manifest(manifest: object, source: str) -> Kit:
    r = _Reader(P.KIT_MALFORMED, source)
    data = r.obj(manifest, "manifest")
    kind = data.get("format")
    if kind != KIT_FORMAT:
        raise InputError(P.KIT_VERSION_UNKNOWN, source=source, format=str(kind)[:40])
    competition = r.obj(data.get("competition"), "competition")
    judge = r.obj(data.get("judge"), "judge")
    secret = r.matching(data, "secret", "manifest", _HEX64)
    entries = []
    seen: set[str] = set()
    for i, raw in enumerate(r.items(data.get("entries"), "entries", MAX_ENTRIES)):
        entry = _kit_entry(r, r.obj(raw, f"entries[{i}]"), f"entries[{i}]")
        if entry.code in seen:
            raise r.fail(f"entries[{i}].code")
        seen.add(entry.code)
        entries.append(entry)
    return Kit(
        kit_id=r.matching(data, "kit_id", "manifest", _UUID),
        issue=r.number(data, "issue", "manifest", 1, MAX_SEQUENCE),
        issued_at=r.text(data, "issued_at", "manifest", most=64),
        competition_code=r.code(competition, "code", "competition"),
        competition_name=r.text(competition, "name", "competition", most=1000),
        round_code=r.code(data, "round", "manifest"),
        judge=KitJudge(
            code=r.code(judge, "code", "judge"),
            name=r.text(judge, "name", "judge", most=1000),
            title=r.text(judge, "title", "judge", most=1000),
            role=r.choice(judge, "role", "judge", _ROLES),
        ),
        definition=r.text(data, "definition", "manifest", most=MAX_DEFINITION),
        entries=tuple(entries),
        secret=bytes.fromhex(secret),
    )


def _kit_entry(r: _Reader, data: Mapping[str, Any], where: str) -> KitEntry:
    attachments = []
    for j, raw in enumerate(r.items(data.get("attachments"), f"{where}.attachments", 100)):
        item = r.obj(raw, f"{where}.attachments[{j}]")
        at = f"{where}.attachments[{j}]"
        attachments.append(
            KitAttachment(
                member=r.matching(item, "member", at, _MEMBER),
                filename=r.text(item, "filename", at, most=255),
                media_type=r.text(item, "media_type", at, most=100),
                sha256=r.matching(item, "sha256", at, _HEX64),
                size=r.number(item, "size", at, 0, MAX_ATTACHMENT_BYTES),
            )
        )
    authors = r.items(data.get("authors"), f"{where}.authors", 50)
    if not all(isinstance(a, str) and len(a) <= 1000 for a in authors):
        raise r.fail(f"{where}.authors")
    category = data.get("category")
    return KitEntry(
        code=r.code(data, "code", where),
        title=r.text(data, "title", where),
        category=None if category is None else r.code(data, "category", where),
        summary=r.text(data, "summary", where),
        authors=tuple(authors),
        organisation=r.text(data, "organisation", where, most=1000),
        attachments=tuple(attachments),
    )


# -- score files --------------------------------------------------------------------------------


def scorefile_payload(scores: ScoreFile) -> dict[str, Any]:
    """The score file's JSON object without its signature (what is signed)."""
    return {
        "format": SCOREFILE_FORMAT,
        "kit_id": scores.kit_id,
        "competition": scores.competition_code,
        "round": scores.round_code,
        "judge": scores.judge_code,
        "sequence": scores.sequence,
        "written_at": scores.written_at,
        "sheets": [
            {
                "entry": s.entry,
                "state": s.state,
                "comment": s.comment,
                "recusal_reason": s.recusal_reason,
                "submitted_at": s.submitted_at,
                "marks": [
                    {
                        "criterion": m.criterion,
                        "value": _decimal_text(m.value),
                        "comment": m.comment,
                        "versions": [
                            {
                                "version": v.version,
                                "old": _decimal_text(v.old),
                                "new": _decimal_text(v.new),
                                "comment": v.comment,
                                "origin": v.origin,
                                "actor": v.actor,
                                "at": v.at,
                            }
                            for v in m.versions
                        ],
                    }
                    for m in s.marks
                ],
            }
            for s in scores.sheets
        ],
    }


def write_scorefile(scores: ScoreFile, secret: bytes) -> bytes:
    """The signed score file: canonical JSON with ``signature`` = HMAC-SHA256 of the rest."""
    payload = scorefile_payload(scores)
    return canonical({**payload, "signature": sign(payload, secret)}) + b"\n"


@dataclass(frozen=True)
class SignedScoreFile:
    """A score file parsed far enough to find its kit; not yet verified."""

    kit_id: str
    payload: Mapping[str, Any]
    signature: str
    digest: str  # SHA-256 of the file's bytes
    #: The file's bytes with its signature member cut out of its canonical place: the bytes
    #: the signature must be over (``canonical(payload)`` for a file as the kit wrote it).
    unsigned: bytes


def open_scorefile(data: bytes, source: str) -> SignedScoreFile:
    """Parse a score file up to its kit id; refuse one that is too large, not JSON, of an
    unknown format version, or whose signature member is not where the canonical form puts it
    (a hand-edited file).

    That the whole file is exactly its canonical form is proven by the signature
    (``verify_scorefile``), not by encoding the file again (a quarter of a second at 100,000
    marks): the signature is checked over the file's own bytes, its signature member cut out,
    and the kit only ever signs ``canonical(payload)``. So the signature holds only if those
    bytes are that canonical form, and then the whole file is the canonical form of what it
    parses to (the signature member sits where sorted keys put it). A file changed in any
    way, even only re-indented, is refused as changed or forged."""
    if len(data) > MAX_SCOREFILE_BYTES:
        raise InputError(
            P.SCOREFILE_TOO_LARGE, source=source, megabytes=MAX_SCOREFILE_BYTES // 2**20
        )
    try:
        parsed = json.loads(_shallow(data.decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InputError(P.SCOREFILE_MALFORMED, source=source, field="JSON") from None
    r = _Reader(P.SCOREFILE_MALFORMED, source)
    body = r.obj(parsed, "file")
    if body.get("format") != SCOREFILE_FORMAT:
        raise InputError(
            P.SCOREFILE_VERSION_UNKNOWN, source=source, format=str(body.get("format"))[:40]
        )
    kit_id = r.matching(body, "kit_id", "file", _UUID)
    signature = r.matching(body, "signature", "file", _HEX64)
    unsigned = _unsigned(data[:-1] if data.endswith(b"\n") else data, body)
    if unsigned is None:
        raise InputError(P.SCOREFILE_TAMPERED, source=source)
    payload = {k: v for k, v in body.items() if k != "signature"}
    digest = hashlib.sha256(data).hexdigest()
    return SignedScoreFile(kit_id, payload, signature, digest, unsigned)


def _unsigned(written: bytes, body: Mapping[str, Any]) -> bytes | None:
    """``written`` (a file's bytes, without its last line end) with the signature member cut
    out of the place the canonical form gives it, or None when it is not there. Sorted keys
    put the signature after ``format`` (so a comma before it) and before the members after
    it, which are encoded here (a few bytes: ``written_at``) to find where it ends."""
    member = b',"signature":"' + str(body["signature"]).encode("ascii") + b'"'
    after = canonical({k: v for k, v in body.items() if k > "signature"})[1:]  # "…}" or "}"
    rest = after if after == b"}" else b"," + after
    start = len(written) - len(rest) - len(member)
    if start < 1 or not written.endswith(rest) or not written.startswith(member, start):
        return None
    return written[:start] + rest


def verify_scorefile(signed: SignedScoreFile, secret: bytes, source: str) -> ScoreFile:
    """Check the signature with the judge's secret (over the file's own bytes: it holds only
    for the exact canonical form the kit wrote, see ``open_scorefile``), then read every
    field within bounds."""
    expected = hmac.new(secret, signed.unsigned, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signed.signature):
        raise InputError(P.SCOREFILE_TAMPERED, source=source)
    r = _Reader(P.SCOREFILE_MALFORMED, source)
    body = signed.payload
    sheets = []
    seen: set[str] = set()
    quick = _QuickReader()
    for i, raw in enumerate(r.items(body.get("sheets"), "sheets", MAX_ENTRIES)):
        sheet = quick.sheet(raw) or _score_sheet(r, r.obj(raw, f"sheets[{i}]"), f"sheets[{i}]")
        if sheet.entry in seen:
            raise r.fail(f"sheets[{i}].entry")
        seen.add(sheet.entry)
        sheets.append(sheet)
    return ScoreFile(
        kit_id=signed.kit_id,
        competition_code=r.code(body, "competition", "file"),
        round_code=r.code(body, "round", "file"),
        judge_code=r.code(body, "judge", "file"),
        sequence=r.number(body, "sequence", "file", 1, MAX_SEQUENCE),
        written_at=r.text(body, "written_at", "file", most=64),
        sheets=tuple(sheets),
    )


class _Unsure(Exception):
    """The quick reader cannot vouch for a value: the field by field reader decides."""


class _QuickReader:
    """Reads a score sheet with the same checks as ``_score_sheet`` in a tight loop over the
    parsed JSON (100,000 marks in a fraction of the time): no field names are made, each
    distinct number text is parsed and each distinct code matched once. At the first value it
    cannot vouch for it gives up on the sheet (None): ``_score_sheet`` then reads it again and
    names the field it refuses."""

    def __init__(self) -> None:
        self.decimals: dict[str, Decimal] = {}
        self.codes: set[str] = set()

    def sheet(self, data: object) -> ScoreSheet | None:
        try:
            return self._sheet(data)
        except _Unsure:
            return None

    def _sheet(self, data: object) -> ScoreSheet:
        if type(data) is not dict:
            raise _Unsure
        raw_marks = data.get("marks")
        if type(raw_marks) is not list or len(raw_marks) > MAX_CRITERIA:
            raise _Unsure
        marks = tuple(map(self._mark, raw_marks))
        if len({m.criterion for m in marks}) != len(marks):
            raise _Unsure  # a criterion twice
        submitted_at = data.get("submitted_at")
        # positional arguments, in the order of the fields: keywords cost twice the time
        return ScoreSheet(
            self._code(data.get("entry")),
            _quick_choice(data.get("state"), _STATES),
            _quick_text(data.get("comment"), MAX_TEXT),
            _quick_text(data.get("recusal_reason"), MAX_TEXT),
            None if submitted_at is None else _quick_text(submitted_at, 64),
            marks,
        )

    def _mark(self, item: object) -> ScoreMark:
        if type(item) is not dict:
            raise _Unsure
        raw_versions = item.get("versions")
        if type(raw_versions) is not list or len(raw_versions) > MAX_VERSIONS:
            raise _Unsure
        return ScoreMark(
            self._code(item.get("criterion")),
            self._decimal(item.get("value")),
            _quick_text(item.get("comment"), MAX_TEXT),
            tuple(map(self._version, raw_versions)),
        )

    def _version(self, data: object) -> ScoreVersion:
        if type(data) is not dict:
            raise _Unsure
        number = data.get("version")
        if type(number) is not int or not 1 <= number <= MAX_SEQUENCE:
            raise _Unsure
        return ScoreVersion(
            number,
            self._decimal(data.get("old")),
            self._decimal(data.get("new")),
            _quick_text(data.get("comment"), MAX_TEXT),
            _quick_choice(data.get("origin"), _ORIGINS),
            _quick_text(data.get("actor"), 200),
            _quick_text(data.get("at"), 64),
        )

    def _decimal(self, value: object) -> Decimal | None:
        if value is None:
            return None
        if type(value) is not str:
            raise _Unsure
        known = self.decimals.get(value)
        if known is None:
            if not _DECIMAL.fullmatch(value):
                raise _Unsure
            known = self.decimals[value] = Decimal(value)
        return known

    def _code(self, value: object) -> str:
        if type(value) is not str:
            raise _Unsure
        if value not in self.codes:
            if not _CODE.fullmatch(value):  # at most 64 characters, none of them NUL
                raise _Unsure
            self.codes.add(value)
        return value


def _quick_text(value: object, most: int) -> str:
    if type(value) is not str or len(value) > most or "\x00" in value:
        raise _Unsure
    return value


def _quick_choice(value: object, allowed: tuple[str, ...]) -> str:
    if type(value) is not str or value not in allowed:
        raise _Unsure
    return value


def _score_sheet(r: _Reader, data: Mapping[str, Any], where: str) -> ScoreSheet:
    marks = []
    seen: set[str] = set()
    for j, raw in enumerate(r.items(data.get("marks"), f"{where}.marks", MAX_CRITERIA)):
        at = f"{where}.marks[{j}]"
        item = r.obj(raw, at)
        versions = [
            _score_version(r, r.obj(v, f"{at}.versions[{k}]"), f"{at}.versions[{k}]")
            for k, v in enumerate(r.items(item.get("versions"), f"{at}.versions", MAX_VERSIONS))
        ]
        mark = ScoreMark(
            criterion=r.code(item, "criterion", at),
            value=r.decimal(item, "value", at),
            comment=r.text(item, "comment", at),
            versions=tuple(versions),
        )
        if mark.criterion in seen:
            raise r.fail(f"{at}.criterion")
        seen.add(mark.criterion)
        marks.append(mark)
    return ScoreSheet(
        entry=r.code(data, "entry", where),
        state=r.choice(data, "state", where, _STATES),
        comment=r.text(data, "comment", where),
        recusal_reason=r.text(data, "recusal_reason", where),
        submitted_at=r.optional_text(data, "submitted_at", where),
        marks=tuple(marks),
    )


def _score_version(r: _Reader, data: Mapping[str, Any], where: str) -> ScoreVersion:
    return ScoreVersion(
        version=r.number(data, "version", where, 1, MAX_SEQUENCE),
        old=r.decimal(data, "old", where),
        new=r.decimal(data, "new", where),
        comment=r.text(data, "comment", where),
        origin=r.choice(data, "origin", where, _ORIGINS),
        actor=r.text(data, "actor", where, most=200),
        at=r.text(data, "at", where, most=64),
    )
