"""`kh130 export`, `kh130 verify`, `kh130 import` and the handlers of `kh130 keys trust` and
`kh130 keys revoke`.

Exit status of `verify` and `import` (README, "Exit status"): 0 every file is in (accepted,
or already there: a duplicate, or an older revision kept), or for `verify` valid; 1 an error
that stopped the command (no file found, the store could not be opened); 2 wrong usage;
3 some file was refused (rejected, or invalid for `verify`); 4 nothing refused, but some file
is held until its key is approved. A dry run exits as the import would.
"""

from __future__ import annotations

import argparse
import sys

from . import open_store, store_folder

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED, EXIT_HELD = 0, 1, 2, 3, 4
EXIT_HELP = ("mã thoát: 0 mọi tệp đã nhận hoặc đã có từ trước; 1 lỗi (không tìm thấy tệp, không mở được kho); "
             "2 sai cú pháp; 3 có tệp bị từ chối; 4 không tệp nào bị từ chối nhưng có tệp chờ phê duyệt khóa")


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="xuất tệp báo cáo đã ký của một kỳ",
                            description="Xuất tệp báo cáo đã ký (.kh130) của kỳ P: năm (2022) hoặc quý (2022-Q2).")
    export.add_argument("--period", required=True, help="kỳ báo cáo: 2022 hoặc 2022-Q2")
    export.add_argument("-o", "--output", required=True, help="tệp hoặc thư mục đích (ví dụ ổ USB)")
    export.add_argument("--consolidated", action="store_true", help="cấp ủy tiếp nhận: xuất báo cáo tổng hợp lên cấp trên")
    export.set_defaults(handler=cmd_export)

    verify = sub.add_parser("verify", help="kiểm tra tệp KH130 bất kỳ: báo cáo, kế hoạch năm, giấy báo (không nhập)",
                            description="Kiểm tra chữ ký, mã băm và cấu trúc của tệp KH130 (tệp báo cáo, tệp kế hoạch năm "
                                        "hoặc giấy báo của cấp ủy); mỗi tệp một dòng: loại tệp và nội dung chính.",
                            epilog="mã thoát: 0 mọi tệp hợp lệ; 1 lỗi; 2 sai cú pháp; 3 có tệp không hợp lệ")
    verify.add_argument("files", nargs="+", metavar="TỆP")
    verify.set_defaults(handler=cmd_verify)

    imp = sub.add_parser("import", help="cấp ủy tiếp nhận: nhập tệp hoặc thư mục tệp báo cáo",
                         description="Nhập tệp báo cáo (.kh130) hoặc mọi tệp .kh130 trong thư mục; mỗi tệp một dòng "
                                     "với kết quả và lý do.", epilog=EXIT_HELP)
    imp.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN")
    imp.add_argument("--dry-run", action="store_true",
                     help="chạy đúng như khi nhập rồi hủy hết: cho biết từng tệp sẽ ra sao, không ghi gì")
    imp.set_defaults(handler=cmd_import)


def add_trust_parser(keys_sub: argparse._SubParsersAction) -> None:
    """`kh130 keys trust FILE.pem --cell NAME` and `kh130 keys revoke` (registered in the
    `keys` group by store_commands)."""
    trust = keys_sub.add_parser("trust", help="cấp ủy tiếp nhận: tin cậy khóa công khai của một chi bộ",
                                description="Đăng ký khóa công khai của chi bộ sau khi đã so dấu vân tay với phiếu đăng ký khóa. "
                                            "Mỗi khóa được tin cậy cho đúng một chi bộ, ghi như trên phiếu.")
    trust.add_argument("pem", metavar="TỆP.pem")
    trust.add_argument("--cell", "--cell-name", dest="cell", required=True, metavar="TÊN",
                       help="tên chi bộ gắn với khóa, như trên phiếu đăng ký khóa (bắt buộc)")
    trust.add_argument("--cell-uid", metavar="MÃ", help="“Mã chi bộ” in trên phiếu: gắn khóa với mã đó ngay")
    trust.add_argument("--fingerprint", help="dấu vân tay in trên phiếu: phải khớp với tệp khóa")
    trust.set_defaults(handler=cmd_keys_trust)
    revoke = keys_sub.add_parser("revoke", help="cấp ủy tiếp nhận: thu hồi khóa của một chi bộ (máy bị mất)",
                                 description="Thu hồi khóa từ một ngày (máy bị mất hoặc bị lấy cắp): tệp ký từ ngày đó "
                                             "trở đi bị từ chối, bản đã nhận ký từ ngày đó bị rút lại; bản ký trước ngày đó giữ nguyên.")
    revoke.add_argument("fingerprint", metavar="DẤU_VÂN_TAY", help="dấu vân tay của khóa (64 ký tự 0–9, A–F)")
    revoke.add_argument("--from", dest="from_day", required=True, metavar="NGÀY",
                        help="ngày cuối cùng máy chắc chắn còn trong tay chi bộ, dạng 2026-11-30 hoặc 30/11/2026")
    revoke.add_argument("--reason", default="", help="lý do (ví dụ: mất máy)")
    revoke.set_defaults(handler=cmd_keys_revoke)


