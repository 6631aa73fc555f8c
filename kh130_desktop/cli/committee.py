"""`kh130 committee show` and `kh130 committee set`: the receiving committee's profile (the
heading, place and signer of its consolidated report). Setting it makes the installation a
receiving one."""

from __future__ import annotations

import argparse

from . import open_store


def register(sub: argparse._SubParsersAction) -> None:
    committee = sub.add_parser("committee", help="cấp ủy tiếp nhận: xem hoặc khai báo thông tin cấp ủy",
                               description="Thông tin của cấp ủy tiếp nhận báo cáo, in ở đầu báo cáo tổng hợp. "
                                           "Khai báo (set) cũng chuyển máy này sang chế độ cấp ủy tiếp nhận.")
    group = committee.add_subparsers(dest="committee_command", metavar="LỆNH", required=True)
    show = group.add_parser("show", help="in thông tin cấp ủy")
    show.set_defaults(handler=cmd_show)
    put = group.add_parser("set", help="khai báo thông tin cấp ủy (chỉ đổi những mục được ghi)",
                           description="Khai báo thông tin cấp ủy tiếp nhận; mục nào không ghi thì giữ nguyên.")
    put.add_argument("--name", help="tên cấp ủy, ví dụ “ĐẢNG ỦY XÃ HÒA AN”")
    put.add_argument("--superior", action="append", metavar="DÒNG",
                     help="dòng cấp trên in phía trên tên, từ cao xuống (ghi nhiều lần), ví dụ “ĐẢNG BỘ TỈNH CAO BẰNG”")
    put.add_argument("--no-superior", action="store_true", help="bỏ các dòng cấp trên")
    put.add_argument("--place", help="địa danh ghi ở dòng ngày tháng, ví dụ “Hòa An”")
    put.add_argument("--signer", help="họ tên người ký (T/M Đảng ủy, Bí thư)")
    put.set_defaults(handler=cmd_set)


def _print(profile, mode: str) -> None:
    print(f"Tên cấp ủy: {profile.name or '(chưa khai báo)'}")
    print("Cấp trên: " + (" / ".join(profile.superior_lines) if profile.superior_lines else "(không có)"))
    print(f"Địa danh: {profile.place_name or '(chưa khai báo)'}")
    print(f"Người ký: {profile.signer_name or '(chưa khai báo)'}")
    print(f"Mã cấp ủy: {profile.uid or '(chưa có)'}")
    print("Chế độ: " + ("cấp ủy tiếp nhận" if mode == "receiving" else "chi bộ"))


def cmd_show(args: argparse.Namespace) -> int:
    from ..domain.exchange.registry import committee_profile
    from ..domain.store.settings import get_mode

    with open_store(args).read() as tx:
        _print(committee_profile(tx), get_mode(tx))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from ..domain.exchange.registry import committee_profile, save_committee_profile
    from ..domain.store.settings import get_mode

    with open_store(args).transaction() as tx:
        profile = committee_profile(tx)
        if args.name is not None:
            profile.name = args.name
        if args.no_superior:
            profile.superior_lines = []
        if args.superior:
            profile.superior_lines = args.superior
        if args.place is not None:
            profile.place_name = args.place
        if args.signer is not None:
            profile.signer_name = args.signer
        saved = save_committee_profile(tx, profile, receiving=True)
        mode = get_mode(tx)
    print("Đã lưu thông tin cấp ủy tiếp nhận.")
    _print(saved, mode)
    return 0
