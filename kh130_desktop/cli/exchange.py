"""`kh130 export`, `kh130 verify`, `kh130 import` and the handler of `kh130 keys trust`."""

from __future__ import annotations

import argparse
import sys

from . import open_store, store_folder


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="xuất tệp báo cáo đã ký của một kỳ",
                            description="Xuất tệp báo cáo đã ký (.kh130) của kỳ P: năm (2022) hoặc quý (2022-Q2).")
    export.add_argument("--period", required=True, help="kỳ báo cáo: 2022 hoặc 2022-Q2")
    export.add_argument("-o", "--output", required=True, help="tệp hoặc thư mục đích (ví dụ ổ USB)")
    export.add_argument("--consolidated", action="store_true", help="cấp ủy tiếp nhận: xuất báo cáo tổng hợp lên cấp trên")
    export.set_defaults(handler=cmd_export)

    verify = sub.add_parser("verify", help="kiểm tra tệp báo cáo (không nhập)",
                            description="Kiểm tra chữ ký, mã băm và cấu trúc của tệp báo cáo; mỗi tệp một dòng. "
                                        "Mã thoát 0 chỉ khi mọi tệp hợp lệ.")
    verify.add_argument("files", nargs="+", metavar="TỆP")
    verify.set_defaults(handler=cmd_verify)

    imp = sub.add_parser("import", help="cấp ủy tiếp nhận: nhập tệp hoặc thư mục tệp báo cáo",
                         description="Nhập tệp báo cáo (.kh130) hoặc mọi tệp .kh130 trong thư mục; mỗi tệp một dòng "
                                     "với kết quả và lý do.")
    imp.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN")
    imp.add_argument("--dry-run", action="store_true", help="chỉ cho biết sẽ xảy ra gì, không ghi gì")
    imp.set_defaults(handler=cmd_import)


def add_trust_parser(keys_sub: argparse._SubParsersAction) -> None:
    """`kh130 keys trust FILE.pem` (registered in the `keys` group by store_commands)."""
    trust = keys_sub.add_parser("trust", help="cấp ủy tiếp nhận: tin cậy khóa công khai của một chi bộ",
                                description="Đăng ký khóa công khai của chi bộ sau khi đã so dấu vân tay với phiếu đăng ký khóa.")
    trust.add_argument("pem", metavar="TỆP.pem")
    trust.add_argument("--cell-name", help="tên chi bộ gắn với khóa")
    trust.add_argument("--fingerprint", help="dấu vân tay in trên phiếu: phải khớp với tệp khóa")
    trust.set_defaults(handler=cmd_keys_trust)


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
    from ..domain.exchange.container import verify_file
    from ..domain.exchange.refusal import ReportFileError

    status = 0
    for name in args.files:
        try:
            v = verify_file(name)
        except ReportFileError as exc:
            print(f"{name}: KHÔNG HỢP LỆ — {exc}")
            status = 1
            continue
        print(f"{name}: hợp lệ — {v.cell_name}, kỳ {v.period}, số {v.sequence}, khóa {v.fingerprint}")
    return status


def cmd_import(args: argparse.Namespace) -> int:
    from ..domain.exchange.importer import import_paths
    from ..domain.exchange.outcomes import Outcome

    results = import_paths(open_store(args, write=not args.dry_run), args.paths, dry_run=args.dry_run)
    if not results:
        print("Không tìm thấy tệp báo cáo (.kh130) nào.", file=sys.stderr)
        return 1
    prefix = "[thử] " if args.dry_run else ""
    for r in results:
        print(prefix + r.line())
    counts: dict[str, int] = {}
    for r in results:
        counts[r.label] = counts.get(r.label, 0) + 1
    print(prefix + "Tổng: " + ", ".join(f"{label} {n}" for label, n in counts.items()))
    return 1 if any(r.outcome is Outcome.REJECTED for r in results) else 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from ..domain.exchange.registry import trust_key_pem
    from ..domain.exchange.container import read_capped

    data = read_capped(args.pem, 16 * 1024)
    store = open_store(args)
    with store.transaction() as tx:
        key = trust_key_pem(tx, data, cell_name=args.cell_name, expected_fingerprint=args.fingerprint)
        printed = key.fingerprint
    print(f"Đã tin cậy khóa {printed}" + (f" của {args.cell_name}." if args.cell_name else "."))
    return 0
