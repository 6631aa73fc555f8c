"""`kh130 pdf KIND -o FILE`: the printed documents, without a window."""

from __future__ import annotations

import argparse

from ..domain.errors import NotFoundError
from . import open_store, store_folder

KINDS = ("minutes", "attendance", "plan", "report", "keyslip", "consolidated")


def register(sub: argparse._SubParsersAction) -> None:
    pdf = sub.add_parser(
        "pdf", help="in văn bản ra tệp PDF",
        description="In văn bản ra tệp PDF: minutes (biên bản), attendance (danh sách điểm danh), plan (kế hoạch cá nhân), "
                    "report (báo cáo của chi bộ), keyslip (phiếu đăng ký khóa), consolidated (báo cáo tổng hợp của cấp ủy).")
    pdf.add_argument("kind", choices=KINDS, metavar="LOẠI", help="minutes | attendance | plan | report | keyslip | consolidated")
    pdf.add_argument("--session", type=int, help="số (id) buổi sinh hoạt; mặc định: buổi gần nhất")
    pdf.add_argument("--member", type=int, help="số (id) đảng viên cho kế hoạch cá nhân; mặc định: mọi đảng viên được triệu tập")
    pdf.add_argument("--period", help="kỳ báo cáo: 2022 hoặc 2022-Q2; mặc định: năm của buổi gần nhất")
    pdf.add_argument("-o", "--output", required=True, help="tệp PDF sẽ ghi")
    pdf.set_defaults(handler=cmd_pdf)


def _latest_session(tx):
    from ..domain.book.sessions import latest_session

    session = latest_session(tx)
    if session is None:
        raise NotFoundError("Chưa có buổi sinh hoạt nào.", hint="Ghi một buổi sinh hoạt trước, hoặc chỉ rõ --session.")
    return session


def _period(tx, args):
    from ..domain.book.periods import Period

    if args.period:
        return Period.parse(args.period)
    return Period(_latest_session(tx).year)


def make_pdf(tx, args: argparse.Namespace, identity=None) -> bytes:
    """The PDF the arguments ask for; `identity` is needed for the key slip only."""
    from ..domain import documents

    kind = args.kind
    if kind in ("minutes", "attendance"):
        session_id = args.session if args.session is not None else _latest_session(tx).id
        return documents.minutes_pdf(tx, session_id) if kind == "minutes" else documents.attendance_pdf(tx, session_id)
    if kind == "plan":
        from ..domain.book.periods import Period
        from ..domain.book.roster import summoned_members

        year = Period.parse(args.period).year if args.period else _latest_session(tx).year
        if args.member is not None:
            return documents.personal_plan_pdf(tx, args.member, year)
        day = _latest_session(tx).held_on if not args.period else min(Period(year).end, _today())
        return documents.personal_plans_pdf(tx, [m.id for m in summoned_members(tx, day)], year)
    if kind == "report":
        from ..domain.exchange.paper_code import printed_report_pdf

        # Dated, and coded, as the revision signed into a file when the records are that revision's.
        return printed_report_pdf(tx, _period(tx, args))
    if kind == "keyslip":
        return documents.keyslip_pdf(tx, identity)
    from ..domain.errors import ValidationError
    from ..domain.exchange.consolidation import consolidated_report
    from ..domain.exchange.registry import committee_profile

    if not committee_profile(tx).name:  # the heading would read a bare "ĐẢNG ỦY" and no place
        raise ValidationError("Chưa khai báo tên cấp ủy tiếp nhận.",
                              hint="Khai báo bằng kh130 committee set --name … --place … --signer … rồi in lại.")
    if not args.period:
        from ..domain.book.periods import Period
        from ..domain.exchange.consolidation import received_periods

        periods = received_periods(tx)
        if not periods:
            raise NotFoundError("Chưa nhận báo cáo nào để tổng hợp.", hint="Chỉ rõ kỳ bằng --period, ví dụ 2022.")
        args.period = Period(periods[-1].year).code
    return documents.consolidated_pdf(consolidated_report(tx, _period(tx, args)))


def _today():
    import datetime as dt

    return dt.date.today()


def cmd_pdf(args: argparse.Namespace) -> int:
    from ..domain.store.files import atomic_write_bytes

    store = open_store(args, write=args.kind == "keyslip")  # the key slip may make the key first
    identity = None
    if args.kind == "keyslip":
        from ..domain.exchange.identity import ensure_identity

        identity = ensure_identity(store, store_folder(args))
    with store.read() as tx:
        data = make_pdf(tx, args, identity)
    target = atomic_write_bytes(args.output, data)
    print(f"Đã ghi {target}.")
    return 0
