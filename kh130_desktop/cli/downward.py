"""`kh130 plan …` and `kh130 receipt …`: the files that come down from the committee.

Exit status, as `kh130 import`: 0 done (imported, or already there: the same file again, or an
older plan revision than the one held); 1 an error stopped it; 2 wrong usage; 3 the file was
refused (nothing written); 4 held until the committee's key is recorded (`kh130 plan trust`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import open_store, store_folder
from .exchange import EXIT_HELD, EXIT_OK, EXIT_REFUSED

EXIT_HELP = ("mã thoát: 0 đã nhập hoặc đã có từ trước; 1 lỗi; 2 sai cú pháp; 3 tệp bị từ chối (không ghi gì); "
             "4 tệp được giữ lại chờ ghi khóa của cấp ủy")


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="kế hoạch năm: lập, xem, ghi tệp kế hoạch (cấp ủy), nhập tệp kế hoạch (chi bộ)",
                          description="Kế hoạch năm và tệp kế hoạch có chữ ký số cấp ủy gửi xuống các chi bộ.", epilog=EXIT_HELP)
    group = plan.add_subparsers(dest="plan_command", metavar="LỆNH", required=True)
    show = group.add_parser("show", help="in kế hoạch các năm và nguồn của từng kế hoạch")
    show.add_argument("year", nargs="?", type=int, metavar="NĂM")
    show.set_defaults(handler=cmd_plan_show)
    new = group.add_parser("new", help="lập kế hoạch một năm: từ năm trước (--from) hoặc từ tệp JSON (--json)",
                           description="Lập kế hoạch năm mới: chép cấu trúc của năm khác (các mốc dời sang năm mới) với chủ đề mới, "
                                       "hoặc nạp từ tệp JSON cùng dạng resources/plan/2022.json.")
    new.add_argument("year", type=int, metavar="NĂM")
    new.add_argument("--from", dest="source", type=int, metavar="NĂM", help="năm lấy cấu trúc")
    new.add_argument("--topic", help="chủ đề (Chuyên đề) của năm mới, đi cùng --from")
    new.add_argument("--json", dest="json_file", metavar="TỆP", help="tệp JSON của kế hoạch")
    new.set_defaults(handler=cmd_plan_new)
    export = group.add_parser("export", help="cấp ủy: ghi tệp kế hoạch năm có chữ ký số cho mọi chi bộ",
                              description="Ghi tệp kế hoạch năm (.kh130, loại “plan”) ký bằng khóa của cấp ủy, vào tệp hoặc thư mục "
                                          "(ổ USB). Kế hoạch không đổi thì ghi lại đúng tệp cũ; đổi thì thành lần ban hành mới.")
    export.add_argument("year", type=int, metavar="NĂM")
    export.add_argument("-o", "--output", required=True, help="tệp hoặc thư mục đích")
    export.set_defaults(handler=cmd_plan_export)
    imp = group.add_parser("import", help="chi bộ: xem trước rồi nhập tệp kế hoạch của cấp ủy",
                           description="Kiểm tra tệp kế hoạch, in những gì tệp mang đến, rồi nhập (trừ khi --dry-run). "
                                       "Sổ sách và các mốc đánh dấu tay của chi bộ được giữ nguyên.", epilog=EXIT_HELP)
    imp.add_argument("file", metavar="TỆP")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    imp.set_defaults(handler=cmd_plan_import)
    trust = group.add_parser("trust", help="chi bộ: ghi khóa của cấp ủy theo dấu vân tay trên phiếu khóa",
                             description="Ghi khóa của cấp ủy bằng dấu vân tay in trên phiếu khóa của cấp ủy; tệp kế hoạch đang "
                                         "giữ lại ký bằng khóa đó được nhập luôn.")
    trust.add_argument("fingerprint", metavar="DẤU_VÂN_TAY")
    trust.add_argument("--committee", required=True, metavar="TÊN", help="tên cấp ủy như trên phiếu")
    trust.set_defaults(handler=cmd_plan_trust)

    receipt = sub.add_parser("receipt", help="giấy báo nhận: cấp ủy ghi, chi bộ nhập",
                             description="Giấy báo nhận có chữ ký số: cấp ủy báo cho từng chi bộ tệp nào đã nhận, bị từ chối "
                                         "hay trả lại để sửa.", epilog=EXIT_HELP)
    rgroup = receipt.add_subparsers(dest="receipt_command", metavar="LỆNH", required=True)
    rexport = rgroup.add_parser("export", help="cấp ủy: ghi giấy báo cho các chi bộ của một kỳ (mỗi chi bộ một tệp)")
    rexport.add_argument("--period", required=True, help="kỳ: 2026 hoặc 2026-Q2")
    rexport.add_argument("--cell", metavar="MÃ", help="chỉ chi bộ có mã này (mặc định: mọi chi bộ đã gửi tệp của kỳ)")
    rexport.add_argument("-o", "--output", required=True, help="thư mục đích (ổ USB)")
    rexport.set_defaults(handler=cmd_receipt_export)
    ret = rgroup.add_parser("return", help="cấp ủy: trả lại báo cáo của một chi bộ để sửa (hoặc bỏ trả lại với --undo)")
    ret.add_argument("--cell", required=True, metavar="MÃ", help="mã chi bộ")
    ret.add_argument("--period", required=True, help="kỳ: 2026 hoặc 2026-Q2")
    ret.add_argument("--reason", default="", help="lý do: chi bộ cần sửa gì")
    ret.add_argument("--undo", action="store_true", help="bỏ đánh dấu trả lại")
    ret.set_defaults(handler=cmd_receipt_return)
    rimp = rgroup.add_parser("import", help="chi bộ: nhập giấy báo của cấp ủy", epilog=EXIT_HELP)
    rimp.add_argument("files", nargs="+", metavar="TỆP")
    rimp.set_defaults(handler=cmd_receipt_import)
    rshow = rgroup.add_parser("show", help="chi bộ: tình trạng từng kỳ theo giấy báo; cấp ủy: các kỳ đã nhận và trả lại")
    rshow.add_argument("--period", help="cấp ủy: kỳ cần xem")
    rshow.set_defaults(handler=cmd_receipt_show)


# --- plan ---------------------------------------------------------------------------------------

def cmd_plan_show(args: argparse.Namespace) -> int:
    from ..domain.book import plan
    from ..domain.exchange.plan_file import issued_plans
    from ..domain.exchange.plan_inbox import plan_origin

    with open_store(args, write=False).read() as tx:
        years = [args.year] if args.year else plan.plan_years(tx)
        if not years:
            print("Chưa có kế hoạch năm nào.")
        for year in years:
            row = plan.plan_year(tx, year)
            if row is None:
                print(f"Năm {year}: chưa có kế hoạch.")
                continue
            print(f"Năm {year}: {row.short_topic or row.topic}")
            print(f"  {plan_origin(tx, year).text}")
            print(f"  {len(plan.materials(tx, year))} tài liệu, {len(plan.pledge_themes(tx, year))} nội dung làm theo, "
                  f"{len(plan.milestone_statuses(tx, year))} mốc kế hoạch")
        for issued in issued_plans(tx):
            if not args.year or issued.year == args.year:
                print(f"Đã ban hành: kế hoạch năm {issued.year}, lần {issued.revision}, ngày {issued.created_at:%d/%m/%Y} "
                      f"({issued.file_name})")
    return EXIT_OK


def cmd_plan_new(args: argparse.Namespace) -> int:
    from ..domain.book.plan_edit import start_from_file, start_from_year
    from ..domain.errors import ValidationError

    if bool(args.json_file) == bool(args.source):
        raise ValidationError("Ghi --from NĂM --topic “…” hoặc --json TỆP (một trong hai).")
    store = open_store(args)
    with store.transaction() as tx:
        if args.json_file:
            start_from_file(tx, args.year, Path(args.json_file))
        else:
            start_from_year(tx, args.year, args.source, topic=args.topic or None)
    print(f"Đã lập kế hoạch năm {args.year}.")
    return EXIT_OK


def cmd_plan_export(args: argparse.Namespace) -> int:
    from ..domain.exchange.export import write_revision
    from ..domain.exchange.identity import ensure_identity
    from ..domain.exchange.plan_file import export_plan

    store = open_store(args)
    identity = ensure_identity(store, store_folder(args))
    result, target = write_revision(store, lambda tx: export_plan(tx, identity, args.year), args.output)
    state = "lần ban hành mới" if result.new_revision else "không đổi so với lần ghi trước"
    print(f"Đã ghi {target} (kế hoạch năm {args.year}, lần {result.sequence}, {state}).")
    print(f"Dấu vân tay khóa ký: {result.fingerprint}")
    return EXIT_OK


def _plan_status(preview) -> int:
    from ..domain.exchange import plan_inbox

    if preview.status == plan_inbox.UNTRUSTED:
        return EXIT_HELD
    if preview.status == plan_inbox.CONFLICT:
        return EXIT_REFUSED
    return EXIT_OK


def cmd_plan_import(args: argparse.Namespace) -> int:
    from ..domain.exchange import plan_inbox
    from ..domain.exchange.container import read_capped
    from ..domain.exchange.refusal import ReportFileError

    store = open_store(args, write=not args.dry_run)
    try:
        data = read_capped(args.file)
        if args.dry_run:
            with store.read() as tx:
                preview = plan_inbox.preview_plan(tx, data)
        else:
            with store.transaction() as tx:
                preview = plan_inbox.import_plan(tx, data, Path(args.file).name)
    except ReportFileError as exc:
        print(f"{args.file}: Từ chối. {exc}")
        return EXIT_REFUSED
    prefix = "[thử] " if args.dry_run else ""
    for line in preview.summary_lines():
        print(prefix + line)
    if preview.status == plan_inbox.UNTRUSTED and not args.dry_run:
        print(f"Tệp được giữ lại. Sau khi so dấu vân tay với phiếu khóa của cấp ủy: "
              f"kh130 plan trust \"{preview.file.fingerprint}\" --committee \"{preview.file.committee_name}\"")
    elif preview.writes and not args.dry_run:
        print(f"Đã nhập kế hoạch năm {preview.file.year} (lần {preview.file.revision}).")
    return _plan_status(preview)


def cmd_plan_trust(args: argparse.Namespace) -> int:
    from ..domain.exchange import incoming, plan_inbox

    with open_store(args).transaction() as tx:
        imported = plan_inbox.trust_and_take_held(tx, args.fingerprint, args.committee)
        key = incoming.committee_key(tx)
    print(f"Đã ghi khóa của {key.name}: {key.fingerprint}")
    for preview in imported:
        print(f"Đã nhập tệp kế hoạch đang giữ: năm {preview.file.year}, lần {preview.file.revision}. {preview.message}")
    return EXIT_OK


# --- receipt ------------------------------------------------------------------------------------

def cmd_receipt_export(args: argparse.Namespace) -> int:
    from ..domain.book.periods import Period
    from ..domain.errors import NotFoundError
    from ..domain.exchange.identity import ensure_identity
    from ..domain.exchange.receipts import receipt_targets, write_receipts

    period = Period.parse(args.period)
    store = open_store(args)
    identity = ensure_identity(store, store_folder(args))
    if args.cell:
        targets = [(args.cell.strip().lower(), period)]
    else:
        with store.read() as tx:
            targets = receipt_targets(tx, period)
    if not targets:
        raise NotFoundError(f"Chưa chi bộ nào gửi tệp kỳ {period.label}.")
    for path in write_receipts(store, identity, targets, args.output):
        print(f"Đã ghi {path}")
    return EXIT_OK


def cmd_receipt_return(args: argparse.Namespace) -> int:
    from ..domain.book.periods import Period
    from ..domain.exchange.receipts import mark_returned, unmark_returned

    period = Period.parse(args.period)
    with open_store(args).transaction() as tx:
        if args.undo:
            unmark_returned(tx, args.cell.strip().lower(), period)
        else:
            mark_returned(tx, args.cell.strip().lower(), period, args.reason)
    print(("Đã bỏ trả lại" if args.undo else "Đã đánh dấu trả lại để sửa") + f" báo cáo kỳ {period.label}.")
    return EXIT_OK


def cmd_receipt_import(args: argparse.Namespace) -> int:
    from ..domain.exchange.container import read_capped
    from ..domain.exchange.receipt_inbox import IMPORTED, import_receipt
    from ..domain.exchange.refusal import ReportFileError

    store = open_store(args)
    status = EXIT_OK
    for name in args.files:
        try:
            data = read_capped(name)
            with store.transaction() as tx:
                result = import_receipt(tx, data)
        except ReportFileError as exc:
            print(f"{name}: Từ chối. {exc}")
            status = EXIT_REFUSED
            continue
        print(f"{name}: {result.message}")
        if result.status == IMPORTED:
            for line in result.lines:
                print(f"  {line}")
    return status


def cmd_receipt_show(args: argparse.Namespace) -> int:
    from ..domain.book.periods import Period, sorted_periods
    from ..domain.exchange.receipt_inbox import period_receipts
    from ..domain.exchange.receipts import received_rows
    from ..domain.store.settings import get_mode

    with open_store(args, write=False).read() as tx:
        if get_mode(tx) == "receiving":
            if not args.period:
                print("Ghi --period (ví dụ 2026-Q2) để xem các chi bộ đã gửi kỳ đó.")
                return EXIT_OK
            for row in received_rows(tx, Period.parse(args.period)):
                state = f"trả lại để sửa: {row.returned}" if row.returned else "đã nhận"
                print(f"{row.cell_name} ({row.cell_uid}): bản lần {row.revision}, {state}")
            return EXIT_OK
        states = period_receipts(tx)
        if not states:
            print("Chưa nhập giấy báo nào của cấp ủy.")
        for period in sorted_periods(states):
            print(f"Kỳ {period.label}: {states[period.code].text}")
    return EXIT_OK
