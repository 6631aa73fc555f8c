"""`kh130 roster import [--dry-run] FILE` and `kh130 roster export -o FILE`.

The import prints the preview the window shows, one line per row of the file: new, updated
(field by field), unchanged, ignored (with the reason) or in error (with the column). It
writes only when every row is accepted or ignored, all of it in one transaction.
"""

from __future__ import annotations

import argparse
import re
import sys

from ..domain.errors import ValidationError, t
from . import open_store

SHOWN = ("birth_date", "sex", "ethnicity", "card_number", "admitted_on", "official_on", "status", "role")


def register(sub: argparse._SubParsersAction) -> None:
    roster = sub.add_parser("roster", help="nhập hoặc xuất danh sách đảng viên (CSV, XLSX)",
                            description="Nhập danh sách đảng viên từ tệp CSV hoặc XLSX, hoặc xuất danh sách ra tệp.")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="LỆNH", required=True)
    imp = roster_sub.add_parser("import", help="nhập danh sách từ tệp CSV hoặc XLSX",
                                description="Đọc tệp, in từng dòng sẽ được nhập, cập nhật, bỏ qua hay bị lỗi; "
                                            "chỉ ghi khi không có dòng lỗi.")
    imp.add_argument("file", metavar="TỆP", help="tệp .csv hoặc .xlsx")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    imp.add_argument("--header-row", type=int, metavar="DÒNG", help="số dòng tên cột (mặc định: tự tìm)")
    imp.add_argument("--column", action="append", default=[], metavar="CỘT=TRƯỜNG",
                     help="chỉ rõ cột nào vào trường nào, ví dụ F=admitted_on; TRƯỜNG “-” để bỏ cột đó")
    imp.set_defaults(handler=cmd_import)
    exp = roster_sub.add_parser("export", help="xuất danh sách ra tệp .xlsx hoặc .csv",
                                description="Xuất danh sách đảng viên đang sinh hoạt ra tệp .xlsx hoặc .csv (UTF-8), nhập lại được.")
    exp.add_argument("-o", "--output", required=True, metavar="TỆP", help="tệp .xlsx hoặc .csv sẽ ghi")
    exp.set_defaults(handler=cmd_export)


def _assignments(specs: list[str]) -> dict[int, str | None]:
    from ..domain.book.roster_header import FIELD_LABELS

    out: dict[int, str | None] = {}
    for spec in specs:
        m = re.fullmatch(r"\s*([A-Za-z]{1,3})\s*=\s*([a-z_]+|-)\s*", spec)
        if not m or (m[2] != "-" and m[2] not in FIELD_LABELS):
            raise ValidationError(t("Không hiểu “{spec}”.", spec=spec),
                                  hint=t("Ghi CỘT=TRƯỜNG, ví dụ F=admitted_on; các trường: {fields}.", fields=", ".join(FIELD_LABELS)))
        index = 0
        for ch in m[1].upper():
            index = index * 26 + ord(ch) - 64
        out[index - 1] = None if m[2] == "-" else m[2]
    return out


def describe(preview) -> list[str]:
    """The preview as lines of text: the columns, then each row of the file in order."""
    lines = [f"Tệp {preview.filename} ({preview.encoding}), dòng tên cột: {', '.join(map(str, preview.header_rows))}."]
    from ..domain.book.roster_header import FIELD_LABELS
    from ..domain.legacy_text import ENCODING_LABELS

    for c in preview.columns:
        if c.heading or c.field:
            target = FIELD_LABELS[c.field] if c.field else "không nhập"
            legacy = f" (gõ bằng {ENCODING_LABELS[c.encoding]}, đã chuyển sang Unicode)" if c.encoding else ""
            lines.append(f"  Cột {c.letter} “{c.heading}”: {target}{legacy}")
    entries = [(r.line, _row_line(r)) for r in preview.rows]
    entries += [(r.line, f"Dòng {r.line}: bỏ qua: {r.reason}") for r in preview.skipped]
    lines += [text for _line, text in sorted(entries)]
    lines += [f"Lưu ý: {w}" for w in preview.warnings]
    lines.append(f"Kết quả: {preview.summary()}.")
    return lines


def _row_line(row) -> str:
    if not row.ok:
        problems = "; ".join(f"lỗi ở cột {i.column}: {i.message}" if i.column else f"lỗi: {i.message}" for i in row.issues)
        return f"Dòng {row.line}: {problems or 'lỗi: ' + '; '.join(row.errors)}"
    name = row.shown.get("full_name", "")
    original = f" (gốc: {row.originals['full_name']})" if "full_name" in row.originals else ""
    notes = "".join(f" — {n}" for n in row.notes)
    if row.outcome == "update":
        changes = "; ".join(f"{c.label}: {c.old or '(trống)'} → {c.new}" for c in row.changes)
        return f"Dòng {row.line}: cập nhật {row.member_name}: {changes}{notes}"
    if row.outcome == "same":
        return f"Dòng {row.line}: không đổi: {row.member_name}"
    values = ", ".join(row.shown[k] for k in SHOWN if row.shown.get(k))
    return f"Dòng {row.line}: mới: {name}{original}" + (f", {values}" if values else "") + notes


def cmd_import(args: argparse.Namespace) -> int:
    from ..domain.book.roster_import import apply_roster, read_roster

    assign = _assignments(args.column)
    store = open_store(args)
    with store.read() as tx:
        preview = read_roster(args.file, tx=tx, header_row=args.header_row, assign=assign)
    for line in describe(preview):
        print(line)
    if preview.bad_rows:
        lines = ", ".join(str(r.line) for r in preview.bad_rows[:10]) + ("…" if len(preview.bad_rows) > 10 else "")
        print(f"Lỗi: {len(preview.bad_rows)} dòng lỗi (dòng {lines}): chưa nhập gì. Sửa tệp rồi nhập lại.", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Chạy thử: chưa ghi gì.")
        return 0
    if not preview.good_rows:
        print("Không có gì để nhập: danh sách chi bộ đã như trong tệp.")
        return 0
    with store.transaction() as tx:
        result = apply_roster(tx, preview)
    print(f"Đã thêm {len(result.added)} và cập nhật {len(result.updated)} đảng viên.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..domain.book.roster_export import roster_file_bytes
    from ..domain.store.files import atomic_write_bytes

    store = open_store(args)
    with store.read() as tx:
        data = roster_file_bytes(tx, args.output)
        from ..domain.book.roster import list_members

        count = len(list_members(tx, include_left=False))
    target = atomic_write_bytes(args.output, data)
    print(f"Đã xuất {count} đảng viên ra {target}.")
    return 0
