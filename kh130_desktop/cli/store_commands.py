"""`kh130 demo` and `kh130 keys show`."""

from __future__ import annotations

import argparse

from . import open_store, store_folder


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="nạp chi bộ mẫu vào kho dữ liệu trống", description="Nạp chi bộ mẫu (thôn Nà Lữ, năm 2022) vào kho dữ liệu trống.")
    demo.set_defaults(handler=cmd_demo)
    keys = sub.add_parser("keys", help="khóa ký của máy này", description="Khóa ký của máy này và các khóa được tin cậy.")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="LỆNH", required=True)
    show = keys_sub.add_parser("show", help="in dấu vân tay khóa (hoặc khóa công khai dạng PEM)")
    show.add_argument("--pem", action="store_true", help="in khóa công khai dạng PEM")
    show.set_defaults(handler=cmd_keys_show)
    from .exchange import add_trust_parser  # receiving side: `keys trust FILE.pem`

    add_trust_parser(keys_sub)


def cmd_demo(args: argparse.Namespace) -> int:
    from ..domain.book.demo import fill_demo
    from ..domain.exchange.identity import ensure_identity

    store = open_store(args)
    fill_demo(store)
    ensure_identity(store, store_folder(args))
    print(f"Đã nạp chi bộ mẫu vào {store.path}.")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from ..domain.exchange.identity import ensure_identity

    identity = ensure_identity(open_store(args), store_folder(args))
    if args.pem:
        print(identity.public_pem(), end="")
    else:
        print(identity.fingerprint)
        print(f"Mã cài đặt: {identity.installation_id}")
    return 0