def cmd_export(args: argparse.Namespace) -> int:
    from ..domain.book.periods import Period
    from ..domain.exchange.consolidation import export_consolidated
    from ..domain.exchange.export import export_cell_report, write_revision
    from ..domain.exchange.identity import ensure_identity

    period = Period.parse(args.period)
    store = open_store(args)
    identity = ensure_identity(store, store_folder(args))
    sign = export_consolidated if args.consolidated else export_cell_report
    result, target = write_revision(store, lambda tx: sign(tx, identity, period), args.output)
    state = "bản mới" if result.new_revision else "không đổi so với lần xuất trước"
    print(f"Đã xuất {target} (số thứ tự {result.sequence}, {state}).")
    print(f"Dấu vân tay khóa ký: {result.fingerprint}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Any KH130 file: a report going up, a plan file or a receipt coming down. The shared checks
    (container.verify_signed) tell its kind; that kind's reader then checks what it carries.
    No store is opened: whether the key is trusted is the import's to judge."""
    from ..domain.exchange.container import ALL_KINDS, read_capped, verify_signed
    from ..domain.exchange.refusal import ReportFileError

    status = EXIT_OK
    for name in args.files:
        try:
            data = read_capped(name)
            summary, warnings = _describe(data, verify_signed(data, ALL_KINDS).kind)
        except ReportFileError as exc:
            print(f"{name}: KHÔNG HỢP LỆ — {exc}")
            status = EXIT_REFUSED
            continue
        tail = (" " + " ".join(warnings)) if warnings else ""
        print(f"{name}: hợp lệ — {summary}{tail}")
    return status


def _describe(data: bytes, kind: str) -> tuple[str, list]:
    """What a verified file of `kind` holds, in one line (the words the import shows), and its
    reader's warnings."""
    from ..domain.exchange.container import KIND_NAMES, PLAN_KIND, RECEIPT_KIND, verify_bytes
    from ..domain.exchange.plan_file import read_plan_file
    from ..domain.exchange.plan_inbox import plan_file_lines
    from ..domain.exchange.receipt_inbox import read_receipt_file, receipt_lines

    if kind == PLAN_KIND:
        f = read_plan_file(data)
        return f"{KIND_NAMES[kind]}. {' '.join(plan_file_lines(f))} Khóa ký {f.fingerprint}.", f.verified.warnings
    if kind == RECEIPT_KIND:
        f = read_receipt_file(data)
        return (f"{KIND_NAMES[kind]} số {f.number} của {f.committee_name} gửi {f.cell_name}: {'; '.join(receipt_lines(f))}. "
                f"Khóa ký {f.verified.fingerprint}."), f.verified.warnings
    v = verify_bytes(data)
    return f"{KIND_NAMES[kind]} của {v.cell_name}, kỳ {v.period}, số {v.sequence}, khóa {v.fingerprint}", v.warnings


def import_status(results) -> int:
    """The exit status of an import (or its dry run) from its outcomes."""
    from ..domain.exchange.outcomes import Outcome

    if any(r.outcome is Outcome.REJECTED for r in results):
        return EXIT_REFUSED
    if any(r.outcome is Outcome.HELD for r in results):
        return EXIT_HELD
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..domain.exchange.importer import import_paths

    results = import_paths(open_store(args, write=not args.dry_run), args.paths, dry_run=args.dry_run)
    if not results:
        print("Không tìm thấy tệp báo cáo (.kh130) nào.", file=sys.stderr)
        return EXIT_ERROR
    prefix = "[thử] " if args.dry_run else ""
    for r in results:
        print(prefix + r.line())
    counts: dict[str, int] = {}
    for r in results:
        counts[r.label] = counts.get(r.label, 0) + 1
    print(prefix + "Tổng: " + ", ".join(f"{label} {n}" for label, n in counts.items()))
    return import_status(results)


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from ..domain.exchange.registry import trust_key_pem
    from ..domain.exchange.container import read_capped

    data = read_capped(args.pem, 16 * 1024)
    store = open_store(args)
    with store.transaction() as tx:
        key = trust_key_pem(tx, data, cell_name=args.cell, expected_fingerprint=args.fingerprint, cell_uid=args.cell_uid)
        printed = key.fingerprint
    print(f"Đã tin cậy khóa {printed} của {args.cell}.")
    return EXIT_OK


def parse_day(text: str):
    import datetime as dt

    from ..domain.errors import ValidationError

    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise ValidationError(f"Ngày “{text}” không hợp lệ.", hint="Ghi dạng 2026-11-30 hoặc 30/11/2026.")


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from ..domain.errors import NotFoundError
    from ..domain.exchange.identity import normalise_fingerprint
    from ..domain.exchange.registry import revoke_key
    from ..domain.store.exchange_tables import TrustedKey

    printed = normalise_fingerprint(args.fingerprint)
    day = parse_day(args.from_day)
    with open_store(args).transaction() as tx:
        key = tx.exec(select(TrustedKey).where(TrustedKey.fingerprint == printed)).first()
        if key is None:
            raise NotFoundError("Không có khóa nào được tin cậy với dấu vân tay này.")
        withdrawn = revoke_key(tx, key.id, from_day=day, reason=args.reason)
        lines = [f"  rút lại: {r.cell_name} kỳ {r.period} (ký ngày {r.created_at:%d/%m/%Y})" for r in withdrawn]
    print(f"Đã thu hồi khóa {printed} từ ngày {day:%d/%m/%Y}; {len(lines)} bản đã nhận bị rút lại.")
    for line in lines:
        print(line)
    return EXIT_OK
