"""``verify``: walk the audit log's hash chain (judging/audit.py, docs/audit.md).

Then every submitted sheet is compared with the digest of its marks and comments that its
submission's event carries. Exit status 0 when both hold, 1 naming the first broken event
(edited, deleted, inserted) or the first sheet changed since it was sealed, 2 for a ``--head``
that is not a fingerprint.
"""

from __future__ import annotations

import argparse

from judging.audit import AuditCheck, SealCheck, iso_utc
from judging.problems import Message
from judging.problems import ProblemCode as P
from ui.cli import helptexts
from ui.cli.context import CliContext, Translate

#: Exit status when the chain is broken (DESIGN.md §8: a check found a fault).
BROKEN = 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    verify = commands.add_parser(
        "verify",
        help=t(
            "check the audit log's hash chain",
            "kiểm tra chuỗi mã băm của nhật ký kiểm tra",
        ),
        description=t(
            "Walk the audit log: every event carries the hash of the one before it, so an "
            "event changed, inserted or deleted behind the program's back breaks the chain. "
            "Then compares every submitted sheet with the digest of its marks and comments "
            "sealed at submission. Prints the number of events and the fingerprint of the last "
            "one (write it down: --head then shows that nothing was removed since). Exits 1 "
            "naming the first broken event or changed sheet.",
            "Kiểm tra nhật ký kiểm tra: mỗi sự kiện mang mã băm của sự kiện trước nó, nên một "
            "sự kiện bị sửa, chèn thêm hoặc xóa ngoài chương trình sẽ làm đứt chuỗi. In số sự "
            "kiện và mã nhận dạng của sự kiện cuối (hãy ghi lại: lần sau --head cho biết từ đó "
            "không có gì bị xóa). Sau đó đối chiếu từng phiếu chấm đã nộp với mã băm điểm và "
            "nhận xét được niêm phong lúc nộp. Mã thoát là 1 và nêu sự kiện đầu tiên bị phá vỡ "
            "hoặc phiếu đầu tiên bị sửa nếu có lỗi.",
        ),
    )
    verify.add_argument(
        "--head",
        metavar=t("FINGERPRINT", "MÃ"),
        help=t(
            "a fingerprint written down from an earlier verify (at least 12 hex digits): "
            "the check fails if no event has it any more",
            "mã nhận dạng đã ghi lại từ lần verify trước (ít nhất 12 chữ số thập lục phân): "
            "kiểm tra báo lỗi nếu không còn sự kiện nào mang mã đó",
        ),
    )
    verify.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help=helptexts.text_or_json(t),
    )
    verify.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    check = ctx.services.core.verify_audit(anchor=args.head)
    sheets = ctx.services.core.verify_sheets()
    said = check.message(args.head or "")
    as_json = args.format == "json"
    if as_json:
        ctx.emit_json(_as_json(check, said, sheets))
    for found in (said, sheets.message()):
        intact = found.code in (P.AUDIT_INTACT, P.AUDIT_SHEETS_INTACT)
        if not intact:  # a fault is said on stderr, whatever the format
            print(found.text(ctx.language), file=ctx.err)
        elif not as_json and (found.code is P.AUDIT_INTACT or sheets.sheets):
            print(found.text(ctx.language), file=ctx.out)
    if not as_json and check.intact and check.events:  # an empty log: nothing to write down
        head = Message(P.AUDIT_HEAD, {"head": check.head_short})
        print(head.text(ctx.language), file=ctx.out)
    return 0 if check.intact and sheets.intact else BROKEN


def _as_json(check: AuditCheck, said: Message, sheets: SealCheck) -> dict[str, object]:
    fault = check.fault
    sheet_fault = sheets.fault
    return {
        "format": "judging-verify/1",
        "intact": check.intact and sheets.intact,
        "events": check.events,
        "head": check.head or None,
        "fault": None
        if fault is None
        else {
            "kind": fault.kind.value,
            "event": fault.event_id,
            "previous": fault.previous_id,
            "action": fault.action,
            "at": iso_utc(fault.at) or None,
            "code": said.code.value,
        },
        "sheets": {
            "checked": sheets.sheets,
            "fault": None
            if sheet_fault is None
            else {"sheet": sheet_fault.sheet, "event": sheet_fault.event_id},
        },
    }
